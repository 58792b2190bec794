"""Name keys: how spellings are folded so that variants of one name meet in the index.

``exact_key`` folds case, diacritics, apostrophes and hyphens ("Mar'yinka" -> "maryinka").
``loose_key`` also folds the vowel and ending differences between transliteration systems
("Kostyantynivka" and "Kostiantynivka", "Izyum" and "Izium", "Zaporizhia" and "Zaporizhzhia",
"Zolotoye" and "Zolote") so a spelling from any system finds the entry; matches on it rank
below exact ones.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = dict.fromkeys(map(ord, "'’ʼ`´‘ʹ′\u02bb"), None)
_SEPARATORS = re.compile(r"[\s\-‐‑–—_./,]+")
_NON_WORD = re.compile(r"[^\w ]+")
_REPEATED_I = re.compile(r"i{2,}")
_RU_ENDINGS = (
    (re.compile(r"(?:oie|oe|oi)\b"), "e"),  # Zolotoye / Zolotoe -> zolote
    (re.compile(r"(?:aia|aa)\b"), "a"),  # Krasnaya -> krasna
    (re.compile(r"(?:ski|ski)\b"), "sk"),  # Lisichanski -> lisichansk
)


@lru_cache(maxsize=200_000)
def exact_key(name: str) -> str:
    """Case-, accent-, apostrophe- and hyphen-insensitive key."""
    text = unicodedata.normalize("NFKD", name.translate(_APOSTROPHES))
    text = "".join(ch for ch in text if not unicodedata.combining(ch) or _keeps_mark(ch))
    text = unicodedata.normalize("NFC", text).casefold()
    text = _SEPARATORS.sub(" ", text)
    text = _NON_WORD.sub("", text)
    return " ".join(text.split())


def _keeps_mark(ch: str) -> bool:
    # Cyrillic й/ї decompose into и/і + a combining mark; keep them so Cyrillic keys stay exact.
    return ch in "\u0306\u0308"


@lru_cache(maxsize=200_000)
def loose_key(name: str) -> str:
    """A coarser key that unifies transliteration systems (Latin script only)."""
    text = exact_key(name)
    text = text.replace("y", "i").replace("j", "i").replace("zhzh", "zh")
    text = _REPEATED_I.sub("i", text)
    text = text.replace("ie", "e")
    for pattern, repl in _RU_ENDINGS:
        text = pattern.sub(repl, text)
    return text


def is_cyrillic(name: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in name)
