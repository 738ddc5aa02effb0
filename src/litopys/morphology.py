"""Stage 2: segmentation and morphology.

spaCy's Ukrainian tokenizer splits the text; sentence boundaries come from punctuation and line
breaks (headlines and leads have no final full stop); pymorphy3 with its Ukrainian dictionary gives
every token its lemma and grammatical tags. Analyses are cached per word form because news text
repeats the same forms constantly.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy
import pymorphy3
import spacy
from spacy.attrs import ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span, Token

from litopys.lang.uk import resources

_PROPER = frozenset({"Name", "Surn", "Patr"})
_SENTENCE_END = {".", "!", "?", "…", "?!", "!?", "...", "!..", "?.."}
_CLOSERS = {'"', "»", "“", ")", "'"}


@functools.cache
def analyzer() -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer(lang="uk")


def _analyses(word: str) -> list[pymorphy3.analyzer.Parse]:
    """pymorphy3's analyses of ``word``; none for a word it cannot read.

    pymorphy3 tells Latin words by ``unicodedata.name`` of each letter, which raises ValueError for
    letters without a name (the Tangut ideographs U+17000-U+18D08).
    """
    try:
        return analyzer().parse(word)
    except ValueError:
        return []


def _plain(value: str | None) -> str | None:
    return None if value is None else str(value)


@dataclass(frozen=True, slots=True)
class Parse:
    lemma: str
    pos: str | None
    grammemes: frozenset[str]

    def has(self, *tags: str) -> bool:
        return all(t in self.grammemes for t in tags)


_INFINITIVE_ENDINGS = ("ти", "ть", "тися", "тись")


def _grammemes(word: str, parse: Any) -> frozenset[str]:
    """The reading's tags; the dictionary leaves "infn" off many infinitives ("запустити", unlike
    "долучитися"), so a verb written as its own lemma with an infinitive ending gets it."""
    tags = frozenset(map(str, parse.tag.grammemes))
    if (
        "VERB" in tags
        and "infn" not in tags
        and word.lower() == str(parse.normal_form)
        and word.lower().endswith(_INFINITIVE_ENDINGS)
    ):
        tags |= {"infn"}
    return tags


@functools.lru_cache(maxsize=200_000)
def parses(word: str) -> tuple[Parse, ...]:
    """All dictionary analyses of ``word`` (case-insensitive), best first."""
    # Plain ``str`` values: pymorphy3's tag attributes are str subclasses whose ``==`` runs Python
    # code (a typo check), and the stages compare them millions of times.
    result = [Parse(str(p.normal_form), _plain(p.tag.POS), _grammemes(word, p)) for p in _analyses(word)]
    if word[:1].islower():
        # a proper-name reading ("надала" as the surname Надал) needs a capital letter
        common = [p for p in result if not (p.grammemes & _PROPER)]
        if common:
            return tuple(common)
    return tuple(result)


_INITIAL_WITH_STOP = re.compile(r"[А-ЯІЇЄҐ]\.")


def _initial(word: str) -> bool:
    return len(word) == 1 and word.isupper() and not word.isascii()


def is_function_word(tok: Token) -> bool:
    """A pronoun, preposition or conjunction: no surname follows an initial like that."""
    # any reading counts: "Під" and "Серед" are read as nouns first, "За" as an adverb
    return any(p.pos in ("NPRO", "PREP", "CONJ", "PRCL") for p in parses(tok.text))


def _is_sentence_start(prev: Token, tok: Token) -> bool:
    if "\n" in prev.text:
        return True
    if _INITIAL_WITH_STOP.fullmatch(prev.text) and tok.text[:1].isupper() and is_function_word(tok):
        return True  # "міністра Китаю Ван І. Під час візиту": a one-letter name ends the sentence
    if prev.text not in _SENTENCE_END and not (
        prev.text in _CLOSERS
        and prev.i > 0
        and prev.doc[prev.i - 1].text in _SENTENCE_END
        and not prev.doc[prev.i - 1].whitespace_  # «...готові.» closes; ". "Ми" opens a quote
    ):
        return False
    if prev.text in _SENTENCE_END and prev.i > 0:
        before = prev.doc[prev.i - 1].text
        # "р.", "ст.", "м." and single initials ("В. Зеленський") do not end a sentence; a Latin
        # letter is a name ("написав у X. Він закликав"), and so is one before a pronoun
        if before.lower() in resources.abbreviations() or (_initial(before) and not is_function_word(tok)):
            return False
    first = tok.text[:1]
    if first in _CLOSERS and not prev.whitespace_:
        return False  # a quote or bracket closing right after the full stop
    return first.isupper() or first.isdigit() or first in '"«„“—–-('


# Several stages look at the whole sentence for every speech verb or trigger in it, so a text
# without sentence punctuation (one endless sentence) took quadratic time. Real sentences stay far
# below this many tokens (the longest in examples/ has 39); longer runs are cut.
_MAX_SENTENCE = 250


def _segment(doc: Doc) -> Doc:
    if not len(doc):
        return doc
    # One array write: assigning ``is_sent_start`` token by token rescans the document each time.
    flags = numpy.full((len(doc), 1), -1, dtype="int32")
    flags[0, 0] = 1
    prev = doc[0]
    length = 1
    for tok in doc[1:]:
        if length >= _MAX_SENTENCE or _is_sentence_start(prev, tok):
            flags[tok.i, 0] = 1
            length = 0
        length += 1
        prev = tok
    doc.from_array([SENT_START], flags.astype("uint64"))  # type: ignore[arg-type]
    return doc


@Language.component("litopys_segment")
def segment_component(doc: Doc) -> Doc:
    return _segment(doc)


@Language.component("litopys_morphology")
def morphology_component(doc: Doc) -> Doc:
    for tok in doc:
        if tok.is_space or tok.is_punct:
            tok.lemma_ = tok.text
            continue
        found = parses(tok.text)
        if found:
            tok.lemma_ = found[0].lemma
    return doc


# spaCy's tokenizer strips affixes from a whitespace-free run one at a time, and every step searches
# the suffix regex over the whole remainder and copies it: quadratic in the run's length (one line of
# 10,000 dashes took 10 s, a megabyte of them hours). Two bounds keep it linear: the suffix search only
# looks at the end of the string, and runs longer than any real word or URL are cut into pieces.
_SUFFIX_WINDOW = 32
_MAX_RUN = 1000
_LONG_RUN = re.compile(rf"(?<!\S)\S{{{_MAX_RUN + 1},}}")


# spaCy keeps the full stop on a word ending in a small and a capital letter ("банк KfW. Торік") and
# on a lone Latin capital ("написав у X. Він"), which then hides the end of the sentence
_MIXED_CASE_FULL_STOP = re.compile(r"(?<=[a-zа-яіїєґ][A-ZА-ЯІЇЄҐ])\.$|(?<=^[A-Z])\.$")


def with_full_stops(search: Callable[..., re.Match[str] | None]) -> Callable[..., re.Match[str] | None]:
    """spaCy's suffix search, also splitting the full stops it keeps on a word."""

    def full(string: str, pos: int = 0) -> re.Match[str] | None:
        return search(string, pos) or _MIXED_CASE_FULL_STOP.search(string, pos)

    return full


def _tail_search(search: Callable[..., re.Match[str] | None]) -> Callable[[str], re.Match[str] | None]:
    def tail(string: str) -> re.Match[str] | None:
        pos = len(string) - _SUFFIX_WINDOW
        if pos <= 0:
            return search(string)
        found = search(string, pos)
        if found is not None and found.start() == pos:
            return search(string)  # the suffix may begin earlier ("....." runs): look at all of it
        return found

    return tail


class _BoundedTokenizer:
    """spaCy's tokenizer with whitespace-free runs longer than ``_MAX_RUN`` cut into pieces."""

    def __init__(self, inner: Tokenizer) -> None:
        self.inner = inner
        self.vocab = inner.vocab

    def __call__(self, text: str) -> Doc:
        if _LONG_RUN.search(text) is None:
            return self.inner(text)
        pieces = []
        pos = 0
        for run in _LONG_RUN.finditer(text):
            pieces.append(text[pos : run.start()])
            cuts = [*range(run.start(), run.end(), _MAX_RUN), run.end()]
            pieces.extend(text[a:b] for a, b in itertools.pairwise(cuts))
            pos = run.end()
            if text[pos : pos + 1] == " ":  # the space after a word belongs to its last token
                pieces[-1] += " "
                pos += 1
        pieces.append(text[pos:])
        # Words and spaces through arrays (``Doc.from_docs`` builds a Python object per token), one
        # string object per distinct word.
        words: list[str] = []
        spaces: list[bool] = []
        known: dict[int, str] = {}
        for piece in filter(None, pieces):
            array = self.inner(piece).to_array([ORTH, SPACY])
            for orth in array[:, 0].tolist():
                word = known.get(orth)
                if word is None:
                    word = known[orth] = self.vocab.strings[orth]
                words.append(word)
            spaces.extend(array[:, 1].astype(bool).tolist())
        return Doc(self.vocab, words=words, spaces=spaces)


@functools.cache
def pipeline() -> Language:
    """The spaCy pipeline shared by every analysis in this process (built once)."""
    nlp = spacy.blank("uk")
    tokenizer = nlp.tokenizer
    tokenizer.suffix_search = _tail_search(with_full_stops(tokenizer.suffix_search))  # type: ignore[union-attr]
    nlp.tokenizer = _BoundedTokenizer(tokenizer)
    nlp.add_pipe("litopys_segment")
    nlp.add_pipe("litopys_morphology")
    nlp.max_length = 20_000_000
    return nlp


def process(text: str) -> Doc:
    return pipeline()(text)


CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct", "voct")


@functools.lru_cache(maxsize=100_000)
def nominative(
    word: str,
    *,
    pos: str | None = None,
    case: str | None = None,
    gender: str | None = None,
    number: str | None = None,
    require: str | None = None,
) -> str | None:
    """The nominative of ``word`` read with the given constraints (``None`` when no reading fits).

    Used for canonical names: "Трудової" read as a feminine genitive adjective → "трудова".
    """
    for p in _analyses(word):
        tag = p.tag
        if pos and pos != tag.POS:
            continue
        if case and tag.case != case and "Fixd" not in tag:
            continue
        if gender and tag.gender and tag.gender != gender and tag.number != "plur":
            continue
        if number and tag.number and tag.number != number:
            continue
        if require and require not in tag:
            continue
        if "Fixd" in tag:
            return str(word.lower())
        wanted = {"nomn"}
        if tag.number == "plur" or number == "plur":
            wanted.add("plur")
        elif gender and tag.POS == "ADJF":
            wanted.add(gender)
        form = p.inflect(wanted)
        if form is not None and "plur" not in wanted and form.tag.number == "plur":
            # Some dictionary lexemes (*завод*) tag their nominative singular with no case at
            # all, so asking for "nomn" finds only the plural: take that caseless singular.
            form = next((f for f in p.lexeme if f.tag.case is None and f.tag.number != "plur"), form)
        if form is not None:
            return str(form.word)
    return None


def inflect(word: str, case: str) -> str | None:
    """``word`` (a nominative noun) put in ``case``, or None when the dictionary cannot."""
    for p in _analyses(word):
        if p.tag.POS == "NOUN" and p.tag.case == "nomn":
            form = p.inflect({case})
            if form is not None:
                return str(form.word)
    return None


@functools.lru_cache(maxsize=200_000)
def readings(word: str) -> tuple[tuple[str | None, str | None, str | None, frozenset[str]], ...]:
    """(case, gender, number, grammemes) of every dictionary reading of ``word``."""
    return tuple(
        (_plain(p.tag.case), _plain(p.tag.gender), _plain(p.tag.number), frozenset(map(str, p.tag.grammemes)))
        for p in _analyses(word)
    )


def sentences(doc: Doc) -> list[Span]:
    """The sentences of ``doc``, computed once (spaCy recomputes ``doc.sents`` on every access)."""
    cached = doc.user_data.get("litopys_sents")
    if cached is None:
        cached = list(doc.sents)
        owner = [0] * len(doc)
        for n, sent in enumerate(cached):
            for k in range(sent.start, sent.end):
                owner[k] = n
        doc.user_data["litopys_sents"] = cached
        doc.user_data["litopys_sent_of"] = owner
    return cached


def sentence_of(tok: Token) -> Span:
    sents = sentences(tok.doc)
    return sents[tok.doc.user_data["litopys_sent_of"][tok.i]]


def text_of(doc: Doc) -> str:
    """``doc.text`` computed once: spaCy rebuilds the string from tokens on every access."""
    cached = doc.user_data.get("litopys_text")
    if cached is None:
        cached = doc.user_data["litopys_text"] = doc.text
    return cached


def token_at_char(doc: Doc, char: int) -> int:
    """Index of the token containing (or, in whitespace, following) character offset ``char``."""
    starts = doc.user_data.get("litopys_starts")
    if starts is None:
        starts = doc.user_data["litopys_starts"] = [t.idx for t in doc]
    return max(0, bisect.bisect_right(starts, char) - 1)


def tokens_between(doc: Doc, start: int, end: int) -> range:
    """Indices of the tokens overlapping the character range [start, end)."""
    if end <= start or not len(doc):
        return range(0)
    return range(token_at_char(doc, start), token_at_char(doc, end - 1) + 1)


@functools.cache
def gerund_verbs(gerund: str) -> tuple[str, ...]:
    """Infinitives a gerund may come from (the dictionary lemmatizes a gerund to itself):
    звинувативши → звинуватити, домовившись → домовитися, вимагаючи → вимагати,
    звинувачуючи → звинувачувати."""
    for ending, stems in (("вшись", ("тися",)), ("вши", ("ти",)), ("шись", ("тися",)), ("ши", ("ти",))):
        if gerund.endswith(ending):
            return tuple(gerund[: -len(ending)] + s for s in stems)
    for ending in ("ючись", "учись", "ачись", "ячись", "ючи", "учи", "ачи", "ячи"):
        if gerund.endswith(ending):
            stem, reflexive = gerund[: -len(ending)], ending.endswith("сь")
            tail = "ся" if reflexive else ""
            return tuple(stem + v + tail for v in ("ти", "вати", "ати", "яти", "ити"))
    return ()
