"""Smoke tests for the shipped statistical NER model (skipped when the model is absent)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")

MODEL_DIR = Path(__file__).resolve().parents[1] / "src" / "litopys" / "models" / "ner-uk"
VALID_LABELS = {"PER", "ORG", "LOC"}

SENTENCES = [
    "Президент України Володимир Зеленський зустрівся з прем'єр-міністром Польщі у Варшаві.",
    "Міністр фінансів Сергій Марченко заявив, що Національний банк України знизив облікову ставку.",
    "У Харкові та Одесі вночі лунали вибухи, повідомив голова обласної адміністрації Олег Синєгубов.",
    "Компанія «Нафтогаз України» уклала угоду з польською компанією Orlen.",
    "Генеральний секретар НАТО Єнс Столтенберг прибув до Києва на зустріч з Денисом Шмигалем.",
]

pytestmark = pytest.mark.skipif(not (MODEL_DIR / "meta.json").exists(), reason="NER model not built")


@pytest.fixture(scope="module")
def nlp():
    return spacy.load(MODEL_DIR)


def test_pipeline_is_tokenizer_plus_ner(nlp):
    assert nlp.lang == "uk"
    assert nlp.pipe_names == ["ner"]
    assert set(nlp.get_pipe("ner").labels) >= VALID_LABELS


def test_tokenization_matches_blank_uk(nlp):
    blank = spacy.blank("uk")
    for text in SENTENCES:
        assert [t.text for t in nlp.make_doc(text)] == [t.text for t in blank.make_doc(text)]


def test_finds_people_and_places(nlp):
    docs = list(nlp.pipe(SENTENCES))
    ents = [(e.text, e.label_) for doc in docs for e in doc.ents]
    assert ents, "the model found no entities at all"
    assert all(label in VALID_LABELS | {"ROLE"} for _, label in ents)
    labels = Counter(label for _, label in ents)
    assert labels["PER"] >= 3, ents
    assert labels["LOC"] >= 2, ents
    # Spans are well-formed and non-empty.
    for doc in docs:
        for e in doc.ents:
            assert e.text.strip() and e.start < e.end


def test_well_known_names(nlp):
    doc = nlp(SENTENCES[0])
    per = [e.text for e in doc.ents if e.label_ == "PER"]
    loc = [e.text for e in doc.ents if e.label_ == "LOC"]
    assert any("Зеленськ" in t for t in per), doc.ents
    assert any("Варшав" in t or "Польщ" in t or "Україн" in t for t in loc), doc.ents
