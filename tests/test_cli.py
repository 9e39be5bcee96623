"""The command line: exit codes, one-line errors, inputs never overwritten, `when`, `rules`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from provenance.cli import app
from provenance.score.rules import RULES
from tests.conftest import FIXTURES, ROOT, SEED

runner = CliRunner()
EXAMPLE = FIXTURES / "articles" / "example_ar.txt"
EXAMPLE_HAR = FIXTURES / "http" / "example.har"


def _error_line(result) -> str:  # type: ignore[no-untyped-def]
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.output
    return lines[0]


def test_missing_file_is_a_one_line_usage_error() -> None:
    result = runner.invoke(app, ["detect", "no/such/article.txt"])
    assert result.exit_code == 2
    assert "no/such/article.txt" in _error_line(result)


def test_offline_without_fixtures_fetches_nothing() -> None:
    result = runner.invoke(app, ["check", str(EXAMPLE), "--offline", "-f", "json",
                                 "--fail-on", "none"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    statuses = {e["resolution"]["status"] for e in data["embeds"]}
    assert statuses == {"skipped_offline"}
    assert runner.invoke(app, ["check", str(EXAMPLE), "--offline", "--strict",
                               "--fail-on", "none"]).exit_code == 3


def test_missing_fixtures_file_is_a_usage_error() -> None:
    result = runner.invoke(app, ["check", str(EXAMPLE), "--fixtures", "nope.har"])
    assert result.exit_code == 2 and "nope.har" in _error_line(result)


def test_unknown_format_is_a_usage_error() -> None:
    result = runner.invoke(app, ["detect", str(EXAMPLE), "--format", "pdf"])
    assert result.exit_code == 2 and "pdf" in _error_line(result)


def test_bad_config_value_names_the_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "provenance.toml").write_text('fail_under = "abc"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["check", str(EXAMPLE), "--fixtures", str(EXAMPLE_HAR)])
    assert result.exit_code == 2 and "fail_under" in _error_line(result)


def test_output_never_overwrites_the_input(tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    before = draft.read_bytes()
    result = runner.invoke(app, ["detect", str(draft), "-o", str(draft)])
    assert result.exit_code == 2 and "overwrite" in _error_line(result)
    result = runner.invoke(app, ["check", str(draft), "--record", str(draft)])
    assert result.exit_code == 2
    assert draft.read_bytes() == before


def test_gates_follow_thresholds() -> None:
    base = ["check", str(EXAMPLE), "--offline", "--fixtures", str(EXAMPLE_HAR), "-q"]
    assert runner.invoke(app, [*base, "--fail-on", "none"]).exit_code == 0
    assert runner.invoke(app, [*base, "--fail-on", "none", "--fail-under", "100"]).exit_code == 1
    assert runner.invoke(app, [*base, "--fail-on", "info"]).exit_code == 1


def test_strict_exits_3_when_verification_is_incomplete() -> None:
    # The example's recordings do not hold the scenario article's requests.
    article = FIXTURES / "articles" / "scenarios.html"
    args = ["check", str(article), "--fixtures", str(EXAMPLE_HAR), "--fail-on", "none"]
    assert runner.invoke(app, args).exit_code == 0
    assert runner.invoke(app, [*args, "--strict"]).exit_code == 3


def test_several_inputs_give_a_json_array() -> None:
    result = runner.invoke(app, ["detect", str(EXAMPLE), str(SEED), "--format", "json"])
    data = json.loads(result.stdout)
    assert isinstance(data, list) and len(data) == 2


def test_stdin_input() -> None:
    result = runner.invoke(app, ["detect", "-", "--format", "json"],
                           input=EXAMPLE.read_text(encoding="utf-8"))
    assert result.exit_code == 0
    assert json.loads(result.stdout)["embeds"][0]["handle"] == "samer_alhadithi"


@pytest.mark.parametrize(("given", "platform", "time"), [
    ("1098230906194546688", "twitter", "2019-02-20T14:40:26.837Z"),
    ("https://x.com/a/status/2023357708301455483?s=20", "twitter", "2026-02-16T11:24:04.484Z"),
])
def test_when_decodes_ids_and_urls(given: str, platform: str, time: str) -> None:
    result = runner.invoke(app, ["when", given, "--format", "json"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert (data["platform"], data["time"]) == (platform, time)


def test_when_pre_snowflake_id_has_no_time() -> None:
    data = json.loads(runner.invoke(app, ["when", "20", "--format", "json"]).stdout)
    assert data["time"] is None and "snowflake" in data["note"]


def test_when_rejects_an_unknown_platform() -> None:
    result = runner.invoke(app, ["when", "123", "--platform", "myspace"])
    assert result.exit_code == 2 and "myspace" in _error_line(result)


def test_rules_lists_every_rule() -> None:
    data = json.loads(runner.invoke(app, ["rules", "--format", "json"]).stdout)
    assert [r["id"] for r in data] == [r.id for r in RULES]
    assert all(r["doc"].strip() for r in data)


def test_post_command_offline() -> None:
    har = FIXTURES / "http" / "scenarios.har"
    result = runner.invoke(app, ["post", "https://twitter.com/NewsDeskDemo/status/1495684718393163777",
                                 "--offline", "--fixtures", str(har), "--format", "json"])
    data = json.loads(result.stdout)
    assert data["status"] == "deleted" and data["id_time"].startswith("2022-02-21")


def test_python_dash_m_entry_point() -> None:
    result = subprocess.run([sys.executable, "-m", "provenance", "when", "20"],
                            capture_output=True, text=True, cwd=ROOT, check=False)
    assert result.returncode == 0 and "no time" in result.stdout


@pytest.mark.parametrize(("given", "platform", "time"), [
    ("https://bsky.app/profile/emilyliu.me/post/3lbq7mxsiek2v", "bluesky",
     "2024-11-24T23:58:51.890Z"),
    ("https://www.instagram.com/p/BCW-bHsLDVg/", "instagram", "2016-02-29T05:47:48.017Z"),
    ("https://www.threads.net/@timoliver/post/Cyh2ZNprQO2", "threads", "2023-10-18T05:45:25"),
    ("https://www.tiktok.com/@atribecalledval/video/7348705314746699054", "tiktok",
     "2024-03-21T06:49:48"),
    ("https://mastodon.social/@Gargron/103270115826048975", "mastodon",
     "2019-12-08T03:48:33.849Z"),
    ("https://www.linkedin.com/embed/feed/update/urn:li:share:6685980502161199104", "linkedin",
     "2020-07-06T18:59:31.226Z"),
    ("https://youtu.be/dQw4w9WgXcQ", "youtube", None),
    ("https://t.me/durov/43", "telegram", None),
])
def test_when_accepts_a_post_url_of_any_platform(
    given: str, platform: str, time: str | None
) -> None:
    data = json.loads(runner.invoke(app, ["when", given, "--format", "json"]).stdout)
    assert data["platform"] == platform
    if time is None:
        assert data["time"] is None and "no time" in data["note"]
    else:
        assert data["time"].startswith(time)


def test_when_bare_discord_id() -> None:
    args = ["when", "175928847299117063", "--platform", "discord", "-f", "json"]
    result = runner.invoke(app, args)
    assert json.loads(result.stdout)["time"] == "2016-04-30T11:18:25.796Z"


def test_a_directory_without_articles_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "notes.json").write_text("{}", encoding="utf-8")
    for args in (["detect", str(tmp_path)], ["check", str(tmp_path), "--offline"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 2 and "no .txt" in _error_line(result)


def test_version_names_the_tool_and_the_rubric() -> None:
    from provenance.score import RUBRIC_VERSION

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.startswith("provenance ") and f"(rubric {RUBRIC_VERSION})" in result.stdout


@pytest.mark.parametrize("args", [["rules"], ["detect", str(SEED), "--format", "json"]])
def test_a_reader_closing_the_pipe_is_not_an_error(args: list[str]) -> None:
    """``provenance … | head``: a quiet stop with exit 0, not 'internal error'."""
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader has already left: every write fails with EPIPE
    try:
        result = subprocess.run([sys.executable, "-m", "provenance", *args], stdout=write_end,
                                stderr=subprocess.PIPE, cwd=ROOT, timeout=120)
    finally:
        os.close(write_end)
    assert (result.returncode, result.stderr) == (0, b"")


@pytest.mark.parametrize("option", ["--record", "--warc"])
def test_evidence_that_could_not_be_written_fails_before_the_run(tmp_path: Path,
                                                                 option: str) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = runner.invoke(app, ["check", str(EXAMPLE), option, str(blocker / "evidence")])
    assert result.exit_code == 2
    assert f"{option} " in _error_line(result) and "cannot create" in _error_line(result)
