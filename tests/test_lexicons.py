"""Sanity checks for the Ukrainian lexicons in ``src/litopys/lang/uk/data/``."""

from __future__ import annotations

import functools
from collections import Counter
from typing import get_args

import pymorphy3
import pytest

from litopys.lang.uk.resources import read_table, read_text
from litopys.model import Modality

PLOVER_TYPES = frozenset(
    {
        "AGREE",
        "CONSULT",
        "SUPPORT",
        "CONCEDE",
        "COOPERATE",
        "AID",
        "RETREAT",
        "REQUEST",
        "ACCUSE",
        "REJECT",
        "THREATEN",
        "PROTEST",
        "SANCTION",
        "MOBILIZE",
        "COERCE",
        "ASSAULT",
    }
)

# PLOVER modes per category (PLOVER manual; AID modes from the draft table, aerial/drone as in POLECAT).
PLOVER_MODES: dict[str, frozenset[str]] = {
    "AGREE": frozenset(),
    "SUPPORT": frozenset(),
    "CONCEDE": frozenset(),
    "COOPERATE": frozenset(),
    "CONSULT": frozenset({"visit", "third-party", "multilateral", "phone"}),
    "AID": frozenset({"economic", "military", "humanitarian", "asylum"}),
    "RETREAT": frozenset({"withdraw", "release", "return", "disarm", "ceasefire", "access", "resign"}),
    "REQUEST": frozenset({"assist", "change", "yield", "meet"}),
    "REJECT": frozenset({"assist", "change", "yield", "meet"}),
    "ACCUSE": frozenset({"disapprove", "investigate", "allege"}),
    "THREATEN": frozenset({"restrict", "ban", "arrest", "relations", "expel", "territory", "violence"}),
    "PROTEST": frozenset({"demo", "riot", "general", "strike", "hunger", "boycott", "obstruct"}),
    "SANCTION": frozenset({"convict", "expel", "withdraw", "discontinue"}),
    "MOBILIZE": frozenset({"troops", "weapons", "police", "militia"}),
    "COERCE": frozenset(
        {
            "confiscate",
            "restrict",
            "ban",
            "censor",
            "curfew",
            "martial-law",
            "arrest",
            "deport",
            "withhold",
        }
    ),
    "ASSAULT": frozenset(
        {
            "abduct",
            "beat",
            "torture",
            "execute",
            "sexual",
            "assassinate",
            "destroy",
            "primitive",
            "firearms",
            "explosives",
            "suicide-attack",
            "heavy-weapons",
            "cleansing",
            "massacre",
            "unconventional",
            "sideAB",
            "aerial",
            "drone",
        }
    ),
}

COLUMNS = {
    "speech_verbs.tsv": ["lemma", "kind", "note"],
    "speech_nouns.tsv": ["phrase", "kind", "match"],
    "event_triggers.tsv": ["lemma", "object", "type", "mode", "negated_type", "note"],
    "modality_cues.tsv": ["lemma", "modality", "mode"],
}


@functools.cache
def _morph() -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer(lang="uk")


def _lemma(word: str) -> str:
    return str(_morph().parse(word)[0].normal_form)


def _data_lines(name: str) -> list[str]:
    return [ln for ln in read_text(name).splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


@pytest.mark.parametrize("name", sorted(COLUMNS))
def test_header_and_column_counts(name: str) -> None:
    lines = _data_lines(name)
    assert lines[0].split("\t") == COLUMNS[name]
    width = len(COLUMNS[name])
    for line in lines[1:]:
        cells = line.split("\t")
        assert len(cells) == width, f"{name}: {line!r}"
        assert cells[0].strip(), f"{name}: empty first column in {line!r}"
        assert '"' not in line, f"{name}: quoting is not allowed: {line!r}"
    rows = read_table(name)
    assert rows and all(list(r) == COLUMNS[name] for r in rows)


@pytest.mark.parametrize("name", sorted(COLUMNS))
def test_lemmas_are_lowercase_and_single_spaced(name: str) -> None:
    key = "phrase" if name == "speech_nouns.tsv" else "lemma"
    for row in read_table(name):
        value = row[key]
        assert value == value.lower(), value
        assert value == " ".join(value.split()), value
        assert "\u2019" not in value and "\u02bc" not in value, f"use the ASCII apostrophe: {value}"


def test_speech_verbs() -> None:
    rows = read_table("speech_verbs.tsv")
    assert len(rows) >= 130
    kinds = Counter(r["kind"] for r in rows)
    assert set(kinds) == {"speech", "report", "confirm", "directive"}
    lemmas = [r["lemma"] for r in rows]
    assert len(lemmas) == len(set(lemmas)), [k for k, v in Counter(lemmas).items() if v > 1]
    for pair in [("заявити", "заявляти"), ("сказати", "казати"), ("повідомити", "повідомляти")]:
        assert set(pair) <= set(lemmas)


def test_speech_nouns() -> None:
    rows = read_table("speech_nouns.tsv")
    assert {r["kind"] for r in rows} == {"according_to", "citing", "unattributed", "as_said"}
    assert {r["match"] for r in rows} <= {"lemma", "form"}
    phrases = [r["phrase"] for r in rows]
    assert len(phrases) == len(set(phrases))
    by_phrase = {r["phrase"]: r for r in rows}
    assert by_phrase["за словами"]["kind"] == "according_to"
    assert by_phrase["з посиланням на"]["kind"] == "citing"
    assert by_phrase["стало відомо"]["kind"] == "unattributed"
    # Lemma-matched phrases must consist of pymorphy3 normal forms.
    for row in rows:
        if row["match"] == "lemma":
            for tok in row["phrase"].split():
                assert any(p.normal_form == tok for p in _morph().parse(tok)), (row["phrase"], tok)


def test_event_triggers() -> None:
    rows = read_table("event_triggers.tsv")
    assert len(rows) >= 420
    types = {r["type"] for r in rows}
    assert types == PLOVER_TYPES
    keys = Counter((r["lemma"], r["object"]) for r in rows)
    assert not [k for k, v in keys.items() if v > 1]
    for row in rows:
        assert row["type"] in PLOVER_TYPES, row
        assert row["negated_type"] in PLOVER_TYPES | {""}, row
        assert not row["mode"] or row["mode"] in PLOVER_MODES[row["type"]], row
        assert " " not in row["lemma"] and " " not in row["object"], row


def test_event_triggers_cover_verbs_and_nouns() -> None:
    rows = read_table("event_triggers.tsv")
    bare = {r["lemma"]: r for r in rows if not r["object"]}
    for noun, plover in [
        ("зустріч", "CONSULT"),
        ("переговори", "CONSULT"),
        ("візит", "CONSULT"),
        ("поїздка", "CONSULT"),
        ("санкція", "SANCTION"),
        ("удар", "ASSAULT"),
        ("обстріл", "ASSAULT"),
        ("атака", "ASSAULT"),
        ("протест", "PROTEST"),
        ("мітинг", "PROTEST"),
        ("угода", "AGREE"),
        ("допомога", "AID"),
    ]:
        assert bare[noun]["type"] == plover, noun
    assert bare["відвідати"]["mode"] == "visit"
    assert bare["зателефонувати"]["mode"] == "phone"
    assert bare["затримати"] == bare["затримати"] | {"type": "COERCE", "mode": "arrest"}
    assert bare["відмовитися"]["type"] == "REJECT"
    assert bare["погодитися"]["negated_type"] == "REJECT"


@pytest.mark.parametrize(
    ("verb", "noun", "plover"),
    [
        ("провели", "зустріч", "CONSULT"),
        ("запровадили", "санкції", "SANCTION"),
        ("надали", "допомогу", "AID"),
        ("підписали", "угоду", "SUPPORT"),
        ("поглиблювати", "співпрацю", "COOPERATE"),
        ("завдали", "удару", "ASSAULT"),
        ("обмінялися", "полоненими", "RETREAT"),
        ("висловив", "занепокоєння", "ACCUSE"),
        ("вивели", "війська", "RETREAT"),
        ("вислали", "дипломатів", "SANCTION"),
    ],
)
def test_light_verb_constructions(verb: str, noun: str, plover: str) -> None:
    rows = {(r["lemma"], r["object"]): r for r in read_table("event_triggers.tsv")}
    key = (_lemma(verb), _lemma(noun))
    assert key in rows, key
    assert rows[key]["type"] == plover


def test_modality_cues() -> None:
    rows = read_table("modality_cues.tsv")
    allowed = set(get_args(Modality)) - {"asserted"}
    assert {r["modality"] for r in rows} == allowed
    lemmas = [r["lemma"] for r in rows]
    assert len(lemmas) == len(set(lemmas))
    by_lemma = {r["lemma"]: r for r in rows}
    assert by_lemma["планувати"]["modality"] == "planned"
    assert by_lemma["мати намір"]["mode"] == "intend"
    assert by_lemma["відмовитися"]["modality"] == "negated"
    assert by_lemma["якщо"]["modality"] == "conditional"
    assert by_lemma["ймовірно"]["modality"] == "hypothetical"


def _lemma_set(name: str, *columns: str) -> set[str]:
    out: set[str] = set()
    for row in read_table(name):
        for col in columns:
            if row[col]:
                out.add(row[col])
    return out


@pytest.mark.parametrize(
    ("form", "name", "columns"),
    [
        ("заявив", "speech_verbs.tsv", ("lemma",)),
        ("заявляє", "speech_verbs.tsv", ("lemma",)),
        ("сказала", "speech_verbs.tsv", ("lemma",)),
        ("наголосив", "speech_verbs.tsv", ("lemma",)),
        ("підкреслили", "speech_verbs.tsv", ("lemma",)),
        ("пообіцяв", "speech_verbs.tsv", ("lemma",)),
        ("повідомляє", "speech_verbs.tsv", ("lemma",)),
        ("пише", "speech_verbs.tsv", ("lemma",)),
        ("підтвердили", "speech_verbs.tsv", ("lemma",)),
        ("наказав", "speech_verbs.tsv", ("lemma",)),
        ("зустрівся", "event_triggers.tsv", ("lemma",)),
        ("зустрілися", "event_triggers.tsv", ("lemma",)),
        ("запровадили", "event_triggers.tsv", ("lemma",)),
        ("санкції", "event_triggers.tsv", ("lemma", "object")),
        ("санкцій", "event_triggers.tsv", ("lemma", "object")),
        ("переговори", "event_triggers.tsv", ("lemma", "object")),
        ("переговорів", "event_triggers.tsv", ("lemma", "object")),
        ("візиту", "event_triggers.tsv", ("lemma",)),
        ("відвідав", "event_triggers.tsv", ("lemma",)),
        ("прибув", "event_triggers.tsv", ("lemma",)),
        ("обстріляли", "event_triggers.tsv", ("lemma",)),
        ("обстрілу", "event_triggers.tsv", ("lemma",)),
        ("атакували", "event_triggers.tsv", ("lemma",)),
        ("затримали", "event_triggers.tsv", ("lemma",)),
        ("звинуватив", "event_triggers.tsv", ("lemma",)),
        ("засудила", "event_triggers.tsv", ("lemma",)),
        ("відмовився", "event_triggers.tsv", ("lemma",)),
        ("погрожує", "event_triggers.tsv", ("lemma",)),
        ("мітингу", "event_triggers.tsv", ("lemma",)),
        ("допомогу", "event_triggers.tsv", ("lemma", "object")),
        ("угоди", "event_triggers.tsv", ("lemma", "object")),
        ("мобілізацію", "event_triggers.tsv", ("lemma",)),
        ("вимагає", "event_triggers.tsv", ("lemma",)),
        ("підтримали", "event_triggers.tsv", ("lemma",)),
        ("планує", "modality_cues.tsv", ("lemma",)),
        ("збирається", "modality_cues.tsv", ("lemma",)),
        ("відмовилися", "modality_cues.tsv", ("lemma",)),
        ("можливий", "modality_cues.tsv", ("lemma",)),
        ("може", "modality_cues.tsv", ("lemma",)),
    ],
)
def test_inflected_forms_lemmatize_to_rows(form: str, name: str, columns: tuple[str, ...]) -> None:
    assert _lemma(form) in _lemma_set(name, *columns)
