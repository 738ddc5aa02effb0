from __future__ import annotations

import pytest

from litopys.morphology import nominative, parses, process


def sentences(text: str) -> list[str]:
    return [s.text.strip() for s in process(text).sents if s.text.strip()]


def test_headline_without_full_stop_is_its_own_sentence() -> None:
    text = "Уряд ухвалив рішення\n\nМіністр фінансів представив бюджет. Депутати його підтримали."
    assert sentences(text) == [
        "Уряд ухвалив рішення",
        "Міністр фінансів представив бюджет.",
        "Депутати його підтримали.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "У 1991 р. Україна проголосила незалежність.",
        "Доповідь підготував В. Петренко з Києва.",
        "На вул. Хрещатик зібралися сотні людей.",
    ],
)
def test_abbreviations_and_initials_do_not_end_sentences(text: str) -> None:
    assert sentences(text) == [text]


def test_quote_closing_after_full_stop() -> None:
    text = 'Він сказав: "Ми готові." Після цього засідання завершилося.'
    assert len(sentences(text)) == 2


def test_lemmas_come_from_the_ukrainian_dictionary() -> None:
    doc = process("Міністр зустрівся з делегаціями")
    assert [t.lemma_ for t in doc] == ["міністр", "зустрітися", "з", "делегація"]


def test_parses_know_name_tags() -> None:
    assert any(p.has("Name") for p in parses("Сергія"))
    assert any(p.has("Surn") for p in parses("Шойгу"))


@pytest.mark.parametrize(
    ("word", "kwargs", "expected"),
    [
        ("Трудової", {"pos": "ADJF", "case": "gent", "gender": "femn"}, "трудова"),
        ("партії", {"pos": "NOUN", "case": "gent"}, "партія"),
        ("Путіним", {"pos": "NOUN", "case": "ablt"}, "путін"),
        ("Шойгу", {"pos": "NOUN", "case": "gent"}, "шойгу"),
    ],
)
def test_nominative(word: str, kwargs: dict[str, str], expected: str) -> None:
    assert nominative(word, **kwargs) == expected


def test_nominative_singular_of_lexemes_whose_nominative_has_no_case_tag() -> None:
    # the dictionary tags *завод* (nominative singular) with no case: the plural must not win
    assert nominative("заводу", pos="NOUN", case="gent") == "завод"
    assert nominative("завод", pos="NOUN", case="accs") == "завод"
    assert nominative("уряду", pos="NOUN", case="gent") == "уряд"
    assert nominative("дверей", pos="NOUN", case="gent") == "двері"  # plural only: stays plural


def test_a_name_ending_in_a_small_and_a_capital_letter_ends_its_sentence() -> None:
    text = "Кошти надійдуть через банк KfW. Торік банк профінансував ремонт шкіл."
    assert sentences(text) == ["Кошти надійдуть через банк KfW.", "Торік банк профінансував ремонт шкіл."]


def test_a_lone_latin_capital_ends_its_sentence_and_a_cyrillic_one_is_an_initial() -> None:
    assert sentences("Він написав у X. Сибіга закликав партнерів.") == [
        "Він написав у X.",
        "Сибіга закликав партнерів.",
    ]
    assert len(sentences("Доповідь підготував В. Петренко з Києва.")) == 1
