"""The aid ledger: one line per donor x item with pledged, authorised, delivered and expected quantities
kept apart, the latest status and date, and the evidence (document and offsets) behind every figure.
When a later report says a pledge was delivered, the delivered column shows it next to the pledge.
A figure restated in later reports (or in a report's key takeaways and again in its body) is counted
once; its evidence says which sentences were counted."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from sitreps import errors
from sitreps.model import SCHEMA, Record, Span

_COLUMNS = {"pledged": "pledged", "announced": "pledged", "authorised": "authorised", "delivered": "delivered",
            "expected": "expected", "refused": "refused"}


_FIGURES = ("pledged", "authorised", "delivered", "expected")


@dataclass
class LedgerLine:
    donor: str
    recipient: str
    item: str
    item_class: str | None
    quantities: dict[str, int] = field(default_factory=dict)  # column -> sum over distinct acts
    acts: set[tuple[str, int]] = field(default_factory=set)  # (column, quantity) already counted
    latest_status: str | None = None
    latest_date: str | None = None
    due: str | None = None  # the latest date by which something promised is to arrive
    evidence: list[dict[str, object]] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        """Quantities are numbers or null: null when the column was never reported, and also when it was
        reported only without a number ("the US pledged Patriots"); ``reported`` lists the columns reported."""
        return {
            "donor": self.donor, "recipient": self.recipient, "item": self.item, "item_class": self.item_class,
            **{column: self.quantities.get(column) or None for column in _FIGURES},
            "reported": [column for column in _FIGURES if column in self.quantities],
            "refused": "refused" in self.quantities,
            "latest_status": self.latest_status, "latest_date": self.latest_date, "due": self.due,
            "evidence": self.evidence,
        }


def build_ledger(records: list[Record], sources: dict[str, str] | None = None) -> list[LedgerLine]:
    """One line per donor x recipient x item; ``sources`` maps a record's document id to the file it
    came from (shown with each figure's evidence)."""
    lines: dict[tuple[str, str, str], LedgerLine] = {}
    for r in sorted(records, key=lambda r: (r.date or "", r.doc, r.evidence.start)):
        if r.category != "aid":
            continue
        item = r.item or "(unspecified aid)"
        recipient = r.recipient or "UA"
        for donor in r.donors or ("(unknown donor)",):
            line = lines.setdefault((donor, recipient, item), LedgerLine(donor, recipient, item, r.item_class))
            column = _COLUMNS.get(r.status or "", "pledged")
            counted = _count(line, column, r)
            line.latest_status, line.latest_date = r.status, r.date
            if r.due and column != "delivered":
                line.due = max(line.due or r.due, r.due)
            line.evidence.append({"doc": r.doc, "source": (sources or {}).get(r.doc), "start": r.evidence.start,
                                  "end": r.evidence.end, "text": r.evidence_text, "status": r.status,
                                  "quantity": r.quantity[0] if r.quantity else None, "date": r.date,
                                  "due": r.due, "counted": counted})
    return sorted(lines.values(), key=lambda line: (line.recipient != "UA", line.recipient, line.donor, line.item))


def aid_records_from_jsonl(lines: Iterable[bytes], where: str) -> tuple[list[Record], list[errors.SitrepsError]]:
    """The aid records in the lines of a file that `sitreps extract --format jsonl` wrote (other categories
    are skipped), read back with the fields the ledger uses, and one coded error per line that is not such
    a record. Lines are read one at a time, so a file of any size can be given."""
    records: list[Record] = []
    failures: list[errors.SitrepsError] = []
    read = 0
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        read += 1
        try:
            line = raw.decode("utf-8-sig")
        except UnicodeDecodeError as err:
            failures.append(errors.encoding_error(f"{where}:{number}", err))
            continue
        try:
            row = json.loads(line)
            if not isinstance(row, dict) or row.get("schema") != SCHEMA:
                raise ValueError(f'not an object with "schema": "{SCHEMA}"')
            if row.get("category") == "aid":
                records.append(_aid_record(row))
        except (ValueError, KeyError, TypeError) as err:
            failures.append(errors.MalformedInput(
                f"{where}:{number} is not a record ({err}); give the output of `sitreps extract --format jsonl`."))
    if not read:
        failures.append(errors.empty_input(where))
    return records, failures


def _aid_record(row: dict[str, object]) -> Record:
    evidence = row["evidence"]
    quantity = row.get("quantity")
    if not isinstance(evidence, dict) or not (quantity is None or isinstance(quantity, dict)):
        raise TypeError("evidence must be an object and quantity an object or null")
    return Record(
        id=str(row["id"]), doc=str(row["doc"]), category="aid", subtype=_str(row.get("subtype")),
        date=_str(row.get("date")), date_end=_str(row.get("date_end")),
        date_precision=str(row.get("date_precision") or "report"), modality=str(row.get("modality") or "reported"),
        source=_str(row.get("source")), source_side=_str(row.get("source_side")), places=(),
        evidence=Span(int(evidence["start"]), int(evidence["end"])), evidence_text=str(evidence["text"]),
        confidence=float(row.get("confidence") or 0.0), donors=tuple(str(d) for d in row.get("donors") or ()),  # type: ignore[attr-defined]
        recipient=_str(row.get("recipient")), item=_str(row.get("item")), item_class=_str(row.get("item_class")),
        quantity=(int(quantity["value"]), str(quantity["qualifier"])) if quantity else None,
        status=_str(row.get("status")), due=_str(row.get("due")),
    )


def _str(value: object) -> str | None:
    return None if value is None else str(value)


_NEW_ACT = re.compile(r"\b(?:additional|another|further|more|new|second|third|fourth|next|latest)\b", re.I)


def _count(line: LedgerLine, column: str, r: Record) -> bool:
    """Add a record's quantity to its column unless it repeats a figure already counted: reports restate
    a pledge day after day ("the US pledged 4 HIMARS"), and only "4 additional HIMARS" is a new act.
    True when the figure was added."""
    if not r.quantity:
        line.quantities.setdefault(column, 0)
        return False
    act = (column, r.quantity[0])
    if act in line.acts and not _NEW_ACT.search(r.evidence_text):
        return False
    line.acts.add(act)
    line.quantities[column] = line.quantities.get(column, 0) + r.quantity[0]
    return True


def render_ledger(lines: list[LedgerLine], fmt: str) -> str:
    rows = [line.to_json() for line in lines]
    if fmt == "jsonl":
        return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(["donor", "recipient", "item", "item_class", "pledged", "authorised", "delivered", "expected",
                         "reported", "refused", "latest_status", "latest_date", "due", "evidence"])
        for row in rows:
            evidence = ";".join(f"{e['source'] or e['doc']}:{e['start']}-{e['end']}"
                                for e in row["evidence"])  # type: ignore[union-attr]
            writer.writerow([row["donor"], row["recipient"], row["item"], row["item_class"], row["pledged"], row["authorised"],
                             row["delivered"], row["expected"], ";".join(row["reported"]),  # type: ignore[arg-type]
                             row["refused"], row["latest_status"],
                             row["latest_date"], row["due"], evidence])
        return out.getvalue()
    donor_w = max([5, *(len(str(row["donor"])) for row in rows)])
    item_w = min(44, max([4, *(len(str(row["item"])) for row in rows)]))  # a table a person reads: no cut names
    header = (f"{'donor':<{donor_w}} {'to':<3} {'item':<{item_w}} {'pledged':>8} {'authorised':>10} {'delivered':>9} "
              f"{'expected':>8}  latest")
    body = [
        f"{row['donor']:<{donor_w}} {row['recipient']:<3} {str(row['item'])[:item_w]:<{item_w}} {_n(row, 'pledged'):>8} "
        f"{_n(row, 'authorised'):>10} {_n(row, 'delivered'):>9} {_n(row, 'expected'):>8}  {row['latest_status']} "
        f"{row['latest_date'] or ''}{', due ' + str(row['due']) if row['due'] else ''}"
        for row in rows
    ]
    legend = "(? = reported without a number, - = not reported; --format jsonl or csv gives the evidence)"
    return "\n".join([header, *body, legend]) + "\n"


def _n(row: dict[str, object], column: str) -> str:
    if column not in row["reported"]:  # type: ignore[operator]
        return "-"
    return "?" if row[column] is None else str(row[column])
