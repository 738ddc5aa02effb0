"""Reliability of the store under hostile input, kills and concurrent use (issue #9).

- hostile inputs: every unusable file or line is recorded in ``rejects`` with its reason and the
  rest of the job goes on;
- readers (``litopys timeline``, a read-only connection) keep working while an ingest writes, and a
  second ingest is told the store is busy;
- kill trials: ``litopys ingest`` and ``litopys export`` killed with SIGKILL at random moments
  (fixed seed); after each kill the store is consistent, and a rerun ends with exactly what an
  uninterrupted run gives: nothing lost, nothing doubled. The trial log is written to
  ``build/reliability/kill-trials-{ingest,export}.json`` (docs/RELIABILITY.md quotes it).
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest

from litopys.store import EXIT_BUSY, TABLES, Store
from tests.test_store import EXAMPLES, ROOT, cli, copy_examples, gold_published

TRIALS_PER_COMMAND = 10
SEED = 20261125
LOG = ROOT / "build" / "reliability" / "kill-trials-COMMAND.json"
ARTICLES = 40
# Columns that record when a row was written: they differ between two runs by design.
CLOCK_COLUMNS = frozenset({"ingested_at", "rejected_at"})


def start(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "litopys.cli", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        start_new_session=True,  # the kill reaches the worker processes too
    )


def kill_after(proc: subprocess.Popen[str], seconds: float) -> bool:
    """SIGKILL the command and its workers after ``seconds``; True if it was still running."""
    try:
        proc.wait(timeout=seconds)
        return False
    except subprocess.TimeoutExpired:
        pass
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=30)
    return True


def fingerprint(db: Path) -> dict[str, tuple[int, int]]:
    """Per table: row count and an order-independent sum of row hashes, clock columns left out."""
    out: dict[str, tuple[int, int]] = {}
    with Store(db, read_only=True) as store:
        for table in TABLES:
            columns = [
                r["column_name"]
                for r in store.query(
                    "SELECT column_name FROM information_schema.columns WHERE table_name = ?"
                    " ORDER BY ordinal_position",
                    [table],
                )
                if r["column_name"] not in CLOCK_COLUMNS
            ]
            listed = ", ".join(f'"{c}"' for c in columns)
            count, digest = store.con.execute(
                f"SELECT count(*), coalesce(sum(hash({listed})::HUGEINT), 0) FROM {table}"
            ).fetchall()[0]
            out[table] = (int(count), int(digest))
    return out


def assert_consistent(db: Path) -> int:
    """Every stored article is whole (its entity and event counts match its rows) and no row
    belongs to an article that is not there. Returns the number of articles."""
    with Store(db, read_only=True) as store:
        whole = store.query(
            "SELECT count(*) AS n FROM articles a WHERE n_events !="
            " (SELECT count(*) FROM events e WHERE e.article_id = a.id) OR n_entities !="
            " (SELECT count(*) FROM entities e WHERE e.article_id = a.id)"
        )[0]["n"]
        assert whole == 0
        for table in TABLES[1:-1]:
            orphans = store.query(
                f"SELECT count(*) AS n FROM {table} WHERE article_id NOT IN (SELECT id FROM articles)"
            )[0]["n"]
            assert orphans == 0, table
        return int(store.counts()["articles"])


def hostile_folder(folder: Path) -> dict[str, str]:
    """A folder of good and bad inputs; returns file name → expected words of the reject reason."""
    copy_examples(folder)
    article = EXAMPLES[0].read_text(encoding="utf-8")
    (folder / "legacy-cp1251.txt").write_bytes(article.encode("cp1251", errors="replace"))
    lines = [
        json.dumps({"text": article.replace("України", "Україні") + " Оновлено.", "published": "2025-01-02"}),
        '{"text": "незакритий рядок',
        "[1, 2, 3]",
        json.dumps({"title": "без тексту"}),
        json.dumps({"text": "Зустріч відбулася.", "published": "позавчора"}),
    ]
    (folder / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "empty.rss").write_text('<?xml version="1.0"?><rss version="2.0"><channel/></rss>')
    (folder / "broken.html").write_text("<html><head><title>x</title><body><div><script>var a=", "utf-8")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "noise.txt").write_bytes(bytes(range(128, 256)) * 40)
    (folder / "dangling.txt").symlink_to(folder / "nowhere.txt")
    (folder / "folder.txt").mkdir()
    return {
        "feed.jsonl:2": "malformed JSON",
        "feed.jsonl:3": "not a JSON object",
        "feed.jsonl:4": "no 'text'",
        "feed.jsonl:5": "date",
        "empty.rss": "feed",
        "broken.html": "no main text",
        "binary.txt": "binary",
        "noise.txt": "encoding",
        "dangling.txt": "cannot read",
    }


def test_hostile_inputs_are_rejected_with_reasons_and_the_rest_goes_on(tmp_path: Path) -> None:
    expected = hostile_folder(tmp_path / "in")
    db = tmp_path / "h.duckdb"
    proc = cli("ingest", str(tmp_path / "in"), "--db", str(db), "--workers", "1")
    assert proc.returncode == 0, proc.stderr
    with Store(db, read_only=True) as store:
        rejects = {Path(r["origin"]).name: r["reason"] for r in store.query("SELECT * FROM rejects")}
        articles = store.counts()["articles"]
    for name, words in expected.items():
        assert name in rejects, (name, rejects)
        assert words in rejects[name], (name, rejects[name])
        assert f"rejected {name}" in proc.stdout or f"/{name}" in proc.stdout
    assert len(rejects) == len(expected)
    # the examples, the cp1251 file (a duplicate of the first example once decoded) and the good line
    assert articles == len(EXAMPLES) + 1
    assert f"rejected {len(expected)}" in proc.stdout and "skipped as duplicate 1" in proc.stdout


def make_corpus(folder: Path, count: int) -> None:
    """``count`` distinct articles of ordinary length (the examples, each with a line of its own)."""
    folder.mkdir(parents=True)
    for n in range(count):
        example = EXAMPLES[n % len(EXAMPLES)]
        body = example.read_text(encoding="utf-8") + f"\n\nРедакційна примітка № {n + 1}.\n"
        path = folder / f"{n:03d}-{example.name}"
        path.write_text(body, encoding="utf-8")
        (folder / (path.name + ".json")).write_text(json.dumps({"published": gold_published(example)}))


@dataclass
class Corpus:
    folder: Path
    reference: Path  # its store, ingested without interruption
    first_write: float  # seconds from the start of that ingest to its first stored article
    duration: float  # seconds the whole ingest took


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    base = tmp_path_factory.mktemp("reliability")
    make_corpus(base / "in", ARTICLES)
    reference = base / "reference.duckdb"
    started = time.monotonic()
    proc = start("ingest", str(base / "in"), "--db", str(reference))
    first_write = wait_for_first_article(proc, reference) - started
    _, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err
    return Corpus(base / "in", reference, first_write, time.monotonic() - started)


def wait_for_first_article(proc: subprocess.Popen[str], db: Path) -> float:
    """Poll the store read-only, as any reader may, until it holds an article or the ingest ends."""
    while proc.poll() is None:
        if db.exists():
            with Store(db, read_only=True, wait=30) as store:
                if store.counts()["articles"]:
                    break
        time.sleep(0.05)
    return time.monotonic()


def test_readers_keep_working_while_an_ingest_writes(corpus: Corpus, tmp_path: Path) -> None:
    folder = corpus.folder
    db = tmp_path / "c.duckdb"
    writer = start("ingest", str(folder), "--db", str(db))
    seen: list[int] = []
    timelines = 0
    try:
        while writer.poll() is None:
            if db.exists():
                with Store(db, read_only=True, wait=10) as store:
                    seen.append(int(store.counts()["articles"]))
                second = cli("ingest", str(folder), "--db", str(db), "--wait", "0")
                if writer.poll() is None:
                    assert second.returncode == EXIT_BUSY, second.stderr
                    assert second.stderr.startswith("litopys: error: store is busy: another ingest")
                proc = cli("timeline", "--db", str(db), "--format", "json")
                assert proc.returncode == 0, proc.stderr
                timelines += 1
            time.sleep(0.1)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(writer.pid, signal.SIGKILL)
    assert writer.returncode == 0, writer.stderr.read() if writer.stderr else ""
    assert timelines >= 1 and seen == sorted(seen)
    assert assert_consistent(db) == ARTICLES


def test_ingest_kill_trials(corpus: Corpus, tmp_path: Path) -> None:
    """Three kills while the ingest starts up (reading inputs, starting workers), seven at random
    moments once it writes; after each, a consistent store and a rerun equal to the reference."""
    rng = random.Random(SEED)
    expected = fingerprint(corpus.reference)
    log = []
    for trial in range(TRIALS_PER_COMMAND):
        db = tmp_path / f"ingest-{trial}.duckdb"
        started = time.monotonic()
        proc = start("ingest", str(corpus.folder), "--db", str(db))
        if trial < 3:
            delay = rng.uniform(0.2, corpus.first_write)
        else:
            delay = wait_for_first_article(proc, db) - started
            delay += rng.uniform(0.0, corpus.duration - corpus.first_write)
        killed = kill_after(proc, delay - (time.monotonic() - started))
        stored = assert_consistent(db) if db.exists() else 0
        rerun = cli("ingest", str(corpus.folder), "--db", str(db))
        assert rerun.returncode == 0, rerun.stderr
        assert f"analyzed {ARTICLES - stored}, skipped as duplicate {stored}" in rerun.stdout
        assert fingerprint(db) == expected
        log.append(
            {"kill_after_s": round(delay, 2), "killed": killed, "articles_stored_before_rerun": stored}
        )
    write_log("ingest", log)


def test_export_kill_trials(corpus: Corpus, tmp_path: Path) -> None:
    """Kills at random moments of exports (parquet, csv, jsonl) of a store made large enough that
    the copy itself takes a while; the file is either the older one, whole, or the new one, whole."""
    rng = random.Random(SEED + 1)
    big = tmp_path / "big.duckdb"
    copies = multiply_store(corpus.reference, big, 600)
    expected = fingerprint(big)
    log = []
    for trial in range(TRIALS_PER_COMMAND):
        fmt = ("parquet", "csv", "jsonl")[trial % 3]
        out = tmp_path / f"export-{trial}.{fmt}"
        started = time.monotonic()
        complete = cli("export", str(out), "--db", str(big), "--format", fmt)
        assert complete.returncode == 0, complete.stderr
        duration = time.monotonic() - started
        rows = _rows(out, fmt)
        out.write_text("an older export\n")  # a kill must leave this whole or replace it whole
        delay = rng.uniform(0.1, duration)
        killed = kill_after(start("export", str(out), "--db", str(big), "--format", fmt), delay)
        kept = out.read_bytes() == b"an older export\n"
        assert kept or _rows(out, fmt) == rows
        assert fingerprint(big) == expected
        proc = cli("export", str(out), "--db", str(big), "--format", fmt)
        assert proc.returncode == 0, proc.stderr
        assert _rows(out, fmt) == rows
        assert not list(tmp_path.glob(f".{out.name}.partial-*"))
        log.append(
            {
                "format": fmt,
                "rows": rows,
                "export_s": round(duration, 2),
                "kill_after_s": round(delay, 2),
                "killed": killed,
                "older_file_kept": kept,
            }
        )
    write_log("export", log, rows_multiplied=copies)


def multiply_store(source: Path, target: Path, copies: int) -> int:
    """A copy of a store with its articles, events and event sources repeated ``copies`` times
    under new article ids (texts left out: the export does not read them)."""
    shutil.copy(source, target)
    with Store(target) as store:
        con = store.con
        con.execute(
            "INSERT INTO articles SELECT a.id || '-' || n, url, outlet, published, title, '', origin,"
            " pipeline, ingested_at, n_entities, n_events FROM articles a, range(1, ?) t(n)",
            [copies],
        )
        for table in ("events", "event_sources"):
            columns = [r[0] for r in con.execute(f"DESCRIBE {table}").fetchall()]
            listed = ", ".join(
                "x.article_id || '-' || n" if c == "article_id" else f'x."{c}"' for c in columns
            )
            con.execute(
                f"INSERT INTO {table} SELECT {listed} FROM {table} x, range(1, ?) t(n)"
                " WHERE x.article_id NOT LIKE '%-%'",
                [copies],
            )
        con.execute("CHECKPOINT")
    return copies


def write_log(command: str, trials: list[dict[str, object]], **extra: object) -> None:
    LOG.parent.mkdir(parents=True, exist_ok=True)
    path = LOG.with_name(f"kill-trials-{command}.json")
    record = {"command": command, "seed": SEED, "trials": trials, "passed": len(trials), **extra}
    path.write_text(json.dumps(record, indent=1, ensure_ascii=False), encoding="utf-8")


def _rows(out: Path, fmt: str) -> int:
    reader = {"parquet": "read_parquet", "csv": "read_csv", "jsonl": "read_json"}[fmt]
    return int(duckdb.sql(f"SELECT count(*) FROM {reader}('{out}')").fetchall()[0][0])
