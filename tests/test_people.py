"""Who a decision concerns and who took it (sitreps.aid.people)."""

import pytest

from sitreps.aid.people import decision_people, persons


def test_persons_start_with_a_given_name_and_keep_the_title_before_them() -> None:
    [osipov, sokolov] = persons("Officials replaced Black Sea Fleet Commander Igor Osipov with Vice Admiral "
                                "Viktor Sokolov.")
    assert (osipov.name, osipov.title) == ("Igor Osipov", "Black Sea Fleet Commander")
    assert sokolov.name == "Viktor Sokolov"  # the sentence's period is not part of the name
    assert persons("Russian forces shelled Kherson Oblast and the Black Sea Fleet base.") == []


@pytest.mark.parametrize(
    ("sentence", "subtype", "trigger", "expected"),
    [
        ("Russian President Vladimir Putin appointed Colonel General Sergei Surovikin as commander of the joint "
         "grouping of forces on October 8.", "appointment", "appointed",
         (("Sergei Surovikin",), "commander of the joint grouping of forces", "Putin")),
        ("Zelensky dismissed Prosecutor General Iryna Venediktova on July 17.", "dismissal", "dismissed",
         (("Iryna Venediktova",), "Prosecutor General", "Zelensky")),
        ("Officials replaced Black Sea Fleet Commander Igor Osipov with Viktor Sokolov.", "dismissal", "replaced",
         (("Igor Osipov",), "Black Sea Fleet Commander", None)),
        ("Officials replaced Black Sea Fleet Commander Igor Osipov with Viktor Sokolov.", "appointment", "replaced",
         (("Viktor Sokolov",), "Black Sea Fleet Commander", None)),
        ("The State Duma passed a law on November 22.", "law", "State Duma passed", ((), None, "State Duma")),
    ],
)
def test_decision_people(sentence: str, subtype: str, trigger: str, expected: tuple) -> None:
    start = sentence.index(trigger)
    who = decision_people(sentence, subtype, (start, start + len(trigger)))
    assert (who.persons, who.role, who.body) == expected
