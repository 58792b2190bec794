"""The quality gate for the place layer, measured on the gold set in tests/eval/gold/places
(7 ISW reports of 2022, annotated by reading: file name + offsets, no report text).

The floors are what the current system measures, rounded down; they are only lowered on purpose.
Needs ../shared/corpus/isw beside the project; skipped where it is absent.
"""

from pathlib import Path

import pytest

from sitreps.geo.evaluate import evaluate_places, load_gold
from sitreps.geo.gazetteer import Gazetteer

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent.parent / "shared" / "corpus" / "isw"

FLOORS = {
    "settlement": {"precision": 0.96, "recall": 0.98, "within_10km": 0.93},
    "country": {"precision": 0.95, "recall": 0.95},
    "oblast": {"precision": 0.99, "recall": 0.92},
}


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus/isw is not beside the project")
def test_places_gate_holds_the_floors(gaz: Gazetteer) -> None:
    gold = load_gold(HERE / "gold" / "places")
    assert len(gold) >= 6
    scores = evaluate_places(gold, CORPUS, gaz, kinds=tuple(FLOORS))
    for kind, floors in FLOORS.items():
        measured = scores[kind].summary()
        for metric, floor in floors.items():
            assert measured[metric] >= floor, (kind, metric, measured)
