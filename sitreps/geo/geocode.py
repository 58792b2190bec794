"""Geocode the messy place strings people write: "Izyum, Kharkiv Oblast", "Chuhuiv, south of
Kharkiv", "Solonitsevka, Zarechanka", "Kiyv", "Mariupol'".

The first comma part is the place; later parts are context: an oblast or region (filters and
boosts candidates in it), a country, or another place (boosts candidates near it). Names the
index does not know are matched fuzzily (rapidfuzz) against the index keys.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cached_property

from rapidfuzz import fuzz, process

from sitreps.geo.gazetteer import Entry, Gazetteer
from sitreps.geo.geometry import haversine_km
from sitreps.geo.names import exact_key
from sitreps.geo.resolve import place_prior
from sitreps.model import Candidate, Place

_ADMIN_WORDS = re.compile(
    r"\b(?:oblast|oblasts|region|province|krai|kray|raion|rayon|district|republic|city|town|village|"
    r"settlement|urban-type settlement|vicinity|area)\b\.?",
    re.I,
)
_RELATION = re.compile(
    r"^(?:\d+\s*km\s+)?(?:(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+"
    r"(?:of|from|outskirts of)\s+|near\s+|outskirts of\s+|around\s+|close to\s+)", re.I)
_PARENS = re.compile(r"\(([^)]*)\)")
_FUZZY_CUTOFF = 82.0
_NEAR_AREA_KM = 120.0


@dataclass(frozen=True, slots=True)
class _Context:
    admin1: set[str]
    countries: set[str]
    anchors: list[Place]
    areas: list[tuple[Place, Entry]]  # the oblasts/regions named, as places


class Geocoder:
    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz

    @cached_property
    def _keys(self) -> list[str]:
        return self.gaz.keys()

    def geocode(self, query: str, *, limit: int = 5) -> list[Candidate]:
        """Ranked candidates for ``query``; an empty list when nothing fits."""
        parts = _split(query)
        if not parts:
            return []
        head, *rest = parts
        wants_area = bool(_ADMIN_WORDS.search(head))
        head = _clean(head)
        if not head:
            return []
        context = self._context(rest)
        readings = [r for r in self._readings(head) if wants_area or r[1].role == "name"]
        if not readings and not context.areas:
            return []
        scored = []
        for place, entry, penalty in readings:
            score = place_prior(place, entry) - penalty + _context_score(place, context)
            scored.append((score, place, entry))
        scored.sort(key=lambda s: (-s[0], s[1].id))
        if context.areas and not any(_admin_stem(p.admin1 or "") in context.admin1 for _, p, _ in scored):
            area, entry = context.areas[0]
            if not scored or _km(scored[0][1], area) > _NEAR_AREA_KM:
                # Nothing of that name in or near the oblast the query names: the oblast itself is
                # the honest answer (a labelling slip next to the border keeps the place).
                top = scored[0][0] if scored else 0.0
                scored = [(top + 1.0, area, entry), *scored]
        return _normalise(_dedupe(scored), limit)

    def _readings(self, name: str) -> list[tuple[Place, Entry, float]]:
        """(place, entry, penalty) for every place ``name`` can mean, fuzzily if need be."""
        out = self._exact_readings(name, 0.0)
        if out or len(exact_key(name)) < 5:
            return out  # no fuzzy guesses for very short strings
        matches = process.extract(
            exact_key(name), self._keys, scorer=fuzz.ratio, limit=8, score_cutoff=_FUZZY_CUTOFF
        )
        for key, similarity, _ in matches:
            out += self._exact_readings(key, (100.0 - similarity) / 10.0)
        return out

    def _exact_readings(self, name: str, penalty: float) -> list[tuple[Place, Entry, float]]:
        out = []
        seen: set[int] = set()
        for entry in self.gaz.entries(name):
            if entry.place_id in seen or entry.role == "cue":
                continue
            seen.add(entry.place_id)
            place = self.gaz.place(entry.place_id)
            if place.lat is None:
                continue
            extra = 0.0 if entry.role == "name" else 0.3
            out.append((place, entry, penalty + extra))
        return out

    def _context(self, parts: list[str]) -> _Context:
        admin1: set[str] = set()
        countries: set[str] = set()
        anchors: list[Place] = []
        areas: list[tuple[Place, Entry]] = []
        for part in parts:
            part = _RELATION.sub("", part.strip())
            is_area = bool(_ADMIN_WORDS.search(part))  # "Kyiv Oblast" is an area, not the city
            name = _clean(part)
            if not name:
                continue
            for place, entry, penalty in self._readings(name):
                if penalty > 1.0:
                    continue
                if place.kind == "country":
                    countries.add(place.country)
                elif place.kind in ("oblast", "region") or entry.role == "stem":
                    admin1.add(_admin_stem(place.admin1 or place.name))
                    if place.lat is not None and penalty <= 0.3:
                        areas.append((place, entry))
                elif place.kind == "settlement" and not is_area:
                    anchors.append(place)
        return _Context(admin1, countries, anchors, areas)


def _split(query: str) -> list[str]:
    query = " ".join(query.split())
    inner = _PARENS.findall(query)
    query = _PARENS.sub(",", query)
    return [p.strip() for p in [*query.split(","), *inner] if p.strip()]


def _clean(part: str) -> str:
    return " ".join(_ADMIN_WORDS.sub(" ", part).split()).strip(" .;:-")


def _km(one: Place, other: Place) -> float:
    if one.lat is None or other.lat is None:
        return float("inf")
    return haversine_km(one.lat, one.lon, other.lat, other.lon)  # type: ignore[arg-type]


def _admin_stem(admin1: str) -> str:
    """"Kyiv Oblast" and the city "Kyiv" (its own first-level unit) compare equal."""
    return exact_key(admin1).removesuffix(" oblast")


def _context_score(place: Place, context: _Context) -> float:
    score = 0.0
    if context.admin1:
        score += 4.0 if _admin_stem(place.admin1 or "") in context.admin1 else -3.0
    if context.countries:
        score += 2.0 if place.country in context.countries else -2.0
    if context.anchors and place.lat is not None and place.lon is not None:
        nearest = min(
            haversine_km(place.lat, place.lon, a.lat, a.lon)  # type: ignore[arg-type]
            for a in context.anchors
            if a.lat is not None
        )
        score += 4.0 * math.exp(-nearest / 30.0)
    return score


def _dedupe(scored: list[tuple[float, Place, Entry]]) -> list[tuple[float, Place, Entry]]:
    """One candidate per place: the same settlement from two sources, or two entries within 2 km
    of each other with the same name, are one answer."""
    kept: list[tuple[float, Place, Entry]] = []
    for score, place, entry in scored:
        duplicate = any(
            p.name == place.name and p.lat is not None and place.lat is not None
            and haversine_km(p.lat, p.lon, place.lat, place.lon) < 2.0  # type: ignore[arg-type]
            for _, p, _ in kept
        )
        if not duplicate:
            kept.append((score, place, entry))
    return kept


def _normalise(scored: list[tuple[float, Place, Entry]], limit: int) -> list[Candidate]:
    """Scores as shares of belief over the candidates (softmax), best first."""
    if not scored:
        return []
    top = scored[0][0]
    weights = [math.exp(s - top) for s, _, _ in scored]
    total = sum(weights)
    return [
        Candidate(place, w / total, entry.source)
        for (s, place, entry), w in zip(scored[:limit], weights[:limit], strict=False)
    ]
