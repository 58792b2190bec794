"""A regression guard on the held-out aid sets (tests/eval/gold/aid_heldout4 to 25: 203 reports
annotated to ../aid/GUIDELINES.md and never used to train the decision model). The errors of sets 11 and 12 were
never read: their floors sit just under the blind measurements and guard against rules that only fit the reports
they were written from. The errors of sets 4 to 10 and 13 to 25 were read to write rules, as their READMEs
say, so their floors guard what was fixed from them.
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
    "aid_heldout4": (6, {"aid": 0.65, "training": 0.95, "decision": 0.63}),
    "aid_heldout5": (4, {"decision": 0.63}),  # no aid or training records in these four reports
    "aid_heldout6": (6, {"aid": 0.70, "training": 0.60, "decision": 0.66}),
    "aid_heldout7": (6, {"training": 0.60, "decision": 0.65}),  # aid: 0 of 3 found (recorded in its README)
    "aid_heldout8": (10, {"aid": 0.85, "training": 0.45, "decision": 0.55}),
    "aid_heldout9": (10, {"aid": 0.95, "training": 0.85, "decision": 0.82}),
    "aid_heldout10": (10, {"training": 0.95, "decision": 0.80}),  # one aid record, not found
    "aid_heldout11": (10, {"aid": 0.70, "decision": 0.63}),  # blind; no training records
    "aid_heldout12": (10, {"decision": 0.55}),  # blind; one doubtful aid record, no training
    "aid_heldout13": (10, {"aid": 0.85, "training": 0.95, "decision": 0.74}),
    "aid_heldout14": (10, {"decision": 0.58}),  # training: 0 of 2 found (recorded in its README)
    "aid_heldout15": (10, {"decision": 0.57}),  # no aid or training records
    "aid_heldout16": (10, {"decision": 0.55}),  # no aid or training records
    "aid_heldout17": (10, {"aid": 0.55, "decision": 0.65}),  # no training records
    "aid_heldout18": (10, {"decision": 0.68}),  # no aid or training records
    "aid_heldout19": (10, {"aid": 0.45, "decision": 0.55}),  # no training records
    "aid_heldout20": (10, {"training": 0.95, "decision": 0.60}),  # no aid records
    "aid_heldout21": (10, {"decision": 0.60}),  # sparse: 12 decision records
    "aid_heldout22": (10, {"decision": 0.54}),  # sparse: 8 decision records
    "aid_heldout23": (10, {"aid": 0.95}),  # sparse: one aid record, and one decision (a curfew the forces imposed; missed)
    "aid_heldout24": (10, {"decision": 0.70}),  # sparse: 8 decision records
    "aid_heldout25": (11, {"aid": 0.60, "decision": 0.70}),  # sparse: 4 aid and 12 decision records
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
