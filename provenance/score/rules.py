"""The rule registry: every rule, by stable ID, in an explicit order.

IDs are grouped by family and never reused: PV1xx detection, PV2xx availability, PV3xx
consistency, PV4xx attribution. Each :class:`~provenance.score.base.Rule` carries its title,
severity and documentation; SARIF, JUnit, JSON, the README and ``provenance rules`` all read them
from here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType

from provenance.model import Detections, Finding, QuoteMatch, Resolution
from provenance.score.base import Context, Rule
from provenance.score.checks_attribution import (
    agency_copy_not_found,
    anonymous_source,
    hearsay_chain,
    no_medium,
    no_speaker,
)
from provenance.score.checks_availability import (
    archived_after_article,
    post_deleted,
    post_gated,
    post_not_archived,
    post_not_found,
    verification_incomplete,
)
from provenance.score.checks_consistency import (
    footer_date_mismatch,
    handle_mismatch,
    quote_not_in_source,
    quote_not_verbatim,
    relative_date_mismatch,
    speaker_not_author,
)
from provenance.score.checks_detection import (
    flattened_without_id,
    post_only_mentioned,
    unbalanced_quotes,
)
from provenance.score.consistency import quote_matches as find_quote_matches

#: Every rule, in ID order.
RULES: tuple[Rule, ...] = (
    flattened_without_id,  # PV101
    post_only_mentioned,  # PV102
    unbalanced_quotes,  # PV103
    post_deleted,  # PV201
    post_gated,  # PV202
    post_not_found,  # PV203
    post_not_archived,  # PV204
    archived_after_article,  # PV205
    verification_incomplete,  # PV206
    quote_not_verbatim,  # PV301
    quote_not_in_source,  # PV302
    footer_date_mismatch,  # PV303
    handle_mismatch,  # PV304
    relative_date_mismatch,  # PV305
    speaker_not_author,  # PV306
    no_speaker,  # PV401
    anonymous_source,  # PV402
    hearsay_chain,  # PV403
    agency_copy_not_found,  # PV404
    no_medium,  # PV405
)

#: Rules by ID.
RULES_BY_ID: Mapping[str, Rule] = MappingProxyType({r.id: r for r in RULES})


def rule(rule_id: str) -> Rule:
    """The rule with this ID (``PV301``); KeyError names the ID when there is none."""
    try:
        return RULES_BY_ID[rule_id.upper()]
    except KeyError:
        raise KeyError(f"no rule {rule_id!r}; known: {', '.join(RULES_BY_ID)}") from None


def run_rules(context: Context, rules: Sequence[Rule] = RULES) -> tuple[Finding, ...]:
    """Every finding of ``rules`` in one article, in rule order."""
    return tuple(finding for r in rules for finding in r(context))


def make_context(
    detections: Detections,
    resolutions: Sequence[Resolution] | Mapping[str, Resolution] = (),
    quote_matches: Mapping[str, QuoteMatch] | None = None,
) -> Context:
    """A :class:`Context` from detections and resolutions (a sequence or a mapping by item id)."""
    by_id = (
        dict(resolutions)
        if isinstance(resolutions, Mapping)
        else {r.item_id: r for r in resolutions}
    )
    matches = find_quote_matches(detections, by_id) if quote_matches is None else quote_matches
    return Context(detections, MappingProxyType(by_id), MappingProxyType(dict(matches)))


__all__ = ["RULES", "RULES_BY_ID", "Context", "Rule", "make_context", "rule", "run_rules"]
