"""HTML page: self-contained, RTL for Arabic, every item marked by band and rule, escaped."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import zlib
from dataclasses import replace
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from provenance.model import Report
from provenance.report.html import render_html

CHROMIUM = "/usr/bin/chromium"


@pytest.fixture
def page(seed_report: Report) -> BeautifulSoup:
    return BeautifulSoup(render_html(seed_report), "lxml")


def test_arabic_page_is_rtl_and_phone_ready(page: BeautifulSoup) -> None:
    """The root is dir=rtl lang=ar, with a viewport meta for phones."""
    assert (page.html["dir"], page.html["lang"]) == ("rtl", "ar")
    assert page.find("meta", attrs={"name": "viewport"})["content"].startswith("width=device-width")
    assert page.find("section", class_="article")["dir"] == "rtl"


def test_paraphrase_is_marked_pv301_with_a_label(page: BeautifulSoup) -> None:
    """The line-4 paraphrase carries class rule-PV301 and a visible label, not colour alone."""
    mark = page.find("mark", id="k3")
    assert "rule-PV301" in mark["class"] and "band-fair" in mark["class"]
    assert mark.get_text().startswith("تم انتهاء جولة الحوار الأخيرة مع التحالف")
    badge = mark.find("a", class_="badge")
    assert badge.get_text() == "◐ 60 partly sourced PV301"
    assert badge["href"] == "#ev-k3"
    weak = page.find("mark", id="k7")
    assert "band-weak" in weak["class"] and weak.find("a", class_="badge").get_text().startswith(
        "✖"
    )


def test_every_item_is_marked_and_has_an_evidence_panel(page: BeautifulSoup, seed_report) -> None:
    """12 claims, 1 embed and 2 citations: 15 marks and 15 <details> panels."""
    marks = page.find_all("mark")
    assert len(marks) == 15
    assert len(page.find_all("details", class_="evidence")) == 15
    embed = page.find("mark", id="e1")
    assert "تم انتهاء" not in embed.get_text() and "(@qassimalaraji)" in embed.get_text()
    assert page.find("mark", id="c2").get_text().startswith('وكالة "أسوشيتد برس" الأميركية')
    panel = page.find("details", id="ev-e1")
    text = panel.get_text(" ")
    assert "2021-12-09T09:18:00+00:00" in text  # ID time
    assert "wayback" in text and "2021-12-09T10:15:00+00:00" in text  # capture date
    k3 = page.find("details", id="ev-k3").get_text(" ")
    assert "paraphrase" in k3 and "اليوم أنهينا جولة الحوار الأخيرة" in k3
    assert "PV301" in k3 and "-25" in k3
    assert "Grade" in page.find("p", class_="grade").get_text()
    banner = page.find("header", class_="banner")
    assert banner.get_text().startswith("Evidence: recorded fixtures (offline audit)")


def test_page_makes_no_external_requests(seed_report: Report) -> None:
    """No scripts, stylesheets, images, frames or CSS URLs: it works offline and leaks nothing."""
    html = render_html(seed_report)
    soup = BeautifulSoup(html, "lxml")
    assert not soup.find_all(["script", "link", "img", "iframe", "object", "embed"])
    assert not [t for t in soup.find_all(src=True)]
    assert "url(" not in html and "@import" not in html


def test_text_is_escaped(seed_report: Report) -> None:
    """Markup in article text and post text is shown, never run."""
    article = seed_report.articles[0]
    det = article.detections
    # Same length as the text it replaces, so every span still points where it did.
    bad_article = replace(det.article, text="<script>" + det.article.text[8:])
    bad = replace(
        seed_report, articles=(replace(article, detections=replace(det, article=bad_article)),)
    )
    html = render_html(bad)
    assert "<script>" not in html and "&lt;script&gt;" in html
    res = article.resolutions[0]
    post = replace(res.post, url="javascript:alert(1)")
    bad2 = replace(
        seed_report,
        articles=(
            replace(article, resolutions=(replace(res, post=post), *article.resolutions[1:])),
        ),
    )
    assert 'href="javascript:' not in render_html(bad2)


def _png_is_not_blank(data: bytes) -> bool:
    """Decode enough of a PNG to tell a drawn page from a single flat colour."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat = 8, b""
    width = 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        body = data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width = struct.unpack(">I", body[:4])[0]
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    # Row filters make a flat image mostly zero bytes; drawn text makes many distinct values.
    return width > 0 and len(set(raw[: 400 * width])) > 20


def test_blank_png_is_detected() -> None:
    """The screenshot check can fail: a flat white image counts as blank."""
    width, height = 64, 64
    rows = b"".join(b"\x00" + b"\xff\xff\xff" * width for _ in range(height))

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    png = (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )
    assert not _png_is_not_blank(png)


@pytest.mark.browser
def test_headless_chromium_renders_the_page(seed_report: Report, tmp_path: Path) -> None:
    """Chromium draws a non-blank page whose DOM is RTL and holds the flagged quote."""
    if not (shutil.which(CHROMIUM) or Path(CHROMIUM).exists()):
        if os.environ.get("CI"):
            pytest.fail("Chromium is required in CI (apt-get install -y chromium)")
        pytest.skip("Chromium is not installed")
    page_file = tmp_path / "report.html"
    page_file.write_text(render_html(seed_report), encoding="utf-8")
    shot = tmp_path / "shot.png"
    base = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={tmp_path / 'profile'}",
    ]
    subprocess.run(
        [*base, f"--screenshot={shot}", "--window-size=412,915", page_file.as_uri()],
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert _png_is_not_blank(shot.read_bytes())
    dom = subprocess.run(
        [*base, "--dump-dom", page_file.as_uri()],
        check=True,
        capture_output=True,
        timeout=120,
        text=True,
    ).stdout
    soup = BeautifulSoup(dom, "lxml")
    assert soup.html["dir"] == "rtl"
    flagged = soup.select("mark.rule-PV301")
    assert [m["id"] for m in flagged] == ["k3"]


def test_english_article_is_ltr(seed_report: Report) -> None:
    """An English article gets dir=ltr lang=en; the markup stays well formed."""
    article = seed_report.articles[0]
    english = "BAGHDAD (AP) - The coalition's combat mission in Iraq has ended, an adviser said. "
    text = (english * 40)[: len(article.detections.article.text)]
    det = replace(article.detections, article=replace(article.detections.article, text=text))
    page = BeautifulSoup(
        render_html(replace(seed_report, articles=(replace(article, detections=det),))), "lxml"
    )
    assert (page.html["dir"], page.html["lang"]) == ("ltr", "en")
    assert page.find("section", class_="article")["dir"] == "ltr"
    assert len(page.find_all("mark")) == 15
