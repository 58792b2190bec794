"""The pipeline over one document: sentences, places, event frames, records.

``extract_records`` is what ``sitreps extract`` runs for every input document.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_left
from datetime import date

from sitreps.events.dates import fact_date
from sitreps.events.frames import Frame, read_frames
from sitreps.events.lexicon import load_lexicon
from sitreps.geo.gazetteer import Gazetteer
from sitreps.geo.resolve import find_places
from sitreps.model import Document, PlaceMention, Record, Span
from sitreps.nlp.sentences import split_sentences

_CONFIDENCE = {"reported": 0.8, "claimed": 0.7, "unconfirmed": 0.5, "assessment": 0.5, "expected": 0.4, "planned": 0.4}


def extract_records(doc: Document, gaz: Gazetteer, *, report_date: date | None = None) -> list[Record]:
    """Every combat, strike and sabotage record the document states, in text order."""
    lex = load_lexicon()
    doc.places = find_places(doc.text, gaz)
    starts = [m.span.start for m in doc.places]
    records: list[Record] = []
    for sentence in split_sentences(doc.text):
        lo = bisect_left(starts, sentence.span.start)
        hi = bisect_left(starts, sentence.span.end)
        places = [m for m in doc.places[lo:hi] if m.place is not None]
        for frame in read_frames(sentence.text, sentence.span.start, places, lex):
            records.append(_record(doc, sentence.text, sentence.span.start, frame, report_date))
    return records


def _record(doc: Document, text: str, offset: int, frame: Frame, report: date | None) -> Record:
    when = fact_date(text, report)
    evidence = (offset, offset + len(text))
    return Record(
        id=_record_id(doc.id, frame, evidence),
        doc=doc.id,
        category=frame.category,
        subtype=frame.subtype,
        date=when.value.isoformat() if when.value else None,
        date_end=when.end.isoformat() if when.end else None,
        date_precision=when.precision,
        modality=frame.modality,
        source=frame.source,
        source_side=frame.source_side,
        places=frame.places,
        evidence=Span(*evidence),
        evidence_text=text,
        confidence=_confidence(frame),
        initiator=frame.initiator,
        outcome=frame.outcome,
        weapon=frame.weapon,
        target=frame.target,
        count=frame.count,
        trigger=frame.trigger,
        rules=frame.rules,
    )


def _record_id(doc_id: str, frame: Frame, evidence: tuple[int, int]) -> str:
    key = f"{doc_id}|{evidence[0]}|{evidence[1]}|{frame.category}|{frame.trigger.start}|{frame.trigger.end}"
    return hashlib.sha256(key.encode()).hexdigest()[:20]


def _confidence(frame: Frame) -> float:
    base = _CONFIDENCE.get(frame.modality, 0.5)
    if frame.places and all(_located(p) for p in frame.places):
        base += 0.1
    return min(base, 0.95)


def _located(mention: PlaceMention) -> bool:
    return mention.place is not None and mention.place.precision in ("settlement", "oblast")
