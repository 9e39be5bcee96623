"""Every tunable number of the scoring rubric, each with the reason for its value.

Quote-matching thresholds are module constants (``provenance.resolve.match`` reads them); the
scoring numbers live in one frozen :class:`Weights` so a caller can try another rubric without
touching code (``score_article(..., weights=replace(DEFAULT_WEIGHTS, lede_weight=3.0))``).
The quote thresholds were calibrated on the seed article (``shared/seed``): its paraphrased quote
scores partial 84 / token-set 94 / word containment 0.83 against the post, its near-verbatim
quotes 93–95 / 95–100 / 1.0, and a quote taken from elsewhere in the article 54 / 45 / 0.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

# --------------------------------------------------------------------------- quote matching

#: partial_ratio at or above which a quote counts as the source's words lightly changed
#: (the seed's near-verbatim quotes score 93–95, its paraphrase 84).
NEAR_VERBATIM_PARTIAL = 90.0
#: token_set_ratio that must accompany NEAR_VERBATIM_PARTIAL (reordering keeps it near 100).
NEAR_VERBATIM_TOKEN_SET = 90.0
#: Share of the quote's words found in the source that alone makes it near-verbatim
#: (a reordered quote keeps every word while its partial_ratio drops).
NEAR_VERBATIM_CONTAINMENT = 0.9
#: partial_ratio at or above which a quote may be a rewording of the source (paraphrase 84;
#: unrelated sentences on the same topic score 50–68).
PARAPHRASE_PARTIAL = 75.0
#: token_set_ratio that may also mark a rewording (when the words are reordered as well).
PARAPHRASE_TOKEN_SET = 75.0
#: Share of the quote's words that must be in the source for any paraphrase verdict: topical
#: fabrications reuse about half the words, and short quotes reach partial 75 by shared letters.
PARAPHRASE_CONTAINMENT = 0.6
#: fuzz.ratio at which two words count as the same word (absorbs clitics: ستستمر / وستستمر = 92).
WORD_MATCH = 85.0


# --------------------------------------------------------------------------- scoring

#: Base points of a claim by its best supporting source (see ``aggregate.base_points``).
BASE_POINTS: Mapping[str, float] = MappingProxyType(
    {
        # The original itself was seen before publication, or is up now: the best evidence.
        "post:live": 90.0,
        "post:archived_before": 90.0,
        # Captured, but when the article was written is unknown.
        "post:archived": 85.0,
        # Captured only after publication: the post existed, but it might have been edited.
        "post:archived_after": 75.0,
        # Captured only after publication and deleted since.
        "post:deleted_archived": 60.0,
        # Not verified because of the run (offline, rate limit, error, not resolved at all).
        "post:unverified": 55.0,
        # Gated: it probably exists, but nobody outside can read it.
        "post:gated": 55.0,
        # Nowhere to be found and no reason given.
        "post:not_found": 45.0,
        # Deleted and never captured: the article is now the only witness.
        "post:deleted": 35.0,
        # The article says "in a tweet" but gives neither text nor link.
        "post:mentioned": 30.0,
        # An agency carried or witnessed it and its own copy was found live.
        "agency:found": 75.0,
        "press_conference:found": 75.0,
        "interview:found": 70.0,
        # The agency's copy was not found: the article's word for it.
        "agency:not_found": 50.0,
        "press_conference:not_found": 50.0,
        "interview:not_found": 40.0,
        # A channel is named but no agency or post stands behind it.
        "press_conference:none": 35.0,
        "interview:none": 30.0,
        "statement:none": 30.0,
        "agency:none": 30.0,
        # Nothing says how the words reached the article.
        "none": 15.0,
    }
)

#: Points a finding on the claim (or on the source the score rests on) takes off. Rules absent
#: here (PV101, PV2xx, PV404, PV405) are already reflected in the base points.
PENALTIES: Mapping[str, float] = MappingProxyType(
    {
        "PV103": 0.0,  # punctuation, not sourcing
        "PV301": 15.0,  # the words are the writer's, presented as the speaker's
        "PV302": 45.0,  # the source does not say it
        "PV303": 15.0,  # the embed's date is not the post's
        "PV304": 20.0,  # the embed names another account than the post's
        "PV305": 10.0,  # "today, Thursday" is not the post's day
        "PV306": 20.0,  # the post is not the speaker's
        "PV401": 25.0,  # nobody said it
        "PV402": 15.0,  # nobody we can name said it
        "PV403": 20.0,  # someone says someone else said it
    }
)

#: Highest article score allowed while a finding of this rule stands (the worst one wins).
CAPS: Mapping[str, float] = MappingProxyType(
    {
        "PV201": 54.0,  # a deleted post caps the article at D
        "PV302": 39.0,  # a quote its source does not contain caps it at F
    }
)

#: Grade cut-offs, highest first: (lowest score of the grade, grade).
GRADES: tuple[tuple[float, str], ...] = (
    (85.0, "A"),
    (70.0, "B"),
    (55.0, "C"),
    (40.0, "D"),
    (0.0, "F"),
)


@dataclass(frozen=True, slots=True)
class Weights:
    """One complete set of scoring numbers (the rubric's tunables)."""

    base_points: Mapping[str, float] = field(default_factory=lambda: BASE_POINTS)
    """Base points by source key (``post:live``, ``interview:not_found`` …)."""
    penalties: Mapping[str, float] = field(default_factory=lambda: PENALTIES)
    """Points removed per finding, by rule ID."""
    caps: Mapping[str, float] = field(default_factory=lambda: CAPS)
    """Article score caps by rule ID."""
    high_severity_cap: float = 69.0
    """Cap for any other high-severity finding: no article with one earns better than C."""
    lede_lines: int = 2
    """Lines counted as headline and lede (the first two lines/paragraphs)."""
    lede_weight: float = 2.0
    """Weight of a headline or lede claim in the article mean (others weigh 1)."""
    empty_score: float = 100.0
    """Article score when there is no claim to score (before caps)."""
    grades: tuple[tuple[float, str], ...] = GRADES
    """Grade cut-offs, highest first."""


#: The rubric as shipped.
DEFAULT_WEIGHTS = Weights()
