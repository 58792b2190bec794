"""Which side acts: the actors named around a trigger ("Russian forces", "a Ukrainian counterattack",
"Russia has failed to ..."), read by the trigger's initiator rule (subject, object, opposite, partisan)."""

from __future__ import annotations

import re

from sitreps.events.lexicon import Trigger

RU_ACTOR = re.compile(
    r"\b(?:Russian|Russia['’]s|Russia|Russians|DNR|LNR|DPR|LPR|Wagner|Chechen|Kadyrovite|proxy|occupation|"
    r"Rosgvardia|BARS|Kremlin['’]s|Prigozhin['’]s)\b",
)
UA_ACTOR = re.compile(r"\b(?:Ukrainian|Ukrainians|Ukraine['’]s|Ukraine|Kyiv['’]s|partisans?|Territorial\s+Defense)\b")
_ADJACENT_SIDE = re.compile(
    r"\b(?P<side>Russian|Ukrainian|DNR|LNR|Wagner|Chechen)\s+(?:[a-z][\w-]*\s+){0,2}$"
)
_ADJACENT_AFTER = re.compile(
    r"\s+(?:(?:a|an|the|several|multiple|two|three|four|five|\d+|limited|local|renewed|further)\s+){0,2}"
    r"(?P<side>Russian|Ukrainian|DNR|LNR|Wagner|Chechen)\b"
)
MUNITION_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,4}?(?:missiles?|drones?|Shaheds?|rockets?|UAVs?|projectiles|munitions)\b", re.I
)
_TARGET_SIDE = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:on|against|at|targeted|targeting|hit)\s+(?:(?:a|an|the|several)\s+)?"
    r"(?P<side>Russian|Ukrainian)\b"
)
_ACTOR_NOUN = re.compile(
    r"[\s)\]’']*(?:[\w-]+\s+){0,4}?(?:force|forces|troops|proxies|police|aircraft|air\s+defenses?|militia|units|elements|army|military|grouping|groups?|militants|personnel|"
    r"servicemen|fighters|soldiers|battalions?|brigades?|regiments?|divisions?|Air\s+Force|Navy|defenders|"
    r"airborne|marines|paratroopers|contingent|partisans|artillery|aviation)\b",
    re.I,
)
_STATE_VERB = re.compile(  # "Russia has failed to ...", "The Russians will continue ..."
    r"\s+(?:has|have|had|will|would|is|are|was|were|may|might|could|likely|continu\w*|launch\w*|conduct\w*|"
    r"struck|shelled|attacked|fired|used|began|expand\w*)\b"
)
_EVENT_NOUN = re.compile(
    r"\s*(?:\w+\s+){0,2}?(?:assaults?|attacks?|strikes?|shelling|counteroffensives?|counterattacks?|positions|"
    r"offensive|sabotage|advances?|missiles?|drones?|operations?)\b",
    re.I,
)


def initiator(sentence: str, trigger: Trigger, start: int, end: int, source_side: str | None) -> str | None:
    if trigger.initiator == "partisan":
        return "UA"
    if not trigger.initiator:
        return None
    if trigger.id == "rs.shootdown":
        shooter = _last_side(sentence[:start]) or _other(_first_side(sentence[end:]))
        return _other(shooter) if MUNITION_AFTER.match(sentence, end) else shooter
    adjacent = _ADJACENT_SIDE.search(sentence, max(0, start - 40), start)
    if adjacent and trigger.initiator == "subject":
        return "RU" if RU_ACTOR.match(adjacent.group("side")) else "UA"  # "Russian airstrikes", "halted Russian advances"
    before = _last_side(sentence[:start])
    after = _first_side(sentence[end:])
    if trigger.initiator == "object":
        near_after = _ADJACENT_AFTER.match(sentence, end)
        if near_after:  # "halted Russian advances", "repelled a Ukrainian counterattack"
            return "RU" if RU_ACTOR.match(near_after.group("side")) else "UA"
        return after or _other(before)
    if trigger.initiator == "opposite":
        return _other(before or after)
    if before is None and trigger.category == "remote_strike":
        target = _ADJACENT_AFTER.match(sentence, end) or _TARGET_SIDE.match(sentence, end)
        if target:  # "strikes on Russian ammunition depots": the other side struck
            return "UA" if RU_ACTOR.match(target.group("side")) else "RU"
    return before or after or ("RU" if source_side == "UA" else None)


def _last_side(text: str) -> str | None:
    """The side of the last actor named ("Ukrainian forces"), else of the last event noun
    ("a Russian assault")."""
    return _side_at(text, last=True)


def _first_side(text: str) -> str | None:
    return _side_at(text, last=False)


def _side_at(text: str, *, last: bool) -> str | None:
    for noun in (_ACTOR_NOUN, _EVENT_NOUN, _STATE_VERB):
        found: list[tuple[int, str]] = []
        for side, pattern in (("RU", RU_ACTOR), ("UA", UA_ACTOR)):
            found += [(m.start(), side) for m in pattern.finditer(text) if noun.match(text, m.end())]
        if found:
            return (max if last else min)(found)[1]
    return None


def _other(side: str | None) -> str | None:
    return {"RU": "UA", "UA": "RU"}.get(side or "")
