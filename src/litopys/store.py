"""The DuckDB store behind ``litopys ingest``, ``timeline`` and ``export`` (docs/STORE.md).

One file holds every analyzed article and its layers. Rows are keyed by the article id (sha256 of
the normalized text), so ingesting the same text again adds nothing; each row records the pipeline
version that produced it. Every article is written in one transaction: a process killed half-way
leaves the whole article or nothing of it.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import os
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from litopys.errors import InputError, LitopysError
from litopys.model import Actor, Analysis, Entity

DEFAULT_DB = "litopys.duckdb"
STORE_SCHEMA = "litopys-store/1"
EXIT_BUSY = 75  # sysexits EX_TEMPFAIL: another process holds the store; try again later

TABLES = (
    "articles",
    "entities",
    "mentions",
    "timexes",
    "quotes",
    "attributions",
    "events",
    "event_sources",
    "rejects",
)

DDL = """
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY, url VARCHAR, outlet VARCHAR, published DATE, title VARCHAR,
    text VARCHAR, origin VARCHAR, pipeline VARCHAR, ingested_at TIMESTAMP,
    n_entities INTEGER, n_events INTEGER
);
CREATE TABLE IF NOT EXISTS entities (
    article_id VARCHAR, entity_id VARCHAR, type VARCHAR, name VARCHAR, country VARCHAR,
    code VARCHAR, key VARCHAR, pipeline VARCHAR, PRIMARY KEY (article_id, entity_id)
);
CREATE TABLE IF NOT EXISTS mentions (
    article_id VARCHAR, entity_id VARCHAR, start INTEGER, "end" INTEGER, text VARCHAR, pipeline VARCHAR
);
CREATE TABLE IF NOT EXISTS timexes (
    article_id VARCHAR, n INTEGER, start INTEGER, "end" INTEGER, text VARCHAR, type VARCHAR,
    value VARCHAR, mod VARCHAR, warning VARCHAR, pipeline VARCHAR
);
CREATE TABLE IF NOT EXISTS quotes (
    article_id VARCHAR, n INTEGER, start INTEGER, "end" INTEGER, text VARCHAR, kind VARCHAR,
    speaker VARCHAR, cue VARCHAR, pipeline VARCHAR
);
CREATE TABLE IF NOT EXISTS attributions (
    article_id VARCHAR, n INTEGER, start INTEGER, "end" INTEGER, source VARCHAR, via VARCHAR,
    citing VARCHAR, cue VARCHAR, pipeline VARCHAR
);
CREATE TABLE IF NOT EXISTS events (
    article_id VARCHAR, event_id VARCHAR, type VARCHAR, mode VARCHAR, modality VARCHAR,
    date VARCHAR, date_start DATE, date_end DATE,
    source_key VARCHAR, source_name VARCHAR, source_country VARCHAR, source_code VARCHAR,
    target_key VARCHAR, target_name VARCHAR, target_country VARCHAR, target_code VARCHAR,
    actors VARCHAR, location_key VARCHAR, location_name VARCHAR, location_country VARCHAR,
    evidence VARCHAR, trigger VARCHAR, start INTEGER, "end" INTEGER, pipeline VARCHAR,
    PRIMARY KEY (article_id, event_id)
);
CREATE TABLE IF NOT EXISTS event_sources (
    article_id VARCHAR, event_id VARCHAR, according_to_key VARCHAR, according_to_name VARCHAR,
    via_name VARCHAR, citing VARCHAR, cue VARCHAR, pipeline VARCHAR
);
CREATE TABLE IF NOT EXISTS rejects (
    origin VARCHAR, reason VARCHAR, rejected_at TIMESTAMP, PRIMARY KEY (origin, reason)
);
"""


class StoreBusyError(LitopysError):
    """Another process has the store open (DuckDB allows one writer process at a time)."""

    exit_code = EXIT_BUSY


# ---------------------------------------------------------------------------------------------
# Dates: a TIMEX3 calendar value as an interval of days


_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


def date_span(value: str | None) -> tuple[dt.date, dt.date] | None:
    """First and last day covered by a TIMEX3 calendar value, or None when it names no span.

    ``2023-09-12`` → that day; ``2023-09`` → the month; ``2023`` → the year; ``2023-W37``, ``2023-Q3``,
    ``2023-SU`` (season), decades ``202X``; ``A/B`` ranges; a time part (``T…``) is ignored.
    """
    if not value:
        return None
    if "/" in value:
        left, right = value.split("/", 1)
        a, b = date_span(left), date_span(right)
        if a and b and a[0] <= b[1]:
            return a[0], b[1]
        return None
    value = value.split("T", 1)[0]
    try:
        if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value):
            day = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return day, day
        if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
            year, month = int(m[1]), int(m[2])
            return dt.date(year, month, 1), _last_day(year, month)
        if m := re.fullmatch(r"(\d{4})", value):
            year = int(m[1])
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        if m := re.fullmatch(r"(\d{4})-W(\d{2})(?:-WE)?", value):
            monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return monday, monday + dt.timedelta(days=6)
        if m := re.fullmatch(r"(\d{4})-Q([1-4])", value):
            year, q = int(m[1]), int(m[2])
            return dt.date(year, 3 * q - 2, 1), _last_day(year, 3 * q)
        if m := re.fullmatch(r"(\d{4})-H([12])", value):
            year, h = int(m[1]), int(m[2])
            return dt.date(year, 6 * h - 5, 1), _last_day(year, 6 * h)
        if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value):
            year = int(m[1])
            first, last = _SEASONS[m[2]]
            end_year, end_month = (year + 1, last - 12) if last > 12 else (year, last)
            return dt.date(year, first, 1), _last_day(end_year, end_month)
        if m := re.fullmatch(r"(\d{3})X", value):
            decade = int(m[1]) * 10
            return dt.date(decade, 1, 1), dt.date(decade + 9, 12, 31)
    except ValueError:
        return None
    return None


def _last_day(year: int, month: int) -> dt.date:
    if month == 12:
        return dt.date(year, 12, 31)
    return dt.date(year, month + 1, 1) - dt.timedelta(days=1)


# ---------------------------------------------------------------------------------------------
# Country names for actors given only as a country (adjectives such as *французький*)


@functools.cache
def country_names() -> dict[str, str]:
    """ISO alpha-3 → the gazetteer's canonical nominative short name (``RUS`` → ``Росія``)."""
    from litopys.lang.uk.resources import table

    names: dict[str, str] = {}
    for row in table("gazetteer.tsv"):
        if row.get("kind") == "country" and row.get("country") and row["form"] == row["name"]:
            names.setdefault(row["country"], row["name"])
    for row in table("gazetteer.tsv"):
        if row.get("kind") == "country" and row.get("country"):
            names.setdefault(row["country"], row["name"])
    return names


@functools.cache
def country_keys() -> frozenset[str]:
    """Entity keys that stand for a whole country (``LOC:росія``)."""
    return frozenset(f"LOC:{name.lower()}" for name in country_names().values())


def actor_record(actor: Actor, entities: dict[str, Entity], role: str) -> dict[str, Any]:
    entity = entities.get(actor.entity) if actor.entity else None
    name = entity.name if entity else None
    if name is None and actor.country:
        name = country_names().get(actor.country)
    if name is None:
        name = actor.text
    return {
        "role": role,
        "entity": actor.entity,
        "key": entity.key if entity else (f"LOC:{name.lower()}" if actor.country and name else None),
        "name": name,
        "type": entity.type if entity else ("LOC" if actor.country else None),
        "country": actor.country,
        "code": actor.code,
        "text": actor.text,
    }


# ---------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Counts:
    articles: int
    events: int
    rejects: int


def _connect(path: Path, read_only: bool, wait: float) -> duckdb.DuckDBPyConnection:
    config: dict[str, str | bool | int | float | list[str]] = {
        "autoinstall_known_extensions": False,
        "autoload_known_extensions": False,
    }
    deadline = time.monotonic() + wait
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only, config=config)
        except duckdb.Error as exc:
            message = str(exc)
            if "lock" not in message.lower():
                raise InputError(f"cannot open store {path}: {message.splitlines()[0]}") from exc
            if time.monotonic() >= deadline:
                pid = re.search(r"PID (\d+)", message)
                holder = f" by process {pid.group(1)}" if pid else ""
                raise StoreBusyError(
                    f"store is busy: {path} is in use{holder}; try again when it finishes"
                ) from exc
            time.sleep(_RETRY_PAUSE)


_RETRY_PAUSE = 0.02  # seconds between attempts to open a store another process holds


class Store:
    """A connection to one store file; use as a context manager."""

    def __init__(self, path: str | Path = DEFAULT_DB, *, read_only: bool = False, wait: float = 0.0) -> None:
        """Open the store; while another process holds it, retry for up to ``wait`` seconds before
        raising :class:`StoreBusyError` (a writer holds it for short bursts, see StoreWriter)."""
        self.path = Path(path)
        if read_only and not self.path.exists():
            raise InputError(f"no store at {self.path}: run 'litopys ingest' first")
        self.con = _connect(self.path, read_only, wait)
        if not read_only:
            self.con.execute(DDL)
            self.con.execute("INSERT OR IGNORE INTO meta VALUES ('schema', ?)", [STORE_SCHEMA])
        else:
            present = {
                r[0] for r in self.con.execute("SELECT table_name FROM information_schema.tables").fetchall()
            }
            if "articles" not in present:
                self.con.close()
                raise InputError(f"{self.path} is not a litopys store")

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading -----------------------------------------------------------------------------

    def versions(self) -> dict[str, str]:
        """Article id → pipeline version of its rows."""
        return dict(self.con.execute("SELECT id, pipeline FROM articles").fetchall())

    def counts(self) -> dict[str, int]:
        return {t: int(self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in TABLES}  # type: ignore[index]

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cursor = self.con.execute(sql, list(params))
        columns = [d[0] for d in cursor.description]
        return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]

    # -- writing -----------------------------------------------------------------------------

    def reject(self, origin: str, reason: str) -> None:
        self.con.execute(
            "INSERT OR IGNORE INTO rejects VALUES (?, ?, ?)", [origin, reason, dt.datetime.now()]
        )

    def write(self, analysis: Analysis, origin: str = "", *, replace: bool = False) -> None:
        """Write one analyzed article and all its layers in a single transaction."""
        rows = article_rows(analysis, origin)
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            if replace:
                for table in TABLES[1:-1]:
                    con.execute(f"DELETE FROM {table} WHERE article_id = ?", [analysis.article.id])
                con.execute("DELETE FROM articles WHERE id = ?", [analysis.article.id])
            for table, values in rows.items():
                _insert(con, table, values)
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise

    def export(self, out: Path, fmt: str, table: str = "events") -> int:
        """Write a table (``events`` joined with its article's metadata by default) with COPY."""
        formats = {
            "parquet": "(FORMAT parquet)",
            "csv": "(FORMAT csv, HEADER)",
            "jsonl": "(FORMAT json)",
            "plover": "(FORMAT json)",
        }
        if fmt not in formats:
            raise InputError(f"unknown export format {fmt!r}: use parquet, csv, jsonl or plover")
        if fmt == "plover":
            if table != "events":
                raise InputError("--format plover exports events only")
            source = PLOVER_EVENTS.format(quad=_quad_case())
        elif table == "events":
            source = (
                "SELECT a.published, a.outlet, a.url, a.title, e.*, s.according_to_name, s.via_name,"
                " s.citing FROM events e JOIN articles a ON a.id = e.article_id"
                " LEFT JOIN event_sources s USING (article_id, event_id)"
                " ORDER BY e.date_start NULLS LAST, a.published, e.article_id, e.event_id"
            )
        elif table in TABLES:
            source = f"SELECT * FROM {table}"
        else:
            raise InputError(f"unknown table {table!r}: use one of {', '.join(TABLES)}")
        count = int(self.con.execute(f"SELECT count(*) FROM ({source})").fetchone()[0])  # type: ignore[index]
        # Written beside the target and renamed over it: a killed export leaves the old file (or
        # none), never a truncated one.
        partial = out.with_name(f".{out.name}.partial-{os.getpid()}")
        _remove_stale_partials(out)
        target = str(partial).replace("'", "''")
        try:
            self.con.execute(f"COPY ({source}) TO '{target}' {formats[fmt]}")
            os.replace(partial, out)
        finally:
            partial.unlink(missing_ok=True)
        return count


def _insert(con: duckdb.DuckDBPyConnection, table: str, rows: list[tuple[Any, ...]]) -> None:
    """Many rows in few statements (one multi-row VALUES per chunk)."""
    if not rows:
        return
    width = len(rows[0])
    placeholder = "(" + ", ".join("?" * width) + ")"
    for start in range(0, len(rows), 400):
        chunk = rows[start : start + 400]
        sql = f"INSERT INTO {table} VALUES " + ", ".join([placeholder] * len(chunk))
        con.execute(sql, [value for row in chunk for value in row])


def article_rows(analysis: Analysis, origin: str = "") -> dict[str, list[tuple[Any, ...]]]:
    """The store rows of one analysis, table by table (articles first)."""
    art = analysis.article
    aid = art.id
    version = analysis.pipeline
    text = analysis.text
    entities = {e.id: e for e in analysis.entities}
    rows: dict[str, list[tuple[Any, ...]]] = {t: [] for t in TABLES[:-1]}
    rows["articles"].append(
        (
            aid,
            art.url,
            art.outlet,
            art.published,
            art.title,
            text,
            origin,
            version,
            dt.datetime.now(),
            len(analysis.entities),
            len(analysis.events),
        )
    )
    for e in analysis.entities:
        rows["entities"].append((aid, e.id, e.type, e.name, e.country, e.code, e.key, version))
        for m in e.mentions:
            rows["mentions"].append((aid, e.id, m.start, m.end, m.text, version))
    for n, t in enumerate(analysis.timexes, 1):
        rows["timexes"].append((aid, n, t.start, t.end, t.text, t.type, t.value, t.mod, t.warning, version))
    for n, q in enumerate(analysis.quotes, 1):
        rows["quotes"].append((aid, n, q.start, q.end, q.text, q.kind, q.speaker, q.cue, version))
    for n, a in enumerate(analysis.attributions, 1):
        rows["attributions"].append((aid, n, a.start, a.end, a.source, a.via, a.citing, a.cue, version))
    for ev in analysis.events:
        actors = [actor_record(a, entities, "source") for a in ev.source]
        actors += [actor_record(a, entities, "target") for a in ev.target]
        src = next((a for a in actors if a["role"] == "source"), None)
        tgt = next((a for a in actors if a["role"] == "target"), None)
        loc = entities.get(ev.location) if ev.location else None
        span = date_span(ev.date)
        rows["events"].append(
            (
                aid,
                ev.id,
                ev.type,
                ev.mode,
                ev.modality,
                ev.date,
                span[0] if span else None,
                span[1] if span else None,
                *_actor_columns(src),
                *_actor_columns(tgt),
                json.dumps(actors, ensure_ascii=False),
                loc.key if loc else None,
                loc.name if loc else None,
                loc.country if loc else None,
                text[ev.start : ev.end],
                ev.trigger,
                ev.start,
                ev.end,
                version,
            )
        )
        according = entities.get(ev.according_to) if ev.according_to else None
        attribution = _attribution_of(analysis, ev.start, ev.end, ev.according_to)
        via = entities.get(attribution.via) if attribution and attribution.via else None
        rows["event_sources"].append(
            (
                aid,
                ev.id,
                according.key if according else None,
                according.name if according else None,
                via.name if via else None,
                attribution.citing if attribution else None,
                attribution.cue if attribution else None,
                version,
            )
        )
    return rows


def _actor_columns(actor: dict[str, Any] | None) -> tuple[Any, ...]:
    if actor is None:
        return (None, None, None, None)
    return (actor["key"], actor["name"], actor["country"], actor["code"])


def _attribution_of(analysis: Analysis, start: int, end: int, source: str | None) -> Any:
    """The attribution covering the evidence sentence, else the article-level one of that source."""
    covering = [a for a in analysis.attributions if a.start <= start < a.end or start <= a.start < end]
    if covering:
        return covering[0]
    return next((a for a in analysis.attributions if source and a.source == source), None)


# One PLOVER/POLECAT-style record per event report, with its article as the story and its
# attribution kept (the part event datasets drop).
PLOVER_EVENTS = """
SELECT e.article_id || '-' || e.event_id AS event_id,
    CASE WHEN e.date_start = e.date_end THEN e.date_start END AS event_date,
    e.date AS event_date_value, e.date_start AS event_date_earliest, e.date_end AS event_date_latest,
    e.type AS event_type, coalesce(e.mode, '') AS event_mode, {quad} AS quad_class,
    e.modality, e.evidence AS event_text, e.trigger,
    e.source_name AS actor, e.source_country AS actor_country, e.source_code AS actor_code,
    e.source_key AS actor_key,
    e.target_name AS recipient, e.target_country AS recipient_country, e.target_code AS recipient_code,
    e.target_key AS recipient_key,
    e.location_name AS placename, e.location_country AS location_country,
    s.according_to_name AS according_to, s.via_name AS via, s.citing,
    a.id AS story_id, a.published AS story_date, a.outlet AS publisher, a.url, a.title,
    'uk' AS language, e.pipeline AS version
FROM events e JOIN articles a ON a.id = e.article_id
LEFT JOIN event_sources s USING (article_id, event_id)
ORDER BY e.date_start NULLS LAST, a.published, e.article_id, e.event_id
"""


def _quad_case() -> str:
    from litopys.plover import TYPES

    arms = " ".join(f"WHEN '{name}' THEN '{quad}'" for name, (quad, _, _) in TYPES.items())
    return f"CASE e.type {arms} END"


def _remove_stale_partials(out: Path) -> None:
    """Remove what earlier, killed exports to the same file left behind."""
    for stale in out.parent.glob(f".{out.name}.partial-*"):
        pid = stale.name.rsplit("-", 1)[-1]
        if pid.isdigit() and not _alive(int(pid)):
            stale.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


# ---------------------------------------------------------------------------------------------
# Writing while others read


class IngestLock:
    """One ingest per store at a time: an advisory lock on ``<store>.lock``, held for the whole job.

    DuckDB's own file lock cannot say this, because :class:`StoreWriter` lets go of the database
    between bursts so that readers can open it. The operating system drops the lock when the
    process ends, however it ends, so a killed ingest never leaves the store locked."""

    def __init__(self, db: str | Path) -> None:
        self.db = Path(db)
        self.path = Path(f"{db}.lock")
        self._file: Any = None

    def __enter__(self) -> IngestLock:
        import fcntl

        handle = open(self.path, "a+", encoding="ascii")  # held until __exit__
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.seek(0)
            pid = handle.read().strip()
            handle.close()
            holder = f" (process {pid})" if pid.isdigit() else ""
            raise StoreBusyError(
                f"store is busy: another ingest{holder} is writing to {self.db}; try again when it finishes"
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._file = handle
        return self

    def __exit__(self, *exc: object) -> None:
        import fcntl

        if self._file is not None:
            fcntl.flock(self._file, fcntl.LOCK_UN)
            self._file.close()
            self._file = None


class StoreWriter:
    """Writes to a store in short bursts, so readers (timeline, export, the web service) can open
    it between them: DuckDB lets one process write, and nobody else read, while a file is open
    for writing.

    Articles and rejects are buffered and written when ``batch`` of them are waiting or
    ``interval`` seconds have passed since the last burst; each burst opens the file, writes every
    article in its own transaction and closes it. A process killed with a full buffer loses only
    work a rerun redoes: nothing it had not committed was ever in the store."""

    def __init__(
        self, path: str | Path = DEFAULT_DB, *, batch: int = 64, interval: float = 1.0, wait: float = 60.0
    ) -> None:
        self.path = Path(path)
        self.batch = batch
        self.interval = interval
        self.wait = wait
        self._pending: list[tuple[Any, ...]] = []
        self._last = time.monotonic()
        with self._open():  # creates the schema, and fails early on a file that is not a store
            pass

    def _open(self) -> Store:
        return Store(self.path, wait=self.wait)

    def versions(self) -> dict[str, str]:
        self.flush()
        with self._open() as store:
            return store.versions()

    def counts(self) -> dict[str, int]:
        self.flush()
        with self._open() as store:
            return store.counts()

    def reject(self, origin: str, reason: str) -> None:
        self._pending.append(("reject", origin, reason))
        self._maybe_flush()

    def write(self, analysis: Analysis, origin: str = "", *, replace: bool = False) -> None:
        self._pending.append(("write", analysis, origin, replace))
        self._maybe_flush()

    def _maybe_flush(self) -> None:
        if len(self._pending) >= self.batch or time.monotonic() - self._last >= self.interval:
            self.flush()

    def flush(self) -> None:
        if self._pending:
            with self._open() as store:
                for op in self._pending:
                    if op[0] == "reject":
                        store.reject(op[1], op[2])
                    else:
                        store.write(op[1], op[2], replace=op[3])
            self._pending.clear()
        self._last = time.monotonic()

    def close(self) -> None:
        self.flush()

    def __enter__(self) -> StoreWriter:
        return self

    def __exit__(self, exc_type: object, *exc: object) -> None:
        # Finished analyses are worth keeping even when the job stops on an error or Ctrl-C; a
        # failure to write them must not hide the error that stopped the job.
        try:
            self.flush()
        except Exception:
            if exc_type is None:
                raise
