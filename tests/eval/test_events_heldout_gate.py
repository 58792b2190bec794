"""A regression guard on the held-out event set (tests/eval/gold/events_heldout2: 4 reports never used to
develop the rules). Its floors are the first measurement; they guard against rules that only fit the
development set. Needs ../shared/corpus/isw beside the project; skipped where it is absent.
"""

from datetime import date
from pathlib import Path

import pytest

from sitreps.events.evaluate import evaluate_events, load_gold
from sitreps.geo.gazetteer import Gazetteer
from sitreps.model import Document
from sitreps.pipeline import extract_records

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent.parent / "shared" / "corpus" / "isw"

F1_FLOORS = {"ground_combat": 0.75, "remote_strike": 0.82}
FIELD_FLOORS = {"initiator": 0.93, "outcome": 0.83, "place_10km": 0.87, "date": 0.95}


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus/isw is not beside the project")
def test_events_heldout_gate_holds_the_floors(gaz: Gazetteer) -> None:
    gold = load_gold(HERE / "gold" / "events_heldout2")
    assert len(gold) >= 4

    def run(doc: str, text: str, report: date | None) -> list:
        return extract_records(Document(text=text, id=doc), gaz, report_date=report)

    summary = evaluate_events(gold, CORPUS, run).summary()
    for category, floor in F1_FLOORS.items():
        assert summary["categories"][category]["f1"] >= floor, (category, summary["categories"][category])
    for name, floor in FIELD_FLOORS.items():
        assert summary["matched"][name]["accuracy"] >= floor, (name, summary["matched"][name])
