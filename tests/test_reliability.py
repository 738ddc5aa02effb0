"""Reliability of the store under hostile input, kills and concurrent use (issue #9).

- hostile inputs: every unusable file or line is recorded in ``rejects`` with its reason and the
  rest of the job goes on;
- readers (``litopys timeline``, a read-only connection) keep working while an ingest writes, and a
  second ingest is told the store is busy;
- kill trials: ``litopys ingest`` and ``litopys export`` killed with SIGKILL at random moments
  (fixed seed); after each kill the store is consistent, and a rerun ends with exactly what an
  uninterrupted run gives: nothing lost, nothing doubled. The trial log is written to
  ``build/reliability/kill-trials.json`` (docs/RELIABILITY.md quotes it).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from litopys.store import EXIT_BUSY, TABLES, Store
from tests.test_store import EXAMPLES, ROOT, cli, copy_examples, gold_published

TRIALS_PER_COMMAND = 10
SEED = 20261125
LOG = ROOT / "build" / "reliability" / "kill-trials.json"
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


def fingerprint(db: Path) -> dict[str, tuple[int, str]]:
    """Per table: row count and a digest of the sorted rows, clock columns left out."""
    out: dict[str, tuple[int, str]] = {}
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
            rows = store.con.execute(f"SELECT {listed} FROM {table} ORDER BY ALL").fetchall()
            out[table] = (len(rows), hashlib.sha256(repr(rows).encode()).hexdigest())
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


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A 40-article corpus and its store, ingested without interruption (the reference)."""
    base = tmp_path_factory.mktemp("reliability")
    make_corpus(base / "in", 40)
    reference = base / "reference.duckdb"
    proc = cli("ingest", str(base / "in"), "--db", str(reference))
    assert proc.returncode == 0, proc.stderr
    return base / "in", reference


def test_readers_keep_working_while_an_ingest_writes(corpus: tuple[Path, Path], tmp_path: Path) -> None:
    folder, _ = corpus
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
    assert assert_consistent(db) == 40


def test_kill_trials(corpus: tuple[Path, Path], tmp_path: Path) -> None:
    folder, reference = corpus
    rng = random.Random(SEED)
    expected = fingerprint(reference)
    log: list[dict[str, object]] = []

    for trial in range(TRIALS_PER_COMMAND):
        db = tmp_path / f"ingest-{trial}.duckdb"
        delay = rng.uniform(0.3, 5.0)
        killed = kill_after(start("ingest", str(folder), "--db", str(db)), delay)
        stored = assert_consistent(db) if db.exists() else 0
        rerun = cli("ingest", str(folder), "--db", str(db))
        assert rerun.returncode == 0, rerun.stderr
        assert f"analyzed {40 - stored}, skipped as duplicate {stored}" in rerun.stdout
        assert fingerprint(db) == expected
        log.append(
            {
                "command": "ingest",
                "kill_after_s": round(delay, 2),
                "killed": killed,
                "articles_before_rerun": stored,
            }
        )

    reference_rows = duckdb.sql(
        f"SELECT count(*) FROM read_parquet('{_export(reference, tmp_path / 'reference.parquet')}')"
    ).fetchone()
    for trial in range(TRIALS_PER_COMMAND):
        fmt = ("parquet", "csv", "jsonl")[trial % 3]
        out = tmp_path / f"export-{trial}.{fmt}"
        out.write_text("an older export\n")  # a kill must leave this whole or replace it whole
        delay = rng.uniform(0.1, 2.5)
        killed = kill_after(start("export", str(out), "--db", str(reference), "--format", fmt), delay)
        left = out.read_bytes()
        assert left == b"an older export\n" or _rows(out, fmt) == reference_rows[0]  # type: ignore[index]
        assert fingerprint(reference) == expected
        proc = cli("export", str(out), "--db", str(reference), "--format", fmt)
        assert proc.returncode == 0, proc.stderr
        assert _rows(out, fmt) == reference_rows[0]  # type: ignore[index]
        assert not list(tmp_path.glob(f".{out.name}.partial-*"))
        log.append(
            {
                "command": f"export {fmt}",
                "kill_after_s": round(delay, 2),
                "killed": killed,
                "old_file_kept": left == b"an older export\n",
            }
        )

    LOG.parent.mkdir(parents=True, exist_ok=True)
    LOG.write_text(json.dumps({"seed": SEED, "passed": len(log), "trials": log}, indent=1), encoding="utf-8")


def _export(db: Path, out: Path) -> Path:
    with Store(db, read_only=True) as store:
        store.export(out, "parquet")
    return out


def _rows(out: Path, fmt: str) -> int:
    reader = {"parquet": "read_parquet", "csv": "read_csv", "jsonl": "read_json"}[fmt]
    return int(duckdb.sql(f"SELECT count(*) FROM {reader}('{out}')").fetchone()[0])  # type: ignore[index]
