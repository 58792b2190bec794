"""How far to trust an aid, training or decision record (sitreps.aid.confidence): the share right of records of
its kind on reports the extractor had never seen, shrunk toward its category's when the kind was seen rarely."""

from datetime import date

from sitreps.aid.confidence import PRIOR, Calibration, Kind, kind_of, load_calibration
from sitreps.geo.gazetteer import Gazetteer
from sitreps.model import Document
from sitreps.pipeline import extract_records

CUE_DATED = Kind("decision", learned=False, body=True, dated=True)
LEARNED = Kind("decision", learned=True, body=False, dated=False)
TABLE = Calibration.from_rows([
    ["decision", "no", "yes", "yes", "90", "100"],
    ["decision", "yes", "no", "no", "1", "4"],
    ["aid", "no", "no", "no", "3", "3"],
])
DECISIONS = (91 + PRIOR * 94 / 107) / (104 + PRIOR)  # 91 of 104, pulled toward all records' 94 of 107


def test_a_kind_seen_often_is_trusted_as_far_as_it_was_right() -> None:
    assert TABLE.confidence(CUE_DATED) == 0.90  # 90 of 100; its category pulls it little


def test_a_kind_seen_rarely_leans_on_its_category() -> None:
    learned = (1 + PRIOR * DECISIONS) / (4 + PRIOR)
    assert TABLE.confidence(LEARNED) == round(learned, 2)
    assert 0.25 < learned < DECISIONS  # 1 of 4 alone says little


def test_a_kind_never_measured_takes_its_category_share() -> None:
    undated = Kind("decision", learned=False, body=True, dated=False)
    assert TABLE.confidence(undated) == round(DECISIONS, 2)


def test_three_right_of_three_is_not_certainty() -> None:
    assert (TABLE.confidence(Kind("aid", learned=False, body=False, dated=False)) or 1.0) < 0.97


def test_a_category_never_measured_has_no_calibrated_confidence() -> None:
    assert TABLE.confidence(Kind("training", learned=False, body=False, dated=False)) is None
    assert Calibration({}).confidence(CUE_DATED) is None


def test_a_records_kind_comes_from_its_first_rule_its_body_and_its_date() -> None:
    assert kind_of("decision", ("dec.learned",), None, "report") == LEARNED
    assert kind_of("decision", ("dec.law", "src.ua-gs"), "Putin", "day") == CUE_DATED
    assert CUE_DATED.row() == ["decision", "no", "yes", "yes"]


def test_the_shipped_table_gives_each_record_its_kinds_measured_confidence(gaz: Gazetteer) -> None:
    text = "Russian President Vladimir Putin signed a law on September 24 that increases penalties for desertion."
    [record] = [r for r in extract_records(Document(text=text, id="t"), gaz, report_date=date(2022, 9, 25))
                if r.category == "decision"]
    kind = kind_of(record.category, record.rules, record.body, record.date_precision)
    assert kind == CUE_DATED
    assert record.confidence == load_calibration().confidence(kind)
