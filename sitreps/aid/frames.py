"""Aid, training and decision frames from one sentence: which cue (data/cues.tsv) the sentence bears
out, and for aid who gives (donors: countries the place layer found, capitals and demonyms from
data/donors.tsv, or the maker of a system only Russia's suppliers make), to whom, in what state
(pledged, authorised, delivered, expected, refused; a bare present "Iran sends" is delivered) and by
when ("by the end of the year"). What is given comes from sitreps.aid.items, training from
sitreps.aid.training, decisions from sitreps.aid.decisions: its cues first, then where none bears out, a
state actor as the subject of an act verb (dec.subject), then the learned reader (dec.learned).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from sitreps.aid.catalogue import Catalogue
from sitreps.aid.cues import (
    RUSSIA_NAMED,
    RUSSIAS_SUPPLIERS,
    AidFrame,
    Cue,
    donor_pattern,
    load_cues,
)
from sitreps.aid.decisions import decision_frames, learned_decision, subject_act_decision
from sitreps.aid.items import (
    UNKNOWN_ITEM,
    Item,
    item_quantities,
    items_in,
    listed_items,
    makers,
    materiel_noun,
    owned_by,
)
from sitreps.aid.schedule import due_date, read_schedule
from sitreps.aid.training import training_frames
from sitreps.model import PlaceMention

_AID_CONTEXT = re.compile(
    r"\b(?:aid|assistance|package|weapons?|arms|equipment|ammunition|munitions|systems?|military|tranche|"
    r"materiel|howitzers?|tanks?|missiles?|rounds|shells|vehicles|launchers|drones)\b",
    re.I,
)
_FOR_UKRAINE = re.compile(
    r"\b(?:to|for|with)\s+(?:Ukraine|Kyiv|Ukrainian\s+forces)\b|\bUkraine\s+(?:received|will\s+receive)\b|"
    r"\barriv(?:ed|es|ing)\s+(?:\w+\s+)?in\s+Ukraine\b"
)
_MATERIEL = re.compile(r"\b(?:aid|assistance|package|shipments?|arms|weapons|materiel|military\s+equipment)\b", re.I)
_UNITS_NEXT = re.compile(
    r"\s+(?:the\s+|more\s+|additional\s+)?(?:(?!to\b|for\b|with\b|of\b|and\b)[\w-]+\s+){0,3}?"
    r"(?:Brigade|Regiment|Division|Army|Corps|battalions?|"
    r"brigades?|regiments?|troops|forces|servicemen|personnel|reinforcements|reserves|units|conscripts|mercenaries)\b"
)
_COMPONENTS = re.compile(r"\b(?:components|spare\s+parts|dual-use|microelectronics|chips)\b", re.I)
_NEGATED_BEFORE = re.compile(r"\b(?:not|never|no\s+longer|n['’]t)\s+(?:\w+\s+)?$")
_CAPACITY_BEFORE = re.compile(  # what could be given, or a will to give: no act
    r"\b(?:can|could|(?:hesitant|reluctant|unwilling|willing|ready|able)\s+to|(?:will|willingness|reluctance|"
    r"hesitancy|unwillingness|ability|capacity|decisions?|efforts?)\s+to|since|backlash\s+(?:from|over)|"
    r"fears?\s+(?:of|that))\s+(?:\w+\s+){0,2}$"
)
_DETERRED_BEFORE = re.compile(  # what others try to stop: "to dissuade the US from continuing to provide"
    r"\b(?:dissuad|deter|discourag|prevent|stop|keep)\w*\s+(?:[\w’'-]+\s+){0,6}from\s+(?:\w+\s+){0,2}$"
)
_DEAL_ABOUT_NEXT = re.compile(r"\s+on\s+(?:the\s+)?(?:removal|withdrawal|demilitari[sz]ation|exchange|export|grain)\b")
_BLOCKED_BEFORE = re.compile(r"\b(?:banned|bans|prohibited|prohibits|blocked|blocks|halted|stopped)\s+(?:\w+\s+){0,2}$")
_VISITOR_BEFORE = re.compile(
    r"\b(?:Secretary|Minister|President|Chancellor|Premier|delegation|officials?|envoy|commander|Chief)"
    r"(?:\s+[A-Z][\w’'-]*){1,3}\s+(?:\w+ly\s+)?$"
)
_NOUN_WILL = re.compile(r"will\s+to\b", re.I)
_TROOPS_BEFORE = re.compile(r"\b(?:combat\s+power|manpower|reinforcements|troops)\s+(?:\w+\s+){0,2}$")
_NOT_MATERIEL_NEXT = re.compile(
    r"\s+(?:(?:a|an|the|no|any|more|additional|further|some)\s+)?(?:[\w-]+\s+)?(?:summary|evidence|details?|information|"
    r"footage|updates?|assessments?|briefings?|explanations?|pictures|images|photos|figures|data|estimates?|"
    r"statistics|insights?|context|confirmation|proof|cover|guidance|advice|comment)\b"
)
_REQUEST_BEFORE = re.compile(r"\b(?:asked|urged|called\s+(?:on|upon)|requested|appealed\s+to|begged)\b")
_USD = re.compile(r"\$\s?(?P<n>\d+(?:\.\d+)?)\s*(?P<unit>billion|million|bn|m)?\b", re.I)


def read_aid_frames(
    sentence: str, places: list[PlaceMention], offset: int, catalogue: Catalogue, report: date | None,
    *, source_span: tuple[int, int] | None = None, learned: bool = True,
) -> list[AidFrame]:
    """The aid, training and decision frames one sentence states (offsets are sentence-relative); a
    sentence can give materiel and training at once ("Iran sent drones, and pilots who will train ...").
    ``source_span`` is who says so ("US officials said ..."): a country named there is not a donor.
    ``learned``: where no cue found a decision, the learned reader (sitreps.aid.learned) may."""
    out: list[AidFrame] = []
    hits, seen = _cues(sentence)
    for cue, match in hits:  # per category, the first cue the sentence bears out
        done = [f for f in out if f.category == cue.category]
        if done and (cue.category != "decision" or any(_overlap(f.trigger, match.span()) for f in done)
                     or _RELATIVE_BEFORE.search(sentence, 0, match.start())):
            continue  # a sentence can report several acts of different kinds: "A was removed and B took over"
            # (but "declared a regime that restricted entry" is one act)
        out += _frames_for(cue, match, sentence, places, offset, catalogue, report, source_span)
    if not any(f.category == "decision" for f in out):
        out += subject_act_decision(sentence)
    out += _acts_in_later_clauses(sentence, [f.trigger for f in out if f.category == "decision"])
    if learned and not any(f.category == "decision" for f in out):
        out += learned_decision(sentence, seen)
    return out


def _acts_in_later_clauses(sentence: str, decided: list[tuple[int, int]]) -> list[AidFrame]:
    """"reported that A will open schools and that B will transport pupils": a second clause, a second act;
    "Zelensky appointed A as ..., and appointed B": a second verb of the same subject (``decided``: the
    triggers of the acts already read)."""
    out: list[AidFrame] = []
    while decided and (later := _SECOND_CLAUSE.search(sentence, max(end for _, end in decided))):
        more = subject_act_decision(sentence, later.end(), joined_to=min(start for start, _ in decided))
        out += more
        decided = [f.trigger for f in more]
    return out


_SECOND_CLAUSE = re.compile(  # "and that B will ...", "; B ...", or a second verb of the same subject ("and named")
    r",?\s+and\s+that\s+|;\s+|,?\s+and\s+(?=(?:\w+ly\s+)?(?:appointed|named|dismissed|signed|ordered|banned|"
    r"introduced|approved|imposed)\b)"
)
_RELATIVE_BEFORE = re.compile(r"[\w”\"]\s+(?:that|which)\s+(?:\w+ly\s+)?$")


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _frames_for(
    cue: Cue, match: re.Match[str], sentence: str, places: list[PlaceMention], offset: int, catalogue: Catalogue,
    report: date | None, source_span: tuple[int, int] | None,
) -> list[AidFrame]:
    """The frames one cue gives, or [] when the sentence does not bear it out (another cue may)."""
    if cue.category == "decision":
        return decision_frames(cue, match, sentence)
    items = items_in(sentence, catalogue, match.span(), _clause_span(sentence, match.start())) \
        if cue.category == "aid" else []
    if match.group().lower().startswith("in exchange for"):  # what was paid comes before: not this aid
        items = [item for item in items if item[2] >= match.end()]
    if cue.category == "aid" and not _is_aid_act(match, sentence, items):
        return []
    if cue.category == "aid" and _third_party_receives(sentence, places, offset, match.end()):
        return []  # "Russia may send Iran Su-35 aircraft": neither Ukraine's aid nor what Russia receives
    donors = _donors(sentence, places, offset, source_span, match.start(), hosts=cue.category == "training")
    if not donors and cue.category == "aid":
        donors = makers(items, catalogue)
    if not donors and not _FOR_UKRAINE.search(sentence):
        return []  # "Russian forces sent equipment to the front" is not aid
    recipient = _recipient(sentence, match.span(), donors)
    subtype, status = _status(cue, match, sentence)
    if status == "pledged" and recipient == "RU" and not _AGREED.search(match.group()):
        status = "expected"  # Russia's suppliers announce nothing: "Iran will send" is expected, a deal is pledged
    due = due_date(sentence, report) if status in ("pledged", "expected", "authorised", "announced") else None
    if cue.category == "training":
        return training_frames(cue, match, sentence, donors, due, catalogue)
    frame = AidFrame("aid", subtype, match.span(), donors, recipient, None, None, None, status, due, (), None, None,
                     cue.id)
    frames = _aid_frames(frame, sentence, items or listed_items(sentence, match.end(), catalogue))
    return _with_schedule(frames, sentence, items, report)


def _with_schedule(frames: list[AidFrame], sentence: str, items: list[Item], report: date | None) -> list[AidFrame]:
    """A promise of one system with a delivery schedule ("50 Gepards: the first 10 in the autumn, up to 40 by
    the end of the year, the rest in the first half of next year") is due when its last tranche is, and
    each tranche is an expected delivery of its own, due by the end of its period (rule aid.schedule)."""
    if len(frames) != 1 or len(items) != 1 or frames[0].status not in ("pledged", "authorised", "announced", "expected"):
        return frames
    tranches = read_schedule(sentence, items[0][2], report)
    if not tranches:
        return frames
    promise = replace(frames[0], due=max(t.due for t in tranches))
    return [promise] + [replace(promise, subtype="delivery", status="expected", quantity=t.quantity, due=t.due,
                                rule="aid.schedule") for t in tranches]


def _third_party_receives(sentence: str, places: list[PlaceMention], offset: int, end: int) -> bool:
    """A country other than Ukraine or Russia named right after the act as its indirect object ("send Iran";
    not a demonym: "transporting Belarusian T-72 tanks")."""
    m = _OBJECT_NEXT.match(sentence, end)
    if not m:
        return False
    return any(p.place is not None and p.place.kind == "country" and p.place.country not in ("UA", "RU")
               and p.span.start - offset == m.end() for p in places)


_OBJECT_NEXT = re.compile(r"\s+(?:the\s+)?")


def _is_aid_act(match: re.Match[str], sentence: str, items: list[Item]) -> bool:
    """Materiel changing hands, not troops moving, a denial, a request or an army moving its own kit."""
    if not items and not _AID_CONTEXT.search(sentence) and not (
            _FOR_UKRAINE.search(sentence) and UNKNOWN_ITEM.search(sentence)):
        return False
    if _UNITS_NEXT.match(sentence, match.end()) or (_OBTAINING.search(match.group()) and _COMPONENTS.search(sentence)):
        return False  # "could send the 64th Motorized Rifle Brigade": troops; "obtain German components": industry
    if _NEGATED_BEFORE.search(sentence, max(0, match.start() - 40), match.start()):
        return False  # "Iran has not provided weapons" is a denial: not a record
    if _REQUEST_BEFORE.search(sentence, max(0, match.start() - 220), match.start()):
        return False  # "asked Prigozhin ... to provide all possible assistance" is a request, not an act
    if _CAPACITY_BEFORE.search(sentence, max(0, match.start() - 60), match.start()):
        return False  # "one route by which Western countries can provide aid", "hesitant to provide weapons"
    if _a_necessity(match, sentence):
        return False  # "would then have to acquire more missiles from Iran", "will need to provide"
    if _DETERRED_BEFORE.search(sentence, max(0, match.start() - 120), match.start()):
        return False  # "attempting to dissuade the US from continuing to provide Ukraine with HIMARS"
    if _NOUN_WILL.match(match.group()) or _TROOPS_BEFORE.search(sentence, max(0, match.start() - 60), match.start()):
        return False  # "degrade Western will to provide"; "little combat power remaining to send to Ukraine"
    if _NOT_MATERIEL_NEXT.match(sentence, match.end()) or _DEAL_ABOUT_NEXT.match(sentence, match.end()):
        return False  # "has provided a quick summary of Iranian drones", "reached a deal on the removal of weapons"
    if _BLOCKED_BEFORE.search(sentence, max(0, match.start() - 40), match.start()):
        return False  # "have banned trains carrying military equipment from passing through"
    if _RECEIVING.match(match.group()) and _VISITOR_BEFORE.search(sentence, max(0, match.start() - 80), match.start()):
        return False  # "Security Council Secretary Nikolai Patrushev arrived in Tehran": a visit
    if _GIVING.match(match.group()) and _RUSSIA_GIVES.search(sentence, 0, match.start()):
        return False  # "Russia delivered Su-30 aircraft to an airfield in Belarus" ("Russia purchased" is aid it gets)
    # "Russian forces transferred 15 Tor-M2 systems towards Brest" moves their own materiel
    return bool(_RECEIVING.search(match.group())) or not _OWN_FORCES_SUBJECT.search(sentence, 0, match.start())


_NEED = re.compile(r"\b(?:have|has|need|needs)\s+to\b")
_NEED_JUST_BEFORE = re.compile(r"\b(?:have|has|need|needs)\s+(?P<to>to\s+(?:\w+\s+)?)?$")


def _a_necessity(match: re.Match[str], sentence: str) -> bool:
    """What someone would have to or needs to do is not an act ("may have signed a contract" is)."""
    if _NEED.search(match.group()):
        return True
    before = _NEED_JUST_BEFORE.search(sentence, max(0, match.start() - 30), match.start())
    return bool(before) and (before["to"] is not None or match.group().startswith("to "))


def _aid_frames(frame: AidFrame, sentence: str, items: list[Item]) -> list[AidFrame]:
    """One frame per item, each with its own number; an unknown system is kept as written (class
    other); a package with no item named ("$1 billion in military aid") is one frame with no item."""
    if not items:
        unknown = UNKNOWN_ITEM.search(sentence)
        if unknown and materiel_noun(unknown["noun"]):  # kept as written, class other, never dropped
            quantity = (int(unknown["n"].replace(",", "")), "exact")
            return [replace(frame, item=unknown["noun"], item_class="other", quantity=quantity)]
        if not (frame.donors or _FOR_UKRAINE.search(sentence)) or (
                _usd(sentence) is None and not _MATERIEL.search(sentence)):
            return []  # "Western officials announced additional military aid for Ukraine" names no donor state
        return [frame]
    items = [item for item in items if not owned_by(frame.recipient or "UA", sentence, item[2])]
    quantities = item_quantities(sentence, [(start, item_class) for _, item_class, start in items])
    return [replace(frame, item=name, item_class=item_class, quantity=quantity)
            for (name, item_class, _), quantity in zip(items, quantities, strict=True)]




def _recipient(sentence: str, trigger: tuple[int, int], donors: tuple[str, ...]) -> str:
    """UA unless the text gives to Russia: "to Russia/Russian forces" after the act, or only Russia's
    suppliers (Belarus, Iran, North Korea) are giving; who obtains or receives is the subject."""
    if _RECEIVING.search(sentence, trigger[0], trigger[1]) or _OBTAINING.search(sentence, trigger[0], trigger[1]):
        subject = sentence[max(0, trigger[0] - 100):trigger[0]]
        russian, ukrainian = subject.rfind("Russia"), max(subject.rfind("Ukrain"), subject.rfind("Kyiv"))
        if russian > ukrainian:
            return "RU"
        if ukrainian > russian:
            return "UA"
    if _FOR_UKRAINE.search(sentence):
        return "UA"
    suppliers = set(donors) & RUSSIAS_SUPPLIERS
    if _GIVEN_TO_RUSSIA.match(sentence, trigger[1]) or (suppliers and set(donors) == suppliers) or (
            suppliers and RUSSIA_NAMED.search(sentence, trigger[1])):
        return "RU"  # "Iran sent drones to Russia"; Russia's suppliers giving; one of them with Russia named after
    return "UA"


_GIVEN_TO_RUSSIA = re.compile(  # "sent drones to Russia", "provided Russia with": not "US-Russia relations" later on
    r"(?:[^.;]{0,80}?\b(?:to|for)\s+(?:the\s+)?|\s+)(?:Russia|Russian\s+(?:forces|military|troops)|Moscow|Kremlin)\b(?!-)"
)


def _cues(sentence: str) -> tuple[list[tuple[Cue, re.Match[str]]], set[str]]:
    """Each cue's first match used as a verb ("Russia's dwindling supply of missiles" is a noun), and
    the ids of every cue that matches at all (the learned reader's features)."""
    out = []
    seen = set()
    for cue in load_cues():
        matches = list(cue.pattern.finditer(sentence))
        if matches:
            seen.add(cue.id)
        m = next((m for m in matches if not _not_a_verb(m, sentence)), None)
        if m:
            out.append((cue, m))
    return out, seen


_NOUN_OR_VERB = {"supply", "supplies", "pledge", "pledges", "transfer", "transfers", "promises", "deliveries",
                 "provision of"}
_NOUN_BEFORE = re.compile(  # a determiner, maybe with a lower-case adjective: "its “escalatory” provision of aid"
    r"(?:\b(?:[Tt]he|an?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|of|dwindling|limited|"
    r"ammunition|military|weapons?|arms|aid|fuel|steady|continued|future|further|new|more|any|no)|['’]s)"
    r"(?:\s+[\"“”'‘’]?[a-z][\w-]*[\"“”'‘’]?)?\s+$"
)
_NOUN_AFTER = re.compile(  # "supply problems", "supply lines": a noun
    r"\s+(?:problems?|issues?|lines?|chains?|routes?|shortages?|depots?|hubs?|convoys?|networks?|situation|constraints)\b"
)
_PARTICIPLE_AFTER_NOUN = re.compile(  # "the tanks sent to Russia were ...": a re-mention, not an act
    r"\b(?:the|these|those)\s+(?:[\w-]+\s+){1,2}$", re.I
)
_DEMONYM_JUST_BEFORE = re.compile(r"\b[A-Z][a-z]+(?:ian|ern|ish|ese|ican)\s+$")
_DETERMINER_JUST_BEFORE = re.compile(r"\b(?:[Tt]he|[Tt]hese|[Tt]hose)\s+$")
_MATERIEL_JUST_BEFORE = re.compile(
    r"\b(?:tanks|systems|weapons|missiles|drones|munitions|howitzers|vehicles|rounds|shells|launchers|arms|"
    r"equipment|aircraft|jets|HIMARS)\s+$"
)
_PARTICIPLES = {"sent", "delivered", "provided", "supplied", "transferred", "donated", "shipped", "pledged", "promised"}


def _not_a_verb(m: re.Match[str], sentence: str) -> bool:
    word = m.group().lower()
    if word == "supplies" and _DEMONYM_JUST_BEFORE.search(sentence, 0, m.start()):
        return True  # "to interdict Ukrainian supplies"
    if word in _NOUN_OR_VERB:
        return bool(_NOUN_BEFORE.search(sentence, 0, m.start()) or _NOUN_AFTER.match(sentence, m.end()))
    if word in _PARTICIPLES and (_DETERMINER_JUST_BEFORE.search(sentence, 0, m.start()) or (
            _MATERIEL_JUST_BEFORE.search(sentence, 0, m.start()) and _PREPOSITION_NEXT.match(sentence, m.end()))):
        return True  # "the provided drones", "those provided by the UK", "T-72 tanks supplied to Ukraine by"
    return (word in _PARTICIPLES and bool(_PARTICIPLE_AFTER_NOUN.search(sentence, 0, m.start()))
            and bool(_PREPOSITION_NEXT.match(sentence, m.end())))  # no object: "the tanks sent to Russia"


_PREPOSITION_NEXT = re.compile(r"\s+(?:to|by|from|in|into|under|via|through|over|since|last|earlier)\b")


_BARE_PRESENT = re.compile(r"provides?|sends?|suppl(?:y|ies)|donates?", re.I)  # not "sending": "of Iran sending"
_MODAL_BEFORE = re.compile(r"\b(?:to|will|would|can|could|may|might|should|must|shall|not|n['’]t|also\s+to)\s+(?:\w+\s+)?$",
                           re.I)


def _status(cue: Cue, match: re.Match[str], sentence: str) -> tuple[str | None, str | None]:
    """(subtype, status) of an aid act: the cue's, unless the tense says otherwise. A bare present
    ("Iran sends 300 drones per shipment") reports deliveries that happen; a delivery verb in the future
    ("the drones Iran will be supplying", "shipments ... will increase") is expected, and "will continue to
    provide" promises more."""
    said = match.group()
    intended = _INTENDED.match(said) or _WOULD_BEFORE.search(sentence, 0, match.start())
    if cue.status == "pledged" and intended and not _SETTLED_BEFORE.search(sentence, 0, match.start()):
        return "pledge", "expected"  # "the Pentagon is finalizing plans to send", "the plan would provide": not promised
    if cue.status == "pledged" and _BARE_PRESENT.fullmatch(said) and not _MODAL_BEFORE.search(sentence, 0, match.start()):
        return "delivery", "delivered"
    if cue.status == "delivered":
        future = _WILL_BEFORE.search(sentence, 0, match.start())
        if _WILL_AFTER.match(sentence, match.end()) or (future and said.startswith("be ")):
            return "pledge", "expected"
        if future and said.startswith("continue"):
            return "pledge", "pledged"
    return cue.subtype, cue.status


_INTENDED = re.compile(r"(?:plans?|planned|planning|intends?|intended|intending|would)\b", re.I)
_SETTLED_BEFORE = re.compile(r"\b(?:finali[sz](?:ed|ation\s+of)|approved|confirmed)\s+(?:the\s+)?(?:\w+\s+)?$", re.I)  # "the finalization of US plans to provide"
_WOULD_BEFORE = re.compile(r"\bwould\s+(?:\w+ly\s+)?$")
_WILL_AFTER = re.compile(r"\s+(?:\w+ly\s+)?(?:will|would)\b")
_WILL_BEFORE = re.compile(r"\bwill\s+(?:\w+\s+)?$")
_AGREED = re.compile(r"contract|deal|agreement|agree[ds]?\s+to|exchange|signed|negotiat|purchas|bought", re.I)


def _donors(
    sentence: str, places: list[PlaceMention], offset: int, source_span: tuple[int, int] | None, trigger: int,
    *, hosts: bool,
) -> tuple[str, ...]:
    """ISO2 codes of who gives, in order. A country the materiel goes "to" is not a donor, except for
    training (``hosts``): forces sent "to Belarus" to train are trained by Belarus."""
    found: list[tuple[int, str]] = []
    for mention in places:
        p = mention.place
        if p is not None and p.kind == "country" and p.country not in ("UA", "RU"):
            found.append((mention.span.start - offset, p.country))
    pattern, table = donor_pattern()
    for m in pattern.finditer(sentence):
        found.append((m.start(), table[m.group()]))
    found = [(start, code) for start, code in found if not _GEOGRAPHY_NEXT.match(sentence, start)]
    made_elsewhere = [(start, code) for start, code in found if not _MADE_IN.match(sentence, start)]
    found = made_elsewhere or found  # "British-made NLAWs" names an origin; "Iranian-made drones" alone, the giver
    if not hosts:
        found = [(start, code) for start, code in found
                 if not _DESTINATION_BEFORE.search(sentence, 0, start) or _NAME_AS_ADJECTIVE.match(sentence, start)]
    lo, hi = source_span or (-1, -1)
    if lo <= trigger < hi or sentence[lo:hi].rstrip().endswith(("’s", "'s")):
        lo, hi = -1, -1  # "North Korea's reported shipment of weapons": the giver's own act, not a source
    givers = [(start, code) for start, code in found if not lo <= start < hi]
    lo_clause, hi_clause = _clause_span(sentence, trigger)
    same_clause = [(start, code) for start, code in givers if lo_clause <= start < hi_clause]
    givers = same_clause or givers  # "... the US transfer of Patriots ..., but ... a conflict with NATO"
    speakers = [(start, code) for start, code in givers if _SPEAKS_NEXT.match(sentence, start)]
    givers = [g for g in givers if g not in speakers]  # "the American intelligence community believes that ..."
    if hi > 0 and (trigger - hi <= 3 or _SPEAKER_GIVES.match(sentence, hi)):
        givers = found  # "The US announced a $270 million package", "Norway, Sweden and Finland said they will send"
    return tuple(dict.fromkeys(code for _, code in sorted(givers)))


_SPEAKER_GIVES = re.compile(
    r"\s*(?:\w+\s+){0,2}?(?:announced|said|stated|confirmed|declared)\s+(?:on\s+\w+\s+\d+\s+)?(?:that\s+)?"
    r"(?:they|it|he|she|we)\s+"
    r"(?:\w+\s+){0,3}?(?:will|would|plans?|intends?|agreed|had|have|has)\b|"
    r"\s*(?:\w+\s+){0,2}?(?:announced|unveiled|confirmed)\s+(?:on\s+\w+\s+\d+\s+)?(?:plans?\s+)?to\s+"
    r"(?:send|provide|supply|deliver|transfer|give|donate)\b"  # "EU plans announced on February 27 to send"
)
_CLAUSE_BREAK = re.compile(r",\s+(?:but|while|whereas|although|though)\b|;\s|\s+and\s+(?:also\s+)?continues?\s+to\b")


def _clause_span(sentence: str, at: int) -> tuple[int, int]:
    """The clause around an offset (clauses split at "; ", ", but" and "and continues to"): "received
    drones and continues to negotiate ... missiles"."""
    start, end = 0, len(sentence)
    for m in _CLAUSE_BREAK.finditer(sentence):
        if m.end() <= at:
            start = m.end()
        elif m.start() >= at:
            end = m.start()
            break
    return start, end


_SPEAKS_NEXT = re.compile(  # a country's officials or services saying something: a source, not a giver
    r"[\w-]+(?:\s+[A-Z][\w-]*)*\s+(?:(?!and\b|or\b)[a-z][\w-]*\s+){1,3}?(?:said|says|stated|states|reported|reports|believes?|assessed|"
    r"assesses|claimed|claims|announced|confirmed|warned|noted)\s+(?:on\s+\w+\s+\d+\s+)?that\b"
    r"(?!\s+(?:they|it|we)\b)"  # "US officials said that they will send": the speakers give
)
_OBTAINING = re.compile(r"obtain|acquir|procur|purchas|bought|buy", re.I)
_RECEIVING = re.compile(r"receiv|arriv|now\s+ha|began\s+(?:using|operating|employing)", re.I)
_OWN_FORCES_SUBJECT = re.compile(
    r"\b(?:Russian|Ukrainian)\s+(?:forces|troops|military|units|command|servicemen|personnel|army)\s+(?:\w+\s+){0,2}$"
)
_RUSSIA_GIVES = re.compile(r"(?<!\band\s)\b(?:Russia|Moscow|the\s+Kremlin)\s+(?:\w+\s+){0,2}$")  # Russia gives no aid we code
_GIVING = re.compile(r"deliver|sen[dt]|transfer|provid|suppl|gave|give|donat|ship|hand", re.I)


_GEOGRAPHY_NEXT = re.compile(r"[\w.]+(?:\s+[A-Z]\w+)?\s+(?:coast|border|territory|airspace|waters|side|soil|frontier)\b")
_MADE_IN = re.compile(r"[\w. ]*?-(?:made|produced|built|manufactured|designed|origin)\b")  # "British-made NLAWs"
_DESTINATION_BEFORE = re.compile(  # "sent to Russia", "providing Iran with": where the materiel goes
    r"\b(?:(?:to|into)\s+(?:the\s+)?|(?:provid|suppl|equipp|arm)(?:e|es|ed|ied|ies|y|ing)\s+|"
    r"(?:send|sends|sent|sending|give|gives|gave|giving|sell|sells|sold|selling)\s+)$"
)
_NAME_AS_ADJECTIVE = re.compile(  # "to the US provision of HIMARS": the US gives
    r"[\w.]*\s+(?!(?:and|or|in|on|via|by|from|for|with|to|as|at|through|which|that|while|but|after|before|since|"
    r"until|during|over|under|is|are|was|were|has|have|had|will|would)\b)[a-z]"
)


def _usd(sentence: str) -> int | None:
    m = _USD.search(sentence)
    if not m:
        return None
    scale = {"billion": 1e9, "bn": 1e9, "million": 1e6, "m": 1e6}.get((m["unit"] or "").lower(), 1)
    return int(float(m["n"]) * scale)
