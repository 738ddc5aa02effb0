"""Benchmark: the share of analysis time spent tagging time expressions.

    python benchmarks/bench_timexes.py [ARTICLE ...]

Without arguments it uses the example articles in ``examples/*.uk.txt`` with their publication
dates from ``gold/<id>.json``. After one warm-up call (dictionaries, lexicons, compiled patterns)
it times ``litopys.timexes.find_timexes`` and the whole ``litopys.analyze`` on every article over
several rounds and prints the totals and their ratio. ``analyze`` already runs the tagger once
(on the normalized text), so the ratio is the part of analysis time that time tagging costs.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ROUNDS = 5


def load(paths: list[Path]) -> list[tuple[str, str, dt.date | None]]:
    articles = []
    for path in paths:
        gold = ROOT / "gold" / (path.name.removesuffix(".uk.txt") + ".json")
        published = json.loads(gold.read_text(encoding="utf-8"))["published"] if gold.exists() else None
        date = dt.date.fromisoformat(published) if published else None
        articles.append((path.name, path.read_text(encoding="utf-8"), date))
    return articles


def main() -> None:
    paths = [Path(p) for p in sys.argv[1:]] or sorted((ROOT / "examples").glob("*.uk.txt"))
    articles = load(paths)
    from litopys import analyze
    from litopys.normalize import normalize
    from litopys.timexes import find_timexes

    for _, text, published in articles:  # warm-up: lexicons, dictionaries, regexes, caches
        analyze(text, published.isoformat() if published else None)
        find_timexes(normalize(text), published)
    t_tag = t_all = 0.0
    words = found = 0
    for _ in range(ROUNDS):
        for _, text, published in articles:
            norm = normalize(text)
            t0 = time.perf_counter()
            found += len(find_timexes(norm, published))
            t1 = time.perf_counter()
            analyze(text, published.isoformat() if published else None)
            t2 = time.perf_counter()
            t_tag += t1 - t0
            t_all += t2 - t1
            words += len(text.split())
    n = len(articles) * ROUNDS
    print(
        f"articles: {len(articles)} x {ROUNDS} rounds, {words // n} words"
        f" and {found // n} time expressions per article"
    )
    print(f"find_timexes: {t_tag * 1000 / n:.2f} ms per article")
    print(f"analyze:      {t_all * 1000 / n:.2f} ms per article")
    print(f"ratio find_timexes / analyze: {100 * t_tag / t_all:.1f}%")
    print(f"time tagging relative to the rest of the analysis: {100 * t_tag / (t_all - t_tag):.1f}%")


if __name__ == "__main__":
    main()
