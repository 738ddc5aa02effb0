"""The DuckDB store: ingest of the bundled examples, idempotent re-ingest, --reanalyze, rejects,
a second process (store is busy), export, and a SIGKILL in the middle of an ingest."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from litopys.ingest import run_ingest
from litopys.store import EXIT_BUSY, Store, date_span

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted(
    p
    for p in (ROOT / "examples").glob("*.uk.txt")
    if (ROOT / "gold" / (p.name.removesuffix(".uk.txt") + ".json")).exists()
)


def gold_published(example: Path) -> str:
    gold = ROOT / "gold" / (example.name.removesuffix(".uk.txt") + ".json")
    return json.loads(gold.read_text(encoding="utf-8"))["published"]


def copy_examples(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for example in EXAMPLES:
        shutil.copy(example, folder / example.name)
        meta = {"published": gold_published(example), "outlet": "Тест", "url": f"https://t.ua/{example.stem}"}
        (folder / (example.name + ".json")).write_text(json.dumps(meta), encoding="utf-8")


def cli(*args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "litopys.cli", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
    )


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    base = tmp_path_factory.mktemp("store")
    copy_examples(base / "in")
    db = base / "t.duckdb"
    with Store(db) as store:
        report = run_ingest([base / "in"], store, workers=1)
    assert (report.read, report.analyzed, report.duplicates, report.rejected) == (
        len(EXAMPLES),
        len(EXAMPLES),
        0,
        [],
    )
    return base, db


def test_examples_are_stored_with_every_layer(ingested: tuple[Path, Path]) -> None:
    _, db = ingested
    with Store(db, read_only=True) as store:
        counts = store.counts()
        assert counts["articles"] == len(EXAMPLES)
        for table in ("entities", "mentions", "timexes", "quotes", "attributions", "events"):
            assert counts[table] > len(EXAMPLES), table
        assert counts["event_sources"] == counts["events"]
        assert counts["rejects"] == 0
        rows = store.query(
            "SELECT origin, CAST(published AS VARCHAR) AS published, outlet, pipeline FROM articles"
        )
        for row in rows:
            assert row["published"] == gold_published(Path(row["origin"]))
            assert row["outlet"] == "Тест" and row["pipeline"].startswith("litopys ")
        # the actor columns: first source/target entity key and country, and all actors as JSON
        sanctions = store.query(
            "SELECT source_key, source_country, target_country, actors FROM events"
            " WHERE type = 'SANCTION' AND target_country = 'RUS'"
        )
        assert sanctions and all(json.loads(r["actors"]) for r in sanctions)
        # every article's rows are complete
        check = store.query(
            "SELECT a.id, a.n_events, count(e.event_id) AS events FROM articles a"
            " LEFT JOIN events e ON e.article_id = a.id GROUP BY a.id, a.n_events"
        )
        assert all(r["n_events"] == r["events"] for r in check)


def test_reingest_adds_nothing_and_reanalyze_replaces_old_rows(ingested: tuple[Path, Path]) -> None:
    base, db = ingested
    with Store(db) as store:
        before = store.counts()
        report = run_ingest([base / "in"], store, workers=1)
        assert (report.analyzed, report.duplicates) == (0, len(EXAMPLES))
        assert store.counts() == before
        # rows of an older pipeline version are recomputed only with --reanalyze
        one = store.query("SELECT id FROM articles ORDER BY id LIMIT 1")[0]["id"]
        store.con.execute("UPDATE articles SET pipeline = 'litopys 0.0.1' WHERE id = ?", [one])
        assert run_ingest([base / "in"], store, workers=1).analyzed == 0
        report = run_ingest([base / "in"], store, workers=1, reanalyze=True)
        assert (report.analyzed, report.duplicates) == (1, len(EXAMPLES) - 1)
        assert store.counts() == before
        assert store.query("SELECT count(DISTINCT pipeline) AS n FROM articles")[0]["n"] == 1


def test_malformed_jsonl_line_is_recorded_in_rejects(tmp_path: Path) -> None:
    text = EXAMPLES[0].read_text(encoding="utf-8")
    path = tmp_path / "batch.jsonl"
    path.write_text(
        json.dumps({"text": text, "published": "2025-05-21", "outlet": "Тест"}, ensure_ascii=False)
        + "\n{broken\n"
        + json.dumps({"text": text})  # the same text again: a duplicate, not a reject
        + "\n",
        encoding="utf-8",
    )
    db = tmp_path / "t.duckdb"
    with Store(db) as store:
        report = run_ingest([path], store, workers=1)
        assert (report.analyzed, report.duplicates, len(report.rejected or [])) == (1, 1, 1)
        rejects = store.query("SELECT origin, reason FROM rejects")
        assert len(rejects) == 1 and rejects[0]["origin"].endswith("batch.jsonl:2")
        assert "malformed JSON" in rejects[0]["reason"]
        run_ingest([path], store, workers=1)
        assert store.counts()["rejects"] == 1


def test_date_span() -> None:
    import datetime as dt

    d = dt.date
    assert date_span("2023-09-12") == (d(2023, 9, 12), d(2023, 9, 12))
    assert date_span("2024-02") == (d(2024, 2, 1), d(2024, 2, 29))
    assert date_span("2023") == (d(2023, 1, 1), d(2023, 12, 31))
    assert date_span("2023-W37") == (d(2023, 9, 11), d(2023, 9, 17))
    assert date_span("2023-Q3") == (d(2023, 7, 1), d(2023, 9, 30))
    assert date_span("2023-WI") == (d(2023, 12, 1), d(2024, 2, 29))
    assert date_span("2023-09-12/2023-09-16") == (d(2023, 9, 12), d(2023, 9, 16))
    assert date_span("2023-09-12TMO") == (d(2023, 9, 12), d(2023, 9, 12))
    assert date_span("PAST_REF") is None and date_span(None) is None and date_span("2023-02-30") is None


def test_cli_ingest_timeline_export_and_busy_store(ingested: tuple[Path, Path], tmp_path: Path) -> None:
    base, _ = ingested
    db = tmp_path / "cli.duckdb"
    proc = cli("ingest", str(base / "in"), "--db", str(db))
    assert proc.returncode == 0, proc.stderr
    assert (
        f"read {len(EXAMPLES)}, analyzed {len(EXAMPLES)}, skipped as duplicate 0, rejected 0" in proc.stdout
    )
    proc = cli("ingest", str(base / "in"), str(tmp_path / "nothing-here"), "--db", str(db))
    assert proc.returncode == 0, proc.stderr
    assert f"analyzed 0, skipped as duplicate {len(EXAMPLES)}, rejected 1" in proc.stdout
    assert "no such file or folder" in proc.stdout

    proc = cli("timeline", "--db", str(db), "--type", "SANCTION", "--format", "json")
    assert proc.returncode == 0, proc.stderr
    entries = json.loads(proc.stdout)["entries"]
    assert entries and all(e["type"] == "SANCTION" for e in entries)

    for fmt, check in (("parquet", b"PAR1"), ("csv", b"published,"), ("jsonl", b'{"published"')):
        out = tmp_path / f"events.{fmt}"
        proc = cli("export", "--db", str(db), "--format", fmt, str(out))
        assert proc.returncode == 0, proc.stderr
        assert out.read_bytes().startswith(check)
    proc = cli("export", "--db", str(db), "--format", "plover", str(tmp_path / "plover.jsonl"))
    assert proc.returncode == 0, proc.stderr
    records = [json.loads(line) for line in (tmp_path / "plover.jsonl").read_text("utf-8").splitlines()]
    sanction = next(r for r in records if r["event_type"] == "SANCTION")
    assert sanction["quad_class"] == "material_conflict" and sanction["story_id"] and sanction["event_text"]
    assert {"actor", "actor_country", "recipient", "according_to", "publisher", "event_mode"} <= set(sanction)
    proc = cli("export", "--db", str(db), "--format", "plover", "--table", "quotes", str(tmp_path / "q.json"))
    assert proc.returncode == 3 and "events only" in proc.stderr
    rows = duckdb.sql(f"SELECT count(*) FROM '{tmp_path / 'events.parquet'}'").fetchall()[0]
    with Store(db) as store:  # holding the store: other processes are told it is busy
        assert rows and rows[0] == store.counts()["events"]
        proc = cli("timeline", "--db", str(db), "--wait", "0.5")
        assert proc.returncode == EXIT_BUSY
        assert proc.stderr.startswith("litopys: error: store is busy") and proc.stderr.count("\n") == 1
        proc = cli("ingest", str(base / "in"), "--db", str(db), "--wait", "0.5")
        assert proc.returncode == EXIT_BUSY and "store is busy" in proc.stderr
    proc = cli("timeline", "--db", str(tmp_path / "absent.duckdb"))
    assert proc.returncode == 3 and "no store" in proc.stderr


def make_variants(folder: Path, count: int) -> None:
    """``count`` distinct articles: the examples, each longer and with a line of its own."""
    folder.mkdir()
    for n in range(count):
        example = EXAMPLES[n % len(EXAMPLES)]
        text = example.read_text(encoding="utf-8")
        body = "\n\n".join([text] * 3) + f"\n\nРедакційна примітка № {n + 1}.\n"
        path = folder / f"{n:03d}-{example.name}"
        path.write_text(body, encoding="utf-8")
        (folder / (path.name + ".json")).write_text(json.dumps({"published": gold_published(example)}))


def test_sigkill_leaves_whole_articles_and_a_rerun_completes(tmp_path: Path) -> None:
    make_variants(tmp_path / "in", 30)
    db = tmp_path / "k.duckdb"
    wal = Path(str(db) + ".wal")
    proc = subprocess.Popen(
        [sys.executable, "-m", "litopys.cli", "ingest", str(tmp_path / "in"), "--db", str(db)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=ROOT,
        start_new_session=True,
    )
    try:
        started = time.monotonic()
        # wait for the write-ahead log (tables created), then for it to grow: the first article
        # committed; then a little more, so that the kill falls in the middle of the run
        while not wal.exists() and proc.poll() is None and time.monotonic() - started < 120:
            time.sleep(0.05)
        empty = wal.stat().st_size if wal.exists() else 0
        while proc.poll() is None and time.monotonic() - started < 120:
            if wal.exists() and wal.stat().st_size > empty:
                break
            time.sleep(0.02)
        time.sleep(max(0.0, 2.0 - (time.monotonic() - started)) + 0.2)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)  # the workers, should any have outlived it
    with Store(db) as store:
        partial = store.counts()
        check = store.query(
            "SELECT a.id, a.n_events, a.n_entities,"
            " (SELECT count(*) FROM events e WHERE e.article_id = a.id) AS events,"
            " (SELECT count(*) FROM entities e WHERE e.article_id = a.id) AS entities FROM articles a"
        )
        assert all(r["n_events"] == r["events"] and r["n_entities"] == r["entities"] for r in check)
        orphans = store.query(
            "SELECT count(*) AS n FROM events WHERE article_id NOT IN (SELECT id FROM articles)"
        )[0]["n"]
        assert orphans == 0
    assert partial["articles"] < 30 or proc.returncode == 0
    rerun = cli("ingest", str(tmp_path / "in"), "--db", str(db))
    assert rerun.returncode == 0, rerun.stderr
    assert f"analyzed {30 - partial['articles']}, skipped as duplicate {partial['articles']}" in rerun.stdout
    with Store(db, read_only=True) as store:
        assert store.counts()["articles"] == 30
        dupes = store.query(
            "SELECT count(*) AS n FROM"
            " (SELECT article_id, event_id FROM events GROUP BY ALL HAVING count(*) > 1)"
        )
        assert dupes[0]["n"] == 0
