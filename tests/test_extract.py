import json
import subprocess
import sys
from datetime import date
from pathlib import Path

from sitreps.geo.gazetteer import Gazetteer
from sitreps.model import Document
from sitreps.pipeline import extract_records

ROOT = Path(__file__).resolve().parent.parent
CONTRACT_KEYS = {
    "schema", "id", "doc", "category", "subtype", "date", "date_end", "date_precision", "modality", "source",
    "source_side", "places", "evidence", "confidence", "initiator", "outcome", "weapon", "target", "count",
    "donors", "recipient", "item", "item_class", "quantity", "status", "due", "persons", "role", "body",
}


def _records(gaz: Gazetteer, text: str) -> list:
    return extract_records(Document(text), gaz, report_date=date(2022, 3, 4))


def test_extract_contract_example(gaz: Gazetteer) -> None:
    text = "On 3 March, Russian forces unsuccessfully attacked near Novoselivka, according to the General Staff."
    [record] = _records(gaz, text)
    assert (record.category, record.subtype, record.initiator, record.outcome) == (
        "ground_combat", "assault", "RU", "failure")
    assert (record.date, record.date_precision) == ("2022-03-03", "day")
    assert (record.modality, record.source, record.source_side) == ("claimed", "Ukrainian General Staff", "UA")
    assert [m.text for m in record.places] == ["Novoselivka"] and record.places[0].relation == "near"
    assert text[record.evidence.start:record.evidence.end] == record.evidence_text


def test_what_follows_according_to_is_what_the_source_says_not_who_says_it(gaz: Gazetteer) -> None:
    records = _records(gaz, "According to the local council, Russian officials banned the sale of alcohol in Kherson.")
    [record] = [r for r in records if r.category == "decision"]
    assert (record.source, record.modality) == ("local council", "claimed")  # not "Russian sources"


def test_a_name_between_commas_is_the_source(gaz: Gazetteer) -> None:
    [record] = _records(gaz, "The exiled mayor of Berdyansk, Oleksandr Svidlo, reported that Russian forces shelled "
                             "Nikopol.")
    assert (record.source, record.modality) == ("Oleksandr Svidlo", "claimed")  # not what follows "reported"


def test_a_russian_governor_is_a_russian_source_and_a_ukrainian_one_ukrainian(gaz: Gazetteer) -> None:
    [russian] = _records(gaz, "Belgorod Oblast Governor Vyacheslav Gladkov reported that Ukrainian forces struck "
                              "Shebekino.")
    [ukrainian] = _records(gaz, "Kharkiv Oblast Military Administration Head Oleh Synehubov reported that Russian "
                                "forces shelled Chuhuiv.")
    assert (russian.source, russian.source_side) == ("Russian regional official", "RU")
    assert (ukrainian.source, ukrainian.source_side) == ("Ukrainian regional official", "UA")


def test_extract_strike_count_weapon_and_places(gaz: Gazetteer) -> None:
    text = "Russian forces struck Melitopol (three times) and Kherson with Kalibr missiles."
    [record] = _records(gaz, text)
    assert record.category == "remote_strike" and record.initiator == "RU"
    assert record.count == 3 and record.weapon == "Kalibr"
    assert {m.text for m in record.places} == {"Melitopol", "Kherson"}


def test_extract_attack_and_advance_are_two_records(gaz: Gazetteer) -> None:
    text = "Ukrainian forces repelled a Russian assault on Bakhmut and advanced south of Izium."
    subtypes = {(r.subtype, r.initiator, r.outcome) for r in _records(gaz, text)}
    assert ("assault", "RU", "failure") in subtypes
    assert ("advance", "UA", "success") in subtypes


def test_extract_forecasts_and_assessments_keep_their_modality(gaz: Gazetteer) -> None:
    forecast = _records(gaz, "Russian forces will likely attack Sloviansk in the coming days.")
    assessment = _records(gaz, "ISW assesses that Russian forces likely captured Lyman.")
    assert [r.modality for r in forecast] == ["expected"]
    assert [r.modality for r in assessment] == ["assessment"]
    ongoing = _records(gaz, "Russian forces are likely shelling Nikopol from Enerhodar.")
    assert [r.modality for r in ongoing] == ["assessment"]


def test_extract_sabotage_is_partisan_initiated(gaz: Gazetteer) -> None:
    [record] = _records(gaz, "Partisans blew up a railway bridge near Melitopol.")
    assert record.category == "sabotage" and record.initiator == "UA"


def test_extract_negated_actions_are_not_events(gaz: Gazetteer) -> None:
    assert _records(gaz, "Russian forces did not attack Kharkiv on March 4.") == []


def _cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "sitreps.cli", *args], input=stdin, capture_output=True)


def test_extract_cli_is_byte_identical_across_runs(cli_env: Path) -> None:
    report = str(ROOT / "examples" / "report.txt")
    first = _cli("extract", report, "--date", "2022-06-12")
    second = _cli("extract", report, "--date", "2022-06-12")
    assert first.returncode == 0, first.stderr
    assert first.stdout == second.stdout and first.stdout
    for line in first.stdout.decode().splitlines():
        assert set(json.loads(line)) >= CONTRACT_KEYS


def test_extract_cli_reads_jsonl_and_reports_malformed_lines(cli_env: Path, tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        json.dumps({"id": "r1", "text": "Russian forces shelled Kharkiv.", "published": "2022-05-01"}) + "\n"
        + "{not json\n"
        + json.dumps({"id": "r3", "text": "Ukrainian forces advanced near Izium."}) + "\n",
        encoding="utf-8",
    )
    done = _cli("extract", str(feed), "--date", "2022-05-02")
    rows = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert done.returncode == 1
    assert b"feed.jsonl:2" in done.stderr and b"E106" in done.stderr and b"Traceback" not in done.stderr
    assert [r["doc"] for r in rows] == ["r1", "r3"]
    assert rows[0]["date"] == "2022-05-01"  # its own publication date; --date only fills in where none is given
    assert rows[1]["date"] == "2022-05-02"


def test_extract_cli_html_directory_and_bad_files(cli_env: Path, tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(
        "<html><head><title>x</title></head><body><nav>Home | About</nav><article><p>"
        "Russian forces shelled Kharkiv on May 2. Ukrainian forces repelled an assault near Izium."
        "</p></article><footer>Copyright</footer></body></html>", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blob.txt").write_bytes(b"\x00\x01binary")
    with (tmp_path / "big.txt").open("wb") as big:  # 50 MB: refused by size before it is read
        big.truncate(50 * 1024 * 1024)
    done = _cli("extract", str(tmp_path), "--format", "table", "--date", "2022-05-02")
    err = done.stderr.decode()
    assert done.returncode == 1 and "Traceback" not in err
    assert "E101" in err and "E102" in err and "E104" in err
    assert "remote_strike" in done.stdout.decode()


def test_the_table_says_who_gives_what_and_who_decided(cli_env: Path, tmp_path: Path) -> None:
    report = tmp_path / "2022-10-09.txt"
    report.write_text("Canada delivered 4 M777 howitzers to Ukraine. Russian President Vladimir Putin appointed "
                      "Colonel General Sergei Surovikin as commander of the joint grouping of forces.", encoding="utf-8")
    table = _cli("extract", str(report), "--format", "table").stdout.decode()
    assert "CA -> UA: 4 M777 (delivered)" in table
    assert "Putin: Sergei Surovikin as commander of the joint grouping of forces" in table
