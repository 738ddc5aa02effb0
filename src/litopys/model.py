"""The `litopys/1` analysis record as typed dataclasses.

Every stage returns these objects; `Analysis.to_dict()` is the JSON contract described in
`docs/OUTPUT.md` and validated by `src/litopys/schema/litopys-1.schema.json`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

SCHEMA = "litopys/1"

EntityType = Literal["PER", "ORG", "LOC"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
QuoteKind = Literal["direct", "indirect", "mixed"]
Modality = Literal["asserted", "planned", "conditional", "negated", "hypothetical"]


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Entity:
    id: str
    type: EntityType
    name: str
    country: str | None = None
    code: str | None = None
    key: str | None = None  # cross-article identity, e.g. "PER:кім чен ин"
    mentions: list[Mention] = field(default_factory=list)


@dataclass(slots=True)
class Timex:
    start: int
    end: int
    text: str
    type: TimexType
    value: str
    mod: str | None = None
    # Set when the text contradicts itself, e.g. a weekday that does not fall on the stated date.
    warning: str | None = None


@dataclass(slots=True)
class Quote:
    start: int
    end: int
    text: str
    kind: QuoteKind
    speaker: str | None
    cue: str | None


@dataclass(slots=True)
class Attribution:
    start: int
    end: int
    source: str | None
    via: str | None = None
    citing: str | None = None
    cue: str | None = None


@dataclass(slots=True)
class Actor:
    entity: str | None
    country: str | None
    code: str | None
    text: str | None = None


@dataclass(slots=True)
class Event:
    id: str
    type: str
    mode: str | None
    source: list[Actor]
    target: list[Actor]
    date: str | None
    location: str | None
    modality: Modality
    according_to: str | None
    start: int
    end: int
    trigger: str = ""


@dataclass(slots=True)
class Article:
    id: str
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    title: str | None = None
    lang: str = "uk"


@dataclass(slots=True)
class Analysis:
    pipeline: str
    article: Article
    text: str
    entities: list[Entity] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    schema: str = SCHEMA

    def to_dict(self) -> dict[str, Any]:
        record = asdict(self)
        ordered = {"schema": record.pop("schema")}
        ordered.update(record)
        return ordered

    def entity(self, entity_id: str | None) -> Entity | None:
        return next((e for e in self.entities if e.id == entity_id), None)
