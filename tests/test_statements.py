"""Acts done by saying: the learned reader of quoted sentences without a trigger word, and its training."""

from __future__ import annotations

import json
import math
import shutil
from pathlib import Path

import pytest

from litopys import analyze
from litopys.statements import MODEL_FORMAT, Candidate, Model, collecting, load_model, shipped_model

GOLD = Path(__file__).resolve().parents[1] / "gold"
KATZ = "«Кожен, хто стріляє з Лівану, заплатить високу ціну», — заявив міністр оборони Ізраїлю Ізраель Кац."


def test_the_model_reads_the_most_probable_act_with_its_probability() -> None:
    model = Model(
        classes=("ACCUSE", "none"),
        bias=(0.0, 1.0),
        weights={"L:злочин": (3.0, 0.0), "L:погода": (0.0, 2.0)},
        threshold=0.6,
    )
    kind, p = model.read({"L:злочин": 1.0})
    assert kind == "ACCUSE" and p == pytest.approx(1 / (1 + math.exp(-2)))
    assert model.read({"L:погода": 1.0, "L:невідоме": 1.0})[0] == "none"
    assert model.read({})[0] == "none"


def test_a_model_file_of_another_format_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "m.json"
    path.write_text(json.dumps({"format": "other"}), encoding="utf-8")
    with pytest.raises(ValueError, match=MODEL_FORMAT):
        load_model(path)


def test_the_shipped_model_is_in_the_package() -> None:
    model = shipped_model()
    assert model is not None
    assert set(model.classes) >= {"ACCUSE", "THREATEN", "REJECT", "REQUEST", "none"}
    assert 0.5 <= model.threshold < 1


@pytest.mark.parametrize(
    ("text", "kind", "source", "target"),
    [
        (
            KATZ,
            "THREATEN",
            "ISR",
            "LBN",
        ),
        (
            "«Росія вкотре показала, чого варті її обіцянки про мир», — написав міністр закордонних справ "
            "Франції Жан-Ноель Барро.",
            "ACCUSE",
            "FRA",
            "RUS",
        ),
    ],
)
def test_a_quote_without_a_trigger_word_is_read_as_the_act_it_does(
    text: str, kind: str, source: str, target: str
) -> None:
    a = analyze(text, "2026-05-10")
    assert [(e.type, [x.country for x in e.source], [x.country for x in e.target]) for e in a.events] == [
        (kind, [source], [target])
    ]
    assert a.events[0].according_to is not None  # told by the speaker


def test_a_quote_of_plain_facts_is_no_act() -> None:
    a = analyze(
        "«Поїзд прибув до Львова о сьомій ранку, пасажири вже вдома», — сказав речник "
        "Укрзалізниці Андрій Тимошенко.",
        "2026-05-10",
    )
    assert a.events == []


def test_while_collecting_the_reader_only_records_candidates() -> None:
    with collecting() as bag:
        a = analyze(KATZ, "2026-05-10")
    assert a.events == []
    assert len(bag) == 1 and bag[0].speaker_country == "ISR"
    assert "L:ціна" in bag[0].features and "OTHER" in bag[0].features


def _small_gold(tmp_path: Path, count: int) -> Path:
    (tmp_path / "gold").mkdir()
    (tmp_path / "examples").mkdir()
    for path in sorted(GOLD.glob("*.json"))[:count]:
        shutil.copy(path, tmp_path / "gold" / path.name)
        text = json.loads(path.read_text(encoding="utf-8"))["text_file"]
        for source in (GOLD / text, GOLD / (text + ".json")):
            shutil.copy(source, tmp_path / "examples" / source.name)
    return tmp_path / "gold"


def test_training_labels_the_candidates_and_is_deterministic(tmp_path: Path) -> None:
    pytest.importorskip("sklearn")
    from litopys.training.statements import examples, fit

    rows = examples(_small_gold(tmp_path, 12))
    assert rows and all(isinstance(c, Candidate) for _, c, _ in rows)
    labels = {y for _, _, y in rows}
    assert "none" in labels and labels - {"none"}
    first, second = fit(rows), fit(list(rows))
    assert first == second
    assert first["format"] == MODEL_FORMAT and first["threshold"] > 0.5
    out = tmp_path / "model.json"
    out.write_text(json.dumps(first), encoding="utf-8")
    assert load_model(out).classes == tuple(first["classes"])


def test_a_charge_said_on_a_visit_is_aimed_at_the_adversary_not_the_host() -> None:
    a = analyze(
        "Німеччина вислала двох російських дипломатів. «Хто планує диверсії на німецькій землі, не може "
        "ховатися за дипломатичним імунітетом», — заявив міністр закордонних справ Німеччини Йоганн "
        "Вадефуль під час візиту до Гельсінкі.",
        "2025-10-16",
    )
    said = [e for e in a.events if e.type == "ACCUSE"]
    assert said and all({x.country for x in e.target} == {"RUS"} for e in said), a.events
