"""Delivery schedules: the tranches of a promise, each due by the end of its period; and how long an extension runs."""

from datetime import date

import pytest

from sitreps.aid.schedule import _PERIOD, extension_end, period_end, read_schedule

GEPARDS = ("Germany will deliver 50 Gepard self-propelled anti-aircraft guns to Ukraine: the first 10 in the "
           "autumn, up to 40 by the end of the year, the rest in the first half of next year.")


def test_each_tranche_has_its_number_and_the_end_of_its_period() -> None:
    tranches = read_schedule(GEPARDS, GEPARDS.index("Gepard"), date(2022, 6, 15))
    assert [(t.quantity, t.due) for t in tranches] == [
        ((10, "exact"), "2022-11-30"),
        ((40, "up_to"), "2022-12-31"),
        (None, "2023-06-30"),  # "the rest": what is left, no number of its own
    ]
    assert GEPARDS[slice(*tranches[0].span)] == "the first 10 in the autumn"


@pytest.mark.parametrize(
    ("phrase", "report", "due"),
    [
        ("by the end of the year", date(2022, 6, 15), "2022-12-31"),
        ("in the first half of next year", date(2022, 6, 15), "2023-06-30"),
        ("in the second quarter", date(2022, 3, 1), "2022-06-30"),
        ("in the spring", date(2022, 7, 1), "2023-05-31"),  # this spring has passed
        ("in the winter", date(2022, 7, 1), "2023-02-28"),  # winter ends in the next February
        ("in the winter", date(2022, 1, 10), "2022-02-28"),
        ("in June", date(2022, 8, 1), "2023-06-30"),  # June has passed
        ("by November", date(2022, 8, 1), "2022-11-30"),
        ("in 2024", date(2022, 8, 1), "2024-12-31"),
        ("next year", date(2022, 8, 1), "2023-12-31"),
    ],
)
def test_a_period_ends_where_the_text_says(phrase: str, report: date, due: str) -> None:
    m = _PERIOD.search(phrase)
    assert m is not None and period_end(m, report) == due


@pytest.mark.parametrize(
    "sentence",
    [
        "Germany will deliver 50 Gepards to Ukraine by the end of the year.",  # a due date, not a schedule
        "Germany will deliver 50 Gepards, 10 of them older models, to Ukraine.",  # no period
    ],
)
def test_a_single_due_date_is_not_a_schedule(sentence: str) -> None:
    assert read_schedule(sentence, sentence.index("Gepard"), date(2022, 6, 15)) == []


def test_no_report_date_no_schedule() -> None:
    assert read_schedule(GEPARDS, 0, None) == []  # periods are read from the report date


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("extended martial law for a further 90 days from 21 May", date(2022, 5, 21), "2022-08-19"),
        ("extended the mobilisation period for six months", date(2022, 11, 30), "2023-05-30"),
        ("prolonged the curfew for two weeks", date(2022, 3, 1), "2022-03-15"),
        ("extended martial law until August 23", date(2022, 5, 21), "2022-08-23"),
        ("extended the regime until 15 January", date(2022, 11, 30), "2023-01-15"),  # next January
        ("extended martial law", date(2022, 5, 21), None),  # no period named
    ],
)
def test_an_extension_runs_for_its_period_or_until_its_day(text: str, start: date, end: str | None) -> None:
    assert extension_end(text, start) == end
