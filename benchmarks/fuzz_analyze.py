"""Coverage-guided fuzzing of ``litopys.analyze`` with atheris (libFuzzer), beside the hypothesis
properties of ``tests/test_fuzz.py``. atheris is not a project dependency::

    .venv/bin/pip install atheris
    mkdir -p /tmp/litopys-fuzz && cp examples/*.uk.txt /tmp/litopys-fuzz/
    .venv/bin/python benchmarks/fuzz_analyze.py /tmp/litopys-fuzz -max_len=4096 -atheris_runs=20000

Each input is read as UTF-8 with ``surrogateescape`` (invalid bytes become lone surrogates), so the
example articles are good seeds. An input starting with the byte 0xFF takes its publication date
from the next three bytes (anywhere in 0001-01-01 … 9999-12-31); others are published 2024-03-15.
Every record is checked with ``tests.test_fuzz.check_record``: schema, offsets, references. A
failure stops the run and libFuzzer saves the input as ``crash-<sha1>``.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

with atheris.instrument_imports(include=["litopys"]):
    from litopys import analyze
    from litopys.pipeline import analyze as _load_the_stages  # noqa: F401

from tests.test_fuzz import check_record

DEFAULT_DATE = dt.date(2024, 3, 15)
LAST_DAY = dt.date.max.toordinal()


@atheris.instrument_func
def one_input(data: bytes) -> None:
    published = DEFAULT_DATE
    if data[:1] == b"\xff" and len(data) >= 4:
        published = dt.date.fromordinal(1 + int.from_bytes(data[1:4], "big") % LAST_DAY)
        data = data[4:]
    text = data.decode("utf-8", "surrogateescape")
    check_record(analyze(text, published).to_dict(), text)


def main() -> None:
    analyze("Київ, 14 березня. Зеленський заявив: «Так».", DEFAULT_DATE)  # load the resources
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
