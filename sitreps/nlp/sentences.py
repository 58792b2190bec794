"""Sentence splitting with offsets.

A regex splitter rather than a statistical one: report prose is edited English whose sentence
ends are reliable, and the split runs at several hundred thousand words per second. It keeps
abbreviations ("U.S.", "Lt. Gen.", "W. Kagan"), decimal numbers and quoted endings together.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sitreps.model import Span

_BOUNDARY = re.compile(
    r"[.!?]+[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])|\n+"
    r"|(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])"  # "...in the Russian Federation.The Hajun Project": a lost space
)
_ABBREVIATIONS = frozenset(
    "u.s mr mrs ms dr st lt gen col maj capt sgt adm cmdr jr sr no vs etc e.g i.e approx est "
    "jan feb mar apr aug sept sep oct nov dec u.k u.n km".split()
)


@dataclass(frozen=True, slots=True)
class Sentence:
    span: Span
    text: str
    paragraph: int


def split_sentences(text: str) -> list[Sentence]:
    """Every non-blank sentence, with its span in ``text`` and its paragraph number."""
    out: list[Sentence] = []
    start = 0
    paragraph = 0
    for m in _BOUNDARY.finditer(text):
        if "\n" not in m.group() and _is_abbreviation(text, m.start()):
            continue
        _add(out, text, start, m.start() + len(m.group().rstrip()), paragraph)
        if "\n" in m.group():
            paragraph += 1
        start = m.end()
    _add(out, text, start, len(text), paragraph)
    return out


def _is_abbreviation(text: str, dot: int) -> bool:
    word_start = dot
    while word_start > 0 and (text[word_start - 1].isalnum() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:dot].lower().rstrip(".")
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha() and text[word_start].isupper())


def _add(out: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(Span(start, end), text[start:end], paragraph))
