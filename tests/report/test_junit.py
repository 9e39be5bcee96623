"""JUnit XML: one suite per article, one case per claim, failures under the threshold."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from lxml import etree

from provenance.model import Report
from provenance.report.junit import render_junit

SCHEMAS = Path(__file__).resolve().parents[1] / "schemas"


@pytest.mark.parametrize("name", ["junit-10.jenkins-xunit.xsd", "JUnit.windyroad.xsd"])
def test_valid_against_both_schemas(seed_report: Report, name: str) -> None:
    """The document loads in the permissive Jenkins schema and the strict Ant schema."""
    schema = etree.XMLSchema(etree.parse(str(SCHEMAS / name)))
    stamped = replace(seed_report, generated_at=datetime(2021, 12, 10, 8, 0, tzinfo=UTC))
    for report in (seed_report, stamped):
        doc = etree.fromstring(render_junit(report).encode("utf-8"))
        assert schema.validate(doc), schema.error_log


def test_cases_and_failures(seed_report: Report) -> None:
    """12 claims, 4 under 50, each failure naming its findings."""
    root = etree.fromstring(render_junit(seed_report, threshold=50).encode("utf-8"))
    suites = root.findall("testsuite")
    assert len(suites) == 1
    suite = suites[0]
    assert suite.get("name") == "articles/000_ec877a3d0b7e51c8.txt"
    assert (suite.get("tests"), suite.get("failures")) == ("12", "4")
    failed = {
        c.get("name").split(" ")[0]: c.find("failure")
        for c in suite.findall("testcase")
        if c.find("failure") is not None
    }
    assert sorted(failed) == ["k11", "k12", "k7", "k9"]
    assert failed["k7"].get("type") == "PV403"
    assert failed["k7"].get("message").startswith("score 30 < 50: PV403 Second-hand")
    props = {p.get("name"): p.get("value") for p in suite.iter("property")}
    assert props["evidence_origin"] == "fixture" and props["article_grade"] == "C"


def test_threshold_changes_failures(seed_report: Report) -> None:
    """Raising the threshold to 81 fails every claim but the two scored 85."""
    root = etree.fromstring(render_junit(seed_report, threshold=81).encode("utf-8"))
    assert root.find("testsuite").get("failures") == "10"
