"""Whether a wire's name closing a line or standing under a picture credits the text or the
picture: the caption rules of the citation detector.

Split from :mod:`provenance.detect.citation_roles`, which calls them while it reads a role: a
name after a caption (a short noun phrase, a picture's line, ``© Reuters`` over a caption, the
title repeated as a caption) credits the photo; after a paragraph, a listing's headline or a
digest's item it credits the text.
"""

from __future__ import annotations

from provenance.detect import citation_credits as CR
from provenance.detect import citation_cues as C
from provenance.detect import citation_patterns as P
from provenance.detect.citation_lines import FoldedDoc, Mention, lead_tokens
from provenance.model import CitationRole

__all__ = ["caps_photo_credit", "closing_role", "copyright_over_caption", "photo_cue_line_above",
           "under_repeated_title"]


def copyright_over_caption(folded: str, m: Mention, line_start: int, line_end: int) -> bool:
    """``© Reuters`` opening a line that goes on in words: the image's credit, then its caption
    (a page's own copyright line names nothing after the owner)."""
    if m.start - line_start > len("(c)") + 6 or folded[line_start:m.start].strip() not in (
            "©", "(c)", "(C)"):
        return False
    rest = folded[m.end:line_end].strip(" .,-–—―|")
    return len(rest.split()) >= P.MIN_CAPTION_WORDS_AFTER_COPYRIGHT


def under_repeated_title(doc: FoldedDoc, line_start: int) -> bool:
    """The line above repeats a line from the top of the page: a CMS writes the title again as
    the image's caption, and the credit under it is the photo's."""
    above_end = line_start - 1
    while above_end > 0 and doc.folded[above_end - 1] in " \t\n":
        above_end -= 1
    if above_end <= 0:
        return False
    above_start, _ = doc.bounds(above_end - 1)
    above = doc.folded[above_start:above_end].strip()
    # only the top of the page is searched: the title is there, and the search stays linear
    return len(above) >= P.MIN_REPEATED_TITLE and doc.folded.find(
        above, 0, min(above_start, P.TITLE_REACH)) != -1


def caps_photo_credit(folded: str, m: Mention) -> bool:
    """``REUTERS/KCNA``: a capitalised wire credit with its source after a slash (both names).

    The name is either the capitals the credit opens with, or the first letter after its slash.
    """
    if CR.BRACKET_THEN_DATE_END.match(folded, m.end):
        return False  # (ST/KUNA) 12 Mar 2006.: the story's credit and date
    start = max(0, m.name_start - CR.CAPS_CREDIT_REACH)
    window = folded[start:min(len(folded), m.name_end + CR.CAPS_CREDIT_REACH)]
    return any(start + hit.start() <= m.name_start < start + hit.end()
               for hit in CR.CAPS_PHOTO_CREDIT.finditer(window))


def latin_wire_under_arabic_caption(doc: FoldedDoc, m: Mention) -> bool:
    """``لوران فابيوس / Reuters``, ``مبنى الوزارة / Jane Roe / AFP`` alone on a line: a short
    Arabic caption and the wire in Latin letters after a slash (RT Arabic's pictures). An
    Arabic dateline names its wire in Arabic letters and goes on with the story."""
    line_start, line_end = doc.bounds(m.start)
    folded = doc.folded
    if not folded[m.name_start:m.name_end].isascii() \
            or P.CLOSING.fullmatch(folded, m.end, line_end) is None:
        return False
    before = folded[line_start:m.start].rstrip()
    if not before.endswith("/"):
        return False
    lead = before[:-1]
    return (lead_tokens(lead) <= P.MAX_CAPTION_TOKENS and CR.ARABIC_LETTER.search(lead) is not None
            and not C.REPORTING_VERB.search(lead))


def photo_cue_line_above(doc: FoldedDoc, m: Mention, line_start: int, before: str) -> bool:
    """``تصوير :`` alone on the line above a line that opens with the agency (a CMS line break)."""
    if before.strip() or line_start == 0:
        return False
    above_start, above_end = doc.bounds(line_start - 1)
    above = doc.folded[above_start:above_end].strip()
    return len(above.split()) <= P.MAX_PHOTO_CUE_WORDS and bool(CR.PHOTO_CUES.search(above + " "))


def closing_role(doc: FoldedDoc, m: Mention, line_start: int, line_end: int) -> CitationRole:
    """``(رويترز)``, ``- أ ف ب`` closing a line: a paragraph's credit, or a photo's when it ends
    a caption."""
    if CR.CAPTION_MARKERS.search(doc.folded, line_start, m.start):
        return CitationRole.PHOTO_CREDIT  # "… (ليس في الصورة)، في دمشق. رويترز"
    if CR.PICTURE_LINE_START.match(doc.folded, line_start):
        return CitationRole.PHOTO_CREDIT  # "صورة أرشيفية لمبنى البرلمان (رويترز)"
    if _next_line_is_a_listing_stamp(doc, line_end):
        return CitationRole.CREDIT  # "… في زيارة رسمية (واس)" then "منذ 3 ساعات": a listing
    if CR.LIST_ITEM.match(doc.folded, line_start) or CR.TIME_LEAD.match(doc.folded, line_start):
        return CitationRole.CREDIT  # "- US pledges help (AFP)", "09:58 - … (سونا)": an item
    if _a_neighbour_closes_with_a_wire(doc, line_start, line_end):
        return CitationRole.CREDIT  # a listing: headline (WAM), headline (BNA) …
    window_start = max(line_start, m.start - 40 * P.MAX_CAPTION_TOKENS)
    before = doc.folded[window_start:m.start].rstrip().rstrip("([-–—―/|").rstrip()
    if window_start > line_start:
        before = "x " * (P.MAX_CAPTION_TOKENS + 1)  # longer than any caption
    is_last = line_end >= doc.content_end
    # A caption is a short noun phrase ("متظاهرون في ساحة التحرير"); a paragraph, even a short
    # one without a full stop, opens with و or carries a reporting verb ("وقال الوزير …").
    if CR.CAPTION_DATE_END.search(before) and not C.REPORTING_VERB.search(before):
        return CitationRole.PHOTO_CREDIT  # "… at a hospital, on Jan 26, 2021. (Yonhap)"
    if CR.CAPTION_PLACE_DAY_END.search(before) and not CR.SENTENCE_AUXILIARY.search(before) \
            and not C.REPORTING_VERB.search(before):
        return CitationRole.PHOTO_CREDIT  # "… at a news conference in Doha, on May 25. (AFP)"
    if CR.PORTRAIT_CAPTION.fullmatch(before):
        return CitationRole.PHOTO_CREDIT  # "Saudi Crown Prince Mohammed bin Salman. (SPA)"
    if _caption_under_the_title(doc, line_start, line_end, before):
        return CitationRole.PHOTO_CREDIT  # "Title" / "Tourists in a square in Marrakech. (MAP)"
    caption = (
        lead_tokens(before) <= P.MAX_CAPTION_TOKENS
        and before[-1:] not in P.SENTENCE_END + '"”»'
        # the page's last line credits the text, unless it reads as a caption ("… خلال مباراة")
        and (not is_last or CR.SCENE_WORDS.search(before) is not None)
        and (not before.startswith("و") or before.split()[0] in C.NOUNS_OPENING_WITH_WAW)
        and not C.REPORTING_VERB.search(before)
    )
    return CitationRole.PHOTO_CREDIT if caption else CitationRole.CREDIT


def under_a_related_heading(doc: FoldedDoc, line_start: int) -> bool:
    """A list item under "اقرأ أيضا:" or "Related:" (past the items above it): a teaser of another
    story, its wire that story's label, not a source of this one."""
    folded = doc.folded
    for _ in range(P.MAX_RELATED_ITEMS):
        if line_start == 0:
            return False
        line_start, line_end = doc.bounds(line_start - 1)
        if not folded[line_start:line_end].strip() or CR.LIST_ITEM.match(folded, line_start):
            continue
        return (CR.LABEL_LINE.match(folded, line_start, line_end) is not None
                and lead_tokens(folded[line_start:line_end]) <= P.MAX_RELATED_HEADING_WORDS)
    return False


def _caption_under_the_title(doc: FoldedDoc, line_start: int, line_end: int,
                             before: str) -> bool:
    """The line right under the title, short and with no verb of reporting or quotation, that
    closes with the wire: the lead picture's caption, full stop or not (``Ines Ben Salem
    during a practice session in Tunis. (AFP)``); the story starts on a later line."""
    folded = doc.folded
    top = len(folded) - len(folded.lstrip())
    if line_start <= top or "\n" in folded[top:line_start].strip() or line_end >= doc.content_end:
        return False
    return (lead_tokens(before) <= P.MAX_CAPTION_TOKENS and not C.REPORTING_VERB.search(before)
            and not any(mark in before for mark in P.QUOTES))


def _a_neighbour_closes_with_a_wire(doc: FoldedDoc, line_start: int, line_end: int) -> bool:
    """The line above or below also closes with a bracketed name (``… (BNA)``): lines of a
    listing, each a headline with its wire, not a caption's line."""
    return any(CR.BRACKET_CLOSES_LINE.match(doc.folded, start, end)
               for start, end in _neighbours(doc, line_start, line_end))


def _next_line_is_a_listing_stamp(doc: FoldedDoc, line_end: int) -> bool:
    """The line after ``line_end`` is a listing's time stamp (``منذ 3 ساعات``)."""
    return any(CR.LISTING_STAMP_LINE.fullmatch(doc.folded, start, end)
               for start, end in _neighbours(doc, None, line_end))


def _neighbours(doc: FoldedDoc, line_start: int | None,
                line_end: int) -> list[tuple[int, int]]:
    """Bounds of the line before ``line_start`` (when given and there is one) and of the line
    after ``line_end`` (when there is one)."""
    out = []
    if line_start is not None and line_start > 0:
        out.append(doc.bounds(line_start - 1))
    if line_end < len(doc.folded):
        out.append(doc.bounds(line_end + 1))
    return out
