"""The `litopys eval` scorer: gold loading and every matching rule of `litopys-gold/1`.

All system records here are hand-made, so these tests do not depend on the NLP pipeline.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console

from litopys.evaluate import (
    DocumentScore,
    EvalReport,
    GoldDocument,
    evaluate,
    find_occurrences,
    load_gold,
    match_one_to_one,
    render_table,
    score_document,
    sentence_spans,
)
from litopys.model import Actor, Analysis, Article, Entity, Event, Mention
from litopys.normalize import normalize

SHARED = Path(__file__).resolve().parents[1].parent / "shared"

NBSP = "\u00a0"

# A short article with a no-break space and a typographic apostrophe, as real articles have.
RAW = (
    "Зеленський зустрівся з Макроном\n"
    f"Президент України Володимир{NBSP}Зеленський 5{NBSP}березня зустрівся з президентом Франції "
    "Емманюелем Макроном у Парижі. Про це повідомляє Укрінформ.\n"
    'Макрон заявив, що Франція "підтримуватиме Україну стільки, скільки буде потрібно". '
    "Раніше Зеленський виступив в Організації Об\u2019єднаних Націй."
)
TEXT = normalize(RAW)


# --------------------------------------------------------------------------------------------------
# helpers


def write_gold(folder: Path, name: str, raw_text: str, **layers: Any) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.uk.txt").write_text(raw_text, encoding="utf-8")
    data: dict[str, Any] = {
        "format": "litopys-gold/1",
        "id": name,
        "text_file": f"{name}.uk.txt",
        "lang": "uk",
        "published": "2024-03-06",
        "entities": [],
        "timexes": [],
        "sources": [],
        "quotes": [],
        "events": [],
    }
    data.update(layers)
    path = folder / f"{name}.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def gold_doc(tmp_path: Path, raw_text: str = RAW, **layers: Any) -> GoldDocument:
    [doc] = load_gold(write_gold(tmp_path, "doc", raw_text, **layers))
    return doc


def at(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.find(needle, start + 1)
        assert start >= 0, needle
    return start, start + len(needle)


def mention(needle: str, nth: int = 0, text: str = TEXT) -> dict[str, Any]:
    start, end = at(text, needle, nth)
    return {"start": start, "end": end, "text": text[start:end]}


def ent(eid: str, etype: str, name: str, *mentions: str, text: str = TEXT) -> dict[str, Any]:
    return {"id": eid, "type": etype, "name": name, "mentions": [mention(m, text=text) for m in mentions]}


def span_of(needle: str, text: str = TEXT, nth: int = 0) -> dict[str, int]:
    start, end = at(text, needle, nth)
    return {"start": start, "end": end}


def record(text: str = TEXT, **layers: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "schema": "litopys/1",
        "text": text,
        "entities": [],
        "timexes": [],
        "quotes": [],
        "attributions": [],
        "events": [],
    }
    data.update(layers)
    return data


def counts(score: DocumentScore, layer: str) -> tuple[int, int, int]:
    s = score.layers[layer]
    return s.tp, s.fp, s.fn


def acc(score: DocumentScore, name: str) -> tuple[int, int]:
    a = score.accuracies[name]
    return a.correct, a.total


GOLD_ENTITIES: list[dict[str, Any]] = [
    {"id": "zel", "type": "PER", "name": "Володимир Зеленський", "mentions": ["Володимир Зеленський"]},
    {
        "id": "macron",
        "type": "PER",
        "name": "Емманюель Макрон",
        "mentions": ["Емманюелем Макроном", "Макрон"],
    },
    {"id": "ukrinform", "type": "ORG", "name": "Укрінформ", "mentions": ["Укрінформ"]},
    {"id": "un", "type": "ORG", "name": "ООН", "mentions": ["Організації Об'єднаних Націй"]},
    {"id": "paris", "type": "LOC", "name": "Париж", "mentions": ["Парижі"], "optional": True},
]


# --------------------------------------------------------------------------------------------------
# loading


def test_load_gold_reads_text_file_relative_to_json_and_normalizes(tmp_path: Path) -> None:
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "a.txt").write_text(RAW, encoding="utf-8")
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    path = gold_dir / "a.json"
    path.write_text(
        json.dumps(
            {"format": "litopys-gold/1", "id": "a", "text_file": "../texts/a.txt", "published": "2024-03-06"}
        ),
        encoding="utf-8",
    )
    [doc] = load_gold(path)
    assert doc.id == "a"
    assert doc.path == path
    assert doc.published == "2024-03-06"
    assert doc.text == TEXT
    assert NBSP not in doc.text and "\u2019" not in doc.text
    assert doc.raw["text_file"] == "../texts/a.txt"


def test_load_gold_folder_is_recursive_and_skips_other_json(tmp_path: Path) -> None:
    write_gold(tmp_path / "sub", "b", "Текст Б.")
    write_gold(tmp_path, "a", "Текст А.", published=None)
    (tmp_path / "output.json").write_text(json.dumps({"schema": "litopys/1"}), encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not json", encoding="utf-8")
    docs = load_gold(tmp_path)
    assert [d.id for d in docs] == ["a", "b"]
    assert docs[0].published is None
    assert docs[1].text == "Текст Б."


def test_load_gold_errors(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        load_gold(tmp_path / "missing.json")
    other = tmp_path / "other.json"
    other.write_text(json.dumps({"schema": "litopys/1"}), encoding="utf-8")
    with pytest.raises(ValueError):
        load_gold(other)
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps({"format": "litopys-gold/1", "text_file": "nope.txt"}), encoding="utf-8")
    with pytest.raises(ValueError, match="text_file"):
        load_gold(broken)


# --------------------------------------------------------------------------------------------------
# text helpers


def test_sentence_spans_split_rules() -> None:
    text = (
        'Заголовок без крапки\nПерше речення. "Друге" речення! 3 березня третє. '
        "В. Путін не ділиться. а це продовження… Нове?"
    )
    sentences = [text[s:e] for s, e in sentence_spans(text)]
    assert sentences == [
        "Заголовок без крапки",
        "Перше речення.",
        '"Друге" речення!',
        "3 березня третє.",
        "В. Путін не ділиться. а це продовження…",
        "Нове?",
    ]


def test_find_occurrences_is_loose_and_prefers_exact_case() -> None:
    text = "У березні вони знову зустрілися, а у  березні  — ні. Зв'язок є."
    assert find_occurrences(text, "у березні") == [at(text, "у  березні")]
    assert find_occurrences(text, "У березні") == [at(text, "У березні")]
    assert find_occurrences(text, "ВОНИ знову") == [at(text, "вони знову")]
    assert find_occurrences(text, f"Зв\u2019язок{NBSP}є") == [at(text, "Зв'язок є")]
    assert find_occurrences(text, "відсутнє") == []


def test_match_one_to_one_augments_and_serves_required_items_first() -> None:
    gold: list[dict[str, Any]] = [{"id": "opt", "optional": True}, {"id": "a"}, {"id": "b"}]
    # "a" prefers s0 but can use s1; "b" can only use s0; "opt" can only use s1.
    allowed = {("a", "s0"): 2.0, ("a", "s1"): 1.0, ("b", "s0"): 1.0, ("opt", "s1"): 5.0}
    matches = match_one_to_one(gold, ["s0", "s1"], lambda g, s: allowed.get((g["id"], s)))
    assert matches == {1: 1, 2: 0}


# --------------------------------------------------------------------------------------------------
# entities and linking


def test_entities_types_optional_and_false_positives(tmp_path: Path) -> None:
    gold = gold_doc(tmp_path, entities=GOLD_ENTITIES)
    system = record(
        entities=[
            ent("E1", "PER", "Володимир Зеленський", "Володимир Зеленський"),
            ent("E2", "PER", "Макрон", "Макрон"),  # found through another mention than the first
            ent("E3", "LOC", "Укрінформ", "Укрінформ"),  # wrong type: spurious, and the ORG is missed
            ent("E4", "LOC", "Париж", "Парижі"),  # optional gold: neither tp nor fp
            ent("E5", "LOC", "Франція", "Франція"),  # not in the gold: spurious
        ]
    )
    score = score_document(gold, system)
    assert counts(score, "entities") == (2, 2, 2)
    assert sorted(score.missed["entities"]) == [
        "ukrinform ORG 'Укрінформ'",
        "un ORG 'ООН'",
    ]
    assert len(score.spurious["entities"]) == 2


def test_entities_one_to_one(tmp_path: Path) -> None:
    gold = gold_doc(tmp_path, entities=GOLD_ENTITIES[:2])
    system = record(
        entities=[
            # Two clusters of the same person: one is matched, the other is a false positive.
            ent("E1", "PER", "Емманюель Макрон", "Емманюелем Макроном"),
            ent("E2", "PER", "Макрон", "Макрон"),
            # One cluster merging two people matches only one of them.
            ent("E3", "PER", "Володимир Зеленський", "Володимир Зеленський"),
        ]
    )
    assert counts(score_document(gold, system), "entities") == (2, 1, 0)

    merged = record(
        entities=[ent("E1", "PER", "Емманюель Макрон", "Емманюелем Макроном", "Володимир Зеленський")]
    )
    assert counts(score_document(gold, merged), "entities") == (1, 0, 1)


def test_entities_prefer_best_overlap(tmp_path: Path) -> None:
    gold = gold_doc(tmp_path, entities=GOLD_ENTITIES[:2])
    system = record(
        entities=[
            ent("E1", "PER", "Макрон", "Макрон"),
            ent("E2", "PER", "Емманюель Макрон", "Емманюелем Макроном", "Макрон"),
        ]
    )
    score = score_document(gold, system)
    assert counts(score, "entities") == (1, 1, 1)
    assert score.spurious["entities"][0].startswith("E1 ")
    assert acc(score, "linking") == (1, 1)


def test_entity_mentions_compare_loosely_but_case_sensitively(tmp_path: Path) -> None:
    gold = gold_doc(tmp_path, entities=GOLD_ENTITIES[3:4])
    loose = {"start": 0, "end": 0, "text": f"Організації{NBSP} Об\u02bcєднаних\nНацій"}
    system = record(entities=[{"id": "E1", "type": "ORG", "name": "ООН", "mentions": [loose]}])
    assert counts(score_document(gold, system), "entities") == (1, 0, 0)

    lower = {"start": 0, "end": 0, "text": "організації об'єднаних націй"}
    system = record(entities=[{"id": "E1", "type": "ORG", "name": "ООН", "mentions": [lower]}])
    assert counts(score_document(gold, system), "entities") == (0, 1, 1)

    # Without a "text", the mention is read from the offsets.
    start, end = at(TEXT, "Організації Об'єднаних Націй")
    sliced = {"start": start, "end": end}
    system = record(entities=[{"id": "E1", "type": "ORG", "name": "ООН", "mentions": [sliced]}])
    assert counts(score_document(gold, system), "entities") == (1, 0, 0)


def test_linking_accuracy(tmp_path: Path) -> None:
    entities = [dict(e) for e in GOLD_ENTITIES]
    entities[3]["accept_names"] = ["Організація Об'єднаних Націй"]
    gold = gold_doc(tmp_path, entities=entities)
    system = record(
        entities=[
            ent("E1", "PER", "володимир  ЗЕЛЕНСЬКИЙ", "Володимир Зеленський"),  # case and spaces: right
            ent("E2", "PER", "Емманюелем Макроном", "Емманюелем Макроном"),  # not nominative: wrong
            ent("E3", "ORG", "Укрінформ", "Укрінформ"),
            ent("E4", "ORG", "Організація Об\u2019єднаних Націй", "Організації Об'єднаних Націй"),  # accepted
            ent("E5", "LOC", "Парижі", "Парижі"),  # optional gold: not scored for linking
        ]
    )
    score = score_document(gold, system)
    assert counts(score, "entities") == (4, 0, 0)
    assert acc(score, "linking") == (3, 4)
    assert score.wrong["linking"] == ["macron: 'Емманюелем Макроном', expected 'Емманюель Макрон'"]


# --------------------------------------------------------------------------------------------------
# timexes


def timex(needle: str, value: str, mod: str | None = None, text: str = TEXT, nth: int = 0) -> dict[str, Any]:
    start, end = at(text, needle, nth)
    return {"start": start, "end": end, "text": text[start:end], "type": "DATE", "value": value, "mod": mod}


def test_timexes_overlap_values_mods_and_optional(tmp_path: Path) -> None:
    gold = gold_doc(
        tmp_path,
        timexes=[
            {"text": f"5{NBSP}березня", "value": "2024-03-05", "accept_values": ["XXXX-03-05"]},
            {"text": "раніше", "value": "PAST_REF", "mod": "START"},  # sentence-initial "Раніше" in the text
            {"text": "Про це", "value": "PRESENT_REF", "optional": True},
        ],
    )
    system = record(
        timexes=[
            timex("5 берез", "XXXX-03-05"),  # partial overlap is enough; accepted alternative value
            timex("Раніше Зеленський", "PAST_REF", mod="start"),
            timex("Про це", "PRESENT_REF"),  # optional: neither tp nor fp
            timex("стільки", "P1D"),  # spurious
        ]
    )
    score = score_document(gold, system)
    assert counts(score, "timexes") == (2, 1, 0)
    assert acc(score, "timex_value") == (2, 2)
    assert acc(score, "timex_mod") == (1, 1)

    wrong_values = record(timexes=[timex("5 березня", "2024-03-06"), timex("Раніше", "FUTURE_REF")])
    score = score_document(gold, wrong_values)
    assert counts(score, "timexes") == (2, 0, 0)
    assert acc(score, "timex_value") == (0, 2)
    assert acc(score, "timex_mod") == (0, 1)

    assert counts(score_document(gold, record()), "timexes") == (0, 0, 2)


def test_timexes_prefer_exact_case_and_match_one_to_one(tmp_path: Path) -> None:
    raw = "У березні ціни зросли, а у березні наступного року впали. Про це казали вчора і ще раз вчора."
    text = normalize(raw)
    gold = gold_doc(
        tmp_path,
        raw,
        timexes=[
            {"text": "у березні", "value": "2025-03"},  # the lowercase occurrence only
            {"text": "вчора", "value": "2024-03-05"},
        ],
    )
    system = record(
        text,
        timexes=[
            timex("У березні", "2024-03", text=text),  # the other occurrence: spurious
            timex("у березні наступного року", "2025-03", text=text),
            timex("вчора", "2024-03-05", text=text, nth=0),
            timex("вчора", "2024-03-05", text=text, nth=1),  # one gold item: one match
        ],
    )
    assert counts(score_document(gold, system), "timexes") == (2, 2, 0)

    twice = gold_doc(
        tmp_path / "twice",
        raw,
        timexes=[{"text": "вчора", "value": "2024-03-05"}, {"text": "вчора", "value": "2024-03-05"}],
    )
    system = record(
        text,
        timexes=[
            timex("вчора", "2024-03-05", text=text, nth=0),
            timex("вчора", "2024-03-05", text=text, nth=1),
        ],
    )
    assert counts(score_document(twice, system), "timexes") == (2, 0, 0)


# --------------------------------------------------------------------------------------------------
# sources


SYSTEM_ENTITIES = [
    ent("E1", "PER", "Володимир Зеленський", "Володимир Зеленський"),
    ent("E2", "PER", "Емманюель Макрон", "Емманюелем Макроном"),
    ent("E3", "ORG", "Укрінформ", "Укрінформ"),
    ent("E4", "ORG", "ООН", "Організації Об'єднаних Націй"),
    ent("E5", "PER", "Макрон", "Макрон"),  # a duplicate cluster of Macron: loses the entity matching
    ent("E6", "LOC", "Франція", "Франція"),
]


def attribution(source: str | None, needle: str, via: str | None = None) -> dict[str, Any]:
    return {**span_of(needle), "source": source, "via": via, "citing": None}


def test_sources(tmp_path: Path) -> None:
    gold = gold_doc(
        tmp_path,
        entities=GOLD_ENTITIES,
        sources=[
            {"entity": "ukrinform", "via": "un", "sentence_contains": f"Про{NBSP}це повідомляє"},
            {"entity": "macron", "sentence_contains": "Франція"},
            {"entity": "zel", "sentence_contains": "виступив", "optional": True},
            {"entity": "un", "sentence_contains": "зустрівся з президентом"},
        ],
    )
    system = record(
        entities=SYSTEM_ENTITIES,
        attributions=[
            attribution("E3", "повідомляє Укрінформ", via="E4"),  # right entity, right sentence
            attribution("E5", "Макрон заявив"),  # the duplicate cluster still resolves to Macron
            attribution("E1", "Раніше Зеленський"),  # optional: neither
            attribution("E4", "Про це"),  # right entity, wrong sentence: spurious (and "un" missed)
            attribution(None, "Макрон заявив"),  # no source: ignored
            attribution("E6", "Франція"),  # an entity that is not in the gold: spurious
        ],
    )
    score = score_document(gold, system)
    assert counts(score, "sources") == (2, 2, 1)
    assert score.missed["sources"] == ["un in 'зустрівся з президентом'"]
    assert acc(score, "source_via") == (1, 1)


def test_source_in_the_sentence_not_the_paragraph(tmp_path: Path) -> None:
    gold = gold_doc(
        tmp_path,
        entities=GOLD_ENTITIES,
        sources=[{"entity": "ukrinform", "sentence_contains": "зустрівся з президентом"}],
    )
    system = record(entities=SYSTEM_ENTITIES, attributions=[attribution("E3", "повідомляє Укрінформ")])
    assert counts(score_document(gold, system), "sources") == (0, 1, 1)


# --------------------------------------------------------------------------------------------------
# quotes


def quote(speaker: str | None, needle: str) -> dict[str, Any]:
    start, end = at(TEXT, needle)
    return {"start": start, "end": end, "text": TEXT[start:end], "kind": "direct", "speaker": speaker}


def test_quotes(tmp_path: Path) -> None:
    gold = gold_doc(
        tmp_path,
        entities=GOLD_ENTITIES,
        quotes=[
            {"speaker": "macron", "contains": "стільки, скільки", "verb": "заявив"},
            {"speaker": "zel", "contains": "виступив в Організації", "optional": True},
            {"speaker": "ukrinform", "contains": "зустрівся з президентом"},
        ],
    )
    system = record(
        entities=SYSTEM_ENTITIES,
        quotes=[
            quote("E2", '"підтримуватиме Україну стільки, скільки буде потрібно"'),  # covers, right speaker
            quote("E1", "Зеленський виступив в Організації Об'єднаних Націй"),  # optional: neither
            quote("E3", "зустрівся з президентом Франції"),  # covers, right speaker
        ],
    )
    score = score_document(gold, system)
    assert counts(score, "quotes") == (2, 0, 0)

    partial = record(
        entities=SYSTEM_ENTITIES,
        quotes=[
            quote("E2", "стільки, скіль"),  # overlaps but does not cover
            quote("E6", "підтримуватиме Україну стільки, скільки"),  # covers, wrong speaker
            quote(None, "стільки, скільки буде"),  # covers, no speaker
            quote("E5", "Україну стільки, скільки"),  # the duplicate Macron cluster resolves to Macron
        ],
    )
    score = score_document(gold, partial)
    assert counts(score, "quotes") == (1, 3, 1)


def test_quotes_one_to_one(tmp_path: Path) -> None:
    gold = gold_doc(
        tmp_path,
        entities=GOLD_ENTITIES,
        quotes=[
            {"speaker": "macron", "contains": "стільки, скільки"},
            {"speaker": "macron", "contains": "буде потрібно"},
        ],
    )
    # One quote covering both fragments matches one gold quote only.
    one = record(entities=SYSTEM_ENTITIES, quotes=[quote("E2", "стільки, скільки буде потрібно")])
    assert counts(score_document(gold, one), "quotes") == (1, 0, 1)
    two = record(
        entities=SYSTEM_ENTITIES,
        quotes=[quote("E2", "стільки, скільки буде потрібно"), quote("E2", "скільки буде потрібно")],
    )
    assert counts(score_document(gold, two), "quotes") == (2, 0, 0)


# --------------------------------------------------------------------------------------------------
# events


def actor(country: str | None, code: str | None = None) -> dict[str, Any]:
    return {"entity": None, "country": country, "code": code}


def event(
    eid: str,
    etype: str,
    needle: str,
    source: list[dict[str, Any]],
    target: list[dict[str, Any]],
    date: str | None = None,
    mode: str | None = None,
) -> dict[str, Any]:
    return {
        "id": eid,
        "type": etype,
        "mode": mode,
        "source": source,
        "target": target,
        "date": date,
        "location": None,
        "modality": "asserted",
        "according_to": None,
        **span_of(needle),
    }


GOLD_EVENTS: list[dict[str, Any]] = [
    {
        "id": "meet",
        "type": "CONSULT",
        "mode": "visit",
        "source": ["UKR"],
        "target": ["FRA"],
        "date": ["2024-03-05"],
        # Told twice: the second string is in a later sentence.
        "sentence_contains": ["не в цьому тексті", "зустрівся з президентом Франції", "Раніше Зеленський"],
    },
    {
        "id": "support",
        "type": "COOPERATE",
        "mode": "intend",
        "source": ["FRA"],
        "target": ["UKR", None],
        "date": ["2024-03-05", None],
        "sentence_contains": "підтримуватиме Україну",
    },
    {
        "id": "speech",
        "type": "CONSULT",
        "source": ["UKR"],
        "target": None,
        "date": [None],
        "sentence_contains": "виступив в Організації",
    },
]


def test_events_match_type_countries_sentence_and_dates(tmp_path: Path) -> None:
    gold = gold_doc(tmp_path, events=GOLD_EVENTS)
    system = record(
        events=[
            # The evidence is a clause inside the second sentence that carries the event.
            event(
                "V1", "CONSULT", "Зеленський виступив", [actor("UKR")], [actor("FRA", "FRAGOV")], "2024-03-05"
            ),
            # An empty target list matches a null target.
            event("V2", "COOPERATE", "Франція", [actor("FRA", "FRAGOV")], [], None, mode="intend"),
            # Gold `target: null` means no target; a target actor without a country counts as none.
            event("V3", "CONSULT", "Організації", [actor("UKR")], [actor(None)], "2024-03-05"),
        ]
    )
    score = score_document(gold, system)
    assert counts(score, "events") == (3, 0, 0)
    # V1 matches "meet" through its second sentence; V3 matches "speech" but its date is wrong.
    assert acc(score, "event_date") == (2, 3)
    assert score.wrong["event_date"] == ["speech: 2024-03-05, expected [None]"]
    assert acc(score, "event_mode") == (1, 2)


def test_events_mismatches_are_false_positives(tmp_path: Path) -> None:
    gold = gold_doc(tmp_path, events=GOLD_EVENTS)
    system = record(
        events=[
            event("V1", "COOPERATE", "зустрівся з президентом", [actor("UKR")], [actor("FRA")]),  # type
            event("V2", "COOPERATE", "підтримуватиме", [actor("UKR")], [actor("UKR")]),  # source
            event("V3", "CONSULT", "виступив", [actor("UKR")], [actor("RUS")]),  # target not null
            event("V4", "CONSULT", "Про це повідомляє", [actor("UKR")], [actor("FRA")]),  # sentence
        ]
    )
    score = score_document(gold, system)
    assert counts(score, "events") == (0, 4, 3)
    assert acc(score, "event_date") == (0, 0)


def test_events_one_to_one_prefers_required_gold(tmp_path: Path) -> None:
    optional = {**GOLD_EVENTS[0], "id": "meet-opt", "optional": True, "date": ["2024-03-05"]}
    gold = gold_doc(tmp_path, events=[optional, GOLD_EVENTS[0]])
    one = record(events=[event("V1", "CONSULT", "Парижі", [actor("UKR")], [actor("FRA")], "2024-03-06")])
    score = score_document(gold, one)
    assert counts(score, "events") == (1, 0, 0)
    assert score.wrong["event_date"] == ["meet: 2024-03-06, expected ['2024-03-05']"]

    # A second system event takes the optional gold event: neither tp nor fp.
    two = record(
        events=[
            event("V1", "CONSULT", "Парижі", [actor("UKR")], [actor("FRA")], "2024-03-05"),
            event("V2", "CONSULT", "Раніше", [actor("UKR")], [actor("FRA")], "2024-03-05"),
        ]
    )
    score = score_document(gold, two)
    assert counts(score, "events") == (1, 0, 0)
    assert acc(score, "event_date") == (1, 1)

    # A third is spurious.
    three = record(events=[*two["events"], event("V3", "CONSULT", "Парижі", [actor("UKR")], [actor("FRA")])])
    assert counts(score_document(gold, three), "events") == (1, 1, 0)


def test_missing_gold_strings_are_reported(tmp_path: Path) -> None:
    gold = gold_doc(tmp_path, events=GOLD_EVENTS[:1])
    score = score_document(gold, record())
    assert counts(score, "events") == (0, 0, 1)
    assert score.warnings == ["event sentence_contains 'не в цьому тексті' not found in the text"]


# --------------------------------------------------------------------------------------------------
# evaluate, micro-average, report


TEXT_B_RAW = f"Учора Кім Чен{NBSP}Ин прибув до Владивостока. Путін зустрів його."
TEXT_B = normalize(TEXT_B_RAW)


def test_evaluate_folder_micro_averages(tmp_path: Path) -> None:
    folder = tmp_path / "gold"
    write_gold(
        folder, "a", RAW, entities=GOLD_ENTITIES, timexes=[{"text": "5 березня", "value": "2024-03-05"}]
    )
    write_gold(
        folder / "more",
        "b",
        TEXT_B_RAW,
        published="2023-09-17",
        entities=[
            {"id": "kim", "type": "PER", "name": "Кім Чен Ин", "mentions": ["Кім Чен Ин"]},
            {"id": "putin", "type": "PER", "name": "Володимир Путін", "mentions": ["Путін"]},
            {"id": "vlad", "type": "LOC", "name": "Владивосток", "mentions": ["Владивостока"]},
        ],
        timexes=[{"text": "Учора", "value": "2023-09-16"}],
    )
    outputs = {
        TEXT: record(
            entities=[ent("E1", "PER", "Володимир Зеленський", "Володимир Зеленський")],
            timexes=[timex("5 березня", "2024-03-05")],
        ),
        TEXT_B: record(
            TEXT_B,
            entities=[
                ent("E1", "PER", "Кім Чен Ин", "Кім Чен Ин", text=TEXT_B),
                ent("E2", "PER", "Путін", "Путін", text=TEXT_B),
                ent("E3", "LOC", "Владивосток", "Владивостока", text=TEXT_B),
                ent("E4", "ORG", "Учора", "Учора", text=TEXT_B),
            ],
            timexes=[timex("Учора", "2023-09-17", text=TEXT_B)],
        ),
    }
    calls: list[tuple[str, str | None]] = []

    def analyze(text: str, published: str | None) -> dict[str, Any]:
        calls.append((text, published))
        return outputs[text]

    report = evaluate(folder, analyze)
    assert calls == [(TEXT, "2024-03-06"), (TEXT_B, "2023-09-17")]
    assert [d.id for d in report.documents] == ["a", "b"]
    a, b = report.documents
    assert counts(a, "entities") == (1, 0, 3)
    assert counts(b, "entities") == (3, 1, 0)
    micro = report.layers["entities"]
    assert (micro.tp, micro.fp, micro.fn) == (4, 1, 3)
    assert micro.precision == pytest.approx(4 / 5)
    assert micro.recall == pytest.approx(4 / 7)
    assert micro.f1 == pytest.approx(8 / 12)
    assert report.accuracies["linking"].correct == 3
    assert report.accuracies["linking"].total == 4
    assert report.accuracies["timex_value"].accuracy == pytest.approx(0.5)

    data = json.loads(json.dumps(report.to_dict(), ensure_ascii=False))
    assert data["micro"]["documents"] == 2
    assert data["micro"]["scores"]["entities"] == {
        "precision": pytest.approx(0.8),
        "recall": pytest.approx(4 / 7),
        "f1": pytest.approx(2 / 3),
        "tp": 4,
        "fp": 1,
        "fn": 3,
    }
    assert data["micro"]["scores"]["quotes"] == {
        "precision": None,
        "recall": None,
        "f1": None,
        "tp": 0,
        "fp": 0,
        "fn": 0,
    }
    assert data["micro"]["accuracy"]["linking"] == {"accuracy": 0.75, "correct": 3, "total": 4}
    assert [d["id"] for d in data["documents"]] == ["a", "b"]
    assert data["documents"][1]["wrong"]["linking"] == ["putin: 'Путін', expected 'Володимир Путін'"]

    console = Console(record=True, width=160)
    tables = render_table(report)
    assert tables
    for table in tables:
        console.print(table)
    out = console.export_text()
    assert "entities" in out and "0.667" in out and "linking" in out and "b" in out


def test_evaluate_accepts_analysis_objects_and_rejects_empty_folders(tmp_path: Path) -> None:
    write_gold(tmp_path, "a", RAW, entities=GOLD_ENTITIES[:1], events=GOLD_EVENTS[:1])
    start, end = at(TEXT, "Володимир Зеленський")

    def analyze(text: str, published: str | None) -> Analysis:
        return Analysis(
            pipeline="stub",
            article=Article(id="x", published=published),
            text=text,
            entities=[
                Entity(
                    "E1",
                    "PER",
                    "Володимир Зеленський",
                    "UKR",
                    mentions=[Mention(start, end, text[start:end])],
                )
            ],
            events=[
                Event(
                    "V1",
                    "CONSULT",
                    "visit",
                    [Actor("E1", "UKR", "UKRGOV")],
                    [Actor(None, "FRA", "FRAGOV")],
                    "2024-03-05",
                    None,
                    "asserted",
                    None,
                    start,
                    end,
                )
            ],
        )

    report = evaluate(tmp_path, analyze)
    assert counts(report.documents[0], "entities") == (1, 0, 0)
    assert counts(report.documents[0], "events") == (1, 0, 0)
    assert isinstance(report, EvalReport)

    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(ValueError):
        evaluate(empty, analyze)


@pytest.mark.shared
@pytest.mark.skipif(not SHARED.exists(), reason="../shared is not beside the project")
def test_shared_gold_parses() -> None:
    docs = load_gold(SHARED / "gold")
    assert docs
    doc = next(d for d in docs if d.id == "kim-russia-2023-09-21")
    assert len(doc.raw["entities"]) == 23
    assert len(doc.raw["timexes"]) == 11
    assert doc.published == "2023-09-21"
    assert "\u00a0" not in doc.text
    assert doc.text.startswith("Кім Чен Ин наказав")
