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


# ---------------------------------------------------------------- issue #5: speakers told another way

# (text, fragment the quote must cover, speaker's canonical name)
ISSUE5_CASES: list[tuple[str, str, str]] = [
    # a second speech verb joined by "і" / ", а" speaks for the same subject, and starts its own quote
    (
        "Речник МЗС Франції Крістоф Лемуан назвав заяву провокацією "
        "і заявив, що Париж відповість на санкції.",
        "Париж відповість на санкції",
        "Крістоф Лемуан",
    ),
    (
        "Прем'єр-міністр Норвегії Йонас Гар Стере привітав угоду і назвав її «важливим кроком до миру».",
        "важливим кроком до миру",
        "Йонас Гар Стере",
    ),
    (
        "Міністр оборони Латвії Андріс Спрудс заявив, що загроза "
        "зростає, а дії Мінська назвав «свідомою провокацією».",
        "свідомою провокацією",
        "Андріс Спрудс",
    ),
    # a speaker named only by a title after the quote, or in "за словами ..."
    (
        "Посол Канади в Україні Наталка Цмоць відвідала Харків. "
        "«Ми будемо з вами до перемоги», — сказала дипломатка.",
        "Ми будемо з вами до перемоги",
        "Наталка Цмоць",
    ),
    (
        "Прем'єр-міністр Греції Кіріакос Міцотакіс зустрівся з фермерами. "
        "«Уряд почув ваші вимоги», — наголосив прем'єр.",
        "Уряд почув ваші вимоги",
        "Кіріакос Міцотакіс",
    ),
    (
        "Глава МЗС Естонії Маргус Тсахкна прибув до Варшави. За словами "
        "міністра, країни домовилися про спільне патрулювання.",
        "країни домовилися про спільне патрулювання",
        "Маргус Тсахкна",
    ),
    # the reporting verb closes the sentence, the speaker named after it
    (
        "Поліція затримала вісьмох учасників сутичок, повідомив речник поліції Мадрида Хуан Гарсія.",
        "Поліція затримала вісьмох учасників сутичок",
        "Хуан Гарсія",
    ),
    # a relative clause between the speaker and the verb
    (
        "Президентка Словенії Наташа Пірц Мусар, яка перебуває "
        "з візитом у Римі, заявила, що ЄС має діяти швидше.",
        "ЄС має діяти швидше",
        "Наташа Пірц Мусар",
    ),
    # calling something a name
    (
        "Речник Пентагону Патрік Райдер назвав удар по лікарні грубим порушенням міжнародного права.",
        "грубим порушенням міжнародного права",
        "Патрік Райдер",
    ),
]


@pytest.mark.parametrize(("text", "fragment", "speaker"), ISSUE5_CASES)
def test_issue5_quote(text: str, fragment: str, speaker: str) -> None:
    a = run(text)
    q = quote_with(a, fragment)
    assert q is not None, f"no quote covering {fragment!r}; got: {describe(a)}"
    ent = a.entity(q.speaker)
    assert ent is not None and ent.name == speaker, describe(a)


def test_coordinated_speech_verbs_give_two_quotes() -> None:
    a = run(
        "Речник МЗС Франції Крістоф Лемуан назвав заяву провокацією і заявив, що Париж відповість на санкції."
    )
    assert len(a.quotes) == 2, describe(a)


def test_impersonal_naming_is_no_quote() -> None:
    a = run("Закон у Брюсселі назвали перешкодою на шляху до ЄС.")
    assert quote_with(a, "перешкодою") is None, describe(a)


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        # a name the dictionary does not know, right after the verb, is the speaker
        (
            "Речник Джей Тарріела виступив. «Це був не маневр, а напад. Ми маємо відео», — сказав Тарріела.",
            "Це був не маневр",
            "Тарріела",
        ),
        # a quote inside the quote does not end it
        (
            'Міський голова Віталій Малецький виступив. «Кожен такий "фотограф" — це потенційна ракета», '
            "— написав він у Telegram.",
            "потенційна ракета",
            "Віталій Малецький",
        ),
        # an interrupted quote whose speaker is given by a title
        (
            "Міністр закордонних справ України Андрій Сибіга прибув до Аргентини. «Ми цінуємо кожен крок, "
            "— зазначив український міністр, — але найбільше цінуємо послідовність».",
            "найбільше цінуємо послідовність",
            "Андрій Сибіга",
        ),
    ],
)
def test_speakers_of_unseen_kinds(text: str, fragment: str, speaker: str) -> None:
    a = run(text)
    q = quote_with(a, fragment)
    assert q is not None, describe(a)
    ent = a.entity(q.speaker)
    assert ent is not None and any(speaker in m.text for m in ent.mentions), describe(a)


def test_figures_a_source_gives_are_not_speech() -> None:
    a = run("За даними Офісу Генерального прокурора, від початку року про підозру повідомили 19 особам.")
    assert a.quotes == [], describe(a)


def test_a_surname_repeated_at_the_start_of_a_sentence_speaks() -> None:
    a = run("Лідер РНП Озгюр Озель звинуватив владу. Озель пообіцяв, що партія проводитиме мітинги щотижня.")
    q = quote_with(a, "партія проводитиме мітинги")
    assert q is not None and (e := a.entity(q.speaker)) is not None and e.name == "Озгюр Озель", describe(a)


def test_a_bare_title_followed_by_a_place_names_the_person_told_before() -> None:
    a = run(
        "Омбудсман Дмитро Лубінець виступив у Києві. «Ми вимагаємо від Росії передати списки "
        "депортованих дітей, — сказав омбудсман на брифінгу в Києві. — І надати доступ до кожної дитини»."
    )
    q = quote_with(a, "Ми вимагаємо")
    assert q is not None and a.entity(q.speaker).name == "Дмитро Лубінець", describe(a)  # type: ignore[union-attr]
    a = run("Марко Рубіо прибув до Києва. «Це важливо», — сказав речник Держдепартаменту США Томмі Піготт.")
    q = quote_with(a, "Це важливо")
    assert q is not None and a.entity(q.speaker).name == "Томмі Піготт", describe(a)  # type: ignore[union-attr]


def test_as_said_by_the_subject_not_by_the_partner_named_after() -> None:
    a = run(
        "Як зазначив Сибіга після зустрічі зі своїм французьким колегою Жаном-Ноелем Барро, Франція "
        "пообіцяла передати Україні додаткові системи протиповітряної оборони."
    )
    q = quote_with(a, "Франція пообіцяла")
    assert q is not None and a.entity(q.speaker).name == "Андрій Сибіга", describe(a)  # type: ignore[union-attr]


def test_a_name_after_a_title_of_a_body_speaks_for_both_joined_verbs() -> None:
    a = run(
        "Очільниця МЗС Оана Цою назвала інцидент «безвідповідальною провокацією» і заявила, що "
        "Бухарест поінформував партнерів."
    )
    for fragment in ("безвідповідальною провокацією", "Бухарест поінформував"):
        q = quote_with(a, fragment)
        assert q is not None and a.entity(q.speaker).name == "Оана Цою", describe(a)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "Глава угорської дипломатії Петер Сійярто виступив у Будапешті. «Наша відповідь буде "
            "симетричною», — наголосив міністр увечері в ефірі державного телеканалу M1.",
            "Наша відповідь",
            "Петер Сійярто",
        ),
        (
            "Міністр закордонних справ Польщі Радослав Сікорський виступив у Сеймі. Він зазначив, що "
            "Польща поінформувала союзників по НАТО та ЄС, і закликав Угорщину «нарешті визначитися».",
            "нарешті визначитися",
            "Радослав Сікорський",
        ),
        (
            "Омбудсман Дмитро Лубінець виступив у Києві. Він також закликав Міжнародний комітет "
            "Червоного Хреста домогтися доступу до всіх українських полонених.",
            "домогтися доступу",
            "Дмитро Лубінець",
        ),
        (
            "«Ще 212 наших людей удома», — написав у Telegram президент Володимир Зеленський. Глава "
            "держави наголосив, що Україна продовжить працювати над звільненням усіх.",
            "Україна продовжить",
            "Володимир Зеленський",
        ),
        # a relative clause between the name and the verb keeps the speaker on the left
        (
            "Колишня президентка Саломе Зурабішвілі, яка досі не визнає повноважень уряду, закликала "
            "Брюссель запровадити персональні санкції проти засновника партії.",
            "запровадити персональні санкції",
            "Саломе Зурабішвілі",
        ),
        # a speaker's pronoun never stands for a name inside the quote; the joined verb shares it
        (
            "Глава польської дипломатії Радослав Сікорський висловився різкіше. «Кожен тиждень зволікання "
            "Путін використовує для нових ударів», — наголосив він і закликав партнерів ухвалити рішення.",
            "Кожен тиждень зволікання",
            "Радослав Сікорський",
        ),
        (
            "Глава польської дипломатії Радослав Сікорський висловився різкіше. «Кожен тиждень зволікання "
            "Путін використовує для нових ударів», — наголосив він і закликав партнерів ухвалити рішення.",
            "ухвалити рішення",
            "Радослав Сікорський",
        ),
        # an indeclinable surname after the verb
        (
            "Міністр внутрішніх справ Румунії Кетелін Предою прибув до Сучави. «Румунія виконує свої "
            "зобов'язання в межах ЄС», — заявив Предою на спільній пресконференції.",
            "Румунія виконує",
            "Кетелін Предою",
        ),
        # a name inside a relative clause is no speaker
        (
            "Генеральна секретарка ЮНКТАД Ребека Гринспен, яка представляла на переговорах генсека ООН "
            "Антоніу Гутерреша, назвала зустріч «першим кроком, а не останнім».",
            "першим кроком",
            "Ребека Гринспен",
        ),
        # an unquoted clause closed by a pronoun and a speech verb
        (
            "Міністр економіки України Олексій Соболев заявив, що Київ готовий до переговорів. Не "
            "виключено й звернення до Світової організації торгівлі, додав він.",
            "Не виключено й звернення",
            "Олексій Соболев",
        ),
        # a bare title: the latest holder, even of a portfolio listed with commas
        (
            "Міністр сільського господарства Польщі Стефан Краєвський заявив, що заборона діятиме. Міністр "
            "економіки, довкілля та сільського господарства України Олексій Соболев назвав заборону "
            "порушенням. «Тепер м'яч на польському боці», — сказав міністр.",
            "м'яч на польському боці",
            "Олексій Соболев",
        ),
        # a short title for the holder of the long one
        (
            "Генеральний директор МАГАТЕ Рафаель Гроссі закликав до стриманості. Гендиректор додав, що до "
            "кінця місяця планує поїздки до Києва та Москви.",
            "планує поїздки",
            "Рафаель Гроссі",
        ),
        # an aside naming the outlet leaves the speaker outside it
        (
            "Радник верховного лідера Ірану Алі Акбар Велаяті, як передає агентство Tasnim, пригрозив, що "
            "Тегеран заблокує проєкт.",
            "Тегеран заблокує",
            "Алі Акбар Велаяті",
        ),
        (
            "У Міноборони Росії, як повідомляє ТАСС, заявили про удар по «пункту дислокації» в Харкові.",
            "про удар",
            "Міноборони Росії",
        ),
    ],
)
def test_the_speaker_is_not_the_channel_the_addressee_or_a_body_named_in_passing(
    text: str, fragment: str, speaker: str
) -> None:
    a = run(text)
    q = quote_with(a, fragment)
    assert q is not None and a.entity(q.speaker).name == speaker, describe(a)  # type: ignore[union-attr]


def test_an_unnamed_spokeswoman_speaks_for_her_body() -> None:
    a = run(
        "Речниця Федеральної прокуратури уточнила, що під час обшуку вилучили запальні суміші. "
        "«Ми маємо підстави вважати, що до підпалу залишалися лічені дні», — сказала вона."
    )
    for fragment in ("під час обшуку", "Ми маємо підстави"):
        q = quote_with(a, fragment)
        assert q is not None and a.entity(q.speaker).name == "Федеральна прокуратура", describe(a)  # type: ignore[union-attr]


def test_a_title_with_a_country_adjective_picks_that_countrys_person() -> None:
    a = run(
        "Міністр закордонних справ України Андрій Сибіга зустрівся з міністром закордонних справ Аргентини "
        "Пабло Кірно. Кірно подякував за візит. «Ми цінуємо кожен крок, — зазначив український міністр, "
        "— але найбільше цінуємо послідовність»."
    )
    q = quote_with(a, "цінуємо послідовність")
    assert q is not None and (e := a.entity(q.speaker)) is not None and e.name == "Андрій Сибіга", describe(a)


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        # a lower-case head noun after "в/у" refers back to the institution named before
        (
            "Конфедерація прогресивних профспілок Туреччини (DİSK) пригрозила страйком. "
            "Як зазначили в конфедерації, остаточне рішення ухвалять у неділю.",
            "остаточне рішення ухвалять",
            "Конфедерація прогресивних профспілок Туреччини",
        ),
        (
            "Державний департамент США засудив дії Китаю. "
            "У заяві відомства нагадали, що договір про взаємну оборону поширюється на філіппінські судна.",
            "договір про взаємну оборону",
            "Державний департамент США",
        ),
        # condemning quoted words quotes them
        (
            "Державний департамент США засудив «небезпечні та дестабілізуючі дії» Китаю.",
            "небезпечні та дестабілізуючі дії",
            "Державний департамент США",
        ),
    ],
)
def test_institutions_referred_to_by_a_common_noun(text: str, fragment: str, speaker: str) -> None:
    a = run(text)
    q = quote_with(a, fragment)
    assert q is not None and (e := a.entity(q.speaker)) is not None and e.name == speaker, describe(a)


def test_a_statement_quoted_with_its_document_speaks_for_its_author() -> None:
    a = run(
        "Міністерство закордонних справ України в суботу засудило атаку. «Росія вкотре воює з цивільними. "
        "Закликаємо партнерів пришвидшити постачання систем ППО», — ідеться в заяві відомства."
    )
    q = quote_with(a, "Закликаємо партнерів")
    assert q is not None and (e := a.entity(q.speaker)) is not None, describe(a)
    assert e.name == "Міністерство закордонних справ України", describe(a)


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "«Це не хуліганство. Це свідома участь у гібридній війні», "
            "— заявила в суді прокурорка Аушра Янкаускене.",
            "свідома участь",
            "Аушра Янкаускене",
        ),
        (
            "Губернатор Олександр Богомаз написав, що сили ППО відбили атаку. "
            "Постраждалих, за його словами, немає.",
            "Постраждалих",
            "Олександр Богомаз",
        ),
        (
            "Про удар повідомив начальник обласної військової адміністрації Олег Григоров. "
            "«Ворог бив по енергетиці», — написав глава ОВА в Telegram.",
            "Ворог бив по енергетиці",
            "Олег Григоров",
        ),
    ],
)
def test_speakers_after_adverbials_parentheses_and_titles_of_bodies(
    text: str, fragment: str, speaker: str
) -> None:
    a = run(text)
    q = quote_with(a, fragment)
    assert q is not None and (e := a.entity(q.speaker)) is not None and e.name == speaker, describe(a)


def test_the_head_of_a_body_is_the_one_introduced_as_its_head() -> None:
    a = run(
        "Делегацію зустріли віцепрем'єр-міністр Олексій Кулеба та начальник обласної військової "
        "адміністрації В'ячеслав Чаус. Глава ОВА уточнив, що перші генератори прибудуть до кінця грудня."
    )
    q = quote_with(a, "перші генератори")
    assert q is not None and (e := a.entity(q.speaker)) is not None and e.name == "В'ячеслав Чаус", describe(
        a
    )


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "Радник президента Грузії Гіоргі Гахарія в інтерв'ю агентству AFP запевнив, що Тбілісі не "
            "шукає конфронтації.",
            "не шукає конфронтації",
            "Гіоргі Гахарія",
        ),
        (
            "Уповноважена з прав дитини в РФ Марія Львова-Бєлова заявила, що діти перебувають у безпеці.",
            "перебувають у безпеці",
            "Марія Львова-Бєлова",
        ),
        (
            "Прем'єр-міністр Катару Мохаммед аль-Тані заявив, що Доха готова до нових переговорів.",
            "готова до нових переговорів",
            "Мохаммед аль-Тані",
        ),
        (
            "Генсек ООН Антоніу Гутерреш закликав обидві країни до стриманості.",
            "обидві країни до стриманості",
            "Антоніу Гутерреш",
        ),
    ],
)
def test_speakers_behind_outlets_hyphens_and_calls(text: str, fragment: str, speaker: str) -> None:
    a = run(text)
    q = quote_with(a, fragment)
    ent = a.entity(q.speaker) if q is not None else None
    assert ent is not None and ent.name == speaker, describe(a)


@pytest.mark.parametrize(
    ("text", "contains"),
    [
        (
            "Міністр закордонних справ Литви Кястутіс Будріс закликав запустити проти Угорщини процедуру за "
            "статтею 7.",
            "запустити проти Угорщини процедуру",
        ),
        (
            "Віцепрем'єр Олексій Кулеба закликав інші країни «Групи семи» долучитися до фінансування житла.",
            "долучитися до фінансування житла",
        ),
    ],
)
def test_a_call_to_do_something_is_quoted_whatever_stands_before_the_infinitive(
    text: str, contains: str
) -> None:
    a = analyze(text, "2025-10-21")
    assert any(contains in q.text for q in a.quotes), a.quotes


def test_a_foreign_first_name_takes_the_gender_its_title_and_verb_show() -> None:
    a = analyze(
        "Федеральна міністерка Німеччини Реем Алабалі-Радован прибула до Києва. Частину котелень, за її "
        "словами, уже відвантажили з Гамбурга.",
        "2025-11-25",
    )
    names = {e.id: e.name for e in a.entities}
    assert any(names.get(q.speaker) == "Реем Алабалі-Радован" and "Гамбурга" in q.text for q in a.quotes), (
        a.quotes
    )


def test_a_title_of_either_gender_takes_the_gender_of_its_verb() -> None:
    a = analyze(
        "Угоду підписали міністр фінансів Сергій Марченко та прем'єр-міністерка Юлія Свириденко. Глава "
        "уряду додала, що Кабінет міністрів схвалив постанову.",
        "2026-03-12",
    )
    names = {e.id: e.name for e in a.entities}
    assert any(names.get(q.speaker) == "Юлія Свириденко" and "постанову" in q.text for q in a.quotes), (
        a.quotes
    )


def test_an_envoy_by_title_is_the_permanent_representative_and_a_quoted_call_keeps_its_words() -> None:
    a = analyze(
        "Постійний представник США Майк Волц засудив удар. Водночас американський посол закликав Київ і "
        "Москву «без зволікань сісти за стіл переговорів».",
        "2025-10-01",
    )
    names = {e.id: e.name for e in a.entities}
    assert any(names.get(q.speaker) == "Майк Волц" and "без зволікань сісти" in q.text for q in a.quotes), (
        a.quotes
    )


def test_condolences_are_not_the_quoted_words_of_the_next_verb() -> None:
    a = analyze(
        "Постійний представник Китаю Фу Цун висловив співчуття родинам загиблих і закликав «усі сторони» "
        "утримуватися від ударів.",
        "2025-10-01",
    )
    assert not any("співчуття" in q.text for q in a.quotes), a.quotes


def test_a_demand_quotes_what_follows_shchob() -> None:
    a = analyze(
        "Речник Кремля Дмитро Пєсков зажадав, щоб Молдова спершу погасила борг «Газпрому».", "2025-07-08"
    )
    assert any("Молдова спершу погасила борг" in q.text for q in a.quotes), a.quotes


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        # a clause reported by a person named after the verb, with a quoted name inside it
        (
            "На Сумщині ворожі «шахеди» атакували енергетичні об'єкти, повідомив начальник Сумської "
            "обласної військової адміністрації Володимир Артюх.",
            "атакували енергетичні об'єкти",
            "Артюх",
        ),
        # ... by a body in the nominative, or by a body with "в" after a subjectless verb
        ("Уночі ворог атакував Харків, повідомили Повітряні сили ЗСУ.", "ворог атакував Харків", "Повітряні"),
        (
            "Кошти надійдуть до загального фонду бюджету найближчими днями, уточнили в Міністерстві "
            "фінансів.",
            "Кошти надійдуть",
            "Міністерств",
        ),
        # a subjectless report with a що-clause says what it reports
        (
            "У штабі НАТО повідомили, що до району інциденту направлено два кораблі.",
            "направлено два кораблі",
            "НАТО",
        ),
        # a claim made as a noun after "заявити про"
        (
            "Міністерство оборони Росії заявило про захоплення Лисівки.",
            "про захоплення Лисівки",
            "Міністерство",
        ),
        # a gerund of speech after the main verb speaks for the main verb's subject
        (
            "У Генштабі ЗСУ це спростували, наголосивши, що бої за село тривають.",
            "бої за село тривають",
            "Генштаб",
        ),
        # a call to a hyphenated addressee
        (
            "Кая Каллас закликала держави-члени внести танкер до наступного пакета санкцій.",
            "внести танкер",
            "Каллас",
        ),
    ],
)
def test_reported_clauses_claims_and_gerunds_of_speech(text: str, fragment: str, speaker: str) -> None:
    a = run(text)
    q = quote_with(a, fragment)
    assert q is not None, describe(a)
    ent = a.entity(q.speaker)
    assert ent is not None and any(speaker in m.text for m in ent.mentions), describe(a)


@pytest.mark.parametrize(
    "text",
    [
        "Газ надходитиме через термінал у Свіноуйсьце, повідомляє Укрінформ.",
        "Про це повідомляє сербська агенція Beta, передає Укрінформ.",
    ],
)
def test_the_outlet_passing_on_the_news_is_no_speaker(text: str) -> None:
    a = run(text)
    assert not a.quotes, describe(a)


def test_an_outlet_that_reported_something_is_a_source_not_a_speaker() -> None:
    a = run(
        "4 вересня у The New York Times із посиланням на чиновників США повідомили, що Кім Чен Ин планує "
        "відвідати Росію."
    )
    assert not a.quotes, describe(a)


def test_the_director_of_an_agency_has_the_agencys_sector() -> None:
    a = run("Генеральний директор МАГАТЕ Рафаель Гроссі закликав до стриманості.")
    assert any(e.name == "Рафаель Гроссі" and e.code == "IGO" for e in a.entities), describe(a)


def test_an_unknown_surname_with_no_case_ending_is_a_subject() -> None:
    a = run("Вадефуль в інтерв'ю телеканалу ARD заявив, що Берлін запропонує нові санкції.")
    q = quote_with(a, "Берлін запропонує")
    assert q is not None and a.entity(q.speaker).name == "Йоганн Вадефуль", describe(a)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "outlets"),
    [
        ("Про це повідомляє словацька агенція TASR, а також російське ТАСС.", {"TASR", "ТАСС"}),
        (
            "Про це повідомляє Польське агентство преси (PAP) з посиланням на речника Національної "
            "прокуратури Пшемислава Новака.",
            {"Польське агентство преси", "Пшемислав Новак"},
        ),
        (
            "Про це повідомляє Укрінформ з посиланням на сайт Офісу Президента.",
            {"Укрінформ", "Офіс президента"},
        ),
        (
            "Посол КНР Ма Шенкунь, як пише South China Morning Post, передав до МЗС України ноту протесту.",
            {"South China Morning Post"},
        ),
    ],
)
def test_sources_joined_cited_by_name_or_site_and_no_note_handed_over(text: str, outlets: set[str]) -> None:
    a = run(text)
    names = {e.name for s in a.attributions if (e := a.entity(s.source)) is not None}
    assert names == outlets, names


def test_a_he_after_a_long_name_chain_is_the_subject_the_verb_follows() -> None:
    a = run(
        "Радник командувача угруповання Мохамеда Хамдана Дагало Аль-Баша Тібік написав у соцмережі X, що "
        "армія «саботує переговори». Він також стверджує, що у вівторок авіація розбомбила ринок у Ньялі."
    )
    first, second = quote_with(a, "саботує"), quote_with(a, "розбомбила ринок")
    assert first is not None and second is not None, describe(a)
    # the Arabic article joined by a hyphen is part of the name
    assert a.entity(second.speaker).name == a.entity(first.speaker).name == "Аль-Баша Тібік", describe(a)  # type: ignore[union-attr]


def test_a_bodys_title_followed_by_its_portfolio_and_a_name_is_that_person() -> None:
    a = run(
        "Масад Булос заявив, що переговори тривають. «Люди вмирають від голоду», — заявив заступник "
        "генерального секретаря ООН з гуманітарних питань Том Флетчер."
    )
    q = quote_with(a, "Люди вмирають")
    assert q is not None and a.entity(q.speaker).name == "Том Флетчер", describe(a)  # type: ignore[union-attr]


def test_an_appeal_goes_on_through_a_joined_infinitive_of_speech() -> None:
    a = run("Том Флетчер закликав обидві сторони негайно відкрити коридори і гарантувати безпеку водіїв.")
    q = quote_with(a, "відкрити коридори")
    assert q is not None and q.text.endswith("безпеку водіїв"), describe(a)


def test_according_to_a_speaker_told_to_journalists_is_a_quote() -> None:
    a = run(
        "«Ми запропонували перемир'я», — сказав у середу журналістам радник президента США Масад Булос. "
        "За словами Булоса, проєкт угоди передбачає припинення вогню на три місяці."
    )
    q = quote_with(a, "проєкт угоди")
    assert q is not None and a.entity(q.speaker).name == "Масад Булос", describe(a)  # type: ignore[union-attr]


def test_a_pronoun_after_an_inverted_cue_is_someone_named_before_the_words() -> None:
    a = run(
        "Адвокат Туре Гауген сказав журналістам, що його клієнт невинний. "
        "Захист подасть апеляцію до Апеляційного суду Гулатінг, додав він."
    )
    q = quote_with(a, "подасть апеляцію")
    assert q is not None and a.entity(q.speaker).name == "Туре Гауген", describe(a)  # type: ignore[union-attr]


def test_a_parenthetical_between_subject_and_verb_leaves_the_subject_speaking() -> None:
    a = run(
        "Прем'єр-міністр Лівану Наваф Салам, своєю чергою, закликав США та Францію «змусити Ізраїль "
        "дотримуватися зобов'язань»."
    )
    q = quote_with(a, "змусити Ізраїль")
    assert q is not None and a.entity(q.speaker).name == "Наваф Салам", describe(a)  # type: ignore[union-attr]


def test_a_speech_verb_set_off_inside_the_sentence_reports_the_sentence_around_it() -> None:
    a = run(
        "Канцлер Фрідріх Мерц прибув до Києва. Перші з цих систем, уточнив канцлер, надійдуть до кінця року."
    )
    q = quote_with(a, "надійдуть до кінця року")
    assert q is not None and a.entity(q.speaker).name == "Фрідріх Мерц", describe(a)  # type: ignore[union-attr]


def test_a_surname_in_the_genitive_before_a_full_name_is_whose_title_not_the_speaker() -> None:
    a = analyze(
        "Поліція затримала Мамуку Хазарадзе. «Це превентивні арешти», — сказав агентству Reuters адвокат "
        "Хазарадзе Давид Кікнадзе.",
        published="2026-10-03",
    )
    names = {e.id: e.name for e in a.entities}
    said = [q for q in a.quotes if "превентивні" in q.text]
    assert said and names.get(said[0].speaker or "") == "Давид Кікнадзе", [
        (q.speaker, q.text) for q in a.quotes
    ]


def test_a_first_name_only_nominative_makes_its_person_the_speaker() -> None:
    a = analyze(
        "Прем'єр-міністр Косова Альбін Курті назвав інцидент «спланованою провокацією Белграда».",
        published="2026-06-24",
    )
    names = {e.id: e.name for e in a.entities}
    assert a.quotes and names.get(a.quotes[0].speaker or "") == "Альбін Курті", [
        (q.speaker, q.text) for q in a.quotes
    ]
