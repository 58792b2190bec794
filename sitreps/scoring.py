"""Shared by the evaluations: gold rows by report, the extractor they call, true/false positives and
misses, and agreement on matched pairs."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Callable

from sitreps.model import Record

#: (report file name, report text, report date) -> records
Extractor = Callable[[str, str, date | None], list[Record]]


def load_gold_rows(folder: Path) -> dict[str, list[dict[str, object]]]:
    """Gold records (JSON Lines files in ``folder``) grouped by the report they annotate. An empty
    file says its report (the file's stem) was read and has no records: whatever is found there is false."""
    out: dict[str, list[dict[str, object]]] = {}
    for path in sorted(folder.glob("*.jsonl")):
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        if not rows:
            out.setdefault(f"{path.stem}.txt", [])
        for row in rows:
            out.setdefault(str(row["doc"]), []).append(row)
    return out


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Tally) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Agreement:
    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.right += int(ok)

    @property
    def share(self) -> float:
        return self.right / self.total if self.total else 0.0
