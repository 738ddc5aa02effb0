"""The time-expression table (tests/data/timex_table.tsv): every row must pass.

Each row is one sentence and one expected time expression (text, TIMEX3 value, type, mod),
normalized against the publication date given in the file's ``# published:`` line. A row with an
empty expected text is a sentence that must yield no time expression. Rows the tagger cannot yet
handle live in ``timex_known_gaps.tsv`` (same format) and are reported, not run as failures.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections import Counter
from pathlib import Path
from typing import NamedTuple

import pytest

from litopys.timexes import find_timexes

DATA = Path(__file__).parent / "data"
TABLE = DATA / "timex_table.tsv"
GAPS = DATA / "timex_known_gaps.tsv"

GROUPS = (
    "full_date",
    "month_year",
    "partial",
    "part",
    "weekday_time",
    "relative",
    "anchor",
    "numeral_words",
    "range_duration",
    "set",
    "vague",
    "not_time",
)


class Row(NamedTuple):
    line: int
    group: str
    sentence: str
    text: str
    value: str
    type: str
    mod: str | None


def load(path: Path) -> tuple[dt.date, list[Row]]:
    """The publication date and the rows of a table file."""
    published: dt.date | None = None
    rows: list[Row] = []
    lines = path.read_text(encoding="utf-8").splitlines()
    body: list[tuple[int, str]] = []
    for i, line in enumerate(lines, 1):
        if line.startswith("#"):
            key, _, val = line[1:].partition(":")
            if key.strip() == "published":
                published = dt.date.fromisoformat(val.strip())
            continue
        if line.strip():
            body.append((i, line))
    reader = csv.reader((line for _, line in body), delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(reader)
    assert header == ["group", "sentence", "text", "value", "type", "mod"]
    for (i, _), cells in zip(body[1:], reader, strict=True):
        cells += [""] * (6 - len(cells))
        group, sentence, text, value, type_, mod = cells[:6]
        rows.append(Row(i, group, sentence, text, value, type_, mod or None))
    assert published is not None, f"{path.name}: no '# published:' line"
    return published, rows


PUB, ROWS = load(TABLE)


def check(row: Row, published: dt.date) -> str | None:
    """None when the tagger gives the expected result for ``row``, else what it gave instead."""
    found = find_timexes(row.sentence, published)
    got = [(t.text, t.value, t.type, t.mod) for t in found]
    if not row.text:
        return None if not found else f"expected no time expression, got {got}"
    want = (row.text, row.value, row.type, row.mod)
    return None if want in got else f"expected {want}, got {got}"


@pytest.mark.parametrize("row", ROWS, ids=[f"{r.line}-{r.group}" for r in ROWS])
def test_row(row: Row) -> None:
    problem = check(row, PUB)
    assert problem is None, f"{row.sentence!r}: {problem}"


def test_table_size_and_groups() -> None:
    assert len(ROWS) >= 400
    counts = Counter(r.group for r in ROWS)
    assert set(counts) == set(GROUPS), set(counts) ^ set(GROUPS)
    assert min(counts.values()) >= 10


def test_rows_are_well_formed() -> None:
    seen: set[tuple[str, str]] = set()
    for r in ROWS:
        assert r.group in GROUPS, r
        assert (r.sentence, r.text) not in seen, f"duplicate row {r}"
        seen.add((r.sentence, r.text))
        if r.text:
            assert r.text in r.sentence, r
            assert r.type in {"DATE", "TIME", "DURATION", "SET"}, r
            assert r.value, r
        else:
            assert r.group == "not_time" and not r.value and not r.type and not r.mod, r


def test_offsets_match_text() -> None:
    for r in ROWS:
        for t in find_timexes(r.sentence, PUB):
            assert r.sentence[t.start : t.end] == t.text


def test_weekday_mismatch_is_flagged() -> None:
    (t,) = find_timexes("У вівторок, 13 вересня, уряд затвердив план.", PUB)
    assert t.value == "2023-09-13"
    assert t.warning is not None and "weekday mismatch" in t.warning
    (t,) = find_timexes("У вівторок вранці, 12 вересня, бронепотяг прибув до РФ.", PUB)
    assert t.value == "2023-09-12TMO" and t.warning is None


def test_known_gaps_file() -> None:
    """Known gaps are kept and documented; a gap that now passes belongs in the main table."""
    if not GAPS.exists():
        pytest.skip("no known gaps")
    published, gaps = load(GAPS)
    now_pass = [g.sentence for g in gaps if check(g, published) is None]
    assert not now_pass, f"known gaps that now pass (move them to timex_table.tsv): {now_pass}"
