"""HTML → Article: readable text with one block per line, offsets back to elements and source.

The document is parsed with BeautifulSoup's ``html.parser`` builder because it records each tag's
``sourceline``/``sourcepos``. Text runs are then found in the source from a moving cursor, so a
run copied one for one gets an exact line:column; a run that differs from its source (decoded
entities) is anchored, ``verbatim=False``, at its element. Script, style, noscript and template
contents are left out of the text, but their elements stay in the tree for markup detectors.
"""

from __future__ import annotations

import bisect
import json
import re
from html import escape as html_escape
from typing import Any
from urllib.parse import urlsplit

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import PreformattedString

from provenance.model import Anchor, Article

#: Elements whose start and end break the line.
BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "body", "br", "caption", "dd", "details",
    "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1",
    "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "iframe", "li", "main", "nav",
    "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul",
})
#: Elements whose text is not article text (kept in the tree, left out of ``Article.text``).
SKIPPED = frozenset({"head", "script", "style", "noscript", "template", "title", "svg", "math"})
#: Table cells are separated by a space, not a line.
CELLS = frozenset({"td", "th"})
#: A run of text with single spaces inside: copied one for one, so columns can be counted.
_CHUNK_RE = re.compile(r"[^ \t\n\r\f\v]+(?: [^ \t\n\r\f\v]+)*")
#: A start tag, quoted attribute values included (each branch starts with a distinct character,
#: so the repetition cannot backtrack).
# possessive: the tag name and its attributes are read one way (an unclosed tag of n
# characters cost n² tries otherwise); the alternatives begin with different characters
_START_TAG_RE = re.compile(r"""<[^\s/>]*+(?:[^>"']|"[^"]*"|'[^']*')*+>""")
#: How far past the cursor a text run is searched for (comments and entities sit in between).
SEARCH_SLACK = 512


def html_article(html: str, source: str, encoding: str) -> Article:
    """Parse ``html`` and build its :class:`Article` (text, anchors, element spans, metadata)."""
    soup = BeautifulSoup(html, "html.parser")
    builder = _TextBuilder(html)
    builder.walk(soup)
    return Article(
        source=source, text="".join(builder.parts), format="html", encoding=encoding,
        anchors=tuple(builder.anchors), tree=soup, element_spans=builder.spans,
        metadata=page_metadata(soup),
    )


class _TextBuilder:
    """Walks the tree once, appending text and recording anchors and element spans."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.line_starts = [0, *(m.end() for m in re.finditer("\n", source))]
        self.parts: list[str] = []
        self.length = 0
        self.anchors: list[Anchor] = []
        self.spans: dict[int, tuple[int, int]] = {}
        self.chunk_starts: list[int] = []
        self.cursor = 0
        self.pending_break = False
        self.pending_space = False

    def walk(self, root: Tag) -> None:
        """Visit every node in document order (iteratively: pages nest deeper than recursion)."""
        stack: list[tuple[Any, int]] = [(root, -1)]
        while stack:
            node, opened = stack.pop()
            if opened >= 0:
                self._close(node, opened)
            elif isinstance(node, Tag):
                if node.name in SKIPPED:
                    self._skip(node)
                    continue
                opened = self._open(node)
                stack.append((node, opened))
                stack.extend((child, -1) for child in reversed(node.contents))
            elif isinstance(node, NavigableString) and not isinstance(node, PreformattedString):
                self._text(node)

    def _open(self, tag: Tag) -> int:
        if tag.name in BLOCKS:
            self.pending_break = self.length > 0
        elif tag.name in CELLS:
            self.pending_space = True
        offset = self._offset(tag)
        if offset is not None:
            match = _START_TAG_RE.match(self.source, offset)
            self.cursor = max(self.cursor, match.end() if match else offset + 1)
        return len(self.chunk_starts)

    def _close(self, tag: Tag, first_chunk: int) -> None:
        has_text = len(self.chunk_starts) > first_chunk
        start = self.chunk_starts[first_chunk] if has_text else self.length
        self.spans[id(tag)] = (start, self.length)
        if tag.name in BLOCKS:
            self.pending_break = self.length > 0
        elif tag.name in CELLS:
            self.pending_space = True

    def _skip(self, tag: Tag) -> None:
        self.spans[id(tag)] = (self.length, self.length)
        for inner in tag.find_all(True):
            self.spans[id(inner)] = (self.length, self.length)

    def _text(self, node: NavigableString) -> None:
        value = str(node)
        parent = node.parent
        for chunk in _CHUNK_RE.finditer(value):
            if chunk.start() > 0 or value[:1].isspace():
                self.pending_space = True
            self._emit(chunk.group(0), parent)
        if value and value[-1].isspace():
            self.pending_space = True

    def _emit(self, chunk: str, parent: Tag | None) -> None:
        if self.pending_break:
            self._append("\n")
        elif self.pending_space and self.length and not self.parts[-1].endswith("\n"):
            self._append(" ")
        self.pending_break = self.pending_space = False
        window_end = self.cursor + len(chunk) + SEARCH_SLACK
        found = self.source.find(chunk, self.cursor, window_end)
        escaped = html_escape(chunk, quote=False)
        found_escaped = -1 if found >= 0 or escaped == chunk else self.source.find(
            escaped, self.cursor, window_end + len(escaped))
        if found >= 0:
            line, column = self._line_column(found)
            self.anchors.append(Anchor(self.length, line, column, True))
            self.cursor = found + len(chunk)
        elif found_escaped >= 0:
            # Written with &amp;/&lt;/&gt;: the start is exact, columns inside are not.
            line, column = self._line_column(found_escaped)
            self.anchors.append(Anchor(self.length, line, column, False))
            self.cursor = found_escaped + len(escaped)
        else:
            offset = self._offset(parent) if parent is not None else None
            line, column = self._line_column(offset if offset is not None else self.cursor)
            self.anchors.append(Anchor(self.length, line, column, False))
        self.chunk_starts.append(self.length)
        self._append(chunk)

    def _append(self, value: str) -> None:
        self.parts.append(value)
        self.length += len(value)

    def _offset(self, tag: Tag) -> int | None:
        line, pos = getattr(tag, "sourceline", None), getattr(tag, "sourcepos", None)
        if line is None or pos is None or line > len(self.line_starts):
            return None
        return self.line_starts[line - 1] + pos

    def _line_column(self, offset: int) -> tuple[int, int]:
        index = bisect.bisect_right(self.line_starts, offset) - 1
        return index + 1, offset - self.line_starts[index] + 1


def page_metadata(soup: BeautifulSoup) -> dict[str, str]:
    """Machine metadata from the page: published_time, title, url, lang, site_host."""
    found: dict[str, str] = {}
    published = (_meta(soup, "article:published_time") or _json_ld_date(soup)
                 or _meta(soup, "datePublished") or _time_datetime(soup))
    if published:
        found["published_time"] = published
    title = soup.title.get_text(strip=True) if soup.title else _meta(soup, "og:title")
    if title:
        found["title"] = title
    canonical = soup.find("link", rel="canonical", href=True)
    url = str(canonical["href"]).strip() if canonical else _meta(soup, "og:url")
    if url:
        found["url"] = url
        host = urlsplit(url).hostname
        if host:
            found["site_host"] = host.lower()
    html = soup.find("html")
    lang = html.get("lang") if isinstance(html, Tag) else None
    if lang:
        found["lang"] = str(lang).strip()
    return found


def _meta(soup: BeautifulSoup, key: str) -> str | None:
    for attribute in ("property", "name", "itemprop"):
        tag = soup.find("meta", attrs={attribute: key, "content": True})
        if isinstance(tag, Tag) and str(tag["content"]).strip():
            return str(tag["content"]).strip()
    return None


def _time_datetime(soup: BeautifulSoup) -> str | None:
    tag = soup.find("time", datetime=True)
    return str(tag["datetime"]).strip() if isinstance(tag, Tag) else None


def _json_ld_date(soup: BeautifulSoup) -> str | None:
    for script in soup.find_all("script", type="application/ld+json"):
        try:
            data = json.loads(script.string or "")
        except ValueError:
            continue
        date = _find_key(data, "datePublished", depth=0)
        if date:
            return date
    return None


def _find_key(data: Any, key: str, depth: int) -> str | None:
    """First string value of ``key`` anywhere in JSON-LD (``@graph`` lists included)."""
    if depth > 6:
        return None
    if isinstance(data, dict):
        if isinstance(data.get(key), str):
            return str(data[key])
        children = list(data.values())
    elif isinstance(data, list):
        children = data
    else:
        return None
    for child in children:
        value = _find_key(child, key, depth + 1)
        if value:
            return value
    return None
