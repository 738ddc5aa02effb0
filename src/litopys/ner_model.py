"""The shipped statistical NER model (trained by ``litopys train ner``) as a spaCy component.

The model lives inside the package (``litopys/models/ner-uk``) so nothing is downloaded at run
time. When it is absent (e.g. a source checkout before training) the rule- and gazetteer-based
recognizers still work and ``predict`` returns no spans.
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

_LABELS = {"PERS": "PER", "PER": "PER", "ORG": "ORG", "LOC": "LOC"}


def model_path() -> Path:
    return Path(str(resources.files("litopys").joinpath("models", "ner-uk")))


@functools.cache
def available() -> bool:
    return (model_path() / "config.cfg").exists()


def add_to(nlp: Language) -> None:
    """Add the trained ``ner`` component to ``nlp`` (sharing its vocabulary) when it ships."""
    if available():
        source = spacy.load(model_path())
        nlp.add_pipe("ner", source=source, name="ner")


def predict(doc: Doc) -> list[tuple[int, int, str]]:
    """(start token, end token, label) of the model's PER/ORG/LOC spans in ``doc``."""
    return [(e.start, e.end, _LABELS[e.label_]) for e in doc.ents if e.label_ in _LABELS]


def version() -> str | None:
    if not available():
        return None
    meta = model_path() / "meta.json"
    if meta.exists():
        import json

        data = json.loads(meta.read_text(encoding="utf-8"))
        return f"{data.get('name', 'ner-uk')}-{data.get('version', '0')}"
    return "ner-uk"
