import json
import sqlite3
from pathlib import Path

import pytest

from sitreps.errors import GazetteerMissing, GazetteerOutdated
from sitreps.geo.gazetteer import Gazetteer


def _named(gaz: Gazetteer, name: str) -> list:
    return [place for place, _ in gaz.places_named(name)]


def test_gazetteer_holds_every_register_settlement_with_a_point(gaz: Gazetteer) -> None:
    report = json.loads(gaz.meta()["report"])
    assert report["register_settlements"] >= 29_000
    levels = report["settlement_precision"]
    assert sum(levels.values()) == report["register_settlements"]
    assert levels["settlement"] >= 5_000  # matched to a GeoNames point
    assert levels.get("oblast", 0) < 10  # almost every village has at least its hromada's centre


def test_gazetteer_finds_front_line_villages_by_official_spelling(gaz: Gazetteer) -> None:
    villages = _named(gaz, "Krasnohorivka")
    assert any(p.admin1 == "Donetsk Oblast" for p in villages)
    assert all(p.katottg for p in villages if p.country == "UA" and p.precision != "settlement")


@pytest.mark.parametrize(
    ("variant", "official", "admin1"),
    [
        ("Artemivsk", "Bakhmut", "Donetsk Oblast"),
        ("Kiev", "Kyiv", "Kyiv"),
        ("Konstantinovka", "Kostiantynivka", "Donetsk Oblast"),
        ("Kostyantynivka", "Kostiantynivka", "Donetsk Oblast"),
        ("Mar'yinka", "Marinka", "Donetsk Oblast"),
        ("Severodonetsk", "Siverskodonetsk", "Luhansk Oblast"),
        ("Izyum", "Izium", "Kharkiv Oblast"),
    ],
)
def test_gazetteer_knows_the_spellings_reports_use(gaz: Gazetteer, variant: str, official: str, admin1: str) -> None:
    assert any(p.name == official and p.admin1 == admin1 for p in _named(gaz, variant))


def test_gazetteer_has_oblasts_roads_rivers_and_countries(gaz: Gazetteer) -> None:
    assert any(p.kind == "oblast" for p, e in gaz.places_named("Kherson", roles=("stem",)))
    assert any(p.kind == "oblast" and p.country == "RU" for p, e in gaz.places_named("Kursk", roles=("stem",)))
    assert [p.kind for p in _named(gaz, "P66")] == ["road"]
    assert any(p.kind == "river" for p in _named(gaz, "Siverskyi Donets"))
    assert any(p.kind == "country" and p.country == "NO" for p in _named(gaz, "Norway"))
    assert any(p.kind == "region" for p in _named(gaz, "Donbas"))


def test_gazetteer_missing_file_says_how_to_build(tmp_path: Path) -> None:
    with pytest.raises(GazetteerMissing, match="sitreps gazetteer build"):
        Gazetteer(tmp_path / "none.sqlite")


def test_gazetteer_outdated_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE meta (key TEXT, value TEXT)")
        db.execute("INSERT INTO meta VALUES ('schema_version', '0')")
    db.close()
    with pytest.raises(GazetteerOutdated):
        Gazetteer(path)
