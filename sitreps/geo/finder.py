"""Find place names in text: capitalised word sequences looked up in the gazetteer's name index.

Written by hand rather than with spaCy's PhraseMatcher: the gazetteer has ~145,000 keys, and a
dictionary probe per capitalised word runs at several times the speed of spaCy's tokenizer alone
(benchmarks/places_speed.py), which the place layer's 50,000 words/s budget needs. What the
finder cannot tell from the name alone (admin words after it, river cues, given names before it)
it reads from the few characters around the match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from rapidfuzz import fuzz, process

from sitreps.geo.gazetteer import Entry, Gazetteer
from sitreps.geo.names import exact_key

MAX_WORDS = 4
_METROPOLIS = 2_000_000
_MISSPELLING_CUTOFF = 90.0
_WORD = re.compile(r"[^\W\d_][\w'’ʼ]*")
_ROAD = re.compile(r"\b(?:[MHP]-?\d{2}|T-?\d{4}|E-?\d{2,3})\b")
_ROAD_NEEDS_CUE = re.compile(r"^[MHPTE]-")  # "P-66" could be an aircraft: needs a road word
_ROAD_CUE = re.compile(r"\b(?:highway|road|route|motorway|roadway)s?\b", re.I)
_POSSESSIVE = re.compile(r"['’]s$")
_ADMIN_AFTER = re.compile(
    r"^[ \-]+(?P<word>Oblast|oblast|Oblasts|oblasts|[Rr]egion|[Rr]egions|[Pp]rovince|[Pp]rovinces|Krai|krai|Kray)\b"
)
_PLURAL_ADMIN = re.compile(r"^[ \-]+(?:Oblasts|oblasts|[Rr]egions|[Pp]rovinces)\b")
_RAION_AFTER = re.compile(r"^[ \-]+(?P<word>[Rr]aion|[Rr]ayon|[Dd]istrict)s?\b")
_HROMADA_AFTER = re.compile(r"^[ \-]+(?:[Hh]romada|(?:territorial\s+)?community)s?\b")
_RIVER_AFTER = re.compile(r"^[ \-]+(?:[Rr]ivers?|[Rr]eservoir)\b")
_UNKNOWN_RIVER_AFTER = re.compile(r"^(?:[ \-]+[A-Z][\w'’]*){1,2}[ \-]+(?:[Rr]ivers?|[Rr]eservoir)\b")
_VESSEL_AFTER = re.compile(r"^\s+(?:large\s+)?(?:landing\s+ship|ship|cruiser|frigate|corvette|submarine|tug)s?\b")
_RIVER_BEFORE = re.compile(
    r"(?:\b(?:bank|banks|across|crossing|crossings|over|cross|crossed|along|upstream|downstream|of)\s+the\s+|"
    r"\bthe\s+)$"
)
_TITLE_BEFORE = re.compile(
    r"\b(?:President|Minister|Governor|Mayor|General|Colonel|Lieutenant|Major|Admiral|Commander|"
    r"Secretary|Chairman|Head|Spokesperson|Spokesman|Deputy|Mr\.|Ms\.|Mrs\.|Dr\.|milblogger|blogger|"
    r"correspondent|Patriarch|Chancellor|Prime|ship|vessel|cruiser|frigate|corvette|submarine|tug|"
    r"outlet|newspaper|channel|[Mm]ilblogger|[Bb]logger|Telegram)\s+$"
)
_FACILITY_AFTER = re.compile(
    r"^[ \-]+(?:Nuclear\s+Power\s+Plant|NPP|(?:Thermal\s+|Hydroelectric\s+)?Power\s+Plant|TPP|HPP|Hydroelectric|mine\b|coal\s+mine)", re.I
)
#: First words of compound names; alone before another capitalised word they are part of a name
#: the gazetteer does not know (a misspelling), not the village that bears the bare word.
_NAME_PREFIXES = frozenset(
    "nova novyi novyy nove novo velyka velykyi velyke mala malyi male stara staryi stare "
    "verkhnii verkhnia nyzhnii nyzhnia chervona chervonyi zelena zelenyi krasna krasnyi "
    "svyati sviati bila bilyi chorna chornyi".split()
)
_COMPASS_ADJ_BEFORE = re.compile(r"\b(?:north|south|east|west|northeast|northwest|southeast|southwest)ern\s+$", re.I)
_CITY_AFTER = re.compile(r"[ \-]+(?:City|city)\b")
_BORDER_COMPOUND = re.compile(
    r"(?P<names>[A-Z][\w'’]+(?:-[A-Z][\w'’]+)+(?:\s+and\s+[A-Z][\w'’]+(?:-[A-Z][\w'’]+)+)?)"
    r"(?:\s+[Oo]blasts?)?\s+(?:border|borders|boundary|administrative\s+border)\b"
)
_LIST_GLUE = re.compile(  # may skip an unknown name or a compass adjective ("and southern")
    r"(?:[,\s]|\band\b|\bor\b|[A-Z][\w'’\-]*|\b(?:north|south|east|west)(?:east|west)?ern\b)+"
)


@dataclass(frozen=True, slots=True)
class Found:
    """A name found in the text, before resolution."""

    start: int
    end: int  # end of the whole mention, including an admin word ("Donetsk Oblast")
    name_end: int  # end of the name itself
    kind_hint: str  # settlement | oblast | raion | river | road | any
    entries: tuple[Entry, ...]  # every reading of the name; resolution keeps those fitting kind_hint
    rule: str
    plural_admin: bool = False  # "... and Kherson Oblasts": the names listed before are oblasts too
    surface: str = ""  # the name as written (without a possessive 's)


@dataclass(frozen=True, slots=True)
class _Lexicon:
    not_places: frozenset[str]  # single words
    not_place_phrases: tuple[str, ...]  # "Geneva Convention", "Nova Poshta"
    first_names: frozenset[str]
    english: frozenset[str]  # lower-case function and heading words


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    base = resources.files("sitreps.geo").joinpath("data")

    def lines(name: str) -> list[str]:
        text = base.joinpath(name).read_text(encoding="utf-8")
        return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]

    entries = [line.split("\t", 1)[0] for line in lines("not_places.tsv")]
    return _Lexicon(
        not_places=frozenset(e for e in entries if " " not in e),
        not_place_phrases=tuple(e for e in entries if " " in e),
        first_names=frozenset(w for line in lines("first_names.txt") for w in line.split()),
        english=frozenset(w for line in lines("english_words.txt") for w in line.split()),
    )


def given_names() -> frozenset[str]:
    """Given names from the shipped list ("Sergei", "Oleksandr"): a capitalised word after one is a surname."""
    return _lexicon().first_names


def find_names(text: str, gaz: Gazetteer) -> list[Found]:
    """Every place name in ``text``, longest match first, non-overlapping, in text order."""
    lex = _lexicon()
    words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    found: list[Found] = []
    i = 0
    while i < len(words):
        start, end = words[i]
        if not text[start].isupper() or _skip_word(text, words, i, lex):
            i += 1
            continue
        hit = _longest_match(text, words, i, gaz)
        if hit is None:
            i += 1
            continue
        found.append(hit[0])
        i = hit[1]
    found.extend(_roads(text, gaz))
    found.sort(key=lambda f: f.start)
    found = _border_compounds(text, found)
    return _spread_plural_admin(text, found, gaz)


def _skip_word(text: str, words: list[tuple[int, int]], i: int, lex: _Lexicon) -> bool:
    start, end = words[i]
    word = _POSSESSIVE.sub("", text[start:end])
    if word in lex.not_places or word.lower() in lex.english or word in lex.first_names:
        return True
    if any(text.startswith(phrase, start) for phrase in lex.not_place_phrases):
        return True
    if i > 0:
        prev_start, prev_end = words[i - 1]
        gap, prev = text[prev_end:start], text[prev_start:prev_end]
        if gap == " " and prev in lex.first_names:
            return True  # "Sergei Shoigu"
        if gap == ". " and len(prev) == 1 and prev.isupper():
            return True  # "Frederick W. Kagan"
    return bool(_TITLE_BEFORE.search(text, max(0, start - 30), start))


def _is_list_glue(gap: str) -> bool:
    if "City" in gap or "city" in gap:
        return False
    return len(gap) <= 40 and bool(_LIST_GLUE.fullmatch(gap)) and ("," in gap or " and " in gap or " or " in gap)


def _as_oblast(found: Found, rule: str) -> Found:
    return Found(found.start, found.end, found.name_end, "oblast", found.entries, rule, surface=found.surface)


def _spread_plural_admin(text: str, found: list[Found], gaz: Gazetteer) -> list[Found]:
    """In "Kyiv, Odesa, and Zaporizhia Oblasts" (and "southern Kharkiv and Donetsk Oblast") every
    listed name is an oblast; so is "western Kherson"."""
    out = list(found)
    for index in range(len(out) - 1, 0, -1):
        if out[index].kind_hint != "oblast" or out[index].rule not in ("admin-word", "admin-list"):
            continue
        j = index - 1
        while j >= 0 and _is_list_glue(text[out[j].end : out[j + 1].start]):
            prev = out[j]
            if prev.kind_hint == "any" and any(e.role == "stem" for e in prev.entries):
                out[j] = _as_oblast(prev, "admin-list")
            j -= 1
    for index, f in enumerate(out):
        if (f.kind_hint == "any" and any(e.role == "stem" for e in f.entries)
                and _COMPASS_ADJ_BEFORE.search(text, max(0, f.start - 12), f.start)
                and not _CITY_AFTER.match(text, f.end) and not _metropolis(f, gaz)):
            out[index] = _as_oblast(f, "compass-area")
    return out


def _metropolis(found: Found, gaz: Gazetteer) -> bool:
    """"northern Kyiv" is a part of the capital, not of its oblast."""
    return any(e.role == "name" and gaz.place(e.place_id).population >= _METROPOLIS for e in found.entries)


def _border_compounds(text: str, found: list[Found]) -> list[Found]:
    """"the Kherson-Mykolaiv border", "Kherson-Dnipropetrovsk Oblast border": oblasts."""
    regions = [(m.start(), m.end("names")) for m in _BORDER_COMPOUND.finditer(text)]
    if not regions:
        return found
    out = []
    for f in found:
        inside = any(start <= f.start and f.end <= end for start, end in regions)
        if inside and f.kind_hint == "any" and any(e.role == "stem" for e in f.entries):
            f = _as_oblast(f, "border-compound")
        out.append(f)
    return out


def _longest_match(
    text: str, words: list[tuple[int, int]], i: int, gaz: Gazetteer
) -> tuple[Found, int] | None:
    first = exact_key(_POSSESSIVE.sub("", text[words[i][0] : words[i][1]]))
    if first not in gaz.first_words and not gaz.has_key(first):
        return None
    last = i
    for j in range(i + 1, min(i + MAX_WORDS, len(words))):
        if text[words[j - 1][1] : words[j][0]] not in (" ", "-"):
            break
        last = j
    for j in range(last, i - 1, -1):
        start, end = words[i][0], words[j][1]
        surface = text[start:end]
        possessive = _POSSESSIVE.search(surface)
        if possessive:
            end -= 2
            surface = surface[:-2]
        if j > i and not text[words[j][0]].isupper():
            continue  # a name ends on a capitalised word ("Rostov-on-Don", not "Kherson direction")
        entries = gaz.entries(surface)
        if not entries:
            continue
        if j == i and j < last and text[words[j + 1][0]].isupper() and exact_key(surface) in _NAME_PREFIXES:
            # "Nova" of an unknown "Nova Kakhkovka" is not the village Nova: try the misspelling.
            return _misspelled_compound(text, words, i, gaz)
        found = _classify(text, start, end, tuple(entries))
        if found is not None:
            return found, j + 1
    return None


def _misspelled_compound(
    text: str, words: list[tuple[int, int]], i: int, gaz: Gazetteer
) -> tuple[Found, int] | None:
    """"Nova Kakhkovka" -> Nova Kakhovka: a two-word name whose first word is a common name
    prefix, matched fuzzily among the names that start with that word."""
    start, end = words[i][0], words[i + 1][1]
    surface = _POSSESSIVE.sub("", text[start:end])
    key = exact_key(surface)
    options = gaz.keys_starting(key.split(" ", 1)[0])
    best = process.extractOne(key, options, scorer=fuzz.ratio, score_cutoff=_MISSPELLING_CUTOFF)
    if best is None:
        return None
    entries = tuple(e for e in gaz.entries(best[0]) if e.role == "name")
    if not entries:
        return None
    return Found(start, start + len(surface), start + len(surface), "any", entries, "fuzzy-compound",
                 surface=surface), i + 2


def _classify(text: str, start: int, end: int, entries: tuple[Entry, ...]) -> Found | None:
    """Decide what kind of place the name is from the words around it."""
    after = text[end : end + 60]
    roles = {e.role for e in entries}
    admin = _ADMIN_AFTER.match(after)
    if admin and (roles & {"stem", "name"}):
        plural = admin.group("word").lower().endswith("s")
        return Found(start, end + admin.end(), end, "oblast", entries, "admin-word", plural)
    raion = _RAION_AFTER.match(after)
    if raion and "raion" in roles:
        return Found(start, end + raion.end(), end, "raion", entries, "raion-word")
    hromada = _HROMADA_AFTER.match(after)
    if hromada and "hromada" in roles:
        return Found(start, end + hromada.end(), end, "hromada", entries, "hromada-word")
    river_after = _RIVER_AFTER.match(after)
    if river_after or ("cue" in roles and _RIVER_BEFORE.search(text, max(0, start - 30), start)):
        if any(e.role == "cue" or e.source == "rivers.tsv" for e in entries):
            return Found(start, end, end, "river", entries, "river-cue")
        if river_after:
            return None  # a river the gazetteer does not know, named after this place
    if _UNKNOWN_RIVER_AFTER.match(after) or _VESSEL_AFTER.match(after):
        return None  # "Serednya Balakliika rivers", "the Orsk large landing ship"
    if _FACILITY_AFTER.match(after):
        return None  # "Zaporizhzhia Nuclear Power Plant" names a facility, not the city
    surface = text[start:end]
    if not any(_usable(e, surface) for e in entries):
        return None
    return Found(start, end, end, "any", entries, "name", surface=surface)


def usable_alone(entry: Entry, surface: str) -> bool:
    """Can this reading stand for a name written alone in running text?

    Loose-key matches count only for our own spellings (not GeoNames' many alternate names) and
    only for longer names; an all-capitals word ("AEI", "CIT") only reads as a country or region
    abbreviation (US, UK, DNR)."""
    if entry.role != "name":
        return False
    if surface.isupper() and len(surface) <= 5:
        return entry.source in ("countries.tsv", "regions.tsv") and not entry.loose
    if entry.loose:
        return len(surface) >= 6 and entry.source != "geonames-alt"
    return True


_usable = usable_alone


def _roads(text: str, gaz: Gazetteer) -> list[Found]:
    out = []
    for m in _ROAD.finditer(text):
        number = m.group().replace("-", "")
        if _ROAD_NEEDS_CUE.match(m.group()) and not _ROAD_CUE.search(text, m.end(), m.end() + 30):
            continue
        entries = tuple(e for e in gaz.entries(number) if e.source == "roads.tsv")
        near_cue = _ROAD_CUE.search(text, max(0, m.start() - 40), m.end() + 30)
        if entries or near_cue:
            out.append(Found(m.start(), m.end(), m.end(), "road", entries, "road-number"))
    return out
