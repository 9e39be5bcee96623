"""Settings: precedence CLI > env > config file > defaults, and one-line errors naming the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.errors import ConfigError, ExitCode
from provenance.model import Severity
from provenance.report import Format
from provenance.settings import PARSERS, Settings, load_settings


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_without_config(tmp_path: Path) -> None:
    """No file, no env, no options: the documented defaults."""
    settings = load_settings(env={}, cwd=tmp_path)
    assert settings == Settings()
    assert (settings.fail_under, settings.fail_on, settings.strict) == (0, Severity.HIGH, False)


def test_precedence_cli_over_env_over_file(tmp_path: Path) -> None:
    """Each layer overrides the one below it, key by key."""
    write(
        tmp_path / "provenance.toml",
        'fail_under = 40\nfail-on = "low"\nstrict = true\nformats = ["json", "sarif"]\n',
    )
    from_file = load_settings(env={}, cwd=tmp_path)
    assert (from_file.fail_under, from_file.fail_on, from_file.strict) == (40, Severity.LOW, True)
    assert from_file.formats == (Format.JSON, Format.SARIF)
    env = {"PROVENANCE_FAIL_UNDER": "55", "PROVENANCE_STRICT": "no"}
    from_env = load_settings(env=env, cwd=tmp_path)
    assert (from_env.fail_under, from_env.strict, from_env.fail_on) == (55, False, Severity.LOW)
    cli = load_settings({"fail_under": 70, "strict": None}, env=env, cwd=tmp_path)
    assert (cli.fail_under, cli.strict) == (70, False)  # None means "option not given"


def test_pyproject_table_found_from_a_subdirectory(tmp_path: Path) -> None:
    """[tool.provenance] in a parent pyproject.toml applies; paths are relative to that file."""
    write(
        tmp_path / "pyproject.toml",
        '[project]\nname = "x"\n[tool.provenance]\nfixtures = "fixtures/run.har"\n'
        "allow-hosts = ['Example.org']\nweights = { 'base:post' = 90 }\n",
    )
    sub = tmp_path / "drafts" / "2021"
    sub.mkdir(parents=True)
    settings = load_settings(env={}, cwd=sub)
    assert settings.fixtures == tmp_path / "fixtures" / "run.har"
    assert settings.allow_hosts == ("example.org",)
    assert dict(settings.weights) == {"base:post": 90.0}


def test_provenance_toml_wins_over_pyproject_in_the_same_dir(tmp_path: Path) -> None:
    """In one directory provenance.toml is read, not pyproject.toml."""
    write(tmp_path / "pyproject.toml", "[tool.provenance]\nfail_under = 10\n")
    write(tmp_path / "provenance.toml", "fail_under = 20\n")
    assert load_settings(env={}, cwd=tmp_path).fail_under == 20


def test_pyproject_without_table_is_skipped(tmp_path: Path) -> None:
    """A pyproject.toml with no [tool.provenance] does not stop the search upwards."""
    write(tmp_path / "provenance.toml", "concurrency = 2\n")
    sub = tmp_path / "pkg"
    sub.mkdir()
    write(sub / "pyproject.toml", '[project]\nname = "pkg"\n')
    assert load_settings(env={}, cwd=sub).concurrency == 2


@pytest.mark.parametrize(
    ("where", "message"),
    [
        ("file", 'provenance.toml: fail_under must be an integer 0–100, got "abc"'),
        (
            "env",
            'environment PROVENANCE_FAIL_UNDER: fail_under must be an integer 0–100, got "abc"',
        ),
        ("cli", 'option --fail-under: fail_under must be an integer 0–100, got "abc"'),
    ],
)
def test_bad_value_names_source_and_key(tmp_path: Path, where: str, message: str) -> None:
    """A bad value raises ConfigError (exit 2) with one line naming where it came from."""
    env, cli = {}, {}
    if where == "file":
        write(tmp_path / "provenance.toml", 'fail_under = "abc"\n')
    elif where == "env":
        env = {"PROVENANCE_FAIL_UNDER": "abc"}
    else:
        cli = {"fail_under": "abc"}
    with pytest.raises(ConfigError) as caught:
        load_settings(cli, env=env, cwd=tmp_path)
    assert str(caught.value) == message
    assert "\n" not in str(caught.value)
    assert caught.value.exit_code is ExitCode.USAGE


@pytest.mark.parametrize(
    ("toml", "fragment"),
    [
        ("fail_under = 101", "fail_under must be an integer 0–100, got 101"),
        ("fail_under = true", "fail_under must be an integer 0–100, got true"),
        (
            'fail_on = "severe"',
            'fail_on must be one of info, low, medium, high, none, got "severe"',
        ),
        ('formats = ["pdf"]', "formats must be a list of terminal"),
        ("strict = 1", "strict must be true or false, got 1"),
        ("concurrency = 0", "concurrency must be an integer 1–64, got 0"),
        ("timeout = -1", "timeout must be a positive number of seconds, got -1"),
        ('allow_hosts = ["http://x/y"]', "allow_hosts must be a list of host names"),
        ("fial_under = 3", "unknown key 'fial_under' (did you mean fail_under?)"),
        ("fail_under = ", "invalid TOML"),
    ],
)
def test_file_errors(tmp_path: Path, toml: str, fragment: str) -> None:
    """Each kind of bad file value is caught where it enters, with the file named."""
    write(tmp_path / "provenance.toml", toml + "\n")
    with pytest.raises(ConfigError, match=r"^provenance\.toml: ") as caught:
        load_settings(env={}, cwd=tmp_path)
    assert fragment in str(caught.value)


def test_env_values_are_parsed_from_text(tmp_path: Path) -> None:
    """Env strings become typed values; NO_COLOR turns colour off; unknown vars are ignored."""
    env = {
        "PROVENANCE_FORMATS": "sarif, junit,sarif",
        "PROVENANCE_FAIL_ON": "none",
        "PROVENANCE_OFFLINE": "true",
        "PROVENANCE_WEIGHTS": "base:post=90, base:none=20",
        "PROVENANCE_CACHE_TTL": "3600",
        "PROVENANCE_SOMETHING_ELSE": "x",
        "NO_COLOR": "",
    }
    settings = load_settings(env=env, cwd=tmp_path)
    assert settings.formats == (Format.SARIF, Format.JUNIT)
    assert settings.fail_on is None and settings.offline and settings.cache_ttl == 3600
    assert dict(settings.weights) == {"base:post": 90.0, "base:none": 20.0}
    assert settings.color is False


def test_explicit_config_file(tmp_path: Path) -> None:
    """config= reads that file instead of searching."""
    write(tmp_path / "provenance.toml", "fail_under = 1\n")
    other = write(tmp_path / "ci.toml", "fail_under = 77\n")
    assert load_settings(env={}, cwd=tmp_path, config=other).fail_under == 77


def test_every_field_has_a_parser() -> None:
    """A new Settings field without a parser could never be configured."""
    assert set(PARSERS) == set(Settings.__dataclass_fields__)
