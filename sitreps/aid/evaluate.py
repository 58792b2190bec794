"""Measure aid, training and decision records against a gold set (tests/eval/gold/aid, see its
GUIDELINES.md). A predicted record matches a gold one of the same category in the same sentence
(for aid, naming the same item, read through the catalogue). F1 counts a match as right only when
the fields the issue names are right too: for aid donors, item, quantity and status; for training
donors; for decisions the subtype. Detection F1 (the match alone) is reported beside it, and so is the share
of matched records whose other fields agree with the gold ("fields"): for decisions the persons (by surname),
the role and the deciding body (names compared word by word, so "Putin" agrees with "Russian President Vladimir
Putin"), and for every category the date and modality.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from rapidfuzz import fuzz

from sitreps.aid.catalogue import load_catalogue, name_words
from sitreps.model import Record
from sitreps.scoring import Agreement, Extractor, Tally, load_gold_rows

CATEGORIES = ("aid", "training", "decision")
FIELDS = {
    "aid": ("donors", "quantity", "status", "due", "date", "modality"),
    "training": ("donors", "recipient", "date", "modality"),
    "decision": ("persons", "role", "body", "date", "modality"),
}
SAME_NAME = 80  # rapidfuzz token_set_ratio at or above which two written names are the same


@dataclass
class AidScores:
    detected: dict[str, Tally] = field(default_factory=lambda: {c: Tally() for c in CATEGORIES})
    correct: dict[str, Tally] = field(default_factory=lambda: {c: Tally() for c in CATEGORIES})
    fields: dict[str, dict[str, Agreement]] = field(
        default_factory=lambda: {c: {f: Agreement() for f in FIELDS[c]} for c in CATEGORIES})
    errors: list[str] = field(default_factory=list)
    judged: list[tuple[Record, bool]] = field(default_factory=list)  # every record found, and whether it is right

    def merge(self, other: AidScores) -> None:
        """Add another set of reports' counts to these (cross-validation folds)."""
        for c in CATEGORIES:
            self.detected[c].add(other.detected[c])
            self.correct[c].add(other.correct[c])
            for name, agreement in self.fields[c].items():
                agreement.right += other.fields[c][name].right
                agreement.total += other.fields[c][name].total
        self.errors += other.errors
        self.judged += other.judged

    def summary(self) -> dict[str, object]:
        """Per category: counts, F1, precision, recall and field agreement; a figure with nothing to measure
        (no record in the gold and none found; no matched record for a field) is None, not 0."""
        return {c: self._category(c) for c in CATEGORIES}

    def _category(self, c: str) -> dict[str, object]:
        gold, found = self.detected[c].tp + self.detected[c].fn, self.detected[c].tp + self.detected[c].fp
        measured = bool(gold or found)
        return {"gold": gold, "found": found,
                "detection_f1": _rounded(self.detected[c].f1, measured), "f1": _rounded(self.correct[c].f1, measured),
                "precision": _rounded(self.correct[c].precision, measured),
                "recall": _rounded(self.correct[c].recall, measured),
                "fields": {f: _rounded(a.share, a.total > 0) for f, a in self.fields[c].items()}}


def _rounded(value: float, measured: bool) -> float | None:
    return round(value, 3) if measured else None


load_gold = load_gold_rows



def evaluate_aid(gold: dict[str, list[dict[str, object]]], corpus: Path, extract: Extractor) -> AidScores:
    scores = AidScores()
    for doc, rows in sorted(gold.items()):
        text = (corpus / doc).read_text(encoding="utf-8")
        report = date.fromisoformat(doc[:10]) if doc[:4].isdigit() else None
        predicted = [r for r in extract(doc, text, report) if r.category in CATEGORIES]
        used: set[int] = set()
        for g in rows:
            category = str(g["category"])
            if category not in CATEGORIES:
                continue
            candidates = [i for i, r in enumerate(predicted) if i not in used and _same(r, g)]
            # "X replaced Y" is an appointment and a dismissal in one sentence: pair like with like
            match = next((i for i in candidates if _right(predicted[i], g)), candidates[0] if candidates else None)
            if match is None:
                scores.detected[category].fn += 1
                scores.correct[category].fn += 1
                scores.errors.append(f"missed {doc}:{g['evidence_start']} {category} {g.get('item')}: "
                                     f"{text[int(g['evidence_start']):int(g['evidence_end'])][:110]}")  # type: ignore[arg-type]
                continue
            used.add(match)
            scores.detected[category].tp += 1
            for name, agreement in scores.fields[category].items():
                agreement.add(_field_agrees(name, predicted[match], g))
            scores.judged.append((predicted[match], _right(predicted[match], g)))
            if _right(predicted[match], g):
                scores.correct[category].tp += 1
            else:
                scores.correct[category].fn += 1
                scores.correct[category].fp += 1
                r = predicted[match]
                scores.errors.append(f"wrong {doc}:{g['evidence_start']} {category}: gold {g.get('donors')} "
                                     f"{g.get('item')} {g.get('quantity')} {g.get('status')} {g.get('subtype')} | got "
                                     f"{list(r.donors)} {r.item} {r.quantity} {r.status} {r.subtype}")
        for i, r in enumerate(predicted):
            if i not in used:
                scores.judged.append((r, False))
                scores.detected[r.category].fp += 1
                scores.correct[r.category].fp += 1
                scores.errors.append(f"extra {doc}:{r.evidence.start} {r.category} {r.item}: {r.evidence_text[:110]}")
    return scores


def _same(r: Record, g: dict[str, object]) -> bool:
    if r.category != g["category"]:
        return False
    if not (r.evidence.start < int(g["evidence_end"]) and int(g["evidence_start"]) < r.evidence.end):  # type: ignore[arg-type]
        return False
    return r.category != "aid" or _item_key(r.item) == _item_key(g.get("item"))  # type: ignore[arg-type]


def _right(r: Record, g: dict[str, object]) -> bool:
    if r.category == "decision":
        return r.subtype == g.get("subtype")
    if set(r.donors) != set(g.get("donors") or []):  # type: ignore[arg-type]
        return False
    if r.category == "training":
        return True
    quantity = g.get("quantity")
    gold_value = quantity.get("value") if isinstance(quantity, dict) else None
    return (r.quantity[0] if r.quantity else None) == gold_value and r.status == g.get("status")


def _field_agrees(name: str, r: Record, g: dict[str, object]) -> bool:
    gold = g.get(name)
    if name == "persons":
        return {_surname(p) for p in r.persons} == {_surname(str(p)) for p in gold or []}  # type: ignore[union-attr]
    if name in ("role", "body"):
        got = getattr(r, name)
        return got == gold if not (got and gold) else fuzz.token_set_ratio(got.lower(), str(gold).lower()) >= SAME_NAME
    if name == "donors":
        return set(r.donors) == set(gold or [])  # type: ignore[arg-type]
    if name == "date":  # as the events evaluator: a gold date left empty agrees with any date not stated to the day
        return r.date == gold or (gold is None and r.date_precision != "day")
    if name == "quantity":
        return r.quantity == ((gold["value"], gold["qualifier"]) if isinstance(gold, dict) else None)
    return getattr(r, name) == gold


def _surname(name: str) -> str:
    words = name_words(name)
    return words[-1] if words else ""


def _item_key(item: str | None) -> str | None:
    if not item:
        return None
    system = load_catalogue().lookup(item)
    return system.id if system else "".join(name_words(item))
