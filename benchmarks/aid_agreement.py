"""How well two annotators agree on aid, training and decision records, scored exactly as the extractor
is scored (`sitreps evaluate aid`): the second annotation is read as if an extractor had produced it. By
default tests/eval/gold/aid_second against tests/eval/gold/aid (4 development reports); held-out sets 8 and 11
have a second annotation too. Dates, modality, persons, role and body are carried over, so field agreement is the
annotators' too.

    python benchmarks/aid_agreement.py [--first aid_heldout8 --second aid_heldout8_second]
    python benchmarks/aid_agreement.py --first aid_heldout11 --second aid_heldout11_second
"""

from __future__ import annotations

import argparse
import json

from _common import ROOT, need_shared

from sitreps.aid.evaluate import evaluate_aid, load_gold
from sitreps.model import Record, Span


def as_records(rows: list[dict[str, object]]) -> list[Record]:
    """Gold rows read as if an extractor had produced them."""
    out = []
    for g in rows:
        q = g.get("quantity")
        out.append(Record(
            id="second", doc=str(g["doc"]), category=str(g["category"]), subtype=g.get("subtype"),  # type: ignore[arg-type]
            date=_str(g.get("date")), date_end=None, date_precision=str(g.get("date_precision") or "report"),
            modality=str(g.get("modality") or "reported"), source=_str(g.get("source")),
            source_side=_str(g.get("source_side")),
            places=(), evidence=Span(int(g["evidence_start"]), int(g["evidence_end"])),  # type: ignore[arg-type]
            evidence_text="", confidence=1.0, donors=tuple(g.get("donors") or ()),  # type: ignore[arg-type]
            recipient=g.get("recipient"), item=g.get("item"),  # type: ignore[arg-type]
            quantity=(q["value"], q["qualifier"]) if isinstance(q, dict) else None, status=g.get("status"),  # type: ignore[arg-type]
            due=_str(g.get("due")), persons=tuple(str(p) for p in g.get("persons") or ()),  # type: ignore[union-attr]
            role=_str(g.get("role")), body=_str(g.get("body")),
        ))
    return out


def _str(value: object) -> str | None:
    return None if value is None else str(value)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--first", default="aid", help="folder under tests/eval/gold: the reference annotation")
    parser.add_argument("--second", default="aid_second", help="folder under tests/eval/gold: the other annotation")
    args = parser.parse_args()
    corpus = need_shared() / "corpus" / "isw"
    gold = ROOT / "tests" / "eval" / "gold"
    second = load_gold(gold / args.second)
    first = {doc: rows for doc, rows in load_gold(gold / args.first).items() if doc in second}
    predicted = {doc: as_records(rows) for doc, rows in second.items()}
    scores = evaluate_aid(first, corpus, lambda doc, text, report: predicted.get(doc, []))
    print(f"reports: {', '.join(sorted(first))}")
    for category, summary in scores.summary().items():
        print(f"  {category:<9} {json.dumps(summary)}")


if __name__ == "__main__":
    main()
