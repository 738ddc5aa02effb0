"""The CRF recogniser: features, BIO decoding, and (when the model is built) end-to-end tagging."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("pycrfsuite")

from litopys.training import crf_ner

MODEL_DIR = Path(__file__).resolve().parents[1] / "src" / "litopys" / "models" / "ner-uk-crf"


def feats(sentence: str) -> list[list[str]]:
    return crf_ner.sequence_features(sentence.split())


def test_word_features_show_form_affixes_and_shape():
    f = set(crf_ner.word_features("Черкасах"))
    assert {"w=черкасах", "p2=че", "s3=сах", "shape=Xx", "cap", "script=cyr"} <= f
    assert "allcaps" not in f
    assert {"allcaps", "abbrev", "shape=X"} <= set(crf_ner.word_features("ЗСУ"))
    assert "script=lat" in crf_ner.word_features("Ryanair")
    assert "digit" in crf_ner.word_features("2024")


def test_morphology_features_from_pymorphy3():
    f = set(crf_ner.word_features("Тарасенком"))  # a surname in the instrumental case
    assert "has_Surn" in f
    assert "case=ablt" in f
    common = set(crf_ner.word_features("дерева"))
    assert "pos=NOUN" in common
    assert not any(x.startswith("has_") for x in common)
    assert "known=True" in common


def test_gazetteer_features():
    assert "gz_LOC" in crf_ner.word_features("Польщею")  # inflected form, matched through its lemma
    assert not any(f.startswith("gz_") for f in crf_ner.word_features("польщею"))  # needs a capital
    sent = feats("Вчора до Сполучених Штатів Америки прилетіла делегація .")
    assert "gzp=B-LOC" in sent[2]
    assert "gzp=I-LOC" in sent[4]
    assert not any(f.startswith("gzp=") for f in sent[5])


def test_context_position_and_quotes():
    sent = feats("Мешканці села купили акції « Зеленого Гаю » минулого тижня .")
    assert "first" in sent[0]
    assert "-1:w=села" in sent[2]
    assert "+2:w=акції" in sent[1]
    assert "-2:pad" in sent[0] and "+1:pad" in sent[-1]
    assert "in_quotes" in sent[5] and "in_quotes" in sent[6]
    assert "in_quotes" not in sent[4] and "in_quotes" not in sent[7]
    after = feats("Дощ ущух . Тоді Оксана вийшла .")
    assert "after_boundary" in after[3]
    assert "after_boundary" not in after[4]


def test_bio_spans_well_formed():
    tags = ["B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-LOC", "O", "B-ORG"]
    assert crf_ner.bio_spans(tags) == [(0, 2, "PER"), (3, 4, "LOC"), (4, 6, "LOC"), (7, 8, "ORG")]
    assert crf_ner.bio_spans([]) == []
    assert crf_ner.bio_spans(["O", "O"]) == []


def test_bio_spans_malformed():
    # I- without B- starts an entity; I- of another type after an entity starts a new one
    assert crf_ner.bio_spans(["I-ORG", "I-ORG", "O"]) == [(0, 2, "ORG")]
    assert crf_ner.bio_spans(["O", "I-PER"]) == [(1, 2, "PER")]
    assert crf_ner.bio_spans(["B-PER", "I-LOC", "I-LOC"]) == [(0, 1, "PER"), (1, 3, "LOC")]
    assert crf_ner.bio_spans(["B-", "O"]) == []  # a prefix without a type is not an entity


def test_bilou_round_trip():
    bio = ["B-PER", "I-PER", "I-PER", "O", "B-LOC", "B-ORG", "I-ORG", "O"]
    bilou = crf_ner.to_bilou(bio)
    assert bilou == ["B-PER", "I-PER", "L-PER", "O", "U-LOC", "B-ORG", "L-ORG", "O"]
    assert crf_ner.bio_spans(bilou) == crf_ner.bio_spans(bio)


def test_bilou_spans_malformed():
    assert crf_ner.bio_spans(["L-PER", "U-LOC", "I-LOC"]) == [(0, 1, "PER"), (1, 2, "LOC"), (2, 3, "LOC")]
    assert crf_ner.bio_spans(["B-ORG", "I-ORG"]) == [(0, 2, "ORG")]  # no L-: ends with the sequence
    assert crf_ner.bio_spans(["B-ORG", "L-PER"]) == [(0, 1, "ORG"), (1, 2, "PER")]


def test_bio_tags_and_missing_annotation():
    spacy = pytest.importorskip("spacy")
    from spacy.tokens import Span

    nlp = spacy.blank("uk")
    doc = nlp.make_doc("Марія Іваненко живе у Львові")
    doc.set_ents([Span(doc, 0, 2, "PER"), Span(doc, 4, 5, "LOC")], default="outside")
    assert crf_ner.bio_tags(doc) == ["B-PER", "I-PER", "O", "O", "B-LOC"]
    partial = nlp.make_doc("Марія Іваненко живе у Львові")
    partial.set_ents([Span(partial, 0, 2, "PER")], missing=[Span(partial, 4, 5)])
    assert crf_ner.bio_tags(partial) is None


def test_score_exact_spans():
    gold = {(0, 5, "PER"), (10, 15, "LOC")}
    pred = {(0, 5, "PER"), (10, 14, "LOC"), (20, 25, "ORG")}
    s = crf_ner.score([(pred, gold)])
    assert s["per_type"]["PER"]["f"] == 1.0
    assert s["per_type"]["LOC"]["r"] == 0.0
    assert s["micro_PER_ORG_LOC"]["p"] == pytest.approx(1 / 3, abs=1e-4)
    assert s["micro_PER_ORG_LOC"]["r"] == 0.5


@pytest.fixture(scope="module")
def model():
    if not (MODEL_DIR / crf_ner.MODEL_FILE).exists():
        pytest.skip("CRF NER model not built (python -m litopys.training.crf_ner ...)")
    return crf_ner.load(MODEL_DIR)


def test_end_to_end(model):
    text = (
        "Голова правління компанії «Укрзалізниця» Олександр Перцовський приїхав до Житомира.\n"
        "Наступного тижня делегація Євросоюзу відвідає Одесу."
    )
    spans = model(text)
    assert spans == crf_ner.predict(text, MODEL_DIR)
    found = {(text[s:e], label) for s, e, label in spans}
    assert ("Олександр Перцовський", "PER") in found
    assert ("Житомира", "LOC") in found
    assert ("Одесу", "LOC") in found
    assert all(label in {"PER", "ORG", "LOC"} for _, _, label in spans)
    assert all(text[s:e] == text[s:e].strip() and "\n" not in text[s:e] for s, e, _ in spans)


def test_doc_input_gives_the_same_offsets(model):
    spacy = pytest.importorskip("spacy")
    text = "Вчора Ірина Коваль повернулася з Вінниці."
    assert model(spacy.blank("uk").make_doc(text)) == model(text)
    assert model("") == []


def test_the_shipped_model_was_trained_on_the_current_language_data() -> None:
    # the features read the gazetteers and lexicons: after editing one of crf_ner.FEATURE_DATA,
    # retrain (docs/NER.md has the command; it is deterministic) so the model matches them again
    metrics_file = MODEL_DIR / crf_ner.METRICS_FILE
    if not metrics_file.exists():
        pytest.skip("no trained model")
    recorded = json.loads(metrics_file.read_text(encoding="utf-8")).get("feature_data_sha256")
    assert recorded == crf_ner.feature_data_fingerprint()


def test_long_lines_are_tagged_in_bounded_pieces() -> None:
    import spacy

    doc = spacy.blank("uk")(" ".join(["слово."] * 700))
    pieces = list(crf_ner._pieces(doc, 0, len(doc)))
    assert pieces[0][0] == 0 and pieces[-1][1] == len(doc)
    assert all(b - a <= crf_ner.MAX_SEQUENCE for a, b in pieces)
    assert all(doc[b - 1].text == "." for a, b in pieces[:-1])  # cut after a sentence end


def test_long_official_names_get_the_distance_to_their_head_word() -> None:
    sentence = "повідомляє Державна служба України з надзвичайних ситуацій , а суду міста Чернігова"
    words = sentence.split(" ")
    tails = crf_ner._org_tails(words)
    assert tails[1] == [] and tails[2] == []  # the head word itself and what precedes it
    assert {"orgd=4", "orgd_cap=C", "orgd_case=C|gent"} <= set(tails[6])  # "ситуацій"
    assert tails[7] == [] and tails[8] == []  # the comma ends the clause
    assert {"orgd=2", "orgd_cap=c"} <= set(tails[11])  # after a lower-case head in running text
    assert "orgd=4" in feats(sentence)[6]
