"""How well two annotators agree on aid, training and decision records (tests/eval/gold/aid_second against
tests/eval/gold/aid), scored exactly as the extractor is scored (`sitreps evaluate aid`).

    python benchmarks/aid_agreement.py
"""

from __future__ import annotations

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
            date=None, date_end=None, date_precision="report", modality="reported", source=None, source_side=None,
            places=(), evidence=Span(int(g["evidence_start"]), int(g["evidence_end"])),  # type: ignore[arg-type]
            evidence_text="", confidence=1.0, donors=tuple(g.get("donors") or ()),  # type: ignore[arg-type]
            recipient=g.get("recipient"), item=g.get("item"),  # type: ignore[arg-type]
            quantity=(q["value"], q["qualifier"]) if isinstance(q, dict) else None, status=g.get("status"),  # type: ignore[arg-type]
        ))
    return out


def main() -> None:
    corpus = need_shared() / "corpus" / "isw"
    second = load_gold(ROOT / "tests" / "eval" / "gold" / "aid_second")
    first = {doc: rows for doc, rows in load_gold(ROOT / "tests" / "eval" / "gold" / "aid").items() if doc in second}
    predicted = {doc: as_records(rows) for doc, rows in second.items()}
    scores = evaluate_aid(first, corpus, lambda doc, text, report: predicted.get(doc, []))
    print(f"reports: {', '.join(sorted(first))}")
    for category, summary in scores.summary().items():
        print(f"  {category:<9} {json.dumps(summary)}")


if __name__ == "__main__":
    main()
