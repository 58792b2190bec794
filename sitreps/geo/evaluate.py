"""Measure place finding and resolution against a gold set of annotated reports.

Gold files are JSON Lines with one place mention per line: ``doc`` (report file name),
``start``/``end`` (character offsets), ``kind``, ``lat``/``lon`` and labels; no report text.
A predicted mention matches a gold mention when their spans overlap and their kinds agree.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from statistics import median

from sitreps.geo.gazetteer import Gazetteer
from sitreps.geo.geometry import haversine_km
from sitreps.geo.resolve import find_places
from sitreps.model import PlaceMention
from sitreps.scoring import Tally


@dataclass(frozen=True, slots=True)
class GoldMention:
    doc: str
    start: int
    end: int
    kind: str
    name: str
    lat: float | None
    lon: float | None


@dataclass
class PlaceScores(Tally):
    kind: str = ""
    within_10km: int = 0
    located: int = 0
    errors_km: list[float] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)
    far: list[str] = field(default_factory=list)

    @property
    def within_10km_share(self) -> float:
        return self.within_10km / self.located if self.located else 0.0

    def summary(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "gold": self.tp + self.fn,
            "found": self.tp + self.fp,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "within_10km": round(self.within_10km_share, 4),
            "median_km": round(median(self.errors_km), 2) if self.errors_km else None,
        }


def load_gold(folder: Path) -> dict[str, list[GoldMention]]:
    by_doc: dict[str, list[GoldMention]] = {}
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            by_doc.setdefault(row["doc"], []).append(
                GoldMention(row["doc"], row["start"], row["end"], row["kind"], row.get("name", ""),
                            row.get("lat"), row.get("lon"))
            )
    return by_doc


def evaluate_places(
    gold: dict[str, list[GoldMention]], corpus: Path, gaz: Gazetteer, *, kinds: tuple[str, ...] = ("settlement",)
) -> dict[str, PlaceScores]:
    scores = {kind: PlaceScores(kind=kind) for kind in kinds}
    for doc, mentions in sorted(gold.items()):
        text = (corpus / doc).read_text(encoding="utf-8")
        predicted = find_places(text, gaz)
        for kind in kinds:
            _score_doc(doc, text, [g for g in mentions if g.kind == kind],
                       [m for m in predicted if m.kind == kind], mentions, scores[kind])
    return scores


def _score_doc(
    doc: str, text: str, gold: list[GoldMention], predicted: list[PlaceMention],
    all_gold: list[GoldMention], out: PlaceScores,
) -> None:
    used: set[int] = set()
    for g in gold:
        match = next(
            (i for i, m in enumerate(predicted)
             if i not in used and m.span.start < g.end and g.start < m.span.end),
            None,
        )
        if match is None:
            out.fn += 1
            out.misses.append(f"{doc}:{g.start} {text[g.start:g.end]!r}")
            continue
        used.add(match)
        out.tp += 1
        place = predicted[match].place
        if g.lat is not None and place is not None and place.lat is not None:
            km = haversine_km(g.lat, g.lon, place.lat, place.lon)  # type: ignore[arg-type]
            out.located += 1
            out.errors_km.append(km)
            if km <= 10.0:
                out.within_10km += 1
            else:
                out.far.append(f"{doc}:{g.start} {text[g.start:g.end]!r} -> {place.name}, {place.admin1} "
                               f"({place.precision}) {km:.0f} km")
    for i, m in enumerate(predicted):
        if i not in used:
            out.fp += 1
            other = next((g.kind for g in all_gold if m.span.start < g.end and g.start < m.span.end), None)
            out.false_alarms.append(f"{doc}:{m.span.start} {m.text!r} -> {m.place.name if m.place else None}"
                                    f" (gold: {other})")


def kind_counts(gold: dict[str, list[GoldMention]]) -> Counter[str]:
    return Counter(g.kind for mentions in gold.values() for g in mentions)
