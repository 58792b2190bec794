"""Upgrade approximate points with a full GeoNames country dump the user downloaded.

``sitreps gazetteer import-geonames UA.zip`` (or ``UA.txt``) reads the dump's populated places,
pairs them with register settlements the way the build does (same oblast, same Cyrillic name or
loose Latin name; ambiguous pairs go to the candidate whose approximate point is nearest) and
gives those settlements the exact point, ``precision = "settlement"`` and the GeoNames id.
"""

from __future__ import annotations

import io
import sqlite3
import zipfile
from collections import defaultdict
from pathlib import Path
from typing import Iterator

from sitreps.errors import GeonamesImportError
from sitreps.geo import sources
from sitreps.geo.geometry import haversine_km
from sitreps.geo.names import exact_key, loose_key

_MAX_SHIFT_KM = 60.0  # an approximate point further than this from the dump's point is another place


def import_geonames(gazetteer_path: Path, dump: Path) -> dict[str, int]:
    """Apply ``dump`` to the gazetteer at ``gazetteer_path``; return counts of what changed."""
    if not dump.is_file():
        raise GeonamesImportError(f"{dump} does not exist; download e.g. UA.zip from GeoNames' dump folder.")
    oblast_of_admin1 = {cols[2]: cols[1] for cols in sources.data_rows("oblasts.tsv")}
    db = sqlite3.connect(gazetteer_path)
    try:
        index = _approximate_settlements(db)
        counts = {"rows": 0, "upgraded": 0, "unmatched": 0}
        for row in _rows(dump):
            if row.country != "UA":
                continue
            counts["rows"] += 1
            target = _pick(index, oblast_of_admin1.get(row.admin1), row)
            if target is None:
                counts["unmatched"] += 1
                continue
            db.execute(
                "UPDATE places SET lat = ?, lon = ?, precision = 'settlement', geonameid = ?, "
                "population = MAX(population, ?) WHERE id = ?",
                (row.lat, row.lon, row.geonameid, row.population, target[0]),
            )
            _forget(index, target)
            counts["upgraded"] += 1
        db.execute(
            "INSERT OR REPLACE INTO meta VALUES ('geonames_import', ?)", (f"{dump.name}: {counts}",)
        )
        db.commit()
        return counts
    finally:
        db.close()


_Settlement = tuple[int, float, float]  # place id, approximate lat, lon


def _approximate_settlements(db: sqlite3.Connection) -> dict[tuple[str, str], list[_Settlement]]:
    index: dict[tuple[str, str], list[_Settlement]] = defaultdict(list)
    rows = db.execute(
        "SELECT id, name, native, admin1, lat, lon FROM places WHERE kind = 'settlement' "
        "AND country = 'UA' AND katottg IS NOT NULL AND precision != 'settlement' AND lat IS NOT NULL"
    )
    for pid, name, native, admin1, lat, lon in rows:
        item = (pid, lat, lon)
        index[(admin1, exact_key(native))].append(item)
        index[(admin1, loose_key(name))].append(item)
    return index


def _pick(
    index: dict[tuple[str, str], list[_Settlement]], admin1: str | None, row: sources.GeonamesRow
) -> _Settlement | None:
    if admin1 is None:
        return None
    found: dict[int, _Settlement] = {}
    for name in row.cyrillic_names:
        for item in index.get((admin1, exact_key(name)), ()):
            found[item[0]] = item
    if not found:
        for item in index.get((admin1, loose_key(row.name)), ()):
            found[item[0]] = item
    if not found:
        return None
    best = min(found.values(), key=lambda s: haversine_km(s[1], s[2], row.lat, row.lon))
    if haversine_km(best[1], best[2], row.lat, row.lon) > _MAX_SHIFT_KM:
        return None
    return best


def _forget(index: dict[tuple[str, str], list[_Settlement]], target: _Settlement) -> None:
    for items in index.values():
        if target in items:
            items.remove(target)


def _rows(dump: Path) -> Iterator[sources.GeonamesRow]:
    try:
        if zipfile.is_zipfile(dump):
            with zipfile.ZipFile(dump) as archive:
                members = [n for n in archive.namelist() if n.endswith(".txt") and not n.startswith("readme")]
                if not members:
                    raise GeonamesImportError(f"{dump} holds no .txt dump file.")
                with archive.open(members[0]) as raw:
                    yield from sources.read_geonames_dump(io.TextIOWrapper(raw, encoding="utf-8"))
        else:
            with dump.open(encoding="utf-8") as lines:
                yield from sources.read_geonames_dump(lines)
    except (ValueError, UnicodeDecodeError, zipfile.BadZipFile) as err:
        raise GeonamesImportError(
            f"{dump} is not a GeoNames dump ({err}); expected the tab-separated UA.txt format."
        ) from err
