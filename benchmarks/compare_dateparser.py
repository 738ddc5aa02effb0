"""Compare litopys.timexes with dateparser on the time-expression table.

    python benchmarks/compare_dateparser.py [TABLE.tsv]

Runs every row of ``tests/data/timex_table.tsv`` (or the given table) through
``litopys.timexes.find_timexes`` and through ``dateparser.search.search_dates`` (Ukrainian,
relative to the publication date, preferring the past) and prints, per group, how often each
recognizes the expected expression and how often it gives the expected value. dateparser is not a
dependency of litopys: install it into the virtual environment to run this comparison
(``pip install dateparser``); without it the script says so and exits.

Scoring (the same for both, per row):

- recognition: a returned expression overlaps the expected text in the sentence; for a "not_time"
  row (no expected text), nothing is returned;
- value: litopys gives the expected TIMEX3 value and mod; dateparser returns a date that agrees
  with the expected value at its granularity (year; year and month; day; day and clock time;
  for an ISO week, a day inside that week; for a range, its first day). Values dateparser cannot
  express (durations, sets, PAST_REF and the like, seasons, halves and quarters, decades,
  centuries) count as misses for it and are also reported apart as "not expressible".
"""

from __future__ import annotations

import datetime as dt
import re
import sys
import time
import warnings
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from litopys.timexes import find_timexes  # noqa: E402
from test_timex_table import GROUPS, Row, load  # noqa: E402

_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?")
_MONTH = re.compile(r"(\d{4})-(\d{2})")
_YEAR = re.compile(r"(\d{4})")
_WEEK = re.compile(r"(\d{4})-W(\d{2})")


def expressible(value: str, type_: str) -> bool:
    """Whether a calendar date (what dateparser returns) can carry ``value``."""
    if type_ not in {"DATE", "TIME"}:
        return False
    first = value.split("/")[0]
    return bool(
        _DAY.fullmatch(first.split("T")[0] if "T" in first and not _DAY.fullmatch(first) else first)
        or _MONTH.fullmatch(first)
        or _YEAR.fullmatch(first)
        or _WEEK.fullmatch(first)
    )


def date_matches(value: str, got: dt.datetime) -> bool:
    first = value.split("/")[0]
    if m := _DAY.fullmatch(first):
        y, mo, d, hh, mi = m.groups()
        if (got.year, got.month, got.day) != (int(y), int(mo), int(d)):
            return False
        return hh is None or (got.hour, got.minute) == (int(hh), int(mi))
    if "T" in first:  # a day with a part of the day: 2023-09-12TMO
        return date_matches(first.split("T")[0], got)
    if m := _WEEK.fullmatch(first):
        iso = got.isocalendar()
        return (iso[0], iso[1]) == (int(m.group(1)), int(m.group(2)))
    if m := _MONTH.fullmatch(first):
        return (got.year, got.month) == (int(m.group(1)), int(m.group(2)))
    if m := _YEAR.fullmatch(first):
        return got.year == int(m.group(1))
    return False


def overlaps(sentence: str, expected: str, start: int, end: int) -> bool:
    a = sentence.find(expected)
    return a >= 0 and start < a + len(expected) and a < end


def score_litopys(row: Row, published: dt.date) -> tuple[bool, bool]:
    found = find_timexes(row.sentence, published)
    if not row.text:
        return not found, not found
    hits = [t for t in found if overlaps(row.sentence, row.text, t.start, t.end)]
    value = any(t.value == row.value and t.type == row.type and t.mod == row.mod for t in hits)
    return bool(hits), value


def score_dateparser(search_dates, row: Row, published: dt.date) -> tuple[bool, bool]:
    base = dt.datetime(published.year, published.month, published.day, 12, 0)
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            found = search_dates(row.sentence, languages=["uk"], settings=settings) or []
        except Exception:  # a crash counts as a miss
            found = []
    if not row.text:
        return not found, not found
    hits = []
    pos = 0
    for sub, when in found:
        start = row.sentence.find(sub, pos)
        if start < 0:
            start = row.sentence.find(sub)
        if start >= 0:
            pos = start + len(sub)
            if overlaps(row.sentence, row.text, start, start + len(sub)):
                hits.append(when)
    value = expressible(row.value, row.type) and any(date_matches(row.value, w) for w in hits)
    return bool(hits), value


def main() -> None:
    try:
        from dateparser.search import search_dates
    except ImportError:
        print("dateparser is not installed; `pip install dateparser` to run this comparison. Skipped.")
        return
    table = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "tests" / "data" / "timex_table.tsv"
    published, rows = load(table)
    stats: dict[str, list[int]] = defaultdict(lambda: [0] * 6)
    t_lit = t_dp = 0.0
    for row in rows:
        t0 = time.perf_counter()
        lr, lv = score_litopys(row, published)
        t1 = time.perf_counter()
        dr, dv = score_dateparser(search_dates, row, published)
        t2 = time.perf_counter()
        t_lit += t1 - t0
        t_dp += t2 - t1
        exp = bool(row.text) and expressible(row.value, row.type)
        for key in (row.group, "all"):
            s = stats[key]
            s[0] += 1
            s[1] += lr
            s[2] += lv
            s[3] += dr
            s[4] += dv
            s[5] += exp or not row.text
    print(f"table: {table.relative_to(ROOT) if table.is_relative_to(ROOT) else table}, rows: {len(rows)}")
    print()
    print(
        "| group | rows | dateparser-expressible | litopys recognized | litopys value | "
        "dateparser recognized | dateparser value |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|")
    for key in [*GROUPS, "all"]:
        if key not in stats:
            continue
        n, lr, lv, dr, dv, ex = stats[key]

        def pct(k: int, n: int = n) -> str:
            return f"{k} ({100 * k / n:.0f}%)"

        name = f"**{key}**" if key == "all" else key
        print(f"| {name} | {n} | {ex} | {pct(lr)} | {pct(lv)} | {pct(dr)} | {pct(dv)} |")
    n, _, _, _, dv, ex = stats["all"]
    print()
    print(f"dateparser value accuracy on the rows it can express: {dv}/{ex} ({100 * dv / max(ex, 1):.0f}%)")
    print(f"time: litopys {t_lit * 1000 / n:.2f} ms/sentence, dateparser {t_dp * 1000 / n:.2f} ms/sentence")


if __name__ == "__main__":
    main()
