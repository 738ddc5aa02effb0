"""Quotes: direct, indirect and mixed speech, and the entity who said it."""

from __future__ import annotations

import functools

import pytest

from litopys import analyze
from litopys.model import Analysis, Quote

PUB = "2024-03-15"


@functools.cache
def run(text: str) -> Analysis:
    return analyze(text, PUB)


def describe(a: Analysis) -> str:
    parts = []
    for q in a.quotes:
        ent = a.entity(q.speaker)
        parts.append(f"[{q.kind}] {q.text!r} speaker={ent.name if ent else None!r} cue={q.cue!r}")
    return "; ".join(parts) or "no quotes"


def quote_with(a: Analysis, fragment: str) -> Quote | None:
    return next((q for q in a.quotes if fragment in q.text), None)


# (text, fragment the quote must cover, kind, speaker's canonical name)
CASES: list[tuple[str, str, str, str]] = [
    # --- direct speech after a colon, in three kinds of quote marks ---
    (
        "Президент України Володимир Зеленський заявив: «Україна не погодиться на заморожування війни».",
        "Україна не погодиться на заморожування війни",
        "direct",
        "Володимир Зеленський",
    ),
    (
        'Міністр закордонних справ Дмитро Кулеба наголосив: "Санкції проти Росії мають бути посилені".',
        "Санкції проти Росії мають бути посилені",
        "direct",
        "Дмитро Кулеба",
    ),
    (
        "Віцепрем'єр-міністерка Ольга Стефанішина зазначила: „Ми очікуємо рішення до кінця року“.",
        "Ми очікуємо рішення до кінця року",
        "direct",
        "Ольга Стефанішина",
    ),
    (
        "Дмитро Кулеба написав у Telegram: «Росія знову атакувала цивільних. Світ має відповісти».",
        "Світ має відповісти",
        "direct",
        "Дмитро Кулеба",
    ),
    # --- direct speech before the attribution ---
    (
        "«Ми не залишимо Україну наодинці», — сказав канцлер Німеччини Олаф Шольц.",
        "Ми не залишимо Україну наодинці",
        "direct",
        "Олаф Шольц",
    ),
    (
        "«Переговори тривали понад три години», — розповів журналістам Андрій Єрмак.",
        "Переговори тривали понад три години",
        "direct",
        "Андрій Єрмак",
    ),
    (
        "«Ми будемо працювати з усіма партнерами», — додала Ольга Стефанішина.",
        "Ми будемо працювати з усіма партнерами",
        "direct",
        "Ольга Стефанішина",
    ),
    # --- pronoun speakers resolved to the previous person ---
    (
        "Канцлер Німеччини Олаф Шольц прибув до Києва. «Ми не залишимо Україну наодинці», — сказав він.",
        "Ми не залишимо Україну наодинці",
        "direct",
        "Олаф Шольц",
    ),
    (
        "Юлія Свириденко провела зустріч з інвесторами. "
        "Вона заявила, що економіка зросте на чотири відсотки.",
        "економіка зросте на чотири відсотки",
        "indirect",
        "Юлія Свириденко",
    ),
    (
        "Сергій Шойгу виступив на засіданні колегії. Він сказав: «Армія отримає нові ракетні комплекси».",
        "Армія отримає нові ракетні комплекси",
        "direct",
        "Сергій Шойгу",
    ),
    # --- indirect speech ---
    (
        "Прем'єр-міністр Денис Шмигаль заявив, що уряд виділить додаткові кошти на відновлення енергетики.",
        "уряд виділить додаткові кошти",
        "indirect",
        "Денис Шмигаль",
    ),
    (
        "Речник Білого дому Джон Кірбі повідомив, що новий пакет допомоги оголосять найближчим часом.",
        "новий пакет допомоги оголосять",
        "indirect",
        "Джон Кірбі",
    ),
    (
        "За словами Ольги Стефанішиної, Україна виконала всі рекомендації Єврокомісії.",
        "Україна виконала всі рекомендації",
        "indirect",
        "Ольга Стефанішина",
    ),
    (
        "Як зазначив президент Франції Емманюель Макрон, Європа має посилити оборонну промисловість.",
        "Європа має посилити оборонну промисловість",
        "indirect",
        "Емманюель Макрон",
    ),
    (
        "Міністерство оборони України повідомило, що армія отримала першу партію нових дронів.",
        "армія отримала першу партію нових дронів",
        "indirect",
        "Міністерство оборони України",
    ),
    # --- mixed speech: a cue followed by quoted fragments ---
    (
        "Генсек НАТО Єнс Столтенберг підкреслив необхідність «негайно збільшити постачання боєприпасів».",
        "негайно збільшити постачання боєприпасів",
        "mixed",
        "Єнс Столтенберг",
    ),
    (
        "Урсула фон дер Ляєн назвала рішення «історичним кроком для всієї Європи».",
        "історичним кроком для всієї Європи",
        "mixed",
        "Урсула фон дер Ляєн",
    ),
]


@pytest.mark.parametrize(("text", "fragment", "kind", "speaker"), CASES)
def test_quote(text: str, fragment: str, kind: str, speaker: str) -> None:
    a = run(text)
    q = quote_with(a, fragment)
    assert q is not None, f"no quote covering {fragment!r}; got: {describe(a)}"
    assert a.text[q.start : q.end] == q.text
    assert q.kind == kind, describe(a)
    ent = a.entity(q.speaker)
    assert ent is not None and ent.name == speaker, describe(a)
