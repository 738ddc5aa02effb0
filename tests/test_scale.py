"""Scale-out (``litopys ingest --engine dask``): the store written through a Dask LocalCluster of two
workers is row for row the store of a single-process ingest; records survive the Parquet trip."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from litopys.ingest import IncomingArticle, IngestReport, run_ingest
from litopys.pipeline import MAX_CHARS, analyze
from litopys.scale import (
    analysis_from_dict,
    analyze_partition,
    default_partitions,
    load_part,
    parts_folder,
    run_dask_ingest,
    split,
)
from litopys.store import TABLES, Store

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "examples").glob("*.uk.txt"))
# Columns that hold the time of writing, which differs between any two ingests.
CLOCK_COLUMNS = {"ingested_at", "rejected_at"}


def table_rows(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    out = {}
    with Store(db, read_only=True) as store:
        for table in TABLES:
            rows = store.query(f"SELECT * FROM {table}")
            kept = [tuple((k, v) for k, v in row.items() if k not in CLOCK_COLUMNS) for row in rows]
            out[table] = sorted(kept, key=repr)
    return out


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("scale") / "in"
    folder.mkdir()
    for path in EXAMPLES:
        shutil.copy(path, folder / path.name)
        shutil.copy(path.with_name(path.name + ".json"), folder / (path.name + ".json"))
    # a duplicate (skipped) and an unusable file (rejected) go through both engines too
    shutil.copy(EXAMPLES[0], folder / "zz-duplicate.txt")
    (folder / "zz-binary.txt").write_bytes(b"\x00\x01\x02")
    return folder


def test_examples_round_trip_through_records() -> None:
    for path in EXAMPLES:
        record = analyze(path.read_text(encoding="utf-8"), "2025-01-01").to_dict()
        assert analysis_from_dict(json.loads(json.dumps(record))).to_dict() == record


def test_split_and_default_partitions() -> None:
    assert [list(r) for r in split(7, 3)] == [[0, 1, 2], [3, 4], [5, 6]]
    assert split(2, 5) == [range(0, 1), range(1, 2)]
    assert sum(len(r) for r in split(1001, 8)) == 1001
    assert default_partitions(14, 2) == 8
    assert default_partitions(3, 2) == 3
    assert default_partitions(100_000, 2) == 200
    assert parts_folder("/x/store.duckdb") == Path("/x/store.duckdb.parts")


def test_failed_analysis_becomes_a_reject(tmp_path: Path) -> None:
    items = [
        (0, IncomingArticle(text="x" * (MAX_CHARS + 1), origin="huge.txt"), False),
        (1, IncomingArticle(text="Макрон прибув до Києва.", published="2025-04-10", origin="ok.txt"), False),
    ]
    part = tmp_path / "part-00000.parquet"
    part.write_bytes(analyze_partition(items))
    report = IngestReport()
    with Store(tmp_path / "s.duckdb") as store:
        load_part(part, store, report, None)
        assert store.counts()["articles"] == 1
    assert report.analyzed == 1
    assert report.rejected is not None and [r.origin for r in report.rejected] == ["huge.txt"]
    assert "too long" in report.rejected[0].reason


def test_dask_ingest_equals_single_process_ingest(inputs: Path, tmp_path: Path) -> None:
    single, dask = tmp_path / "single.duckdb", tmp_path / "dask.duckdb"
    with Store(single) as store:
        one = run_ingest([inputs], store, workers=1)
    advanced: list[int] = []
    with Store(dask) as store:
        two = run_dask_ingest(
            [inputs],
            store,
            workers=2,
            partitions=4,
            keep_parts=True,
            on_start=advanced.append,
            on_advance=lambda: advanced.append(-1),
        )
    assert (two.read, two.analyzed, two.duplicates) == (one.read, one.analyzed, one.duplicates)
    assert one.analyzed == len(EXAMPLES) and one.duplicates == 1
    assert advanced == [len(EXAMPLES)] + [-1] * len(EXAMPLES)
    assert sorted(p.name for p in parts_folder(dask).iterdir()) == [f"part-0000{k}.parquet" for k in range(4)]
    expected, got = table_rows(single), table_rows(dask)
    assert expected["articles"] and expected["events"] and expected["rejects"]
    for table in TABLES:
        assert got[table] == expected[table], table
    # a second run finds everything in the store: nothing is sent to the cluster
    with Store(dask) as store:
        again = run_dask_ingest([inputs], store, workers=2)
    assert again.analyzed == 0 and again.duplicates == len(EXAMPLES) + 1


def test_cli_refuses_dask_options_without_the_dask_engine(inputs: Path, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from litopys.cli import app

    result = CliRunner().invoke(
        app, ["ingest", str(inputs), "--db", str(tmp_path / "x.duckdb"), "--partitions", "2"]
    )
    assert result.exit_code != 0
    assert "--engine dask" in str(result.exception)
    result = CliRunner().invoke(
        app, ["ingest", str(inputs), "--db", str(tmp_path / "x.duckdb"), "--engine", "spark"]
    )
    assert "unknown engine" in str(result.exception)
