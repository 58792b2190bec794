"""Who says so and how sure: the source of a sentence (subject of its reporting verb, "according to",
or a known cue) with its side, and the modality cue of a trigger's clause."""

from __future__ import annotations

import re

from sitreps.events.lexicon import Lexicon
from sitreps.events.sides import RU_ACTOR, UA_ACTOR

_REPORTING_VERB = re.compile(
    r"\b(?:report(?:ed|s|ing)?|stat(?:ed|es)|claim(?:ed|s|ing)?|sa(?:id|ys)|told|added|noted|announc(?:ed|es)|"
    r"confirm(?:ed|s)|acknowledg(?:ed|es)|assert(?:ed|s)|posted|published|indicat(?:ed|es)|warned|suggested|"
    r"show(?:s|ed|n)?|depict(?:s|ed)?|observed)\b"
)
_ACCORDING_TO = re.compile(r"\b[Aa]ccording\s+to\s+(?P<who>(?:the\s+)?[^,.;]{3,60}?)(?=[,.;]|$)")
_HEARSAY = re.compile(  # "unofficial reports", "unconfirmed sources": no one to name, and not confirmed
    r"^(?:some\s+|several\s+|multiple\s+)?(?:unconfirmed|unofficial|unverified)(?:\s+(?:reports?|sources?|information|claims?))?$",
    re.I,
)
_NOT_A_SOURCE = re.compile(r"^(?:ISW|We|It|This|That|They|He|She|These|Those|Reports?)\b", re.I)


Attribution = tuple[str | None, str | None, str | None, str | None, tuple[int, int] | None]


def attribution(sentence: str, lex: Lexicon) -> Attribution:
    """(source, side, rule id, modality, span of the source words). The source is the subject of
    the first reporting verb ("The Kyiv Oblast civilian administration reported ...") or what
    "according to" names; a known cue in it (Ukrainian General Staff, Russian milbloggers,
    geolocated footage) gives its label, side and modality, else the side comes from the words
    ("Ukrainian", "Russian", "occupation")."""
    verb = _REPORTING_VERB.search(sentence)
    according = _ACCORDING_TO.search(sentence)
    if according:
        span = (according.start("who"), according.end("who"))
    elif verb:
        clause_start = max(sentence.rfind(",", 0, verb.start()) + 1, sentence.rfind(";", 0, verb.start()) + 1, 0)
        if verb.start() - clause_start > 120:
            return None, None, None, None, None
        span = (clause_start, verb.start())
    else:
        return None, None, None, None, None
    appositive = verb and not according and span[0] > 0 and not sentence[span[0]:span[1]].strip()
    if appositive:  # "The mayor of Melitopol, Ivan Fedorov, reported": the words between the commas name who
        comma = span[0] - 1
        span = (max(sentence.rfind(",", 0, comma) + 1, sentence.rfind(";", 0, comma) + 1, 0), comma)
    who = sentence[span[0]:span[1]].strip(" “”\"'()")
    if _HEARSAY.match(who):
        return None, None, "src.unconfirmed", "unconfirmed", span
    if not who or _NOT_A_SOURCE.match(who):
        return None, None, None, None, None
    after = "" if according or appositive else sentence[span[1]:span[1] + 40]  # after "according to X," comes what X says
    for cue in lex.attributions:
        m = cue.pattern.search(who) or cue.pattern.search(after)
        if m:
            return cue.label or m.group(), cue.value, cue.id, cue.extra, span
    side = "RU" if RU_ACTOR.search(who) else "UA" if UA_ACTOR.search(who) else None
    return _label(who), side, "src.subject", "claimed", span


def _label(who: str) -> str:
    words = who.split()
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words[:10])


def modality(sentence: str, start: int, end: int, attributed: str | None, lex: Lexicon) -> tuple[str, str | None]:
    """Modality cues count in the trigger's own clause (up to the trigger), or anywhere for a
    sentence-initial assessment ("ISW assesses that ...")."""
    clause_start = max(sentence.rfind(",", 0, start) + 1, sentence.rfind(";", 0, start) + 1,
                       sentence.rfind(" and ", 0, start) + 1, 0)
    window = sentence[clause_start:end]
    for cue in lex.modalities:
        if cue.pattern.search(window) or (cue.value == "assessment" and cue.pattern.search(sentence[:40])):
            return cue.value, cue.id
    return attributed or "reported", None
