"""Read a post's text out of its archived copies.

Which capture to read: the earliest ones with an archived 200 first, because a fact-checker wants
the words as they stood when the article was written; a captured 404 or login wall says nothing
about the post and is skipped. Wayback captures are read with the ``id_`` flag so the bytes are
the original page, not the rewritten replay with the Wayback toolbar.
"""

from __future__ import annotations

import httpx

from provenance.model import Capture, Origin, PostRecord
from provenance.platforms.base import Platform, PostRef
from provenance.resolve.outcome import attempt

#: How many captures to try before giving up on reading the text.
MAX_CAPTURES_READ = 3


def raw_capture_url(capture: Capture) -> str:
    """The URL that returns a capture's original bytes (Wayback ``id_``), else the URI-M."""
    if capture.archive == "wayback":
        stamp = capture.memento_datetime.strftime("%Y%m%d%H%M%S")
        return f"https://web.archive.org/web/{stamp}id_/{capture.original}"
    return capture.uri_m


def _reading_order(captures: tuple[Capture, ...]) -> list[Capture]:
    usable = [c for c in captures if c.archived_status in (200, None)]
    return sorted(usable, key=lambda c: (c.predates_article is False, c.memento_datetime))


async def read_best_capture(
    client: httpx.AsyncClient, platform: Platform, ref: PostRef, captures: tuple[Capture, ...]
) -> tuple[PostRecord, Capture, Origin | None] | None:
    """Return the post read from the first capture that holds it, with that capture."""
    for capture in _reading_order(captures)[:MAX_CAPTURES_READ]:
        result = await attempt(client, raw_capture_url(capture))
        if result.response is None or result.response.status_code != 200:
            continue
        post = platform.read_archived(ref, result.response.content)
        if post is not None:
            return post, capture, result.origin
    return None
