"""The seed's check report in every machine format, made by the real pipeline (not by hand).

SARIF validates against the official 2.1.0 schema and points at the seed's lines, JUnit validates
against the Jenkins xUnit schema, the HTML page is right to left with the paraphrase flagged, and
Markdown carries the grade. The hand-built reports in tests/report/ cover the renderers' details.
"""

from __future__ import annotations

import json

import jsonschema
import pytest
from bs4 import BeautifulSoup
from lxml import etree
from typer.testing import CliRunner

from provenance.cli import app
from tests.conftest import FIXTURES, ROOT, SEED

runner = CliRunner()
SCHEMAS = ROOT / "tests" / "schemas"
pytestmark = pytest.mark.skipif(not SEED.exists(), reason="../shared/seed is not beside the repo")


def _report(fmt: str) -> str:
    result = runner.invoke(app, ["check", str(SEED), "--offline", "--fixtures",
                                 str(FIXTURES / "http" / "seed.har"), "--format", fmt])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_sarif_validates_and_points_at_the_seed_lines() -> None:
    sarif = json.loads(_report("sarif"))
    schema = json.loads((SCHEMAS / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema).validate(sarif)
    results = sarif["runs"][0]["results"]
    lines = {r["ruleId"]: r["locations"][0]["physicalLocation"]["region"]["startLine"]
             for r in results if r["ruleId"] in {"PV301", "PV101"}}
    assert lines == {"PV301": 4, "PV101": 6}
    pv404 = sorted(r["locations"][0]["physicalLocation"]["region"]["startLine"]
                   for r in results if r["ruleId"] == "PV404")
    assert pv404 == [8, 12]
    rule_ids = [rule["id"] for rule in sarif["runs"][0]["tool"]["driver"]["rules"]]
    assert all(r["ruleId"] in rule_ids for r in results)


def test_junit_validates_with_one_case_per_claim() -> None:
    xml = _report("junit").encode("utf-8")
    schema = etree.XMLSchema(etree.parse(str(SCHEMAS / "junit-10.jenkins-xunit.xsd")))
    document = etree.fromstring(xml)
    schema.assertValid(document)
    cases = document.findall(".//testcase")
    assert len(cases) >= 12
    failed = [case for case in cases if case.find("failure") is not None]
    assert failed and len(failed) < len(cases)


def test_html_is_right_to_left_with_the_paraphrase_flagged() -> None:
    soup = BeautifulSoup(_report("html"), "html.parser")
    assert soup.find(attrs={"dir": "rtl"}) is not None
    assert "offline" in soup.get_text().lower()
    flagged = [node for node in soup.find_all(class_=True) if "PV301" in node.get_text()]
    assert flagged
    assert not soup.find_all("script", src=True) and not soup.find_all("link", href=True)


def test_markdown_has_the_grade_and_rubric() -> None:
    text = _report("md")
    assert "Grade" in text or "grade" in text
    assert "1.0" in text and "PV301" in text
