"""Calibrate and check the confidence of aid, training and decision records (sitreps.aid.confidence).

Measure: run the extractor of a commit over annotated reports that commit had never seen, and count per kind of
record (sitreps.aid.confidence.Kind) how many it made and how many were right (sitreps.aid.evaluate's test). Each
``--plan COMMIT:FOLDER[,FOLDER...]`` checks the commit out in a temporary git worktree and extracts those gold
folders' reports with its code, so the counts are those of a reader meeting the reports for the first time;
``--write`` stores the summed counts as the shipped table. The shipped table comes from:

    python benchmarks/calibrate_confidence.py measure --write --plan 4cd5553:tests/eval/gold/aid_heldout11 \\
        --plan 9f87f75:$(echo tests/eval/gold/aid_heldout{12,13,14,15,16,17,18,19,20,21,22} | tr ' ' ,)

Check: with the code of this tree, on other annotated reports, compare each record's confidence with the
share right, by confidence band, and give precision and recall when only records at or above a threshold are
kept:

    python benchmarks/calibrate_confidence.py check --gold tests/eval/gold/aid_heldout11 tests/eval/gold/aid_heldout12

Compare: how well each candidate way of telling decisions apart (the first rule, the modality, the body, the date
...) predicts which are right, as a Brier score: over the calibration sets, each set scored by shares measured on
the others (this chose sitreps.aid.confidence.Kind), and on test folders extracted with this tree:

    python benchmarks/calibrate_confidence.py compare --plan 9f87f75:tests/eval/gold/aid_heldout13,... \\
        --gold tests/eval/gold/aid_heldout11 tests/eval/gold/aid_heldout12
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from _common import ROOT, need_shared

from sitreps.aid.confidence import COLUMNS, PRIOR, TABLE_FILE, kind_of
from sitreps.aid.evaluate import CATEGORIES, AidScores, evaluate_aid, load_gold
from sitreps.model import Record, Span

TABLE = ROOT / "sitreps" / "aid" / "data" / TABLE_FILE
BANDS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)
THRESHOLDS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9)
_DUMP = """
import json, sys
from datetime import date
from pathlib import Path
import sitreps
from sitreps.config import load_settings
from sitreps.geo.gazetteer import open_gazetteer
from sitreps.model import Document
from sitreps.pipeline import extract_records
print("extracting with", sitreps.__file__, file=sys.stderr)
gaz = open_gazetteer(load_settings())
corpus = Path(sys.argv[1])
for doc in sys.argv[2:]:
    text = (corpus / doc).read_text(encoding="utf-8")
    for r in extract_records(Document(text, id=doc), gaz, report_date=date.fromisoformat(doc[:10])):
        if r.category in ("aid", "training", "decision"):
            print(json.dumps({"report": doc, **r.to_json()}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("mode", choices=("measure", "check", "compare"))
    parser.add_argument("--plan", action="append", default=[],
                        help="measure, compare: COMMIT:FOLDER[,FOLDER...], gold folders that commit had never seen")
    parser.add_argument("--gold", type=Path, nargs="+", default=[], help="check, compare: gold folders for this tree")
    parser.add_argument("--write", action="store_true", help=f"measure: write the counts to {TABLE.name}")
    args = parser.parse_args()
    corpus = need_shared() / "corpus" / "isw"
    if args.mode == "check":
        _check(_merged(_scores(None, args.gold, corpus)))
        return
    sets: dict[str, AidScores] = {}
    for step in args.plan:
        commit, _, folders = step.partition(":")
        sets.update(_scores(commit, [Path(f) for f in folders.split(",")], corpus))
    if args.mode == "measure":
        _measure(_merged(sets), args.plan, args.write)
    else:
        _compare(sets, _merged(_scores(None, args.gold, corpus)) if args.gold else None)


def _scores(at: str | None, folders: list[Path], corpus: Path) -> dict[str, AidScores]:
    """Per gold folder, its records as the code of commit ``at`` (or this tree) found them, judged."""
    golds = {folder.name: load_gold(folder) for folder in folders}
    with _code(at) as code:
        found = _extract(code, corpus, sorted(doc for gold in golds.values() for doc in gold))
    print(f"{sum(map(len, golds.values()))} reports from {', '.join(golds)}; code {at or 'of this tree'}")
    return {name: evaluate_aid(gold, corpus, lambda doc, _text, _report: found.get(doc, []))
            for name, gold in golds.items()}


def _merged(sets: dict[str, AidScores]) -> AidScores:
    merged = AidScores()
    for scores in sets.values():
        merged.merge(scores)
    return merged


def _measure(scores: AidScores, plan: list[str], write: bool) -> None:
    right: Counter[tuple[str, ...]] = Counter()
    made: Counter[tuple[str, ...]] = Counter()
    for record, ok in scores.judged:
        key = tuple(kind_of(record.category, record.rules, record.body, record.date_precision).row())
        made[key] += 1
        right[key] += ok
    rows = ["\t".join([*key, str(right[key]), str(n)]) for key, n in sorted(made.items())]
    print("\t".join(COLUMNS))
    for row in rows:
        print(row)
    if write:
        header = (f"# measured by benchmarks/calibrate_confidence.py on {date.today().isoformat()}: each commit on "
                  f"gold reports it had never seen: {' '.join(plan)}\n")
        TABLE.write_text(header + "\t".join(COLUMNS) + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
        print(f"wrote {TABLE}")


CANDIDATES: dict[str, Callable[[Record], object]] = {  # what a decision's confidence could tell records apart by
    "nothing": lambda r: None,
    "first rule": lambda r: r.rules[0],
    "modality": lambda r: r.modality,
    "body found": lambda r: r.body is not None,
    "act dated": lambda r: r.date_precision == "day",
    "first rule, body": lambda r: (r.rules[0], r.body is not None),
    "body, dated": lambda r: (r.body is not None, r.date_precision == "day"),
    "learned, dated": lambda r: (r.rules[0] == "dec.learned", r.date_precision == "day"),
    "learned, body, dated (shipped)": lambda r: kind_of(r.category, r.rules, r.body, r.date_precision),
}


def _compare(sets: dict[str, AidScores], test: AidScores | None) -> None:
    """Brier score of each candidate way to tell decisions apart: leave-one-set-out over the calibration sets
    (the choice), then, fitted on them all, on the test folders (the check)."""
    per_set = {name: [(r, ok) for r, ok in s.judged if r.category == "decision"] for name, s in sets.items()}
    everything = [x for xs in per_set.values() for x in xs]
    tested = [(r, ok) for r, ok in test.judged if r.category == "decision"] if test else []
    print(f"\ndecisions: {len(everything)} calibration records in {len(per_set)} sets; {len(tested)} test records")
    print("  told apart by                    left-out-set Brier  test Brier")
    for name, key in CANDIDATES.items():
        loso = [(_fitted(key, [x for other, xs in per_set.items() if other != held for x in xs])(r), ok)
                for held, records in per_set.items() for r, ok in records]
        share = _fitted(key, everything)
        on_test = [(share(r), ok) for r, ok in tested]
        print(f"  {name:32s} {_brier(loso):18.4f}  {_brier(on_test):10.4f}" if tested else
              f"  {name:32s} {_brier(loso):18.4f}")


def _fitted(key: Callable[[Record], object], records: list[tuple[Record, bool]]) -> Callable[[Record], float]:
    """The share right of each group of records, shrunk toward the share of all (as sitreps.aid.confidence does)."""
    every = sum(ok for _, ok in records) / len(records)
    tallies: dict[object, list[int]] = {}
    for r, ok in records:
        tally = tallies.setdefault(key(r), [0, 0])
        tally[0] += ok
        tally[1] += 1
    return lambda r: (tallies.get(key(r), [0, 0])[0] + PRIOR * every) / (tallies.get(key(r), [0, 0])[1] + PRIOR)


def _brier(scored: list[tuple[float, bool]]) -> float:
    return sum((p - ok) ** 2 for p, ok in scored) / len(scored) if scored else float("nan")


def _check(scores: AidScores) -> None:
    for category in CATEGORIES:
        judged = [(r.confidence, ok) for r, ok in scores.judged if r.category == category]
        gold = scores.correct[category].tp + scores.correct[category].fn
        if not judged:
            continue
        print(f"\n{category}: {len(judged)} records found, {gold} in the gold")
        print("  band        records  mean confidence  share right")
        for low, high in zip(BANDS, BANDS[1:]):
            band = [(c, ok) for c, ok in judged if low <= c < high]
            if band:
                mean = sum(c for c, _ in band) / len(band)
                share = sum(ok for _, ok in band) / len(band)
                print(f"  {low:.1f}-{min(high, 1.0):.1f}  {len(band):9d}  {mean:15.2f}  {share:11.2f}")
        mean = sum(c for c, _ in judged) / len(judged)
        share = sum(ok for _, ok in judged) / len(judged)
        print(f"  all       {len(judged):9d}  {mean:15.2f}  {share:11.2f}")
        print("  keep >=   records  precision  recall")
        for t in THRESHOLDS:
            kept = [ok for c, ok in judged if c >= t]
            if kept:
                print(f"  {t:.1f}     {len(kept):9d}  {sum(kept) / len(kept):9.2f}  "
                      f"{(sum(kept) / gold if gold else 0.0):6.2f}")


@contextmanager
def _code(at: str | None) -> Iterator[Path]:
    """The root of the code to extract with: this tree, or a temporary worktree of commit ``at``."""
    if at is None:
        yield ROOT
        return
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "code"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(tree), at], check=True)
        try:
            yield tree
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=True)


def _extract(code: Path, corpus: Path, docs: list[str]) -> dict[str, list[Record]]:
    """Records of the code at ``code`` (run in its own process, so it imports that code and its data)."""
    env = {**os.environ, "PYTHONPATH": str(code)}
    out = subprocess.run([sys.executable, "-c", _DUMP, str(corpus), *docs], cwd=code, env=env, check=True,
                         capture_output=True, text=True)
    print(out.stderr.strip().splitlines()[-1] if out.stderr.strip() else "", file=sys.stderr)
    found: dict[str, list[Record]] = {}
    for line in out.stdout.splitlines():
        row = json.loads(line)
        found.setdefault(row["report"], []).append(_record(row))
    return found


def _record(row: dict) -> Record:  # type: ignore[type-arg]
    evidence, quantity = row["evidence"], row.get("quantity")
    return Record(
        id=row["id"], doc=row["doc"], category=row["category"], subtype=row.get("subtype"), date=row.get("date"),
        date_end=row.get("date_end"), date_precision=row.get("date_precision") or "report",
        modality=row.get("modality") or "reported", source=row.get("source"), source_side=row.get("source_side"),
        places=(), evidence=Span(evidence["start"], evidence["end"]), evidence_text=evidence["text"],
        confidence=float(row.get("confidence") or 0.0), rules=tuple(row.get("provenance", {}).get("rules") or ()),
        donors=tuple(row.get("donors") or ()), recipient=row.get("recipient"), item=row.get("item"),
        item_class=row.get("item_class"), quantity=(quantity["value"], quantity["qualifier"]) if quantity else None,
        status=row.get("status"), due=row.get("due"), persons=tuple(row.get("persons") or ()), role=row.get("role"),
        body=row.get("body"),
    )


if __name__ == "__main__":
    main()
