"""Plain text and Markdown → Article: the text as is, one anchor per line.

Markdown is kept verbatim (links ``[t](url)`` stay in the text) so that bare post URLs are found
by the same detectors and every column still points at the writer's draft.
"""

from __future__ import annotations

import re

from provenance.model import Anchor, Article

_NEWLINE = re.compile("\n")


def text_article(text: str, source: str, encoding: str, fmt: str = "text") -> Article:
    """Build an :class:`Article` for plain text or Markdown; each line is a verbatim anchor."""
    anchors = [Anchor(0, 1, 1)]
    anchors.extend(
        Anchor(match.end(), number, 1)
        for number, match in enumerate(_NEWLINE.finditer(text), start=2)
    )
    return Article(source=source, text=text, format=fmt, encoding=encoding,
                   anchors=tuple(anchors))
