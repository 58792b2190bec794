"""The date a fact refers to, read from its sentence and anchored on the report date.

"On June 12", "on 12 June", "since June 12", "overnight on June 21-22" / "on the night of 13 to
14 June" (the later day), "yesterday", "last week", "last spring", "next week", "in recent days".
Without any of these the fact takes the report date with precision ``report``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from sitreps.ingest.dates import MONTH_ALTERNATION, MONTHS

_M = r"(?P<month>" + MONTH_ALTERNATION + ")"
_MONTH_DAY = re.compile(
    r"\b(?:on|since|from|as\s+of|by|overnight\s+on|overnight|on\s+the\s+night\s+of|between)\s+(?:the\s+night\s+of\s+)?"
    + _M + r"\s+(?P<day>\d{1,2})(?:\s*(?:-|–|to|and)\s*(?P<day2>\d{1,2}))?\b",
    re.I,
)
_DAY_MONTH = re.compile(
    r"\b(?:on|since|from|as\s+of|by|overnight\s+on|on\s+the\s+night\s+of)\s+(?P<day>\d{1,2})(?:\s*(?:-|–|to|and)\s*(?P<day2>\d{1,2}))?\s+"
    + _M + r"\b",
    re.I,
)
_RELATIVE = (
    (re.compile(r"\byesterday\b", re.I), -1, "day"),
    (re.compile(r"\b(?:in\s+recent\s+days|in\s+the\s+past\s+(?:few\s+)?days|over\s+the\s+past\s+(?:few\s+)?days)\b", re.I), 0, "week"),
    (re.compile(r"\b(?:last|past)\s+week\b", re.I), -7, "week"),
    (re.compile(r"\bnext\s+week\b", re.I), 7, "week"),
    (re.compile(r"\blast\s+month\b", re.I), -30, "month"),
    (re.compile(r"\bnext\s+month\b", re.I), 30, "month"),
)
_SEASON = re.compile(r"\b(?P<rel>last|this|next)\s+(?P<season>spring|summer|autumn|fall|winter)\b", re.I)
_SEASON_MONTH = {"spring": 4, "summer": 7, "autumn": 10, "fall": 10, "winter": 1}


@dataclass(frozen=True, slots=True)
class FactDate:
    value: date | None
    precision: str  # day | week | month | season | year | report
    end: date | None = None


def fact_date(sentence: str, report: date | None) -> FactDate:
    m = _MONTH_DAY.search(sentence) or _DAY_MONTH.search(sentence)
    if m and report is not None:
        day = int(m["day2"] or m["day"])
        found = _anchor(report, MONTHS[m["month"].lower()], day)
        if found is not None:
            return FactDate(found, "day")
    if report is None:
        return FactDate(None, "report")
    for pattern, days, precision in _RELATIVE:
        if pattern.search(sentence):
            return FactDate(report + timedelta(days=days), precision)
    season = _SEASON.search(sentence)
    if season:
        return _season(report, season["rel"].lower(), season["season"].lower())
    return FactDate(report, "report")


def _anchor(report: date, month: int, day: int) -> date | None:
    """The (month, day) nearest the report date: December facts in a January report are last year's."""
    best = None
    for year in (report.year - 1, report.year, report.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if best is None or abs((candidate - report).days) < abs((best - report).days):
            best = candidate
    return best


def _season(report: date, rel: str, season: str) -> FactDate:
    year = report.year + {"last": -1, "this": 0, "next": 1}[rel]
    start = date(year, _SEASON_MONTH[season], 1)
    if rel == "last" and start > report:
        start = date(year - 1, start.month, 1)
    end = date(start.year + (start.month + 2) // 12, (start.month + 2) % 12 + 1, 1) - timedelta(days=1)
    return FactDate(start, "season", end)
