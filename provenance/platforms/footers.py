"""Footers: the lines an embed ends with (``— Name (@handle) Date``), in markup or flattened text.

Platform modules spell their footers as :class:`DatedPattern` regexes; the helpers here find
them cheaply in a whole page (:func:`handle_footers` from the ``(@handle)`` anchors,
:func:`may_hold` as the gate before a case-blind search), read the post text a flattened
footer closes (:func:`text_before`) and its date (:func:`parse_date`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from datetime import date

#: How far back from a footer the post text may start.
MAX_POST_TEXT = 3000


class DatedPattern:
    """A regex whose source holds ``<DATE>``, compiled on first use with datetext's pattern.

    Platform modules load with the registry, which ``provenance.detect`` imports; importing
    ``provenance.detect.datetext`` at module level would make the two packages import each other.
    """

    def __init__(self, source: str, flags: int = 0) -> None:
        self.source = source
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern."""
        if self._compiled is None:
            from provenance.detect.datetext import DATE_PATTERN

            # Month tables are lower-case; the date alone ignores case, the rest keeps the flags.
            dated = self.source.replace("<DATE>", f"(?i:{DATE_PATTERN})")
            self._compiled = re.compile(dated, self.flags)
        return self._compiled

    def search(self, text: str) -> re.Match[str] | None:
        """:meth:`re.Pattern.search`."""
        return self.compiled.search(text)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """:meth:`re.Pattern.finditer`."""
        return self.compiled.finditer(text)


#: Longest ``Name`` between the dash and ``(@handle)`` in :func:`handle_footers` patterns.
FOOTER_NAME_MAX = 80
#: On the reversed text: from ``(@`` back over ``\s*NAME\s*`` as far as a footer can reach.
_FOOTER_LEAD_BACK = re.compile(rf"@\(\s*[^\n()]{{0,{FOOTER_NAME_MAX}}}\s*")
#: Where a footer's opening dash (``—``, ``–``, ``&mdash;``, ``--``) may start.
_FOOTER_DASH_AT = re.compile(r"(?=—|–|&mdash;|--)")
#: The longest opening dash (``&mdash;``).
_FOOTER_DASH_MAX = 7


def handle_footers(pattern: DatedPattern, anchor: re.Pattern[str],
                   text: str) -> Iterator[re.Match[str]]:
    r"""``pattern.finditer(text)`` for footers shaped ``DASH\s*NAME\s*(@handle)…``.

    The pattern must open with the four dashes of :data:`_FOOTER_DASH_AT`, then ``\s*``, at
    most :data:`FOOTER_NAME_MAX` characters of ``[^\n()]``, ``\s*`` and ``\(@``. ``anchor``
    must match at the ``(`` of every footer the pattern matches (``\(@handle\)``, spelt as the
    pattern spells it): it is the cheap check that picks the places worth a look. Tried from
    every dash, such a pattern costs a name's length of work per dash (seconds on a page of
    dashes); here it is tried only from the dashes close enough before an anchor to reach it.
    The name holds no ``(``, so a footer's ``(@`` is the first ``(`` after its dash.
    """
    reversed_text = ""
    pos = 0  # nothing before the previous footer's end starts the next one
    for hit in anchor.finditer(text):
        paren = hit.start()
        if paren < pos:
            continue
        if not reversed_text:
            reversed_text = text[::-1]
        back = _FOOTER_LEAD_BACK.match(reversed_text, len(text) - paren - 2)
        reach = paren + 2 - (back.end() - back.start() if back else 2) - _FOOTER_DASH_MAX
        low = max(pos, reach)
        # A dash before an earlier "(" reaches that "(", never this one.
        low = max(low, text.rfind("(", low, paren) + 1)
        for candidate in _FOOTER_DASH_AT.finditer(text, low, paren):
            # Compiled at the first candidate: most pages have no footer of most platforms.
            match = pattern.compiled.match(text, candidate.start())
            if match is not None:
                pos = match.end()
                yield match
                break


#: Characters ``re.IGNORECASE`` takes for an ASCII letter though ``str.lower`` does not make
#: them one (İ ı ſ K): with any of them in a text, :func:`may_hold` cannot rule a phrase out.
CASELESS_ODD_CHARS = ("\u0130", "\u0131", "\u017f", "\u212a")


# Several platforms ask about the same text in turn; one lower-case copy serves them all.
@functools.lru_cache(maxsize=1)
def _lowered(text: str) -> str | None:
    if any(char in text for char in CASELESS_ODD_CHARS):
        return None
    return text.lower()


def may_hold(text: str, phrases: tuple[str, ...]) -> bool:
    """False only when no phrase is in ``text``, letter case aside.

    The gate before a whole-text ``re.IGNORECASE`` search that needs one of ``phrases``:
    such a search tries every offset (a case-blind first letter gives sre nothing to skip to),
    while a lower-case copy is searched for a phrase at memory speed. Phrases are lower case,
    and their letters are ASCII or have no case (Arabic).
    """
    lowered = _lowered(text)
    return lowered is None or any(phrase in lowered for phrase in phrases)


def parse_date(text: str | None) -> date | None:
    """A footer date written in words (:func:`provenance.detect.datetext.parse_date_text`)."""
    if not text:
        return None
    from provenance.detect.datetext import parse_date_text

    return parse_date_text(text)


def text_before(text: str, footer_start: int) -> tuple[int, str | None]:
    """The post text a footer belongs to: its own line before it, else the previous line.

    Returns the text's start offset (``footer_start`` when there is none) and the text.
    """
    line_start = text.rfind("\n", max(0, footer_start - MAX_POST_TEXT), footer_start) + 1
    if line_start == 0 and footer_start > MAX_POST_TEXT:
        line_start = footer_start - MAX_POST_TEXT
    same_line = text[line_start:footer_start]
    if same_line.strip():
        offset = line_start + len(same_line) - len(same_line.lstrip())
        return offset, same_line.strip()
    cursor = line_start - 1
    while cursor > 0:
        previous_start = text.rfind("\n", max(0, cursor - MAX_POST_TEXT), cursor) + 1
        previous = text[previous_start:cursor]
        if previous.strip():
            offset = previous_start + len(previous) - len(previous.lstrip())
            return offset, previous.strip()
        if previous_start == 0:
            break
        cursor = previous_start - 1
    return footer_start, None
