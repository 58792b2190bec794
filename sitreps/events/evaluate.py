"""Measure event extraction against a gold set (tests/eval/gold/events, see its GUIDELINES.md).

A predicted record matches a gold record of the same category whose sentence overlaps its
evidence; among several, the one whose trigger or places overlap most. Matching is one-to-one.
Precision, recall and F1 per category; on matched pairs, accuracy of initiator, outcome, date,
modality, and the share of gold places that a predicted place lies within 10 km of (for an oblast, region or
country: the same mention, its centre being a matter of convention).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sitreps.geo.geometry import haversine_km
from sitreps.model import PlaceMention, Record
from sitreps.scoring import Agreement, Extractor, Tally, load_gold_rows

CATEGORIES = ("ground_combat", "remote_strike", "sabotage")


@dataclass
class EventScores:
    categories: dict[str, Tally] = field(default_factory=lambda: {c: Tally() for c in CATEGORIES})
    fields: dict[str, Agreement] = field(
        default_factory=lambda: {k: Agreement() for k in ("initiator", "outcome", "place_10km", "date", "modality")}
    )
    errors: list[str] = field(default_factory=list)

    def summary(self) -> dict[str, object]:
        return {
            "categories": {
                c: {"gold": t.tp + t.fn, "found": t.tp + t.fp, "precision": round(t.precision, 3),
                    "recall": round(t.recall, 3), "f1": round(t.f1, 3)}
                for c, t in self.categories.items()
            },
            "matched": {k: {"accuracy": round(a.share, 3), "n": a.total} for k, a in self.fields.items()},
        }


load_gold = load_gold_rows



def evaluate_events(gold: dict[str, list[dict[str, object]]], corpus: Path, extract: Extractor) -> EventScores:
    scores = EventScores()
    for doc, rows in sorted(gold.items()):
        text = (corpus / doc).read_text(encoding="utf-8")
        report = date.fromisoformat(doc[:10]) if doc[:4].isdigit() else None
        predicted = [r for r in extract(doc, text, report) if r.category in CATEGORIES]
        _score_doc(doc, text, rows, predicted, scores)
    return scores


def _score_doc(doc: str, text: str, gold: list[dict[str, object]], predicted: list[Record], scores: EventScores) -> None:
    used: set[int] = set()
    by_category: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(predicted):
        by_category[r.category].append(i)
    for g in gold:
        category = str(g["category"])
        if category not in CATEGORIES:
            continue
        options = [i for i in by_category[category] if i not in used and _overlaps(predicted[i], g)]
        if not options:
            scores.categories[category].fn += 1
            scores.errors.append(f"missed {doc}:{g['evidence_start']} {category}: {_clip(text, g)}")
            continue
        best = max(options, key=lambda i: _affinity(predicted[i], g))
        used.add(best)
        scores.categories[category].tp += 1
        _compare_fields(predicted[best], g, scores, doc)
    for i, r in enumerate(predicted):
        if i not in used:
            scores.categories[r.category].fp += 1
            scores.errors.append(f"extra {doc}:{r.evidence.start} {r.category}/{r.subtype}: {r.evidence_text[:120]}")


def _overlaps(r: Record, g: dict[str, object]) -> bool:
    return r.evidence.start < int(g["evidence_end"]) and int(g["evidence_start"]) < r.evidence.end  # type: ignore[arg-type]


def _affinity(r: Record, g: dict[str, object]) -> tuple[int, int, int]:
    trigger = int(bool(r.trigger and r.trigger.start < int(g["trigger_end"]) and int(g["trigger_start"]) < r.trigger.end))  # type: ignore[arg-type]
    places = sum(1 for p in g.get("places") or [] for m in r.places  # type: ignore[union-attr]
                 if m.span.start < p["end"] and p["start"] < m.span.end)
    subtype = int(r.subtype == g.get("subtype"))
    return trigger, places, subtype


def _compare_fields(r: Record, g: dict[str, object], scores: EventScores, doc: str) -> None:
    f = scores.fields
    if g.get("initiator"):
        f["initiator"].add(r.initiator == g["initiator"])
    if g.get("outcome"):
        f["outcome"].add(r.outcome == g["outcome"])
    f["modality"].add(r.modality == g.get("modality"))
    f["date"].add(r.date == g.get("date") or (g.get("date") is None and r.date_precision != "day"))
    for place in g.get("places") or []:  # type: ignore[union-attr]
        if place.get("lat") is None:
            continue
        ok = any(_same_place(place, m) for m in r.places)
        f["place_10km"].add(ok)
        if not ok:
            found = ", ".join(f"{m.text}->{m.place.name if m.place else None}" for m in r.places) or "none"
            scores.errors.append(f"place {doc}:{place['start']} {place.get('name')!r} not within 10 km; record has {found}")
    for name in ("initiator", "outcome", "modality"):
        if g.get(name) and getattr(r, name) != g[name]:
            scores.errors.append(f"{name} {doc}:{r.evidence.start} gold {g[name]} got {getattr(r, name)} "
                                 f"[{r.category}/{r.subtype} {','.join(r.rules)}]: {r.evidence_text[:100]}")


_AREA_KM = {"oblast": 150.0, "region": 250.0, "country": 1500.0}


def _same_place(gold: dict[str, object], mention: PlaceMention) -> bool:
    """Within 10 km for a point; for an area (oblast, region, country) the same mention of it:
    its centre is a convention (capital or centroid), so distance says nothing there."""
    p = mention.place
    if p is None or p.lat is None or p.lon is None:
        return False
    km = haversine_km(gold["lat"], gold["lon"], p.lat, p.lon)  # type: ignore[arg-type]
    if p.kind in _AREA_KM:
        overlaps = mention.span.start < gold["end"] and gold["start"] < mention.span.end  # type: ignore[operator]
        return overlaps and km <= _AREA_KM[p.kind]
    return km <= 10.0


def _clip(text: str, g: dict[str, object]) -> str:
    return text[int(g["evidence_start"]): int(g["evidence_end"])][:120]  # type: ignore[arg-type]
