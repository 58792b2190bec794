"""The cue table (data/cues.tsv: id, category, subtype, status, regex) and the frame one cue yields
from a sentence, before it becomes a record; donors.tsv maps capitals, demonyms and organisations to
ISO2 codes ("Washington" -> US, "the French" -> FR, "NATO")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

RUSSIAS_SUPPLIERS = {"BY", "IR", "KP", "SY"}  # states whose materiel reaches Russia
RUSSIA_NAMED = re.compile(r"\b(?:Russia|Russian|Moscow|Kremlin)\b")


@dataclass(frozen=True, slots=True)


class Cue:
    id: str
    category: str
    subtype: str | None
    status: str | None
    pattern: re.Pattern[str]


@dataclass(frozen=True, slots=True)


class AidFrame:
    category: str  # aid | training | decision
    subtype: str | None
    trigger: tuple[int, int]  # offsets in the sentence
    donors: tuple[str, ...]
    recipient: str | None
    item: str | None
    item_class: str | None
    quantity: tuple[int, str] | None
    status: str | None
    due: str | None
    persons: tuple[str, ...]
    role: str | None
    body: str | None
    rule: str


def _rows(name: str) -> list[list[str]]:
    text = resources.files("sitreps.aid").joinpath("data", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")][1:]


@lru_cache(maxsize=1)


def load_cues() -> tuple[Cue, ...]:
    return tuple(Cue(i, cat, sub or None, status or None, re.compile(p, re.I)) for i, cat, sub, status, p in _rows("cues.tsv"))


@lru_cache(maxsize=1)


def donor_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    table = {alias: code for alias, code in _rows("donors.tsv")}
    names = sorted(table, key=len, reverse=True)
    return re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w])"), table
