"""Loading: decoding order, formats, line:column anchors, inputs and errors.

Files are constructed in tmp_path; the seed is read from shared/seed beside the repository.
"""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from provenance.errors import InputError
from provenance.load import expand_inputs, load_bytes, load_path, sniff_format
from provenance.load.decode import decode

SEED = Path(__file__).resolve().parents[2] / ".." / "shared" / "seed" / "000_ec877a3d0b7e51c8.txt"
ARABIC = "أعلن مستشار الأمن القومي قاسم الأعرجي، اليوم الخميس، انتهاء المهام القتالية."


def test_seed_loads_as_text_with_line_columns() -> None:
    article = load_path(SEED)
    assert (article.format, article.encoding, article.source) == ("text", "utf-8", str(SEED))
    assert len(article.anchors) == 14
    footer = article.text.index("— قاسم الاعرجي")
    span = article.span(footer, footer + len("— قاسم الاعرجي (@qassimalaraji) December 9, 2021"))
    assert (span.line, span.column, span.end_line, span.end_column) == (7, 1, 7, 49)
    handle = article.text.index("@qassimalaraji")
    assert article.locate(handle) == (7, 17)


def test_cp1256_without_declaration(tmp_path: Path) -> None:
    path = tmp_path / "ar.txt"
    path.write_bytes((ARABIC + "\n" + ARABIC).encode("cp1256"))
    article = load_path(path)
    assert article.text == ARABIC + "\n" + ARABIC
    assert article.encoding.startswith("windows-1256")


def test_short_cp1256_word_is_not_big5() -> None:
    decoded = decode("بغداد - واع".encode("cp1256"))
    assert decoded.text == "بغداد - واع"
    assert decoded.encoding == "windows-1256 (looks arabic)"


def test_mostly_ascii_cp1256_html_is_judged_on_its_arabic() -> None:
    page = ("<html><head><script>" + "var x = 1;\n" * 15000 + "</script></head><body><p>"
            + ARABIC + "</p></body></html>")
    article = load_bytes(page.encode("cp1256"), "page.html", fmt="html")
    assert ARABIC in article.text
    assert "windows-1256" in article.encoding


def test_non_arabic_legacy_text_is_left_to_charset_normalizer() -> None:
    russian = "Привет, как дела? Это тестовое сообщение на русском языке, достаточно длинное."
    decoded = decode(russian.encode("cp1251"))
    assert decoded.text == russian
    assert decoded.encoding.endswith("(charset-normalizer)")


@pytest.mark.parametrize(
    ("bom", "codec", "label"),
    [
        (codecs.BOM_UTF8, "utf-8", "utf-8 (bom)"),
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le (bom)"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be (bom)"),
    ],
)
def test_bom_files(tmp_path: Path, bom: bytes, codec: str, label: str) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(bom + ("سطر أول\n" + ARABIC).encode(codec))
    article = load_path(path)
    assert article.text == "سطر أول\n" + ARABIC
    assert article.encoding == label
    assert article.locate(article.text.index("أعلن")) == (2, 1)


def test_http_header_charset_wins_over_meta() -> None:
    html = '<html><head><meta charset="utf-8"></head><body><p>' + ARABIC + "</p></body></html>"
    article = load_bytes(html.encode("cp1256"), "u", content_type="text/html; charset=windows-1256")
    assert article.format == "html"
    assert article.text == ARABIC
    assert article.encoding == "windows-1256 (http header)"


@pytest.mark.parametrize(
    "meta",
    ['<meta charset="windows-1256">',
     '<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'],
)
def test_meta_charset(meta: str) -> None:
    html = f"<html><head>{meta}<title>ع</title></head><body><p>{ARABIC}</p></body></html>"
    article = load_bytes(html.encode("cp1256"), "m.html", fmt="html")
    assert article.text == ARABIC
    assert article.encoding == "windows-1256 (meta)"
    assert article.metadata["title"] == "ع"


def test_markdown_keeps_links_in_text(tmp_path: Path) -> None:
    path = tmp_path / "draft.md"
    body = "# عنوان\n\nانظر [التغريدة](https://twitter.com/jack/status/20) هنا.\n"
    path.write_text(body, encoding="utf-8")
    article = load_path(path)
    assert article.format == "markdown" and article.text == body
    assert article.locate(body.index("https")) == (3, 17)


def test_missing_and_unreadable_inputs(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    with pytest.raises(InputError, match=r"nope\.txt"):
        load_path(missing)
    with pytest.raises(InputError, match="directory"):
        load_path(tmp_path)


def test_expand_inputs(tmp_path: Path) -> None:
    for name in ("b.html", "a.txt", "c.md", "d.json", "e.htm"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    expanded = expand_inputs([str(tmp_path), "-", "other.txt"])
    assert [Path(p).name for p in expanded[:4]] == ["a.txt", "b.html", "c.md", "e.htm"]
    assert expanded[4:] == ["-", "other.txt"]


@pytest.mark.parametrize(
    ("data", "fmt"),
    [
        (b"<!DOCTYPE html><html><body>x</body></html>", "html"),
        (b"  <p>fragment</p>", "html"),
        (b"# Title\n\ntext", "markdown"),
        (b"see [this](https://x.com/a/status/1)", "markdown"),
        ("نص عادي\nسطر".encode(), "text"),
    ],
)
def test_format_sniffing(data: bytes, fmt: str) -> None:
    assert sniff_format(data) == fmt
    assert load_bytes(data, "-").format == fmt


def test_load_stdin_sniffs_the_format(monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import sys

    from provenance.load import load_stdin

    stream = io.TextIOWrapper(io.BytesIO("<p>نص</p>".encode("cp1256")), encoding="latin-1")
    monkeypatch.setattr(sys, "stdin", stream)
    article = load_stdin()
    assert (article.source, article.format, article.text) == ("-", "html", "نص")
    assert article.encoding == "windows-1256 (looks arabic)"
