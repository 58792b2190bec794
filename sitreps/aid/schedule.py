"""Due dates, delivery schedules and how long an extension runs. A promise is due by the end of the first period it names ("by the
end of the year", "in June", "next year"). A schedule, "50 Gepards: the first 10 in the autumn, up to 40 by the end of the year, the rest in
the first half of next year" is a pledge of 50 due by mid-next-year, in three tranches, each expected by the
end of its period. Periods end where the text says: "in the autumn" on 30 November, "by the end of the year"
on 31 December, "in the first half of next year" on 30 June of the next year, "in June" on 30 June (of the
next year when June has passed). An extension "for a further 90 days from 21 May" runs to 19 August; one
"until 23 August" to that day.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import date, timedelta

from sitreps.aid.items import qualifier_before
from sitreps.ingest.dates import MONTH_ALTERNATION, MONTHS


@dataclass(frozen=True)
class Tranche:
    quantity: tuple[int, str] | None  # None for "the rest"
    due: str  # ISO date: the end of the period the tranche is due in
    span: tuple[int, int]  # sentence offsets of the tranche ("the first 10 in the autumn")


_PART_BREAK = re.compile(r"\s*(?:[,;:–—]\s*|\s(?=\(?then\b))(?:and\s+|then\s+)?|\s+and\s+(?=the\s+(?:rest|remainder|remaining))")
_AMOUNT = re.compile(
    r"^(?:the\s+)?(?:(?P<lead>first|initial|next|remaining|last|final|another|further|second|third)\s+)?"
    r"(?P<qual>(?:[a-z]+\s+){0,3}?)(?P<n>\d[\d,]*)(?:\s+more)?\b"
    r"|^(?:the\s+)?(?P<rest>rest|remainder|remaining\s+(?:ones|systems|vehicles|units))\b",
    re.I,
)
_SEASON_END = {"spring": (5, 31), "summer": (8, 31), "autumn": (11, 30), "fall": (11, 30)}
_PERIOD = re.compile(
    r"\b(?:in|by|during|before|until)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+|this\s+)?)?"
    r"(?:(?P<half>first|second)\s+half|(?P<quarter>first|second|third|fourth)\s+quarter|"
    r"(?P<season>spring|summer|autumn|fall|winter)|(?:early\s+|mid-|late\s+)?(?P<month>" + MONTH_ALTERNATION + r")|"
    r"(?P<year>year)|(?P<this_month>month)|"
    r"(?P<number>20\d\d))\b(?:\s+of\s+(?P<which>next\s+year|this\s+year|20\d\d))?|\b(?P<next>next\s+year)\b",
    re.I,
)


def due_date(sentence: str, report: date | None) -> str | None:
    """The end of the first period a promise names ("by the end of the year", "in June", "next year")."""
    m = _PERIOD.search(sentence) if report else None
    return period_end(m, report) if m and report else None


def read_schedule(sentence: str, start: int, report: date | None) -> list[Tranche]:
    """The tranches written after ``start`` (the end of the item), or [] unless at least two are
    written, or one that says it is the first ("the first 10 in the autumn")."""
    if report is None:
        return []
    tranches: list[Tranche] = []
    leads: list[str] = []  # "first", "next", "remaining" ... as written before each tranche's number
    for lo, hi in _parts(sentence, start):
        amount = _AMOUNT.match(sentence[lo:hi])
        period = _PERIOD.search(sentence, lo, hi)
        due = period_end(period, report) if amount and period else None
        if due is not None:
            tranches.append(Tranche(_quantity(amount), due, (lo, hi)))  # type: ignore[arg-type]
            leads.append((amount["lead"] or "").lower())  # type: ignore[index]
    return tranches if len(tranches) >= 2 or leads[:1] in (["first"], ["initial"]) else []


def _parts(sentence: str, start: int) -> list[tuple[int, int]]:
    """Spans between the breaks (", ", ": ", "; ", " and the rest") after ``start``."""
    out, lo = [], start
    for m in _PART_BREAK.finditer(sentence, start):
        if m.start() > lo:
            out.append((lo, m.start()))
        lo = m.end()
    end = len(sentence.rstrip(" .\n"))
    if end > lo:
        out.append((lo, end))
    return out


def _quantity(amount: re.Match[str]) -> tuple[int, str] | None:
    if amount["rest"] or not amount["n"]:
        return None
    return int(amount["n"].replace(",", "")), qualifier_before(amount["qual"] or "")


def period_end(m: re.Match[str], report: date) -> str | None:
    """The last day of the period a _PERIOD match names, seen from the report date."""
    which = (m["which"] or "").lower()
    year = report.year + 1 if (which == "next year" or m["next"]) else int(which) if which.isdigit() else report.year
    if m["next"]:
        return date(year, 12, 31).isoformat()
    if m["number"]:
        return date(int(m["number"]), 12, 31).isoformat()
    if m["half"]:
        return date(year, 6, 30).isoformat() if m["half"].lower() == "first" else date(year, 12, 31).isoformat()
    if m["quarter"]:
        month = {"first": 3, "second": 6, "third": 9, "fourth": 12}[m["quarter"].lower()]
        return date(year, month, monthrange(year, month)[1]).isoformat()
    if m["season"]:
        season = m["season"].lower()
        if season == "winter":  # winter ends in the February after the year it starts in
            year = year + 1 if which else (report.year if report.month <= 2 else report.year + 1)
            return date(year, 2, monthrange(year, 2)[1]).isoformat()
        month, day = _SEASON_END[season]
        if not which and date(year, month, day) < report:
            year += 1  # "in the spring", written in the summer, is next spring
        return date(year, month, day).isoformat()
    if m["month"]:
        month = MONTHS[m["month"].lower()]
        if not which and month < report.month:
            year += 1
        return date(year, month, monthrange(year, month)[1]).isoformat()
    if m["year"]:
        return date(year, 12, 31).isoformat()
    if m["this_month"]:
        return date(report.year, report.month, monthrange(report.year, report.month)[1]).isoformat()
    return None


_FOR_PERIOD = re.compile(
    r"\bfor\s+(?:a\s+further|another|an\s+additional|a\s+further\s+period\s+of|a\s+period\s+of|a\s+further\s+term\s+of)?"
    r"\s*(?P<n>\d{1,3}|one|two|three|four|five|six|nine|twelve)\s+(?P<unit>days?|weeks?|months?|years?)\b",
    re.I,
)
_UNTIL = re.compile(
    r"\b(?:until|till|through)\s+(?:(?P<month>" + MONTH_ALTERNATION + r")\s+(?P<day>\d{1,2})|(?P<day2>\d{1,2})\s+"
    r"(?P<month2>" + MONTH_ALTERNATION + r"))\b(?:,?\s+(?P<year>20\d\d))?",
    re.I,
)
_COUNT_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "nine": 9, "twelve": 12}


def extension_end(sentence: str, start: date | None) -> str | None:
    """The last day an extension runs to: ``start`` plus the period it names ("for a further 90 days"), or
    the day it names ("until 23 August", in the year that puts it after the start)."""
    if start is None:
        return None
    until = _UNTIL.search(sentence)
    if until:
        month = MONTHS[(until["month"] or until["month2"]).lower()]
        day = int(until["day"] or until["day2"])
        year = int(until["year"]) if until["year"] else start.year + (1 if (month, day) < (start.month, start.day) else 0)
        try:
            return date(year, month, day).isoformat()
        except ValueError:
            return None
    period = _FOR_PERIOD.search(sentence)
    if not period:
        return None
    n = int(period["n"]) if period["n"].isdigit() else _COUNT_WORDS[period["n"].lower()]
    unit = period["unit"].lower().rstrip("s")
    if unit in ("day", "week"):
        return (start + timedelta(days=n * (7 if unit == "week" else 1))).isoformat()
    months = n * (12 if unit == "year" else 1)
    year, month = start.year + (start.month - 1 + months) // 12, (start.month - 1 + months) % 12 + 1
    return date(year, month, min(start.day, monthrange(year, month)[1])).isoformat()
