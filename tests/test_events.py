"""PLOVER events: type, mode, source and target countries, date and modality.

The publication date is Friday 2024-03-15; an event in the lead with no date of its own happened on
the publication date.
"""

from __future__ import annotations

import functools
from typing import Any

import pytest

from litopys import analyze
from litopys.model import Analysis, Event

PUB = "2024-03-15"
ANY: Any = object()  # do not check this field


@functools.cache
def run(text: str) -> Analysis:
    return analyze(text, PUB)


def countries(actors: list) -> set[str]:
    return {x.country for x in actors if x.country}


def describe(a: Analysis) -> str:
    return (
        "; ".join(
            f"{e.type}/{e.mode} {e.trigger!r} src={sorted(countries(e.source))} "
            f"tgt={sorted(countries(e.target))} date={e.date} {e.modality}"
            for e in a.events
        )
        or "no events"
    )


def event_of(a: Analysis, etype: str) -> Event | None:
    return next((e for e in a.events if e.type == etype), None)


# (text, type, mode, source countries, target countries, date, modality)
CASES: list[tuple[str, str, Any, set[str], set[str], Any, str]] = [
    # meeting
    (
        "Президент Франції Емманюель Макрон зустрівся з президентом України Володимиром Зеленським у Парижі.",
        "CONSULT",
        ANY,
        {"FRA"},
        {"UKR"},
        "2024-03-15",
        "asserted",
    ),
    # visits
    (
        "Прем'єр-міністр Польщі Дональд Туск у четвер прибув до Києва.",
        "CONSULT",
        "visit",
        {"POL"},
        {"UKR"},
        "2024-03-14",
        "asserted",
    ),
    (
        "Міністр оборони США Ллойд Остін 12 березня відвідав Україну.",
        "CONSULT",
        "visit",
        {"USA"},
        {"UKR"},
        "2024-03-12",
        "asserted",
    ),
    # sanctions
    (
        "Велика Британія запровадила санкції проти Ірану за постачання дронів.",
        "SANCTION",
        ANY,
        {"GBR"},
        {"IRN"},
        "2024-03-15",
        "asserted",
    ),
    # accusation
    (
        "Міністерство закордонних справ Китаю звинуватило США у втручанні у внутрішні справи країни.",
        "ACCUSE",
        ANY,
        {"CHN"},
        {"USA"},
        "2024-03-15",
        "asserted",
    ),
    # threat
    (
        "Лідер КНДР Кім Чен Ин пригрозив Південній Кореї ядерним ударом.",
        "THREATEN",
        ANY,
        {"PRK"},
        {"KOR"},
        "2024-03-15",
        "asserted",
    ),
    # aid
    (
        "Японія надала Україні гуманітарну допомогу.",
        "AID",
        "humanitarian",
        {"JPN"},
        {"UKR"},
        "2024-03-15",
        "asserted",
    ),
    (
        "У вівторок Німеччина передала Україні зброю та боєприпаси.",
        "AID",
        "military",
        {"DEU"},
        {"UKR"},
        "2024-03-12",
        "asserted",
    ),
    # attacks
    (
        "13 березня російські війська обстріляли Харків балістичними ракетами.",
        "ASSAULT",
        ANY,
        {"RUS"},
        {"UKR"},
        "2024-03-13",
        "asserted",
    ),
    (
        "Вчора Збройні сили України атакували позиції російських військ під Бахмутом.",
        "ASSAULT",
        ANY,
        {"UKR"},
        {"RUS"},
        "2024-03-14",
        "asserted",
    ),
    # request
    (
        "Туреччина закликала Росію відновити зернову угоду.",
        "REQUEST",
        ANY,
        {"TUR"},
        {"RUS"},
        "2024-03-15",
        "asserted",
    ),
    # negation
    (
        "Президент США Джо Байден не зустрівся з головою КНР Сі Цзіньпіном під час саміту.",
        "CONSULT",
        ANY,
        {"USA"},
        {"CHN"},
        "2024-03-15",
        "negated",
    ),
    # planned
    (
        "Канцлер Німеччини Олаф Шольц планує відвідати Київ наступного тижня.",
        "CONSULT",
        "visit",
        {"DEU"},
        {"UKR"},
        "2024-W12",
        "planned",
    ),
    # conditional
    (
        "У разі порушення перемир'я США запровадять нові санкції проти Росії.",
        "SANCTION",
        ANY,
        {"USA"},
        {"RUS"},
        ANY,
        "conditional",
    ),
]


@pytest.mark.parametrize(("text", "etype", "mode", "src", "tgt", "date", "modality"), CASES)
def test_event(
    text: str, etype: str, mode: Any, src: set[str], tgt: set[str], date: Any, modality: str
) -> None:
    a = run(text)
    ev = event_of(a, etype)
    assert ev is not None, f"no {etype} event; got: {describe(a)}"
    got = describe(a)
    if mode is not ANY:
        assert ev.mode == mode, got
    assert countries(ev.source) == src, got
    assert countries(ev.target) == tgt, got
    if date is not ANY:
        assert ev.date == date, got
    assert ev.modality == modality, got


# Reciprocal events with coordinated or joint participants: (text, type, participant countries, date)
RECIPROCAL_CASES: list[tuple[str, str, set[str], str]] = [
    (
        "Президент Франції Емманюель Макрон і канцлер Німеччини Олаф Шольц провели переговори в Берліні.",
        "CONSULT",
        {"FRA", "DEU"},
        "2024-03-15",
    ),
    (
        "Україна і Польща домовилися про спільне виробництво боєприпасів.",
        "AGREE",
        {"UKR", "POL"},
        "2024-03-15",
    ),
    (
        "11 березня міністри закордонних справ України та Литви провели консультації у Вільнюсі.",
        "CONSULT",
        {"UKR", "LTU"},
        "2024-03-11",
    ),
]


@pytest.mark.parametrize(("text", "etype", "parties", "date"), RECIPROCAL_CASES)
def test_reciprocal_event(text: str, etype: str, parties: set[str], date: str) -> None:
    a = run(text)
    ev = event_of(a, etype)
    assert ev is not None, f"no {etype} event; got: {describe(a)}"
    assert countries(ev.source) | countries(ev.target) == parties, describe(a)
    assert ev.date == date, describe(a)
    assert ev.modality == "asserted", describe(a)


def test_protest() -> None:
    a = run("Польські фермери заблокували кордон з Україною на знак протесту проти імпорту зерна.")
    ev = event_of(a, "PROTEST")
    assert ev is not None, describe(a)
    assert countries(ev.source) == {"POL"}, describe(a)
    assert ev.date == "2024-03-15", describe(a)


def test_protest_demonstration() -> None:
    a = run("У суботу тисячі грузинів протестували в Тбілісі проти закону про іноземних агентів.")
    ev = event_of(a, "PROTEST")
    assert ev is not None, describe(a)
    assert ev.date == "2024-03-09", describe(a)
    assert ev.modality == "asserted", describe(a)


def test_date_carries_to_next_sentence() -> None:
    text = (
        "12 березня президент України Володимир Зеленський прибув до Варшави. "
        "Там він зустрівся з президентом Польщі Анджеєм Дудою."
    )
    a = run(text)
    consults = [e for e in a.events if e.type == "CONSULT"]
    assert len(consults) >= 2, describe(a)
    assert all(e.date == "2024-03-12" for e in consults), describe(a)


def test_according_to() -> None:
    a = run("Російські війська обстріляли Херсон, повідомляє Укрінформ.")
    ev = event_of(a, "ASSAULT")
    assert ev is not None, describe(a)
    src = a.entity(ev.according_to)
    assert src is not None and src.name == "Укрінформ", describe(a)
