"""What every rule is and what every rule sees.

A rule is a small unit in the manner of bandit's plugins: a stable ID, a kebab-case name, a title,
a severity, and a check function whose docstring is the rule's documentation (shown in the
README, in SARIF ``help`` and by ``provenance rules``). The :func:`rule_unit` decorator turns a
check function into a :class:`Rule`; ``provenance.score.rules`` lists them all in an explicit tuple.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from provenance.model import (
    Citation,
    Claim,
    Detections,
    Embed,
    Finding,
    QuoteMatch,
    Resolution,
    Severity,
    Span,
)


@dataclass(frozen=True, slots=True)
class Context:
    """Everything a check may look at for one article (read-only)."""

    detections: Detections
    """What the detect stage found."""
    resolutions: Mapping[str, Resolution] = field(default_factory=dict)
    """Resolutions by embed or citation id."""
    quote_matches: Mapping[str, QuoteMatch] = field(default_factory=dict)
    """For quoted claims that rest on an embed: the best comparison with its text, by claim id."""

    @property
    def article_date(self) -> date | None:
        """The article's inferred writing date, when there is one."""
        inferred = self.detections.article_date
        return inferred.value if inferred else None

    def embed(self, item_id: str) -> Embed | None:
        """The embed with this id, or None."""
        return next((e for e in self.detections.embeds if e.id == item_id), None)

    def citation(self, item_id: str) -> Citation | None:
        """The citation with this id, or None."""
        return next((c for c in self.detections.citations if c.id == item_id), None)

    def claim_embeds(self, claim: Claim) -> tuple[Embed, ...]:
        """The embeds a claim rests on, in the claim's order."""
        embeds = (self.embed(source) for source in claim.sources)
        return tuple(e for e in embeds if e is not None)

    def claim_citations(self, claim: Claim) -> tuple[Citation, ...]:
        """The citations a claim rests on, in the claim's order."""
        citations = (self.citation(source) for source in claim.sources)
        return tuple(c for c in citations if c is not None)

    def paragraph(self, span: Span) -> tuple[int, int]:
        """Offsets (start, end) of the article line that holds ``span``'s start."""
        text = self.detections.article.text
        start = text.rfind("\n", 0, span.start) + 1
        end = text.find("\n", span.start)
        return start, len(text) if end < 0 else end


Check = Callable[[Context], Iterable[Finding]]
"""A rule's check: every finding of the rule in one article."""


@dataclass(frozen=True, slots=True)
class Rule:
    """One scoring rule: stable identity, documentation and its check."""

    id: str
    """Stable ID (``PV301``); never reused for another meaning."""
    name: str
    """Kebab-case name (``quote-not-verbatim``)."""
    title: str
    """One-line title."""
    severity: Severity
    """Severity of every finding the rule makes."""
    doc: str
    """Full documentation: what fires it, why it matters, what to do."""
    check: Check = field(compare=False, repr=False)
    """Returns the rule's findings for one article."""

    def finding(self, item_id: str, span: Span, message: str, **evidence: Any) -> Finding:
        """A :class:`Finding` of this rule about one item."""
        return Finding(self.id, self.severity, message, item_id, span, dict(evidence))

    def __call__(self, context: Context) -> tuple[Finding, ...]:
        """Run the check over one article."""
        return tuple(self.check(context))


def rule_unit(
    rule_id: str, name: str, title: str, severity: Severity
) -> Callable[[Callable[[Rule, Context], Iterable[Finding]]], Rule]:
    """Decorator: make a :class:`Rule` of ``fn(rule, context)``, documented by its docstring."""

    def wrap(fn: Callable[[Rule, Context], Iterable[Finding]]) -> Rule:
        holder: list[Rule] = []

        def check(context: Context) -> Iterable[Finding]:
            return fn(holder[0], context)

        made = Rule(rule_id, name, title, severity, inspect.cleandoc(fn.__doc__ or title), check)
        holder.append(made)
        return made

    return wrap


__all__ = ["Check", "Context", "Rule", "rule_unit"]
