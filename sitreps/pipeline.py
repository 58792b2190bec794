"""The pipeline over one document: sentences, places, event frames, records.

``extract_records`` is what ``sitreps extract`` runs for every input document.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_left
from datetime import date

from sitreps.aid.catalogue import load_catalogue
from sitreps.aid.confidence import kind_of, load_calibration
from sitreps.aid.attribution import act_attribution
from sitreps.aid.frames import AidFrame, read_aid_frames
from sitreps.aid.schedule import extension_end
from sitreps.events import attribution as attrib
from sitreps.events.dates import fact_date
from sitreps.events.frames import Frame, read_frames
from sitreps.events.lexicon import Lexicon, load_lexicon
from sitreps.geo.gazetteer import Gazetteer
from sitreps.geo.resolve import find_places
from sitreps.ingest.dates import parse_iso
from sitreps.model import Document, PlaceMention, Record, Span
from sitreps.nlp.sentences import split_sentences

_CONFIDENCE = {"reported": 0.8, "claimed": 0.7, "unconfirmed": 0.5, "assessment": 0.5, "expected": 0.4, "planned": 0.4}


def extract_records(
    doc: Document, gaz: Gazetteer, *, report_date: date | None = None, learned_decisions: bool = True,
) -> list[Record]:
    """Every combat, strike, sabotage, aid, training and decision record the document states
    (``learned_decisions=False``: decisions from the cues alone, none from sitreps.aid.learned)."""
    lex = load_lexicon()
    catalogue = load_catalogue()
    doc.places = find_places(doc.text, gaz)
    starts = [m.span.start for m in doc.places]
    records: list[Record] = []
    for sentence in split_sentences(doc.text):
        lo = bisect_left(starts, sentence.span.start)
        hi = bisect_left(starts, sentence.span.end)
        places = [m for m in doc.places[lo:hi] if m.place is not None]
        said = attrib.attribution(sentence.text, lex)
        for frame in read_frames(sentence.text, sentence.span.start, places, lex, said):
            records.append(_record(doc, sentence.text, sentence.span.start, frame, report_date))
        for aid in read_aid_frames(sentence.text, places, sentence.span.start, catalogue, report_date,
                                   source_span=said[4], learned=learned_decisions):
            records.append(_aid_record(doc, sentence.text, sentence.span.start, aid, report_date, lex, said))
    return records


def _shared_fields(doc: Document, text: str, offset: int, report: date | None) -> dict[str, object]:
    """The fields every record of a sentence has: document, fact date and evidence."""
    when = fact_date(text, report)
    return {
        "doc": doc.id,
        "date": when.value.isoformat() if when.value else None,
        "date_end": when.end.isoformat() if when.end else None,
        "date_precision": when.precision,
        "evidence": Span(offset, offset + len(text)),
        "evidence_text": text,
    }


def _aid_record(
    doc: Document, text: str, offset: int, frame: AidFrame, report: date | None, lex: Lexicon,
    said: attrib.Attribution,
) -> Record:
    source, side, source_rule, attributed, source_span = said
    modality, modality_rule = attrib.modality(text, frame.trigger[0], frame.trigger[1], attributed, lex)
    modality, source, side, own_rule = act_attribution(text, frame.trigger, frame.category, modality, source, side,
                                                       source_span)
    modality_rule = own_rule or modality_rule
    key = (f"{doc.id}|{offset}|{frame.category}|{frame.subtype}|{frame.item}|{','.join(frame.donors)}|"
           f"{frame.quantity}|{frame.due}|{frame.trigger[0]}")  # "X replaced Y" and a schedule's tranches differ here
    shared = _shared_fields(doc, text, offset, report)
    if frame.subtype == "extension":  # "for a further 90 days from 21 May": from the act's date to when it runs out
        shared["date_end"] = extension_end(text, parse_iso(shared["date"])) or shared["date_end"]  # type: ignore[arg-type]
    return Record(
        id=hashlib.sha256(key.encode()).hexdigest()[:20],
        **shared,  # type: ignore[arg-type]
        category=frame.category,
        subtype=frame.subtype,
        modality=modality,
        source=source,
        source_side=side,
        places=(),
        confidence=_aid_confidence(frame, str(shared["date_precision"]), modality),
        trigger=Span(offset + frame.trigger[0], offset + frame.trigger[1]),
        rules=tuple(r for r in (frame.rule, source_rule, modality_rule) if r),
        donors=frame.donors,
        recipient=frame.recipient,
        item=frame.item,
        item_class=frame.item_class,
        quantity=frame.quantity,
        status=frame.status,
        due=frame.due,
        persons=frame.persons,
        role=frame.role,
        body=frame.body,
    )


def _aid_confidence(frame: AidFrame, date_precision: str, modality: str) -> float:
    """The share right of records of this kind on reports the extractor had never seen (sitreps.aid.confidence);
    the modality's default where that was never measured."""
    kind = kind_of(frame.category, (frame.rule,), frame.body, date_precision)
    measured = load_calibration().confidence(kind)
    return _CONFIDENCE.get(modality, 0.5) if measured is None else measured


def _record(doc: Document, text: str, offset: int, frame: Frame, report: date | None) -> Record:
    return Record(
        id=_record_id(doc.id, frame, (offset, offset + len(text))),
        **_shared_fields(doc, text, offset, report),  # type: ignore[arg-type]
        category=frame.category,
        subtype=frame.subtype,
        modality=frame.modality,
        source=frame.source,
        source_side=frame.source_side,
        places=frame.places,
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
