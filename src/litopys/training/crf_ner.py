"""A linear-chain CRF recogniser of Ukrainian PER/ORG/LOC names, trained on NER-UK 2.0.

An alternative to the spaCy CNN in ``litopys.training.ner``: python-crfsuite (L-BFGS, elastic-net
regularisation) over hand-written, morphology-aware token features: the word and its affixes,
shape and capitalisation, pymorphy3's analyses (part of speech, case, number, gender, the
Name/Surn/Patr/Abbr grammemes, lemma, whether the dictionary knows the word), membership in
litopys's own gazetteers (``litopys/lang/uk/data``), the position in the line and inside «...»
quotes, the distance to an organisation head word before it (long official names), and the same
kind of features for the two neighbours on each side.

Corpus, split and gold spans are exactly those of ``litopys.training.ner.build_corpus`` (one
sequence per text line, ``spacy.blank("uk")`` tokens, 15 % of the documents as dev with seed 13),
so the dev scores compare directly with the CNN's.

Train, score on dev and save::

    python -m litopys.training.crf_ner /work/shared/data/ner-uk-2.0-train src/litopys/models/ner-uk-crf

Inference::

    from litopys.training.crf_ner import predict
    predict("Олександр Перцовський приїхав до Житомира.")  # [(0, 21, 'PER'), (33, 41, 'LOC')]

The model is trained on NER-UK 2.0 (CC BY-NC-SA 4.0) and inherits that licence.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import itertools
import json
import re
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pycrfsuite
import spacy
from spacy.tokens import Doc, DocBin, Span

from litopys.lang.uk import resources
from litopys.morphology import analyzer
from litopys.training.ner import CORE_LABELS, build_corpus

DEFAULT_MODEL_DIR = Path(__file__).resolve().parents[1] / "models" / "ner-uk-crf"
MODEL_FILE = "model.crfsuite"
METRICS_FILE = "metrics.json"
Span3 = tuple[int, int, str]  # (start_char, end_char, label)

# (c1, c2) pairs tried by ``--grid``; the default is the best of them on dev (see docs/NER.md).
GRID = ((0.05, 0.01), (0.1, 0.05), (0.2, 0.01), (0.05, 0.1), (0.5, 0.01))
DEFAULT_C1, DEFAULT_C2 = 0.1, 0.05
DEFAULT_ITERATIONS = 150

_PROPER_TAGS = ("Name", "Surn", "Patr", "Abbr", "Fixd")
# word forms whose features are kept between calls: the frequent forms of news text; bounded so a
# worker that reads millions of articles stays well under its memory budget (docs/PERFORMANCE.md)
_CACHE_SIZE = 200_000
_OPEN_QUOTES = frozenset({"«", "„", "“"})
_CLOSE_QUOTES = frozenset({"»", "”"})
_SENTENCE_END = frozenset({".", "!", "?", "…", ":", ";"})
_CYRILLIC = re.compile(r"[а-яіїєґ']", re.IGNORECASE)
_LATIN = re.compile(r"[a-z]", re.IGNORECASE)


# --------------------------------------------------------------------------------------------
# Word-level features (cached per word form: news text repeats the same forms constantly)


def _shape(word: str) -> str:
    """Xxxx-style shape with runs collapsed (``Нафтогаз`` -> ``Xx``, ``НАТО-2`` -> ``X-d``)."""
    out: list[str] = []
    for ch in word:
        c = "X" if ch.isupper() else "x" if ch.isalpha() else "d" if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)[:8]


def _script(word: str) -> str:
    cyr, lat = bool(_CYRILLIC.search(word)), bool(_LATIN.search(word))
    return "mixed" if cyr and lat else "cyr" if cyr else "lat" if lat else "none"


@functools.lru_cache(maxsize=_CACHE_SIZE)
def _lemma_set(word: str) -> frozenset[str]:
    """Every lemma pymorphy3 offers for ``word`` plus the word itself, lower-cased."""
    return frozenset(p.normal_form for p in _analyses(word)) | {word.lower()}


@functools.lru_cache(maxsize=_CACHE_SIZE)
def _analyses(word: str) -> tuple[Any, ...]:
    try:
        return tuple(analyzer().parse(word))
    except ValueError:  # pymorphy3 cannot name some exotic letters
        return ()


def _morph_features(word: str) -> list[str]:
    """Best-parse POS/case/number/gender/lemma, the ambiguity class and proper-name grammemes."""
    found = _analyses(word)
    if not found or not word[:1].isalpha():
        return []
    best = found[0]
    tag = best.tag
    feats = [
        f"pos={tag.POS}",
        f"case={tag.case}",
        f"num={tag.number}",
        f"gen={tag.gender}",
        f"lem={best.normal_form}",
        f"known={best.is_known}",
        "posset=" + "|".join(sorted({str(p.tag.POS) for p in found})),
    ]
    grammemes = set().union(*(p.tag.grammemes for p in found))
    feats.extend(f"has_{g}" for g in _PROPER_TAGS if g in grammemes)
    # a word known only as a name is far stronger evidence than "also a name" (Олена vs Віра)
    if all(p.tag.grammemes & {"Name", "Surn", "Patr"} for p in found):
        feats.append("only_proper")
    return feats


@functools.lru_cache(maxsize=_CACHE_SIZE)
def word_features(word: str) -> tuple[str, ...]:
    """Features of one word form, independent of its context."""
    low = word.lower()
    feats = [f"w={low}", f"shape={_shape(word)}", f"script={_script(word)}", f"len={min(len(word), 12)}"]
    feats.extend(f"p{k}={low[:k]}" for k in range(1, 5) if len(low) >= k)
    feats.extend(f"s{k}={low[-k:]}" for k in range(1, 5) if len(low) >= k)
    if word[:1].isupper():
        feats.append("cap")
    if len(word) > 1 and word.isupper():
        feats.append("allcaps")
    if word.isupper() and len(word) <= 6 and word.isalpha():
        feats.append("abbrev")
    if any(ch.isdigit() for ch in word):
        feats.append("digit")
    if "-" in word[1:]:
        feats.append("hyphen")
    feats.extend(_morph_features(word))
    feats.extend(_gazetteer_word_features(word))
    feats.extend(_lexicon_features(word))
    return tuple(feats)


# Which of the word's own features are copied to its neighbours (with an offset prefix): enough to
# see "місто X", "компанія «X»", "X Y-енко" without making the model huge.
_LEXICON_KEYS = ("orghead", "geohead", "role", "cadj")
_FAR_KEYS = ("w=", "shape=", "pos=", "has_", "gz", *_LEXICON_KEYS)
_CONTEXT_KEYS = (*_FAR_KEYS, "case=", "lem=", "s3=", "only_proper", "cap")


@functools.lru_cache(maxsize=_CACHE_SIZE)
def context_features(word: str, offset: int) -> tuple[str, ...]:
    keys = _CONTEXT_KEYS if abs(offset) == 1 else _FAR_KEYS
    return tuple(f"{offset:+d}:{f}" for f in word_features(word) if f.startswith(keys))


# --------------------------------------------------------------------------------------------
# Gazetteers (litopys's own data files, read only)


@functools.cache
def _gazetteer() -> tuple[dict[str, frozenset[str]], dict[tuple[str, ...], str]]:
    """(lemma -> labels of gazetteer entries containing it, lemma sequence -> label of entry).

    Persons contribute ``PER_first`` / ``PER_last`` for their first and last words, places and
    organizations ``LOC`` / ``ORG`` for every word and for the whole multi-word form.
    """
    words: dict[str, set[str]] = {}
    phrases: dict[tuple[str, ...], str] = {}
    for row in resources.table("gazetteer.tsv"):
        parts = row["form"].split()
        for part in parts:
            words.setdefault(_key(part), set()).add(row["type"])
        if len(parts) > 1:
            phrases[tuple(_key(p) for p in parts)] = row["type"]
    for row in resources.table("persons.tsv"):
        for name in [row["name"], *filter(None, row.get("aliases", "").split("|"))]:
            parts = name.split()
            if len(parts) > 1:
                words.setdefault(_key(parts[0]), set()).add("PER_first")
            words.setdefault(_key(parts[-1]), set()).add("PER_last")
    return {k: frozenset(v) for k, v in words.items()}, phrases


def _key(word: str) -> str:
    """Gazetteer lookup key: the best lemma (forms in the data are nominative)."""
    found = _analyses(word)
    return found[0].normal_form if found else word.lower()


@functools.cache
def _lexicons() -> dict[str, dict[str, str]]:
    """Cue-word lexicons by lemma: organization and place head nouns, roles, country adjectives."""
    cues: dict[str, dict[str, str]] = {}
    for name, tag, column in (
        ("org_heads.tsv", "orghead", "sector"),
        ("geo_heads.tsv", "geohead", "kind"),
        ("roles.tsv", "role", "kind"),
        ("country_adjectives.tsv", "cadj", "kind"),
    ):
        cues[tag] = {row["lemma"].lower(): row.get(column) or "-" for row in resources.table(name)}
    return cues


# the language resources the features read: a model is only valid with the files it was trained on
FEATURE_DATA = (
    "gazetteer.tsv",
    "persons.tsv",
    "org_heads.tsv",
    "geo_heads.tsv",
    "roles.tsv",
    "country_adjectives.tsv",
)


def feature_data_fingerprint() -> str:
    """SHA-256 over the data files the features read (recorded in metrics.json at training)."""
    digest = hashlib.sha256()
    for name in FEATURE_DATA:
        digest.update(name.encode())
        digest.update(resources.read_text(name).encode("utf-8"))
    return digest.hexdigest()


def _lexicon_features(word: str) -> list[str]:
    if not word[:1].isalpha():
        return []
    lemmas = _lemma_set(word)
    feats: list[str] = []
    for tag, lexicon in _lexicons().items():
        kinds = sorted({lexicon[lemma] for lemma in lemmas if lemma in lexicon})
        feats.extend(f"{tag}={kind}" for kind in kinds)
    return feats


def _gazetteer_word_features(word: str) -> list[str]:
    if not word[:1].isupper():
        return []
    index, _ = _gazetteer()
    labels: set[str] = set()
    for lemma in _lemma_set(word):
        labels |= index.get(lemma, frozenset())
    return [f"gz_{label}" for label in sorted(labels)]


def _gazetteer_phrases(words: Sequence[str]) -> list[str]:
    """Per token, ``B-LOC`` / ``I-ORG`` ... where a multi-word gazetteer form matches (by lemmas)."""
    _, phrases = _gazetteer()
    starts = _phrase_starts()
    marks = [""] * len(words)
    i = 0
    while i < len(words):
        matched = 0
        # cheap test first: the product of lemma sets below is only worth it at a possible start
        possible = words[i][:1].isupper() and not starts.isdisjoint(_lemma_set(words[i]))
        for n in (5, 4, 3, 2) if possible else ():
            if i + n <= len(words):
                label = _match_phrase(words[i : i + n], phrases)
                if label:
                    marks[i : i + n] = [f"B-{label}"] + [f"I-{label}"] * (n - 1)
                    matched = n
                    break
        i += matched or 1
    return marks


@functools.cache
def _phrase_starts() -> frozenset[str]:
    return frozenset(key[0] for key in _gazetteer()[1])


def _match_phrase(words: Sequence[str], phrases: dict[tuple[str, ...], str]) -> str | None:
    for combo in itertools.product(*(_lemma_set(w) for w in words)):
        label = phrases.get(combo)
        if label:
            return label
    return None


# --------------------------------------------------------------------------------------------
# Sequence features


def _quote_openers(words: Sequence[str]) -> list[int]:
    """For each token inside quotes (closing quote included), the index of the opening quote; else -1.

    «...» nest; a plain ``"`` toggles.
    """
    stack: list[int] = []
    plain = -1
    openers = []
    for i, word in enumerate(words):
        if word in _CLOSE_QUOTES and stack:
            openers.append(stack.pop())
            continue
        if word == '"':
            openers.append(plain)  # -1 for an opening one
            plain = i if plain < 0 else -1
            continue
        inner = stack[-1] if stack else -1
        openers.append(max(inner, plain))
        if word in _OPEN_QUOTES:
            stack.append(i)
    return openers


def _quote_features(words: Sequence[str], i: int, opener: int) -> list[str]:
    """Inside quotes, the word before the opening quote ("ТОВ «...»", "партії «...»") is the cue."""
    if opener < 0:
        return []
    before = words[opener - 1] if opener > 0 else "<s>"
    kind = "qclose" if words[i] in _CLOSE_QUOTES or words[i] == '"' else "in_quotes"
    feats = [kind, f"{kind}_prev={before.lower()}", f"q_prevshape={_shape(before)}"]
    feats.extend(f"q_{f}" for f in _lexicon_features(before))
    feats.append(f"q_dist={min(i - opener, 6)}")
    return feats


_ORG_TAIL = 6  # how far after an organisation head word its name may still run


@functools.lru_cache(maxsize=_CACHE_SIZE)
def _first_case(word: str) -> str:
    return next((f[5:] for f in word_features(word) if f.startswith("case=")), "-")


@functools.lru_cache(maxsize=_CACHE_SIZE)
def _org_head_word(word: str) -> bool:
    return any(f.startswith("orghead=") for f in word_features(word))


def _org_tails(words: Sequence[str]) -> list[list[str]]:
    """Per token, where it stands in a possible long official name: the distance to the nearest
    organisation head word before it in the same clause ("Державна служба України з надзвичайних
    ситуацій": "ситуацій" is 4 after "служба"), whether that head starts with a capital or follows
    a capitalised adjective (a name, not "суду" in running text), and the token's case there."""
    result: list[list[str]] = []
    head, head_cap = -1, False
    for i, word in enumerate(words):
        if not word[:1].isalnum() and word not in ("«", "»", "-", "№"):
            head = -1  # punctuation ends the clause
        feats: list[str] = []
        if head >= 0 and i - head <= _ORG_TAIL:
            cap = "C" if head_cap else "c"
            feats = [f"orgd={i - head}", f"orgd_cap={cap}", f"orgd_case={cap}|{_first_case(word)}"]
        if _org_head_word(word):
            head = i
            head_cap = word[:1].isupper() or (i > 1 and words[i - 1][:1].isupper())
        result.append(feats)
    return result


def sequence_features(words: Sequence[str]) -> list[list[str]]:
    """CRF features of every token of one line."""
    openers = _quote_openers(words)
    phrases = _gazetteer_phrases(words)
    tails = _org_tails(words)
    n = len(words)
    result = []
    for i, word in enumerate(words):
        feats = ["bias", *word_features(word)]
        for off in (-2, -1, 1, 2):
            j = i + off
            if 0 <= j < n:
                feats.extend(context_features(words[j], off))
            else:
                feats.append(f"{off:+d}:pad")
        prev = words[i - 1] if i else ""
        if i == 0:
            feats.append("first")
        elif prev in _SENTENCE_END or prev in _OPEN_QUOTES or prev == "—":
            feats.append("after_boundary")  # a capital here says little about names
        feats.extend(_quote_features(words, i, openers[i]))
        if phrases[i]:
            feats.append(f"gzp={phrases[i]}")
        feats.extend(tails[i])
        feats.append(f"bi-1={prev.lower()}|{word.lower()}")
        if i + 1 < n:
            feats.append(f"bi+1={word.lower()}|{words[i + 1].lower()}")
        result.append(feats)
    return result


# --------------------------------------------------------------------------------------------
# BIO labels <-> spans


def bio_tags(doc: Doc) -> list[str] | None:
    """BIO tags of the PER/ORG/LOC entities of ``doc``; None when some tokens are unannotated."""
    tags = []
    for tok in doc:
        if tok.ent_iob_ == "":
            return None
        if tok.ent_iob_ == "O" or tok.ent_type_ not in CORE_LABELS:
            tags.append("O")
        else:
            tags.append(f"{tok.ent_iob_}-{tok.ent_type_}")
    return tags


def to_bilou(tags: Sequence[str]) -> list[str]:
    """BIO -> BILOU: last tokens and single-token entities get their own tags (L-, U-)."""
    out = []
    for i, tag in enumerate(tags):
        nxt = tags[i + 1] if i + 1 < len(tags) else "O"
        if tag == "O":
            out.append(tag)
            continue
        ends = nxt != "I-" + tag[2:]
        if tag.startswith("B-"):
            out.append(("U-" if ends else "B-") + tag[2:])
        else:
            out.append(("L-" if ends else "I-") + tag[2:])
    return out


def bio_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Token spans (start, end exclusive, label) of a BIO or BILOU sequence.

    Malformed sequences are read leniently, as most taggers do: an ``I-X`` or ``L-X`` that does not
    continue an ``X`` entity starts a new one.
    """
    spans: list[tuple[int, int, str]] = []
    start, label = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, kind = tag.partition("-")
        if not (prefix in ("I", "L") and kind == label and start >= 0):
            if start >= 0:
                spans.append((start, i, label))
            start, label = (i, kind) if prefix in ("B", "I", "L", "U") and kind else (-1, "")
        if prefix in ("L", "U") and start >= 0:  # the entity ends with this token
            spans.append((start, i + 1, label))
            start, label = -1, ""
    return spans


def _words(doc: Doc | Span) -> list[str]:
    return [t.text for t in doc]


def _doc_items(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of the lines of ``doc``: runs of tokens not broken by a newline."""
    ranges, start = [], 0
    for tok in doc:
        if "\n" in tok.text and tok.is_space:
            if tok.i > start:
                ranges.append((start, tok.i))
            start = tok.i + 1
    if start < len(doc):
        ranges.append((start, len(doc)))
    return ranges


MAX_SEQUENCE = 256  # tokens tagged at once: a pathological endless "line" must not cost gigabytes


def _pieces(doc: Doc, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Cut a line longer than MAX_SEQUENCE tokens into pieces, after a sentence end if there is one
    in the last quarter of a piece (a name rarely spans a cut)."""
    while end - start > MAX_SEQUENCE:
        cut = start + MAX_SEQUENCE
        ends = [t.i + 1 for t in doc[cut - MAX_SEQUENCE // 4 : cut] if t.text in (".", "!", "?", ";")]
        cut = ends[-1] if ends else cut
        yield start, cut
        start = cut
    yield start, end


# --------------------------------------------------------------------------------------------
# Inference


class CrfNer:
    """A trained model: ``CrfNer(model_dir)(doc_or_text)`` -> [(start_char, end_char, label)]."""

    def __init__(self, model_dir: Path = DEFAULT_MODEL_DIR) -> None:
        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(str(Path(model_dir) / MODEL_FILE))
        self.nlp = spacy.blank("uk")

    def tag(self, words: Sequence[str]) -> list[str]:
        if not words:
            return []
        return list(self.tagger.tag(sequence_features(words)))

    def __call__(self, doc_or_text: Doc | str) -> list[Span3]:
        doc = self.nlp.make_doc(doc_or_text) if isinstance(doc_or_text, str) else doc_or_text
        found: list[Span3] = []
        for start, end in (piece for line in _doc_items(doc) for piece in _pieces(doc, *line)):
            if not any(t.is_alpha for t in doc[start:end]):
                continue  # no word, no name: a run of punctuation costs memory and finds nothing
            words = _words(doc[start:end])
            for s, e, label in bio_spans(self.tag(words)):
                found.append((doc[start + s].idx, doc[start + e - 1].idx + len(doc[start + e - 1]), label))
        return found


@functools.cache
def load(model_dir: Path = DEFAULT_MODEL_DIR) -> CrfNer:
    """The model in ``model_dir``, loaded once per process."""
    return CrfNer(Path(model_dir))


def predict(doc_or_text: Doc | str, model_dir: Path = DEFAULT_MODEL_DIR) -> list[Span3]:
    """PER/ORG/LOC spans of a text or a spaCy Doc as (start_char, end_char, label)."""
    return load(Path(model_dir))(doc_or_text)


# --------------------------------------------------------------------------------------------
# Corpus, scoring, training


def load_corpus(
    data_dir: Path, *, dev_fraction: float = 0.15, seed: int = 13
) -> tuple[list[Doc], list[Doc], dict[str, Any]]:
    """Train and dev line Docs from ``ner.build_corpus`` (the same split and gold as the CNN)."""
    nlp = spacy.blank("uk")
    with tempfile.TemporaryDirectory(prefix="litopys-crf-") as tmp:
        counts = build_corpus(Path(data_dir), Path(tmp), dev_fraction, seed)
        train = list(DocBin().from_disk(Path(tmp) / "train.spacy").get_docs(nlp.vocab))
        dev = list(DocBin().from_disk(Path(tmp) / "dev.spacy").get_docs(nlp.vocab))
    return train, dev, counts


def gold_spans(doc: Doc) -> set[Span3]:
    return {(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in CORE_LABELS}


def score(pairs: Iterable[tuple[set[Span3], set[Span3]]]) -> dict[str, Any]:
    """Exact-span P/R/F1 per type and micro over PER/ORG/LOC from (predicted, gold) span sets."""
    tp: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    for pred, gold in pairs:
        for _, _, label in pred:
            n_pred[label] += 1
        for _, _, label in gold:
            n_gold[label] += 1
        for _, _, label in pred & gold:
            tp[label] += 1

    def prf(t: int, p: int, g: int) -> dict[str, float]:
        precision, recall = t / p if p else 0.0, t / g if g else 0.0
        f = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"p": round(precision, 4), "r": round(recall, 4), "f": round(f, 4), "support": g}

    per_type = {k: prf(tp[k], n_pred[k], n_gold[k]) for k in CORE_LABELS}
    micro = prf(sum(tp.values()), sum(n_pred.values()), sum(n_gold.values()))
    return {"micro_PER_ORG_LOC": micro, "per_type": per_type}


def evaluate(model: CrfNer, docs: Sequence[Doc]) -> dict[str, Any]:
    return score((set(model(doc)), gold_spans(doc)) for doc in docs)


def _training_items(docs: Iterable[Doc], stats: Counter[str]) -> Iterator[tuple[list[list[str]], list[str]]]:
    for doc in docs:
        tags = bio_tags(doc)
        if tags is None:
            # an entity broken by a line break: a CRF cannot leave tokens unlabelled, and teaching
            # them as "O" would be wrong, so the line is left out
            stats["lines_skipped_partial"] += 1
            continue
        stats["lines_trained"] += 1
        yield sequence_features(_words(doc)), to_bilou(tags)


def fit(docs: Sequence[Doc], model_path: Path, *, c1: float, c2: float, iterations: int) -> Counter[str]:
    """Train a CRF on ``docs`` and write it to ``model_path``."""
    stats: Counter[str] = Counter()
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    for xseq, yseq in _training_items(docs, stats):
        trainer.append(xseq, yseq)
    trainer.set_params(
        {
            "c1": c1,
            "c2": c2,
            "max_iterations": iterations,
            # transitions never seen (O -> I-PER) get weights too, so the model can penalise them
            "feature.possible_transitions": True,
        }
    )
    trainer.train(str(model_path))
    return stats


_LICENSE_TEXT = """\
model.crfsuite: litopys Ukrainian PER/ORG/LOC recogniser (linear-chain CRF).

Trained on the training part of the NER-UK 2.0 corpus of Ukrainian named entities by lang-uk
(https://github.com/lang-uk/ner-uk), licensed CC BY-NC-SA 4.0. As a work derived from that corpus,
this model is licensed under CC BY-NC-SA 4.0 (attribution, non-commercial, share-alike).
The code that trains and runs it (litopys.training.crf_ner) is MIT.
"""


def write_license(output_dir: Path) -> None:
    """The model inherits the corpus licence; say so next to the model file."""
    (Path(output_dir) / "LICENSE").write_text(_LICENSE_TEXT, encoding="utf-8")


def _log(msg: str) -> None:
    print(msg, flush=True)


def _format(scores: dict[str, Any]) -> str:
    rows = [f"{k}: P {v['p']:.3f} R {v['r']:.3f} F {v['f']:.3f}" for k, v in scores["per_type"].items()]
    m = scores["micro_PER_ORG_LOC"]
    return "; ".join([*rows, f"micro: P {m['p']:.3f} R {m['r']:.3f} F {m['f']:.3f}"])


def _run(
    train: Sequence[Doc], dev: Sequence[Doc], output_dir: Path, c1: float, c2: float, iterations: int
) -> dict[str, Any]:
    started = time.perf_counter()
    stats = fit(train, output_dir / MODEL_FILE, c1=c1, c2=c2, iterations=iterations)
    minutes = (time.perf_counter() - started) / 60
    result: dict[str, Any] = {"c1": c1, "c2": c2, "iterations": iterations}
    result["train_minutes"] = round(minutes, 1)
    result.update(stats)
    if dev:
        result["dev"] = evaluate(CrfNer(output_dir), dev)
        _log(f"c1={c1} c2={c2}: {_format(result['dev'])} [{minutes:.1f} min]")
    return result


def train(
    data_dir: Path,
    output_dir: Path,
    *,
    c1: float = DEFAULT_C1,
    c2: float = DEFAULT_C2,
    iterations: int = DEFAULT_ITERATIONS,
    grid: bool = False,
    all_docs: bool = False,
    seed: int = 13,
) -> dict[str, Any]:
    """Train on the train split (or all documents), score on dev, save model and metrics."""
    started = time.perf_counter()
    output_dir = Path(output_dir)
    output_dir.mkdir(parents=True, exist_ok=True)
    train_docs, dev_docs, counts = load_corpus(data_dir, seed=seed)
    metrics: dict[str, Any] = {"corpus": {k: v for k, v in counts.items() if k != "dev_ids"}}
    if grid:
        trials = [_run(train_docs, dev_docs, output_dir, a, b, iterations) for a, b in GRID]
        metrics["grid"] = trials
        best = max(trials, key=lambda t: t["dev"]["micro_PER_ORG_LOC"]["f"])
        c1, c2 = best["c1"], best["c2"]
    final = _run(train_docs, dev_docs, output_dir, c1, c2, iterations)
    metrics.update(final)
    if all_docs:
        # hyper-parameters fixed on dev; the shipped model then sees the dev documents too
        metrics["all_docs"] = _run([*train_docs, *dev_docs], [], output_dir, c1, c2, iterations)
    metrics["model_size_mb"] = round((output_dir / MODEL_FILE).stat().st_size / 2**20, 2)
    metrics["total_minutes"] = round((time.perf_counter() - started) / 60, 1)
    metrics["trained_on"] = "train+dev (all documents)" if all_docs else "train split"
    metrics["license"] = "CC BY-NC-SA 4.0 (trained on lang-uk NER-UK 2.0)"
    metrics["feature_data_sha256"] = feature_data_fingerprint()
    write_license(output_dir)
    (output_dir / METRICS_FILE).write_text(json.dumps(metrics, ensure_ascii=False, indent=1) + "\n")
    _log(json.dumps({k: v for k, v in metrics.items() if k not in ("grid", "corpus")}, ensure_ascii=False))
    return metrics


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("data_dir", type=Path, help="ner-uk-2.0-train directory (with docs/)")
    parser.add_argument("output_dir", type=Path, help="where to write model.crfsuite and metrics.json")
    parser.add_argument("--c1", type=float, default=DEFAULT_C1, help="L1 weight")
    parser.add_argument("--c2", type=float, default=DEFAULT_C2, help="L2 weight")
    parser.add_argument("--iterations", type=int, default=DEFAULT_ITERATIONS)
    parser.add_argument("--grid", action="store_true", help="try the (c1, c2) pairs of GRID, keep the best")
    parser.add_argument(
        "--all-docs", action="store_true", help="then retrain the saved model on all documents"
    )
    parser.add_argument("--seed", type=int, default=13, help="seed of the document split")
    args = parser.parse_args(argv)
    train(
        args.data_dir,
        args.output_dir,
        c1=args.c1,
        c2=args.c2,
        iterations=args.iterations,
        grid=args.grid,
        all_docs=args.all_docs,
        seed=args.seed,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())


__all__ = ["CrfNer", "bio_spans", "bio_tags", "load", "predict", "sequence_features", "to_bilou", "train"]
