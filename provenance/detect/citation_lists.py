"""Wires named together share a role that the rules gave only one of them.

A list of wires in one credit (``أ ف ب، رويترز``, ``AFP/Reuters``) or one report (``أفادت قناة
"العالم" ووكالتا أنباء "مهر" و"فارس"``) reads as one role; the role rules of
:mod:`provenance.detect.citation_roles` look at each name's own surroundings, and the first of a
list has none. :func:`share_listed_roles` runs once over the article's roles after them.
"""

from __future__ import annotations

import re

from provenance.detect.citation_lines import Mention
from provenance.detect.citation_patterns import fold
from provenance.model import CitationRole

#: "And" then another agency, right after a cited one (``قناة "العالم" ووكالتا أنباء "مهر"
#: و"فارس"``): folded text, quotes on either side.
AND_ANOTHER = re.compile(
    # ... past an adjective of the first (قناة "المسيرة" الفضائية ووكالة الأنباء "سبأ")
    r"[^\S\n]{0,2}[\"”»']?(?:[^\S\n]{1,3}" + fold("ال") + r"\w{2,12})?[^\S\n]{0,2}" + fold("و")
    + r"(?:(?:" + fold("وكالتا|وكالتي|وكالة")
    + r")(?:[^\S\n]{1,3}(?:" + fold("ال") + r")?" + fold("انباء") + r")?)?[^\S\n]{0,2}[\"“«']?"
)
#: An English list of wires after one spoken to (``told Reuters, AFP and The Associated Press``):
#: they were all told (only interviews are shared so: a report "from Reuters, Bloomberg News"
#: may be about them).
AND_ANOTHER_TOLD = re.compile(
    r"[^\S\n]{0,2}(?:,[^\S\n]{1,3}(?:and[^\S\n]{1,3})?|[^\S\n]and[^\S\n]{1,3})"
    r"(?:[Tt]he[^\S\n]{1,3})?"
)
#: What stands between wires listed in one credit: a comma, slash, ``&``, ``+`` or ``and``
#: (``أ ف ب، رويترز``, ``AFP/Reuters``), only spaces before ``و`` (``رويترز وأ ف ب``), or a
#: hyphen alone (``-Bernama-Yonhap``).
LIST_JOINER = re.compile(r"[^\S\n]{0,2}(?:[،,/&+]|and)?[^\S\n]{0,2}|-")

#: The roles a list of wires shares (:func:`share_listed_roles`).
LISTED_ROLES = frozenset({CitationRole.DATELINE, CitationRole.CREDIT})
#: ... and the roles of a report that the names after "and" share.
REPORTING_ROLES = frozenset({CitationRole.ATTRIBUTION, CitationRole.INTERVIEW})


def share_listed_roles(folded: str, accepted: list[Mention], roles: list[CitationRole]) -> None:
    """Wires listed together share a role the rules gave only one of them: a credit or dateline
    the last has (``أ ف ب، رويترز – الخرطوم``: the first of a list has no surroundings), and a
    report the first has (``أفادت قناة "العالم" ووكالتا أنباء "مهر" و"فارس"``); and the topic
    the first is, when the second "and" name only closes the sentence (``الشراكة بين “سانا”
    و”واس”.``)."""
    for k in range(1, len(accepted)):
        first, then = accepted[k - 1], accepted[k]
        if roles[k] is not CitationRole.SUBJECT:
            continue
        if (roles[k - 1] in REPORTING_ROLES and AND_ANOTHER.fullmatch(folded, first.end,
                                                                        then.start)) \
                or (roles[k - 1] is CitationRole.INTERVIEW
                    and AND_ANOTHER_TOLD.fullmatch(folded, first.end, then.start)):
            roles[k] = roles[k - 1]
    for k in range(len(accepted) - 2, -1, -1):
        first, then = accepted[k], accepted[k + 1]
        if roles[k] is not CitationRole.SUBJECT or roles[k + 1] not in LISTED_ROLES:
            continue
        joiner = LIST_JOINER.fullmatch(folded, first.end, then.start)
        if joiner is not None and (joiner.group().strip() or folded[then.start] == "و"):
            roles[k] = roles[k + 1]
    for k in range(1, len(accepted)):
        first, then = accepted[k - 1], accepted[k]
        if roles[k - 1] is CitationRole.SUBJECT and roles[k] is CitationRole.CREDIT \
                and AND_ANOTHER.fullmatch(folded, first.end, then.start):
            # الشراكة بين … “سانا” و”واس”.: the second closes the sentence, not a credit line
            roles[k] = CitationRole.SUBJECT


__all__ = ["share_listed_roles"]
