"""A reader for ``application/link-format`` (RFC 6690), the body of Memento TimeMaps.

TimeMaps from Wayback, archive.today and other Memento archives are lists of
``<URI>; rel="memento"; datetime="Sat, 14 Jan 2006 02:36:25 GMT"`` entries separated by commas
and usually by newlines. Real ones differ in small ways this reader tolerates: several tokens in
one ``rel`` (``"first memento"``), datetimes that contain commas, unquoted values, a trailing
comma after the last entry, blank lines. httpx's Link-header helper is private and splits
naively, so this is a small scanner instead: it walks the text once, and an entry it cannot read
is skipped up to the next ``<`` rather than failing the whole map.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

#: The target of one entry: ``<`` URI ``>`` (URIs never contain ``<`` or ``>`` unescaped).
_TARGET = re.compile(r"\s*<([^<>]{0,8192})>")
#: One parameter: ``; name`` optionally followed by ``= "quoted"`` or ``= token``.
#: The quoted alternative's branches are disjoint, so matching stays linear.
_PARAM = re.compile(
    r'\s*;\s*([A-Za-z0-9!#$&+.^_`|~*-]{1,64})\s*'
    r'(?:=\s*(?:"((?:[^"\\]|\\.){0,4096})"|([^;,\s"]{0,4096})))?'
)
_SEPARATOR = re.compile(r"\s*,?")
_ESCAPE = re.compile(r"\\(.)")


@dataclass(frozen=True, slots=True)
class Link:
    """One link-format entry."""

    uri: str
    """The target URI, as written between the angle brackets."""
    params: dict[str, str] = field(default_factory=dict)
    """Parameters by lower-case name (``rel``, ``datetime``, ``type``, ``from``, ``until``)."""

    @property
    def rels(self) -> frozenset[str]:
        """The relation types, lower-case (``"first memento"`` gives ``first`` and ``memento``)."""
        return frozenset(self.params.get("rel", "").lower().split())


def parse_link_format(text: str) -> tuple[Link, ...]:
    """Return the entries of a link-format document in order; unreadable entries are skipped."""
    links: list[Link] = []
    position = 0
    length = len(text)
    while position < length:
        target = _TARGET.match(text, position)
        if target is None:
            # Resynchronise on the next entry instead of giving up on the map.
            next_start = text.find("<", position + 1)
            if next_start < 0:
                break
            position = next_start
            continue
        position = target.end()
        params: dict[str, str] = {}
        while (param := _PARAM.match(text, position)) is not None:
            name = param.group(1).lower()
            if param.group(2) is not None:
                value = _ESCAPE.sub(r"\1", param.group(2))
            else:
                value = param.group(3) or ""
            # RFC 8288: only the first occurrence of a parameter counts.
            params.setdefault(name, value)
            position = param.end()
        links.append(Link(target.group(1).strip(), params))
        position = _SEPARATOR.match(text, position).end()  # type: ignore[union-attr]
    return tuple(links)


def mementos(links: tuple[Link, ...]) -> tuple[Link, ...]:
    """Only the entries whose ``rel`` includes ``memento`` (first, last, prev and next too)."""
    return tuple(link for link in links if "memento" in link.rels)


def original_of(links: tuple[Link, ...]) -> str | None:
    """The URI-R the map describes (its ``rel="original"`` entry), if it names one."""
    for link in links:
        if "original" in link.rels:
            return link.uri
    return None
