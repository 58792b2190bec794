"""The quality gate for aid, training and decision records, measured on tests/eval/gold/aid (75 ISW reports
annotated to GUIDELINES.md: offsets and labels only; the rules were developed on them and the decision model was
trained on them, so these are in-sample figures: benchmarks/decision_model_cv.py gives the cross-validated one
and test_aid_heldout_gate.py guards unseen reports). The floors sit just under the measured F1 and stop
regressions; two annotators agree at F1 0.93 on aid and 0.78 to 0.91 on decisions (benchmarks/aid_agreement.py).
The fields of a decision found (who is appointed, who decided, how sure) have floors of their own.
Needs ../shared/corpus/isw beside the project; skipped where it is absent.
"""

from datetime import date

import pytest

from sitreps.aid.evaluate import evaluate_aid, load_gold
from sitreps.geo.gazetteer import Gazetteer
from sitreps.model import Document, Record
from sitreps.pipeline import extract_records
from tests.eval.helpers import CORPUS, HERE

# decision 0.86 -> 0.85 in the sixth session: guards on the learned reader cost answers it had memorised here
# (0.865 -> 0.855) while the cross-validated figure rose (0.732 -> 0.736) and the held-out sets gained
# aid 0.83 -> 0.85 in the seventh session (0.855 measured)
F1_FLOORS = {"aid": 0.85, "training": 0.88, "decision": 0.85}
DECISION_FIELD_FLOORS = {"persons": 0.90, "role": 0.85, "body": 0.72, "modality": 0.80}


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus/isw is not beside the project")
def test_aid_gate_holds_the_floors(gaz: Gazetteer) -> None:
    gold = load_gold(HERE / "gold" / "aid")
    assert len(gold) >= 75  # an empty file is a report read and found to have no record

    def run(doc: str, text: str, report: date | None) -> list[Record]:
        return extract_records(Document(text=text, id=doc), gaz, report_date=report)

    summary = evaluate_aid(gold, CORPUS, run).summary()
    for category, floor in F1_FLOORS.items():
        assert summary[category]["f1"] >= floor, (category, summary[category])  # type: ignore[index]
    fields = summary["decision"]["fields"]  # type: ignore[index]
    for name, floor in DECISION_FIELD_FLOORS.items():
        assert fields[name] >= floor, (name, fields)
