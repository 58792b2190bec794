"""A regression guard on the held-out aid set (tests/eval/gold/aid_heldout4: six reports annotated to
../aid/GUIDELINES.md and never used to develop the rules; their errors were never read). The floors sit just
under the one blind measurement; they guard against rules that only fit the development set.
Needs ../shared/corpus/isw beside the project; skipped where it is absent.
"""

from datetime import date

import pytest

from sitreps.aid.evaluate import evaluate_aid, load_gold
from sitreps.geo.gazetteer import Gazetteer
from sitreps.model import Document, Record
from sitreps.pipeline import extract_records
from tests.eval.helpers import CORPUS, HERE

F1_FLOORS = {"aid": 0.55, "training": 0.55, "decision": 0.38}


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus/isw is not beside the project")
def test_aid_heldout_gate_holds_the_floors(gaz: Gazetteer) -> None:
    gold = load_gold(HERE / "gold" / "aid_heldout4")
    assert len(gold) >= 6

    def run(doc: str, text: str, report: date | None) -> list[Record]:
        return extract_records(Document(text=text, id=doc), gaz, report_date=report)

    summary = evaluate_aid(gold, CORPUS, run).summary()
    for category, floor in F1_FLOORS.items():
        assert summary[category]["f1"] >= floor, (category, summary[category])  # type: ignore[index]
