import pytest

from sitreps.aid.catalogue import CLASSES, load_catalogue


def test_catalogue_has_the_systems_reports_name() -> None:
    catalogue = load_catalogue()
    assert len(catalogue.systems) >= 300
    assert {s.item_class for s in catalogue.systems.values()} <= set(CLASSES)


@pytest.mark.parametrize(
    ("written", "item_class"),
    [
        ("M777", "artillery"),
        ("M777A2 towed howitzers", "artillery"),
        ("155mm M109A6 Paladins", "artillery"),
        ("Caesar self-propelled guns", "artillery"),
        ("IRIS-T SLM air defence systems", "air_defence"),
        ("Bradleys", "ifv"),
        ("Marder 1A3 infantry fighting vehicles", "ifv"),
        ("PzH 2000", "artillery"),
        ("HIMARS", "artillery"),
        ("122-mm rounds", "ammunition"),
        ("T-72B3 obr. 2016", "tank"),
    ],
)
def test_catalogue_reads_the_spellings_reports_use(written: str, item_class: str) -> None:
    system = load_catalogue().lookup(written)
    assert system is not None and system.item_class == item_class


def test_catalogue_does_not_guess_unknown_systems() -> None:
    assert load_catalogue().lookup("Zorblax-9000 wonder weapon") is None
