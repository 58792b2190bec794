from datetime import date

import pytest

from sitreps.events.dates import fact_date
from sitreps.ingest.dates import infer_report_date, war_day


def test_dates_war_day_one_is_the_invasion() -> None:
    assert war_day(1) == date(2022, 2, 24)
    assert war_day(100) == date(2022, 6, 3)


@pytest.mark.parametrize(
    ("text", "kwargs", "expected"),
    [
        ("June 15, 6pm ET\nRussian forces...", {"name": "2022-06-15.txt"}, date(2022, 6, 15)),
        ("January 15, 7:45 pm ET\nIn 2023 Russian forces...", {}, date(2023, 1, 15)),
        ("Day 100 of the war. Russian forces...", {}, date(2022, 6, 3)),
        ("Russian forces attacked.", {"published": "2022-08-01T10:00:00Z"}, date(2022, 8, 1)),
        ("No date here at all.", {}, None),
    ],
)
def test_dates_report_date_from_metadata_name_or_text(text: str, kwargs: dict, expected: date | None) -> None:
    assert infer_report_date(text, **kwargs) == expected


@pytest.mark.parametrize(
    ("sentence", "value", "precision"),
    [
        ("On June 12 Russian forces attacked.", date(2022, 6, 12), "day"),
        ("Russian forces have shelled it since 12 June.", date(2022, 6, 12), "day"),
        ("Strikes overnight on June 13-14 hit Odesa.", date(2022, 6, 14), "day"),
        ("Strikes on the night of 13 to 14 June hit Odesa.", date(2022, 6, 14), "day"),
        ("Russian forces attacked Bakhmut.", date(2022, 6, 15), "report"),
        ("Fighting intensified in recent days.", date(2022, 6, 15), "week"),
        ("The offensive will resume next week.", date(2022, 6, 22), "week"),
    ],
)
def test_dates_fact_date_reads_the_sentence(sentence: str, value: date, precision: str) -> None:
    found = fact_date(sentence, date(2022, 6, 15))
    assert (found.value, found.precision) == (value, precision)


def test_dates_last_spring_is_a_season_with_an_end() -> None:
    found = fact_date("Russia began planning this last spring.", date(2022, 6, 15))
    assert found.precision == "season"
    assert found.value == date(2021, 4, 1) and found.end == date(2021, 6, 30)


def test_dates_december_fact_in_a_january_report_is_last_year() -> None:
    assert fact_date("On December 30 strikes hit Kyiv.", date(2023, 1, 2)).value == date(2022, 12, 30)
