"""What the web service reads from the store: merged timeline snapshots, filters, the actor network,
facets and event views.

The service never holds a store connection: each read opens a short-lived read-only connection
and closes it at once (an ingest in another process takes the store between its batches). The
merged timeline is kept in memory as a *snapshot*, keyed by a stamp of the store (article count,
event count, last ``ingested_at``); the store file's size and modification time are checked first,
so an unchanged store costs one ``stat`` per request. A changed store is re-read in the background
while requests keep getting the previous snapshot (marked ``stale``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import threading
import time
from collections import Counter, OrderedDict, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from litopys.plover import MODALITIES, QUADS, legend, quad_of, type_label
from litopys.store import Store, StoreBusyError
from litopys.timeline import Entry, Report, load_reports, merge, select, summarize
from litopys.web.marks import Mark, segment, trigger_mark

BUSY_WAIT = 3.0  # seconds to keep trying a store another process holds
FILTER_CACHE = 64  # filter results kept per snapshot
TEXTS_IN_EVENT = 10  # articles whose text comes with an event view (the rest: /api/articles/{id})


@contextlib.contextmanager
def reader(path: Path, busy_wait: float = BUSY_WAIT) -> Iterator[Store]:
    """A read-only store connection, retried while another process holds the store."""
    deadline = time.monotonic() + busy_wait
    delay = 0.05
    while True:
        try:
            store = Store(path, read_only=True)
            break
        except StoreBusyError:
            left = deadline - time.monotonic()
            if left <= 0:
                raise
            time.sleep(min(delay, left))
            delay = min(delay * 2, 0.4)
    try:
        store.con.execute("SET enable_progress_bar = false")
        yield store
    finally:
        store.close()


def store_stamp(store: Store) -> tuple[Any, ...]:
    row = store.query(
        "SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM events) AS events,"
        " (SELECT CAST(max(ingested_at) AS VARCHAR) FROM articles) AS last"
    )[0]
    return (row["articles"], row["events"], row["last"])


def file_stamp(path: Path) -> tuple[Any, ...]:
    """Size and modification time of the store file and its write-ahead log."""
    out: list[Any] = []
    for p in (path, path.with_name(path.name + ".wal")):
        try:
            st = os.stat(p)
            out += [st.st_size, st.st_mtime_ns]
        except OSError:
            out += [None, None]
    return tuple(out)


def report_id(r: Report) -> str:
    return f"{r.article_id[:16]}-{r.event_id}"


# ---------------------------------------------------------------------------------------------
# Filters


@dataclass(frozen=True, slots=True)
class Filters:
    actors: tuple[str, ...] = ()
    pair: tuple[str, str] | None = None
    types: tuple[str, ...] = ()
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    outlets: tuple[str, ...] = ()
    query: str | None = None

    def is_empty(self) -> bool:
        return not (
            self.actors
            or self.pair
            or self.types
            or self.date_from
            or self.date_to
            or self.outlets
            or self.query
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "actor": list(self.actors),
            "pair": list(self.pair) if self.pair else [],
            "type": list(self.types),
            "from": self.date_from.isoformat() if self.date_from else None,
            "to": self.date_to.isoformat() if self.date_to else None,
            "outlet": list(self.outlets),
            "q": self.query,
        }


def make_filters(
    actors: list[str] | None = None,
    pair: list[str] | None = None,
    types: list[str] | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    outlets: list[str] | None = None,
    query: str | None = None,
) -> Filters:
    """Normalized filters (blank values dropped), so equal requests share a cache slot."""

    def clean(values: list[str] | None) -> tuple[str, ...]:
        return tuple(sorted({v.strip() for v in values or () if v and v.strip()}))

    two = [p.strip() for p in pair or () if p and p.strip()]
    return Filters(
        actors=clean(actors),
        pair=(two[0], two[1]) if len(two) == 2 else None,
        types=tuple(sorted({t.strip().upper() for t in types or () if t and t.strip()})),
        date_from=date_from,
        date_to=date_to,
        outlets=clean(outlets),
        query=query.strip() if query and query.strip() else None,
    )


# ---------------------------------------------------------------------------------------------
# Snapshots


@dataclass(slots=True)
class Selection:
    """The entries that pass some filters, with their aggregates once computed."""

    dated: list[int]  # entry numbers, oldest first
    undated: list[int]
    histogram: dict[str, Any] | None = None
    networks: dict[int, dict[str, Any]] = field(default_factory=dict)


@dataclass
class Snapshot:
    """Every report of the store merged into entries; immutable once built (caches aside)."""

    stamp: tuple[Any, ...]
    reports: list[Report]
    entries: list[Entry]  # dated entries (chronological), then undated ones
    n_dated: int
    built_at: float
    build_seconds: float
    load_seconds: float = 0.0
    prepare_seconds: float = 0.0
    prepared: threading.Event = field(default_factory=threading.Event)
    ids: list[str] = field(default_factory=list)
    by_id: dict[str, int] = field(default_factory=dict)  # any report's id → its entry
    entry_of: dict[int, int] = field(default_factory=dict)  # id(report) → entry
    _summaries: dict[int, str] = field(default_factory=dict)
    _selections: OrderedDict[Filters, Selection] = field(default_factory=OrderedDict)
    _facets: dict[str, Any] | None = None
    _actors: list[tuple[list[tuple[str, str]], list[tuple[str, str]]]] | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @classmethod
    def build(cls, stamp: tuple[Any, ...], reports: list[Report], started: float) -> Snapshot:
        entries = merge(reports)
        dated = [e for e in entries if e.date is not None]
        undated = [e for e in entries if e.date is None]
        snap = cls(
            stamp=stamp,
            reports=reports,
            entries=dated + undated,
            n_dated=len(dated),
            built_at=time.time(),
            build_seconds=0.0,
        )
        for n, entry in enumerate(snap.entries):
            snap.ids.append(report_id(entry.first))
            for r in entry.reports:
                snap.by_id[report_id(r)] = n
                snap.entry_of[id(r)] = n
        snap.build_seconds = time.perf_counter() - started
        return snap

    def prepare(self) -> None:
        """Compute the unfiltered aggregates (run in the background after a build)."""
        started = time.perf_counter()
        try:
            with contextlib.suppress(Exception):
                everything = self.select(Filters())
                self.histogram(everything)
                self.facets()
                self.network(everything)
        finally:
            self.prepare_seconds = time.perf_counter() - started
            self.prepared.set()

    # -- selection ----------------------------------------------------------------------------

    def select(self, filters: Filters) -> Selection:
        with self._lock:
            hit = self._selections.get(filters)
            if hit is not None:
                self._selections.move_to_end(filters)
                return hit
        if filters.is_empty():
            result = Selection(list(range(self.n_dated)), list(range(self.n_dated, len(self.entries))))
            with self._lock:
                self._selections[filters] = result
            return result
        reports: list[Report] = self.reports
        if filters.outlets:
            wanted = {o.casefold() for o in filters.outlets}
            reports = [r for r in reports if r.outlet and r.outlet.casefold() in wanted]
        chosen = select(
            reports,
            actors=filters.actors,
            pair=filters.pair,
            types=filters.types,
            date_from=filters.date_from,
            date_to=filters.date_to,
            query=filters.query,
        )
        numbers = sorted({self.entry_of[id(r)] for r in chosen})
        result = Selection(
            [n for n in numbers if n < self.n_dated], [n for n in numbers if n >= self.n_dated]
        )
        with self._lock:
            self._selections[filters] = result
            while len(self._selections) > FILTER_CACHE:
                self._selections.popitem(last=False)
        return result

    # -- entries ------------------------------------------------------------------------------

    def summary(self, n: int) -> str:
        text = self._summaries.get(n)
        if text is None:
            text = self._summaries[n] = summarize(self.entries[n])
        return text

    def item(self, n: int) -> dict[str, Any]:
        """One entry as the timeline lists it."""
        entry = self.entries[n]
        first = entry.first
        span = entry.span
        lead = _lead(entry)
        articles = {r.article_id for r in entry.reports}
        outlets = entry.outlets
        return {
            "id": self.ids[n],
            "date": entry.date,
            "start": span[0].isoformat() if span else None,
            "end": span[1].isoformat() if span else None,
            "type": lead.type,
            "type_label": type_label(lead.type),
            "quad": quad_of(lead.type),
            "mode": lead.mode,
            "modality": lead.modality,
            "modality_label": MODALITIES.get(lead.modality, lead.modality),
            "summary": self.summary(n),
            "source": [_actor(a) for a in first.source],
            "target": [_actor(a) for a in first.target],
            "location": first.location_name or lead.location_name,
            "evidence": _clip(" ".join(first.evidence.split()), 500),
            "according_to": first.according_to,
            "sources": len(articles),
            "n_reports": len(entry.reports),
            "outlets": outlets[:10],
            "n_outlets": len(outlets),
            "first_report": {
                "article": first.article_id,
                "outlet": first.outlet,
                "published": first.published,
            },
        }

    # -- aggregates ---------------------------------------------------------------------------

    def histogram(self, selection: Selection) -> dict[str, Any]:
        """Dated entries per month (per year over long spans), by quad class."""
        if selection.histogram is None:
            selection.histogram = self._histogram(selection)
        return selection.histogram

    def _histogram(self, selection: Selection) -> dict[str, Any]:
        months: Counter[tuple[str, str | None]] = Counter()
        for n in selection.dated:
            entry = self.entries[n]
            span = entry.span
            if span is None:
                continue
            months[(span[0].strftime("%Y-%m"), quad_of(entry.first.type))] += 1
        totals: Counter[str] = Counter()
        for (month, _), count in months.items():
            totals[month] += count
        keys = sorted(totals)
        # a few entries far from the rest (a war of 2014 recalled, a plan for 2035) would squeeze
        # the chart: over long ranges the outer 1 % on each side go to "before" and "after" bars
        lo, hi = (keys[0], keys[-1]) if keys else ("", "")
        if len(keys) >= 2 and _months_between(keys[0], keys[-1]) > 36:
            tail = sum(totals.values()) * 0.01
            seen = 0
            for key in keys:
                seen += totals[key]
                if seen > tail:
                    lo = key
                    break
            seen = 0
            for key in reversed(keys):
                seen += totals[key]
                if seen > tail:
                    hi = key
                    break
        edges: dict[str, dict[str, Any] | None] = {"before": None, "after": None}
        for side, outside in (
            ("before", [k for k in keys if k < lo]),
            ("after", [k for k in keys if k > hi]),
        ):
            if outside:
                counts = {q: sum(months.get((k, q), 0) for k in outside) for q in QUADS}
                edges[side] = {
                    "counts": counts,
                    "total": sum(counts.values()),
                    "first": outside[0],
                    "last": outside[-1],
                }
        inside = [k for k in keys if lo <= k <= hi]
        unit = "month"
        if len(inside) >= 2 and _months_between(inside[0], inside[-1]) > 72:
            unit = "year"
            years: Counter[tuple[str, str | None]] = Counter()
            for (month, quad), count in months.items():
                if lo <= month <= hi:
                    years[(month[:4], quad)] += count
            months, inside = years, sorted({k for k, _ in years})
        buckets = []
        for key in _fill(inside, unit):
            counts = {q: months.get((key, q), 0) for q in QUADS}
            buckets.append({"key": key, "counts": counts, "total": sum(counts.values())})
        return {"unit": unit, "buckets": buckets, **edges}

    def actors_of(self, n: int) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
        if self._actors is None:
            table = []
            for entry in self.entries:
                first = entry.first
                table.append(
                    (
                        [(_node_id(a), a.name or a.key or "?") for a in first.source],
                        [(_node_id(a), a.name or a.key or "?") for a in first.target],
                    )
                )
            self._actors = table
        return self._actors[n]

    def network(self, selection: Selection, limit: int = 40) -> dict[str, Any]:
        """Who acts on whom: nodes weighted by events, edges by event count and type."""
        if limit not in selection.networks:
            selection.networks[limit] = self._network(selection, limit)
        return selection.networks[limit]

    def _network(self, selection: Selection, limit: int) -> dict[str, Any]:
        names: dict[str, Counter[str]] = defaultdict(Counter)
        weight: Counter[str] = Counter()
        edges: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
        for n in selection.dated + selection.undated:
            sources, targets = self.actors_of(n)
            kind = self.entries[n].first.type
            involved = {node for node, _ in sources + targets}
            for node, name in sources + targets:
                names[node][name] += 1
            for node in involved:
                weight[node] += 1
            for s, _ in sources:
                for t, _ in targets:
                    if s != t:
                        edges[(s, t)][kind] += 1
        top = [node for node, _ in weight.most_common(limit)]
        keep = set(top)
        nodes = [
            {
                "id": node,
                "name": names[node].most_common(1)[0][0],
                "events": weight[node],
                "filter": node.removeprefix("name:"),
            }
            for node in top
        ]
        links: list[dict[str, Any]] = []
        for (s, t), kinds in edges.items():
            if s in keep and t in keep:
                main = kinds.most_common(1)[0][0]
                links.append(
                    {
                        "source": s,
                        "target": t,
                        "count": sum(kinds.values()),
                        "type": main,
                        "quad": quad_of(main),
                        "types": dict(kinds.most_common()),
                    }
                )
        links.sort(key=lambda e: (-e["count"], e["source"], e["target"]))
        return {"nodes": nodes, "edges": links[: limit * 4], "actors_total": len(weight)}

    def facets(self) -> dict[str, Any]:
        if self._facets is not None:
            return self._facets
        outlets: Counter[str] = Counter()
        seen: set[str] = set()
        for r in self.reports:
            if r.article_id not in seen:
                seen.add(r.article_id)
                if r.outlet:
                    outlets[r.outlet] += 1
        types: Counter[str] = Counter(e.first.type for e in self.entries)
        actors: Counter[str] = Counter()
        labels: dict[str, Counter[str]] = defaultdict(Counter)
        for n in range(len(self.entries)):
            sources, targets = self.actors_of(n)
            for node, name in {*sources, *targets}:
                actors[node] += 1
                labels[node][name] += 1
        dated = self.entries[: self.n_dated]
        spans = [e.span for e in dated if e.span]
        info = legend()
        for t in info["types"]:
            t["entries"] = types.get(t["id"], 0)
        self._facets = {
            **info,
            "outlets": [{"name": name, "articles": count} for name, count in outlets.most_common()],
            "actors": [
                {
                    "name": labels[node].most_common(1)[0][0],
                    "filter": node.removeprefix("name:"),
                    "entries": count,
                }
                for node, count in actors.most_common(500)
            ],
            "dates": {
                "first": min(s[0] for s in spans).isoformat() if spans else None,
                "last": max(s[1] for s in spans).isoformat() if spans else None,
            },
        }
        return self._facets


def _lead(entry: Entry) -> Report:
    # the most specific report (the one whose date the entry shows)
    date = entry.date
    return next((r for r in entry.reports if r.date == date), entry.first)


def _actor(a: Any) -> dict[str, Any]:
    return {"name": a.name, "key": a.key, "country": a.country}


def _node_id(a: Any) -> str:
    return a.key or f"name:{a.name or '?'}"


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _months_between(first: str, last: str) -> int:
    return (int(last[:4]) - int(first[:4])) * 12 + int(last[5:7]) - int(first[5:7])


def _fill(keys: list[str], unit: str) -> list[str]:
    """Every month (year) from the first key to the last, empty ones included (capped)."""
    if not keys:
        return []
    out: list[str] = []
    if unit == "year":
        return [str(y) for y in range(int(keys[0]), int(keys[-1]) + 1)]
    year, month = int(keys[0][:4]), int(keys[0][5:])
    last = (int(keys[-1][:4]), int(keys[-1][5:]))
    while (year, month) <= last and len(out) < 1000:
        out.append(f"{year:04d}-{month:02d}")
        month += 1
        if month > 12:
            year, month = year + 1, 1
    return out


# ---------------------------------------------------------------------------------------------
# The cache


class Timeline:
    """The current snapshot of one store, rebuilt when the store changes."""

    def __init__(self, path: Path, busy_wait: float = BUSY_WAIT, check_every: float = 1.0) -> None:
        self.path = path
        self.busy_wait = busy_wait
        self.check_every = check_every
        self._snapshot: Snapshot | None = None
        self._files: tuple[Any, ...] | None = None
        self._checked = 0.0
        self._build_lock = threading.Lock()
        self._state_lock = threading.Lock()
        self._refreshing = False
        self.last_error: str | None = None

    def _build(self) -> Snapshot:
        started = time.perf_counter()
        files = file_stamp(self.path)
        with reader(self.path, self.busy_wait) as store:
            stamp = store_stamp(store)
            reports = load_reports(store)
        loaded = time.perf_counter() - started
        snap = Snapshot.build(stamp, reports, started)
        snap.load_seconds = loaded
        self._snapshot, self._files = snap, files
        self._checked = time.monotonic()
        self.last_error = None
        # what the page asks for next (facets, the unfiltered histogram and network): ready ahead
        threading.Thread(target=snap.prepare, name="litopys-prepare", daemon=True).start()
        return snap

    def _changed(self, snap: Snapshot) -> bool:
        """Whether the store differs from ``snap`` (a stat, and a quick query when it moved)."""
        files = file_stamp(self.path)
        if files == self._files:
            return False
        with reader(self.path, busy_wait=0.0) as store:
            stamp = store_stamp(store)
        if stamp == snap.stamp:
            self._files = files
            return False
        return True

    def _refresh_in_background(self) -> None:
        def work() -> None:
            try:
                with self._build_lock:
                    self._build()
            except Exception as exc:  # kept for /api/status; the old snapshot stays in use
                self.last_error = f"{type(exc).__name__}: {exc}"
            finally:
                self._refreshing = False

        with self._state_lock:
            if self._refreshing:
                return
            self._refreshing = True
        threading.Thread(target=work, name="litopys-refresh", daemon=True).start()

    def get(self) -> tuple[Snapshot, bool]:
        """The snapshot to answer from, and whether it is stale (a newer one is being built)."""
        snap = self._snapshot
        if snap is None:
            with self._build_lock:
                snap = self._snapshot
                if snap is None:
                    snap = self._build()
            return snap, False
        if self._refreshing:
            return snap, True
        now = time.monotonic()
        if now - self._checked < self.check_every:
            return snap, False
        self._checked = now
        try:
            changed = self._changed(snap)
        except StoreBusyError:
            # an ingest is writing: answer from what we have, look again on a later request
            return snap, True
        if changed:
            self._refresh_in_background()
            return snap, True
        return snap, False

    def warm(self) -> None:
        """Build the first snapshot in the background (``litopys serve`` does this at start-up)."""

        def work() -> None:
            try:
                self.get()
            except Exception as exc:
                self.last_error = f"{type(exc).__name__}: {exc}"

        threading.Thread(target=work, name="litopys-warm", daemon=True).start()

    @property
    def snapshot(self) -> Snapshot | None:
        return self._snapshot

    @property
    def refreshing(self) -> bool:
        return self._refreshing


# ---------------------------------------------------------------------------------------------
# Event and article views (read from the store per request)


def article_views(
    path: Path, wanted: dict[str, list[str]], busy_wait: float = BUSY_WAIT
) -> dict[str, dict[str, Any]]:
    """Text segments of articles (id → event ids to mark as evidence), with entities, dates and
    quotes marked."""
    if not wanted:
        return {}
    ids = list(wanted)
    holes = ", ".join("?" * len(ids))
    with reader(path, busy_wait) as store:
        articles = store.query(
            "SELECT id, url, outlet, CAST(published AS VARCHAR) AS published, title, text"
            f" FROM articles WHERE id IN ({holes})",
            ids,
        )
        mentions = store.query(
            'SELECT m.article_id, m.entity_id, m.start, m."end", e.type, e.name, e.key'
            " FROM mentions m LEFT JOIN entities e USING (article_id, entity_id)"
            f" WHERE m.article_id IN ({holes})",
            ids,
        )
        timexes = store.query(
            'SELECT article_id, start, "end", type, value, mod, warning FROM timexes'
            f" WHERE article_id IN ({holes})",
            ids,
        )
        quotes = store.query(
            'SELECT q.article_id, q.start, q."end", q.kind, q.cue, e.name AS speaker FROM quotes q'
            " LEFT JOIN entities e ON e.article_id = q.article_id AND e.entity_id = q.speaker"
            f" WHERE q.article_id IN ({holes})",
            ids,
        )
        events = store.query(
            'SELECT article_id, event_id, type, start, "end", trigger FROM events'
            f" WHERE article_id IN ({holes})",
            ids,
        )
    marks: dict[str, list[Mark]] = defaultdict(list)
    texts = {a["id"]: a["text"] or "" for a in articles}
    for m in mentions:
        info = {"entity": m["entity_id"], "type": m["type"], "name": m["name"], "key": m["key"]}
        marks[m["article_id"]].append(Mark(m["start"], m["end"], "entity", info))
    for t in timexes:
        info = {"type": t["type"], "value": t["value"], "mod": t["mod"], "warning": t["warning"]}
        marks[t["article_id"]].append(Mark(t["start"], t["end"], "timex", info))
    for q in quotes:
        info = {"quote_kind": q["kind"], "speaker": q["speaker"], "cue": q["cue"]}
        marks[q["article_id"]].append(Mark(q["start"], q["end"], "quote", info))
    for e in events:
        if e["event_id"] not in wanted.get(e["article_id"], ()):
            continue
        info = {"event": e["event_id"], "type": e["type"], "quad": quad_of(e["type"])}
        marks[e["article_id"]].append(Mark(e["start"], e["end"], "evidence", info))
        trigger = trigger_mark(
            texts.get(e["article_id"], ""), e["start"], e["end"], e["trigger"], e["event_id"]
        )
        if trigger:
            marks[e["article_id"]].append(trigger)
    out = {}
    for a in articles:
        out[a["id"]] = {
            "article": a["id"],
            "url": a["url"],
            "outlet": a["outlet"],
            "published": a["published"],
            "title": a["title"],
            "headline": a["title"] or _headline(a["text"] or ""),
            "text": segment(a["text"] or "", marks.get(a["id"], [])),
        }
    return out


def _headline(text: str) -> str:
    line = text.strip().split("\n", 1)[0]
    return _clip(line, 160)


def event_view(snap: Snapshot, n: int, path: Path, busy_wait: float = BUSY_WAIT) -> dict[str, Any]:
    """One merged event: its summary, every article behind it, and the first articles' texts."""
    entry = snap.entries[n]
    record = entry.to_dict()
    by_article: dict[str, list[str]] = defaultdict(list)
    for r in entry.reports:
        by_article[r.article_id].append(r.event_id)
    articles = record["articles"]
    with_text = {a["article"]: by_article[a["article"]] for a in articles[:TEXTS_IN_EVENT]}
    views = article_views(path, with_text, busy_wait)
    for a in articles:
        a["events"] = by_article[a["article"]]
        view = views.get(a["article"])
        a["headline"] = view["headline"] if view else a["title"]
        a["text"] = view["text"] if view else None
    item = snap.item(n)
    reports = [
        {
            "id": report_id(r),
            "article": r.article_id,
            "event": r.event_id,
            "date": r.date,
            "modality": r.modality,
            "outlet": r.outlet,
            "published": r.published,
            "evidence": r.evidence,
        }
        for r in sorted(entry.reports, key=lambda r: (r.published or "9999", r.article_id, r.event_id))
    ]
    return {
        **item,
        "evidence": record["evidence"],
        "via": record["via"],
        "citing": record["citing"],
        "articles": articles,
        "reports": reports,
        "n_reports": len(reports),
    }
