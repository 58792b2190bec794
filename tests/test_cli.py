import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "sitreps.cli", *args], input=stdin, capture_output=True)


def test_cli_places_writes_jsonl_with_spans_into_the_report(cli_env: Path) -> None:
    report = ROOT / "examples" / "report.txt"
    done = _run("places", str(report), "--format", "jsonl")
    assert done.returncode == 0, done.stderr
    text = report.read_text(encoding="utf-8")
    rows = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert {"Kreminna", "Avdiivka", "Chasiv Yar", "Kupiansk", "P66"} <= {r["name"] for r in rows}
    for row in rows:
        assert text[row["start"]:row["end"]] == row["name"]


def test_cli_bad_inputs_give_messages_not_tracebacks(cli_env: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "blob.bin"
    binary.write_bytes(b"\x00\x01\x02\xff" * 100)
    latin = tmp_path / "cp1251.txt"
    latin.write_bytes("Обстріл Бахмута".encode("cp1251"))
    good = tmp_path / "good.txt"
    good.write_text("Russian forces shelled Bakhmut.", encoding="utf-8")
    done = _run("places", str(empty), str(binary), str(latin), str(tmp_path / "absent.txt"), str(good),
                "--format", "jsonl")
    err = done.stderr.decode()
    assert done.returncode == 1
    assert "Traceback" not in err
    for code in ("E101", "E102", "E103", "E105"):
        assert code in err
    assert json.loads(done.stdout.decode().splitlines()[0])["resolved"] == "Bakhmut"  # the rest still ran


def test_cli_every_command_has_help() -> None:
    for args in (["--help"], ["extract", "--help"], ["aid", "--help"], ["evaluate", "--help"], ["places", "--help"], ["geocode", "--help"], ["gazetteer", "--help"],
                 ["gazetteer", "build", "--help"], ["gazetteer", "info", "--help"],
                 ["gazetteer", "import-geonames", "--help"]):
        done = _run(*args)
        assert done.returncode == 0 and b"usage:" in done.stdout


def test_readme_documents_every_command_and_setting() -> None:
    from sitreps.config import SETTINGS

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for command in ("sitreps extract", "sitreps aid", "sitreps evaluate", "sitreps places", "sitreps geocode", "sitreps gazetteer build", "sitreps gazetteer info",
                    "sitreps gazetteer import-geonames"):
        assert command in readme
    for name, _, _ in SETTINGS:
        assert f"SITREPS_{name.upper()}" in readme


def test_cli_keeps_only_records_as_sure_as_asked(cli_env: Path, tmp_path: Path) -> None:
    report = tmp_path / "2022-09-25.txt"
    report.write_text("Russian President Vladimir Putin signed a law on September 24 that increases penalties for "
                      "desertion. Russian forces attacked Bakhmut.", encoding="utf-8")

    def extracted(*extra: str) -> list[dict[str, object]]:
        done = _run("extract", str(report), *extra)
        assert done.returncode == 0, done.stderr
        return [json.loads(line) for line in done.stdout.decode().splitlines()]

    every = extracted()
    shares = sorted({float(r["confidence"]) for r in every})  # type: ignore[arg-type]
    assert len(shares) >= 2, "the law and the attack are trusted differently"
    kept = extracted("--min-confidence", str(shares[-1]))
    assert kept and len(kept) < len(every) and all(r["confidence"] == shares[-1] for r in kept)
    wrong = _run("extract", str(report), "--min-confidence", "1.5")
    assert wrong.returncode != 0 and b"between 0 and 1" in wrong.stderr and b"Traceback" not in wrong.stderr
