from pathlib import Path

import pytest

from sitreps.config import load_settings
from sitreps.errors import GazetteerError, SettingsError
from sitreps.geo.gazetteer import Gazetteer


def test_config_file_then_environment_then_flags(tmp_path: Path) -> None:
    config = tmp_path / "settings.toml"
    config.write_text('max_candidates = 7\nmax_input_bytes = 1000\n', encoding="utf-8")
    settings = load_settings(config_file=config, environ={"SITREPS_MAX_INPUT_BYTES": "2000",
                                                          "SITREPS_CACHE_DIR": str(tmp_path)})
    assert settings.max_candidates == 7  # from the file
    assert settings.max_input_bytes == 2000  # the environment beats the file
    assert settings.gazetteer_path == tmp_path / "gazetteer.sqlite"
    assert settings.with_overrides(max_candidates=3, gazetteer_path=None).max_candidates == 3  # flags beat both


@pytest.mark.parametrize("content", ["max_candidates = [", "unknown_key = 1\n"])
def test_config_bad_file_is_a_coded_error(tmp_path: Path, content: str) -> None:
    config = tmp_path / "settings.toml"
    config.write_text(content, encoding="utf-8")
    with pytest.raises(SettingsError, match=r"\[E300\]"):
        load_settings(config_file=config, environ={})


def test_config_bad_number_in_environment_is_a_coded_error(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match="SITREPS|max_input_bytes"):
        load_settings(config_file=tmp_path / "none.toml", environ={"SITREPS_MAX_INPUT_BYTES": "lots"})


@pytest.mark.parametrize(("value", "expected"), [("false", False), ("0", False), ("yes", True), ("TRUE", True)])
def test_config_learned_decisions_reads_yes_and_no(tmp_path: Path, value: str, expected: bool) -> None:
    settings = load_settings(config_file=tmp_path / "none.toml", environ={"SITREPS_LEARNED_DECISIONS": value})
    assert settings.learned_decisions is expected


def test_config_learned_decisions_refuses_what_is_neither(tmp_path: Path) -> None:
    with pytest.raises(SettingsError):
        load_settings(config_file=tmp_path / "none.toml", environ={"SITREPS_LEARNED_DECISIONS": "maybe"})


def test_config_corrupt_gazetteer_says_how_to_rebuild(tmp_path: Path) -> None:
    path = tmp_path / "gazetteer.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(GazetteerError, match="sitreps gazetteer build"):
        Gazetteer(path)
