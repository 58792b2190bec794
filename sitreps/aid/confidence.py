"""How far to trust an aid, training or decision record: the share of such records that a human annotator also
coded, with the fields the evaluation checks right (sitreps.aid.evaluate), measured on reports the extractor had
never seen. ``benchmarks/calibrate_confidence.py`` measures it and writes the table (data/confidence.tsv).

Records are told apart by their ``Kind``: the category; whether the learned reader made the record (rule
``dec.learned``: it is right far less often than the cues and the subject reader); whether a deciding body was
found; and whether the sentence dates the act (a record of "X signed Y on May 3" is more often a real, new act than
one that falls back on the report's date). These three were chosen over the reader's rule, the modality and their
mixes by how well each predicted, set by set, the held-out sets it was not measured on (RESULTS.md, eighth
session). A kind seen on few records says little alone, so its share is shrunk toward its category's (a Beta
prior worth ``PRIOR`` records), and a category's toward that of all records; a kind never seen takes its
category's share.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

TABLE_FILE = "confidence.tsv"
COLUMNS = ("category", "learned", "body", "dated", "right", "found")
PRIOR = 5.0  # records' worth of weight the category's share carries against a kind's own


@dataclass(frozen=True, slots=True)
class Kind:
    category: str
    learned: bool  # made by the learned reader (dec.learned)
    body: bool  # a deciding body was found
    dated: bool  # the sentence dates the act (date precision "day")

    def row(self) -> list[str]:
        return [self.category, *("yes" if flag else "no" for flag in (self.learned, self.body, self.dated))]


def kind_of(category: str, rules: Sequence[str], body: str | None, date_precision: str) -> Kind:
    return Kind(category, bool(rules) and rules[0] == "dec.learned", body is not None, date_precision == "day")


@dataclass(frozen=True, slots=True)
class Tally:
    right: int
    found: int


@dataclass(frozen=True, slots=True)
class Calibration:
    """Measured right/found counts per kind of record."""

    kinds: dict[Kind, Tally]

    def confidence(self, kind: Kind) -> float | None:
        """The expected share right of a record of this kind, or None when its category was never measured."""
        every = _sum(self.kinds.values())
        category = _sum(t for k, t in self.kinds.items() if k.category == kind.category)
        if category.found == 0:
            return None
        category_share = _shrunk(category, every.right / every.found)
        return round(_shrunk(self.kinds.get(kind, Tally(0, 0)), category_share), 2)

    @classmethod
    def from_rows(cls, rows: Iterable[Sequence[str]]) -> Calibration:
        return cls({Kind(category, learned == "yes", body == "yes", dated == "yes"): Tally(int(right), int(found))
                    for category, learned, body, dated, right, found in rows})


def _sum(tallies: Iterable[Tally]) -> Tally:
    right = found = 0
    for t in tallies:
        right, found = right + t.right, found + t.found
    return Tally(right, found)


def _shrunk(own: Tally, prior_share: float) -> float:
    return (own.right + PRIOR * prior_share) / (own.found + PRIOR)


@lru_cache(maxsize=1)
def load_calibration() -> Calibration:
    """The shipped table (an empty one, so every confidence is None, when the package has none)."""
    path = resources.files("sitreps.aid").joinpath("data", TABLE_FILE)
    if not path.is_file():
        return Calibration({})
    text = path.read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return Calibration.from_rows(line.split("\t") for line in lines[1:])  # the first is the header
