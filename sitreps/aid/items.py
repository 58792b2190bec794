"""What is given, and how many: catalogue systems named in a sentence (the mention nearest the act
wins; a generic name such as "ammunition" only near the act and when no named system of its class
stands for it), calibre lists ("122mm and 152mm ammunition"), "including ..." lists, unknown
systems kept as written, and the number before each item with its qualifier."""

from __future__ import annotations

import re

from sitreps.aid.catalogue import Catalogue, name_words
from sitreps.aid.cues import RUSSIAS_SUPPLIERS
from sitreps.ingest.dates import MONTH_ALTERNATION

Item = tuple[str | None, str | None, int]  # (canonical name or None, class, start in the sentence)


_TOKEN = re.compile(r"[\w][\w./-]*")
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "hundred": 100, "dozen": 12,
}
_QUALIFIERS = (
    (re.compile(  # "handed over 46 drones": the particle of the verb, not "more than"
        r"\b(?:at\s+least|more\s+than|(?<!hand\s)(?<!hands\s)(?<!handed\s)(?<!handing\s)(?<!turned\s)over|upwards\s+of|"
        r"in\s+excess\s+of)\s+$", re.I), "at_least"),
    (re.compile(r"\b(?:up\s+to|as\s+many\s+as|no\s+more\s+than|a\s+maximum\s+of)\s+$", re.I), "up_to"),
    (re.compile(r"\b(?:about|around|approximately|roughly|some|nearly|almost|an\s+estimated)\s+$", re.I), "about"),
)
_SEVERAL_DOZEN = re.compile(r"\bseveral\s+dozen\b[^()]{0,60}\((?:[^()\d]{0,40})?(?P<n>\d[\d,]*)", re.I)
_MONTH_BEFORE = re.compile(r"\b(?:" + MONTH_ALTERNATION + r")\s+$")
_RANGE_BEFORE = re.compile(
    r"(?<![-\w.])\d[\d,]*\s*(?:to|-|–|and)\s*(?P<hi>\d[\d,]*)\s+(?:(?!and\b|or\b)[\w-]+\s+){0,3}$"
)
UNKNOWN_ITEM = re.compile(
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


def items_in(sentence: str, catalogue: Catalogue, trigger: tuple[int, int],
             clause: tuple[int, int] | None = None) -> list[Item]:
    """(canonical name, class, start) of each catalogue system named, longest match first; a system
    named twice keeps the mention nearest the act. Generic names count only as _generic_counts says.
    When systems are named inside the act's ``clause``, those named outside it are not what it gives
    ("would provide Patriots, but a typical battery includes radars and generators")."""
    found = _catalogue_matches(sentence, catalogue) + _calibre_list(sentence, catalogue)
    if clause:
        found = [f for f in found if clause[0] <= f[1] < clause[1]] or found
    named: dict[str, list[int]] = {}  # class -> starts of the named (not generic) systems
    for system_id, start in found:
        if not _generic(system_id):
            named.setdefault(catalogue.systems[system_id].item_class, []).append(start)
    window = _generic_window(sentence, trigger)
    nearest: dict[str, int] = {}  # system id -> start
    for system_id, start in found:
        if _generic(system_id) and not _generic_counts(sentence, start, catalogue.systems[system_id].item_class,
                                                        named, window):
            continue
        if system_id not in nearest or _distance(start, trigger) < _distance(nearest[system_id], trigger):
            nearest[system_id] = start
    systems = [(catalogue.systems[system_id], start) for system_id, start in nearest.items()]
    return sorted(((None, None, start) if system.id in _NO_ITEM else (system.name, system.item_class, start)
                   for system, start in systems), key=lambda item: item[2])


def _generic_window(sentence: str, trigger: tuple[int, int]) -> tuple[int, int]:
    """Where a generic name can be what the act gives: near it, and not past the end of its clause
    ("... negotiated the shipments because it has depleted its missile stocks")."""
    lo, hi = trigger[0] - _GENERIC_BEFORE, trigger[1] + _GENERIC_AFTER
    clause_end = _CLAUSE_BREAK.search(sentence, trigger[1])
    return lo, min(hi, clause_end.start()) if clause_end else hi


def _generic_counts(sentence: str, start: int, item_class: str, named: dict[str, list[int]],
                    window: tuple[int, int]) -> bool:
    """A generic name is an item of its own unless a named system stands for it: "122 T-72A tanks" and
    "40 BMP-2 armored vehicles" (its head noun), "missiles, including the Fateh-110" (it introduces them);
    unless it lies outside the act's window; unless it is part of a name ("the 43rd Missile and
    Ammunition Storage Arsenal")."""
    same_class = named.get(item_class, ())
    if any(s < start or _INCLUDING_NEXT.match(sentence, start, s) or _OF_BETWEEN.fullmatch(sentence, start, s)
           for s in same_class):
        return False  # ... or it counts them: "12,000 rounds of 122mm ammunition"
    if any(0 < start - s <= _HEAD_NOUN for starts in named.values() for s in starts):
        return False
    if _NOT_MATERIEL_OF.match(sentence, start):
        return False  # "three more rounds of strikes"
    return window[0] <= start <= window[1] and not (start > 0 and sentence[start:start + 2].istitle())


_NO_ITEM = {"gen-equipment"}  # "211 pieces of military equipment" counts materiel but names no item
_GENERIC_BEFORE, _GENERIC_AFTER = 200, 160
_HEAD_NOUN = 20  # "40 BMP-2 armored vehicles": the generic words right after a named system are its head noun
_CLAUSE_BREAK = re.compile(r"\b(?:because|due\s+to|while|although|whereas|in\s+order\s+to)\b|;")
_OF_BETWEEN = re.compile(r"[\w-]+(?:\s+[\w-]+)?\s+of\s+(?:the\s+)?")
_NOT_MATERIEL_OF = re.compile(
    r"[\w-]+\s+of\s+(?:[\w-]+\s+)?(?:strikes|attacks|shelling|talks|negotiations|consultations|sanctions|mobili[sz]ation|"
    r"voting|exchanges|fighting|assaults|offensives?|escalation|questions)\b"
)
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


def listed_items(sentence: str, after: int, catalogue: Catalogue) -> list[Item]:
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
    if raw in ("hundred", "dozen") and _VAGUE_BEFORE.search(lead):
        return None  # "up to several hundred UAVs" gives no number
    return value, qualifier_before(lead)


def qualifier_before(lead: str) -> str:
    """How a number is qualified by the words just before it: "at least 40", "up to 60", "about 30"."""
    return next((qualifier for pattern, qualifier in _QUALIFIERS if pattern.search(lead)), "exact")


_VAGUE_BEFORE = re.compile(r"\b(?:several|a\s+few|few|many|some)\s+$", re.I)
_LIST_JOIN = re.compile(r"[\w .()/-]{1,40}?(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)")


def materiel_noun(noun: str) -> bool:
    """"Zorblax gizmos" may be materiel; "Syrian fighters" and "wherein he indicated" are not."""
    words = noun.split()
    return words[-1].lower().endswith("s") and not any(_NOT_AN_ITEM.fullmatch(w) for w in words)


def item_quantities(sentence: str, items: list[tuple[int, str | None]]) -> list[tuple[int, str] | None]:
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
    "RU": re.compile(r"\b(?:Russian|Russia['’]s)\s+(?:[\w-]+\s+){0,3}$"),
    "UA": re.compile(r"\b(?:Ukrainian|Ukraine['’]s)\s+(?:[\w-]+\s+){0,3}$"),
}


def owned_by(recipient: str, sentence: str, start: int) -> bool:
    """"... pilots who will train on Russian Su-35 aircraft": the recipient's own materiel is not given."""
    owner = _OWNER_BEFORE.get(recipient)
    return bool(owner and owner.search(sentence, max(0, start - 40), start))


def makers(items: list[tuple[str | None, str | None, int]], catalogue: Catalogue) -> tuple[str, ...]:
    """"Russia has received 300 Shahed-136s": no giver is named, but only Iran makes them. Only for
    Russia's suppliers, whose systems reach Russia from them alone."""
    origins = [system.origin for name, _, _ in items if name and (system := catalogue.lookup(name))]
    return tuple(dict.fromkeys(origin for origin in origins if origin in RUSSIAS_SUPPLIERS))
