"""Stage 1: input → Article.

Reads a file, bytes or stdin, decodes it (``decode``), and builds the :class:`Article` for its
format: plain text and Markdown as is (``text``), HTML as blocks with offsets back to the source
(``html``). The format comes from the file extension, or is sniffed when there is none.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from provenance.errors import InputError
from provenance.load.decode import Decoded, decode
from provenance.load.text import text_article
from provenance.model import Article

#: File extensions and the format each means.
FORMATS_BY_SUFFIX = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html",
                     ".xhtml": "html", ".md": "markdown", ".markdown": "markdown"}
#: Extensions a directory argument expands to.
ARTICLE_SUFFIXES = frozenset({".txt", ".html", ".htm", ".md"})
#: Signs, near the start of the input, that it is HTML.
_HTML_SNIFF = re.compile(
    rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<(?:p|div|blockquote|article)[\s>]",
    re.IGNORECASE,
)
#: Signs that it is Markdown: a heading, a link or a list at a line start.
_MARKDOWN_SNIFF = re.compile(rb"(?m)^#{1,6} |\[[^\]\n]{1,300}\]\([^)\s]{1,2000}\)|^[*-] \S")
SNIFF_BYTES = 4096


def load_path(path: str | Path) -> Article:
    """Load one article file; the format follows the extension (sniffed when unknown)."""
    file = Path(path)
    try:
        data = file.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror or error})") from None
    return load_bytes(data, str(path), fmt=FORMATS_BY_SUFFIX.get(file.suffix.lower()))


def load_bytes(data: bytes, source: str, *, content_type: str | None = None,
               fmt: str | None = None) -> Article:
    """Decode ``data`` and build its Article; ``fmt`` is ``text``, ``html`` or ``markdown``."""
    if fmt is None:
        fmt = _format_from_content_type(content_type) or sniff_format(data)
    if fmt not in ("text", "html", "markdown"):
        raise InputError(f"{source}: unknown format {fmt!r}")
    decoded: Decoded = decode(data, content_type, html=fmt == "html")
    if fmt == "html":
        # imported here: BeautifulSoup takes longer to import than a text article to read
        from provenance.load.html import html_article

        return html_article(decoded.text, source, decoded.encoding)
    return text_article(decoded.text, source, decoded.encoding, fmt)


def load_stdin() -> Article:
    """Read the whole of standard input as one article (format sniffed)."""
    return load_bytes(sys.stdin.buffer.read(), "-")


def expand_inputs(args: list[str]) -> list[str]:
    """Expand directories into their article files (sorted); ``-`` and files pass through."""
    expanded: list[str] = []
    for arg in args:
        path = Path(arg)
        if arg != "-" and path.is_dir():
            expanded.extend(str(child) for child in sorted(path.iterdir())
                            if child.is_file() and child.suffix.lower() in ARTICLE_SUFFIXES)
        else:
            expanded.append(arg)
    return expanded


def sniff_format(data: bytes) -> str:
    """Guess ``html``, ``markdown`` or ``text`` from the first bytes of an input."""
    head = data[:SNIFF_BYTES]
    if _HTML_SNIFF.search(head):
        return "html"
    if _MARKDOWN_SNIFF.search(head):
        return "markdown"
    return "text"


def _format_from_content_type(content_type: str | None) -> str | None:
    if not content_type:
        return None
    kind = content_type.split(";", 1)[0].strip().lower()
    return {"text/html": "html", "application/xhtml+xml": "html",
            "text/markdown": "markdown", "text/plain": "text"}.get(kind)


__all__ = ["expand_inputs", "load_bytes", "load_path", "load_stdin", "sniff_format"]
