"""HTML loading: blocks become lines, anchors point at the source, spans and metadata.

The pages are constructed for these tests.
"""

from __future__ import annotations

from provenance.load import load_bytes

PAGE = """<!doctype html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<title>عنوان الصفحة</title>
<link rel="canonical" href="https://www.example.com/news/1">
<meta property="og:url" content="https://m.example.com/news/1">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","datePublished":"2021-12-09T12:00:00+03:00"}]}</script>
<style>p { color: red; }</style>
</head>
<body>
<article>
<h1>الأعرجي يعلن</h1>
<p>أعلن مستشار   الأمن
  القومي <b>قاسم الأعرجي</b>، اليوم.</p>
<p>Tom &amp; Jerry</p>
<script data-telegram-post="durov/43" src="https://telegram.org/js/telegram-widget.js?22"></script>
<ul><li>أول</li><li>ثان</li></ul>
<p>سطر<br>سطر آخر</p>
</article>
</body>
</html>
"""


def _article():
    return load_bytes(PAGE.encode("utf-8"), "page.html", fmt="html")


def test_blocks_become_lines_and_scripts_are_left_out() -> None:
    article = _article()
    assert article.text.split("\n") == [
        "الأعرجي يعلن",
        "أعلن مستشار الأمن القومي قاسم الأعرجي، اليوم.",
        "Tom & Jerry",
        "أول",
        "ثان",
        "سطر",
        "سطر آخر",
    ]
    assert "color" not in article.text and "schema.org" not in article.text
    # The script element stays in the tree for markup detectors.
    assert article.tree.find("script", attrs={"data-telegram-post": True}) is not None


def test_anchors_give_source_line_and_column() -> None:
    article = _article()
    lines = PAGE.split("\n")
    # "القومي" sits on source line 15 after two spaces of indentation.
    offset = article.text.index("القومي")
    line, column = article.locate(offset)
    assert (line, column) == (15, 3)
    assert lines[line - 1][column - 1:].startswith("القومي")
    # "مستشار" is inside a verbatim run on line 14.
    line, column = article.locate(article.text.index("مستشار"))
    assert lines[line - 1][column - 1:].startswith("مستشار")
    # The bold name has its own run.
    line, column = article.locate(article.text.index("قاسم"))
    assert lines[line - 1][column - 1:].startswith("قاسم الأعرجي</b>")


def test_decoded_entities_are_not_verbatim() -> None:
    article = _article()
    offset = article.text.index("Tom & Jerry")
    anchor = next(a for a in article.anchors if a.offset == offset)
    assert anchor.verbatim is False
    assert (anchor.line, anchor.column) == (16, 4)  # found as "Tom &amp; Jerry"
    # A run whose entity cannot be re-spelt is anchored at its element.
    page = "<html><body>\n<div>\n  <p>&mdash; Name</p></div></body></html>"
    other = load_bytes(page.encode(), "p.html", fmt="html")
    assert other.anchors[0].verbatim is False
    assert (other.anchors[0].line, other.anchors[0].column) == (3, 3)


def test_element_spans_and_span_of_an_element() -> None:
    article = _article()
    bold = article.tree.find("b")
    start, end = article.element_spans[id(bold)]
    assert article.text[start:end] == "قاسم الأعرجي"
    span = article.span(start, end)
    assert (span.line, span.column) == (15, 13)
    paragraph = article.tree.find("p")
    start, end = article.element_spans[id(paragraph)]
    assert article.text[start:end] == "أعلن مستشار الأمن القومي قاسم الأعرجي، اليوم."
    script = article.tree.find("script", attrs={"data-telegram-post": True})
    assert id(script) in article.element_spans


def test_metadata_from_the_head() -> None:
    article = _article()
    assert article.metadata == {
        "published_time": "2021-12-09T12:00:00+03:00",
        "title": "عنوان الصفحة",
        "url": "https://www.example.com/news/1",
        "site_host": "www.example.com",
        "lang": "ar",
    }


def test_published_time_sources_in_order() -> None:
    meta = ('<html><head><meta property="article:published_time" content="2020-01-01T00:00:00Z">'
            '</head><body><time datetime="2019-05-05">x</time></body></html>')
    assert load_bytes(meta.encode(), "a.html", fmt="html").metadata["published_time"] == (
        "2020-01-01T00:00:00Z")
    only_time = '<html><body><p>x <time datetime="2019-05-05">5 May</time></p></body></html>'
    article = load_bytes(only_time.encode(), "b.html", fmt="html")
    assert article.metadata["published_time"] == "2019-05-05"


def test_deep_nesting_does_not_recurse() -> None:
    html = "<div>" * 3000 + "عمق" + "</div>" * 3000
    article = load_bytes(html.encode(), "deep.html", fmt="html")
    assert article.text == "عمق"
