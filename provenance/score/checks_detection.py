"""PV1xx: what detection could not pin down (embeds with no identity, bare mentions, quotes)."""

from __future__ import annotations

from collections.abc import Iterator

from provenance.model import Embed, EmbedForm, Finding, PostMention, Severity
from provenance.score.base import Context, Rule, rule_unit
from provenance.text import name_matches_handle, same_person

#: Quotation-mark pairs of Arabic and Latin text: (opening, closing). Reversed pairs (``”…“``,
#: ``»…«``) count the same, and a site that uses one glyph for both sides needs an even count.
QUOTE_PAIRS: tuple[tuple[str, str], ...] = (("“", "”"), ("«", "»"), ("‘", "’"))
#: Marks that open and close alike.
SYMMETRIC_QUOTES: tuple[str, ...] = ('"',)


@rule_unit("PV101", "flattened-embed-without-id", "Flattened embed without URL or ID", Severity.LOW)
def flattened_without_id(rule: Rule, ctx: Context) -> Iterator[Finding]:
    """An embedded post survives only as text: its URL and ID were lost.

    When a CMS or a copy-paste flattens an embed, only the post's text and a footer such as
    ``— Name (@handle) December 9, 2021`` remain. Readers cannot click through, and checking the
    post needs a search by handle, date and text, which may find the wrong post or none.
    Fix: restore the embed markup or add the post's URL.
    """
    for embed in ctx.detections.embeds:
        if embed.form is EmbedForm.FLATTENED and not embed.post_id and not embed.url:
            yield rule.finding(
                embed.id,
                embed.span,
                f"Embedded post by @{embed.handle or '?'} survives as text only, with no link.",
                handle=embed.handle,
                claimed_date=embed.claimed_date.isoformat() if embed.claimed_date else None,
            )


@rule_unit("PV102", "post-only-mentioned", "Post mentioned without text or link", Severity.MEDIUM)
def post_only_mentioned(rule: Rule, ctx: Context) -> Iterator[Finding]:
    """The article says someone posted ("said in a tweet") but gives neither the post nor a link.

    Nothing in the article lets a reader, or this tool, find the post. Fix: embed the post or
    link to it. A mention is not flagged when the article embeds a post of that platform by the
    same person elsewhere ("كتب في تغريدة" two lines above the flattened tweet itself).
    """
    for mention in ctx.detections.post_mentions:
        if _embedded_elsewhere(mention, ctx.detections.embeds):
            continue
        who = f" by {mention.speaker}" if mention.speaker else ""
        yield rule.finding(
            mention.id,
            mention.span,
            f"A {mention.platform} post{who} is mentioned (“{mention.surface}”) "
            "with no text or link.",
            platform=mention.platform,
        )


def _embedded_elsewhere(mention: PostMention, embeds: tuple[Embed, ...]) -> bool:
    """True when an embed of the mention's platform is by the person the mention names."""
    for embed in embeds:
        if embed.platform != mention.platform or mention.speaker is None:
            continue
        if embed.author and same_person(mention.speaker, embed.author):
            return True
        if embed.handle and name_matches_handle(mention.speaker, embed.handle):
            return True
    return False


def unbalanced_marks(paragraph: str) -> tuple[str, ...]:
    """Quotation marks whose count in ``paragraph`` cannot pair up."""
    odd = [mark for mark in SYMMETRIC_QUOTES if paragraph.count(mark) % 2]
    for opening, closing in QUOTE_PAIRS:
        opens, closes = paragraph.count(opening), paragraph.count(closing)
        unpaired = opens != closes if opens and closes else (opens + closes) % 2 == 1
        if unpaired:
            odd.append(opening + closing)
    return tuple(odd)


@rule_unit(
    "PV103",
    "unbalanced-quotation-marks",
    "Unbalanced quotation marks in a claim's paragraph",
    Severity.INFO,
)
def unbalanced_quotes(rule: Rule, ctx: Context) -> Iterator[Finding]:
    """The paragraph of a claim has quotation marks that do not pair up.

    An inner quote left open (an odd number of ``"``) makes it unclear where the speaker's words
    end and the writer's begin, so the quoted text detected may be too long or too short.
    Reported once per paragraph, on its first claim.
    """
    seen: set[int] = set()
    text = ctx.detections.article.text
    for claim in ctx.detections.claims:
        start, end = ctx.paragraph(claim.span)
        if start in seen:
            continue
        seen.add(start)
        marks = unbalanced_marks(text[start:end])
        if marks:
            yield rule.finding(
                claim.id,
                claim.span,
                f"Quotation marks {' '.join(marks)} do not pair up in this paragraph.",
                marks=list(marks),
            )


__all__ = [
    "QUOTE_PAIRS",
    "SYMMETRIC_QUOTES",
    "flattened_without_id",
    "post_only_mentioned",
    "unbalanced_marks",
    "unbalanced_quotes",
]
