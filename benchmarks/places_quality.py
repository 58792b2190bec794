"""Place finding + resolution against the gold set (tests/eval/gold/places).

    python benchmarks/places_quality.py [--errors]
"""

from __future__ import annotations

import json
import sys

from _common import ROOT, gazetteer, need_shared

from sitreps.geo.evaluate import evaluate_places, load_gold


def main() -> None:
    shared = need_shared()
    gold = load_gold(ROOT / "tests" / "eval" / "gold" / "places")
    scores = evaluate_places(gold, shared / "corpus" / "isw", gazetteer(), kinds=("settlement", "oblast", "country"))
    print(f"gold reports: {len(gold)}")
    for s in scores.values():
        print(json.dumps(s.summary()))
    if "--errors" in sys.argv:
        s = scores["settlement"]
        for title, rows in (("missed", s.misses), ("false", s.false_alarms), ("far", s.far)):
            print(f"\n{title}:")
            print("\n".join(rows))


if __name__ == "__main__":
    main()
