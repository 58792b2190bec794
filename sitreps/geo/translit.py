"""Latin spellings of Ukrainian Cyrillic names, as English reports write them.

The display name uses Ukraine's official national transliteration (KMU 2010, ``translitua``'s
default: Новомихайлівка -> Novomykhailivka, Згурівка -> Zghurivka, word-initial Є/Ї/Й/Ю/Я as
Ye/Yi/Y/Yu/Ya). Variants add the BGN/PCGN system (Kostyantynivka, Mar'yinka) and a Russian-style
spelling derived from the Ukrainian form (Novoselivka -> Novoselovka), which older and
Russian-sourced reports use; the loose key in ``names`` covers the remaining vowel differences.
"""

from __future__ import annotations

import re

import translitua

_RU_SUFFIXES = (
    (re.compile(r"івка\b"), "овка"),
    (re.compile(r"ївка\b"), "евка"),
    (re.compile(r"(?<=[сц])ьке\b"), "кое"),
    (re.compile(r"ське\b"), "ское"),
    (re.compile(r"(?<=[сц])ький\b"), "кий"),
    (re.compile(r"(?<=[нвлт])е\b"), "ое"),
)
_RU_LETTERS = str.maketrans({"і": "и", "ї": "и", "є": "е", "ґ": "г", "'": "", "’": "", "ʼ": ""})


def romanize(cyrillic: str) -> str:
    """Official Ukrainian national transliteration (KMU 2010)."""
    return translitua.translit(cyrillic, translitua.UkrainianKMU)


def variants(cyrillic: str) -> list[str]:
    """Official spelling first, then other spellings English reports use; no duplicates."""
    forms = [
        romanize(cyrillic),
        translitua.translit(cyrillic, translitua.UkrainianBGN),
        russian_style(cyrillic),
    ]
    seen: dict[str, None] = {}
    for form in forms:
        seen.setdefault(form, None)
    return list(seen)


def russian_style(cyrillic: str) -> str:
    """Approximate the Russian spelling of a Ukrainian name, romanised the Russian way."""
    words = []
    for word in cyrillic.split():
        lower = word.lower()
        for pattern, repl in _RU_SUFFIXES:
            lower = pattern.sub(repl, lower)
        lower = lower.translate(_RU_LETTERS)
        latin = translitua.translit(lower, translitua.RussianInternationalPassport1997)
        words.append(latin[:1].upper() + latin[1:])
    return " ".join(words)
