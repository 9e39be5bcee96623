"""Compare a quote with the text of its source, Arabic-aware.

Both sides are folded with :func:`provenance.text.normalize_loose` (never rapidfuzz's
``default_process``, which turns every diacritic into a space). Two rapidfuzz scores decide,
as measured in ``shared/reference/libraries.md`` §4: ``partial_ratio`` (is the quote inside the
source?) and ``token_set_ratio`` (are its words there, in any order?), helped by the share of the
quote's words found in the source. ``WRatio`` and ``partial_token_set_ratio`` are never used: they
give a fabricated quote 85 and 100. The thresholds live in :mod:`provenance.score.weights`.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from rapidfuzz import fuzz, process

from provenance.model import QuoteMatch
from provenance.score import weights
from provenance.text import normalize, normalize_loose

VERBATIM = "verbatim"
"""The normalised quote is contained in the normalised source."""
NEAR_VERBATIM = "near_verbatim"
"""The source's words, reordered or lightly changed."""
PARAPHRASE = "paraphrase"
"""Related to the source but reworded: a paraphrase presented as a quote."""
NOT_FOUND = "not_found"
"""The source does not say it."""

#: Verdicts from best to worst (for picking the best of several sources).
VERDICTS: tuple[str, ...] = (VERBATIM, NEAR_VERBATIM, PARAPHRASE, NOT_FOUND)


def verdict_rank(verdict: str) -> int:
    """0 for ``verbatim`` … 3 for ``not_found`` (lower is better)."""
    return VERDICTS.index(verdict)


def compare(quote: str, source_text: str, source_id: str) -> QuoteMatch:
    """Say how ``quote`` relates to ``source_text`` (the text of embed or citation ``source_id``).

    >>> compare("أنهينا الحوار", "اليوم أَنهينا الحوار مع التحالف", "e1").verdict
    'verbatim'
    """
    q = normalize_loose(quote)
    s, offsets = _normalize_with_offsets(source_text)
    if not q or not s:
        return QuoteMatch(NOT_FOUND, 0.0, 0.0, "", source_id)
    alignment = fuzz.partial_ratio_alignment(q, s)
    # A quote longer than its source can hold the whole source and still add words it never
    # said: partial_ratio would align the source inside the quote and report 100.
    coverage = min(1.0, len(s) / len(q))
    partial = round((alignment.score if alignment else 0.0) * coverage, 1)
    token_set = round(fuzz.token_set_ratio(q, s), 1)
    verdict = _verdict(q, s, partial, token_set)
    matched = ""
    if verdict != NOT_FOUND and alignment is not None:
        matched = _original_span(source_text, offsets, alignment.dest_start, alignment.dest_end)
    return QuoteMatch(verdict, partial, token_set, matched, source_id)


def word_containment(quote: str, source: str) -> float:
    """Share of the quote's words that occur in the source (both already normalised).

    A word counts when the source has it exactly or a spelling within ``WORD_MATCH`` of it, so
    a proclitic the article dropped (``ستستمر`` for ``وستستمر``) still counts.
    """
    words = quote.split()
    if not words:
        return 0.0
    vocabulary = set(source.split())
    choices = sorted(vocabulary)
    found = 0
    for word in words:
        if word in vocabulary or (
            len(word) > 2
            and process.extractOne(
                word, choices, scorer=fuzz.ratio, score_cutoff=weights.WORD_MATCH
            )
        ):
            found += 1
    return found / len(words)


def _verdict(q: str, s: str, partial: float, token_set: float) -> str:
    """Apply the thresholds of :mod:`provenance.score.weights` to the scores."""
    if q in s:
        return VERBATIM
    containment = word_containment(q, s)
    if (
        partial >= weights.NEAR_VERBATIM_PARTIAL and token_set >= weights.NEAR_VERBATIM_TOKEN_SET
    ) or containment >= weights.NEAR_VERBATIM_CONTAINMENT:
        return NEAR_VERBATIM
    # Character scores alone are noisy on short quotes (any two Arabic words share letters):
    # a paraphrase must also keep most of the source's words.
    if containment >= weights.PARAPHRASE_CONTAINMENT and (
        partial >= weights.PARAPHRASE_PARTIAL or token_set >= weights.PARAPHRASE_TOKEN_SET
    ):
        return PARAPHRASE
    return NOT_FOUND


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    """What :func:`normalize_loose` makes of one character, before spaces are collapsed."""
    if ch.isspace():
        return " "
    folded = normalize(ch).casefold()
    return "".join(" " if unicodedata.category(c)[0] in "PS" else c for c in folded)


def _normalize_with_offsets(text: str) -> tuple[str, list[int]]:
    """``normalize_loose(text)`` and, for each of its characters, its offset in ``text``."""
    chars: list[str] = []
    offsets: list[int] = []
    for index, ch in enumerate(text):
        for out in _fold_char(ch):
            if out == " " and (not chars or chars[-1] == " "):
                continue
            chars.append(out)
            offsets.append(index)
    if chars and chars[-1] == " ":
        chars.pop()
        offsets.pop()
    folded = "".join(chars)
    expected = normalize_loose(text)
    if folded != expected:
        # Context-dependent folding (NFKC composing a combining hamza) changed the length:
        # fall back to proportional offsets, good enough to show where the match lies.
        scale = len(text) / max(1, len(expected))
        return expected, [min(len(text) - 1, int(i * scale)) for i in range(len(expected))]
    return folded, offsets


def _original_span(text: str, offsets: list[int], start: int, end: int) -> str:
    """The words of the original ``text`` that normalised characters [start, end) came from."""
    if not offsets or end <= start:
        return ""
    first = offsets[min(start, len(offsets) - 1)]
    last = offsets[min(end, len(offsets)) - 1] + 1
    # Widen to whole words so the evidence never starts or ends mid-word.
    while first > 0 and _in_word(text[first - 1]):
        first -= 1
    while last < len(text) and _in_word(text[last]):
        last += 1
    return text[first:last].strip()


def _in_word(ch: str) -> bool:
    """True for letters, digits and combining marks (Arabic diacritics sit inside words)."""
    return unicodedata.category(ch)[0] in "LMN"


__all__ = [
    "NEAR_VERBATIM",
    "NOT_FOUND",
    "PARAPHRASE",
    "VERBATIM",
    "VERDICTS",
    "compare",
    "verdict_rank",
    "word_containment",
]
