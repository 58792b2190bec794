"""Patterns as data: triggers, outcome, attribution, modality and weapon cues from the TSV files in
``sitreps/events/data``. Every row has an id that the record's provenance shows."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class Trigger:
    id: str
    category: str
    subtype: str | None
    outcome: str | None
    initiator: str  # subject | object | opposite | partisan | "" (unknown)
    pattern: re.Pattern[str]
    needs_support: bool = False  # a noun: counts only with a verb that makes it happen


@dataclass(frozen=True, slots=True)
class Cue:
    id: str
    value: str  # outcome, modality, or side
    pattern: re.Pattern[str]
    label: str = ""  # attribution: the source label
    extra: str = ""  # attribution: the modality it gives


@dataclass(frozen=True, slots=True)
class Lexicon:
    triggers: tuple[Trigger, ...]
    outcomes: tuple[Cue, ...]
    attributions: tuple[Cue, ...]
    modalities: tuple[Cue, ...]
    weapons: tuple[Cue, ...]


def _rows(name: str) -> list[list[str]]:
    text = resources.files("sitreps.events").joinpath("data", name).read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return rows[1:]  # the header


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    triggers = tuple(
        Trigger(i, cat, sub or None, out or None, init, re.compile(pat, re.I), needs == "support")
        for i, cat, sub, out, init, needs, pat in _rows("triggers.tsv")
    )
    outcomes = tuple(Cue(i, value, re.compile(pat, re.I)) for i, value, pat in _rows("outcomes.tsv"))
    attributions = tuple(
        Cue(i, side, re.compile(pat), label=label, extra=modality)
        for i, side, modality, label, pat in _rows("attribution.tsv")
    )
    modalities = tuple(Cue(i, value, re.compile(pat, re.I)) for i, value, pat in _rows("modality.tsv"))
    weapons = tuple(Cue(f"weapon.{w}", w, re.compile(pat)) for w, pat in _rows("weapons.tsv"))
    return Lexicon(triggers, outcomes, attributions, modalities, weapons)
