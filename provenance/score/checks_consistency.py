"""PV3xx: does the article agree with its sources (words, dates, accounts, speakers)?"""

from __future__ import annotations

from collections.abc import Iterator

from provenance.model import Finding, Medium, Severity
from provenance.score import consistency
from provenance.score.base import Context, Rule, rule_unit

# QuoteMatch.verdict values (the model's contract; provenance.resolve.match makes them). Spelt
# here rather than imported: match.py imports this package for its thresholds.
PARAPHRASE = "paraphrase"
NOT_FOUND = "not_found"

#: Names of the weekdays for messages (Monday = 0).
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@rule_unit("PV301", "quote-not-verbatim", "Quote is a paraphrase of its source", Severity.MEDIUM)
def quote_not_verbatim(rule: Rule, ctx: Context) -> Iterator[Finding]:
    """Words inside quotation marks are the writer's rewording of the source, not its words.

    Quotation marks promise the speaker's exact words. The quote was compared with the post it
    rests on (the original when it was read, else the embed's copy): related, but reworded.
    Fix: quote the original exactly, or drop the quotation marks and report the speech.
    """
    for claim in ctx.detections.claims:
        match = ctx.quote_matches.get(claim.id)
        if match is not None and match.verdict == PARAPHRASE:
            yield rule.finding(
                claim.id,
                claim.span,
                f"The quote rewords its source {match.source_id}: “{match.matched}”.",
                source=match.source_id,
                partial=match.partial,
                token_set=match.token_set,
                matched=match.matched,
            )


@rule_unit("PV302", "quote-not-in-source", "Quote not found in its source", Severity.HIGH)
def quote_not_in_source(rule: Rule, ctx: Context) -> Iterator[Finding]:
    """A quote attributed to a post is not in that post's text, not even reworded.

    Either the quote comes from somewhere else (another post, an interview) or it was made up.
    Fix: find and cite the real source of the words.
    """
    for claim in ctx.detections.claims:
        match = ctx.quote_matches.get(claim.id)
        if match is not None and match.verdict == NOT_FOUND:
            yield rule.finding(
                claim.id,
                claim.span,
                f"The quote is not in the text of {match.source_id}.",
                source=match.source_id,
                partial=match.partial,
                token_set=match.token_set,
            )


@rule_unit(
    "PV303", "footer-date-mismatch", "Footer date disagrees with the post's time", Severity.MEDIUM
)
def footer_date_mismatch(rule: Rule, ctx: Context) -> Iterator[Finding]:
    """The date in the embed's footer is more than a day away from the post's own time (from the
    platform, or decoded from the post ID).

    A day of difference is time zones; more means the footer was edited, or the embed points at
    another post than the one the article describes.
    """
    for embed in ctx.detections.embeds:
        resolution = ctx.resolutions.get(embed.id)
        gap = consistency.footer_gap_days(embed, resolution)
        if gap is not None and gap > consistency.FOOTER_TOLERANCE_DAYS:
            when = consistency.post_time(embed, resolution)
            yield rule.finding(
                embed.id,
                embed.span,
                f"The footer says {embed.claimed_date}, the post is from {when:%Y-%m-%d} "
                f"({gap} days apart).",
                claimed_date=str(embed.claimed_date),
                post_time=when.isoformat() if when else None,
                days=gap,
            )


@rule_unit(
    "PV304", "handle-mismatch", "Footer handle disagrees with the post's account", Severity.MEDIUM
)
def handle_mismatch(rule: Rule, ctx: Context) -> Iterator[Finding]:
    """The handle in the embed's footer is not the handle in the post URL or of the original post.

    The account may have been renamed, or the embed's text and its link belong to different
    posts. Check which account really posted it.
    """
    for embed in ctx.detections.embeds:
        conflict = consistency.handle_conflict(embed, ctx.resolutions.get(embed.id))
        if conflict is not None:
            footer, other, where = conflict
            yield rule.finding(
                embed.id,
                embed.span,
                f"The footer says @{footer}, {where} says @{other}.",
                footer_handle=footer,
                other_handle=other,
                where=where,
            )


@rule_unit(
    "PV305", "relative-date-mismatch", "Relative date disagrees with the post's date", Severity.LOW
)
def relative_date_mismatch(rule: Rule, ctx: Context) -> Iterator[Finding]:
    """The article names a weekday (``اليوم الخميس``, "on Thursday") that the post's date is not,
    in any time zone.

    Either the article was written another day than it says, or the post is not the one the
    article reports.
    """
    for embed in ctx.detections.embeds:
        resolution = ctx.resolutions.get(embed.id)
        days = sorted(consistency.post_days(embed, resolution))
        for mention in consistency.weekday_conflicts(ctx.detections, embed, resolution):
            named = WEEKDAYS[mention.weekday or 0]
            yield rule.finding(
                embed.id,
                mention.span,
                f"“{mention.surface}” says {named}, but the post of {embed.id} is from "
                f"{' / '.join(f'{d:%A %Y-%m-%d}' for d in days)}.",
                mention=mention.id,
                weekday=named,
                post_days=[d.isoformat() for d in days],
            )


@rule_unit("PV306", "speaker-not-author", "Speaker is not the post's author", Severity.MEDIUM)
def speaker_not_author(rule: Rule, ctx: Context) -> Iterator[Finding]:
    """A claim is attributed to someone, and rests on a post, but the post is someone else's.

    Names are compared after Arabic normalisation (``الأعرجي`` is ``قاسم الاعرجي``) and against
    the handle by transliteration (``qassimalaraji``). A post quoting another person is fine in
    itself, but the article should then say whose post it is.
    """
    for claim in ctx.detections.claims:
        if not claim.speaker or claim.medium is not Medium.POST:
            continue
        for embed in ctx.claim_embeds(claim):
            resolution = ctx.resolutions.get(embed.id)
            verdict = consistency.speaker_is_author(claim.speaker, embed, resolution)
            if verdict is False:
                author = embed.author or f"@{embed.handle}"
                yield rule.finding(
                    claim.id,
                    claim.span,
                    f"{claim.speaker} is said to speak, but {embed.id} was posted by {author}.",
                    speaker=claim.speaker,
                    author=embed.author,
                    handle=embed.handle,
                    source=embed.id,
                )
                break


__all__ = [
    "WEEKDAYS",
    "footer_date_mismatch",
    "handle_mismatch",
    "quote_not_in_source",
    "quote_not_verbatim",
    "relative_date_mismatch",
    "speaker_not_author",
]
