"""Acts done by saying: a learned reading of quoted sentences that carry no trigger word.

The trigger lexicon (``events.py``) finds an act by the word that names it. Much of what officials
do in a quote is done without such a word: a charge ("Росія вкотре показала, чого варті її заяви про
мир"), a warning ("Кожен, хто стріляє з Лівану, заплатить високу ціну"), a brush-off, a demand. This
module reads the sentences the rules left without an event but that hold a quote by a speaker of a
known country, and names the act when a small multinomial logistic regression over the sentence's
lemmas is confident. The model is trained on the project's gold articles by
``python -m litopys.training.statements`` (deterministic; docs/EVENTS.md) and shipped as JSON.
"""

from __future__ import annotations

import contextlib
import functools
import json
import math
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc, Span

from litopys.mentions import word_lemmas
from litopys.model import Quote
from litopys.morphology import parses

MODEL_PATH = Path(__file__).parent / "models" / "statements-uk.json"
MODEL_FORMAT = "litopys-statements/1"
#: The acts the model names; anything else it reads as "none".
TYPES: tuple[str, ...] = ("ACCUSE", "THREATEN", "REJECT", "REQUEST")

_NEGATIONS = frozenset({"не", "ні", "ані", "жодний", "жоден"})
_WE = frozenset({"ми", "наш", "нас", "нам", "нами"})


@dataclass(frozen=True, slots=True)
class Candidate:
    """A quoted sentence the rules left without an event, as the model sees it."""

    start: int  # the sentence's characters
    end: int
    speaker_country: str
    features: dict[str, float] = field(hash=False, compare=False)


@dataclass(frozen=True, slots=True)
class Model:
    classes: tuple[str, ...]
    bias: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]
    threshold: float

    def read(self, features: dict[str, float]) -> tuple[str, float]:
        """The most probable class and its probability (softmax over the linear scores)."""
        scores = list(self.bias)
        # summed in name order: the same sentence scores the same under any hash seed
        for name, value in sorted(features.items()):
            row = self.weights.get(name)
            if row is not None:
                for k, w in enumerate(row):
                    scores[k] += w * value
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        best = max(range(len(scores)), key=scores.__getitem__)
        return self.classes[best], exps[best] / sum(exps)


def load_model(path: Path) -> Model:
    raw = json.loads(path.read_text(encoding="utf-8"))
    if raw.get("format") != MODEL_FORMAT:
        raise ValueError(f"{path}: not a {MODEL_FORMAT} model")
    return Model(
        classes=tuple(raw["classes"]),
        bias=tuple(raw["bias"]),
        weights={name: tuple(row) for name, row in raw["weights"].items()},
        threshold=float(raw["threshold"]),
    )


@functools.cache
def shipped_model() -> Model | None:
    """The model in the package; without it (while it is being trained) no act is read."""
    return load_model(MODEL_PATH) if MODEL_PATH.is_file() else None


_collected: list[list[Candidate]] = []


@contextlib.contextmanager
def collecting() -> Iterator[list[Candidate]]:
    """Record every candidate sentence instead of reading it (what training learns from)."""
    bag: list[Candidate] = []
    _collected.append(bag)
    try:
        yield bag
    finally:
        _collected.pop()


def features(doc: Doc, sent: Span, quote: Quote, others_named: bool) -> dict[str, float]:
    """Lemmas of the sentence, the lemma after a negation, tense and person marks, how it is said."""
    feats: dict[str, float] = {}
    negated = False
    for tok in doc[sent.start : sent.end]:
        if not tok.is_alpha:
            negated = False
            continue
        names = word_lemmas(tok.text)
        for lemma in names:
            feats["L:" + lemma] = 1.0
            if negated:
                feats["N:" + lemma] = 1.0
        first = parses(tok.text)[:1]
        if any("futr" in p.grammemes for p in first):
            feats["FUT"] = 1.0
        if any("impr" in p.grammemes for p in first):
            feats["IMP"] = 1.0
        if tok.lower_ in _WE:
            feats["WE"] = 1.0
        negated = bool(names & _NEGATIONS)
    if "?" in sent.text:
        feats["Q"] = 1.0
    feats["CUE:" + str(quote.cue)] = 1.0
    feats["KIND:" + quote.kind] = 1.0
    feats["OTHER" if others_named else "NOOTHER"] = 1.0
    return feats


def read_act(candidate: Candidate) -> str | None:
    """The act the sentence does, or None when the model is not confident (or is being trained)."""
    if _collected:
        _collected[-1].append(candidate)
        return None
    model = shipped_model()
    if model is None:
        return None
    kind, probability = model.read(candidate.features)
    if kind not in TYPES or probability < model.threshold:
        return None
    return kind
