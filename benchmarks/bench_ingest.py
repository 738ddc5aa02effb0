"""Benchmark: ingest throughput into the DuckDB store and the store's size.

    python benchmarks/bench_ingest.py [COPIES] [WORKERS]

Makes COPIES (default 10) distinct variants of each example article in ``examples/`` (a line of
its own appended, so every text has its own id), ingests them into a fresh store with WORKERS
analysis processes (default: all cores) and prints wall time, articles/s, rows and bytes per article.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    copies = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    workers = int(sys.argv[2]) if len(sys.argv) > 2 else (os.cpu_count() or 1)
    from litopys.ingest import run_ingest
    from litopys.store import Store

    examples = sorted(
        p
        for p in (ROOT / "examples").glob("*.uk.txt")
        if (ROOT / "gold" / (p.name.removesuffix(".uk.txt") + ".json")).exists()
    )
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        for n in range(copies):
            for example in examples:
                gold = json.loads(
                    (ROOT / "gold" / (example.name.removesuffix(".uk.txt") + ".json")).read_text()
                )
                path = folder / f"{n:04d}-{example.name}"
                path.write_text(
                    example.read_text(encoding="utf-8") + f"\n\nПримітка {n}.\n", encoding="utf-8"
                )
                (folder / (path.name + ".json")).write_text(json.dumps({"published": gold["published"]}))
        db = Path(tmp) / "bench.duckdb"
        start = time.perf_counter()
        with Store(db) as store:
            report = run_ingest([folder], store, workers=workers)
            counts = store.counts()
            store.con.execute("CHECKPOINT")
        elapsed = time.perf_counter() - start
        size = db.stat().st_size
        start = time.perf_counter()
        with Store(db) as store:
            again = run_ingest([folder], store, workers=workers)
        reingest = time.perf_counter() - start
    n = report.analyzed
    print(f"articles: {n} ({len(examples)} examples x {copies}), workers: {workers}")
    print(f"ingest wall time (incl. worker start-up): {elapsed:.1f} s, {n / elapsed:.1f} articles/s")
    print(f"re-ingest (all duplicates): {reingest:.1f} s, analyzed {again.analyzed}")
    print("rows: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    print(f"store size after CHECKPOINT: {size / 1e6:.2f} MB, {size / max(n, 1) / 1e3:.1f} kB per article")


if __name__ == "__main__":
    main()
