"""Calibrate and check the confidence of aid, training and decision records (sitreps.aid.confidence).

Measure: run the extractor of a commit over annotated reports that commit had never seen, and count per
(category, reader) how many records it made and how many were right (sitreps.aid.evaluate's test). Each
``--plan COMMIT:FOLDER[,FOLDER...]`` checks the commit out in a temporary git worktree and extracts those gold
folders' reports with its code, so the counts are those of a reader meeting the reports for the first time;
``--write`` stores the summed counts as the shipped table. The shipped table comes from:

    python benchmarks/calibrate_confidence.py measure --write --plan 4cd5553:tests/eval/gold/aid_heldout11 \\
        --plan 9f87f75:$(echo tests/eval/gold/aid_heldout{12,13,14,15,16,17,18,19,20,21,22} | tr ' ' ,)

Check: with the code of this tree, on other annotated reports, compare each record's confidence with the
share right, by confidence band, and give precision and recall when only records at or above a threshold are
kept:

    python benchmarks/calibrate_confidence.py check --gold tests/eval/gold/aid_heldout23 ...
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from _common import ROOT, need_shared

from sitreps.aid.confidence import TABLE_FILE
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
    parser.add_argument("mode", choices=("measure", "check"))
    parser.add_argument("--plan", action="append", default=[],
                        help="measure: COMMIT:FOLDER[,FOLDER...], gold folders that commit had never seen")
    parser.add_argument("--gold", type=Path, nargs="+", default=[], help="check: gold folders")
    parser.add_argument("--write", action="store_true", help=f"measure: write the counts to {TABLE.name}")
    args = parser.parse_args()
    corpus = need_shared() / "corpus" / "isw"
    if args.mode == "check":
        _check(_scores(None, args.gold, corpus))
        return
    scores = AidScores()
    for step in args.plan:
        commit, _, folders = step.partition(":")
        scores.merge(_scores(commit, [Path(f) for f in folders.split(",")], corpus))
    _measure(scores, args.plan, args.write)


def _scores(at: str | None, folders: list[Path], corpus: Path) -> AidScores:
    gold = {doc: rows for folder in folders for doc, rows in load_gold(folder).items()}
    with _code(at) as code:
        found = _extract(code, corpus, sorted(gold))
    print(f"{len(gold)} reports from {', '.join(f.name for f in folders)}; code {at or 'of this tree'}")
    return evaluate_aid(gold, corpus, lambda doc, _text, _report: found.get(doc, []))


def _measure(scores: AidScores, plan: list[str], write: bool) -> None:
    right: Counter[tuple[str, str]] = Counter()
    made: Counter[tuple[str, str]] = Counter()
    for record, ok in scores.judged:
        key = (record.category, record.rules[0] if record.rules else "")
        made[key] += 1
        right[key] += ok
    rows = [f"{c}\t{reader}\t{right[(c, reader)]}\t{n}" for (c, reader), n in sorted(made.items())]
    for row in rows:
        print(row)
    if write:
        header = (f"# measured by benchmarks/calibrate_confidence.py on {date.today().isoformat()}: each commit on "
                  f"gold reports it had never seen: {' '.join(plan)}\n")
        TABLE.write_text(header + "category\treader\tright\tfound\n" + "\n".join(rows) + "\n", encoding="utf-8")
        print(f"wrote {TABLE}")


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
