"""Plain text and Markdown → Article: the text as is, one anchor per line (built lazily).

Markdown is kept verbatim (links ``[t](url)`` stay in the text) so that bare post URLs are found
by the same detectors and every column still points at the writer's draft.
"""

from __future__ import annotations

from itertools import accumulate, repeat
from operator import add

from provenance.model import Article, LineAnchors


def text_article(text: str, source: str, encoding: str, fmt: str = "text") -> Article:
    """Build an :class:`Article` for plain text or Markdown; each line is a verbatim anchor."""
    # Line starts only: one Anchor object per line made a file of newlines slow to load. Each
    # start is the previous one plus a line and its newline, summed without a Python step a line.
    lines = text.split("\n")
    lines.pop()  # the last line ends the text, not a newline
    starts = list(accumulate(map(add, map(len, lines), repeat(1)), initial=0))
    return Article(source=source, text=text, format=fmt, encoding=encoding,
                   anchors=LineAnchors(starts))
