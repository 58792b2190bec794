"""Relative locations: the words before a place name that place an event relative to it.

"southwest of Kreminna", "on the eastern outskirts of Avdiivka", "in a salient north of
Kupiansk", "along the P66 highway", "25 km north of Izium". Each pattern has an id that is kept
with the mention, so a user can see which rule read the relation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_COMPASS = r"(?P<dir>north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)"

#: (rule id, pattern matched against the text just before the name, relation template)
PATTERNS: tuple[tuple[str, re.Pattern[str], str], ...] = (
    ("rel.distance-compass", re.compile(
        r"(?P<km>\d+(?:\.\d+)?)\s*(?:km|kilometers|kilometres)\s+" + _COMPASS + r"(?:ern)?\s+of\s+(?:the\s+)?$", re.I),
        "{dir} of"),
    ("rel.compass-outskirts", re.compile(
        _COMPASS + r"(?:ern)?\s+outskirts\s+of\s+(?:the\s+)?$", re.I), "outskirts ({dir})"),
    ("rel.outskirts", re.compile(r"\boutskirts\s+of\s+(?:the\s+)?$", re.I), "outskirts"),
    ("rel.compass-of", re.compile(r"\b" + _COMPASS + r"(?:ern)?(?:\s+of|\s+from)\s+(?:the\s+)?$", re.I), "{dir} of"),
    ("rel.compass-part", re.compile(r"\b" + _COMPASS + r"ern\s+(?:part|parts|districts?)\s+of\s+(?:the\s+)?$", re.I), "in ({dir})"),
    ("rel.near", re.compile(r"\b(?:near|nearby|close to|in the vicinity of|in the direction of|by)\s+(?:the\s+)?$", re.I), "near"),
    ("rel.around", re.compile(r"\b(?:around|surrounding)\s+(?:the\s+)?$", re.I), "around"),
    ("rel.toward", re.compile(r"\b(?:toward|towards)\s+(?:the\s+)?$", re.I), "toward"),
    ("rel.along", re.compile(r"\balong\s+(?:the\s+)?$", re.I), "along"),
    ("rel.between", re.compile(r"\bbetween\s+(?:the\s+)?$", re.I), "between"),
)
_WINDOW = 60


@dataclass(frozen=True, slots=True)
class Relation:
    relation: str  # "southwest of", "outskirts", "near", ...
    start: int  # where the relation words start
    rule: str
    km: float | None = None
    bearing: str | None = None


def relation_before(text: str, start: int) -> Relation | None:
    """The relation written right before position ``start``, if any."""
    window_start = max(0, start - _WINDOW)
    before = text[window_start:start]
    for rule, pattern, template in PATTERNS:
        m = pattern.search(before)
        if m is None:
            continue
        groups = m.groupdict()
        direction = (groups.get("dir") or "").lower().replace("-", "") or None
        km = float(groups["km"]) if groups.get("km") else None
        return Relation(template.format(dir=direction or ""), window_start + m.start(), rule, km, direction)
    return None
