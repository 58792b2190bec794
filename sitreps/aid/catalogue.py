"""The equipment catalogue: canonical systems with the spellings reports use (data/equipment.tsv).

``lookup("155mm M109A6 Paladins")`` finds the entry whose longest alias equals the name or is a
whole-word prefix of it, after folding case, Cyrillic look-alike letters, hyphens, spaces,
punctuation and a plural "s" on each word ("T-72B3 obr. 2016" -> T-72B3).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from sitreps.errors import SitrepsError

CLASSES = ("tank", "ifv", "apc", "artillery", "air_defence", "aircraft", "engineering", "ammunition", "missile",
           "training", "other")
_HOMOGLYPHS = str.maketrans("АВЕКМНОРСТХаеорсух", "ABEKMHOPCTXaeopcyx")
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015_/\\()\[\]{}.,:;'\"\u2018\u2019\u201c\u201d`!?+&*]+")


@dataclass(frozen=True, slots=True)
class System:
    id: str
    name: str
    item_class: str
    origin: str


def name_words(text: str) -> list[str]:
    """The folded words of a name: 'T-72B3s' -> ['t', '72b3']; their concatenation is its key."""
    folded = text.translate(_HOMOGLYPHS).casefold()
    return [_singular(w) for w in _SEPARATORS.split(folded) if w]


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies") and word.isalpha():
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and word.isalpha() and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    if len(word) >= 2 and word.endswith("s") and word[-2].isdigit():  # "M777s", "T-72s"
        return word[:-1]
    return word


class Catalogue:
    def __init__(self, systems: dict[str, System], by_key: dict[str, str]) -> None:
        self.systems = systems
        self._by_key = by_key

    def lookup(self, name: str) -> System | None:
        """The system a written name means, or None (callers keep unknown names as written, class other)."""
        words = name_words(name)
        for n in range(len(words), 0, -1):
            system_id = self._by_key.get("".join(words[:n]))
            if system_id:
                return self.systems[system_id]
        return None

    def aliases(self) -> dict[str, str]:
        return dict(self._by_key)


@lru_cache(maxsize=1)
def load_catalogue() -> Catalogue:
    text = resources.files("sitreps.aid").joinpath("data", "equipment.tsv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    if lines[0].split("\t") != ["id", "name", "class", "origin", "aliases"]:
        raise SitrepsError(f"equipment.tsv: unexpected header {lines[0]!r}; the shipped file is damaged.")
    systems: dict[str, System] = {}
    by_key: dict[str, str] = {}
    for number, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != 5 or fields[0] in systems or fields[2] not in CLASSES:
            raise SitrepsError(f"equipment.tsv: data line {number} is malformed ({fields[:3]}).")
        system_id, name, item_class, origin, aliases = fields
        systems[system_id] = System(system_id, name, item_class, origin)
        for alias in (name, *aliases.split("|")):
            key = "".join(name_words(alias))
            if key:
                by_key.setdefault(key, system_id)
    return Catalogue(systems, by_key)
