"""Decisions on the development set, cross-validated by report: the learned model (sitreps.aid.learned) is
trained on five sixths of the annotated reports and the whole extractor is scored on the sixth it never saw,
six times over. The shipped model was trained on every report, so scoring it on them would flatter it. The
cues were written on these reports too, so "cues only" here is still an in-sample figure; the held-out sets
(tests/eval/gold/aid_heldout*) are the honest ones.

    pip install '.[learn]' && python benchmarks/decision_model_cv.py [--threshold 0.6] [--folds 6]

With --by-set, each read held-out set (4-10 and 13-25; never the blind sets 11 and 12) is left out in turn
instead: the model is trained on the development set and the other read sets, as the shipped one is, and the
set left out is scored. The rules were written from these sets' errors, so only the model is out of sample.

    python benchmarks/decision_model_cv.py --by-set
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from unittest import mock

from _common import ROOT, gazetteer, need_shared

from sitreps.aid import decisions
from sitreps.aid.evaluate import AidScores, evaluate_aid, load_gold
from sitreps.aid.learn import DEFAULT_THRESHOLD, labelled_sentences, train
from sitreps.aid.learned import DecisionModel
from sitreps.model import Document, Record
from sitreps.pipeline import extract_records


def folds(docs: list[str], k: int) -> list[list[str]]:
    return [docs[i::k] for i in range(k)]


def score_with(model: DecisionModel | None, gold: dict[str, list[dict[str, object]]], corpus: Path,
               run: Callable[[str, str, date | None], list[Record]]) -> AidScores:
    with mock.patch.object(decisions, "load_decision_model", lambda: model):
        return evaluate_aid(gold, corpus, run)


BLIND = {"aid_heldout11", "aid_heldout12"}  # never trained on, never read: measured once per model


def read_sets() -> list[Path]:
    """The held-out sets whose errors were read (their second annotations aside), in number order."""
    found = [d for d in (ROOT / "tests" / "eval" / "gold").glob("aid_heldout*")
             if d.name not in BLIND and not d.name.endswith("_second")]
    return sorted(found, key=lambda d: int(d.name.removeprefix("aid_heldout")))


def by_set(corpus: Path, run: Callable[[str, str, date | None], list[Record]], threshold: float) -> None:
    development = ROOT / "tests" / "eval" / "gold" / "aid"
    sets = read_sets()
    examples = {d: labelled_sentences([d], corpus) for d in [development, *sets]}
    tallies = {"cues only": AidScores(), "cues + model": AidScores()}
    for held in sets:
        model = DecisionModel.from_json(train([e for d, es in examples.items() if d != held for e in es],
                                              threshold=threshold))
        scores = {name: score_with(m, load_gold(held), corpus, run) for name, m in (("cues only", None),
                                                                                   ("cues + model", model))}
        for name, s in scores.items():
            tallies[name].merge(s)
        print(held.name, {name: s.summary()["decision"]["f1"] for name, s in scores.items()}, flush=True)
    print(f"{len(sets)} read sets, each left out in turn, threshold {threshold}")
    for name, s in tallies.items():
        print(name, json.dumps(s.summary()["decision"]))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    parser.add_argument("--folds", type=int, default=6)
    parser.add_argument("--by-set", action="store_true", help="leave each read held-out set out in turn")
    args = parser.parse_args()
    corpus = need_shared() / "corpus" / "isw"
    gold_dir = ROOT / "tests" / "eval" / "gold" / "aid"
    gaz = gazetteer()

    def run(doc: str, text: str, report: date | None) -> list[Record]:
        return extract_records(Document(text=text, id=doc), gaz, report_date=report)

    if args.by_set:
        by_set(corpus, run, args.threshold)
        return
    gold = load_gold(gold_dir)
    examples = labelled_sentences([gold_dir], corpus)
    tallies = {"cues only": AidScores(), "cues + model": AidScores()}
    for held in folds(sorted(gold), args.folds):
        model = DecisionModel.from_json(train([e for e in examples if e[0] not in held], threshold=args.threshold))
        part = {doc: gold[doc] for doc in held}
        for name, m in (("cues only", None), ("cues + model", model)):
            tallies[name].merge(score_with(m, part, corpus, run))
    print(f"{len(gold)} reports, {args.folds} folds, threshold {args.threshold}")
    for name, s in tallies.items():
        print(name, json.dumps(s.summary()["decision"]))


if __name__ == "__main__":
    main()
