import sqlite3
import zipfile
from pathlib import Path

import pytest

from sitreps.errors import GeonamesImportError
from sitreps.geo.gazetteer import Gazetteer
from sitreps.geo.geonames_import import import_geonames


def _approximate_village(path: Path) -> tuple[int, str, str, float, float]:
    with sqlite3.connect(path) as db:
        row = db.execute(
            "SELECT id, name, native, lat, lon FROM places WHERE precision = 'hromada' "
            "AND admin1 = 'Donetsk Oblast' ORDER BY id LIMIT 1"
        ).fetchone()
    db.close()
    return row


def _dump_line(geonameid: int, name: str, native: str, lat: float, lon: float) -> str:
    cols = [str(geonameid), name, name, f"{native},{name}", f"{lat:.5f}", f"{lon:.5f}", "P", "PPL",
            "UA", "", "05", "", "", "", "0", "", "150", "Europe/Kyiv", "2024-01-01"]
    return "\t".join(cols) + "\n"


@pytest.fixture()
def own_gazetteer(gazetteer_path: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "gaz.sqlite"
    copy.write_bytes(gazetteer_path.read_bytes())
    return copy


@pytest.mark.parametrize("packed", [False, True])
def test_import_geonames_upgrades_an_approximate_point(own_gazetteer: Path, tmp_path: Path, packed: bool) -> None:
    pid, name, native, lat, lon = _approximate_village(own_gazetteer)
    exact = (lat + 0.05, lon - 0.04)  # the dump's point: a few km from the hromada centre
    text = _dump_line(99000001, name, native, *exact) + _dump_line(99000002, "Nowhere", "Ніде", 48.0, 37.0)
    dump = tmp_path / "UA.txt"
    dump.write_text(text, encoding="utf-8")
    if packed:
        with zipfile.ZipFile(tmp_path / "UA.zip", "w") as archive:
            archive.write(dump, "UA.txt")
        dump = tmp_path / "UA.zip"

    counts = import_geonames(own_gazetteer, dump)

    assert counts == {"rows": 2, "upgraded": 1, "unmatched": 1}
    place = Gazetteer(own_gazetteer).place(pid)
    assert place.precision == "settlement"
    assert (place.lat, place.lon) == pytest.approx(exact, abs=1e-5)
    assert place.geonameid == 99000001


def test_import_geonames_refuses_files_that_are_not_dumps(own_gazetteer: Path, tmp_path: Path) -> None:
    bad = tmp_path / "UA.txt"
    bad.write_text("this is not\ta dump\n", encoding="utf-8")
    with pytest.raises(GeonamesImportError, match="GeoNames dump"):
        import_geonames(own_gazetteer, bad)
    with pytest.raises(GeonamesImportError, match="does not exist"):
        import_geonames(own_gazetteer, tmp_path / "absent.zip")
