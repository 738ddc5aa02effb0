"""Sanity checks for the hand-written and generated lexicons in ``litopys/lang/uk/data``."""

from __future__ import annotations

import functools
from collections import Counter

import pycountry
import pymorphy3
import pytest

from litopys.lang.uk import resources
from litopys.normalize import loose_key

# ISO 3166-1 alpha-3 plus XKX, the user-assigned code for Kosovo that CLDR (XK) and event data use
ISO3 = frozenset(c.alpha_3 for c in pycountry.countries) | {"XKX"}
SECTORS = frozenset(
    {"GOV", "MIL", "LEG", "JUD", "COP", "MED", "BUS", "CVL", "IGO", "PTY", "EDU", "REB", "OPP", "NGO", "REL"}
)
GAZ_KINDS = frozenset(
    {
        "country",
        "capital",
        "city",
        "region",
        "feature",
        "seat",
        "institution",
        "igo",
        "outlet",
        "party",
        "company",
    }
)

COLUMNS = {
    "gazetteer.tsv": ["form", "type", "name", "country", "sector", "kind"],
    "country_adjectives.tsv": ["lemma", "country", "kind"],
    "roles.tsv": ["lemma", "sector", "kind"],
    "org_heads.tsv": ["lemma", "sector"],
    "geo_heads.tsv": ["lemma", "kind"],
}

# Forms as they occur in running text, with the lemma (sequence) the file must list for them.
INFLECTED = {
    "roles.tsv": {
        "президента": "президент",
        "прем'єр-міністра": "прем'єр-міністр",
        "речника": "речник",
        "речниці": "речниця",
        "заступниця": "заступниця",
        "заступника": "заступник",
        "першого заступника": "перший заступник",
        "першої заступниці": "перший заступниця",
        "міністра закордонних справ": "міністр закордонний справа",
        "міністром оборони": "міністр оборона",
        "прессекретаря": "прессекретар",
        "послом": "посол",
        "депутатів": "депутат",
        "нардепа": "нардеп",
        "суддею": "суддя",
        "генералом": "генерал",
        "командувача": "командувач",
        "військові": "військовий",
        "військовослужбовців": "військовослужбовець",
        "силовики": "силовик",
        "окупантів": "окупант",
        "посадовців": "посадовець",
        "чиновники": "чиновник",
        "дипломати": "дипломат",
        "протестувальників": "протестувальник",
        "журналістів": "журналіст",
        "кореспондентові": "кореспондент",
        "бізнесмена": "бізнесмен",
        "активістів": "активіст",
        "волонтерів": "волонтер",
        "королеви": "королева",
        "виконувача обов'язків": "виконувач обов'язок",
        "колишнього": "колишній",
        "генсека": "генсек",
    },
    "country_adjectives.tsv": {
        "російського": "російський",
        "російська": "російський",
        "північнокорейських": "північнокорейський",
        "південнокорейської": "південнокорейський",
        "американські": "американський",
        "українському": "український",
        "кремлівського": "кремлівський",
        "китайською": "китайський",
        "росіянина": "росіянин",
        "росіяни": "росіянин",
        "українців": "українець",
        "американцям": "американець",
        "м'янманського": "м'янманський",
        "буркінійського": "буркінійський",
    },
    "org_heads.tsv": {
        "міністерства": "міністерство",
        "сили": "сила",
        "війська": "військо",
        "збори": "збори",
        "партії": "партія",
        "службою": "служба",
        "суду": "суд",
    },
    "geo_heads.tsv": {
        "області": "область",
        "місті": "місто",
        "півострові": "півострів",
        "аеродромі": "аеродром",
        "морі": "море",
    },
}


@functools.cache
def _morph() -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer(lang="uk")


def _lemmas(word: str) -> set[str]:
    return {p.normal_form for p in _morph().parse(word)}


def _raw_rows(name: str) -> list[list[str]]:
    lines = resources.read_text(name).splitlines()
    return [ln.split("\t") for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]


def _round_trips(word: str) -> bool:
    """Some inflected form of ``word`` (genitive, or plural) lemmatizes back to ``word``."""
    for parse in _morph().parse(word):
        if parse.normal_form != word:
            continue
        for target in ({"gent"}, {"plur"}, {"datv"}):
            form = parse.inflect(target)
            if form is not None and word in _lemmas(form.word):
                return True
    return False


@pytest.mark.parametrize("name", sorted(COLUMNS))
def test_header_and_column_count(name: str) -> None:
    rows = _raw_rows(name)
    assert rows[0] == COLUMNS[name]
    bad = [r for r in rows[1:] if len(r) != len(COLUMNS[name])]
    assert not bad, bad[:5]
    table = resources.read_table(name)
    assert len(table) == len(rows) - 1
    for row in table:
        assert all(cell == cell.strip() for cell in row.values()), row


@pytest.mark.parametrize("name", sorted(COLUMNS))
def test_listed_text_forms_lemmatize_to_rows(name: str) -> None:
    rows = resources.read_table(name)
    if name == "gazetteer.tsv":
        return
    lemmas = {r["lemma"] for r in rows}
    for text, expected in INFLECTED[name].items():
        assert expected in lemmas, (name, expected)
        words, wanted = text.split(), expected.split()
        assert len(words) == len(wanted)
        for word, lemma in zip(words, wanted, strict=True):
            assert lemma in _lemmas(word), (text, word, lemma, _lemmas(word))


def test_gazetteer_rows() -> None:
    rows = resources.read_table("gazetteer.tsv")
    assert len(rows) > 1500
    keys = Counter((r["form"], r["type"]) for r in rows)
    assert [k for k, n in keys.items() if n > 1] == []
    for r in rows:
        assert r["type"] in {"PER", "ORG", "LOC"}, r
        assert r["kind"] in GAZ_KINDS, r
        assert r["form"] and r["name"], r
        assert r["form"] == loose_key(r["form"]), r
        assert r["country"] == "" or r["country"] in ISO3, r
        if r["type"] == "ORG":
            assert r["sector"] in SECTORS, r
        else:
            assert r["sector"] == "", r
        if r["kind"] == "igo":
            assert r["country"] == "" and r["sector"] == "IGO", r
        if r["kind"] in {"country", "capital", "city", "region", "feature"}:
            assert r["type"] == "LOC", r
        else:
            assert r["type"] == "ORG", r


def test_gazetteer_entities_are_consistent() -> None:
    rows = resources.read_table("gazetteer.tsv")
    by_name: dict[tuple[str, str], set[tuple[str, str, str]]] = {}
    forms = {(r["form"], r["type"]) for r in rows}
    for r in rows:
        by_name.setdefault((r["name"], r["type"]), set()).add((r["country"], r["sector"], r["kind"]))
    for (name, typ), attrs in by_name.items():
        assert len(attrs) == 1, (name, attrs)
        assert (name, typ) in forms, name


def test_gazetteer_covers_every_iso_country() -> None:
    rows = resources.read_table("gazetteer.tsv")
    covered = {r["country"] for r in rows if r["kind"] == "country"}
    assert covered == set(ISO3)
    capitals = {r["country"] for r in rows if r["kind"] == "capital"}
    assert len(capitals) >= 180


@pytest.mark.parametrize(
    ("form", "typ", "name", "country", "sector"),
    [
        ("Північна Корея", "LOC", "Північна Корея", "PRK", ""),
        ("КНДР", "LOC", "Північна Корея", "PRK", ""),
        ("Корейська Народно-Демократична Республіка", "LOC", "Північна Корея", "PRK", ""),
        ("РФ", "LOC", "Росія", "RUS", ""),
        ("Російська Федерація", "LOC", "Росія", "RUS", ""),
        ("Сполучені Штати", "LOC", "США", "USA", ""),
        ("Сполучені Штати Америки", "LOC", "США", "USA", ""),
        ("КНР", "LOC", "Китай", "CHN", ""),
        ("Україна", "LOC", "Україна", "UKR", ""),
        ("Пхеньян", "LOC", "Пхеньян", "PRK", ""),
        ("Владивосток", "LOC", "Владивосток", "RUS", ""),
        ("ДНР", "LOC", "ДНР", "UKR", ""),
        ("Корейський півострів", "LOC", "Корейський півострів", "", ""),
        ("Кремль", "ORG", "Кремль", "RUS", "GOV"),
        ("Білий дім", "ORG", "Білий дім", "USA", "GOV"),
        ("Пентагон", "ORG", "Пентагон", "USA", "MIL"),
        ("Банкова", "ORG", "Банкова", "UKR", "GOV"),
        ("Держдеп", "ORG", "Державний департамент", "USA", "GOV"),
        ("Yonhap", "ORG", "Yonhap News Agency", "KOR", "MED"),
        ("Йонхап", "ORG", "Yonhap News Agency", "KOR", "MED"),
        ("KCNA", "ORG", "Центральне телеграфне агентство Кореї", "PRK", "MED"),
        ("ЦТАК", "ORG", "Центральне телеграфне агентство Кореї", "PRK", "MED"),
        (
            "Центральне інформаційне агентство Кореї",
            "ORG",
            "Центральне телеграфне агентство Кореї",
            "PRK",
            "MED",
        ),
        ("Рейтер", "ORG", "Reuters", "GBR", "MED"),
        ("The New York Times", "ORG", "The New York Times", "USA", "MED"),
        ("Укрінформ", "ORG", "Укрінформ", "UKR", "MED"),
        ("ООН", "ORG", "Організація Об'єднаних Націй", "", "IGO"),
        ("Радбез ООН", "ORG", "Рада Безпеки ООН", "", "IGO"),
        ("Трудова партія Кореї", "ORG", "Трудова партія Кореї", "PRK", "PTY"),
        ("ЗСУ", "ORG", "Збройні сили України", "UKR", "MIL"),
        ("СБУ", "ORG", "Служба безпеки України", "UKR", "COP"),
    ],
)
def test_gazetteer_examples(form: str, typ: str, name: str, country: str, sector: str) -> None:
    rows = [r for r in resources.read_table("gazetteer.tsv") if r["form"] == form and r["type"] == typ]
    assert len(rows) == 1, form
    assert (rows[0]["name"], rows[0]["country"], rows[0]["sector"]) == (name, country, sector)


def test_country_adjectives() -> None:
    rows = resources.read_table("country_adjectives.tsv")
    assert len({(r["lemma"], r["kind"]) for r in rows}) == len(rows)
    for r in rows:
        assert r["lemma"] == r["lemma"].lower() and " " not in r["lemma"], r
        assert r["country"] in ISO3, r
        assert r["kind"] in {"adj", "demonym"}, r
    assert len({r["country"] for r in rows if r["kind"] == "adj"}) >= 120
    assert ("кремлівський", "RUS") in {(r["lemma"], r["country"]) for r in rows}


def test_roles() -> None:
    rows = resources.read_table("roles.tsv")
    assert len(rows) >= 120
    assert len({(r["lemma"], r["kind"]) for r in rows}) == len(rows)
    for r in rows:
        assert r["lemma"] == r["lemma"].lower() and r["lemma"] == " ".join(r["lemma"].split()), r
        assert r["kind"] in {"title", "group", "modifier"}, r
        if r["kind"] == "modifier":
            assert r["sector"] == "", r
        else:
            assert r["sector"] == "" or r["sector"] in SECTORS, r


def test_heads() -> None:
    org = resources.read_table("org_heads.tsv")
    geo = resources.read_table("geo_heads.tsv")
    assert len(org) >= 60 and len(geo) >= 40
    assert len({r["lemma"] for r in org}) == len(org)
    assert len({r["lemma"] for r in geo}) == len(geo)
    for r in org:
        assert r["sector"] == "" or r["sector"] in SECTORS, r
    for r in geo:
        assert r["kind"] in {
            "settlement",
            "admin",
            "country",
            "landform",
            "water",
            "facility",
            "transport",
            "street",
        }


@pytest.mark.parametrize("name", ["roles.tsv", "country_adjectives.tsv", "org_heads.tsv", "geo_heads.tsv"])
def test_every_lemma_word_is_a_pymorphy3_normal_form(name: str) -> None:
    """Each word of each lemma comes back from pymorphy3 for an inflected form of it.

    Words outside the dictionary must be covered by a text form listed in ``INFLECTED``.
    """
    listed = {w for lemma in INFLECTED[name].values() for w in lemma.split()}
    bad = []
    for row in resources.read_table(name):
        for word in row["lemma"].split():
            if word not in listed and not _round_trips(word):
                bad.append(word)
    assert not bad, bad
