"""Shared by the quality gates: where the corpus is, and scoring event extraction against a gold folder."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sitreps.events.evaluate import evaluate_events, load_gold
from sitreps.geo.gazetteer import Gazetteer
from sitreps.model import Document, Record
from sitreps.pipeline import extract_records

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent.parent / "shared" / "corpus" / "isw"


def event_summary(gold_folder: Path, gaz: Gazetteer, *, min_reports: int) -> dict[str, dict]:
    gold = load_gold(gold_folder)
    assert len(gold) >= min_reports

    def run(doc: str, text: str, report: date | None) -> list[Record]:
        return extract_records(Document(text=text, id=doc), gaz, report_date=report)

    return evaluate_events(gold, CORPUS, run).summary()  # type: ignore[return-value]


def assert_event_floors(summary: dict[str, dict], f1: dict[str, float], fields: dict[str, float]) -> None:
    for category, floor in f1.items():
        assert summary["categories"][category]["f1"] >= floor, (category, summary["categories"][category])
    for name, floor in fields.items():
        assert summary["matched"][name]["accuracy"] >= floor, (name, summary["matched"][name])
