"""An article's text cut into segments, each with the marks over it (entities, dates, quotes, the
evidence sentence of an event and its trigger).

Offsets are Python string offsets (code points). The page gets the text already cut, so no offset
arithmetic happens in JavaScript, whose strings count UTF-16 units.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Any

# the page shows a window of a very long article around the marked events
WINDOW_LIMIT = 100_000
WINDOW_MARGIN = 20_000
# nesting order: wider kinds outside
KIND_ORDER = {"quote": 0, "evidence": 1, "timex": 2, "entity": 3, "trigger": 4}


@dataclass(slots=True)
class Mark:
    start: int
    end: int
    kind: str  # entity, timex, quote, evidence, trigger
    info: dict[str, Any] = field(default_factory=dict)


def segment(text: str, marks: list[Mark]) -> dict[str, Any]:
    """``{"segments": [{"text", "marks": [i, …]}], "marks": [{kind, start, end, …}], "window"}``.

    Marks outside the text or empty are dropped; a text longer than WINDOW_LIMIT is cut to a window
    around the evidence marks (``window`` gives its start and end in the whole text).
    """
    length = len(text)
    lo, hi = 0, length
    if length > WINDOW_LIMIT:
        evidence = [m for m in marks if m.kind == "evidence" and 0 <= m.start < m.end <= length]
        if evidence:
            lo = max(0, min(m.start for m in evidence) - WINDOW_MARGIN)
            hi = min(length, max(m.end for m in evidence) + WINDOW_MARGIN)
        else:
            hi = WINDOW_LIMIT
    kept = []
    for m in marks:
        start, end = max(m.start, lo), min(m.end, hi)
        if isinstance(m.start, int) and isinstance(m.end, int) and start < end:
            kept.append(Mark(start, end, m.kind, m.info))
    kept.sort(key=lambda m: (m.start, -m.end, KIND_ORDER.get(m.kind, 9)))
    table = [{"kind": m.kind, "start": m.start, "end": m.end, **m.info} for m in kept]
    cuts = sorted({lo, hi, *(m.start for m in kept), *(m.end for m in kept)})
    # sweep: which marks cover each piece between two cuts
    opening: dict[int, list[int]] = {}
    for i, m in enumerate(kept):
        opening.setdefault(m.start, []).append(i)
    active: list[int] = []
    segments: list[dict[str, Any]] = []
    for a, b in itertools.pairwise(cuts):
        active = [i for i in active if kept[i].end > a] + opening.get(a, [])
        piece = text[a:b]
        if not piece:
            continue
        current = sorted(active, key=lambda i: (KIND_ORDER.get(kept[i].kind, 9), kept[i].start, i))
        if segments and segments[-1]["marks"] == current:
            segments[-1]["text"] += piece
        else:
            segments.append({"text": piece, "marks": current})
    return {"segments": segments, "marks": table, "window": {"start": lo, "end": hi, "length": length}}


def trigger_mark(text: str, start: int, end: int, trigger: str | None, event: str) -> Mark | None:
    """The trigger word inside its evidence sentence (the store keeps its text, not its offsets)."""
    start, end = max(0, start), min(len(text), end)
    if not trigger or start >= end:
        return None
    at = text.find(trigger, start, end)
    if at < 0:
        window, word = text[start:end].lower(), trigger.lower()
        if len(window) == end - start:  # lower-casing kept every offset
            found = window.find(word)
            at = start + found if found >= 0 else -1
    if at < 0:
        return None
    return Mark(at, at + len(trigger), "trigger", {"event": event})
