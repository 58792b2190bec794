"""Train the decision model (sitreps.aid.learned) from annotated reports:

    pip install '.[learn]'
    python -m sitreps.aid.learn --gold tests/eval/gold/aid --corpus ../shared/corpus/isw

Each sentence of each annotated report is one example: a decision if a gold decision record's evidence
overlaps it, with the subtype most of them have. Only features seen in at least ``min_reports``
reports are kept, so the model holds common words and cue names, never a report's own phrasing.
scikit-learn fits the logistic regressions; the weights are written as JSON and scored without it.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from sitreps.aid.learned import MODEL_FILE, sentence_features
from sitreps.nlp.sentences import split_sentences
from sitreps.scoring import load_gold_rows

DEFAULT_THRESHOLD = 0.6  # 0.3 until the sixth session, 0.4 until the eighth; 0.6 chosen leave-one-set-out on the read held-outs (RESULTS.md)
_KEEP = 1e-3  # weights smaller than this change no decision and are left out of the file


def labelled_sentences(gold_dirs: Iterable[Path], corpus: Path) -> list[tuple[str, str, str | None]]:
    """(report, sentence, gold subtype or None) for every sentence of every annotated report."""
    out: list[tuple[str, str, str | None]] = []
    for folder in gold_dirs:
        for doc, rows in sorted(load_gold_rows(folder).items()):
            text = (corpus / doc).read_text(encoding="utf-8")
            decisions = [r for r in rows if r["category"] == "decision"]
            for s in split_sentences(text):
                subtypes = Counter(str(r["subtype"]) for r in decisions
                                   if int(r["evidence_start"]) < s.span.end and s.span.start < int(r["evidence_end"]))  # type: ignore[arg-type]
                out.append((doc, s.text, subtypes.most_common(1)[0][0] if subtypes else None))
    return out


def train(examples: list[tuple[str, str, str | None]], *, min_reports: int = 3, c: float = 1.0,
          threshold: float = DEFAULT_THRESHOLD) -> dict[str, object]:
    """The model as JSON-ready data (see sitreps.aid.learned.DecisionModel.from_json)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    features = [sentence_features(sentence) for _, sentence, _ in examples]
    seen_in: dict[str, set[str]] = {}
    for (doc, _, _), feats in zip(examples, features, strict=True):
        for f in feats:
            seen_in.setdefault(f, set()).add(doc)
    common = {f for f, docs in seen_in.items() if len(docs) >= min_reports}
    features = [{f: v for f, v in feats.items() if f in common} for feats in features]
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform(features)
    names = vectorizer.get_feature_names_out()
    labels = [subtype for _, _, subtype in examples]
    detector = LogisticRegression(C=c, max_iter=5000).fit(x, [label is not None for label in labels])
    positive = [i for i, label in enumerate(labels) if label is not None]
    return {
        "version": 1,
        "trained_on": {"reports": len({doc for doc, _, _ in examples}), "sentences": len(examples),
                       "decision_sentences": len(positive), "min_reports": min_reports, "c": c},
        "threshold": threshold,
        "detector": {
            "bias": round(float(detector.intercept_[0]), 4),
            "weights": {n: round(float(w), 4) for n, w in zip(names, detector.coef_[0], strict=True) if abs(w) >= _KEEP},
        },
        "subtypes": _subtypes(x[positive], [str(labels[i]) for i in positive], names, c),
    }


def _subtypes(x: object, labels: list[str], names: object, c: float) -> dict[str, object]:
    """A multinomial model of the subtype of a decision sentence (one subtype seen: that one, always)."""
    from sklearn.linear_model import LogisticRegression

    if len(set(labels)) == 1:
        return {"classes": labels[:1], "bias": [0.0], "weights": {}}
    typer = LogisticRegression(C=c, max_iter=5000).fit(x, labels)
    coef = typer.coef_ if len(typer.classes_) > 2 else [-typer.coef_[0] / 2, typer.coef_[0] / 2]  # two: one row
    bias = typer.intercept_ if len(typer.classes_) > 2 else [-typer.intercept_[0] / 2, typer.intercept_[0] / 2]
    return {
        "classes": [str(k) for k in typer.classes_],
        "bias": [round(float(b), 4) for b in bias],
        "weights": {n: [round(float(row[j]), 4) for row in coef]
                    for j, n in enumerate(names) if max(abs(row[j]) for row in coef) >= _KEEP},  # type: ignore[arg-type]
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sitreps.aid.learn", description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, action="append", required=True, help="gold folder (repeatable)")
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "data" / MODEL_FILE)
    parser.add_argument("--min-reports", type=int, default=3)
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD,
                        help="probability above which the model adds a decision")
    args = parser.parse_args(argv)
    model = train(labelled_sentences(args.gold, args.corpus), min_reports=args.min_reports, threshold=args.threshold)
    args.out.write_text(json.dumps(model, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    print(json.dumps(model["trained_on"]), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
