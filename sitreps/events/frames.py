"""Event frames: from one sentence and the places found in it, the combat, strike and sabotage
records it states, with initiator, outcome, weapon, target, count, attribution and modality.

Every decision names the lexicon row that made it (``Record.rules``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from sitreps.events.lexicon import Lexicon, Trigger
from sitreps.model import PlaceMention, Span

_RU_ACTOR = re.compile(
    r"\b(?:Russian|Russia['’]s|Russia|Russians|DNR|LNR|DPR|LPR|Wagner|Chechen|Kadyrovite|proxy|occupation|"
    r"Rosgvardia|BARS|Kremlin['’]s|Prigozhin['’]s)\b",
)
_UA_ACTOR = re.compile(r"\b(?:Ukrainian|Ukrainians|Ukraine['’]s|Ukraine|Kyiv['’]s|partisans?|Territorial\s+Defense)\b")
_ADJACENT_SIDE = re.compile(
    r"\b(?P<side>Russian|Ukrainian|DNR|LNR|Wagner|Chechen)\s+(?:[a-z][\w-]*\s+){0,2}$"
)
_ADJACENT_AFTER = re.compile(
    r"\s+(?:(?:a|an|the|several|multiple|two|three|four|five|\d+|limited|local|renewed|further)\s+){0,2}"
    r"(?P<side>Russian|Ukrainian|DNR|LNR|Wagner|Chechen)\b"
)
_MUNITION_AFTER = re.compile(
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
_NEGATION = re.compile(
    r"\b(?:not|no|never|without|nor|neither|cannot|unable|did\s+not|have\s+not|has\s+not|refut\w*|den(?:y|ied|ies)|rather\s+than)\b"
    r"(?:\s+[\w’'“”\"-]+){0,5}\s*$", re.I
)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|other|its|their|his|her|these|those|this|of)\s+$", re.I)
_SUPPORT_BEFORE = re.compile(
    r"\b(?:conduct(?:ed|s|ing)?|launch(?:ed|es|ing)?|continu(?:ed|es|ing)|carr(?:y|ied|ies)\s+out|undert(?:ook|ake|aking)|"
    r"resum(?:ed|es|ing)|intensif(?:ied|ies|y|ying)|mount(?:ed|ing)?|made|mak(?:e|es|ing)|repel(?:led|s)?|repuls(?:ed|es)|stag(?:ed|ing)|"
    r"beg(?:an|un|in)|initiat(?:ed|es|ing)|renew(?:ed|ing)|engag(?:ed|ing)\s+in|repelled|halted|stopped|fend(?:ed)?\s+off|"
    r"fought\s+off|support(?:ed)?|suffered|reported|claimed|failed|unsuccessful(?:ly)?|successful|several|multiple|numerous|"
    r"against|defend\w*|aftermath\s+of|complet\w*|destroyed|neutraliz\w*|eliminat\w*|"
    r"\d+|two|three|four|five)\b(?:\s+[\w’'“”\"-]+){0,5}\s*[“\"]?$",
    re.I,
)
_EVENT_AFTER = re.compile(
    r"(?:\s+[\w’'-]+){0,4}?\s+(?:continued|continue|continues|intensified|hit|struck|damaged|destroyed|killed|"
    r"injured|wounded|failed|took\s+place|occurred|targeted|were\s+repelled|was\s+repelled|forced|resulted|caused|"
    r"is\s+ongoing|are\s+ongoing|was\s+ongoing|were\s+ongoing|succeeded|stalled|threaten\w*|relieve\w*|"
    r"appear\w*\s+to\s+have|pushed|drove|forced|made|captured|reached|gained)\b",
    re.I,
)
_NOT_TERRITORY = re.compile(
    r"\s+(?:\w+\s+){0,3}?(?:troops|soldiers|servicemen|personnel|prisoners|POWs|tanks?|equipment|vehicles?|"
    r"documents|weapons|servicemembers|drones?|crews?)\b",
    re.I,
)
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
    sentence: str, offset: int, places: list[PlaceMention], lex: Lexicon
) -> list[Frame]:
    """The frames one sentence states. ``offset`` is the sentence's start in the document."""
    if _HEADING.match(sentence):
        return []  # "Supporting Effort #2—Southern Axis (Objective: Defend Kherson against ...)"
    hits = _trigger_hits(sentence, lex)
    if not hits:
        return []
    source, source_side, source_rule, attribution_modality, source_span = _attribution(sentence, lex)
    source_places = [p for p in places if _inside(p, source_span, offset)]
    places = _drop_qualifiers(sentence, offset, [p for p in places if not _inside(p, source_span, offset)])
    frames = []
    groups = _group(hits)
    for index, (trigger, start, end) in enumerate(groups):
        next_start = groups[index + 1][1] if index + 1 < len(groups) else len(sentence)
        prev_end = groups[index - 1][2] if index > 0 else 0
        own = [p for p in places if _owns(p, offset, prev_end if index else 0, next_start)]
        outcome, outcome_rule = _outcome(sentence, trigger, sentence[start:end], prev_end, next_start, lex)
        if trigger.id == "rs.shootdown":  # downed missiles: a failed strike; a downed aircraft: a hit
            outcome = "failure" if _MUNITION_AFTER.match(sentence, end) else "success"
        weapon = _weapon(sentence, trigger, lex)
        modality, modality_rule = _modality(sentence, start, end, attribution_modality, lex)
        rules = tuple(r for r in (trigger.id, outcome_rule, source_rule, modality_rule) if r)
        frames.append(Frame(
            category=trigger.category,
            subtype=trigger.subtype or _subtype_from_weapon(weapon),
            trigger=Span(offset + start, offset + end),
            initiator=_initiator(sentence, trigger, start, end, source_side),
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


def _trigger_hits(sentence: str, lex: Lexicon) -> list[tuple[Trigger, int, int]]:
    """Trigger matches in the sentence, earlier lexicon rows winning overlaps, negated ones dropped."""
    taken: list[tuple[int, int]] = []
    hits: list[tuple[Trigger, int, int]] = []
    for trigger in lex.triggers:
        for m in trigger.pattern.finditer(sentence):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            if _NEGATION.search(sentence, max(0, m.start() - 60), m.start()):
                continue
            first_word = m.group().split()[0].lower()
            if first_word.endswith(("ed", "hit", "struck")) and _DETERMINER_BEFORE.search(
                sentence, max(0, m.start() - 25), m.start()
            ):
                continue  # "other destroyed infrastructure": a participle used as an adjective
            if trigger.needs_support and not _supported(sentence, m.start(), m.end()):
                continue
            if trigger.category == "ground_combat" and not _main_action(sentence, m.start(), m.group(), trigger):
                continue
            if trigger.category == "remote_strike" and _DISCOURSE_BEFORE.search(sentence, max(0, m.start() - 60), m.start()):
                continue  # "failing to prevent the drone strikes", "calls for retaliation strikes"
            if _NOT_TERRITORY.match(sentence, m.end()) and trigger.category == "ground_combat":
                continue  # "captured Russian troops": prisoners, not ground
            taken.append((m.start(), m.end()))
            hits.append((trigger, m.start(), m.end()))
    hits.extend(_strike_list_hits(sentence, lex, hits))
    if _STRIKE_NOUN.search(sentence):  # "explosions after a Ukrainian strike": the strike, seen from below
        by_id = {t.id: t for t in lex.triggers}
        hits = [(by_id["rs.strike"], s0, e0) if t.id == "sb.explosion" else (t, s0, e0) for t, s0, e0 in hits]
    hits.sort(key=lambda h: h[1])
    return hits


_STRIKE_NOUN = re.compile(r"\b(?:strikes?|shelling|missiles?|airstrikes?)\b", re.I)
_STRIKE_WORD = r"(?:air|missile|artillery|drone|rocket|MLRS|aviation|mortar|tube)"
_STRIKE_LIST = re.compile(
    r"\b(?P<list>" + _STRIKE_WORD + r"(?:\s*,\s*" + _STRIKE_WORD + r")*\s*,?\s+(?:and|or|as\s+well\s+as)\s+"
    + _STRIKE_WORD + r")\s+(?:strikes?|attacks?|bombardments?|fire|shelling|artillery)\b",
    re.I,
)
_LIST_SUBTYPE = {"air": "rs.air", "aviation": "rs.air", "missile": "rs.missile", "artillery": "rs.artillery",
                 "mortar": "rs.artillery", "tube": "rs.artillery", "drone": "rs.drone", "rocket": "rs.rocket",
                 "mlrs": "rs.rocket"}


def _strike_list_hits(
    sentence: str, lex: Lexicon, hits: list[tuple[Trigger, int, int]]
) -> list[tuple[Trigger, int, int]]:
    """"missile and artillery strikes" is a missile strike and an artillery strike."""
    by_id = {t.id: t for t in lex.triggers}
    extra = []
    for m in _STRIKE_LIST.finditer(sentence):
        if _NEGATION.search(sentence, max(0, m.start() - 60), m.start()):
            continue
        for word in re.finditer(_STRIKE_WORD, m.group("list"), re.I):
            trigger = by_id.get(_LIST_SUBTYPE[word.group().lower()])
            start = m.start("list") + word.start()
            if trigger and not any(h[0].subtype == trigger.subtype and h[0].category == "remote_strike" for h in hits + extra):
                extra.append((trigger, start, start + len(word.group())))
    return extra


_PURPOSE_BEFORE = re.compile(
    r"\b(?:in\s+order\s+to|in\s+an\s+effort\s+to|in\s+a\s+likely\s+effort\s+to|intend\w*\s+to|intention\s+to|"
    r"plan\w*\s+to|planning|seek\w*\s+to|aim\w*\s+(?:at|to)|conditions\s+(?:to|for)|prevent\w*|"
    r"concentrating\s+on|focus\w*\s+on\s+(?:preventing|holding|defending)|idea\s+of|decision\s+of|likelihood\s+of|"
    r"threat\s+of|risk\s+of|would\s+indicate|unable\s+to|able\s+to|to\s+support(?:\s+further)?|to\s+enable|"
    r"preparing\s+(?:to|for)|(?:may|might|could|would)\s+(?:\w+\s+)?launch|concern\s+that|possible|potential|"
    r"less\s+likely\s+to|defenses\s+against|"
    r"spin\s+the|committed\s+(?:[\w-]+\s+){0,5}to|(?:de)?prioritiz\w*(?:\s+to)?)\s+(?:[\w’'-]+\s+){0,3}$",
    re.I,
)
_PROGRESSIVE_OK = re.compile(
    r"\b(?:are|is|were|was|been|be|continu(?:e|es|ed|ing)|began|begun|started|keep|kept|remain(?:s|ed)?|finish\w*|forces|troops|"
    r"units|elements|fighters|groups?)\s+(?:\w+\s+)?$",
    re.I,
)
_HEADING = re.compile(r"^\s*(?:\d\)\s*)?(?:(?:Subordinate\s+)?(?:Main|Supporting)\s+[Ee]ffort|Key\s+Takeaways|Immediate\s+items)\b")
_DISCOURSE_BEFORE = re.compile(
    r"\b(?:discuss\w*|criticiz\w*|complain\w*|call(?:ed|s)?\s+(?:on|for)|anger\s+over|concern\w*|inability\s+to|"
    r"failing\s+to|fail(?:ed)?\s+to\s+prevent|prevent\w*|disrupt\w*|retaliation|warnings?\s+about|intend\w*|"
    r"improve|approval\s+for|requests?\s+for|deficit\s+of|time\s+between|purported|sourcing)\s+(?:[\w’'-]+\s+){0,4}$",
    re.I,
)
_INFINITIVE_BEFORE = re.compile(r"\bto\s+$", re.I)  # "assaults to recapture lost territory": a purpose
_AFTER_COMMA = re.compile(r",\s*(?:\w+ly\s+)?$")  # ", reportedly capturing ...": a participle clause
_STRIKE_NOUN_BEFORE = re.compile(r"\b(?:missile|artillery|air|drone|rocket|mortar|MLRS|aviation)\s+(?:and\s+\w+\s+)?$", re.I)


def _main_action(sentence: str, start: int, matched: str, trigger: Trigger) -> bool:
    """Is this ground-combat word an action the sentence reports, not a purpose ("to prevent
    further Ukrainian advances"), a gerund used as a noun ("remains seizing Kyiv") or a strike
    ("missile and artillery attacks")?"""
    before = sentence[max(0, start - 50):start]
    word = matched.lower()
    if word.startswith(("attempt", "tried", "tries", "trying", "sought", "seeking", "effort", "continu")):
        return True
    if _PURPOSE_BEFORE.search(before) or (trigger.needs_support and _INFINITIVE_BEFORE.search(before)):
        return False
    if _STRIKE_NOUN_BEFORE.search(before):
        return False
    if word.endswith("ing") and " " not in word and not _PROGRESSIVE_OK.search(before) and not _AFTER_COMMA.search(before):
        return False
    return True


def _supported(sentence: str, start: int, end: int) -> bool:
    """A noun trigger ("attacks", "strikes") counts when a verb makes it happen: "conducted
    attacks", "repelled an assault", "strikes hit", "fighting continued"."""
    clause_start = max(sentence.rfind(";", 0, start), sentence.rfind(":", 0, start), 0)
    before = sentence[max(clause_start, start - 60):start]
    return bool(_SUPPORT_BEFORE.search(before) or _EVENT_AFTER.match(sentence, end))


def _group(hits: list[tuple[Trigger, int, int]]) -> list[tuple[Trigger, int, int]]:
    """One frame per category and subtype in a sentence: "attacked ... and advanced" is two, so is
    "missile and artillery strikes"; the same kind of action twice is one. A trigger without a
    subtype ("struck", "sabotage") folds into a typed one of its category."""
    groups: dict[tuple[str, str | None], tuple[Trigger, int, int]] = {}
    stops = [(s, e) for t, s, e in hits if t.id in ("gc.halt", "gc.repel")]
    hits = [h for h in hits if not (h[0].category == "ground_combat" and h[0].id not in ("gc.halt", "gc.repel")
                                    and any(0 <= h[1] - e <= 30 for _, e in stops))]  # "repelled Russian advances"
    for hit in hits:
        key = (hit[0].category, hit[0].subtype)
        groups.setdefault(key, hit)
    sabotage = sorted((k for k in groups if k[0] == "sabotage"), key=lambda k: _SABOTAGE_RANK.get(k[1], 9))
    for key in sabotage[1:]:  # one act of sabotage per sentence: "an IED detonation, likely from partisans"
        del groups[key]
    for (category, subtype), hit in list(groups.items()):
        if subtype is None and any(c == category and st is not None for c, st in groups):
            del groups[(category, subtype)]
    if ("sabotage", "explosion") in groups:
        typed = [k for k in groups if k[0] == "remote_strike" and groups[k][0].id not in ("rs.strike",)]
        if typed:
            del groups[("sabotage", "explosion")]  # "explosions after a Ukrainian missile strike": its effect
        elif ("remote_strike", None) in groups:
            del groups[("remote_strike", None)]  # "several large explosions hit Russian positions": the blast
    return sorted(groups.values(), key=lambda g: g[1])


_SABOTAGE_RANK = {"assassination": 0, "arson": 1, None: 2, "explosion": 3, "partisan": 4}
_PRIORITY = {"rs.strike": 9, "sb.explosion": 8, "sb.sabotage": 7}


def _priority(trigger: Trigger) -> int:
    return _PRIORITY.get(trigger.id, 0)


def _owns(place: PlaceMention, offset: int, lo: int, hi: int) -> bool:
    start = place.span.start - offset
    return lo <= start < hi or (lo == 0 and start < hi)


def _inside(place: PlaceMention, span: tuple[int, int] | None, offset: int) -> bool:
    if span is None:
        return False
    return span[0] <= place.span.start - offset < span[1]


_REPORTING_VERB = re.compile(
    r"\b(?:report(?:ed|s|ing)?|stat(?:ed|es)|claim(?:ed|s|ing)?|sa(?:id|ys)|told|added|noted|announc(?:ed|es)|"
    r"confirm(?:ed|s)|acknowledg(?:ed|es)|assert(?:ed|s)|posted|published|indicat(?:ed|es)|warned|suggested|"
    r"show(?:s|ed|n)?|depict(?:s|ed)?|observed)\b"
)
_ACCORDING_TO = re.compile(r"\baccording\s+to\s+(?P<who>(?:the\s+)?[^,.;]{3,60}?)(?=[,.;]|$)")
_NOT_A_SOURCE = re.compile(r"^(?:ISW|We|It|This|That|They|He|She|These|Those|Reports?)\b", re.I)


def _attribution(
    sentence: str, lex: Lexicon
) -> tuple[str | None, str | None, str | None, str | None, tuple[int, int] | None]:
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
    who = sentence[span[0]:span[1]].strip(" “”\"'()")
    if not who or _NOT_A_SOURCE.match(who):
        return None, None, None, None, None
    for cue in lex.attributions:
        m = cue.pattern.search(who) or cue.pattern.search(sentence[span[1]:span[1] + 40])
        if m:
            return cue.label, cue.value, cue.id, cue.extra, span
    side = "RU" if _RU_ACTOR.search(who) else "UA" if _UA_ACTOR.search(who) else None
    return _label(who), side, "src.subject", "claimed", span


def _label(who: str) -> str:
    words = who.split()
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words[:10])


def _modality(sentence: str, start: int, end: int, attributed: str | None, lex: Lexicon) -> tuple[str, str | None]:
    """Modality cues count in the trigger's own clause (up to the trigger), or anywhere for a
    sentence-initial assessment ("ISW assesses that ...")."""
    clause_start = max(sentence.rfind(",", 0, start) + 1, sentence.rfind(";", 0, start) + 1,
                       sentence.rfind(" and ", 0, start) + 1, 0)
    window = sentence[clause_start:end]
    for cue in lex.modalities:
        if cue.pattern.search(window) or (cue.value == "assessment" and cue.pattern.search(sentence[:40])):
            return cue.value, cue.id
    return attributed or "reported", None


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


def _initiator(sentence: str, trigger: Trigger, start: int, end: int, source_side: str | None) -> str | None:
    if trigger.initiator == "partisan":
        return "UA"
    if not trigger.initiator:
        return None
    if trigger.id == "rs.shootdown":
        shooter = _last_side(sentence[:start]) or _other(_first_side(sentence[end:]))
        return _other(shooter) if _MUNITION_AFTER.match(sentence, end) else shooter
    adjacent = _ADJACENT_SIDE.search(sentence, max(0, start - 40), start)
    if adjacent and trigger.initiator == "subject":
        return "RU" if _RU_ACTOR.match(adjacent.group("side")) else "UA"  # "Russian airstrikes", "halted Russian advances"
    before = _last_side(sentence[:start])
    after = _first_side(sentence[end:])
    if trigger.initiator == "object":
        near_after = _ADJACENT_AFTER.match(sentence, end)
        if near_after:  # "halted Russian advances", "repelled a Ukrainian counterattack"
            return "RU" if _RU_ACTOR.match(near_after.group("side")) else "UA"
        return after or _other(before)
    if trigger.initiator == "opposite":
        return _other(before or after)
    if before is None and trigger.category == "remote_strike":
        target = _ADJACENT_AFTER.match(sentence, end) or _TARGET_SIDE.match(sentence, end)
        if target:  # "strikes on Russian ammunition depots": the other side struck
            return "UA" if _RU_ACTOR.match(target.group("side")) else "RU"
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
        for side, pattern in (("RU", _RU_ACTOR), ("UA", _UA_ACTOR)):
            found += [(m.start(), side) for m in pattern.finditer(text) if noun.match(text, m.end())]
        if found:
            return (max if last else min)(found)[1]
    return None


def _other(side: str | None) -> str | None:
    return {"RU": "UA", "UA": "RU"}.get(side or "")


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
