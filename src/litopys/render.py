"""Readable Markdown report of one analysis: entities, dates, quotes, sources, events by date."""

from __future__ import annotations

from litopys.model import Actor, Analysis


def _actors(analysis: Analysis, actors: list[Actor]) -> str:
    names = []
    for a in actors:
        ent = analysis.entity(a.entity)
        label = ent.name if ent else (a.text or a.country or "?")
        names.append(f"{label} [{a.code or a.country or '-'}]")
    return ", ".join(names) or "—"


def _cell(text: str | None) -> str:
    return (text or "—").replace("|", "\\|").replace("\n", " ")


def markdown(analysis: Analysis) -> str:
    a = analysis.article
    lines = [f"# {a.title or 'Article'} — litopys analysis", ""]
    lines.append(
        f"Published: {a.published or 'unknown'} · outlet: {a.outlet or '—'} · "
        f"id: `{a.id[:12]}` · {analysis.pipeline}"
    )
    lines += [
        "",
        "## Entities",
        "",
        "| id | type | name | country | code | mentions |",
        "|---|---|---|---|---|---|",
    ]
    for e in analysis.entities:
        forms = sorted({m.text for m in e.mentions})
        lines.append(
            f"| {e.id} | {e.type} | {_cell(e.name)} | {e.country or '—'} | {e.code or '—'} | "
            f"{_cell(', '.join(forms))} |"
        )
    lines += ["", "## Time expressions", "", "| text | type | value | mod |", "|---|---|---|---|"]
    for t in analysis.timexes:
        lines.append(f"| {_cell(t.text)} | {t.type} | {t.value} | {t.mod or '—'} |")
    lines += ["", "## Quotes", ""]
    for q in analysis.quotes:
        speaker = analysis.entity(q.speaker)
        shown = q.text if q.text[:1] in '«"„“' else f"«{q.text}»"
        lines.append(f"- **{speaker.name if speaker else 'unknown'}** ({q.cue}, {q.kind}): {shown}")
    lines += ["", "## Sources", ""]
    for s in analysis.attributions:
        src = analysis.entity(s.source)
        via = analysis.entity(s.via)
        parts = [src.name if src else "unattributed"]
        if via:
            parts.append(f"via {via.name}")
        if s.citing:
            parts.append(f"citing {s.citing}")
        lines.append(f"- {' · '.join(parts)} — “{analysis.text[s.start : s.end][:120]}”")
    lines += [
        "",
        "## Events (in date order)",
        "",
        "| date | type | mode | source | target | modality | according to | evidence |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for ev in sorted(analysis.events, key=lambda e: (e.date is None, e.date or "")):
        src = analysis.entity(ev.according_to)
        lines.append(
            f"| {ev.date or 'undated'} | {ev.type} | {ev.mode or '—'} | "
            f"{_cell(_actors(analysis, ev.source))} | "
            f"{_cell(_actors(analysis, ev.target))} | {ev.modality} | {_cell(src.name if src else None)} | "
            f"{_cell(analysis.text[ev.start : ev.end][:160])} |"
        )
    return "\n".join(lines) + "\n"
