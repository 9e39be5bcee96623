"""What the detect stage finds: embeds, post mentions, citations, claims and dates (stdlib only)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from provenance.model.article import Article, Span


class EmbedForm(StrEnum):
    """How an embedded post survives in the article."""

    MARKUP = "markup"
    """The vendor's fallback markup (``blockquote.twitter-tweet`` and the like)."""
    FLATTENED = "flattened"
    """The text a CMS or a copy-paste leaves: post text plus a ``— Name (@handle) Date`` footer."""
    URL = "url"
    """A bare post URL in the text or in a link."""
    RENDERED = "rendered"
    """An already-rendered iframe that carries only an ID."""


class CitationRole(StrEnum):
    """What an agency (or outlet) mention does in the sentence."""

    DATELINE = "dateline"
    ATTRIBUTION = "attribution"
    WITNESS = "witness"
    INTERVIEW = "interview"
    CREDIT = "credit"
    PHOTO_CREDIT = "photo_credit"
    SUBJECT = "subject"
    RECIPIENT = "recipient"
    LABEL = "label"


#: Roles in which the cited agency vouches for the story's content.
SOURCE_ROLES = frozenset(
    {
        CitationRole.DATELINE,
        CitationRole.ATTRIBUTION,
        CitationRole.WITNESS,
        CitationRole.INTERVIEW,
        CitationRole.CREDIT,
    }
)


class Medium(StrEnum):
    """The channel through which a claim reached the article, as the article tells it."""

    POST = "post"
    AGENCY = "agency"
    PRESS_CONFERENCE = "press_conference"
    INTERVIEW = "interview"
    STATEMENT = "statement"
    NONE = "none"


class DateKind(StrEnum):
    """What kind of date expression was found."""

    FOOTER = "footer"
    """The date of a flattened or markup embed footer."""
    EXPLICIT = "explicit"
    """A full or partial calendar date in the running text (``25 تموز/ يوليو``)."""
    RELATIVE_WEEKDAY = "relative_weekday"
    """A weekday relative to the writing day (``اليوم الخميس``, ``on Thursday``)."""
    RELATIVE = "relative"
    """Other relative expressions (``أمس``, ``last month``, ``في الأيام الأخيرة من تموز``)."""
    METADATA = "metadata"
    """A machine date from the page (``article:published_time``, ``<time datetime>``)."""


@dataclass(frozen=True, slots=True)
class Embed:
    """An embedded social-media post found in the article."""

    id: str
    """Stable id within the article (``e1``, ``e2`` …, in text order)."""
    platform: str
    """Registry name of the platform (``twitter``, ``instagram`` …)."""
    form: EmbedForm
    """How the embed survived in the article."""
    post_id: str | None
    """The platform's post ID when it survived (None for a flattened tweet)."""
    url: str | None
    """Canonical post URL when known."""
    handle: str | None
    """Author handle without ``@``."""
    author: str | None
    """Display name as written in the article."""
    claimed_date: date | None
    """The date the embed's footer claims."""
    text: str | None
    """The post text as reproduced in the article."""
    span: Span
    """Where the embed is (for flattened embeds: from the text's start to the footer's end)."""
    lang: str | None = None
    """Language the markup declares (``<p lang="ar">``)."""
    claimed_time: str | None = None
    """Time of day the footer shows, as written (Bluesky ``12:58 AM``), if any."""


@dataclass(frozen=True, slots=True)
class PostMention:
    """A post that is only mentioned ("said in a tweet"), with neither its text nor a link."""

    id: str
    """Stable id within the article (``m1`` …)."""
    platform: str
    """Platform the mention names (``twitter`` for ``تغريدة``/``tweet``)."""
    surface: str
    """The exact words of the mention."""
    span: Span
    """Where the mention is."""
    speaker: str | None = None
    """Who is said to have posted, when the sentence says."""


@dataclass(frozen=True, slots=True)
class Citation:
    """A news agency (or other outlet) named in the article."""

    id: str
    """Stable id within the article (``c1`` …)."""
    agency: str
    """Registry id (``INA``, ``AP``, ``AFP``, ``Reuters``)."""
    name: str
    """The registry's English name."""
    surface: str
    """The exact text that names it."""
    role: CitationRole
    """What the mention does in its sentence."""
    is_source: bool
    """True when the agency vouches for content (not a photo credit, subject or recipient)."""
    span: Span
    """Where the mention is."""
    kind: str = "agency"
    """``agency`` for news agencies, ``outlet`` for newspapers and broadcasters."""


@dataclass(frozen=True, slots=True)
class Claim:
    """A quoted or reported statement with its speaker and the medium it came through."""

    id: str
    """Stable id within the article (``k1`` …)."""
    text: str
    """The claim as the article gives it (inside the quotation marks when quoted)."""
    quoted: bool
    """True for text in quotation marks, False for reported speech."""
    speaker: str | None
    """The speaker's name as written, after resolving continuations and pronouns."""
    speaker_title: str | None
    """The speaker's title as written (``رئيس الوزراء العراقي``)."""
    verb: str | None
    """The attribution verb as written (``قال``, ``وأضاف``, ``said``)."""
    medium: Medium
    """How the claim reached the article."""
    sources: tuple[str, ...]
    """Ids of the embeds and citations the claim rests on."""
    reported_by: str | None
    """For second-hand claims: who relays the speaker's words."""
    span: Span
    """Where the claim text is."""
    line_number: int = 0
    """Paragraph (line) of the article the claim belongs to, 1-based; for weighting the lede."""


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression in the article."""

    id: str
    """Stable id within the article (``d1`` …)."""
    kind: DateKind
    """What kind of expression it is."""
    surface: str
    """The exact words."""
    value: date | None
    """The calendar date it resolves to, when it can be resolved."""
    span: Span
    """Where it is."""
    weekday: int | None = None
    """For weekday expressions: 0 = Monday … 6 = Sunday."""
    note: str | None = None
    """How the value was reached (``year taken from the post date``)."""


@dataclass(frozen=True, slots=True)
class InferredDate:
    """The article's most likely writing date and why."""

    value: date
    """The inferred date."""
    reason: str
    """A sentence saying which evidence gave it."""


@dataclass(frozen=True, slots=True)
class Detections:
    """Everything the detect stage found in one article."""

    article: Article
    """The article the detections point into."""
    embeds: tuple[Embed, ...] = ()
    """Embedded posts, in text order."""
    post_mentions: tuple[PostMention, ...] = ()
    """Posts only mentioned, in text order."""
    citations: tuple[Citation, ...] = ()
    """Agency and outlet mentions, in text order."""
    claims: tuple[Claim, ...] = ()
    """Claims, in text order."""
    dates: tuple[DateMention, ...] = ()
    """Date expressions, in text order."""
    article_date: InferredDate | None = None
    """The inferred writing date, when there is evidence for one."""
