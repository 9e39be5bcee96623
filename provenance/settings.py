"""Run settings, merged from four layers: CLI > env ``PROVENANCE_*`` > config file > defaults.

The config file is the nearest ``provenance.toml`` (top-level keys) or ``pyproject.toml`` with a
``[tool.provenance]`` table, looking in the working directory and then its parents; in one
directory ``provenance.toml`` wins. Keys may be written with ``-`` or ``_``. Relative paths in a
file are relative to that file. Every value is checked where it enters, and a bad one raises
:class:`~provenance.errors.ConfigError` with one line naming where it came from and the key::

    provenance.toml: fail_under must be an integer 0–100, got "abc"

Unknown keys in a file are errors (a typo must not silently disable a gate); unknown
``PROVENANCE_*`` variables are ignored, since other tools may share the prefix.
"""

from __future__ import annotations

import difflib
import json
import os
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any

from provenance.errors import ConfigError
from provenance.model import Severity
from provenance.report import Format

ENV_PREFIX = "PROVENANCE_"
CONFIG_NAMES = ("provenance.toml", "pyproject.toml")
DEFAULT_CLAIM_THRESHOLD = 50


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything a run can be told; built by :func:`load_settings`."""

    fail_under: int = 0
    """Exit 1 when an article scores under this (0 disables the score gate)."""
    fail_on: Severity | None = Severity.HIGH
    """Exit 1 when a finding has this severity or higher; None disables the finding gate."""
    strict: bool = False
    """Exit 3 when an item stayed unverified because of the run (network, rate limit, offline)."""
    claim_threshold: int = DEFAULT_CLAIM_THRESHOLD
    """Claims scored under this fail in JUnit and are flagged in Markdown."""
    formats: tuple[Format, ...] = (Format.TERMINAL,)
    """Output formats, in order."""
    output: Path | None = None
    """File (one format) or directory (several) to write to; None writes to stdout."""
    quiet: bool = False
    """Print nothing but the report (no progress)."""
    color: bool = True
    """Colour in terminal output; ``NO_COLOR`` in the environment turns it off."""
    offline: bool = False
    """Never touch the network: replay ``fixtures`` and mark the rest ``skipped_offline``."""
    fixtures: Path | None = None
    """HAR file to replay."""
    record: Path | None = None
    """HAR file to record every exchange into."""
    warc: Path | None = None
    """New WARC file to archive a live run's exchanges in (never replaces an existing file)."""
    cache_path: Path | None = None
    """SQLite HTTP cache; None disables caching."""
    cache_ttl: int = 86_400
    """Seconds a cached response stays fresh."""
    allow_hosts: tuple[str, ...] = ()
    """Hosts fetched in addition to the platform, archive and agency registries."""
    fetch_links: bool = False
    """Also fetch other links found in the article (never private or loopback targets)."""
    weights: Mapping[str, float] = field(default_factory=lambda: MappingProxyType({}))
    """Rubric weight overrides by name (``base:post = 90``)."""
    concurrency: int = 4
    """Requests in flight at once across all hosts."""
    timeout: float = 20.0
    """Seconds per HTTP request."""


def _int_range(low: int, high: int) -> Callable[[Any], int]:
    def parse(raw: Any) -> int:
        if isinstance(raw, bool) or not isinstance(raw, int | str):
            raise ValueError
        value = int(raw.strip()) if isinstance(raw, str) else raw
        if not low <= value <= high:
            raise ValueError
        return value

    return parse


def _bool(raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, str) and raw.strip().lower() in _TRUE | _FALSE:
        return raw.strip().lower() in _TRUE
    raise ValueError


_TRUE = frozenset({"1", "true", "yes", "on"})
_FALSE = frozenset({"0", "false", "no", "off"})


def _float_pos(raw: Any) -> float:
    if isinstance(raw, bool):
        raise ValueError
    value = float(raw)
    if not value > 0:
        raise ValueError
    return value


def _severity(raw: Any) -> Severity | None:
    text = str(getattr(raw, "value", raw)).strip().lower()
    return None if text in {"none", "never", "off"} else Severity(text)


def _items(raw: Any) -> list[str]:
    if isinstance(raw, str):
        return [p.strip() for p in raw.split(",") if p.strip()]
    if isinstance(raw, list | tuple) and all(isinstance(p, str) for p in raw):
        return [p.strip() for p in raw]
    raise ValueError


def _formats(raw: Any) -> tuple[Format, ...]:
    chosen = tuple(dict.fromkeys(Format(p.lower()) for p in _items(raw)))
    if not chosen:
        raise ValueError
    return chosen


def _hosts(raw: Any) -> tuple[str, ...]:
    hosts = tuple(h.lower() for h in _items(raw))
    if any("/" in h or " " in h for h in hosts):
        raise ValueError
    return hosts


def _path(raw: Any) -> Path | None:
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if not isinstance(raw, str | os.PathLike):
        raise ValueError
    return Path(raw).expanduser()


def _weights(raw: Any) -> Mapping[str, float]:
    if isinstance(raw, str):
        pairs = [p.split("=", 1) for p in _items(raw)]
        if any(len(p) != 2 for p in pairs):
            raise ValueError
        raw = {k.strip(): v for k, v in pairs}
    if not isinstance(raw, Mapping):
        raise ValueError
    return MappingProxyType({str(k): float(v) for k, v in raw.items()})


#: key → (parser, what a valid value is); the description appears in error messages.
PARSERS: dict[str, tuple[Callable[[Any], Any], str]] = {
    "fail_under": (_int_range(0, 100), "an integer 0–100"),
    "fail_on": (_severity, "one of info, low, medium, high, none"),
    "strict": (_bool, "true or false"),
    "claim_threshold": (_int_range(0, 100), "an integer 0–100"),
    "formats": (_formats, "a list of " + ", ".join(f.value for f in Format)),
    "output": (_path, "a path"),
    "quiet": (_bool, "true or false"),
    "color": (_bool, "true or false"),
    "offline": (_bool, "true or false"),
    "fixtures": (_path, "a path to a HAR file"),
    "record": (_path, "a path to a HAR file"),
    "warc": (_path, "a path to a new WARC file"),
    "cache_path": (_path, "a path"),
    "cache_ttl": (_int_range(0, 10 * 365 * 86_400), "a number of seconds (integer ≥ 0)"),
    "allow_hosts": (_hosts, "a list of host names"),
    "fetch_links": (_bool, "true or false"),
    "weights": (_weights, "a table of name = number"),
    "concurrency": (_int_range(1, 64), "an integer 1–64"),
    "timeout": (_float_pos, "a positive number of seconds"),
}
_PATH_KEYS = frozenset({"output", "fixtures", "record", "warc", "cache_path"})
assert set(PARSERS) == {f.name for f in fields(Settings)}, "every setting needs a parser"


def _coerce(key: str, raw: Any, where: str) -> Any:
    parse, description = PARSERS[key]
    try:
        return parse(raw)
    except (ValueError, TypeError):
        shown = json.dumps(raw, ensure_ascii=False, default=str)
        raise ConfigError(f"{where}: {key} must be {description}, got {shown}") from None


def find_config(cwd: Path) -> tuple[Path, dict[str, Any]] | None:
    """The nearest config file at or above ``cwd`` and its provenance table."""
    for folder in (cwd, *cwd.parents):
        for name in CONFIG_NAMES:
            path = folder / name
            if not path.is_file():
                continue
            data = read_toml(path)
            if name == "provenance.toml":
                return path, data
            table = data.get("tool", {}).get("provenance")
            if isinstance(table, dict):
                return path, table
    return None


def read_toml(path: Path) -> dict[str, Any]:
    """Parse a TOML file, turning syntax errors into a :class:`ConfigError`."""
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path.name}: invalid TOML: {exc}") from None
    except OSError as exc:
        raise ConfigError(f"{path.name}: cannot read: {exc.strerror}") from None


def _from_file(path: Path, table: Mapping[str, Any]) -> dict[str, Any]:
    where = path.name if path.name == "provenance.toml" else f"{path.name} [tool.provenance]"
    values: dict[str, Any] = {}
    for raw_key, raw in table.items():
        key = raw_key.replace("-", "_")
        if key not in PARSERS:
            close = difflib.get_close_matches(key, PARSERS, n=1)
            hint = f" (did you mean {close[0]}?)" if close else ""
            raise ConfigError(f"{where}: unknown key {raw_key!r}{hint}")
        value = _coerce(key, raw, where)
        if key in _PATH_KEYS and isinstance(value, Path) and not value.is_absolute():
            value = path.parent / value
        values[key] = value
    return values


def _from_env(env: Mapping[str, str]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for key in PARSERS:
        name = ENV_PREFIX + key.upper()
        if name in env:
            values[key] = _coerce(key, env[name], f"environment {name}")
    if "NO_COLOR" in env:
        # https://no-color.org: present at all, whatever its value, means no colour.
        values["color"] = False
    return values


def _from_cli(cli: Mapping[str, Any]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for raw_key, raw in cli.items():
        key = raw_key.replace("-", "_")
        if raw is None:
            continue  # not given on the command line
        if key not in PARSERS:
            raise ConfigError(f"option --{key.replace('_', '-')}: unknown setting")
        values[key] = _coerce(key, raw, f"option --{key.replace('_', '-')}")
    return values


def load_settings(
    cli: Mapping[str, Any] | None = None,
    *,
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
    config: Path | None = None,
) -> Settings:
    """Merge defaults, the config file, ``PROVENANCE_*`` variables and CLI options.

    ``cli`` maps setting names to option values, None meaning "not given". ``config`` names a
    file explicitly instead of searching from ``cwd``.
    """
    env = os.environ if env is None else env
    merged: dict[str, Any] = {}
    if config is not None:
        data = read_toml(config)
        table = (
            data if config.name != "pyproject.toml" else data.get("tool", {}).get("provenance", {})
        )
        merged.update(_from_file(config, table))
    else:
        found = find_config((cwd or Path.cwd()).resolve())
        if found is not None:
            merged.update(_from_file(*found))
    merged.update(_from_env(env))
    merged.update(_from_cli(cli or {}))
    return replace(Settings(), **merged)
