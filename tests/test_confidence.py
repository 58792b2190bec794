"""How far to trust an aid, training or decision record (sitreps.aid.confidence): the share right of its
reader's records on reports it had never seen, shrunk toward its category's when the reader made few."""

from datetime import date

from sitreps.aid.confidence import PRIOR, Calibration, load_calibration
from sitreps.geo.gazetteer import Gazetteer
from sitreps.model import Document
from sitreps.pipeline import extract_records

TABLE = Calibration.from_rows([
    ["decision", "dec.law", "90", "100"],
    ["decision", "dec.learned", "1", "4"],
    ["aid", "aid.pledge", "3", "3"],
])


def test_a_reader_seen_often_is_trusted_as_far_as_it_was_right() -> None:
    assert TABLE.confidence("decision", "dec.law") == 0.90  # 90 of 100; its category (91 of 104) pulls it little


def test_a_reader_seen_rarely_leans_on_its_category() -> None:
    category = (91 + PRIOR * 94 / 107) / (104 + PRIOR)  # decisions, themselves pulled toward all records
    learned = (1 + PRIOR * category) / (4 + PRIOR)
    assert TABLE.confidence("decision", "dec.learned") == round(learned, 2)
    assert 0.25 < learned < category  # 1 of 4 alone says little


def test_a_reader_never_measured_takes_its_category_share() -> None:
    assert TABLE.confidence("decision", "dec.appoint") == round((91 + PRIOR * 94 / 107) / (104 + PRIOR), 2)


def test_three_right_of_three_is_not_certainty() -> None:
    assert TABLE.confidence("aid", "aid.pledge") < 0.97


def test_a_category_never_measured_has_no_calibrated_confidence() -> None:
    assert TABLE.confidence("training", "train.train") is None
    assert Calibration({}).confidence("decision", "dec.law") is None


def test_the_shipped_table_gives_records_their_readers_measured_confidence(gaz: Gazetteer) -> None:
    text = "Russian President Vladimir Putin signed a law on September 24 that increases penalties for desertion."
    records = [r for r in extract_records(Document(text=text, id="t"), gaz, report_date=date(2022, 9, 25))
               if r.category == "decision"]
    assert len(records) == 1
    expected = load_calibration().confidence("decision", records[0].rules[0])
    assert expected is not None and records[0].confidence == expected
