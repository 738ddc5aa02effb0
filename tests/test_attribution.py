"""Attribution: which outlet or institution the information comes from, the outlet it reached
us through, unnamed sources cited, and unattributed reports."""

from __future__ import annotations

import functools

import pytest

from litopys import analyze
from litopys.model import Analysis, Attribution

PUB = "2024-03-15"


@functools.cache
def run(text: str) -> Analysis:
    return analyze(text, PUB)


def name_of(a: Analysis, entity_id: str | None) -> str | None:
    ent = a.entity(entity_id)
    return ent.name if ent else None


def describe(a: Analysis) -> str:
    return (
        "; ".join(
            f"source={name_of(a, t.source)!r} via={name_of(a, t.via)!r} citing={t.citing!r} cue={t.cue!r}"
            for t in a.attributions
        )
        or "no attributions"
    )


def with_source(a: Analysis, name: str) -> Attribution | None:
    return next((t for t in a.attributions if name_of(a, t.source) == name), None)


# (text, canonical name of the source)
SOURCE_CASES: list[tuple[str, str]] = [
    (
        "Сили протиповітряної оборони збили 12 ударних дронів над Одеською областю. "
        "Про це повідомляє Укрінформ.",
        "Укрінформ",
    ),
    ("Росія перекинула до кордону з Фінляндією додаткові підрозділи, повідомляє Reuters.", "Reuters"),
    (
        # organizations keep the name the article gives them; their gazetteer key links articles
        "Сили оборони знищили два склади боєприпасів на лівобережжі, повідомили в Генштабі ЗСУ.",
        "Генштаб ЗСУ",
    ),
    ("У Кремлі заявили, що не бачать підстав для нових переговорів.", "Кремль"),
    ("Як повідомляє Українська правда, Верховна Рада ухвалила закон про мобілізацію.", "Українська правда"),
    (
        "За даними Міністерства оборони Великої Британії, Росія втратила понад половину своїх танків.",
        "Міністерство оборони Великої Британії",
    ),
    ("Про це у четвер повідомила Служба безпеки України.", "Служба безпеки України"),
    (
        "Міністерство оборони Росії тим часом заявило про «звільнення» Зарічного.",
        "Міністерство оборони Росії",
    ),
    (
        # news a body gives "про ...", a date set off by commas before the verb
        "Федеральна прокуратура Німеччини в четвер, 10 липня, повідомила про арешт Віталія Б., "
        "громадянина Німеччини та Росії.",
        "Федеральна прокуратура Німеччини",
    ),
    (
        "Північна Корея здійснила запуск балістичної ракети, повідомили в Міністерстві оборони "
        "Південної Кореї.",
        "Міністерство оборони Південної Кореї",
    ),
]


@pytest.mark.parametrize(("text", "source"), SOURCE_CASES)
def test_source(text: str, source: str) -> None:
    a = run(text)
    assert with_source(a, source) is not None, describe(a)


def test_source_via_outlet() -> None:
    """An outlet relaying a named source: the source is the institution, the outlet is ``via``."""
    a = run("Суспільне з посиланням на Повітряні сили ЗСУ повідомляє, що над Києвом збили вісім ракет.")
    t = with_source(a, "Повітряні сили ЗСУ")
    assert t is not None, describe(a)
    assert name_of(a, t.via) == "Суспільне", describe(a)


# (text, the outlet, a fragment of the unnamed source it cites)
CITING_CASES: list[tuple[str, str, str]] = [
    (
        "Bloomberg із посиланням на джерела в уряді повідомило, що Німеччина готує новий пакет допомоги.",
        "Bloomberg",
        "джерела в уряді",
    ),
    (
        "Reuters з посиланням на двох європейських дипломатів повідомляє, що ЄС погодив нові санкції.",
        "Reuters",
        "європейських дипломатів",
    ),
]


@pytest.mark.parametrize(("text", "outlet", "citing"), CITING_CASES)
def test_citing(text: str, outlet: str, citing: str) -> None:
    a = run(text)
    t = with_source(a, outlet)
    assert t is not None, describe(a)
    assert t.citing is not None and citing in t.citing, describe(a)


@pytest.mark.parametrize(
    "text",
    [
        "Стало відомо, що уряд планує переглянути тарифи на електроенергію.",
        "Як стало відомо, Кабмін звільнив заступника міністра енергетики.",
    ],
)
def test_unattributed(text: str) -> None:
    a = run(text)
    assert a.attributions, "expected an unattributed report (source None)"
    assert all(t.source is None for t in a.attributions), describe(a)


# ---------------------------------------------------------------- issue #5: other ways to name a source

ISSUE5_SOURCES: list[tuple[str, str]] = [
    # an institution that states something is a source; a person is one in "Про це ... X"
    (
        "Міністерство оборони Литви заявило, що навчання триватимуть до кінця місяця.",
        "Міністерство оборони Литви",
    ),
    (
        "Чехія вислала двох дипломатів. Про це в середу оголосив прем'єр-міністр Чехії Петр Фіала.",
        "Петр Фіала",
    ),
    # a document of the source between the cue and its name
    (
        "Ціни на газ зросли на 12%. Про це йдеться у звіті Міжнародного енергетичного агентства.",
        "Міжнародне енергетичне агентство",
    ),
    (
        "Інфляція сповільнилася до 3%. Про це свідчать дані Державної служби статистики.",
        "Державна служба статистики",
    ),
    # "Як повідомила X, ..." and institutions joined by "та"
    ("Як повідомила Дніпропетровська ОВА, поранення отримали троє людей.", "Дніпропетровська ОВА"),
    (
        "Про це повідомили в Сумській обласній військовій адміністрації та Державній службі з надзвичайних "
        "ситуацій.",
        "Державна служба з надзвичайних ситуацій",
    ),
    # a fact disclosed to an outlet
    ("Як стало відомо агентству Reuters, переговори відклали на тиждень.", "Reuters"),
    # a person's report verb closing the sentence; an institution with its portfolio after "з"
    (
        "Під завалами досі шукають двох людей, повідомив голова Херсонської ОВА Олександр Прокудін.",
        "Олександр Прокудін",
    ),
    (
        "Про це повідомило Управління ООН з координації гуманітарних питань.",
        "Управління ООН з координації гуманітарних питань",
    ),
]


@pytest.mark.parametrize(("text", "source"), ISSUE5_SOURCES)
def test_issue5_source(text: str, source: str) -> None:
    a = run(text)
    assert with_source(a, source) is not None, describe(a)


def test_person_statement_outside_about_this_is_no_source() -> None:
    a = run("Прем'єр-міністр Чехії Петр Фіала заявив, що уряд підтримає реформу.")
    assert with_source(a, "Петр Фіала") is None, describe(a)


def test_second_verb_of_a_person_is_no_institution_report() -> None:
    a = run(
        "Міністерка Оксана Жолнович подякувала агенціям ООН за співпрацю і повідомила, "
        "що уряд готує програму."
    )
    assert with_source(a, "Організація Об'єднаних Націй") is None, describe(a)


def test_a_person_named_before_the_report_verb_is_no_closing_report() -> None:
    a = run("Командувач Роберт Бровді, відомий під позивним «Мадяр», оприлюднив відео з моменту удару.")
    assert with_source(a, "Роберт Бровді") is None, describe(a)


# ---------------------------------------------------------------- the outlet that passed a source on

# (text, the original source, the outlet it reached us through)
RELAYED_CASES: list[tuple[str, str, str]] = [
    (
        "За даними Генштабу ЗСУ, росіяни втратили за добу 900 військових, передає Суспільне.",
        "Генштаб ЗСУ",
        "Суспільне",
    ),
    (
        "Ціни на зерно впали на 8%. Про це йдеться у звіті Світового банку, передає «Українська правда».",
        "Світовий банк",
        "Українська правда",
    ),
    (
        "Про це повідомило МЗС Хорватії, як передає агенція HINA.",
        "МЗС Хорватії",
        "HINA",
    ),
    (
        "Про це повідомляє Укрінформ із посиланням на пресслужбу Міноборони.",
        "Міноборони",
        "Укрінформ",
    ),
    (
        "Пекін висловив протест Манілі, повідомляє агенція Сіньхуа з посиланням на речника МЗС Китаю.",
        "МЗС Китаю",
        "Сіньхуа",
    ),
]


@pytest.mark.parametrize(("text", "source", "outlet"), RELAYED_CASES)
def test_outlet_relays_a_named_source(text: str, source: str, outlet: str) -> None:
    a = run(text)
    t = with_source(a, source)
    assert t is not None, describe(a)
    assert name_of(a, t.via) == outlet, describe(a)


def test_citing_after_participle() -> None:
    a = run("Про це пише Bloomberg, посилаючись на трьох поінформованих співрозмовників.")
    t = with_source(a, "Bloomberg")
    assert t is not None and t.citing is not None and "співрозмовників" in t.citing, describe(a)


def test_closing_report_clause_is_not_quoted() -> None:
    a = run("У Кремлі вже заявили, що не бачать підстав для переговорів, повідомляє ТАСС.")
    assert [q.text for q in a.quotes] == ["не бачать підстав для переговорів"]
    b = run("Про це йдеться у звіті Amnesty International, передає «Українська правда».")
    assert b.quotes == [], b.quotes


def test_an_outlet_citing_a_named_source_names_both() -> None:
    a = run("Про це повідомляє Укрінформ з посиланням на пресслужбу МЗС України.")
    assert with_source(a, "Укрінформ") is not None, describe(a)
    cited = with_source(a, "Міністерство закордонних справ України") or with_source(a, "МЗС України")
    assert cited is not None and name_of(a, cited.via) == "Укрінформ", describe(a)


def test_an_outlet_described_by_adjective_and_noun() -> None:
    a = run("За даними турецького видання BirGün, поліція затримала кількох журналістів.")
    assert with_source(a, "BirGün") is not None, describe(a)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Про це повідомляє литовський суспільний мовник LRT.", "LRT"),
        ("Міністерство викликало посла, як повідомляє агенція 24.kg.", "24.kg"),
    ],
)
def test_outlets_of_unseen_kinds(text: str, source: str) -> None:
    a = run(text)
    assert with_source(a, source) is not None, describe(a)


@pytest.mark.parametrize(
    "text",
    [
        "Генштаб ЗСУ офіційно ураження поки не підтверджував.",
        "Глава ОВА уточнив, що перші генератори прибудуть до кінця грудня.",
        "Латвія, за словами речника латвійського МЗС, розглядає можливість обмежити пересування дипломатів.",
    ],
)
def test_no_institution_is_the_source(text: str) -> None:
    a = run(text)
    assert all(t.source is None or name_of(a, t.source) in (None,) for t in a.attributions), describe(a)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Про це у вівторок повідомив генеральний директор Міжнародного агентства з атомної енергії "
            "(МАГАТЕ) Рафаель Гроссі.",
            "Рафаель Гроссі",
        ),
        ("Білоруська сторона заперечує порушення кордону, передає БелТА.", "БелТА"),
    ],
)
def test_a_titled_person_after_a_bracketed_abbreviation_and_mixed_case_outlets(
    text: str, source: str
) -> None:
    a = run(text)
    assert with_source(a, source) is not None, describe(a)


def test_an_outlets_edition_is_part_of_its_name() -> None:
    a = run("Як пише Politico Europe з посиланням на джерела, Єврокомісія готує лист до уряду.")
    outlet = next((e for e in a.entities if e.name == "Politico"), None)
    assert outlet is not None and [m.text for m in outlet.mentions] == ["Politico Europe"], describe(a)
    assert with_source(a, "Politico") is not None, describe(a)


def test_a_body_announcing_its_own_act_is_no_source() -> None:
    for text in (
        "НАБУ повідомило про підозру меру Житомира.",
        "Наприкінці липня Пентагон оголосив про новий пакет.",
    ):
        a = run(text)
        assert not a.attributions, describe(a)


def test_an_outlets_desk_reports_for_the_outlet_and_the_titled_person_it_cites() -> None:
    a = run(
        "Суд засудив журналіста. Про це повідомляє азербайджанська служба Радіо Свобода з посиланням на "
        "адвоката журналіста Заура Агаєва."
    )
    outlet = with_source(a, "Радіо Свобода")
    cited = with_source(a, "Заур Агаєв") or next((t for t in a.attributions if t.via is not None), None)
    assert outlet is not None and cited is not None and name_of(a, cited.via) == "Радіо Свобода", describe(a)


def test_a_ministry_named_with_a_country_adjective_is_that_countrys_not_another_named_before() -> None:
    a = run(
        "Речниця МЗС РФ Марія Захарова звинуватила Лондон. Туреччина закликала сторони утримуватися від "
        "ударів, повідомило турецьке МЗС."
    )
    assert with_source(a, "МЗС Туреччини") is not None, describe(a)


def test_officials_of_a_country_cited_are_unnamed_not_the_country() -> None:
    a = run(
        "Кім планує відвідати Росію. Про це повідомила The New York Times з посиланням на чиновників США і "
        "країн-союзниць."
    )
    assert with_source(a, "США") is None and with_source(a, "The New York Times") is not None, describe(a)


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Росія вимагає пояснень, цитує Захарову ТАСС.", "ТАСС"),
        ("За даними аналітичної компанії Kpler, імпорт російської нафти скоротився.", "Kpler"),
        ("Протест тривав до ранку, за даними Civil.ge.", "Civil.ge"),
    ],
)
def test_the_outlet_that_quotes_a_described_body_and_a_site_are_sources(text: str, outlet: str) -> None:
    a = run(text)
    assert with_source(a, outlet) is not None, describe(a)


def test_an_outlet_citing_words_in_a_relative_clause_is_the_source() -> None:
    a = run(
        "Новини дня. «Санкції не працюють», — заявила речниця МЗС Росії Марія Захарова, слова якої наводить "
        "агентство Reuters."
    )
    assert with_source(a, "Reuters") is not None, describe(a)


def test_an_institution_in_quotes_after_v_speaks_and_a_negated_cue_gives_no_source() -> None:
    a = run("Новини дня. В «Укрзалізниці» уточнили, що один із дронів влучив у пасажирський вагон.")
    assert with_source(a, "Укрзалізниця") is not None, describe(a)
    b = run("Новини дня. У «Нафтогазі» ситуацію не коментують.")
    assert not b.attributions, describe(b)


def test_two_officials_who_told_about_it_after_a_place_and_date_are_both_sources() -> None:
    a = analyze(
        "Латвійські слідчі затримали шістьох людей. Про це в середу, 11 березня, на спільному брифінгу в "
        "Ризі повідомили генеральний прокурор Юріс Стуканс і керівник VDD Нормундс Межвієтс.",
        "2026-03-12",
    )
    names = {a.entity(s.source).name for s in a.attributions if s.source and a.entity(s.source)}  # type: ignore[union-attr]
    assert names == {"Юріс Стуканс", "Нормундс Межвієтс"}, names


def test_the_german_press_agency_in_lower_case_is_an_outlet() -> None:
    a = analyze(
        "Канцлер Фрідріх Мерц прибув до Києва. «Ми не можемо нести цей тягар самотужки», — сказав він, "
        "як передає агентство dpa.",
        "2026-03-25",
    )
    sources = [a.entity(s.source) for s in a.attributions if s.source]
    assert any(e is not None and e.country == "DEU" for e in sources), a.attributions


def test_a_titled_speaker_after_the_verb_and_a_day() -> None:
    a = analyze(
        "Румунія викликала посла. «Росія наражає на небезпеку наших громадян», — заявила в понеділок "
        "міністерка закордонних справ Румунії Оана Цою.",
        "2025-10-21",
    )
    assert [name_of(a, q.speaker) for q in a.quotes] == ["Оана Цою"], a.quotes


def test_the_outlet_that_cites_in_an_aside_is_the_source() -> None:
    a = analyze(
        "Агентство Reuters, посилаючись на джерела в штаб-квартирі НАТО, пише, що засідання ради може "
        "відбутися вже наступного тижня.",
        "2025-10-09",
    )
    assert [name_of(a, t.source) for t in a.attributions] == ["Reuters"], describe(a)
    assert a.attributions[0].citing == "джерела в штаб-квартирі НАТО", describe(a)


def test_a_statement_of_the_embassy_named_before_is_its_quote() -> None:
    a = analyze(
        "Посольство Росії в Осло розкритикувало рішення. «Це провокація», — йдеться в заяві посольства.",
        "2025-06-12",
    )
    assert [name_of(a, q.speaker) for q in a.quotes] == ["Посольство Росії в Норвегії"], a.quotes
