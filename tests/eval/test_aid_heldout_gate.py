"""A regression guard on the held-out aid sets (tests/eval/gold/aid_heldout4 to 10: fifty-two reports
annotated to ../aid/GUIDELINES.md and never used to train the decision model). The errors of sets 9 and 10 were
never read; set 8's aid errors and sets 4 to 7's decision errors were read in the fifth session (their READMEs say
so), so their floors guard what was fixed from them. The other floors sit just under the blind measurements; they guard against rules that only fit the
development set.
Needs ../shared/corpus/isw beside the project; skipped where it is absent.
"""

from datetime import date

import pytest

from sitreps.aid.evaluate import evaluate_aid, load_gold
from sitreps.geo.gazetteer import Gazetteer
from sitreps.model import Document, Record
from sitreps.pipeline import extract_records
from tests.eval.helpers import CORPUS, HERE

FLOORS = {
    "aid_heldout4": (6, {"aid": 0.55, "training": 0.55, "decision": 0.48}),
    "aid_heldout5": (4, {"decision": 0.42}),  # no aid or training records in these four reports
    "aid_heldout6": (6, {"aid": 0.70, "training": 0.60, "decision": 0.37}),
    "aid_heldout7": (6, {"training": 0.60, "decision": 0.38}),  # aid: 0 of 3 found (recorded in its README)
    "aid_heldout8": (10, {"aid": 0.85, "training": 0.50, "decision": 0.45}),  # aid errors read: no longer blind
    "aid_heldout9": (10, {"aid": 0.33, "training": 0.70, "decision": 0.58}),
    "aid_heldout10": (10, {"training": 0.95, "decision": 0.60}),  # one aid record, not found
}


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus/isw is not beside the project")
@pytest.mark.parametrize("folder", sorted(FLOORS))
def test_aid_heldout_gate_holds_the_floors(gaz: Gazetteer, folder: str) -> None:
    reports, floors = FLOORS[folder]
    gold = load_gold(HERE / "gold" / folder)
    assert len(gold) >= reports

    def run(doc: str, text: str, report: date | None) -> list[Record]:
        return extract_records(Document(text=text, id=doc), gaz, report_date=report)

    summary = evaluate_aid(gold, CORPUS, run).summary()
    for category, floor in floors.items():
        assert summary[category]["f1"] >= floor, (category, summary[category])  # type: ignore[index]
