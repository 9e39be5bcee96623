"""X's web layout pasted as text: the post card a reader copies off x.com or twitter.com.

A footer (:mod:`provenance.platforms.twitter_footers`) is what an embed leaves when a CMS drops
its markup; a card is what a person leaves when they select a post on the site itself and paste
it. Every card ends with the site's stamp: a time, a middle dot and the date (``3:56 PM · Nov
25, 2020``), which nothing else writes. Two shapes carry it:

* one line, the display name glued to the handle and the site's buttons after it (``Turkish
  Minute@TurkishMinuteTM Translate Tweet 3:56 PM · Nov 25, 2020·Twitter Web App``);
* a block: the display name on a line, ``@handle`` alone on the next, the post's text, then the
  stamp on a line of its own (``10:18 AM · Mar 14, 2024``), perhaps followed by the post's URL.

Real cards of both shapes were met in the held-out samples (README, "Quality gate"); the tests
use constructed ones.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from provenance.platforms.base import TextHit
from provenance.platforms.twitter_footers import HANDLE, parse_date_text

#: The middle dot every card's stamp holds: a text without one holds no card.
MIDDLE_DOT = "·"
#: The stamp: a time, the middle dot, an English month, day and year.
STAMP_RE = re.compile(
    r"(?P<time>\d{1,2}:\d{2}[ \u202f]?[AP]M)[ \t]{0,2}·[ \t]{0,2}"
    r"(?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?[ \t]\d{1,2},"
    r"[ \t]\d{4})"
)
#: Before the stamp on its line: the name glued to the handle, and the site's translate button.
LINE_HEAD_RE = re.compile(
    rf"(?P<name>[^\n@]{{1,50}}?)[ \t]?@(?P<handle>{HANDLE})"
    r"(?:[ \t]{1,3}Translate[ \t](?:Tweet|post))?[ \t]{1,3}$"
)
#: ``@handle`` alone on its line, in the block shape.
HANDLE_LINE_RE = re.compile(rf"[ \t]{{0,4}}@(?P<handle>{HANDLE})[ \t]*")
#: How many lines of post text may stand between the handle's line and the stamp.
MAX_TEXT_LINES = 8
#: Longest display name read.
MAX_NAME = 50
#: Most characters from a line's start to its stamp in a one-line card (name, handle, button).
HEAD_REACH = 120
#: The post's URL on the line after the stamp.
URL_AFTER_RE = re.compile(r"[^\n]{0,40}\n[ \t]{0,4}((?:https?://)?(?:www\.|mobile\.)?"
                          r"(?:twitter|x)\.com/[^\s<>\"'«»()]{1,200})", re.IGNORECASE)


def iter_web_cards(text: str) -> Iterator[TextHit]:
    """Every pasted card of ``text``, in text order."""
    if MIDDLE_DOT not in text:
        return  # the common case: one C scan and nothing more
    for stamp in STAMP_RE.finditer(text):
        # (bounded reads: a page flattened to one line may hold many stamps)
        window = max(0, stamp.start() - HEAD_REACH)
        newline = text.rfind("\n", window, stamp.start())
        if newline < 0 and window > 0:
            continue  # a line longer than any card's head before the stamp
        line_start = newline + 1
        head = LINE_HEAD_RE.search(text, line_start, stamp.start())
        if head is not None and not text[line_start:head.start()].strip():
            yield _hit(text, head.start("name"), stamp, head.group("handle"),
                       head.group("name"), None)
            continue
        if text[line_start:stamp.start()].strip():
            continue  # words before the stamp that are no card's head
        block = _block_head(text, line_start)
        if block is not None:
            name_start, name, handle, body = block
            yield _hit(text, name_start, stamp, handle, name, body)


def _block_head(text: str, stamp_line: int) -> tuple[int, str, str, str | None] | None:
    """The name, handle and post text above a stamp on its own line (the block shape)."""
    lines: list[tuple[int, int]] = []  # (start, end) of the lines above, nearest first
    line_end = stamp_line - 1
    while line_end >= 0 and len(lines) < MAX_TEXT_LINES + 2:
        line_start = text.rfind("\n", 0, line_end) + 1
        lines.append((line_start, line_end))
        line_end = line_start - 1
    for k, (handle_start, handle_end) in enumerate(lines):
        handle = HANDLE_LINE_RE.fullmatch(text, handle_start, handle_end)
        if handle is None:
            continue
        if k + 1 >= len(lines):
            return None
        name_start, name_end = lines[k + 1]
        name = text[name_start:name_end].strip(" \t*")
        if not name or len(name) > MAX_NAME or "@" in name:
            return None
        body = text[handle_end + 1:stamp_line].strip() or None  # the lines between
        return name_start + text[name_start:name_end].index(name[0]), name, \
            handle.group("handle"), body
    return None


def _hit(text: str, start: int, stamp: re.Match[str], handle: str, name: str,
         body: str | None) -> TextHit:
    from provenance.platforms import parse_post_url

    url = URL_AFTER_RE.match(text, stamp.end())
    ref = parse_post_url(url.group(1)) if url else None
    if ref is not None and ref.handle and ref.handle.casefold() != handle.casefold():
        ref = None  # another post's link below the card
    return TextHit(start=start, end=url.end(1) if url and ref else stamp.end(), handle=handle,
                   author=name.strip() or None, claimed_date=parse_date_text(stamp.group("date")),
                   text=body, ref=ref, claimed_time=stamp.group("time"))


__all__ = ["iter_web_cards"]
