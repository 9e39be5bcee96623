"""The record of one statement found in a paragraph, before it is resolved across the article.

:mod:`provenance.detect.statements` fills these in while it parses a paragraph and
:mod:`provenance.detect.relays` amends them when a statement turns out to be second-hand;
:mod:`provenance.detect.claims` resolves them into :class:`provenance.model.Claim`.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class Statement:
    """One statement found in a paragraph, before cross-paragraph resolution."""

    start: int
    """Offset of the statement's text in the paragraph."""
    end: int
    """Offset one past its end."""
    quoted: bool
    """True when it sits in quotation marks."""
    sentence: tuple[int, int]
    """Paragraph offsets of the sentence it belongs to."""
    verb: str | None = None
    """The attribution verb as written."""
    speaker: str | None = None
    """The name as written in this paragraph (may be a surname only)."""
    title: str | None = None
    """The title as written."""
    continuation: bool = False
    """True when the verb or subject hands the floor back (``وأضاف``, ``مشيراً``, ``he``)."""
    relay_speaker: str | None = None
    """For second-hand statements: the outer speaker as written (None: the current voice)."""
    relay_title: str | None = None
    """For second-hand statements: the outer speaker's title as written."""
    second_hand: bool = False
    """True when the statement reports what someone else said."""

    def moved(self, start: int, end: int, quoted: bool) -> Statement:
        """The same attribution for another stretch of text (each quotation a verb opens)."""
        return Statement(start, end, quoted, self.sentence, self.verb, self.speaker, self.title,
                         self.continuation, self.relay_speaker, self.relay_title,
                         self.second_hand)


__all__ = ["Statement"]
