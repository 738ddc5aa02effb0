"""Benchmark: analysis time per article and throughput, with start-up measured apart.

    python benchmarks/bench_analyze.py [ARTICLE ...]

Without arguments it analyzes the bundled example articles in ``examples/``. Prints start-up
time (first call: dictionaries, lexicons, gazetteer index), then the median time per article over
repeated runs and the overall throughput in articles/s and tokens/s on one core.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def load(paths: list[Path]) -> list[tuple[str, str | None]]:
    articles = []
    for path in paths:
        gold = ROOT / "gold" / (path.name.removesuffix(".uk.txt") + ".json")
        published = json.loads(gold.read_text(encoding="utf-8"))["published"] if gold.exists() else None
        articles.append((path.read_text(encoding="utf-8"), published))
    return articles


def main() -> None:
    paths = [Path(p) for p in sys.argv[1:]] or sorted((ROOT / "examples").glob("*.uk.txt"))
    articles = load(paths)
    start = time.perf_counter()
    from litopys import analyze

    analyze(*articles[0])
    startup = time.perf_counter() - start
    per_article: list[float] = []
    tokens = 0
    rounds = 5
    for _ in range(rounds):
        for text, published in articles:
            t0 = time.perf_counter()
            analyze(text, published)
            per_article.append(time.perf_counter() - t0)
            tokens += len(text.split())
    total = sum(per_article)
    print(f"articles: {len(articles)} x {rounds} rounds, words per article: {tokens // len(per_article)}")
    print(f"start-up (first call): {startup:.2f} s")
    median_ms = statistics.median(per_article) * 1000
    print(f"median per article: {median_ms:.1f} ms, max {max(per_article) * 1000:.1f} ms")
    print(f"throughput: {len(per_article) / total:.1f} articles/s, {tokens / total:,.0f} words/s (one core)")


if __name__ == "__main__":
    main()
