"""The data model. Every derived item carries a Span back into the document text and the
rule that produced it, so any field can be traced to the characters it came from.

Invariant (tested): ``doc.text[m.span.start:m.span.end] == m.text`` for every mention.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Literal

PlaceKind = Literal["settlement", "oblast", "raion", "hromada", "region", "country", "road", "river"]
Precision = Literal[
    "settlement", "hromada", "raion", "oblast", "region", "country", "relative", "road", "river"
]

#: Rough radius in km within which a point of each precision is expected to lie.
PRECISION_KM: dict[str, float] = {
    "settlement": 2.0,
    "hromada": 15.0,
    "raion": 40.0,
    "oblast": 120.0,
    "region": 200.0,
    "country": 500.0,
}


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span {self.start}..{self.end}")


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry."""

    id: int
    name: str  # English display name (official transliteration for Ukraine)
    kind: PlaceKind
    country: str  # ISO2
    admin1: str | None  # oblast / region display name
    lat: float | None
    lon: float | None
    precision: Precision  # how far to trust (lat, lon)
    population: int = 0
    geonameid: int | None = None
    katottg: str | None = None
    native: str | None = None  # name in the original script
    admin2: str | None = None  # raion
    admin3: str | None = None  # hromada
    category: str | None = None  # city | urban | settlement | village (register type), else None


@dataclass(frozen=True, slots=True)
class Candidate:
    place: Place
    score: float
    matched: str  # the alias that matched

    def to_json(self) -> dict[str, object]:
        p = self.place
        return {
            "name": p.name,
            "lat": p.lat,
            "lon": p.lon,
            "country": p.country,
            "admin1": p.admin1,
            "precision": p.precision,
            "score": round(self.score, 4),
            "kind": p.kind,
            "geonameid": p.geonameid,
            "katottg": p.katottg,
        }


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place named in a text, resolved (``place``) or not, with an optional relation."""

    text: str  # as written
    span: Span
    kind: PlaceKind
    place: Place | None
    score: float
    rule: str  # id of the rule that found/resolved it
    relation: str | None = None  # "northwest of", "outskirts", "near", "along", ...
    relation_span: Span | None = None
    candidates: int = 0  # how many gazetteer entries the name could mean

    def to_json(self) -> dict[str, object]:
        p = self.place
        return {
            "name": self.text,
            "resolved": p.name if p else None,
            "lat": p.lat if p else None,
            "lon": p.lon if p else None,
            "country": p.country if p else None,
            "admin1": p.admin1 if p else None,
            "precision": p.precision if p else None,
            "relation": self.relation,
            "geonameid": p.geonameid if p else None,
            "katottg": p.katottg if p else None,
            "kind": self.kind,
            "start": self.span.start,
            "end": self.span.end,
            "score": round(self.score, 4),
            "rule": self.rule,
        }


@dataclass(slots=True)
class Document:
    """A report: its text, and what the stages found in it."""

    text: str
    id: str = ""
    source: str | None = None  # path, URL or stream name
    places: list[PlaceMention] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.id:
            self.id = content_id(self.text)


def content_id(text: str) -> str:
    """Stable id from content: the same text always gives the same id."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


SCHEMA = "sitreps.record/1"


@dataclass(frozen=True, slots=True)
class Record:
    """One record of the contract (``../design/record-contract.md``), with its provenance."""

    id: str
    doc: str
    category: str
    subtype: str | None
    date: str | None
    date_end: str | None
    date_precision: str
    modality: str
    source: str | None
    source_side: str | None
    places: tuple[PlaceMention, ...]
    evidence: Span
    evidence_text: str
    confidence: float
    initiator: str | None = None
    outcome: str | None = None
    weapon: str | None = None
    target: str | None = None
    count: int | None = None
    trigger: Span | None = None
    rules: tuple[str, ...] = ()  # ids of the patterns that produced the record
    donors: tuple[str, ...] = ()  # aid and training: ISO2 codes or organisation names
    recipient: str | None = None
    item: str | None = None
    item_class: str | None = None
    quantity: tuple[int, str] | None = None  # (value, qualifier: exact | at_least | up_to | about)
    status: str | None = None
    due: str | None = None
    persons: tuple[str, ...] = ()  # decisions
    role: str | None = None
    body: str | None = None

    def to_json(self) -> dict[str, object]:
        return {
            "schema": SCHEMA,
            "id": self.id,
            "doc": self.doc,
            "category": self.category,
            "subtype": self.subtype,
            "date": self.date,
            "date_end": self.date_end,
            "date_precision": self.date_precision,
            "modality": self.modality,
            "source": self.source,
            "source_side": self.source_side,
            "places": [_place_json(m) for m in self.places],
            "evidence": {"text": self.evidence_text, "start": self.evidence.start, "end": self.evidence.end},
            "confidence": round(self.confidence, 3),
            "initiator": self.initiator,
            "outcome": self.outcome,
            "weapon": self.weapon,
            "target": self.target,
            "count": self.count,
            "donors": list(self.donors),
            "recipient": self.recipient,
            "item": self.item,
            "item_class": self.item_class,
            "quantity": {"value": self.quantity[0], "qualifier": self.quantity[1]} if self.quantity else None,
            "status": self.status,
            "due": self.due,
            "persons": list(self.persons),
            "role": self.role,
            "body": self.body,
            "provenance": {
                "rules": list(self.rules),
                "trigger": [self.trigger.start, self.trigger.end] if self.trigger else None,
            },
        }


def _place_json(m: PlaceMention) -> dict[str, object]:
    """A record's place: the mention's fields; a point read through a relation is "relative"."""
    out = m.to_json()
    if m.relation and m.place is not None:
        out["precision"] = "relative"
    return out
