"""JUnit XML output, for CI systems that show test results (Jenkins, GitLab, Azure, Buildkite).

One ``<testsuite>`` per article and one ``<testcase>`` per claim; a claim scored under the
threshold gets a ``<failure>`` whose message lists its findings. The document keeps to the
strict Ant schema (``JUnit.windyroad.xsd``) as well as the permissive Jenkins xUnit one, so it
loads everywhere: every required attribute is present and ``timestamp`` has no zone.
"""

from __future__ import annotations

import re

from lxml import etree

from provenance.model import ArticleReport, Report
from provenance.report.common import Index, shorten

#: ``timestamp`` when the report carries no ``generated_at`` (keeps golden files stable).
EPOCH = "1970-01-01T00:00:00"

#: Characters XML 1.0 forbids; claim text copied from the web can carry them.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _clean(text: str) -> str:
    return _XML_INVALID.sub("\ufffd", text)


def _suite(article: ArticleReport, report: Report, number: int, threshold: int) -> etree._Element:
    index = Index(article)
    source = article.detections.article.source
    stamp = report.generated_at.strftime("%Y-%m-%dT%H:%M:%S") if report.generated_at else EPOCH
    failures = sum(1 for s in article.claim_scores if s.score < threshold)
    unscored = [c for c in article.detections.claims if c.id not in index.scores]
    suite = etree.Element(
        "testsuite",
        name=_clean(source) or "article",
        package="provenance",
        id=str(number),
        timestamp=stamp,
        hostname="localhost",
        tests=str(len(article.detections.claims)),
        failures=str(failures),
        errors="0",
        skipped=str(len(unscored)),
        time="0",
    )
    props = etree.SubElement(suite, "properties")
    for name, value in (
        ("rubric_version", report.rubric_version),
        ("evidence_origin", report.origin.value if report.origin else "none"),
        ("article_score", str(article.score.score) if article.score else ""),
        ("article_grade", article.score.grade if article.score else ""),
        ("claim_threshold", str(threshold)),
    ):
        etree.SubElement(props, "property", name=name, value=value)
    for claim in article.detections.claims:
        score = index.scores.get(claim.id)
        case = etree.SubElement(
            suite,
            "testcase",
            name=_clean(f"{claim.id} line {claim.span.line}: {shorten(claim.text, 100)}"),
            classname=_clean(f"{source}.{claim.speaker or 'unattributed'}").replace(" ", "_"),
            time="0",
        )
        if score is None:
            etree.SubElement(case, "skipped")
        elif score.score < threshold:
            findings = "; ".join(f"{f.rule_id} {f.message}" for f in score.findings)
            failure = etree.SubElement(
                case,
                "failure",
                message=_clean(f"score {score.score} < {threshold}: {findings or 'no findings'}"),
                type=score.findings[0].rule_id if score.findings else "low-score",
            )
            failure.text = _clean(
                "\n".join(
                    [f"{claim.text}", f"score {score.score}"]
                    + [f"{c.name} {c.points:+g}: {c.why}" for c in score.components]
                    + [f"{f.rule_id} [{f.severity.value}] {f.message}" for f in score.findings]
                )
            )
    etree.SubElement(suite, "system-out").text = ""
    etree.SubElement(suite, "system-err").text = ""
    return suite


def render_junit(report: Report, *, threshold: int = 50) -> str:
    """The JUnit document: ``<testsuites>`` holding one suite per article."""
    root = etree.Element("testsuites")
    for number, article in enumerate(report.articles):
        root.append(_suite(article, report, number, threshold))
    xml: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    return xml.decode("utf-8")
