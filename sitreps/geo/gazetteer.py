"""The gazetteer at run time: a read-only SQLite file with an in-memory name index.

Opening loads only the two key -> entries maps (one query each); places are read by id on
demand and cached. ``open_gazetteer`` builds the file on first use.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable

from sitreps.config import Settings
from sitreps.errors import GazetteerError, GazetteerMissing, GazetteerOutdated
from sitreps.geo.build import SCHEMA_VERSION, build_gazetteer
from sitreps.geo.names import exact_key, is_cyrillic, loose_key
from sitreps.model import Place

_PLACE_COLUMNS = (
    "id, name, kind, country, admin1, lat, lon, precision, population, geonameid, katottg, "
    "native, admin2, admin3, category"
)


@dataclass(frozen=True, slots=True)
class Entry:
    """One way a key can be read: the place, how the alias may be used, where it came from."""

    place_id: int
    role: str  # name | stem | raion | cue
    source: str
    loose: bool  # matched only on the loose key


class Gazetteer:
    def __init__(self, path: Path) -> None:
        if not path.is_file():
            raise GazetteerMissing(f"no gazetteer at {path}; run `sitreps gazetteer build`.")
        try:
            self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
            version = self._meta("schema_version")
        except sqlite3.DatabaseError as err:
            raise GazetteerError(
                f"{path} is not a sitreps gazetteer ({err}); delete it and run `sitreps gazetteer build`."
            ) from err
        if version != SCHEMA_VERSION:
            raise GazetteerOutdated(
                f"gazetteer {path} has schema {version}, this sitreps needs {SCHEMA_VERSION}; "
                "run `sitreps gazetteer build`."
            )
        self.path = path
        self._exact: dict[str, str] = dict(
            self._db.execute("SELECT key, entries FROM lookup WHERE kind = 'exact'")
        )
        self._loose: dict[str, str] = dict(
            self._db.execute("SELECT key, entries FROM lookup WHERE kind = 'loose'")
        )
        self.first_words = frozenset(k.split(" ", 1)[0] for k in self._exact) | frozenset(
            k.split(" ", 1)[0] for k in self._loose
        )
        self.place = lru_cache(maxsize=65536)(self._read_place)
        self._by_first: dict[str, list[str]] | None = None

    # -- reading ------------------------------------------------------------------------------

    def _meta(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def meta(self) -> dict[str, str]:
        return dict(self._db.execute("SELECT key, value FROM meta"))

    def _read_place(self, place_id: int) -> Place:
        row = self._db.execute(f"SELECT {_PLACE_COLUMNS} FROM places WHERE id = ?", (place_id,)).fetchone()
        if row is None:
            raise GazetteerError(f"gazetteer {self.path} has no place {place_id}; rebuild it.")
        return Place(*row)

    # -- lookup -------------------------------------------------------------------------------

    def entries(self, name: str) -> list[Entry]:
        """Every reading of ``name``: exact-key matches first, then loose-key-only matches."""
        key = exact_key(name)
        found = _parse(self._exact.get(key, ""), loose=False)
        if not is_cyrillic(name):
            seen = {e.place_id for e in found}
            found += [e for e in _parse(self._loose.get(loose_key(name), ""), loose=True) if e.place_id not in seen]
        return found

    def has_key(self, key: str) -> bool:
        """Is this exact key (already normalised) or its loose form a name of anything?"""
        return key in self._exact or loose_key(key) in self._loose

    def keys(self) -> list[str]:
        return list(self._exact)

    def keys_starting(self, first_word: str) -> list[str]:
        """Exact keys of several words whose first word is ``first_word`` ("nova kakhovka")."""
        if self._by_first is None:
            by_first: dict[str, list[str]] = {}
            for key in self._exact:
                head, sep, _ = key.partition(" ")
                if sep:
                    by_first.setdefault(head, []).append(key)
            self._by_first = by_first
        return self._by_first.get(first_word, [])

    def places_named(self, name: str, *, roles: tuple[str, ...] = ("name",)) -> list[tuple[Place, Entry]]:
        return [(self.place(e.place_id), e) for e in self.entries(name) if e.role in roles]

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> "Gazetteer":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _parse(entries: str, *, loose: bool) -> list[Entry]:
    out = []
    for item in entries.split():
        pid, role, source = item.split(":", 2)
        out.append(Entry(int(pid), role, source, loose))
    return out


def open_gazetteer(settings: Settings, *, progress: Callable[[str], None] | None = None) -> Gazetteer:
    """Open the user's gazetteer, building it first if it does not exist or is outdated."""
    path = settings.gazetteer_path
    try:
        return Gazetteer(path)
    except (GazetteerMissing, GazetteerOutdated):
        build_gazetteer(path, progress=progress)
        return Gazetteer(path)
