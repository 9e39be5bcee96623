"""PV4xx: who said it, and how do we know (no speaker, anonymous, second-hand, no medium)?"""

from __future__ import annotations

from collections.abc import Iterator

from provenance.model import Claim, Finding, Medium, Severity, Status
from provenance.score.base import Context, Rule, rule_unit
from provenance.text import normalize_loose

#: Words that make a speaker anonymous (normalised spelling; a leading و/ب/ل/ف is tolerated).
ANONYMOUS_SPEAKER_WORDS = frozenset(
    {
        "مصدر",
        "مصادر",
        "المصدر",
        "المصادر",
        "source",
        "sources",
        "insider",
        "insiders",
    }
)
#: Phrases that say a speaker is not named (normalised spelling, matched inside the paragraph).
ANONYMITY_PHRASES: tuple[str, ...] = (
    "عدم الكشف عن اسمه",
    "عدم الكشف عن هويته",
    "عدم ذكر اسمه",
    "عدم الافصاح عن اسمه",
    "رفض الكشف عن اسمه",
    "مصدر مطلع",
    "مصادر مطلعه",
    "on condition of anonymity",
    "asked not to be named",
    "not authorized to speak",
    "declined to be named",
    "familiar with the matter",
)
#: Proclitics Arabic glues to a noun (``ومصدر``, ``لمصادر``).
PROCLITICS = ("و", "ف", "ب", "ل")


def is_anonymous(ctx: Context, claim: Claim) -> str | None:
    """The words that make the claim's source anonymous, or None."""
    who = normalize_loose(" ".join(x for x in (claim.speaker, claim.speaker_title) if x))
    for word in who.split():
        bare = word[1:] if word[:1] in PROCLITICS and word[1:] in ANONYMOUS_SPEAKER_WORDS else word
        if bare in ANONYMOUS_SPEAKER_WORDS:
            return word
    start, end = ctx.paragraph(claim.span)
    paragraph = normalize_loose(ctx.detections.article.text[start:end])
    quoted = normalize_loose(claim.text)
    # The claim's own words may quote an anonymity phrase; only the framing around them counts.
    framing = paragraph.replace(quoted, " ") if quoted else paragraph
    for phrase in ANONYMITY_PHRASES:
        if phrase in framing:
            return phrase
    return None


@rule_unit("PV401", "no-speaker", "Claim without a speaker", Severity.MEDIUM)
def no_speaker(rule: Rule, ctx: Context) -> Iterator[Finding]:
    """A quoted or reported statement is not attributed to anyone.

    Nobody can be asked whether they said it. Fix: name who said it.
    """
    for claim in ctx.detections.claims:
        if not (claim.speaker or "").strip():
            yield rule.finding(claim.id, claim.span, "Nobody is named as saying this.")


@rule_unit("PV402", "anonymous-source", "Anonymous source", Severity.LOW)
def anonymous_source(rule: Rule, ctx: Context) -> Iterator[Finding]:
    """The claim comes from an unnamed source (``مصدر مطلع``, "a source said", "officials who
    spoke on condition of anonymity").

    Sometimes necessary, never checkable from outside: the reader must trust the outlet.
    Say why the source cannot be named and how the outlet knows them.
    """
    for claim in ctx.detections.claims:
        words = is_anonymous(ctx, claim)
        if words:
            yield rule.finding(
                claim.id, claim.span, f"The source is not named (“{words}”).", words=words
            )


@rule_unit("PV403", "hearsay-chain", "Second-hand claim (hearsay chain)", Severity.LOW)
def hearsay_chain(rule: Rule, ctx: Context) -> Iterator[Finding]:
    """Someone reports what someone else said or confirmed ("X said that Y confirmed …").

    The article's source did not hear it from the speaker either; each link can distort it.
    Fix: find the speaker's own words.
    """
    for claim in ctx.detections.claims:
        if claim.reported_by:
            speaker = claim.speaker or "someone"
            yield rule.finding(
                claim.id,
                claim.span,
                f"{claim.reported_by} relays what {speaker} said.",
                reported_by=claim.reported_by,
                speaker=claim.speaker,
            )


@rule_unit(
    "PV404",
    "agency-copy-not-found",
    "Agency named as a source but its copy not found",
    Severity.LOW,
)
def agency_copy_not_found(rule: Rule, ctx: Context) -> Iterator[Finding]:
    """An agency is named as the source (dateline, attribution, witness, interview, credit), but
    its own story was not found.

    In this version an agency's copy counts as found only when the article links to a story on
    one of the agency's domains and that link resolved live. Until then the article's word is
    all there is. Fix: link the agency's story.
    """
    for citation in ctx.detections.citations:
        if not citation.is_source:
            continue
        resolution = ctx.resolutions.get(citation.id)
        if resolution is None or resolution.status is not Status.LIVE:
            why = resolution.reason if resolution else "not resolved"
            yield rule.finding(
                citation.id,
                citation.span,
                f"{citation.name} is named as a source ({citation.role.value}) but its own copy "
                f"was not found: {why}",
                agency=citation.agency,
                role=citation.role.value,
                status=resolution.status.value if resolution else None,
            )


@rule_unit("PV405", "no-medium", "Claim with no medium named", Severity.LOW)
def no_medium(rule: Rule, ctx: Context) -> Iterator[Finding]:
    """The article does not say how the statement reached it: no post, agency, press conference,
    interview or statement is named.

    Readers cannot look it up. Fix: say where and when it was said.
    """
    for claim in ctx.detections.claims:
        if claim.medium is Medium.NONE and not claim.sources:
            yield rule.finding(claim.id, claim.span, "Nothing says where or how this was said.")


__all__ = [
    "ANONYMITY_PHRASES",
    "ANONYMOUS_SPEAKER_WORDS",
    "PROCLITICS",
    "agency_copy_not_found",
    "anonymous_source",
    "hearsay_chain",
    "is_anonymous",
    "no_medium",
    "no_speaker",
]
