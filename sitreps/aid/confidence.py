"""How far to trust an aid, training or decision record: the share of the records a reader makes that a
human annotator also coded, with the fields the evaluation checks right (sitreps.aid.evaluate), measured on
reports the extractor had never seen. ``benchmarks/calibrate_confidence.py`` measures it and writes the
table (data/confidence.tsv: category, reader, right, found).

A record's reader is its first rule: a cue ("dec.law", "aid.pledge"), the subject reader ("dec.subject") or
the learned reader ("dec.learned"). A reader seen on few records says little alone, so its share is shrunk
toward its category's (a Beta prior worth ``PRIOR`` records), and a category's toward that of all records; a
reader never seen takes its category's share.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

TABLE_FILE = "confidence.tsv"
PRIOR = 5.0  # records' worth of weight the category's share carries against a reader's own


@dataclass(frozen=True, slots=True)
class Tally:
    right: int
    found: int


@dataclass(frozen=True, slots=True)
class Calibration:
    """Measured right/found counts per (category, reader)."""

    readers: dict[tuple[str, str], Tally]

    def confidence(self, category: str, reader: str) -> float | None:
        """The expected share right of a record this reader makes, or None when the category was never
        measured."""
        every = _sum(self.readers.values())
        category_tally = _sum(t for (c, _), t in self.readers.items() if c == category)
        if category_tally.found == 0:
            return None
        category_share = _shrunk(category_tally, every.right / every.found)
        return round(_shrunk(self.readers.get((category, reader), Tally(0, 0)), category_share), 2)

    @classmethod
    def from_rows(cls, rows: Iterable[list[str]]) -> Calibration:
        return cls({(category, reader): Tally(int(right), int(found)) for category, reader, right, found in rows})


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
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]
    return Calibration.from_rows(line.split("\t") for line in lines[1:])  # the first is the header
