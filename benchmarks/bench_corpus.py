"""Benchmark: ingest a large corpus with ``litopys ingest``, then ingest it again, then build a timeline.

    python benchmarks/bench_corpus.py [--articles 20000] [--workers N] [--keep DIR]

The corpus is the project's own articles (the merge-evaluation corpus and the example articles)
multiplied with variation: copy *k* of an article is published 7·m weeks later (relative dates in
its text move with it, weekdays stay right), comes from one of 40 outlet variants, and ends with a
line of its own, so every copy is a distinct text. The articles are written as JSONL files of 1,000.

It runs the real command line (process pool, burst writer) and reports wall time, articles/s,
the peak resident memory of the whole process tree (the ingest and its workers, sampled every
0.2 s from /proc) and of its largest single process, the store's size and rows; then re-ingests
(which must add 0 rows) and times ``litopys timeline`` over the whole store.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUTLET_VARIANTS = 40


def base_articles() -> list[dict[str, str]]:
    rows = [json.loads(line) for line in (ROOT / "corpus/merge-eval/articles.jsonl").open(encoding="utf-8")]
    bases = [{k: r[k] for k in ("text", "published", "outlet", "title", "url")} for r in rows]
    for text in sorted((ROOT / "examples").glob("*.uk.txt")):
        meta = json.loads(Path(f"{text}.json").read_text(encoding="utf-8"))
        bases.append(
            {
                "text": text.read_text(encoding="utf-8"),
                "published": str(meta.get("published") or meta.get("date")),
                "outlet": meta.get("outlet") or "Редакція",
                "title": meta.get("title") or "",
                "url": meta.get("url") or f"https://example.org/{text.stem}",
            }
        )
    return bases


def write_corpus(folder: Path, count: int) -> int:
    bases = base_articles()
    folder.mkdir(parents=True, exist_ok=True)
    words = 0
    chunk: list[str] = []
    for n in range(count):
        base = bases[n % len(bases)]
        weeks = n // len(bases)
        published = dt.date.fromisoformat(base["published"]) + dt.timedelta(weeks=weeks)
        text = f"{base['text']}\n\nРедакційна примітка № {n + 1}."
        words += len(text.split())
        row = {
            "text": text,
            "published": published.isoformat(),
            "outlet": f"{base['outlet']} {n % OUTLET_VARIANTS + 1}",
            "title": base["title"],
            "url": f"{base['url']}?copy={n}",
        }
        chunk.append(json.dumps(row, ensure_ascii=False))
        if len(chunk) == 1000 or n == count - 1:
            (folder / f"part-{n // 1000:04d}.jsonl").write_text("\n".join(chunk) + "\n", encoding="utf-8")
            chunk = []
    return words


def tree_rss(root: int) -> tuple[int, int]:
    """Resident memory (bytes) of a process and all its descendants: (sum, largest single)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            status = Path(entry.path, "status").read_text()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        pid, ppid = int(entry.name), int(fields.get("PPid", "0").strip() or 0)
        children.setdefault(ppid, []).append(pid)
        rss[pid] = int(fields.get("VmRSS", "0 kB").split()[0]) * 1024
    total, largest, stack = 0, 0, [root]
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        largest = max(largest, rss.get(pid, 0))
        stack.extend(children.get(pid, []))
    return total, largest


def run_measured(cmd: list[str]) -> tuple[float, int, int, str]:
    """Run a command; wall time, peak tree RSS, peak single-process RSS, its standard output."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, cwd=ROOT)
    peaks = [0, 0]

    def sample() -> None:
        while proc.poll() is None:
            total, largest = tree_rss(proc.pid)
            peaks[0], peaks[1] = max(peaks[0], total), max(peaks[1], largest)
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, _ = proc.communicate()
    sampler.join()
    if proc.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed with exit code {proc.returncode}")
    return time.perf_counter() - start, peaks[0], peaks[1], out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--keep", type=Path, help="keep the corpus and store in this folder")
    args = parser.parse_args()
    litopys = [sys.executable, "-m", "litopys.cli"]

    with tempfile.TemporaryDirectory() as tmp:
        base = args.keep or Path(tmp)
        corpus, db = base / "corpus", base / "bench.duckdb"
        words = write_corpus(corpus, args.articles)
        for stale in (db, Path(f"{db}.wal")):
            stale.unlink(missing_ok=True)
        ingest = [*litopys, "ingest", str(corpus), "--db", str(db), "--workers", str(args.workers)]
        seconds, peak_tree, peak_one, out = run_measured(ingest)
        from litopys.store import Store

        with Store(db, read_only=True) as store:
            counts = store.counts()
        again, _, _, out_again = run_measured(ingest)
        with Store(db, read_only=True) as store:
            counts_again = store.counts()
        timeline, _, _, _ = run_measured([*litopys, "timeline", "--db", str(db), "--format", "json"])
        size = db.stat().st_size

    n = args.articles
    print(f"articles: {n:,} ({words / n:.0f} words on average), workers: {args.workers}")
    print(f"ingest: {seconds:.1f} s, {n / seconds:.1f} articles/s, {words / seconds:,.0f} words/s")
    print(f"peak memory: {peak_tree / 2**20:,.0f} MB for the ingest and its workers together,")
    print(f"             {peak_one / 2**20:,.0f} MB for the largest single process")
    print(f"store: {size / 2**20:,.1f} MB; rows: " + ", ".join(f"{k} {v:,}" for k, v in counts.items()))
    print(f"summary: {out.strip().splitlines()[0]}")
    added = {k: counts_again[k] - counts[k] for k in counts}
    summary_again = out_again.strip().splitlines()[0]
    print(f"re-ingest: {again:.1f} s, rows added: {sum(added.values())} ({summary_again})")
    print(f"timeline over the whole store (json): {timeline:.1f} s")
    if sum(added.values()) != 0:
        sys.exit("re-ingest added rows")


if __name__ == "__main__":
    main()
