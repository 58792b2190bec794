import json
import subprocess
import sys
from pathlib import Path

import pytest

from sitreps.geo.gazetteer import Gazetteer
from sitreps.geo.geocode import Geocoder
from sitreps.geo.geometry import haversine_km


@pytest.fixture(scope="module")
def geocoder(gaz: Gazetteer) -> Geocoder:
    return Geocoder(gaz)


@pytest.mark.parametrize(
    ("query", "lat", "lon"),
    [
        ("Chasiv Yar", 48.587, 37.834),
        ("Izyum, Kharkiv Oblast", 49.207, 37.277),
        ("Chuhuiv, south of Kharkiv", 49.835, 36.686),
        ("Kiyv", 50.45, 30.52),
        ("Mariupol'", 47.096, 37.548),
        ("Kyiv, Kyiv Oblast", 50.45, 30.52),
    ],
)
def test_geocode_puts_the_best_candidate_at_the_place(geocoder: Geocoder, query: str, lat: float, lon: float) -> None:
    best = geocoder.geocode(query)[0].place
    assert haversine_km(best.lat, best.lon, lat, lon) < 10


def test_geocode_uses_the_oblast_to_disambiguate(geocoder: Geocoder) -> None:
    sumy = geocoder.geocode("Mykolaivka, Sumy Oblast")
    donetsk = geocoder.geocode("Mykolaivka, Donetsk Oblast")
    assert sumy[0].place.admin1 == "Sumy Oblast"
    assert donetsk[0].place.admin1 == "Donetsk Oblast"


def test_geocode_uses_a_nearby_place_as_context(geocoder: Geocoder) -> None:
    best = geocoder.geocode("Solonitsevka, Zarechanka")[0].place
    assert best.admin1 == "Kharkiv Oblast"


@pytest.mark.parametrize("query", ["", "   ", "xyzzy qwerty", "12345", "\x00\x01"])
def test_geocode_nonsense_gives_no_candidates(geocoder: Geocoder, query: str) -> None:
    assert geocoder.geocode(query) == []


def test_geocode_scores_are_shares_of_belief(geocoder: Geocoder) -> None:
    candidates = geocoder.geocode("Novoselivka", limit=1000)
    assert len(candidates) > 5
    assert sum(c.score for c in candidates) == pytest.approx(1.0, abs=1e-6)
    assert [c.score for c in candidates] == sorted((c.score for c in candidates), reverse=True)


def test_geocode_cli_writes_one_json_object_per_query_in_order(cli_env: Path) -> None:
    queries = ["Izyum, Kharkiv Oblast", "", "nowhere at all", "Chuhuiv, south of Kharkiv"]
    done = subprocess.run(
        [sys.executable, "-m", "sitreps.cli", "geocode", "-", "--format", "jsonl"],
        input="\n".join(queries) + "\n", capture_output=True, text=True, check=True,
    )
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert [line["query"] for line in lines] == queries
    assert lines[1]["candidates"] == [] and lines[2]["candidates"] == []
    first = lines[0]["candidates"][0]
    assert set(first) >= {"name", "lat", "lon", "country", "admin1", "precision", "score"}


def test_geocode_cli_refuses_non_utf8_stdin_with_a_message(cli_env: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "sitreps.cli", "geocode", "-", "--format", "jsonl"],
        input="Київ\n".encode("cp1251"), capture_output=True,
    )
    assert done.returncode == 2
    assert b"E103" in done.stderr and b"Traceback" not in done.stderr
