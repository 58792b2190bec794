"""One Settings object: shipped defaults < user TOML file < SITREPS_* environment < CLI flags.

Every setting is a row of ``SETTINGS`` (name, default, help), so documentation and parsing come
from one table; a test fails when a setting is missing from the README.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

import platformdirs

from sitreps.errors import SettingsError

APP = "sitreps"

#: (name, default, help). ``None`` defaults are derived at load time.
SETTINGS: tuple[tuple[str, Any, str], ...] = (
    ("cache_dir", None, "Directory for built data (the gazetteer); default: the user's cache dir."),
    ("gazetteer_path", None, "Path of the gazetteer SQLite file; default: <cache_dir>/gazetteer.sqlite."),
    ("max_input_bytes", 20 * 1024 * 1024, "Largest single input accepted, in bytes."),
    ("max_candidates", 5, "How many ranked candidates `sitreps geocode` prints per query."),
    ("learned_decisions", True, "Let the learned reader add decisions no cue found (rule dec.learned)."),
)


@dataclass(frozen=True)
class Settings:
    cache_dir: Path
    gazetteer_path: Path
    max_input_bytes: int = 20 * 1024 * 1024
    max_candidates: int = 5
    learned_decisions: bool = True

    def with_overrides(self, **overrides: Any) -> "Settings":
        """Apply CLI-level overrides (``None`` values are ignored)."""
        given = {k: v for k, v in overrides.items() if v is not None}
        return replace(self, **_coerce(given))


def default_config_file() -> Path:
    return Path(platformdirs.user_config_dir(APP)) / "settings.toml"


def load_settings(
    *, config_file: Path | None = None, environ: dict[str, str] | None = None
) -> Settings:
    """Build the settings from defaults, the user's file and the environment."""
    env = os.environ if environ is None else environ
    values: dict[str, Any] = {name: default for name, default, _ in SETTINGS}
    path = config_file or Path(env.get("SITREPS_CONFIG", default_config_file()))
    if path.is_file():
        values.update(_read_toml(path))
    for name, _, _ in SETTINGS:
        key = f"SITREPS_{name.upper()}"
        if key in env:
            values[name] = env[key]
    values = _coerce(values)
    cache_dir = Path(values["cache_dir"] or platformdirs.user_cache_dir(APP))
    values["cache_dir"] = cache_dir
    values["gazetteer_path"] = Path(values["gazetteer_path"] or cache_dir / "gazetteer.sqlite")
    return Settings(**values)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise SettingsError(f"settings file {path} is not valid TOML ({err}); fix or remove it.") from err
    known = {name for name, _, _ in SETTINGS}
    unknown = sorted(set(data) - known)
    if unknown:
        raise SettingsError(
            f"settings file {path} has unknown keys {unknown}; known keys: {sorted(known)}."
        )
    return data


def _coerce(values: dict[str, Any]) -> dict[str, Any]:
    types = {f.name: f.type for f in fields(Settings)}
    out: dict[str, Any] = {}
    for name, value in values.items():
        if value is None:
            out[name] = None
            continue
        kind = types.get(name)
        try:
            if kind in ("int", int):
                out[name] = int(value)
            elif kind in ("bool", bool):
                out[name] = _boolean(value)
            elif kind in ("Path", Path):
                out[name] = Path(value).expanduser()
            else:
                out[name] = value
        except (TypeError, ValueError) as err:
            raise SettingsError(f"setting {name}={value!r} is not a valid {kind}.") from err
    return out


def _boolean(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("1", "true", "yes", "on"):
        return True
    if text in ("0", "false", "no", "off"):
        return False
    raise ValueError(value)
