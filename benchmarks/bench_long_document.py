"""Benchmark: how the analysis of one long document scales with its size (docs/PERFORMANCE.md).

    python benchmarks/bench_long_document.py [--megabytes 0.5,1,2]

Each document is built as ``tests/test_fuzz.py::big_input("articles-10mb")`` builds its 10 MB
input: the bundled example articles one after another, each with a numbered lead and its years
changed, until the UTF-8 size is reached. Every size is analysed once, after a warm-up, and the CPU
seconds are printed with the seconds per megabyte: a rule that scans the whole document for every
word shows up as seconds per megabyte growing with the size.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from litopys import analyze  # noqa: E402


def long_document(megabytes: float) -> str:
    articles = [p.read_text("utf-8") for p in sorted((ROOT / "examples").glob("*.uk.txt"))]
    size = int(megabytes * 1_000_000)
    parts: list[str] = []
    total = i = 0
    while total < size:
        text = articles[i % len(articles)]
        part = f"Оновлення {i + 1}. " + text.replace("2025", str(2000 + i % 26)) + "\n\n"
        parts.append(part)
        total += len(part.encode("utf-8"))
        i += 1
    return "".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", default="0.5,1,2", help="comma-separated sizes of UTF-8 text")
    args = parser.parse_args()
    analyze("Київ, 14 березня. Зеленський заявив: «Так».", "2024-03-15")  # load the resources
    print(f"{'MB':>5} {'chars':>10} {'CPU s':>8} {'s/MB':>7}")
    for megabytes in (float(x) for x in args.megabytes.split(",")):
        text = long_document(megabytes)
        started = time.process_time()
        analyze(text, "2024-03-15")
        cpu = time.process_time() - started
        print(f"{megabytes:>5} {len(text):>10} {cpu:>8.1f} {cpu / megabytes:>7.1f}")


if __name__ == "__main__":
    main()
