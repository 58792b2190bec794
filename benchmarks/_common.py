"""Shared by the benchmarks: where ../shared is, and the gazetteer to use."""

from __future__ import annotations

import sys
from pathlib import Path

from sitreps.config import load_settings
from sitreps.geo.gazetteer import Gazetteer, open_gazetteer

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def need_shared() -> Path:
    if not SHARED.is_dir():
        sys.exit(f"this benchmark needs ../shared beside the project ({SHARED} is missing)")
    return SHARED


def gazetteer() -> Gazetteer:
    return open_gazetteer(load_settings(), progress=lambda m: print(m, file=sys.stderr))
