"""X / Twitter flattened footers: ``— Name (@handle) December 9, 2021`` and the post text above.

Split from :mod:`provenance.platforms.twitter`. A footer is the shape that survives when a CMS
strips the embed's tags or a writer copy-pastes it. It is found by anchoring on ``(@handle)``
and looking backwards through bounded windows, never by a pattern that spans unbounded text, so
adversarial input stays linear.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from datetime import date
from itertools import accumulate, repeat
from operator import add

from provenance.platforms.base import TextHit

HANDLE = r"[A-Za-z0-9_]{1,15}"
"""What a handle may hold (letters, digits, underscore; at most 15)."""
#: The ``(@handle)`` anchor of a footer (copies from RTL pages carry direction marks inside;
#: some pages put a space after the ``@``: ``(@ rashidkhan_19)``).
ANCHOR_RE = re.compile(rf"\([\u200e\u200f]{{0,2}}@ ?({HANDLE})[\u200e\u200f]{{0,2}}\)")
#: ... or, in footers a plugin printed without brackets (``— Name @handle March 21, 2025``), the
#: bare ``@handle`` between spaces: such a footer must have its dash, a name and a date.
FOOTER_ANCHOR_RE = re.compile(
    rf"\([\u200e\u200f]{{0,2}}@ ?({HANDLE})[\u200e\u200f]{{0,2}}\)"
    rf"|(?<=[ \t\u00a0])@({HANDLE})(?=[ \t\u00a0])")

#: The rest of the line after a footer's date.
_LINE_END_RE = re.compile(r"[ \t\u00a0\u200e\u200f\r]{0,8}(?:\n|$)")
#: A footer the page cut after its handle: nothing more on the line, or a date cut off where
#: the text ends (``— Donald J. Trump (@realDonaldTrump) Nove``).
_CUT_AFTER_RE = re.compile(r"[ \t\u00a0\u200e\u200f\r]{0,8}(?:\n|\Z)|[ \t\u00a0\u200e\u200f]{1,4}"
                           r"[^\W\d_]{1,9}\.?(?:[ \t]{1,2}\d{1,2},?(?:[ \t]{1,2}\d{1,3})?)?\s*\Z")
#: Marks only a post's text carries (media leftovers, short links, hashtags).
_POST_MARKS_RE = re.compile(r"pic\.(?:twitter|x)\.com/|\bt\.co/|(?:^|\s)#\w")
#: A status URL that survived right after a footer.
_URL_AFTER_RE = re.compile(r"[ \t\u00a0]{0,4}((?:https?://)?(?:[a-z]{1,7}\.)?(?:twitter|x)\.com/"
                           r"[^\s<>\"'«»()]{1,200})", re.IGNORECASE)
#: The share card a phone's "share post" pasted as text: ``Name (@handle)`` alone on a line,
#: then the post's time stamp in the US form on its own line (``11/18/14, 5:49 AM``), then
#: the post's text. Nothing else writes a stamp so, so the card needs no dash.
_SHARE_STAMP_RE = re.compile(
    r"[ \t\u00a0]{0,4}\r?\n(?:[ \t\r]{0,4}\n){0,2}[ \t]{0,4}(?P<month>\d{1,2})/(?P<day>\d{1,2})/"
    r"(?P<year>\d{2}|\d{4}),?[ \t]{1,2}(?P<time>\d{1,2}:\d{2}[ \t\u202f]?[AP]M)[ \t\r]{0,4}\n"
    r"[ \t]{0,4}(?P<text>[^\n]{1,2000})")
#: Dash spellings before the author's name, strongest first (a bare hyphen needs a space after).
FOOTER_DASHES = ("—", "&mdash;", "–", "&ndash;", "--", "- ", "-\u00a0")
#: How far back from ``(@`` the dash and name may be, and how long a post text may be.
NAME_WINDOW = 120
TEXT_WINDOW = 2000
#: Lead-ins that introduce a post's text; the text starts after them (``وكتب في تغريدة:``).
LEAD_IN_WORDS = (
    "تغريدة", "تغريده", "التغريدة", "التغريده", "تغريدته", "تغريدتها", "غرد", "غرّد", "تدوينة",
    "منشور", "وكتب", "قائلا", "قائلاً", "tweet", "tweeted", "wrote", "posted",
)
_LEAD_IN_RE = re.compile(
    "(?:" + "|".join(re.escape(w) for w in sorted(LEAD_IN_WORDS, key=len, reverse=True))
    + r")[^\n:.!?؟]{0,80}:(?!/)", re.IGNORECASE)
#: How far before its colon a lead-in can start (the longest word and the 80 between).
LEAD_IN_REACH = max(len(word) for word in LEAD_IN_WORDS) + 80
#: A post's media or short link as the page leaves it (``pic.twitter.com/…``, ``t.co/…``).
MEDIA_LINK = r"(?:https?://)?(?:pic\.(?:twitter|x)\.com|t\.co)/[A-Za-z0-9]{1,40}"
#: A line holding only media/link leftovers (``pic.twitter.com/…``, ``t.co/…``).
_LEFTOVERS_RE = re.compile(rf"(?:\s{{0,8}}{MEDIA_LINK})+\s*$")


#: A media link a footer's lost dash leaves right before the name (``… pic.twitter.com/UYvbVRiZcq
#: Joko Widodo (@jokowi) December 31, 2022``): the link closed the post, the name opens the footer.
_LEFTOVER_BEFORE_NAME_RE = re.compile(
    MEDIA_LINK + r"[ \t\u00a0]{1,4}"
    r"(?P<name>[^\n.!?؟:;,،()/]{1,60}?)[ \t\u00a0]{0,2}$")


#: An HTML tag, in embed code pasted as text.
_TAG_RE = re.compile(r"<[^<>\n]{0,300}>")


@functools.cache
def _after_re() -> re.Pattern[str]:
    """What may follow the anchor: a date in words (any datetext table), on the same line,
    perhaps inside the link of embed code pasted into a text or Markdown draft
    (``(@handle) <a href="…?ref_src=twsrc%5Etfw">March 2, 2023</a>``).

    Built on first use: importing ``provenance.detect`` while the registry loads would make
    the platform and detector packages import each other.
    """
    from provenance.detect.datetext import DATE_PATTERN

    # possessive: the spaces before the link, and in it, are taken once and never given back
    return re.compile(rf"[ \t\u00a0\u200e\u200f]{{0,4}}+(?:<a\s[^<>\n]{{0,300}}>[ \t]{{0,2}}+)?"
                      rf"({DATE_PATTERN})", re.IGNORECASE)


#: Most words of a display name read after a media link (:func:`_looks_like_a_name`).
MAX_NAME_WORDS = 5


def _looks_like_a_name(name: str) -> bool:
    """A display name, not prose: a few words, each Latin one capitalised (``Joko Widodo``;
    not ``and also he said``). Arabic has no capitals: its few words must do."""
    words = name.split()
    return 0 < len(words) <= MAX_NAME_WORDS and all(
        not word[0].isascii() or not word[0].isalpha() or word[0].isupper() for word in words)


def parse_date_text(text: str) -> date | None:
    """:func:`provenance.detect.datetext.parse_date_text`, imported on first use."""
    from provenance.detect.datetext import parse_date_text as parse

    return parse(text)


def _line_starts(text: str) -> list[int]:
    # As provenance.load.text counts them: splitting is cheaper than a match per newline.
    lines = text.split("\n")
    lines.pop()  # the last line ends the text, not a newline
    return list(accumulate(map(add, map(len, lines), repeat(1)), initial=0))


def _find_dash(window: str) -> tuple[int, int] | None:
    """(start, end) of the strongest footer dash in ``window``, nearest the name."""
    for dash in FOOTER_DASHES:
        at = window.rfind(dash)
        if at >= 0:
            return at, at + len(dash)
    return None


def iter_footers(text: str) -> Iterator[TextHit]:
    """Every flattened footer of ``text`` with the post text it closes, in text order."""
    starts: list[int] = []  # made at the first footer: most texts have none
    floor = 0  # nothing before the previous footer's end belongs to the next one
    for anchor in FOOTER_ANCHOR_RE.finditer(text):
        handle = anchor.group(1) or anchor.group(2)
        bare = anchor.group(1) is None
        after = _after_re().match(text, anchor.end())
        if bare and after is None:
            continue
        url_after = None if after else _URL_AFTER_RE.match(text, anchor.end())
        cut = None if after or url_after else _CUT_AFTER_RE.match(text, anchor.end())
        if after is None and url_after is None and cut is None:
            continue
        starts = starts or _line_starts(text)
        if after is None and url_after is None and (card := _share_card(
                text, anchor, starts, floor)) is not None:
            floor = card.end
            yield card
            continue
        line_index = bisect.bisect_right(starts, anchor.start()) - 1
        line_start = max(starts[line_index], floor)
        low = max(line_start, anchor.start() - NAME_WINDOW)
        dash = _find_dash(text[low:anchor.start()])
        if dash is not None:
            dash_start, name_start = low + dash[0], low + dash[1]
        end = after.end(1) if after else url_after.end(1) if url_after else anchor.end()
        if (cut is not None or bare) and dash is None:
            continue  # a cut footer must keep its dash: "Name (@handle)" alone is a byline
        leftover = None if dash is not None or after is None else \
            _LEFTOVER_BEFORE_NAME_RE.search(text, low, anchor.start())
        if leftover is not None and _looks_like_a_name(leftover.group("name")):
            # The dash was lost after the post's media link: the name starts after the link.
            dash_start = name_start = leftover.start("name")
        elif dash is None:
            # The dash was lost: believe it only when the footer fills a short line of its own.
            if anchor.start() - line_start > NAME_WINDOW or not _LINE_END_RE.match(text, end):
                continue
            dash_start = name_start = line_start
        author = text[name_start:anchor.start()].strip() or None
        if bare and not (author and _looks_like_a_name(author)):
            continue  # "— a reply to @handle March 2, 2021": prose, not a footer's name
        date_text = after.group(1) if after else None
        body_start, body = _post_text(text, starts, line_index, line_start, dash_start, floor)
        before_dash = text[line_start:dash_start]
        if cut is not None and not _cut_footer_closes_a_post(cut, before_dash, body):
            continue  # an author's sign-off, "— Jane Doe (@jane)" under an op-ed, is no post
        ref = None
        if url_after is not None:
            from provenance.platforms import parse_post_url

            ref = parse_post_url(url_after.group(1))
        floor = end
        yield TextHit(
            start=body_start, end=end, handle=handle, author=author,
            claimed_date=parse_date_text(date_text) if date_text else None, text=body, ref=ref,
        )


def _share_card(text: str, anchor: re.Match[str], starts: list[int],
                floor: int) -> TextHit | None:
    """The share card whose ``(@handle)`` is ``anchor`` (:data:`_SHARE_STAMP_RE`), if it is one."""
    stamp = _SHARE_STAMP_RE.match(text, anchor.end())
    if stamp is None:
        return None
    line_start = max(starts[bisect.bisect_right(starts, anchor.start()) - 1], floor)
    name = text[line_start:anchor.start()].strip()
    if not _looks_like_a_name(name):
        return None  # "… wrote the minister (@handle)" closing a sentence: no card
    year = int(stamp.group("year"))
    try:
        posted = date(year + 2000 if year < 100 else year, int(stamp.group("month")),
                      int(stamp.group("day")))
    except ValueError:
        return None  # 13/40/14 is no date: not a card's stamp
    return TextHit(start=line_start + text[line_start:].index(name[0]), end=stamp.end("text"),
                   handle=anchor.group(1), author=name, claimed_date=posted,
                   text=stamp.group("text").strip(), claimed_time=stamp.group("time"))


def _cut_footer_closes_a_post(cut: re.Match[str], before_dash: str, body: str | None) -> bool:
    """A footer with no date is a post's only when something else says so: the date's start
    is still there, the footer is glued to the post's line, or the text has a post's marks."""
    if body is None:
        return False
    return (any(map(str.isalpha, cut.group())) or bool(before_dash.strip())
            or _POST_MARKS_RE.search(body) is not None)


def _previous_lines(text: str, starts: list[int], line_index: int,
                    floor: int) -> tuple[int, int] | None:
    """(start, end) of the previous non-empty line; a line of media leftovers takes one more."""
    low = high = None
    index = line_index - 1
    while index >= max(0, line_index - 4) and starts[index] >= floor:
        line_end = starts[index + 1] - 1
        line = text[starts[index]:line_end]
        if line.strip():
            low = max(starts[index], line_end - TEXT_WINDOW)
            high = line_end if high is None else high
            if not _LEFTOVERS_RE.match(line):
                break
        index -= 1
    return None if low is None or high is None else (low, high)


def _last_lead_in_end(chunk: str) -> int | None:
    """Where the last ``_LEAD_IN_RE`` match of ``chunk`` ends (None when there is none).

    A lead-in ends at a colon and holds no other, so the matches are told apart by their colons:
    from the last colon back, each is tried over the stretch since the colon before it, instead
    of a case-blind search of the whole chunk (up to 2000 characters a footer).
    """
    colon = len(chunk)
    while (colon := chunk.rfind(":", 0, colon)) >= 0:
        start = max(chunk.rfind(":", 0, colon) + 1, colon - LEAD_IN_REACH)
        # One character past the colon, for the (?!/) after it.
        if _LEAD_IN_RE.search(chunk, start, colon + 2) is not None:
            return colon + 1
    return None


def _post_text(text: str, starts: list[int], line_index: int, line_start: int,
               dash_start: int, floor: int) -> tuple[int, str | None]:
    """The post text a footer closes: before the dash on its line, else the previous line."""
    low, high = max(line_start, dash_start - TEXT_WINDOW), dash_start
    if not text[low:high].strip():
        # The footer has its own line: the post is the previous non-empty line (paragraph).
        previous = _previous_lines(text, starts, line_index, floor)
        if previous is None:
            return dash_start, None
        low, high = previous
    chunk = text[low:high]
    lead_in = _last_lead_in_end(chunk)
    if lead_in is not None:
        low += lead_in
        chunk = chunk[lead_in:]
    stripped = chunk.strip()
    if "<" in stripped:
        # embed code pasted into a text draft: the post's words, not its tags
        stripped = " ".join(_TAG_RE.sub(" ", stripped).split())
    if not stripped:
        return dash_start, None
    return low + (len(chunk) - len(chunk.lstrip())), stripped
