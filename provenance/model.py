"""Shared data types of every pipeline stage (stdlib only).

Stages hand these frozen values to each other: ``load`` makes an :class:`Article`, ``detect``
makes :class:`Detections`, ``resolve`` makes :class:`Resolution` values, ``score`` makes
:class:`ClaimScore`/:class:`ArticleScore`, and everything is gathered in a :class:`Report`.
Per-item failures are values (a :class:`Resolution` with a :class:`Status`), never exceptions.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any, overload


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
class Span:
    """Where a detection sits, in the article text and in the source file."""

    start: int
    """Offset of the first character in ``Article.text``."""
    end: int
    """Offset one past the last character in ``Article.text``."""
    line: int
    """1-based line in the source file (for HTML: of the element that holds the text)."""
    column: int
    """1-based column in the source file."""
    end_line: int = 0
    """1-based line of the last character (0 when unknown)."""
    end_column: int = 0
    """1-based column one past the last character (0 when unknown)."""


@dataclass(frozen=True, slots=True)
class Anchor:
    """A point where a run of article text starts in the source file."""

    offset: int
    """Offset in ``Article.text`` where the run starts."""
    line: int
    """1-based source line of the run's first character."""
    column: int
    """1-based source column of the run's first character."""
    verbatim: bool = True
    """True when the run copies source characters one for one, so columns can be counted on."""


def _anchor_offset(anchor: Anchor) -> int:
    """Sort key of an anchor for :meth:`Article.locate`'s bisection."""
    return anchor.offset


class LineAnchors(Sequence[Anchor]):
    """One verbatim anchor per line, kept as a list of line starts and built on demand.

    A text of a million short lines would otherwise cost a million :class:`Anchor` objects at
    load time; :meth:`Article.locate` bisects the plain offsets instead. Compares equal to the
    tuple of anchors it stands for.
    """

    __slots__ = ("starts",)

    def __init__(self, starts: Sequence[int]) -> None:
        """``starts[i]`` is the text offset where source line ``i + 1`` begins (sorted)."""
        self.starts = starts

    def __len__(self) -> int:
        return len(self.starts)

    @overload
    def __getitem__(self, index: int) -> Anchor: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[Anchor, ...]: ...

    def __getitem__(self, index: int | slice) -> Anchor | tuple[Anchor, ...]:
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(len(self.starts))))
        if index < 0:
            index += len(self.starts)
        if not 0 <= index < len(self.starts):
            raise IndexError(index)
        return Anchor(self.starts[index], index + 1, 1)

    def __iter__(self) -> Iterator[Anchor]:
        for number, start in enumerate(self.starts, start=1):
            yield Anchor(start, number, 1)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, LineAnchors):
            return list(self.starts) == list(other.starts)
        if isinstance(other, (tuple, list)):
            return len(other) == len(self) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self.starts))

    def __repr__(self) -> str:
        return f"LineAnchors({len(self.starts)} lines)"


@dataclass(frozen=True, slots=True)
class Article:
    """One loaded input: its text, where it came from, and how to point back into it."""

    source: str
    """Path as given, ``-`` for stdin, or the URL."""
    text: str
    """The readable text; for HTML, block elements become lines."""
    format: str
    """``text``, ``html`` or ``markdown``."""
    encoding: str
    """The encoding the bytes were decoded with, and how it was chosen (``utf-8 (bom)``)."""
    anchors: Sequence[Anchor]
    """Sorted runs of text with their source positions (one per line for plain text).

    A tuple, or for plain text a :class:`LineAnchors` that builds each anchor when read."""
    tree: Any = field(default=None, compare=False, repr=False)
    """The parsed HTML document (BeautifulSoup) for markup detectors, or None."""
    element_spans: dict[int, tuple[int, int]] = field(
        default_factory=dict, compare=False, repr=False
    )
    """``id(element)`` → (start, end) in ``text`` for every element of ``tree``."""
    metadata: dict[str, str] = field(default_factory=dict, compare=False)
    """Machine metadata found while loading (``published_time``, ``title``, ``url``, ``lang``)."""

    def span(self, start: int, end: int) -> Span:
        """Build a :class:`Span` for ``text[start:end]`` with its source line and column."""
        anchors = self.anchors
        if isinstance(anchors, LineAnchors):
            # Detectors build a span per finding: plain text takes one short path, no calls.
            starts = anchors.starts
            last = max(start, end - 1)
            first = max(0, bisect.bisect_right(starts, start) - 1)
            final = max(0, bisect.bisect_right(starts, last, first) - 1)
            return Span(start, end, first + 1, start - starts[first] + 1, final + 1,
                        last - starts[final] + 1 + (1 if end > start else 0))
        line, column = self.locate(start)
        end_line, end_column = self.locate(max(start, end - 1))
        return Span(start, end, line, column, end_line, end_column + (1 if end > start else 0))

    def locate(self, offset: int) -> tuple[int, int]:
        """Return the 1-based (line, column) in the source of the text character at ``offset``."""
        if not self.anchors:
            return (1, offset + 1)
        # Bisect on the anchors themselves: building an offsets list here made every span
        # O(lines), and detectors build a span per finding (quadratic on long articles).
        if isinstance(self.anchors, LineAnchors):
            starts = self.anchors.starts
            index = max(0, bisect.bisect_right(starts, offset) - 1)
            return (index + 1, offset - starts[index] + 1)
        index = max(0, bisect.bisect_right(self.anchors, offset, key=_anchor_offset) - 1)
        anchor = self.anchors[index]
        if anchor.verbatim:
            return (anchor.line, anchor.column + (offset - anchor.offset))
        return (anchor.line, anchor.column)


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


# --------------------------------------------------------------------------- resolution


class Status(StrEnum):
    """Every outcome of resolving one item. "Not found" is not "deleted"."""

    LIVE = "live"
    DELETED = "deleted"
    SUSPENDED = "suspended"
    PROTECTED = "protected"
    LOGIN_GATED = "login_gated"
    AGE_RESTRICTED = "age_restricted"
    WITHHELD = "withheld"
    RATE_LIMITED = "rate_limited"
    NOT_FOUND_UNKNOWN = "not_found_unknown"
    ERROR = "error"
    SKIPPED_OFFLINE = "skipped_offline"
    SKIPPED_POLICY = "skipped_policy"


#: Statuses that leave an item unverified because of the run, not the post (``--strict``).
INCOMPLETE_STATUSES = frozenset(
    {Status.RATE_LIMITED, Status.ERROR, Status.SKIPPED_OFFLINE, Status.SKIPPED_POLICY}
)


class Origin(StrEnum):
    """Where a piece of evidence came from."""

    LIVE = "live"
    ARCHIVE = "archive"
    CACHE = "cache"
    FIXTURE = "fixture"


@dataclass(frozen=True, slots=True)
class Capture:
    """One web-archive capture (memento) of a URL."""

    archive: str
    """``wayback``, ``archive.today`` or the host of another Memento archive."""
    uri_m: str
    """The memento's URL."""
    original: str
    """The URL that was captured (URI-R)."""
    memento_datetime: datetime
    """When it was captured (UTC), taken from the archive, not from the request."""
    archived_status: int | None
    """HTTP status the archive recorded (a captured 404 is not evidence); None when unknown."""
    predates_article: bool | None = None
    """True when captured before the article's date; None when the article date is unknown."""


@dataclass(frozen=True, slots=True)
class PostRecord:
    """What the original post says, as read from the platform or an archived copy."""

    platform: str
    """Registry name of the platform."""
    post_id: str
    """The platform's post ID."""
    url: str
    """Canonical URL."""
    text: str
    """The post's text."""
    handle: str | None = None
    """Author handle without ``@``."""
    author: str | None = None
    """Author display name."""
    created_at: datetime | None = None
    """Time the platform states (UTC)."""
    lang: str | None = None
    """Language the platform states."""


@dataclass(frozen=True, slots=True)
class QuoteMatch:
    """How a claim's text compares with a source's text."""

    verdict: str
    """``verbatim``, ``near_verbatim``, ``paraphrase`` or ``not_found``."""
    partial: float
    """rapidfuzz ``partial_ratio`` on normalised text (0–100)."""
    token_set: float
    """rapidfuzz ``token_set_ratio`` on normalised text (0–100)."""
    matched: str
    """The span of the original that matched best."""
    source_id: str
    """Id of the embed or citation whose text was compared."""


@dataclass(frozen=True, slots=True)
class Resolution:
    """The outcome of resolving one embed or citation."""

    item_id: str
    """Id of the embed or citation."""
    status: Status
    """What became of the item."""
    reason: str
    """A sentence a person can read (``tombstone: "This Post was deleted by the Post author"``)."""
    origin: Origin | None = None
    """Where the deciding evidence came from; None when nothing was fetched."""
    post: PostRecord | None = None
    """The original, when it was read (live or from an archive)."""
    captures: tuple[Capture, ...] = ()
    """Archive captures found for it."""
    id_time: datetime | None = None
    """Time decoded from the post ID (UTC), when the ID carries one."""
    match_score: float | None = None
    """For posts found by search (flattened embeds): how well the text matched (0–100)."""
    requests: tuple[str, ...] = ()
    """``METHOD URL`` of requests that could not be made (offline misses, policy refusals)."""


# --------------------------------------------------------------------------- scoring


class Severity(StrEnum):
    """Severity of a finding, lowest first."""

    INFO = "info"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"

    @property
    def rank(self) -> int:
        """Order for comparisons (info = 0 … high = 3)."""
        return list(Severity).index(self)


@dataclass(frozen=True, slots=True)
class Finding:
    """One rule firing on one item."""

    rule_id: str
    """Stable rule ID (``PV301``)."""
    severity: Severity
    """The rule's severity."""
    message: str
    """What is wrong with this item, in a sentence."""
    item_id: str
    """Id of the claim, embed or citation the finding is about."""
    span: Span
    """Where to point in the draft."""
    evidence: dict[str, Any] = field(default_factory=dict, compare=False)
    """Machine-readable details (scores, dates, URLs)."""


@dataclass(frozen=True, slots=True)
class Component:
    """One term of a score."""

    name: str
    """Short name (``base:post``, ``PV301``)."""
    points: float
    """Points added (or removed, when negative)."""
    why: str
    """One sentence explaining the term."""


@dataclass(frozen=True, slots=True)
class ClaimScore:
    """A claim's sourcing score with its components and findings."""

    claim_id: str
    """Id of the claim."""
    score: int
    """0–100."""
    components: tuple[Component, ...]
    """The terms that add up to the score."""
    findings: tuple[Finding, ...]
    """Rules that fired on the claim."""
    quote_match: QuoteMatch | None = None
    """Comparison with the best source text, when there was one."""


@dataclass(frozen=True, slots=True)
class ArticleScore:
    """The article's aggregate score."""

    score: int
    """0–100."""
    grade: str
    """A–F."""
    components: tuple[Component, ...]
    """How the aggregate was reached (weights, caps)."""


@dataclass(frozen=True, slots=True)
class ArticleReport:
    """Everything known about one article after a run."""

    detections: Detections
    """What was detected."""
    resolutions: tuple[Resolution, ...] = ()
    """One per embed and citation that was resolved."""
    claim_scores: tuple[ClaimScore, ...] = ()
    """One per claim."""
    findings: tuple[Finding, ...] = ()
    """Findings about embeds, citations and the article itself (claim findings sit on claims)."""
    score: ArticleScore | None = None
    """The article's aggregate, when scored."""


@dataclass(frozen=True, slots=True)
class Report:
    """The result of one run over one or more articles."""

    articles: tuple[ArticleReport, ...]
    """One per input, in the order given."""
    rubric_version: str
    """Version of the scoring rubric."""
    origin: Origin | None
    """The run's evidence origin (``fixture`` for offline replay); None for detection only."""
    generated_at: datetime | None = None
    """When the report was made (UTC); None keeps golden files stable."""
