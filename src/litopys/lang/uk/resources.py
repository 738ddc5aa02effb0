"""Loaders for the Ukrainian lexicons and gazetteers in ``data/``.

Each file is plain UTF-8 text (TSV with a header line, or one item per line, ``#`` starts a
comment) so linguists can edit them without touching code. Loaders are cached: each file is read
once per process.
"""

from __future__ import annotations

import csv
import functools
from importlib import resources as importlib_resources
from typing import Any

_PACKAGE = "litopys.lang.uk"


def read_text(name: str) -> str:
    return importlib_resources.files(_PACKAGE).joinpath("data", name).read_text(encoding="utf-8")


def read_lines(name: str) -> list[str]:
    lines = []
    for raw in read_text(name).splitlines():
        line = raw.split("#", 1)[0].strip()
        if line:
            lines.append(line)
    return lines


def read_table(name: str) -> list[dict[str, str]]:
    """Rows of a TSV file with a header; blank cells become empty strings; ``#`` lines are skipped."""
    rows = [ln for ln in read_text(name).splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    reader = csv.DictReader(rows, delimiter="\t", quoting=csv.QUOTE_NONE)
    return [{k: (v or "").strip() for k, v in row.items() if k is not None} for row in reader]


@functools.cache
def abbreviations() -> frozenset[str]:
    """Lower-cased tokens after which a full stop does not end a sentence (р., ст., м., ...)."""
    return frozenset(read_lines("abbreviations.txt"))


@functools.cache
def table(name: str) -> tuple[dict[str, Any], ...]:
    return tuple(read_table(name))


@functools.cache
def word_set(name: str) -> frozenset[str]:
    return frozenset(line.lower() for line in read_lines(name))
