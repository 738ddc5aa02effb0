"""Cross-article timelines: reports of one real-world event merged into one entry (docs/STORE.md).

Two reported events are the same event when they have the same PLOVER type and modality, the same
source and the same target (direction matters; an actor matches by entity key, or by country when
one of the two is the country itself), compatible dates (equal, or one span inside the other:
``2023-09`` ⊇ ``2023-09-12``) and a compatible place. Merging is complete-link: an event joins an
entry only if it is compatible with every report already in it, so two different days never end up
together through a vaguer third report.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import html
import json
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from litopys.model import Analysis
from litopys.store import Store, actor_record, country_keys, date_span

FORMATS = ("md", "json", "timelinejs", "html")


@dataclass(slots=True)
class ActorRef:
    key: str | None
    name: str | None
    country: str | None
    code: str | None = None
    type: str | None = None

    def matches(self, spec: str) -> bool:
        """By ISO code, actor code, key, part of the name, or a country's name (*Росія*, *РФ*)
        for every actor of that country."""
        want = spec.casefold().strip()
        if not want:
            return False
        if self.country and country_of_name(want) == self.country:
            return True
        if (self.country and want == self.country.casefold()) or (self.code and want == self.code.casefold()):
            return True
        if self.key and want == self.key.casefold():
            return True
        return bool(self.name and want in self.name.casefold())


@dataclass(slots=True)
class Report:
    """One event as one article reported it."""

    article_id: str
    event_id: str
    type: str
    mode: str | None
    modality: str
    date: str | None
    source: list[ActorRef]
    target: list[ActorRef]
    location_key: str | None = None
    location_name: str | None = None
    location_country: str | None = None
    evidence: str = ""
    outlet: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    according_to: str | None = None
    via: str | None = None
    citing: str | None = None
    span: tuple[dt.date, dt.date] | None = None

    def __post_init__(self) -> None:
        if self.span is None:
            self.span = date_span(self.date)


@dataclass(slots=True)
class Entry:
    """One real-world event with every report of it, the first report first."""

    reports: list[Report] = field(default_factory=list)

    @property
    def first(self) -> Report:
        return min(self.reports, key=lambda r: (r.published or "9999", r.article_id, r.event_id))

    @property
    def date(self) -> str | None:
        return _most_specific(self.reports).date

    @property
    def span(self) -> tuple[dt.date, dt.date] | None:
        return _most_specific(self.reports).span

    @property
    def outlets(self) -> list[str]:
        return sorted({r.outlet for r in self.reports if r.outlet})

    def to_dict(self) -> dict[str, Any]:
        first = self.first
        lead = _most_specific(self.reports)
        articles: dict[str, dict[str, Any]] = {}
        for r in sorted(self.reports, key=lambda r: (r.published or "9999", r.article_id)):
            articles.setdefault(
                r.article_id,
                {
                    "article": r.article_id,
                    "outlet": r.outlet,
                    "url": r.url,
                    "title": r.title,
                    "published": r.published,
                    "according_to": r.according_to,
                    "via": r.via,
                    "citing": r.citing,
                },
            )
        return {
            "date": self.date,
            "type": lead.type,
            "mode": lead.mode,
            "modality": lead.modality,
            "summary": summarize(self),
            "source": [_actor_dict(a) for a in first.source],
            "target": [_actor_dict(a) for a in first.target],
            "location": first.location_name or lead.location_name,
            "evidence": first.evidence,
            "according_to": first.according_to,
            "via": first.via,
            "citing": first.citing,
            "first_report": {
                "article": first.article_id,
                "outlet": first.outlet,
                "published": first.published,
            },
            "outlets": self.outlets,
            "articles": list(articles.values()),
        }


def _actor_dict(actor: ActorRef) -> dict[str, Any]:
    return {"name": actor.name, "key": actor.key, "country": actor.country, "code": actor.code}


def _most_specific(reports: Sequence[Report]) -> Report:
    return min(reports, key=_precision)


def _precision(r: Report) -> tuple[int, str]:
    if r.span is None:
        return (10**6 if r.date is None else 10**5, r.date or "")
    return ((r.span[1] - r.span[0]).days, r.date or "")


@functools.cache
def _country_forms() -> dict[str, str]:
    from litopys.lang.uk.resources import table

    return {
        row["form"].casefold(): row["country"]
        for row in table("gazetteer.tsv")
        if row.get("kind") == "country" and row.get("country")
    }


def country_of_name(name: str) -> str | None:
    return _country_forms().get(name.casefold())


# ---------------------------------------------------------------------------------------------
# Building reports


def reports_of(analysis: Analysis) -> list[Report]:
    """The events of one analysis as reports (what the store holds, without a store)."""
    entities = {e.id: e for e in analysis.entities}
    art = analysis.article
    out = []
    for ev in analysis.events:
        loc = entities.get(ev.location) if ev.location else None
        according = entities.get(ev.according_to) if ev.according_to else None
        out.append(
            Report(
                article_id=art.id,
                event_id=ev.id,
                type=ev.type,
                mode=ev.mode,
                modality=ev.modality,
                date=ev.date,
                source=[_ref(actor_record(a, entities, "source")) for a in ev.source],
                target=[_ref(actor_record(a, entities, "target")) for a in ev.target],
                location_key=loc.key if loc else None,
                location_name=loc.name if loc else None,
                location_country=loc.country if loc else None,
                evidence=analysis.text[ev.start : ev.end],
                outlet=art.outlet,
                url=art.url,
                title=art.title,
                published=art.published,
                according_to=according.name if according else None,
            )
        )
    return out


def _ref(record: dict[str, Any]) -> ActorRef:
    return ActorRef(record["key"], record["name"], record["country"], record.get("code"), record.get("type"))


def load_reports(store: Store, types: Sequence[str] = ()) -> list[Report]:
    sql = (
        "SELECT e.*, a.outlet, a.url, a.title, CAST(a.published AS VARCHAR) AS published,"
        " s.according_to_name, s.via_name, s.citing"
        " FROM events e JOIN articles a ON a.id = e.article_id"
        " LEFT JOIN event_sources s USING (article_id, event_id)"
    )
    params: list[Any] = []
    if types:
        sql += " WHERE e.type IN (" + ", ".join("?" * len(types)) + ")"
        params = [t.upper() for t in types]
    reports = []
    for row in store.query(sql, params):
        actors = json.loads(row["actors"] or "[]")
        span = (row["date_start"], row["date_end"]) if row["date_start"] else None
        reports.append(
            Report(
                article_id=row["article_id"],
                event_id=row["event_id"],
                type=row["type"],
                mode=row["mode"],
                modality=row["modality"],
                date=row["date"],
                source=[_ref(a) for a in actors if a["role"] == "source"],
                target=[_ref(a) for a in actors if a["role"] == "target"],
                location_key=row["location_key"],
                location_name=row["location_name"],
                location_country=row["location_country"],
                evidence=row["evidence"] or "",
                outlet=row["outlet"],
                url=row["url"],
                title=row["title"],
                published=row["published"],
                according_to=row["according_to_name"],
                via=row["via_name"],
                citing=row["citing"],
                span=span,
            )
        )
    return reports


# ---------------------------------------------------------------------------------------------
# Filters


def select(
    reports: Iterable[Report],
    *,
    actors: Sequence[str] = (),
    pair: tuple[str, str] | None = None,
    types: Sequence[str] = (),
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    query: str | None = None,
) -> list[Report]:
    """Reports that involve any of ``actors``, have ``pair`` on opposite sides (either direction),
    are of one of ``types``, overlap [``date_from``, ``date_to``] and contain ``query``."""
    wanted_types = {t.upper() for t in types}
    needle = query.casefold() if query else None
    out = []
    for r in reports:
        everyone = r.source + r.target
        if wanted_types and r.type not in wanted_types:
            continue
        if actors and not any(a.matches(spec) for spec in actors for a in everyone):
            continue
        if pair:
            a, b = pair
            forward = any(x.matches(a) for x in r.source) and any(y.matches(b) for y in r.target)
            backward = any(x.matches(b) for x in r.source) and any(y.matches(a) for y in r.target)
            if not (forward or backward):
                continue
        if date_from or date_to:
            if r.span is None:
                continue
            if date_from and r.span[1] < date_from:
                continue
            if date_to and r.span[0] > date_to:
                continue
        if needle and needle not in " ".join(filter(None, (r.evidence, r.title))).casefold():
            continue
        out.append(r)
    return out


# ---------------------------------------------------------------------------------------------
# Merging


def _is_country(actor: ActorRef) -> bool:
    return actor.key is None or actor.key in country_keys()


def same_actor(a: ActorRef, b: ActorRef) -> bool:
    if a.key and b.key and a.key == b.key:
        return True
    if a.country and a.country == b.country and (_is_country(a) or _is_country(b)):
        return True
    return bool(not a.key and not b.key and not a.country and not b.country and a.name == b.name)


def _same_side(xs: Sequence[ActorRef], ys: Sequence[ActorRef]) -> bool:
    if not xs or not ys:
        return not xs and not ys
    return any(same_actor(x, y) for x in xs for y in ys)


def dates_compatible(a: Report, b: Report) -> bool:
    if a.date is None or b.date is None:
        return a.date is None and b.date is None
    if a.span is None or b.span is None:
        return a.date == b.date
    (a0, a1), (b0, b1) = a.span, b.span
    return (a0 <= b0 and b1 <= a1) or (b0 <= a0 and a1 <= b1)


def places_compatible(a: Report, b: Report) -> bool:
    if not a.location_key or not b.location_key or a.location_key == b.location_key:
        return True
    keys = country_keys()
    if a.location_key in keys and a.location_country and a.location_country == b.location_country:
        return True
    return bool(b.location_key in keys and b.location_country and b.location_country == a.location_country)


def same_event(a: Report, b: Report) -> bool:
    return (
        a.type == b.type
        and a.modality == b.modality
        and _same_side(a.source, b.source)
        and _same_side(a.target, b.target)
        and dates_compatible(a, b)
        and places_compatible(a, b)
    )


def merge(reports: Iterable[Report]) -> list[Entry]:
    """Group reports of the same real-world event (complete link, most specific dates first)."""
    ordered = sorted(reports, key=lambda r: (_precision(r), r.published or "9999", r.article_id, r.event_id))
    entries: list[Entry] = []
    # candidates by (type, modality, year): (first day of the entry's first report, entry number),
    # sorted; undated reports under year None. Reports come most specific first, so an
    # entry compatible with a dated report has its first report inside that report's span: only
    # that slice of the bucket is tried, in creation order (the same result as trying them all).
    index: dict[tuple[str, str, int | None], list[tuple[dt.date, int]]] = defaultdict(list)
    # per entry, one report of each distinct signature: same_event depends on nothing else
    kinds: list[dict[tuple[Any, ...], Report]] = []
    # within one bucket, a report that repeats an earlier one goes where that one went: the entries
    # tried before it were incompatible then and stay so as reports join them
    went: dict[tuple[Any, ...], int] = {}
    for report in ordered:
        span = report.span
        years: list[int | None] = list(range(span[0].year, span[1].year + 1)) if span else [None]
        signature = _signature(report)
        repeat = (report.type, report.modality, signature) if len(years) == 1 else None
        home = went.get(repeat) if repeat else None
        for year in years if home is None else ():
            bucket = index[(report.type, report.modality, year)]
            if span:
                lo = bisect.bisect_left(bucket, (span[0], -1))
                hi = bisect.bisect_right(bucket, (span[1], sys.maxsize))
                candidates = sorted(bucket[lo:hi], key=lambda item: item[1]) if hi - lo > 1 else bucket[lo:hi]
            else:
                candidates = bucket
            for _, number in candidates:
                seen = kinds[number]
                if signature in seen or all(same_event(report, other) for other in seen.values()):
                    home = number
                    break
            if home is not None:
                break
        if home is None:
            home = len(entries)
            entries.append(Entry())
            kinds.append({})
            first_day = span[0] if span else dt.date.min
            for year in years:
                bisect.insort(index[(report.type, report.modality, year)], (first_day, home))
        kinds[home].setdefault(signature, report)
        if repeat:
            went[repeat] = home
        entries[home].reports.append(report)
    return sort_entries(_fold_one_sided(entries, kinds, index))


def _one_sided(report: Report) -> bool:
    """Dated, with exactly one of its two sides known ("СБУ атакувала" with no target)."""
    return report.span is not None and bool(report.source) != bool(report.target)


def _fits(partial: Report, full: Report) -> bool:
    """same_event where the side the one-sided report does not name may be anything."""
    return (
        partial.modality == full.modality
        and (not partial.source or _same_side(partial.source, full.source))
        and (not partial.target or _same_side(partial.target, full.target))
        and dates_compatible(partial, full)
        and places_compatible(partial, full)
    )


def _fold_one_sided(
    entries: list[Entry],
    kinds: list[dict[tuple[Any, ...], Report]],
    index: dict[tuple[str, str, int | None], list[tuple[dt.date, int]]],
) -> list[Entry]:
    """Move entries made only of one-sided reports into the one complete entry they fit.

    A report that names one side of an event says less than one naming both, as a month says less
    than a day: it joins an entry that agrees with everything it does say, but only when exactly one
    such entry exists on its date; with two candidates (Росія атакувала Харків / Одесу) it cannot
    tell which and stays apart.
    """
    complete = [any(r.source and r.target for r in seen.values()) for seen in kinds]
    vague = _vague_entries(kinds, complete)
    gone: set[int] = set()
    for number, seen in enumerate(kinds):
        if complete[number] or not all(_one_sided(r) for r in seen.values()):
            continue
        reports = list(seen.values())
        candidates = {
            other
            for other in _entries_near(reports[0], index, vague)
            if complete[other] and all(_fits(p, f) for p in reports for f in kinds[other].values())
        }
        if len(candidates) == 1:
            (home,) = candidates
            entries[home].reports.extend(entries[number].reports)
            gone.add(number)
    return [entry for n, entry in enumerate(entries) if n not in gone]


def _vague_entries(
    kinds: list[dict[tuple[Any, ...], Report]], complete: list[bool]
) -> dict[tuple[str, str, int], list[int]]:
    """Complete entries whose most specific report spans more than a day, by type, modality, year."""
    vague: dict[tuple[str, str, int], list[int]] = defaultdict(list)
    for number, seen in enumerate(kinds):
        lead = next(iter(seen.values()), None)  # the first report of an entry is its most specific
        if complete[number] and lead and lead.span and lead.span[0] != lead.span[1]:
            for year in range(lead.span[0].year, lead.span[1].year + 1):
                vague[(lead.type, lead.modality, year)].append(number)
    return vague


def _entries_near(
    report: Report,
    index: dict[tuple[str, str, int | None], list[tuple[dt.date, int]]],
    vague: dict[tuple[str, str, int], list[int]],
) -> set[int]:
    """Entries that may be date-compatible with a dated report: a lead report inside its span, or
    a vaguer lead report that may contain it."""
    assert report.span is not None
    start, end = report.span
    near: set[int] = set()
    for year in range(start.year, end.year + 1):
        bucket = index[(report.type, report.modality, year)]
        lo = bisect.bisect_left(bucket, (start, -1))
        hi = bisect.bisect_right(bucket, (end, sys.maxsize))
        near.update(number for _, number in bucket[lo:hi])
        near.update(vague.get((report.type, report.modality, year), ()))
    return near


def _signature(r: Report) -> tuple[Any, ...]:
    """What same_event looks at (besides type and modality, equal within an index bucket)."""

    def side(actors: Sequence[ActorRef]) -> tuple[Any, ...]:
        return tuple((a.key, a.name, a.country) for a in actors)

    return (side(r.source), side(r.target), r.date, r.span, r.location_key, r.location_country)


def sort_entries(entries: list[Entry]) -> list[Entry]:
    def key(e: Entry) -> tuple[Any, ...]:
        span = e.span
        if span is None:
            return (1, dt.date.max, 0, e.date or "", e.first.published or "")
        return (0, span[0], (span[1] - span[0]).days, e.date or "", e.first.published or "")

    return sorted(entries, key=key)


# ---------------------------------------------------------------------------------------------
# One-line Ukrainian summaries


@functools.cache
def _phrases() -> dict[tuple[str, str], dict[str, str]]:
    from litopys.lang.uk.resources import table

    return {(row["type"], row["mode"]): row for row in table("summaries.tsv")}


@functools.cache
def _morph() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="uk")


def _nominative_parses(word: str) -> list[Any]:
    try:
        parses = _morph().parse(word)
    except ValueError:  # pymorphy3 on characters without a Unicode name (Tangut letters)
        return []
    return [p for p in parses if "nomn" in p.tag and "voct" not in p.tag]


def grammatical_form(actor: ActorRef) -> str:
    """``masc``/``femn``/``neut``/``plur``: what a verb after this actor's name agrees with."""
    words = (actor.name or "").split()
    if not words:
        return "plur"
    if actor.type == "PER":
        for p in _nominative_parses(words[0]):
            if "Name" in p.tag and p.tag.gender in ("masc", "femn"):
                return str(p.tag.gender)
        return "masc"
    for word in words:
        parses = [p for p in _nominative_parses(word) if p.tag.POS == "NOUN" and "Name" not in p.tag]
        if parses:
            tag = parses[0].tag
            if tag.number == "plur" or "Pltm" in tag:
                return "plur"
            return str(tag.gender or "masc")
    return "masc"


def inflect_name(actor: ActorRef, case: str) -> str:
    """The actor's nominative name put in ``case``: every part of a person's name; for other names
    the leading adjectives and their noun (*Трудова партія КНДР* → *Трудової партії КНДР*).
    Indeclinable words (abbreviations, foreign names) stay as they are."""
    name = actor.name or ""
    if not name or case == "nomn":
        return name
    words = name.split()
    out = []
    gender = grammatical_form(actor) if actor.type == "PER" else None
    head_done = False
    for word in words:
        if head_done or "-" in word or (word.isupper() and len(word) > 1):
            out.append(word)
            continue
        parses = _nominative_parses(word)
        if gender:
            # person names: only animate readings (or adjectival surnames); a foreign name the
            # dictionary knows only as a thing (*Кір* → *кір*, measles) stays as it is
            parses = [
                p
                for p in parses
                if p.tag.gender in (gender, None) and ("anim" in p.tag.grammemes or p.tag.POS == "ADJF")
            ]
        form = None
        for p in parses:
            if "Fixd" in p.tag:
                break
            changed = p.inflect({case})
            if changed:
                form = changed.word
                if actor.type != "PER" and p.tag.POS == "NOUN":
                    head_done = True
                break
        if form is None:
            out.append(word)
            if actor.type != "PER" and parses and parses[0].tag.POS == "NOUN":
                head_done = True
            continue
        out.append(_same_case_shape(word, form))
    return " ".join(out)


def _same_case_shape(original: str, form: str) -> str:
    if original[:1].isupper():
        return form[:1].upper() + form[1:]
    return form


def _join_names(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " і " + names[-1]


def summarize(entry: Entry) -> str:
    """E.g. *США запровадили санкції проти Росії* (from the first report's actors)."""
    first = entry.first
    phrases = _phrases()
    mode = first.mode or ""
    lookups = [(first.type, mode), (first.type, "")]
    if not first.target:
        lookups = [(first.type, f"{mode}/no-target"), lookups[0], (first.type, "/no-target"), lookups[1]]
    row = next((phrases[k] for k in lookups if k in phrases), None)
    if row is None:
        return f"{first.type}: " + " → ".join(
            _join_names([a.name or "?" for a in side]) for side in (first.source, first.target) if side
        )
    sources, targets = _told_apart(_unique(first.source), _unique(first.target))
    form = "plur" if len(sources) != 1 else grammatical_form(sources[0])
    if first.modality in ("planned", "conditional", "hypothetical"):
        aux = {"planned": ("планує", "планують")}.get(first.modality, ("може", "можуть"))
        verb = f"{aux[1] if form == 'plur' else aux[0]} {row['inf']}"
    else:
        verb = row[form]
        if first.modality == "negated":
            verb = f"не {verb}"
    parts = []
    if sources:
        parts.append(_join_names([a.name or "?" for a in sources]))
    parts.append(verb)
    if targets:
        if row["prep"]:
            parts.append(row["prep"])
        parts.append(_join_names([inflect_name(a, row["case"]) for a in targets]))
    text = " ".join(parts)
    return text[:1].upper() + text[1:]


def _told_apart(sources: list[ActorRef], targets: list[ActorRef]) -> tuple[list[ActorRef], list[ActorRef]]:
    """When one name stands on both sides (a country's citizens against its government), name
    those actors by their sector: *громадяни Грузії*, *влада Грузії*."""
    both = {a.name for a in sources} & {a.name for a in targets}
    if not both:
        return sources, targets

    def by_sector(actor: ActorRef) -> ActorRef:
        code, country = actor.code or "", actor.country or ""
        noun = _sector_nouns().get(code[len(country) :][:3]) if country and code.startswith(country) else None
        if actor.name not in both or noun is None:
            return actor
        name = f"{noun} {inflect_name(actor, 'gent')}"
        return ActorRef(actor.key, name, actor.country, actor.code, None)

    return [by_sector(a) for a in sources], [by_sector(a) for a in targets]


@functools.cache
def _sector_nouns() -> dict[str, str]:
    from litopys.lang.uk.resources import table

    return {row["sector"]: row["noun"] for row in table("sector_nouns.tsv")}


def _unique(actors: Sequence[ActorRef]) -> list[ActorRef]:
    seen: set[str] = set()
    out = []
    for a in actors:
        ident = a.key or a.name or ""
        if ident not in seen:
            seen.add(ident)
            out.append(a)
    return out


# ---------------------------------------------------------------------------------------------
# Rendering


def render(entries: Sequence[Entry], fmt: str, title: str = "Хронологія") -> str:
    if fmt == "md":
        return render_markdown(entries, title)
    if fmt == "json":
        return render_json(entries)
    if fmt == "timelinejs":
        return render_timelinejs(entries, title)
    if fmt == "html":
        return render_html(entries, title)
    raise ValueError(f"unknown format {fmt!r}: use {', '.join(FORMATS)}")


def _split(entries: Sequence[Entry]) -> tuple[list[Entry], list[Entry]]:
    dated = [e for e in entries if e.date is not None]
    undated = [e for e in entries if e.date is None]
    return dated, undated


def _attribution_text(d: dict[str, Any]) -> str:
    parts = []
    if d["according_to"]:
        parts.append(f"за даними: {d['according_to']}")
    if d["via"]:
        parts.append(f"через {d['via']}")
    if d["citing"]:
        parts.append(f"з посиланням на {d['citing']}")
    return "; ".join(parts)


def _source_line(article: dict[str, Any]) -> str:
    bits = [article["outlet"] or "невідоме джерело"]
    if article["published"]:
        bits.append(article["published"])
    line = ", ".join(bits)
    if article["url"]:
        line = f"[{line}]({article['url']})"
    return line


def render_markdown(entries: Sequence[Entry], title: str = "Хронологія") -> str:
    dated, undated = _split(entries)
    reports = sum(len(e.reports) for e in entries)
    lines = [f"# {title}", "", f"{len(entries)} подій, {reports} повідомлень", ""]
    for heading, group in (("", dated), ("Без дати", undated)):
        if not group:
            continue
        if heading:
            lines += [f"## {heading}", ""]
        for entry in group:
            d = entry.to_dict()
            date = d["date"] or "без дати"
            lines.append(f"### {date} — {d['summary']}")
            lines.append("")
            mode = f" ({d['mode']})" if d["mode"] else ""
            lines.append(f"- **тип:** {d['type']}{mode}, {d['modality']}")
            lines.append(f"- **свідчення:** «{' '.join(d['evidence'].split())}»")
            attribution = _attribution_text(d)
            if attribution:
                lines.append(f"- **атрибуція:** {attribution}")
            first = d["first_report"]
            when = first["published"] or "дата невідома"
            lines.append(f"- **перше повідомлення:** {first['outlet'] or '—'}, {when}")
            sources = "; ".join(_source_line(a) for a in d["articles"])
            lines.append(f"- **джерела ({len(d['articles'])}):** {sources}")
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def render_json(entries: Sequence[Entry]) -> str:
    dated, undated = _split(entries)
    record = {
        "schema": "litopys-timeline/1",
        "entries": [e.to_dict() for e in dated],
        "undated": [e.to_dict() for e in undated],
    }
    return json.dumps(record, ensure_ascii=False, indent=2) + "\n"


def _tl_date(span: tuple[dt.date, dt.date], value: str) -> dict[str, int]:
    start = span[0]
    date: dict[str, int] = {"year": start.year}
    core = value.split("T", 1)[0].split("/", 1)[0]
    if len(core) >= 7 and core[4] == "-" and core[5:7].isdigit():
        date["month"] = start.month
    if len(core) >= 10 and core[7] == "-":
        date["day"] = start.day
    if "W" in core:
        date.update(month=start.month, day=start.day)
    return date


def render_timelinejs(entries: Sequence[Entry], title: str = "Хронологія") -> str:
    """TimelineJS 3 JSON: ``{"title": …, "events": [{"start_date": …, "text": …}]}``. Undated
    entries cannot be placed on a time axis and are left out."""
    events = []
    for entry in entries:
        span, date = entry.span, entry.date
        if span is None or date is None:
            continue
        d = entry.to_dict()
        body = [f"<p>«{html.escape(' '.join(d['evidence'].split()))}»</p>"]
        attribution = _attribution_text(d)
        if attribution:
            body.append(f"<p>{html.escape(attribution)}</p>")
        links = []
        for a in d["articles"]:
            label = html.escape(", ".join(filter(None, (a["outlet"], a["published"]))) or "джерело")
            links.append(f'<a href="{html.escape(a["url"])}">{label}</a>' if a["url"] else label)
        body.append("<p>Джерела: " + "; ".join(links) + "</p>")
        item: dict[str, Any] = {
            "start_date": _tl_date(span, date),
            "text": {"headline": html.escape(d["summary"]), "text": "".join(body)},
            "group": d["type"],
            "unique_id": f"{entry.first.article_id[:12]}-{entry.first.event_id}",
        }
        if span[1] != span[0] and "/" in date:
            item["end_date"] = {"year": span[1].year, "month": span[1].month, "day": span[1].day}
        events.append(item)
    record = {"title": {"text": {"headline": html.escape(title), "text": ""}}, "events": events}
    return json.dumps(record, ensure_ascii=False, indent=2) + "\n"


_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:52rem;margin:2rem auto;
padding:0 1rem;color:#1d1d1f;line-height:1.5}
h1{font-size:1.6rem}h2{margin-top:2.5rem;border-bottom:1px solid #ddd}
ol.timeline{list-style:none;padding:0;border-left:3px solid #3b6ea5;margin-left:.5rem}
ol.timeline li{position:relative;margin:0 0 1.4rem 1.2rem}
ol.timeline li:before{content:"";position:absolute;left:-1.72rem;top:.45rem;width:.8rem;height:.8rem;
border-radius:50%;background:#3b6ea5}
.date{font-weight:600;color:#3b6ea5}.type{font-size:.8rem;background:#eef3f9;border-radius:.3rem;
padding:.05rem .4rem;margin-left:.4rem}.summary{font-size:1.1rem;margin:.15rem 0}
blockquote{margin:.3rem 0;padding-left:.8rem;border-left:3px solid #ccc;color:#444}
.meta{font-size:.85rem;color:#555}
"""


def render_html(entries: Sequence[Entry], title: str = "Хронологія") -> str:
    """A standalone page (inline CSS, no scripts, nothing loaded from elsewhere)."""
    esc = html.escape
    dated, undated = _split(entries)
    out = [
        "<!DOCTYPE html>",
        '<html lang="uk"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{esc(title)}</h1>",
        f'<p class="meta">{len(entries)} подій, {sum(len(e.reports) for e in entries)} повідомлень</p>',
    ]
    for heading, group in (("", dated), ("Без дати", undated)):
        if not group:
            continue
        if heading:
            out.append(f"<h2>{esc(heading)}</h2>")
        out.append('<ol class="timeline">')
        for entry in group:
            d = entry.to_dict()
            links = []
            for a in d["articles"]:
                label = esc(", ".join(filter(None, (a["outlet"], a["published"]))) or "джерело")
                links.append(f'<a href="{esc(a["url"])}">{label}</a>' if a["url"] else label)
            attribution = _attribution_text(d)
            out.append(
                "<li>"
                f'<span class="date">{esc(d["date"] or "без дати")}</span>'
                f'<span class="type">{esc(d["type"])}</span>'
                f'<p class="summary">{esc(d["summary"])}</p>'
                f"<blockquote>{esc(' '.join(d['evidence'].split()))}</blockquote>"
                + (f'<p class="meta">{esc(attribution)}</p>' if attribution else "")
                + f'<p class="meta">Джерела ({len(d["articles"])}): {"; ".join(links)}</p>'
                "</li>"
            )
        out.append("</ol>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"
