"""Shared fixtures: one gazetteer built for the whole session in a temporary directory."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitreps.config import Settings
from sitreps.geo.build import build_gazetteer
from sitreps.geo.gazetteer import Gazetteer

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def gazetteer_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("gaz") / "gazetteer.sqlite"
    build_gazetteer(path)
    return path


@pytest.fixture(scope="session")
def gaz(gazetteer_path: Path) -> Gazetteer:
    return Gazetteer(gazetteer_path)


@pytest.fixture()
def settings(gazetteer_path: Path, tmp_path: Path) -> Settings:
    return Settings(cache_dir=tmp_path, gazetteer_path=gazetteer_path)


@pytest.fixture()
def cli_env(gazetteer_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the CLI at the session gazetteer."""
    monkeypatch.setenv("SITREPS_GAZETTEER_PATH", str(gazetteer_path))
    monkeypatch.setenv("SITREPS_CONFIG", str(gazetteer_path.parent / "absent.toml"))
    return gazetteer_path
