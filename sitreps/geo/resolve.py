"""Toponym resolution: choose which of the places a name can mean is meant here.

Evidence, strongest first: an oblast written with the name ("Mykolaivka, Sumy Oblast",
"Mykolaivka in the Sumy region"); oblasts named in the same paragraph; distance to the places
already resolved in the paragraph and the document; then the prior (population, settlement
type, point precision, country). Unambiguous names are resolved first and become anchors for
the ambiguous ones.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace

from sitreps.geo.finder import Found, find_names, usable_alone
from sitreps.geo.gazetteer import Entry, Gazetteer
from sitreps.geo.geometry import BEARINGS, haversine_km, offset
from sitreps.geo.names import exact_key
from sitreps.geo.relations import relation_before
from sitreps.model import Place, PlaceMention, Span

_COUNTRY_PRIOR = {"UA": 0.6, "RU": 0.35, "BY": 0.25, "MD": 0.15}
_CATEGORY_PRIOR = {"city": 0.45, "urban": 0.3, "settlement": 0.15, "village": 0.0}
_PRECISION_PRIOR = {"settlement": 0.15, "hromada": 0.0, "raion": -0.1, "oblast": -0.2}
_KIND_FOR_HINT = {
    "oblast": {"oblast"},
    "raion": {"raion"},
    "hromada": {"hromada"},
    "river": {"river"},
    "road": {"road"},
    "any": {"settlement", "country", "region", "oblast", "river"},
}
_ADMIN_LINK = re.compile(r"^(?:,\s*|\s+in\s+(?:the\s+)?|\s*\(\s*|\s+areas?\s+in\s+(?:the\s+)?)$")
_LIST_LINK = re.compile(r"^(?:,\s*|\s+and\s+|,\s*and\s+|\s+or\s+)$")
_DISTANCE_NOTE = re.compile(
    r"^\s*[(,]\s*(?:approximately\s+|about\s+|roughly\s+|some\s+|around\s+|just\s+|only\s+)?(?P<km>\d+(?:\.\d+)?)\s*"
    r"(?:km|kilometers|kilometres)\s+(?P<dir>(?:north|south)?(?:east|west)?|north|south)\s+of\s+(?:the\s+)?$",
    re.I,
)
_PARAGRAPH = re.compile(r"\n\s*\n|\n")


@dataclass
class _Pending:
    found: Found
    places: list[tuple[Place, Entry]]
    paragraph: int
    place: Place | None = None
    score: float = 0.0


def find_places(text: str, gaz: Gazetteer) -> list[PlaceMention]:
    """Find, resolve and relate every place mention in ``text``."""
    paragraphs = _paragraph_starts(text)
    pending = [_pending(f, gaz, paragraphs) for f in find_names(text, gaz)]
    admin_hints = _explicit_admin(text, pending)
    notes = _distance_notes(text, pending)
    paragraph_oblasts = _oblasts_by_paragraph(pending)

    # Pass 1: names with one reading, or whose best reading clearly dominates on prior alone.
    for p in pending:
        if len(p.places) == 1:
            p.place, p.score = p.places[0][0], 1.0
    doc_anchors = [p for p in pending if p.place is not None and _is_point(p.place)]

    # Pass 2: everything else, in text order, using the evidence around it.
    for index, p in enumerate(pending):
        if p.place is not None or not p.places:
            continue
        anchors = [a.place for a in doc_anchors if a is not p and a.place is not None]
        near = [a.place for a in doc_anchors if a.paragraph == p.paragraph and a is not p and a.place]
        expected = _expected_point(pending, notes.get(index))
        scored = [
            (_score(place, entry, p, admin_hints.get(index), paragraph_oblasts, near, anchors)
             + _near_expected(place, expected), place)
            for place, entry in p.places
        ]
        scored.sort(key=lambda s: (-s[0], s[1].id))
        best, runner_up = scored[0], (scored[1][0] if len(scored) > 1 else -math.inf)
        p.place = best[1]
        p.score = _confidence(best[0], runner_up)
        if _is_point(p.place) and p.place.kind == "settlement":
            doc_anchors.append(p)

    _place_by_distance_notes(pending, notes)
    _place_by_neighbours(pending)
    return [_mention(text, p) for p in pending]


_APPROXIMATE = ("hromada", "raion", "oblast")


def _place_by_distance_notes(pending: list[_Pending], notes: dict[int, tuple[int, float, float]]) -> None:
    """"Sukhanove (17km northwest of Beryslav)": when the gazetteer only knows the village's
    hromada, the point the report gives is better; precision "relative" says it was computed."""
    for index, (anchor_index, km, bearing) in notes.items():
        p, anchor = pending[index], pending[anchor_index].place
        if p.place is None or p.place.precision not in _APPROXIMATE or p.place.kind != "settlement":
            continue
        if anchor is None or anchor.precision != "settlement" or anchor.lat is None or anchor.lon is None:
            continue
        lat, lon = offset(anchor.lat, anchor.lon, bearing, km)
        p.place = replace(p.place, lat=round(lat, 5), lon=round(lon, 5), precision="relative")


def _place_by_neighbours(pending: list[_Pending]) -> None:
    """A village the gazetteer only knows by its hromada, named next to villages whose points are
    known ("assaults on Dolyna and Dovhenke"), is most likely near them: front-line reports list
    neighbours together. Its point moves 70% of the way toward the nearest such neighbour within
    25 km; precision "relative" says it was inferred. Measured: +1.1 points within 10 km on the
    development place gold, +2.3 on the held-out place gold (benchmarks/RESULTS.md)."""
    for index, p in enumerate(pending):
        if p.place is None or p.place.precision != "hromada" or p.place.kind != "settlement" or p.place.lat is None:
            continue
        best: tuple[float, Place] | None = None
        for q in pending[max(0, index - _NEIGHBOURS):index + _NEIGHBOURS + 1]:
            other = q.place
            if (q is p or other is None or other.precision != "settlement" or other.lat is None or other.lon is None
                    or abs(q.found.start - p.found.start) > _NEIGHBOUR_CHARS):
                continue
            km = haversine_km(p.place.lat, p.place.lon, other.lat, other.lon)  # type: ignore[arg-type]
            if km <= _NEIGHBOUR_KM and (best is None or km < best[0]):
                best = (km, other)
        if best is not None:
            lat = p.place.lat + 0.7 * (best[1].lat - p.place.lat)  # type: ignore[operator]
            lon = p.place.lon + 0.7 * (best[1].lon - p.place.lon)  # type: ignore[operator]
            p.place = replace(p.place, lat=round(lat, 5), lon=round(lon, 5), precision="relative")


_NEIGHBOURS, _NEIGHBOUR_CHARS, _NEIGHBOUR_KM = 4, 160, 25.0


def _paragraph_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in _PARAGRAPH.finditer(text)]


def _pending(found: Found, gaz: Gazetteer, paragraphs: list[int]) -> _Pending:
    places = []
    seen: set[int] = set()
    for entry in found.entries:
        if entry.place_id in seen or not _fits(found, entry):
            continue
        place = gaz.place(entry.place_id)
        if place.kind in _KIND_FOR_HINT[found.kind_hint]:
            seen.add(entry.place_id)
            places.append((place, entry))
    return _Pending(found, places, _bisect(paragraphs, found.start))


def _fits(found: Found, entry: Entry) -> bool:
    """Can this reading of the name stand where the finder found it?"""
    hint = found.kind_hint
    if hint == "oblast":
        return entry.role in ("stem", "name")
    if hint in ("raion", "hromada"):
        return entry.role == hint
    if hint == "river":
        return entry.role == "cue" or entry.source == "rivers.tsv"
    if hint == "road":
        return entry.source == "roads.tsv"
    return usable_alone(entry, found.surface)


def _bisect(starts: list[int], pos: int) -> int:
    lo, hi = 0, len(starts)
    while lo < hi:
        mid = (lo + hi) // 2
        if starts[mid] <= pos:
            lo = mid + 1
        else:
            hi = mid
    return lo - 1


def _explicit_admin(text: str, pending: list[_Pending]) -> dict[int, str]:
    """Oblasts written right after a name: "Mykolaivka, Sumy Oblast", "X (Kharkiv Oblast)"."""
    hints: dict[int, str] = {}
    for index in range(len(pending) - 1):
        here, there = pending[index], pending[index + 1]
        if not _is_area(there) or there.found.plural_admin or here.found.kind_hint != "any":
            continue  # "Kharkiv, Donetsk, Luhansk Oblasts" is a list of oblasts, not "X, Y Oblast"
        if not _ADMIN_LINK.match(text[here.found.end : there.found.start]):
            continue
        admin = there.places[0][0].admin1 or there.places[0][0].name
        hints[index] = admin
        back = index  # "Nikopol and Marhanets, Dnipropetrovsk Oblast": the oblast covers the list
        while back > 0 and _LIST_LINK.match(text[pending[back - 1].found.end : pending[back].found.start]):
            back -= 1
            hints.setdefault(back, admin)
    # One sense per report: "Hulyaipole, Zaporizhia Oblast" once tells which Hulyaipole every
    # other mention of the name means.
    by_name: dict[str, str] = {}
    for index, admin in hints.items():
        by_name.setdefault(exact_key(pending[index].found.surface or text[pending[index].found.start:pending[index].found.name_end]), admin)
    for index, p in enumerate(pending):
        if index not in hints and p.found.kind_hint == "any":
            admin = by_name.get(exact_key(p.found.surface or text[p.found.start:p.found.name_end]))
            if admin is not None:
                hints[index] = admin
    return hints


def _distance_notes(text: str, pending: list[_Pending]) -> dict[int, tuple[int, float, float]]:
    """"Pavlivka (45km southwest of Donetsk City)": index -> (anchor index, km, bearing)."""
    notes: dict[int, tuple[int, float, float]] = {}
    for index in range(len(pending) - 1):
        gap = text[pending[index].found.end : pending[index + 1].found.start]
        m = _DISTANCE_NOTE.match(gap)
        if m and m.group("dir").lower() in BEARINGS:
            notes[index] = (index + 1, float(m.group("km")), BEARINGS[m.group("dir").lower()])
    return notes


def _oblasts_by_paragraph(pending: list[_Pending]) -> dict[int, set[str]]:
    named: dict[int, set[str]] = {}
    for p in pending:
        if _is_area(p):
            named.setdefault(p.paragraph, set()).update(pl.admin1 or pl.name for pl, _ in p.places)
    return named


def _is_area(p: _Pending) -> bool:
    """Is this mention an oblast ("Sumy Oblast", "the Kharkiv region", "Crimea")?"""
    return bool(p.places) and (p.found.kind_hint == "oblast" or all(pl.kind == "oblast" for pl, _ in p.places))


def _is_point(place: Place) -> bool:
    """Can this place anchor its neighbours? Settlements only: an oblast's centre is not near
    anything in particular."""
    return place.lat is not None and place.kind == "settlement"


def place_prior(place: Place, entry: Entry) -> float:
    score = _COUNTRY_PRIOR.get(place.country, 0.0)
    if place.kind == "settlement":
        score += math.log10(place.population + 1) / 6.0
        score += _CATEGORY_PRIOR.get(place.category or "", 0.1)
        score += _PRECISION_PRIOR.get(place.precision, 0.0)
        if place.country == "UA" and place.katottg is None:
            score -= 0.3  # a GeoNames point the register does not know: a district, an old name
    elif place.kind in ("country", "oblast", "region"):
        score += 2.0
    if entry.loose:
        score -= 0.5
    if entry.source == "geonames-alt":
        score -= 0.4  # an alternate name is weaker evidence than the official one
    return score


def _score(
    place: Place,
    entry: Entry,
    p: _Pending,
    admin_hint: str | None,
    paragraph_oblasts: dict[int, set[str]],
    near: list[Place],
    anchors: list[Place],
) -> float:
    score = place_prior(place, entry)
    if admin_hint is not None and place.admin1 == admin_hint:
        score += 4.0
    if place.admin1 and place.admin1 in paragraph_oblasts.get(p.paragraph, ()):
        score += 1.0
    if place.lat is not None and place.lon is not None:
        score += 2.0 * _closeness(place, near, 25.0) + 0.8 * _closeness(place, anchors, 60.0)
    return score


def _expected_point(
    pending: list[_Pending], note: tuple[int, float, float] | None
) -> tuple[float, float] | None:
    if note is None:
        return None
    anchor = pending[note[0]]
    if anchor.place is not None:
        place: Place | None = anchor.place
    else:  # not resolved yet: its likeliest reading ("Donetsk City" is the city, not a village)
        place = max(anchor.places, key=lambda pe: place_prior(*pe))[0] if anchor.places else None
    if place is None or place.lat is None or place.lon is None:
        return None
    return offset(place.lat, place.lon, note[2], note[1])


def _near_expected(place: Place, expected: tuple[float, float] | None) -> float:
    if expected is None or place.lat is None or place.lon is None:
        return 0.0
    return 4.0 * math.exp(-haversine_km(place.lat, place.lon, *expected) / 15.0)


def _closeness(place: Place, others: list[Place], scale_km: float) -> float:
    best = math.inf
    for other in others:
        if other.id == place.id or other.lat is None or other.lon is None:
            continue
        best = min(best, haversine_km(place.lat, place.lon, other.lat, other.lon))  # type: ignore[arg-type]
    return math.exp(-best / scale_km) if best < math.inf else 0.0


def _confidence(best: float, runner_up: float) -> float:
    if runner_up == -math.inf:
        return 1.0
    return round(1.0 / (1.0 + math.exp(-(best - runner_up) * 2.0)), 4)


def _mention(text: str, p: _Pending) -> PlaceMention:
    f = p.found
    relation = relation_before(text, f.start)
    kind = p.place.kind if p.place is not None else ("road" if f.kind_hint == "road" else "settlement")
    return PlaceMention(
        text=text[f.start : f.end],
        span=Span(f.start, f.end),
        kind=kind,  # type: ignore[arg-type]
        place=p.place,
        score=p.score,
        rule=f.rule,
        relation=relation.relation if relation else None,
        relation_span=Span(relation.start, f.start) if relation else None,
        candidates=len(p.places),
    )
