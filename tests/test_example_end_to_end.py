"""The canonical example article end to end, scored against its hand-made gold annotation.

The thresholds are issue #2's acceptance numbers; the test skips where ../shared is absent.
"""

from __future__ import annotations

import json

import pytest

from litopys import analyze
from litopys.evaluate import evaluate
from tests.conftest import EXAMPLE_GOLD, SHARED, needs_shared

pytestmark = [needs_shared, pytest.mark.shared]


@pytest.fixture(scope="module")
def scores() -> dict[str, dict[str, float]]:
    report = evaluate(SHARED / "gold", lambda text, published: analyze(text, published).to_dict())
    return report.to_dict()["micro"]


@pytest.mark.parametrize(
    ("layer", "minimum"),
    [("entities", 0.95), ("timexes", 1.0), ("sources", 0.95), ("quotes", 0.95), ("events", 0.9)],
)
def test_layer_f1(scores: dict, layer: str, minimum: float) -> None:
    assert scores["scores"][layer]["f1"] >= minimum, scores["scores"][layer]


@pytest.mark.parametrize(
    ("measure", "minimum"), [("linking", 0.95), ("timex_value", 1.0), ("event_date", 0.9)]
)
def test_accuracy(scores: dict, measure: str, minimum: float) -> None:
    assert scores["accuracy"][measure]["accuracy"] >= minimum, scores["accuracy"][measure]


def test_gold_file_names_the_example() -> None:
    gold = json.loads(EXAMPLE_GOLD.read_text(encoding="utf-8"))
    assert gold["published"] == "2023-09-21"
