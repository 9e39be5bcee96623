"""The seed article end to end: what EXPECTED.md lists, through the real CLI.

Reads the seed from ``../shared/seed`` (CI has it too) and the constructed recordings in
``fixtures/http/seed.har``.
"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from provenance.cli import app
from tests.conftest import FIXTURES, SEED

runner = CliRunner()
pytestmark = pytest.mark.skipif(not SEED.exists(), reason="../shared/seed is not beside the repo")


def _json(*args: str) -> dict:
    result = runner.invoke(app, [*args, "--format", "json"])
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


def _line(item: dict) -> int:
    return item["span"]["line"]


@pytest.fixture(scope="module")
def detected() -> dict:
    return _json("detect", str(SEED))


@pytest.fixture(scope="module")
def checked() -> dict:
    return _json("check", str(SEED), "--offline", "--fixtures", str(FIXTURES / "http" / "seed.har"))


def test_one_flattened_embed(detected: dict) -> None:
    assert detected["schema_version"] == "1"
    (embed,) = detected["embeds"]
    lines = SEED.read_text(encoding="utf-8").splitlines()
    assert embed["platform"] == "twitter" and embed["form"] == "flattened"
    assert embed["handle"] == "qassimalaraji" and embed["author"] == "قاسم الاعرجي"
    assert embed["claimed_date"] == "2021-12-09"
    assert embed["text"] == lines[5]
    assert embed["post_id"] is None and _line(embed) == 6
    assert detected["post_mentions"] == []


def test_source_agencies(detected: dict) -> None:
    sources = [c for c in detected["citations"] if c["is_source"]]
    assert [(c["agency"], _line(c), c["role"]) for c in sources] == [
        ("INA", 8, "witness"),
        ("AP", 12, "interview"),
    ]
    assert all(c["agency"] in {"INA", "AP"} for c in detected["citations"])


def test_claims_speakers_media_and_links(detected: dict) -> None:
    claims = detected["claims"]
    assert len(claims) >= 12
    embed_id = detected["embeds"][0]["id"]
    ina, ap = (c["id"] for c in detected["citations"] if c["is_source"])
    by_line: dict[int, list[dict]] = {}
    for claim in claims:
        by_line.setdefault(_line(claim), []).append(claim)
    for line in (1, 2, 3, 4, 5):
        assert by_line[line], f"no claim on line {line}"
        for claim in by_line[line]:
            assert claim["medium"] == "post" and embed_id in claim["sources"]
            assert "الأعرجي" in claim["speaker"]
    assert len(by_line[4]) == 2
    for line in (8, 10):
        for claim in by_line[line]:
            assert claim["speaker"] == "سعد معن" and claim["medium"] == "press_conference"
            assert ina in claim["sources"]
    (hearsay,) = by_line[9]
    assert "جون بريمر" in hearsay["speaker"] and hearsay["reported_by"] == "سعد معن"
    (interview,) = by_line[12]
    assert interview["medium"] == "interview" and ap in interview["sources"]
    assert "الكاظمي" in interview["speaker"]
    for line, name in ((11, "مصطفى الكاظمي"), (13, "برهم صالح"), (14, "برهم صالح")):
        (claim,) = by_line[line]
        assert claim["speaker"] == name and claim["medium"] == "none" and claim["sources"] == []
    assert by_line[11][0]["speaker_title"] == "رئيس الوزراء العراقي"


def test_dates(detected: dict) -> None:
    article = detected["article"]
    assert article["inferred_date"] == "2021-12-09"
    assert "الخميس" in article["inferred_date_reason"]
    values = {d["surface"]: d["value"] for d in detected["dates"]}
    assert any("تموز/ يوليو" in s and v == "2021-07-25" for s, v in values.items())


def test_check_resolves_the_flattened_embed_through_the_archive(checked: dict) -> None:
    (embed,) = checked["embeds"]
    resolution = embed["resolution"]
    assert resolution["origin"] == "fixture" and resolution["status"] == "live"
    assert resolution["id_time"].startswith("2021-12-09")
    assert "archive search" in resolution["reason"]
    assert resolution["post"]["handle"] == "qassimalaraji"


def test_check_quotes_dates_and_agency_copies(checked: dict) -> None:
    claims = {c["id"]: c for c in checked["claims"]}
    line4 = sorted((c for c in claims.values() if _line(c) == 4), key=lambda c: c["span"]["start"])
    first, second = line4
    assert "PV301" in {f["rule_id"] for f in first["findings"]}
    assert first["quote_match"]["verdict"] == "paraphrase"
    assert second["quote_match"]["verdict"] in {"verbatim", "near_verbatim"}
    (line5,) = [c for c in claims.values() if _line(c) == 5]
    assert line5["quote_match"]["verdict"] in {"verbatim", "near_verbatim"}
    assert "PV301" not in {f["rule_id"] for f in line5["findings"]}
    rules = {f["rule_id"] for c in claims.values() for f in c["findings"]}
    rules |= {f["rule_id"] for f in checked["findings"]}
    assert "PV305" not in rules  # 2021-12-09 was a Thursday, as "اليوم الخميس" says
    flagged = {f["item_id"] for f in checked["findings"] if f["rule_id"] == "PV404"}
    assert flagged == {c["id"] for c in checked["citations"] if c["is_source"]}
    assert checked["article"]["rubric_version"] and checked["article"]["grade"] in "ABCDEF"


def test_july_statements_rank_lowest(checked: dict) -> None:
    claims = checked["claims"]
    july = [c["score"] for c in claims if _line(c) in (11, 13, 14)]
    others = [c["score"] for c in claims if _line(c) not in (11, 13, 14)]
    assert max(july) < min(others)


def test_text_report_says_it_is_an_offline_audit() -> None:
    result = runner.invoke(
        app, ["check", str(SEED), "--offline", "--fixtures", str(FIXTURES / "http" / "seed.har")]
    )
    assert result.stdout.splitlines()[0].startswith("Evidence: recorded fixtures")
