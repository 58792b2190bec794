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
         (("Sergei Surovikin",), "commander of the joint grouping of forces", "Vladimir Putin")),
        ("Zelensky dismissed Prosecutor General Iryna Venediktova on July 17.", "dismissal", "dismissed",
         (("Iryna Venediktova",), "Prosecutor General", "Zelensky")),
        ("Officials replaced Black Sea Fleet Commander Igor Osipov with Viktor Sokolov.", "dismissal", "replaced",
         (("Igor Osipov",), "Black Sea Fleet Commander", "Officials")),
        ("Officials replaced Black Sea Fleet Commander Igor Osipov with Viktor Sokolov.", "appointment", "replaced",
         (("Viktor Sokolov",), "Black Sea Fleet Commander", "Officials")),
        ("The State Duma passed a law on November 22.", "law", "State Duma passed", ((), None, "State Duma")),
        # the subject of the act is who decided, when it names an authority
        ("The Republic of Buryatia increased its enlistment bonus.", "other", "increased",
         ((), None, "Republic of Buryatia")),
        ("The governors of Leningrad and Nizhny Novgorod Oblasts canceled the celebrations.", "other", "canceled",
         ((), None, "governors of Leningrad and Nizhny Novgorod Oblasts")),
        ("Mishustin decreed that local governments must transfer the equipment.", "decree", "decreed",
         ((), None, "Mishustin")),
        ("The DNR People’s Council announced on October 4 that it had ratified the treaty.", "law", "ratified",
         ((), None, "DNR People’s Council")),
        ("The head of the occupation administration, Yevheny Balitsky, signed a decree on July 5.", "decree",
         "signed a decree", ((), None, "Yevheny Balitsky")),
        # a law names no person concerned: Pushilin signs it
        ("DNR Head Denis Pushilin signed a law on mobilization.", "law", "signed a law", ((), None, "Denis Pushilin")),
        # the subject of a passive or of "A replaced B" is who is moved, not who decided
        ("Aleksandr Dvornikov was dismissed by Putin on July 1.", "dismissal", "dismissed",
         (("Aleksandr Dvornikov",), None, "Putin")),
        ("Lieutenant-General Roman Berdnikov has replaced Alexander Zhuravlev as commander of the district.",
         "appointment", "replaced", (("Roman Berdnikov",), "commander of the district", None)),
        # "Russian" is an adjective and "Putin’s" a possessive: neither is a body
        ("Russian reportedly banned Telegram.", "decree", "banned", ((), None, None)),
    ],
)
def test_decision_people(sentence: str, subtype: str, trigger: str, expected: tuple) -> None:
    start = sentence.index(trigger)
    who = decision_people(sentence, subtype, (start, start + len(trigger)))
    assert (who.persons, who.role, who.body) == expected
