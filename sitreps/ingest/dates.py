"""When a report was written: from metadata, the file name, the dateline or the war-day count.

"January 15, 7:45 pm ET" needs a year: it comes from metadata or the file name when they have one,
else from a year written near the top of the report. "Day 100 of the war" counts from
2022-02-24 (day 1), so day 100 is 2022-06-03.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

WAR_DAY_ONE = date(2022, 2, 24)
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")
MONTH_ALTERNATION = "|".join(MONTH_NAMES)  # for regexes: "(?P<month>" + MONTH_ALTERNATION + ")"
MONTHS = {
    name: number
    for number, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
         ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
         ("october", "oct"), ("november", "nov"), ("december", "dec")],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + MONTH_ALTERNATION + ")"
_DATELINE = re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:,\s*(?P<year>20\d\d))?(?:,?\s+\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?)?", re.I)
_DAY_FIRST = re.compile(r"\b(?P<day>\d{1,2})\s+" + _MONTH + r"(?:\s+(?P<year>20\d\d))?\b", re.I)
_WAR_DAY = re.compile(r"\bDay\s+(?P<n>\d{1,4})\s+of\s+(?:the\s+)?(?:war|invasion|full-scale\s+invasion)\b", re.I)
_ISO_IN_NAME = re.compile(r"(?P<year>20\d\d)-(?P<month>\d\d)-(?P<day>\d\d)")
_YEAR = re.compile(r"\b(20[12]\d)\b")
_HEAD = 600


def war_day(n: int) -> date:
    return WAR_DAY_ONE + timedelta(days=n - 1)


def parse_iso(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        m = _ISO_IN_NAME.search(value)
        return _safe_date(int(m["year"]), int(m["month"]), int(m["day"])) if m else None


def infer_report_date(text: str, *, published: str | None = None, name: str | None = None) -> date | None:
    """The report's date, or ``None`` when nothing says it."""
    from_meta = parse_iso(published)
    if from_meta:
        return from_meta
    from_name = parse_iso(name) if name else None
    if from_name:
        return from_name
    head = text[:_HEAD]
    war = _WAR_DAY.search(head)
    if war:
        return war_day(int(war["n"]))
    m = _DATELINE.search(head) or _DAY_FIRST.search(head)
    if m:
        year = m["year"] or _first_year(text)
        if year:
            return _safe_date(int(year), MONTHS[m["month"].lower()], int(m["day"]))
    return None


def _first_year(text: str) -> str | None:
    m = _YEAR.search(text[:4000])
    return m.group(1) if m else None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
