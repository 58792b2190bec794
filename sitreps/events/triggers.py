"""Which triggers in a sentence name an action the sentence reports: negation, purposes, gerunds used
as nouns, nouns without a verb that makes them happen, and the grouping into one frame per action."""

from __future__ import annotations

import re

from sitreps.events.lexicon import Lexicon, Trigger

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


def find_triggers(sentence: str, lex: Lexicon) -> list[tuple[Trigger, int, int]]:
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
            if trigger.needs_support and not (_supported(sentence, m.start(), m.end()) or _sided(sentence, m.start())):
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
HEADING = re.compile(r"^\s*(?:\d\)\s*)?(?:(?:Subordinate\s+)?(?:Main|Supporting)\s+[Ee]ffort|Key\s+Takeaways|Immediate\s+items)\b")
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


_SIDED_NOUN = re.compile(
    r"(?:^|[^\w\s]\s*|\b(?:the|a|an|continued|ongoing|recent|successful|unsuccessful|new|renewed|limited|local|"
    r"several|multiple|and|but)\s+)(?:Russian|Ukrainian|DNR|LNR|Wagner|Chechen)\s+(?:[a-z-]+\s+)?$"
)


def _sided(sentence: str, start: int) -> bool:
    """"The Ukrainian counteroffensive out of Kharkiv", "Russian advances in the south": a side's action
    named as the subject of its sentence or clause counts without a verb that makes it happen."""
    return bool(_SIDED_NOUN.search(sentence, max(0, start - 50), start))


def _supported(sentence: str, start: int, end: int) -> bool:
    """A noun trigger ("attacks", "strikes") counts when a verb makes it happen: "conducted
    attacks", "repelled an assault", "strikes hit", "fighting continued"."""
    clause_start = max(sentence.rfind(";", 0, start), sentence.rfind(":", 0, start), 0)
    before = sentence[max(clause_start, start - 60):start]
    return bool(_SUPPORT_BEFORE.search(before) or _EVENT_AFTER.match(sentence, end))


def group_triggers(hits: list[tuple[Trigger, int, int]], sentence: str = "") -> list[tuple[Trigger, int, int]]:
    """One frame per category and subtype in a sentence: "attacked ... and advanced" is two, so is
    "missile and artillery strikes"; the same kind of action twice is one, unless a new clause
    starts between them ("conducted an assault near X, where fighting continues"). A trigger without
    a subtype ("struck", "sabotage") folds into a typed one of its category."""
    groups: dict[tuple[str, str | None, int], tuple[Trigger, int, int]] = {}
    stops = [(s, e) for t, s, e in hits if t.id in ("gc.halt", "gc.repel")]
    hits = [h for h in hits if not (h[0].category == "ground_combat" and h[0].id not in ("gc.halt", "gc.repel")
                                    and any(0 <= h[1] - e <= 30 for _, e in stops))]  # "repelled Russian advances"
    clauses = [m.end() for m in _CLAUSE_BREAK.finditer(sentence)]
    for hit in hits:
        clause = sum(1 for b in clauses if b <= hit[1]) if hit[0].category == "ground_combat" else 0
        groups.setdefault((hit[0].category, hit[0].subtype, clause), hit)
    sabotage = sorted((k for k in groups if k[0] == "sabotage"), key=lambda k: _SABOTAGE_RANK.get(k[1], 9))
    for key in sabotage[1:]:  # one act of sabotage per sentence: "an IED detonation, likely from partisans"
        del groups[key]
    for key in list(groups):
        if key[1] is None and any(k[0] == key[0] and k[1] is not None for k in groups):
            del groups[key]
    explosion = ("sabotage", "explosion", 0)
    if explosion in groups:
        typed = [k for k in groups if k[0] == "remote_strike" and groups[k][0].id != "rs.strike"]
        if typed:
            del groups[explosion]  # "explosions after a Ukrainian missile strike": its effect
        elif ("remote_strike", None, 0) in groups:
            del groups[("remote_strike", None, 0)]  # "several large explosions hit Russian positions": the blast
    return sorted(groups.values(), key=lambda g: g[1])


_CLAUSE_BREAK = re.compile(r";|,\s+(?:and\s+|but\s+|while\s+|where\s+|whereas\s+)|\s+(?:while|where|whereas)\s+")
_SABOTAGE_RANK = {"assassination": 0, "arson": 1, None: 2, "explosion": 3, "partisan": 4}
_PRIORITY = {"rs.strike": 9, "sb.explosion": 8, "sb.sabotage": 7}


def _priority(trigger: Trigger) -> int:
    return _PRIORITY.get(trigger.id, 0)
