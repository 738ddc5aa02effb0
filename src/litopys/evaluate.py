"""Scoring `litopys/1` analysis records against hand-made `litopys-gold/1` annotations.

This is the engine behind ``litopys eval``. The gold format and its matching rules are described in
``shared/gold/FORMAT.md``; in short:

* every string comparison is done on :func:`litopys.normalize.loose_key` (NFC, one space for each
  whitespace run, one apostrophe); mention and quote text is case-sensitive, names are not;
* gold strings that point into the article (timex ``text``, ``sentence_contains``, quote
  ``contains``) are located in the normalized text the system offsets refer to, case-sensitively
  first and case-insensitively when that finds nothing (a sentence-initial capital is the usual
  difference);
* each layer is matched one-to-one (a maximum bipartite matching that serves non-optional gold items
  first and tries each gold item's best candidate first);
* an optional gold item is never missed, and the system item matched to it is never spurious;
  every system item that ends up matched to no gold item is spurious.

Scores per document and micro-averaged over a folder: precision, recall and F1 for entities,
timexes, sources, quotes and events, and the accuracies of entity linking, timex values and event
dates (plus, as extras, timex ``mod``, event ``mode`` and source ``via``). Accuracies are computed over
the matched non-optional gold items that carry the scored attribute.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import Any

from rich.table import Table

from litopys.normalize import loose_key, normalize

GOLD_FORMAT = "litopys-gold/1"
REPORT_FORMAT = "litopys-eval/1"

LAYERS: tuple[str, ...] = ("entities", "timexes", "sources", "quotes", "events")
#: The accuracies FORMAT.md asks for, then extras reported alongside them.
ACCURACIES: tuple[str, ...] = ("linking", "timex_value", "event_date")
EXTRA_ACCURACIES: tuple[str, ...] = ("timex_mod", "event_mode", "source_via")

Span = tuple[int, int]
Analyzer = Callable[[str, "str | None"], dict[str, Any]]


# --------------------------------------------------------------------------------------------------
# Gold documents


@dataclass
class GoldDocument:
    """One gold annotation with the normalized text of its article."""

    path: Path
    id: str
    text: str
    published: str | None
    raw: dict[str, Any]

    def items(self, key: str) -> list[dict[str, Any]]:
        value = self.raw.get(key) or []
        return [item for item in value if isinstance(item, dict)]


def _read_gold_file(path: Path) -> GoldDocument:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path}: not valid JSON ({exc})") from exc
    if not isinstance(raw, dict) or raw.get("format") != GOLD_FORMAT:
        raise ValueError(f"{path}: not a {GOLD_FORMAT} file")
    if raw.get("text_file"):
        text_path = (path.parent / str(raw["text_file"])).resolve()
        if not text_path.is_file():
            raise ValueError(f"{path}: text_file {raw['text_file']!r} not found ({text_path})")
        text = text_path.read_text(encoding="utf-8")
    elif isinstance(raw.get("text"), str):
        text = raw["text"]
    else:
        raise ValueError(f"{path}: neither text_file nor text is given")
    published = raw.get("published")
    return GoldDocument(
        path=path,
        id=str(raw.get("id") or path.stem),
        text=normalize(text),
        published=str(published) if published else None,
        raw=raw,
    )


def _is_gold_file(path: Path) -> bool:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return False
    return isinstance(raw, dict) and raw.get("format") == GOLD_FORMAT


def load_gold(path: Path) -> list[GoldDocument]:
    """Load one gold file, or every ``litopys-gold/1`` JSON file under a folder (recursively).

    In a folder, JSON files of other formats are skipped; a single file must be gold.
    """
    path = Path(path)
    if path.is_dir():
        files = sorted(p for p in path.rglob("*.json") if p.is_file() and _is_gold_file(p))
        return [_read_gold_file(p) for p in files]
    if path.is_file():
        return [_read_gold_file(path)]
    raise FileNotFoundError(f"no gold file or folder at {path}")


# --------------------------------------------------------------------------------------------------
# Scores


def _ratio(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


@dataclass
class LayerScore:
    """True positives, false positives and false negatives of one layer."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float | None:
        return _ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn)

    def add(self, other: LayerScore) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def to_dict(self) -> dict[str, Any]:
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass
class Accuracy:
    """How many of the scored items carry an accepted value."""

    correct: int = 0
    total: int = 0

    @property
    def accuracy(self) -> float | None:
        return _ratio(self.correct, self.total)

    def count(self, ok: bool) -> None:
        self.total += 1
        self.correct += int(ok)

    def add(self, other: Accuracy) -> None:
        self.correct += other.correct
        self.total += other.total

    def to_dict(self) -> dict[str, Any]:
        return {"accuracy": self.accuracy, "correct": self.correct, "total": self.total}


def _empty_layers() -> dict[str, LayerScore]:
    return {name: LayerScore() for name in LAYERS}


def _empty_accuracies() -> dict[str, Accuracy]:
    return {name: Accuracy() for name in (*ACCURACIES, *EXTRA_ACCURACIES)}


@dataclass
class DocumentScore:
    """Scores of one document, with the items behind the errors for inspection."""

    id: str
    path: str | None = None
    layers: dict[str, LayerScore] = field(default_factory=_empty_layers)
    accuracies: dict[str, Accuracy] = field(default_factory=_empty_accuracies)
    #: Per layer: the non-optional gold items no system item matched.
    missed: dict[str, list[str]] = field(default_factory=dict)
    #: Per layer: the system items that matched no gold item.
    spurious: dict[str, list[str]] = field(default_factory=dict)
    #: Per accuracy: the matched items whose value is not accepted.
    wrong: dict[str, list[str]] = field(default_factory=dict)
    #: Problems with the gold itself, e.g. a ``sentence_contains`` that is not in the text.
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "path": self.path,
            "scores": {name: score.to_dict() for name, score in self.layers.items()},
            "accuracy": {name: acc.to_dict() for name, acc in self.accuracies.items()},
            "missed": {k: v for k, v in self.missed.items() if v},
            "spurious": {k: v for k, v in self.spurious.items() if v},
            "wrong": {k: v for k, v in self.wrong.items() if v},
            "warnings": list(self.warnings),
        }


@dataclass
class EvalReport:
    """Per-document scores and their micro-average (counts summed over documents)."""

    documents: list[DocumentScore] = field(default_factory=list)

    @property
    def layers(self) -> dict[str, LayerScore]:
        total = _empty_layers()
        for doc in self.documents:
            for name, score in doc.layers.items():
                total.setdefault(name, LayerScore()).add(score)
        return total

    @property
    def accuracies(self) -> dict[str, Accuracy]:
        total = _empty_accuracies()
        for doc in self.documents:
            for name, acc in doc.accuracies.items():
                total.setdefault(name, Accuracy()).add(acc)
        return total

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": REPORT_FORMAT,
            "documents": [doc.to_dict() for doc in self.documents],
            "micro": {
                "documents": len(self.documents),
                "scores": {name: score.to_dict() for name, score in self.layers.items()},
                "accuracy": {name: acc.to_dict() for name, acc in self.accuracies.items()},
            },
        }


# --------------------------------------------------------------------------------------------------
# Text helpers


def _key(text: Any) -> str:
    return loose_key(str(text)) if text is not None else ""


def _name_key(text: Any) -> str:
    return _key(text).casefold()


_APOSTROPHE_CLASS = "['\u2019\u02bc\u02b9\u2018`\u00b4\u2032]"


def _pattern(needle: str) -> str:
    parts: list[str] = []
    for char in _key(needle):
        if char == " ":
            parts.append(r"\s+")
        elif char == "'":
            parts.append(_APOSTROPHE_CLASS)
        else:
            parts.append(re.escape(char))
    return "".join(parts)


def find_occurrences(text: str, needle: str) -> list[Span]:
    """Spans of ``needle`` in ``text`` under the loose comparison; case-insensitive only as a fallback."""
    pattern = _pattern(needle)
    if not pattern:
        return []
    for flags in (0, re.IGNORECASE):
        spans = [(m.start(), m.end()) for m in re.finditer(pattern, text, flags)]
        if spans:
            return spans
    return []


_SENTENCE_END = re.compile(r"[.!?\u2026]+[\"'\u00bb\u201d\u2019)\]]*[ \t\u00a0]+")
_SENTENCE_OPENERS = "\"'\u00ab\u201e\u201c(["


def sentence_spans(text: str) -> list[Span]:
    """Sentences as (start, end) spans, whitespace trimmed.

    A sentence ends at a newline, or at ``.``/``!``/``?``/``…`` (optionally followed by closing quotes
    or brackets) followed by whitespace and an uppercase letter, a digit or an opening quote. A full
    stop after a lone Cyrillic capital is an initial ("В. Путін") and does not end a sentence; a lone
    Latin one is a name ("написав у X. Він").
    """
    cuts = {0, len(text)}
    for match in _SENTENCE_END.finditer(text):
        nxt = match.end()
        if nxt >= len(text):
            continue
        head = text[nxt]
        if not (head.isupper() or head.isdigit() or head in _SENTENCE_OPENERS):
            continue
        i = match.start()
        is_initial = (
            text[i] == "."
            and i >= 1
            and text[i - 1].isupper()
            and not text[i - 1].isascii()  # "написав у X. Він": a Latin letter is a name, not an initial
            and (i == 1 or not text[i - 2].isalpha())
        )
        if not is_initial:
            cuts.add(nxt)
    cuts.update(m.end() for m in re.finditer("\n", text))
    spans: list[Span] = []
    ordered = sorted(cuts)
    for start, end in pairwise(ordered):
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            spans.append((start, end))
    return spans


def _overlaps(a: Span, b: Span) -> bool:
    (a0, a1), (b0, b1) = a, b
    if a0 == a1 and b0 == b1:
        return a0 == b0
    if a0 == a1:
        return b0 <= a0 < b1
    if b0 == b1:
        return a0 <= b0 < a1
    return a0 < b1 and b0 < a1


def _overlap_length(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _sentence_around(sentences: Sequence[Span], span: Span) -> Span:
    hit = [s for s in sentences if _overlaps(s, span)]
    if not hit:
        return span
    return (min(s[0] for s in hit), max(s[1] for s in hit))


def _as_list(value: Any) -> list[Any]:
    """A gold value that is a list, or a scalar standing for a one-item list (``null`` → ``[null]``)."""
    return list(value) if isinstance(value, list) else [value]


def _span(item: dict[str, Any]) -> Span | None:
    start, end = item.get("start"), item.get("end")
    if isinstance(start, int) and isinstance(end, int):
        return (start, end)
    return None


# --------------------------------------------------------------------------------------------------
# One-to-one matching


def match_one_to_one(
    gold: Sequence[dict[str, Any]],
    system: Sequence[Any],
    score: Callable[[dict[str, Any], Any], float | None],
) -> dict[int, int]:
    """A maximum matching of gold to system items, as ``{gold index: system index}``.

    ``score`` returns ``None`` for an incompatible pair, else a preference (higher is better).
    Non-optional gold items are served first, so no optional item takes a system item a required one
    could have had; each gold item tries its candidates best-first (Kuhn's augmenting paths, which
    keep every gold item matched once it is, so the result is maximum for the required items and
    overall).
    """
    candidates: list[list[int]] = []
    for g in gold:
        scored = [(s, j) for j, item in enumerate(system) if (s := score(g, item)) is not None]
        scored.sort(key=lambda pair: (-pair[0], pair[1]))
        candidates.append([j for _, j in scored])
    owner: dict[int, int] = {}  # system index -> gold index

    def augment(i: int, seen: set[int]) -> bool:
        for j in candidates[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    order = sorted(range(len(gold)), key=lambda i: bool(gold[i].get("optional")))
    for i in order:
        augment(i, set())
    return {i: j for j, i in owner.items()}


def _tally(
    doc: DocumentScore,
    layer: str,
    gold: Sequence[dict[str, Any]],
    system: Sequence[Any],
    matches: dict[int, int],
    describe_gold: Callable[[dict[str, Any]], str],
    describe_system: Callable[[Any], str],
) -> None:
    score = doc.layers[layer]
    missed = doc.missed.setdefault(layer, [])
    spurious = doc.spurious.setdefault(layer, [])
    for i, g in enumerate(gold):
        optional = bool(g.get("optional"))
        if i in matches:
            score.tp += 0 if optional else 1
        elif not optional:
            score.fn += 1
            missed.append(describe_gold(g))
    used = set(matches.values())
    for j, s in enumerate(system):
        if j not in used:
            score.fp += 1
            spurious.append(describe_system(s))


# --------------------------------------------------------------------------------------------------
# Scoring one document


class _Context:
    """The document text, its sentences and the gold-string lookups shared by the layers."""

    def __init__(self, text: str, doc: DocumentScore) -> None:
        self.text = text
        self.doc = doc
        self.sentences = sentence_spans(text)
        self._found: dict[str, list[Span]] = {}

    def occurrences(self, needle: Any, what: str) -> list[Span]:
        needle = "" if needle is None else str(needle)
        if needle not in self._found:
            spans = find_occurrences(self.text, needle)
            self._found[needle] = spans
            if not spans:
                self.doc.warnings.append(f"{what} {needle!r} not found in the text")
        return self._found[needle]

    def sentences_with(self, needles: Any, what: str) -> list[Span]:
        """Sentences containing any of ``needles`` (a string or a list); the whole text if none given."""
        if needles is None or needles == [] or needles == "":
            return [(0, len(self.text))]
        spans: list[Span] = []
        for needle in _as_list(needles):
            for occurrence in self.occurrences(needle, what):
                sentence = _sentence_around(self.sentences, occurrence)
                if sentence not in spans:
                    spans.append(sentence)
        return spans


def _mention_texts(entity: dict[str, Any], text: str) -> set[str]:
    keys: set[str] = set()
    for mention in entity.get("mentions") or []:
        if isinstance(mention, dict):
            value = mention.get("text")
            if value is None and (span := _span(mention)) is not None:
                value = text[span[0] : span[1]]
        else:
            value = mention
        if value:
            keys.add(_key(value))
    return keys


def _score_entities(
    ctx: _Context, gold: list[dict[str, Any]], system: list[dict[str, Any]]
) -> tuple[dict[str, str], dict[str, set[str]]]:
    """Score entities and linking; return system id → matched gold id, and id → compatible gold ids."""
    doc = ctx.doc
    gold_mentions = [{_key(m) for m in _as_list(g.get("mentions") or [])} - {""} for g in gold]
    system_mentions = [_mention_texts(s, ctx.text) for s in system]
    index_of = {id(g): i for i, g in enumerate(gold)}
    position = {id(s): j for j, s in enumerate(system)}

    def compatible(g: dict[str, Any], s: dict[str, Any]) -> float | None:
        if str(g.get("type", "")).upper() != str(s.get("type", "")).upper():
            return None
        shared = gold_mentions[index_of[id(g)]] & system_mentions[position[id(s)]]
        if not shared:
            return None
        return len(shared) + (0.5 if _name_ok(g, s) else 0.0)

    matches = match_one_to_one(gold, system, compatible)
    _tally(
        doc,
        "entities",
        gold,
        system,
        matches,
        lambda g: f"{g.get('id')} {g.get('type')} {g.get('name')!r}",
        lambda s: (
            f"{s.get('id')} {s.get('type')} {s.get('name')!r} {sorted(system_mentions[position[id(s)]])}"
        ),
    )
    linking = doc.accuracies["linking"]
    wrong = doc.wrong.setdefault("linking", [])
    for i, j in matches.items():
        g, s = gold[i], system[j]
        if g.get("optional"):
            continue
        ok = _name_ok(g, s)
        linking.count(ok)
        if not ok:
            wrong.append(f"{g.get('id')}: {s.get('name')!r}, expected {g.get('name')!r}")

    matched = {str(system[j].get("id")): str(gold[i].get("id")) for i, j in matches.items()}
    candidates: dict[str, set[str]] = {}
    for s in system:
        found = {str(g.get("id")) for g in gold if compatible(g, s) is not None}
        candidates[str(s.get("id"))] = found
    return matched, candidates


def _name_ok(g: dict[str, Any], s: dict[str, Any]) -> bool:
    accepted = {_name_key(n) for n in [g.get("name"), *_as_list(g.get("accept_names") or [])] if n}
    return _name_key(s.get("name")) in accepted


def _score_timexes(ctx: _Context, gold: list[dict[str, Any]], system: list[dict[str, Any]]) -> None:
    doc = ctx.doc
    located = [ctx.occurrences(g.get("text"), "timex") for g in gold]
    index_of = {id(g): i for i, g in enumerate(gold)}

    def compatible(g: dict[str, Any], s: dict[str, Any]) -> float | None:
        span = _span(s)
        if span is None:
            return None
        best = [_overlap_length(span, o) for o in located[index_of[id(g)]] if _overlaps(span, o)]
        return max(best) if best else None

    matches = match_one_to_one(gold, system, compatible)
    _tally(
        doc,
        "timexes",
        gold,
        system,
        matches,
        lambda g: f"{g.get('text')!r} = {g.get('value')}",
        lambda s: f"{s.get('text')!r} = {s.get('value')} @{s.get('start')}",
    )
    value_acc, mod_acc = doc.accuracies["timex_value"], doc.accuracies["timex_mod"]
    wrong_value = doc.wrong.setdefault("timex_value", [])
    wrong_mod = doc.wrong.setdefault("timex_mod", [])
    for i, j in matches.items():
        g, s = gold[i], system[j]
        if g.get("optional"):
            continue
        accepted = {str(v) for v in [g.get("value"), *_as_list(g.get("accept_values") or [])] if v}
        ok = str(s.get("value")) in accepted
        value_acc.count(ok)
        if not ok:
            wrong_value.append(f"{g.get('text')!r}: {s.get('value')}, expected {sorted(accepted)}")
        if g.get("mod"):
            ok_mod = str(s.get("mod") or "").upper() == str(g["mod"]).upper()
            mod_acc.count(ok_mod)
            if not ok_mod:
                wrong_mod.append(f"{g.get('text')!r}: mod {s.get('mod')}, expected {g['mod']}")


class _Resolver:
    """System entity id → the gold entity ids it stands for."""

    def __init__(self, matched: dict[str, str], candidates: dict[str, set[str]]) -> None:
        self.matched = matched
        self.candidates = candidates

    def __call__(self, system_id: Any) -> set[str]:
        if system_id is None:
            return set()
        key = str(system_id)
        if key in self.matched:
            return {self.matched[key]}
        # A system entity that lost the one-to-one entity matching (e.g. a duplicate cluster of the
        # same person) still stands for the gold entities its mentions name.
        return set(self.candidates.get(key, set()))


def _score_sources(
    ctx: _Context, gold: list[dict[str, Any]], system: list[dict[str, Any]], resolve: _Resolver
) -> None:
    doc = ctx.doc
    system = [a for a in system if a.get("source") is not None]
    sentences = [ctx.sentences_with(g.get("sentence_contains"), "source sentence_contains") for g in gold]
    index_of = {id(g): i for i, g in enumerate(gold)}

    def compatible(g: dict[str, Any], s: dict[str, Any]) -> float | None:
        span = _span(s)
        if span is None or str(g.get("entity")) not in resolve(s.get("source")):
            return None
        if not any(_overlaps(span, sentence) for sentence in sentences[index_of[id(g)]]):
            return None
        return 1.0

    matches = match_one_to_one(gold, system, compatible)
    _tally(
        doc,
        "sources",
        gold,
        system,
        matches,
        lambda g: f"{g.get('entity')} in {g.get('sentence_contains')!r}",
        lambda s: (
            f"{s.get('source')} @{s.get('start')}-{s.get('end')} {ctx.text[s['start'] : s['end']]!r}"
            if _span(s)
            else f"{s.get('source')}"
        ),
    )
    via_acc = doc.accuracies["source_via"]
    wrong = doc.wrong.setdefault("source_via", [])
    for i, j in matches.items():
        g, s = gold[i], system[j]
        if g.get("optional") or not g.get("via"):
            continue
        ok = str(g["via"]) in resolve(s.get("via"))
        via_acc.count(ok)
        if not ok:
            wrong.append(f"{g.get('entity')}: via {s.get('via')}, expected {g['via']}")


def _score_quotes(
    ctx: _Context, gold: list[dict[str, Any]], system: list[dict[str, Any]], resolve: _Resolver
) -> None:
    doc = ctx.doc
    located = [ctx.occurrences(g.get("contains"), "quote contains") for g in gold]
    index_of = {id(g): i for i, g in enumerate(gold)}

    def compatible(g: dict[str, Any], s: dict[str, Any]) -> float | None:
        span = _span(s)
        if span is None or str(g.get("speaker")) not in resolve(s.get("speaker")):
            return None
        if not any(span[0] <= o[0] and o[1] <= span[1] for o in located[index_of[id(g)]]):
            return None
        return -float(span[1] - span[0])  # the tightest covering quote first

    matches = match_one_to_one(gold, system, compatible)
    _tally(
        doc,
        "quotes",
        gold,
        system,
        matches,
        lambda g: f"{g.get('speaker')}: {g.get('contains')!r}",
        lambda s: f"{s.get('speaker')}: {str(s.get('text') or '')[:60]!r}",
    )


def _actor_countries(actors: Any) -> set[str | None]:
    countries: set[str | None] = set()
    for actor in actors or []:
        if not isinstance(actor, dict):
            continue
        # an actor without a country (the EU, NATO, an unplaced person) counts as null
        country = actor.get("country") or None
        countries.add(str(country).upper() if country else None)
    return countries or {None}


def _accepted_countries(value: Any) -> set[str | None]:
    return {str(v).upper() if v else None for v in _as_list(value)}


def _score_events(ctx: _Context, gold: list[dict[str, Any]], system: list[dict[str, Any]]) -> None:
    doc = ctx.doc
    sentences = [ctx.sentences_with(g.get("sentence_contains"), "event sentence_contains") for g in gold]
    index_of = {id(g): i for i, g in enumerate(gold)}

    def compatible(g: dict[str, Any], s: dict[str, Any]) -> float | None:
        span = _span(s)
        if span is None or str(g.get("type", "")).upper() != str(s.get("type", "")).upper():
            return None
        if not any(_overlaps(span, sentence) for sentence in sentences[index_of[id(g)]]):
            return None
        if not _actor_countries(s.get("source")) & _accepted_countries(g.get("source")):
            return None
        if not _actor_countries(s.get("target")) & _accepted_countries(g.get("target")):
            return None
        return 1.0 + (0.5 if g.get("mode") and g.get("mode") == s.get("mode") else 0.0)

    def describe_system(s: dict[str, Any]) -> str:
        source = sorted(str(c) for c in _actor_countries(s.get("source")))
        target = sorted(str(c) for c in _actor_countries(s.get("target")))
        span = _span(s)
        where = repr(ctx.text[span[0] : span[1]][:60]) if span else "?"
        return f"{s.get('id')} {s.get('type')} {source}->{target} {where}"

    matches = match_one_to_one(gold, system, compatible)
    _tally(
        doc,
        "events",
        gold,
        system,
        matches,
        lambda g: f"{g.get('id')} {g.get('type')} {g.get('source')}->{g.get('target')}",
        describe_system,
    )
    date_acc, mode_acc = doc.accuracies["event_date"], doc.accuracies["event_mode"]
    wrong_date = doc.wrong.setdefault("event_date", [])
    wrong_mode = doc.wrong.setdefault("event_mode", [])
    for i, j in matches.items():
        g, s = gold[i], system[j]
        if g.get("optional"):
            continue
        if "date" in g:
            accepted = {str(d) if d is not None else None for d in _as_list(g["date"])}
            date = s.get("date")
            ok = (str(date) if date is not None else None) in accepted
            date_acc.count(ok)
            if not ok:
                wrong_date.append(f"{g.get('id')}: {date}, expected {g['date']}")
        if g.get("mode"):
            ok_mode = str(s.get("mode") or "").lower() == str(g["mode"]).lower()
            mode_acc.count(ok_mode)
            if not ok_mode:
                wrong_mode.append(f"{g.get('id')}: mode {s.get('mode')}, expected {g['mode']}")


def _system_items(system: dict[str, Any], key: str) -> list[dict[str, Any]]:
    return [item for item in system.get(key) or [] if isinstance(item, dict)]


def score_document(gold: GoldDocument, system: dict[str, Any]) -> DocumentScore:
    """Score one ``litopys/1`` record against its gold annotation.

    Offsets in ``system`` point into ``system["text"]`` (the normalized text), so gold strings are
    located there; the gold text stands in when the record carries no text.
    """
    doc = DocumentScore(id=gold.id, path=str(gold.path))
    text = system.get("text")
    if not isinstance(text, str):
        text = gold.text
    elif text != gold.text:
        doc.warnings.append("the system text differs from the normalized gold text")
    ctx = _Context(text, doc)

    matched, candidates = _score_entities(ctx, gold.items("entities"), _system_items(system, "entities"))
    resolve = _Resolver(matched, candidates)
    _score_timexes(ctx, gold.items("timexes"), _system_items(system, "timexes"))
    _score_sources(ctx, gold.items("sources"), _system_items(system, "attributions"), resolve)
    _score_quotes(ctx, gold.items("quotes"), _system_items(system, "quotes"), resolve)
    _score_events(ctx, gold.items("events"), _system_items(system, "events"))
    return doc


def evaluate(path: Path, analyze: Callable[[str, str | None], Any]) -> EvalReport:
    """Run ``analyze(text, published)`` on every gold document under ``path`` and score the records.

    ``analyze`` returns a ``litopys/1`` dict (an object with ``to_dict()`` is accepted too).
    """
    documents = load_gold(Path(path))
    if not documents:
        raise ValueError(f"no {GOLD_FORMAT} files under {path}")
    report = EvalReport()
    for gold in documents:
        record = analyze(gold.text, gold.published)
        if not isinstance(record, dict) and hasattr(record, "to_dict"):
            record = record.to_dict()
        report.documents.append(score_document(gold, record))
    return report


# --------------------------------------------------------------------------------------------------
# Rendering


def _fmt(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


_SHORT = {
    "entities": "ent F1",
    "timexes": "tmx F1",
    "sources": "src F1",
    "quotes": "quo F1",
    "events": "evt F1",
    "linking": "link",
    "timex_value": "value",
    "event_date": "date",
}


def render_table(report: EvalReport) -> list[Table]:
    """Tables for the CLI: micro-averaged layer scores, accuracies, and F1 per document."""
    n = len(report.documents)
    scores = Table(title=f"litopys eval — micro-average over {n} document{'s' if n != 1 else ''}")
    scores.add_column("layer")
    for name in ("P", "R", "F1", "tp", "fp", "fn"):
        scores.add_column(name, justify="right")
    for name, layer in report.layers.items():
        scores.add_row(
            name,
            _fmt(layer.precision),
            _fmt(layer.recall),
            _fmt(layer.f1),
            str(layer.tp),
            str(layer.fp),
            str(layer.fn),
        )

    accuracy = Table(title="accuracy of matched gold items")
    accuracy.add_column("measure")
    for name in ("accuracy", "correct", "total"):
        accuracy.add_column(name, justify="right")
    for name, acc in report.accuracies.items():
        label = name if name in ACCURACIES else f"{name} (extra)"
        accuracy.add_row(label, _fmt(acc.accuracy), str(acc.correct), str(acc.total))

    per_doc = Table(title="F1 and accuracy per document")
    per_doc.add_column("document", overflow="fold")
    for name in (*LAYERS, *ACCURACIES):
        per_doc.add_column(_SHORT.get(name, name), justify="right")
    for doc in report.documents:
        per_doc.add_row(
            doc.id,
            *(_fmt(doc.layers[name].f1) for name in LAYERS),
            *(_fmt(doc.accuracies[name].accuracy) for name in ACCURACIES),
        )
    return [scores, accuracy, per_doc]


def iter_errors(report: EvalReport) -> Iterable[str]:
    """Human-readable lines naming every miss, spurious item, wrong value and gold warning."""
    for doc in report.documents:
        for kind, groups in (("missed", doc.missed), ("spurious", doc.spurious), ("wrong", doc.wrong)):
            for layer, items in groups.items():
                for item in items:
                    yield f"{doc.id}\t{kind}\t{layer}\t{item}"
        for warning in doc.warnings:
            yield f"{doc.id}\twarning\tgold\t{warning}"
