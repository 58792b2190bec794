"""Event frames: from one sentence and the places found in it, the combat, strike and sabotage
records it states, with initiator, outcome, weapon, target, count, attribution and modality.

Every decision names the lexicon row that made it (``Record.rules``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from sitreps.events import attribution as attrib
from sitreps.events.lexicon import Lexicon, Trigger
from sitreps.events.sides import MUNITION_AFTER, initiator
from sitreps.events.triggers import HEADING, find_triggers, group_triggers
from sitreps.model import PlaceMention, Span

_COUNT_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "a dozen": 12,
    "once": 1, "twice": 2,
}
_COUNT = re.compile(
    r"\b(?P<n>\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|a\s+dozen)\s+"
    r"(?:\w+\s+){0,2}?(?:missiles?|strikes?|drones?|rockets?|times|airstrikes?|air\s+strikes|assaults?|attacks?|"
    r"Shaheds?|shells?|rounds|projectiles)\b|\((?P<n2>\w+)\s+times\)|\b(?P<n3>once|twice)\b",
    re.I,
)
_TARGET = re.compile(
    r"\b(?:struck|targeted|hit|shelled|destroyed|damaged|attacked|strikes?\s+(?:on|against))\s+"
    r"(?:a|an|the|several|two|three|multiple)?\s*(?:Russian\s+|Ukrainian\s+)?"
    r"(?P<target>(?:[a-z\-]+\s+){0,3}(?:depots?|infrastructure|facilit(?:y|ies)|bridges?|bases?|positions|"
    r"headquarters|command\s+posts?|plants?|stations?|airfields?|warehouses?|buildings?|concentrations?|"
    r"equipment|substations?|ports?|railways?|rail\s+lines?|barracks|checkpoints?|hospitals?|schools?|"
    r"houses|homes|areas|dam|points?|systems?|logistics|hubs?|storage|vessels?|ships?|boats?))\b",
)


@dataclass(frozen=True, slots=True)
class Frame:
    """An event read from one sentence, before it becomes a record."""

    category: str
    subtype: str | None
    trigger: Span
    initiator: str | None
    outcome: str | None
    places: tuple[PlaceMention, ...]
    weapon: str | None
    target: str | None
    count: int | None
    modality: str
    source: str | None
    source_side: str | None
    rules: tuple[str, ...]


def read_frames(
    sentence: str, offset: int, places: list[PlaceMention], lex: Lexicon, said: attrib.Attribution
) -> list[Frame]:
    """The frames one sentence states. ``offset`` is the sentence's start in the document; ``said`` is
    the sentence's attribution (``attribution.attribution``), read once for all the record kinds."""
    if HEADING.match(sentence):
        return []  # "Supporting Effort #2—Southern Axis (Objective: Defend Kherson against ...)"
    hits = find_triggers(sentence, lex)
    if not hits:
        return []
    source, source_side, source_rule, attribution_modality, source_span = said
    source_places = [p for p in places if _inside(p, source_span, offset)]
    places = _drop_qualifiers(sentence, offset, [p for p in places if not _inside(p, source_span, offset)])
    frames = []
    groups = group_triggers(hits, sentence)
    for index, (trigger, start, end) in enumerate(groups):
        next_start = groups[index + 1][1] if index + 1 < len(groups) else len(sentence)
        prev_end = groups[index - 1][2] if index > 0 else 0
        own = [p for p in places if _owns(p, offset, prev_end if index else 0, next_start)]
        outcome, outcome_rule = _outcome(sentence, trigger, sentence[start:end], prev_end, next_start, lex)
        if trigger.id == "rs.shootdown":  # downed missiles: a failed strike; a downed aircraft: a hit
            outcome = "failure" if MUNITION_AFTER.match(sentence, end) else "success"
        weapon = _weapon(sentence, trigger, lex)
        modality, modality_rule = attrib.modality(sentence, start, end, attribution_modality, lex)
        rules = tuple(r for r in (trigger.id, outcome_rule, source_rule, modality_rule) if r)
        frames.append(Frame(
            category=trigger.category,
            subtype=trigger.subtype or _subtype_from_weapon(weapon),
            trigger=Span(offset + start, offset + end),
            initiator=initiator(sentence, trigger, start, end, source_side),
            outcome=outcome,
            places=tuple(own),
            weapon=weapon if trigger.category == "remote_strike" else None,
            target=_target(sentence) if trigger.category == "remote_strike" else None,
            count=_count(sentence),
            modality=modality,
            source=source,
            source_side=source_side,
            rules=rules,
        ))
    frames = _share_places(frames)
    if source_places:  # "The Deputy Mayor of Izyum stated that ...": the official's town is the place
        frames = [f if f.places else replace(f, places=tuple(source_places)) for f in frames]
    return frames


def _share_places(frames: list[Frame]) -> list[Frame]:
    """"missile and artillery strikes against Kherson and Mykolaiv": a frame whose clause names no
    place takes the places of the nearest frame of its sentence."""
    if len(frames) < 2 or all(f.places for f in frames):
        return frames
    out = []
    for i, frame in enumerate(frames):
        if not frame.places:
            donors = sorted((abs(j - i), j) for j, other in enumerate(frames) if other.places)
            if donors:
                frame = replace(frame, places=frames[donors[0][1]].places)
        out.append(frame)
    return out


_QUALIFIER_GAP = re.compile(r"^(?:,\s*|\s+in\s+(?:the\s+)?|\s*\(\s*)$")


def _drop_qualifiers(sentence: str, offset: int, places: list[PlaceMention]) -> list[PlaceMention]:
    """"Mykolaivka, Sumy Oblast": the oblast only says which Mykolaivka; the event is in the village."""
    kept = []
    for i, p in enumerate(places):
        if i and p.kind == "oblast" and places[i - 1].kind == "settlement":
            gap = sentence[places[i - 1].span.end - offset : p.span.start - offset]
            if _QUALIFIER_GAP.match(gap):
                continue
        kept.append(p)
    return kept


def _owns(place: PlaceMention, offset: int, lo: int, hi: int) -> bool:
    start = place.span.start - offset
    return lo <= start < hi or (lo == 0 and start < hi)


def _inside(place: PlaceMention, span: tuple[int, int] | None, offset: int) -> bool:
    if span is None:
        return False
    return span[0] <= place.span.start - offset < span[1]


def _outcome(
    sentence: str, trigger: Trigger, matched: str, start: int, stop: int, lex: Lexicon
) -> tuple[str | None, str | None]:
    """The outcome in the trigger's clause (from the previous trigger's end to the next one): a
    failure or halt cue wins; else the trigger's own outcome ("advanced": success; "are
    advancing": ongoing); else a success or ongoing cue."""
    window = sentence[start:stop]
    cues = [(cue.value, cue.id) for cue in lex.outcomes if cue.pattern.search(window)]
    for value, rule in cues:
        if value in ("failure", "halted"):
            return value, rule
    if trigger.outcome is not None:
        if trigger.outcome == "success" and matched.lower().endswith("ing"):
            return "ongoing", "out.progressive"
        return trigger.outcome, None
    for value, rule in cues:
        if value == "ongoing" and trigger.category == "remote_strike":
            continue
        return value, rule
    return None, None


def _weapon(sentence: str, trigger: Trigger, lex: Lexicon) -> str | None:
    for cue in lex.weapons:
        if cue.pattern.search(sentence):
            return cue.value
    return None


def _subtype_from_weapon(weapon: str | None) -> str | None:
    return {"missile": "missile", "drone": "drone", "aviation": "air", "mlrs": "rocket",
            "artillery": "artillery"}.get(weapon or "")


def _target(sentence: str) -> str | None:
    m = _TARGET.search(sentence)
    return m.group("target") if m else None


def _count(sentence: str) -> int | None:
    m = _COUNT.search(sentence)
    if not m:
        return None
    word = (m.group("n") or m.group("n2") or m.group("n3") or "").lower()
    word = " ".join(word.split())
    if word.isdigit():
        return int(word)
    return _COUNT_WORDS.get(word)
