"""How aid, training and decision records are scored against a gold set (sitreps.aid.evaluate)."""

from datetime import date
from pathlib import Path

from sitreps.aid.evaluate import evaluate_aid
from sitreps.geo.gazetteer import Gazetteer
from sitreps.model import Document, Record
from sitreps.pipeline import extract_records
from sitreps.scoring import Extractor

TEXT = "Russian President Vladimir Putin appointed Colonel General Sergei Surovikin as commander of the joint grouping."


def _gold(**fields: object) -> dict[str, object]:
    row: dict[str, object] = {
        "doc": "2022-10-08.txt", "category": "decision", "subtype": "appointment", "evidence_start": 0,
        "evidence_end": len(TEXT), "persons": ["Surovikin"], "role": "commander of the joint grouping",
        "body": "Putin", "date": "2022-10-08", "modality": "reported",
    }
    row.update(fields)
    return row


def _report_in(tmp_path: Path, gaz: Gazetteer) -> Extractor:
    """Writes the report to score into ``tmp_path`` and gives the extractor to score it with."""
    (tmp_path / "2022-10-08.txt").write_text(TEXT, encoding="utf-8")

    def run(doc: str, text: str, report: date | None) -> list[Record]:
        return extract_records(Document(text=text, id=doc), gaz, report_date=report)

    return run


def _score(gaz: Gazetteer, tmp_path: Path, row: dict[str, object]) -> dict[str, object]:
    run = _report_in(tmp_path, gaz)
    return evaluate_aid({"2022-10-08.txt": [row]}, tmp_path, run).summary()["decision"]  # type: ignore[return-value]


def test_fields_agree_by_surname_and_by_the_words_of_a_name(gaz: Gazetteer, tmp_path: Path) -> None:
    scores = _score(gaz, tmp_path, _gold())
    assert scores["f1"] == 1.0
    # "Surovikin" is "Sergei Surovikin"; "Putin" is "Vladimir Putin"
    assert scores["fields"] == {"persons": 1.0, "role": 1.0, "body": 1.0, "date": 1.0, "modality": 1.0}


def test_a_wrong_field_lowers_its_agreement_but_not_the_f1(gaz: Gazetteer, tmp_path: Path) -> None:
    scores = _score(gaz, tmp_path, _gold(persons=["Gerasimov"], body="State Duma", modality="claimed"))
    assert scores["f1"] == 1.0  # a decision is right by its subtype
    assert scores["fields"] == {"persons": 0.0, "role": 1.0, "body": 0.0, "date": 1.0, "modality": 0.0}


def test_merged_folds_count_every_record_and_field(gaz: Gazetteer, tmp_path: Path) -> None:
    run = _report_in(tmp_path, gaz)
    right = evaluate_aid({"2022-10-08.txt": [_gold()]}, tmp_path, run)
    wrong = evaluate_aid({"2022-10-08.txt": [_gold(body="State Duma")]}, tmp_path, run)
    right.merge(wrong)
    decision = right.summary()["decision"]
    assert (decision["gold"], decision["fields"]["body"]) == (2, 0.5)  # type: ignore[index]


def test_a_category_with_nothing_to_find_and_nothing_found_has_no_score(gaz: Gazetteer, tmp_path: Path) -> None:
    run = _report_in(tmp_path, gaz)
    training = evaluate_aid({"2022-10-08.txt": [_gold()]}, tmp_path, run).summary()["training"]
    assert training == {"gold": 0, "found": 0, "detection_f1": None, "f1": None, "precision": None, "recall": None,
                        "fields": {"donors": None, "recipient": None, "date": None, "modality": None}}


def test_every_record_found_is_judged_once_right_or_not(gaz: Gazetteer, tmp_path: Path) -> None:
    run = _report_in(tmp_path, gaz)
    right = evaluate_aid({"2022-10-08.txt": [_gold()]}, tmp_path, run)
    wrong_subtype = evaluate_aid({"2022-10-08.txt": [_gold(subtype="dismissal")]}, tmp_path, run)
    not_in_gold = evaluate_aid({"2022-10-08.txt": []}, tmp_path, run)
    assert [ok for _, ok in right.judged] == [True]
    assert [ok for _, ok in wrong_subtype.judged] == [False]
    assert [ok for _, ok in not_in_gold.judged] == [False]


def test_an_empty_gold_date_agrees_with_a_date_the_text_does_not_state(gaz: Gazetteer, tmp_path: Path) -> None:
    undated = "Russian President Vladimir Putin appointed Colonel General Sergei Surovikin as commander of the grouping."
    (tmp_path / "2022-10-08.txt").write_text(undated, encoding="utf-8")

    def run(doc: str, text: str, report: date | None) -> list[Record]:
        return extract_records(Document(text=text, id=doc), gaz, report_date=report)

    row = _gold(evidence_end=len(undated), date=None)
    summary = evaluate_aid({"2022-10-08.txt": [row]}, tmp_path, run).summary()["decision"]
    assert summary["fields"]["date"] == 1.0  # type: ignore[index]  # the report's date stands in, at precision "report"
