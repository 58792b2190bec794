"""A regression guard on the held-out place set (tests/eval/gold/places_heldout: 3 reports annotated after
the place rules were written). Needs ../shared/corpus/isw beside the project; skipped where it is absent.
"""

from pathlib import Path

import pytest

from sitreps.geo.evaluate import evaluate_places, load_gold
from sitreps.geo.gazetteer import Gazetteer

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent.parent / "shared" / "corpus" / "isw"


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus/isw is not beside the project")
def test_places_heldout_gate_holds_the_floors(gaz: Gazetteer) -> None:
    scores = evaluate_places(load_gold(HERE / "gold" / "places_heldout"), CORPUS, gaz, kinds=("settlement",))
    measured = scores["settlement"].summary()
    assert measured["precision"] >= 0.95 and measured["recall"] >= 0.95, measured
    assert measured["within_10km"] >= 0.93, measured
