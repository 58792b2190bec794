"""Aid, training and decision records from one sentence.

Aid: who gives (donors: countries the place layer found, capitals and demonyms from data/donors.tsv),
what (catalogue items, or the noun after a number, kept as written with class ``other``), how many
and how sure ("at least 40", "up to 60", "several dozen (30 ...)"), in what state (data/cues.tsv:
pledged, authorised, delivered, expected, refused) and by when ("by the end of the year").
Decisions: appointments, dismissals, laws, decrees, extensions, with persons, role and deciding body.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from importlib import resources

from sitreps.aid.catalogue import Catalogue, name_words
from sitreps.aid.people import decision_people, persons
from sitreps.ingest.dates import MONTHS
from sitreps.model import PlaceMention

_AID_CONTEXT = re.compile(
    r"\b(?:aid|assistance|package|weapons?|arms|equipment|ammunition|munitions|systems?|military|tranche|"
    r"materiel|howitzers?|tanks?|missiles?|rounds|shells|vehicles|launchers|drones)\b",
    re.I,
)
_OFFICE = re.compile(  # appointments and dismissals are to and from offices
    r"\b(?:commander|head|minister|chief|governor|mayor|director|deputy|secretary|chairman|prosecutor|ombudsman|"
    r"spokesperson|ambassador|representative|envoy|post|position|office|duties|command|leader|president|premier|"
    r"generals?|admirals?|officers|commanders)\b",
    re.I,
)
_NOT_A_DECISION = re.compile(  # section headings, criticism, denials and requests are about decisions, not acts
    r"\bobjective:|\bset(?:ting|s)?\s+(?:the\s+)?conditions|\bpolicies\b|\befforts\s+to\s+downplay|\bfears?\s+that\b|"
    r"\bdoes\s+not\s+recognize|\basked\s+(?:\w+\s+)?to\b|\bcritic(?:s|ism|ized|izing)?\b|\bden(?:ied|ies|y)\b|"
    r"\brumou?rs?\b|\bindicators?\b|\bsanctions?\b|understandingwar\.org|\|",
    re.I,
)
_NOT_AN_ACT_BEFORE = re.compile(  # ongoing practice, speculation and ISW's explanations of an earlier act
    r"\b(?:continu\w*|preparing|prepares?|likely|may|might|could|would|should|potential(?:ly)?|possib\w*|whoever|"
    r"reportedly\s+preparing|if|whether|not|no|never|sought\s+to|attempt\w*\s+to|wants?\s+to|previously)"
    r"\s+(?:\w+\s+){0,3}$",
    re.I,
)
_HEDGE_INSIDE = re.compile(r"\b(?:likely|probably|may\s+have|might\s+have|informal(?:ly)?)\b", re.I)
_RELATIVE_CLAUSE_BEFORE = re.compile(r"\bwhom?\s+(?:(?:was|were|had\s+been|has\s+been)\s+)?(?:[\w’'-]+\s+){0,5}$")
_NON_STATE_SUBJECT = re.compile(  # Wagner is not an authority: "The Wagner Private Military Company announced ..."
    r"\b(?:Wagner(?:\s+Group|\s+Private\s+Military\s+Company|\s+PMC)?|Prigozhin)\s+(?:\w+\s+){0,2}$"
)
_RESULT_FIGURE = re.compile(r"^\s*(?:approximately\s+|about\s+|over\s+|some\s+|more\s+than\s+)?\d")
_FOR_UKRAINE = re.compile(r"\b(?:to|for|with)\s+(?:Ukraine|Kyiv|Ukrainian\s+forces)\b|\bUkraine\s+(?:received|will\s+receive)\b")
_UKRAINIANS_TRAINED = re.compile(
    r"\btrain\w*\s+(?:[\w,]+\s+){0,4}Ukrainian|\bUkrainian\s+(?:\w+\s+){0,2}(?:soldiers|troops|servicemen|personnel|"
    r"pilots|forces|crews|recruits|military)\s+(?:\w+\s+){0,4}(?:trained|training)|\btraining\s+(?:of|for)\s+Ukrain",
    re.I,
)
_UNKNOWN_ITEM = re.compile(
    r"(?<![$\d.,])(?P<n>\d[\d,]*)\s+(?P<noun>[A-Za-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)"
    r"(?=\s+(?:to|for|from|and|by|in|on|with|that|which|worth)\b|[,.;)]|$)"
)
_NOT_AN_ITEM = re.compile(
    r"(?:percent|per\s+cent|km|kilometers|kilometres|miles|days?|weeks?|months?|years?|hours?|billion|million|"
    r"soldiers|troops|servicemen|personnel|people|civilians|times|countries|nations|states|fighters|conscripts|"
    r"partisans|volunteers|mercenaries|men|women|children|prisoners|trains?|shipments?|that|and|the|a|an|which|"
    r"who|but|likely|passed|to|of|were|was|are|is|had|have|has|in|on|at|per|unnamed|Russian|Ukrainian|Iranian)\b",
    re.I,
)
_TOKEN = re.compile(r"[\w][\w./-]*")
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "hundred": 100, "dozen": 12,
}
_QUALIFIERS = (
    (re.compile(r"\b(?:at\s+least|more\s+than|over|upwards\s+of|in\s+excess\s+of)\s+$", re.I), "at_least"),
    (re.compile(r"\b(?:up\s+to|as\s+many\s+as|no\s+more\s+than|a\s+maximum\s+of)\s+$", re.I), "up_to"),
    (re.compile(r"\b(?:about|around|approximately|roughly|some|nearly|almost|an\s+estimated)\s+$", re.I), "about"),
)
_MATERIEL = re.compile(r"\b(?:aid|assistance|package|shipments?|arms|weapons|materiel|military\s+equipment)\b", re.I)
_UNITS_NEXT = re.compile(
    r"\s+(?:the\s+|more\s+|additional\s+)?(?:(?!to\b|for\b|with\b|of\b|and\b)[\w-]+\s+){0,3}?"
    r"(?:Brigade|Regiment|Division|Army|Corps|battalions?|"
    r"brigades?|regiments?|troops|forces|servicemen|personnel|reinforcements|reserves|units|conscripts|mercenaries)\b"
)
_COMPONENTS = re.compile(r"\b(?:components|spare\s+parts|dual-use|microelectronics|chips)\b", re.I)
_NEGATED_BEFORE = re.compile(r"\b(?:not|never|no\s+longer|n['’]t)\s+(?:\w+\s+)?$")
_REQUEST_BEFORE = re.compile(r"\b(?:asked|urged|called\s+(?:on|upon)|requested|appealed\s+to|begged)\b")
_MONTH_BEFORE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+$"
)
_RANGE_BEFORE = re.compile(
    r"(?<![-\w.])\d[\d,]*\s*(?:to|-|–|and)\s*(?P<hi>\d[\d,]*)\s+(?:(?!and\b|or\b)[\w-]+\s+){0,3}$"
)
_SEVERAL_DOZEN = re.compile(r"\bseveral\s+dozen\b[^()]{0,60}\((?:[^()\d]{0,40})?(?P<n>\d[\d,]*)", re.I)
_USD = re.compile(r"\$\s?(?P<n>\d+(?:\.\d+)?)\s*(?P<unit>billion|million|bn|m)?\b", re.I)
_TRAINEES = re.compile(
    r"\b(?P<n>\d[\d,]*)\s+(?:Ukrainian\s+)?(?:soldiers|troops|servicemen|service\s+members|personnel|pilots|"
    r"recruits|specialists|crews)\b",
    re.I,
)
_END_OF = re.compile(r"\bby\s+the\s+end\s+of\s+(?:the\s+|this\s+)?(?P<what>year|month|summer|spring|autumn|fall|winter)\b", re.I)
_BY_MONTH = re.compile(r"\b(?:by|in|during)\s+(?:early\s+|mid-|late\s+)?(?P<month>January|February|March|April|May|June|"
                       r"July|August|September|October|November|December)\b")
_NEXT_YEAR = re.compile(r"\bnext\s+year\b|\bin\s+(?P<year>20\d\d)\b", re.I)


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
def _donor_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    table = {alias: code for alias, code in _rows("donors.tsv")}
    names = sorted(table, key=len, reverse=True)
    return re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w])"), table


def read_aid_frames(
    sentence: str, places: list[PlaceMention], offset: int, catalogue: Catalogue, report: date | None,
    *, source_span: tuple[int, int] | None = None,
) -> list[AidFrame]:
    """The aid, training and decision frames one sentence states (offsets are sentence-relative); a
    sentence can give materiel and training at once ("Iran sent drones, and pilots who will train ...").
    ``source_span`` is who says so ("US officials said ..."): a country named there is not a donor."""
    out: list[AidFrame] = []
    for cue, match in _cues(sentence):  # per category, the first cue the sentence bears out
        done = [f for f in out if f.category == cue.category]
        if done and (cue.category != "decision" or any(_overlap(f.trigger, match.span()) for f in done)):
            continue  # a sentence can report several acts of different kinds: "A was removed and B took over"
        out += _frames_for(cue, match, sentence, places, offset, catalogue, report, source_span)
    return out


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _frames_for(
    cue: Cue, match: re.Match[str], sentence: str, places: list[PlaceMention], offset: int, catalogue: Catalogue,
    report: date | None, source_span: tuple[int, int] | None,
) -> list[AidFrame]:
    """The frames one cue gives, or [] when the sentence does not bear it out (another cue may)."""
    if cue.category == "decision":
        if not _is_act(cue, match, sentence):
            return []
        frames = [_decision(sentence, cue, match)]
        if cue.subtype == "appointment" and _REPLACES.search(match.group()):  # "X replaced Y": Y leaves office
            left = decision_people(sentence, "dismissal", match.span())
            dismissal = replace(frames[0], subtype="dismissal", persons=left.persons, role=left.role)
            if _MANY_REPLACED.match(sentence, match.end()) or not _successor_named(sentence, match):
                frames = [dismissal]  # "has replaced eight generals", "replaced the VDV commander": no one named comes
            elif not match.group().lower().startswith("will"):  # "X will replace Y" appoints; Y is still in office
                frames.append(dismissal)
        return frames
    items = _items(sentence, catalogue, match.span()) if cue.category == "aid" else []
    if match.group().lower().startswith("in exchange for"):  # what was paid comes before: not this aid
        items = [item for item in items if item[2] >= match.end()]
    if cue.category == "aid" and not items and not _AID_CONTEXT.search(sentence):
        if not (_FOR_UKRAINE.search(sentence) and _UNKNOWN_ITEM.search(sentence)):
            return []
    if cue.category == "aid" and (_UNITS_NEXT.match(sentence, match.end()) or (
            _OBTAINING.search(match.group()) and _COMPONENTS.search(sentence))):
        return []  # "could send the 64th Motorized Rifle Brigade": troops; "obtain German components": industry
    if cue.category == "aid" and _NEGATED_BEFORE.search(sentence, max(0, match.start() - 40), match.start()):
        return []  # "Iran has not provided weapons" is a denial: not a record
    if cue.category == "aid" and _REQUEST_BEFORE.search(sentence, max(0, match.start() - 120), match.start()):
        return []  # "asked Prigozhin ... to provide all possible assistance" is a request, not an act
    if cue.category == "aid" and not _RECEIVING.search(match.group()) and \
            _OWN_FORCES_SUBJECT.search(sentence, 0, match.start()):
        return []  # "Russian forces transferred 15 Tor-M2 systems towards Brest" moves their own materiel
    donors = _donors(sentence, places, offset, source_span, match.start(), hosts=cue.category == "training")
    if not donors and cue.category == "aid":
        donors = _makers(items, catalogue)
    if not donors and not _FOR_UKRAINE.search(sentence):
        return []  # "Russian forces sent equipment to the front" is not aid
    recipient = _recipient(sentence, match.span(), donors)
    subtype, status = _status(cue, match, sentence)
    if status == "pledged" and recipient == "RU" and _FUTURE_SHIPMENT.match(match.group()):
        status = "expected"  # Russia's suppliers announce nothing: "Iran will send" is expected, a deal is pledged
    due = _due(sentence, report) if status in ("pledged", "expected", "authorised", "announced") else None
    if cue.category == "training":
        if _NOT_TRAINING.search(sentence):
            return []
        hosted = donors and (_HOSTED_TRAINING.search(sentence) or _RUSSIANS_TRAINED.search(sentence)
                             or _TRAINING_IN_BELARUS.search(sentence) and _RUSSIA_AFTER.search(sentence))
        foreign = _FOREIGN_TRAINEES.search(sentence)  # "Iranian pilots who will train on Su-35s" in Russia
        trainers = _FOREIGN_TRAINERS.search(sentence)  # "Iranian personnel ... to assist Russian forces in operating"
        sent = _SENT_TO_TRAIN.search(sentence)  # "Iran sent pilots ... to train on the Russian Su-35"
        if not (_UKRAINIANS_TRAINED.search(sentence) or hosted or foreign or trainers or (sent and donors)):
            return []
        if _UKRAINIANS_TRAINED.search(sentence):
            recipient = "UA"
        elif trainers:
            recipient, donors = "RU", (_donor_pattern()[1].get(trainers["nation"], "RU"),)
        elif sent and not (hosted or foreign):
            recipient, donors = donors[0], ()  # the sender's own people are trained; the trainer is not named
        elif hosted or foreign is None:
            recipient = "RU"
        else:
            recipient = _donor_pattern()[1].get(foreign["nation"], "RU")
            donors = tuple(d for d in donors if d != recipient)
        trainees = _TRAINEES.search(sentence)
        quantity = (int(trainees["n"].replace(",", "")), "exact") if trainees else None
        on_what = [(name, cls) for name, cls, _ in _items(sentence, catalogue, match.span()) if name]
        item, item_class = on_what[0] if on_what else ("training", "training")  # "train crews on Leopard 2s"
        return [AidFrame("training", None, match.span(), donors, recipient, item, item_class, quantity,
                         "in_training", due, (), None, None, cue.id)]
    if not items:
        items = _listed_items(sentence, match.end(), catalogue)
    if not items:
        unknown = _UNKNOWN_ITEM.search(sentence)
        if unknown and _materiel_noun(unknown["noun"]):  # kept as written, class other, never dropped
            quantity = (int(unknown["n"].replace(",", "")), "exact")
            return [AidFrame("aid", subtype, match.span(), donors, recipient, unknown["noun"], "other", quantity,
                             status, due, (), None, None, cue.id)]
        usd = _usd(sentence)
        if not (donors or _FOR_UKRAINE.search(sentence)) or (usd is None and not _MATERIEL.search(sentence)):
            return []  # "Western officials announced additional military aid for Ukraine" names no donor state
        return [AidFrame("aid", subtype, match.span(), donors, recipient, None, None, None, status, due,
                         (), None, None, cue.id)]
    items = [item for item in items if not _owned_by(recipient, sentence, item[2])]
    quantities = _item_quantities(sentence, [(start, item_class) for _, item_class, start in items])
    return [
        AidFrame("aid", subtype, match.span(), donors, recipient, name, item_class, quantity, status, due,
                 (), None, None, cue.id)
        for (name, item_class, _), quantity in zip(items, quantities, strict=True)
    ]


_LIST_JOIN = re.compile(r"[\w .()/-]{1,40}?(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)")


def _materiel_noun(noun: str) -> bool:
    """"Zorblax gizmos" may be materiel; "Syrian fighters" and "wherein he indicated" are not."""
    words = noun.split()
    return words[-1].lower().endswith("s") and not any(_NOT_AN_ITEM.fullmatch(w) for w in words)


def _item_quantities(sentence: str, items: list[tuple[int, str | None]]) -> list[tuple[int, str] | None]:
    """The number before each (start, class) item, except a total over a list of one class: "more than
    200 Shahed-136, Mohajer-6 and Arash-2" counts the three drones together, so no item gets 200."""
    quantities = [_quantity(sentence, start) for start, _ in items]
    i = 0
    while i < len(items):
        j = i
        while (j + 1 < len(items) and items[j + 1][1] == items[i][1] and quantities[j + 1] is None
               and _LIST_JOIN.fullmatch(sentence, items[j][0], items[j + 1][0])):
            j += 1
        if j > i and quantities[i] is not None:  # the first one's number counts the whole list
            quantities[i:j + 1] = [None] * (j + 1 - i)
        i = j + 1
    return quantities


_OWNER_BEFORE = {
    "RU": re.compile(r"\b(?:Russian|Russia['’]s)\s+(?:[\w-]+\s+){0,2}$"),
    "UA": re.compile(r"\b(?:Ukrainian|Ukraine['’]s)\s+(?:[\w-]+\s+){0,2}$"),
}


def _owned_by(recipient: str, sentence: str, start: int) -> bool:
    """"... pilots who will train on Russian Su-35 aircraft": the recipient's own materiel is not given."""
    owner = _OWNER_BEFORE.get(recipient)
    return bool(owner and owner.search(sentence, max(0, start - 40), start))


_HOSTED_TRAINING = re.compile(
    r"\b(?:train(?:ing|ed|s)?|exercises?)\s+(?:\w+\s+){0,2}(?:in|at|on)\s+(?:\w+\s+){0,2}(?:Belarus|Belarusian)\b|"
    r"\b(?:in|at|to)\s+(?:\w+\s+){0,2}Belarus(?:ian)?\s+(?:\w+\s+){0,3}(?:to\s+)?train(?!s\b)",  # not railway "trains"
)
_RUSSIANS_TRAINED = re.compile(
    r"\btrain(?:s|ed|ing)?\s+(?:of\s+)?(?:\w+\s+){0,2}(?:Russian|mobili[sz]ed)\s+(?:\w+\s+){0,2}(?:soldiers|troops|"
    r"servicemen|servicemembers|service\s+members|personnel|forces|crews|recruits|men|conscripts|reservists)\b"
)
_TRAINING_IN_BELARUS = re.compile(  # Belarus hosts Russian training: "deployments to Belarus ... training capacity"
    r"\b(?:training|trainers?)\b(?:\s+(?:centers?|centres?|grounds?|ranges?|capacity|efforts?|facilities))?.*\bBelarus|"
    r"\bBelarus\w*\b.*\b(?:training|trainers)\b"
)
_FOREIGN_TRAINEES = re.compile(
    r"\b(?P<nation>Iranian|Belarusian|North\s+Korean|Syrian)\s+(?:[\w-]+\s+){0,3}?(?:pilots|technicians|crews|"
    r"personnel|servicemen|servicemembers|soldiers|troops|specialists|instructors|officers|operators)\s+"
    r"(?:\w+\s+){0,3}?(?:train(?:ed|ing|s)?|(?:for|in|undergoing)\s+training)\b"
)
_FOREIGN_TRAINERS = re.compile(
    r"\b(?P<nation>Iranian|Belarusian|North\s+Korean)\s+(?:[\w-]+\s+){0,2}?(?:instructors|trainers|advisors|advisers|"
    r"specialists|personnel)\s+(?:[\w-]+\s+){0,8}?(?:to\s+|who\s+)?(?:train|instruct|assist|help)\w*\s+Russian"
)
_SENT_TO_TRAIN = re.compile(
    r"\b(?:sent|deployed|dispatched)\s+(?:[\w-]+\s+){0,4}?(?:pilots|personnel|technicians|crews|specialists|soldiers|"
    r"troops|servicemen)\s+(?:[\w-]+\s+){0,3}?to\s+(?:train|be\s+trained|undergo\s+training)\b"
)
_NOT_TRAINING = re.compile(  # capacity, adjectives and citation lines are not an act of training
    r"\b(?:capacity|ability|able|constrain\w*)\s+(?:\w+\s+){0,2}(?:to\s+)?train\b|"
    r"\b(?:poorly|well|newly|badly|hastily|un)[\s-]trained\b|understandingwar\.org|\|",
    re.I,
)
_RUSSIA_AFTER = re.compile(r"\b(?:Russia|Russian|Moscow|Kremlin)\b")
_RUSSIAS_SUPPLIERS = {"BY", "IR", "KP", "SY"}


def _makers(items: list[tuple[str | None, str | None, int]], catalogue: Catalogue) -> tuple[str, ...]:
    """"Russia has received 300 Shahed-136s": no giver is named, but only Iran makes them. Only for
    Russia's suppliers, whose systems reach Russia from them alone."""
    origins = [system.origin for name, _, _ in items if name and (system := catalogue.lookup(name))]
    return tuple(dict.fromkeys(origin for origin in origins if origin in _RUSSIAS_SUPPLIERS))


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
    if _RUSSIA_AFTER.search(sentence, trigger[1]) or (donors and set(donors) <= _RUSSIAS_SUPPLIERS):
        return "RU"
    return "UA"


def _cues(sentence: str) -> list[tuple[Cue, re.Match[str]]]:
    """Each cue's first match used as a verb ("Russia's dwindling supply of missiles" is a noun)."""
    out = []
    for cue in load_cues():
        m = next((m for m in cue.pattern.finditer(sentence) if not _not_a_verb(m, sentence)), None)
        if m:
            out.append((cue, m))
    return out


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
_PARTICIPLES = {"sent", "delivered", "provided", "supplied", "transferred", "donated", "shipped", "pledged", "promised"}
def _not_a_verb(m: re.Match[str], sentence: str) -> bool:
    word = m.group().lower()
    if word in _NOUN_OR_VERB:
        return bool(_NOUN_BEFORE.search(sentence, 0, m.start()) or _NOUN_AFTER.match(sentence, m.end()))
    return (word in _PARTICIPLES and bool(_PARTICIPLE_AFTER_NOUN.search(sentence, 0, m.start()))
            and bool(_PREPOSITION_NEXT.match(sentence, m.end())))  # no object: "the tanks sent to Russia"


_PREPOSITION_NEXT = re.compile(r"\s+(?:to|by|from|in|into|under|via|through|over|since|last|earlier)\b")


_BARE_PRESENT = re.compile(r"provides?|sends?|suppl(?:y|ies)|donates?", re.I)  # not "sending": "of Iran sending"
_MODAL_BEFORE = re.compile(r"\b(?:to|will|would|can|could|may|might|should|must|shall|not|n['’]t|also\s+to)\s+(?:\w+\s+)?$",
                           re.I)


def _status(cue: Cue, match: re.Match[str], sentence: str) -> tuple[str | None, str | None]:
    """(subtype, status) of an aid act: a bare present "Iran sends 300 drones per shipment" reports
    deliveries that happen; "will send" and "agreed to send" are pledges."""
    if cue.id == "aid.pledge" and _BARE_PRESENT.fullmatch(match.group()) and not _MODAL_BEFORE.search(
            sentence, 0, match.start()):
        return "delivery", "delivered"
    if cue.id == "aid.deliver" and match.group().startswith("continue") and _WILL_BEFORE.search(
            sentence, 0, match.start()):
        return "pledge", "pledged"  # "will additionally continue to provide" promises more
    return cue.subtype, cue.status


_WILL_BEFORE = re.compile(r"\bwill\s+(?:\w+\s+)?$")
_FUTURE_SHIPMENT = re.compile(r"will\b|(?:plans?|intends?)\s+to\b", re.I)


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
    pattern, table = _donor_pattern()
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
    if not givers and hi > 0 and (trigger - hi <= 3 or _SPEAKER_GIVES.match(sentence, hi)):
        givers = found  # "The US announced a $270 million package", "NATO members announced they will provide"
    return tuple(dict.fromkeys(code for _, code in sorted(givers)))


_SPEAKER_GIVES = re.compile(
    r"\s*(?:\w+\s+){0,2}?(?:announced|said|stated|confirmed|declared)\s+(?:on\s+\w+\s+\d+\s+)?(?:that\s+)?"
    r"(?:they|it|he|she|we)\s+"
    r"(?:\w+\s+){0,3}?(?:will|would|plans?|intends?|agreed|had|have|has)\b"
)
_OBTAINING = re.compile(r"obtain|acquir|procur|purchas|bought|buy", re.I)
_RECEIVING = re.compile(r"receiv|arriv|now\s+ha|began\s+(?:using|operating|employing)", re.I)
_OWN_FORCES_SUBJECT = re.compile(
    r"\b(?:Russian|Ukrainian)\s+(?:forces|troops|military|units|command|servicemen|personnel|army)\s+(?:\w+\s+){0,2}$"
)


_GEOGRAPHY_NEXT = re.compile(r"[\w.]+(?:\s+[A-Z]\w+)?\s+(?:coast|border|territory|airspace|waters|side|soil|frontier)\b")
_MADE_IN = re.compile(r"[\w. ]*?-(?:made|produced|built|manufactured|designed|origin)\b")  # "British-made NLAWs"
_DESTINATION_BEFORE = re.compile(r"\b(?:to|into)\s+(?:the\s+)?$")
_NAME_AS_ADJECTIVE = re.compile(  # "to the US provision of HIMARS": the US gives
    r"[\w.]*\s+(?!(?:and|or|in|on|via|by|from|for|with|to|as|at|through|which|that|while|but|after|before|since|"
    r"until|during|over|under|is|are|was|were|has|have|had|will|would)\b)[a-z]"
)


def _items(sentence: str, catalogue: Catalogue, trigger: tuple[int, int]) -> list[tuple[str | None, str | None, int]]:
    """(canonical name, class, start) of each catalogue system named, longest match first. A generic
    name ("ammunition", "heavy weapons") counts only near the act and when no named system of its
    class is there: "122 T-72A tanks" is one item, and "air defense" in a later clause is not given."""
    found = _catalogue_matches(sentence, catalogue) + _calibre_list(sentence, catalogue)
    specific_starts: dict[str, list[int]] = {}
    for system_id, start in found:
        if not _generic(system_id):
            specific_starts.setdefault(catalogue.systems[system_id].item_class, []).append(start)
    lo, hi = trigger[0] - _GENERIC_BEFORE, trigger[1] + _GENERIC_AFTER
    nearest: dict[str, int] = {}  # system id -> start; named twice: the mention nearest the act
    for system_id, start in found:
        system = catalogue.systems[system_id]
        if _generic(system_id) and (
            any(s < start or _INCLUDING_NEXT.match(sentence, start, s) for s in specific_starts.get(system.item_class, ()))
            or not lo <= start <= hi or start > 0 and sentence[start:start + 2].istitle()
        ):  # "122 T-72A tanks" is one item; "the 43rd Missile and Ammunition Storage Arsenal" is a depot
            continue
        if system_id not in nearest or _distance(start, trigger) < _distance(nearest[system_id], trigger):
            nearest[system_id] = start
    systems = [(catalogue.systems[system_id], start) for system_id, start in nearest.items()]
    return sorted(((None, None, start) if system.id in _NO_ITEM else (system.name, system.item_class, start)
                   for system, start in systems), key=lambda item: item[2])


_NO_ITEM = {"gen-equipment"}  # "211 pieces of military equipment" counts materiel but names no item


_GENERIC_BEFORE, _GENERIC_AFTER = 200, 160
_INCLUDING_NEXT = re.compile(r"[\w -]{0,40}?,?\s+(?:including|such\s+as|namely)\b")  # "missiles, including the Fateh-110"


def _distance(start: int, trigger: tuple[int, int]) -> int:
    return start - trigger[1] if start >= trigger[1] else 2 * (trigger[0] - start)  # objects follow the verb
_CALIBRES = re.compile(
    r"\b(?P<list>\d{2,3}\s?-?mm(?:\s*(?:,|and|or|,\s*and)\s*\d{2,3}\s?-?mm)+)\s+(?P<noun>(?:artillery\s+)?"
    r"(?:ammunition|munitions|shells|rounds))\b",
    re.I,
)


def _generic(system_id: str) -> bool:
    return system_id.startswith("gen-")


def _catalogue_matches(sentence: str, catalogue: Catalogue) -> list[tuple[str, int]]:
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(sentence)]
    aliases = catalogue.aliases()
    out: list[tuple[str, int]] = []
    i = 0
    while i < len(tokens):
        for n in range(min(6, len(tokens) - i), 0, -1):
            key = "".join(name_words(" ".join(t[2] for t in tokens[i:i + n])))
            system_id = aliases.get(key)
            if system_id and not key.isdigit():
                out.append((system_id, tokens[i][0]))
                i += n
                break
        else:
            i += 1
    return out


def _calibre_list(sentence: str, catalogue: Catalogue) -> list[tuple[str, int]]:
    """"122mm and 152mm ammunition": the noun belongs to each calibre of the list."""
    out = []
    for m in _CALIBRES.finditer(sentence):
        for calibre in re.finditer(r"\d{2,3}\s?-?mm", m["list"]):
            system = catalogue.lookup(f"{calibre.group()} {m['noun']}")
            if system:
                out.append((system.id, m.start("list") + calibre.start()))
    return out


_INCLUDING = re.compile(
    r"\b(?:including|includes|consisting\s+of|such\s+as|(?:provide|supply|equip|arm)s?\s+(?:Ukraine|Kyiv|"
    r"Ukrainian\s+forces|Russia|Russian\s+forces)\s+with)\s+(?P<list>[^.;:()]{3,200})"
)
_PART_END = re.compile(r"\s+(?:to|for|that|which|who|from|by|in|on|as|worth|while|but|because)\b.*$", re.S)


def _listed_items(sentence: str, after: int, catalogue: Catalogue) -> list[tuple[str | None, str | None, int]]:
    """"... military aid, including coastal defense weapons, advanced rocket systems, and ammunition":
    each listed item, read through the catalogue or kept as written with class other."""
    m = _INCLUDING.search(sentence, after)
    if not m:
        return []
    out = []
    position = m.start("list")
    for part in re.split(r",\s*(?:and\s+)?|\s+and\s+", m["list"]):
        words = _PART_END.sub("", part.strip())
        if 2 < len(words) <= 60:
            system = catalogue.lookup(words)
            out.append((system.name if system else words, system.item_class if system else "other",
                        position + m["list"].find(part)))
    return out


def _quantity(sentence: str, start: int) -> tuple[int, str] | None:
    """The number written just before an item: "at least 40 M113s", "several dozen (30 ...)"."""
    before = sentence[max(0, start - 60):start]
    dozen = _SEVERAL_DOZEN.search(sentence[max(0, start - 120):start + 80])
    if dozen:
        return int(dozen["n"].replace(",", "")), "about"
    span = _RANGE_BEFORE.search(before)
    if span:  # "1,500 to 2,400 more drones": at most the upper figure
        return int(span["hi"].replace(",", "")), "up_to"
    m = re.search(r"(?<![-\w.])(?P<n>\d[\d,]*|" + "|".join(_NUMBER_WORDS) + r")\s+(?:(?!and\b|or\b)[\w-]+\s+){0,3}$",
                  before, re.I)  # "Shahed-136, Mohajer-6": 136 names a model; "4 HIMARS and ammunition": not 4 rounds
    if not m:
        return None
    if _MONTH_BEFORE.search(before, 0, m.start()):
        return None  # "announced on February 27 to send fighter jets": a date, not a number of jets
    raw = m["n"].lower().replace(",", "")
    value = int(raw) if raw.isdigit() else _NUMBER_WORDS[raw]
    lead = before[:m.start()]
    for pattern, qualifier in _QUALIFIERS:
        if pattern.search(lead):
            return value, qualifier
    return value, "exact"


def _usd(sentence: str) -> int | None:
    m = _USD.search(sentence)
    if not m:
        return None
    scale = {"billion": 1e9, "bn": 1e9, "million": 1e6, "m": 1e6}.get((m["unit"] or "").lower(), 1)
    return int(float(m["n"]) * scale)


def _due(sentence: str, report: date | None) -> str | None:
    if report is None:
        return None
    end = _END_OF.search(sentence)
    if end:
        what = end["what"].lower()
        if what == "month":
            return date(report.year, report.month, monthrange(report.year, report.month)[1]).isoformat()
        season_end = {"spring": (5, 31), "summer": (8, 31), "autumn": (11, 30), "fall": (11, 30)}.get(what)
        return date(report.year, *season_end).isoformat() if season_end else date(report.year, 12, 31).isoformat()
    month = _BY_MONTH.search(sentence)
    if month:
        number = MONTHS[month["month"].lower()]
        year = report.year + (1 if number < report.month else 0)
        return date(year, number, monthrange(year, number)[1]).isoformat()
    nxt = _NEXT_YEAR.search(sentence)
    if nxt:
        year = int(nxt["year"]) if nxt["year"] else report.year + 1
        return date(year, 12, 31).isoformat()
    return None


def _is_act(cue: Cue, match: re.Match[str], sentence: str) -> bool:
    """One discrete act by an authority, not ongoing practice ("continues to mobilize"), speculation
    ("is preparing for a second wave"), a result ("mobilized 300,000 men") or talk about an act."""
    if _NOT_A_DECISION.search(sentence, 0, match.end()) or _NOT_AN_ACT_BEFORE.search(sentence, 0, match.start()):
        return False  # what comes after the act ("... to set conditions to fill her post") does not undo it
    if _HEDGE_INSIDE.search(match.group()) or _RELATIVE_CLAUSE_BEFORE.search(sentence, 0, match.start()):
        return False  # "The Kremlin likely directed ...", "a milblogger whom Putin recently appointed ..."
    if _NON_STATE_SUBJECT.search(sentence, max(0, match.start() - 60), match.start()):
        return False  # "The Wagner Private Military Company announced the creation of its own channel"
    if cue.subtype in ("appointment", "dismissal") and not (_OFFICE.search(sentence) or persons(sentence)):
        return False  # to or from an office, or a named person ("the Kremlin fired Serdyukov")
    return not _RESULT_FIGURE.match(sentence, match.end())


def _successor_named(sentence: str, match: re.Match[str]) -> bool:
    """"replaced A with B" or "Muradov replaced Chaiko": someone named takes the office."""
    if _WITH_SOMEONE.search(sentence, match.start(), match.end() + 100):
        return True
    subject = _SURNAME_BEFORE.search(sentence, 0, match.start())
    return bool(subject) and subject["name"] not in _INSTITUTIONS


_WITH_SOMEONE = re.compile(r"\b(?:with|by)\s+(?:[A-Z]|a\s|an\s)")
_SURNAME_BEFORE = re.compile(
    r"\b(?P<name>[A-Z][\w’'-]+),?\s+(?:\w+ly\s+)?(?:has\s+|had\s+|have\s+|will\s+)?(?:\w+ly\s+)?$"
)
_INSTITUTIONS = {"Kremlin", "Putin", "Ministry", "MoD", "Defense", "Russia", "Ukraine", "Staff", "Shoigu", "Command",
                 "Government", "Council", "Duma", "President", "Officials", "Authorities"}
_MANY_REPLACED = re.compile(
    r"\s+(?:at\s+least\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|some|dozens\s+of|multiple)\s",
    re.I,
)
_REPLACES = re.compile(r"\breplace[ds]?\b", re.I)


def _decision(sentence: str, cue: Cue, match: re.Match[str]) -> AidFrame:
    who = decision_people(sentence, cue.subtype, match.span())
    return AidFrame("decision", cue.subtype, match.span(), (), None, None, None, None, None, None,
                    who.persons, who.role, who.body, cue.id)
