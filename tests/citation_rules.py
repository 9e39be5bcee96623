"""The modules that hold the citation detector's rules and their patterns (for the tests that
read every pattern: the work meters and the bounded-repeat check)."""

from __future__ import annotations

from provenance.detect import (
    citation_captions,
    citation_credits,
    citation_cues,
    citation_lines,
    citation_lists,
    citation_patterns,
    citation_roles,
    citation_senses,
    citation_speech,
    citation_subjects,
    citations,
)

#: Every module whose module-level patterns the citation rules search with.
CITATION_RULE_MODULES = (citation_cues, citation_credits, citation_patterns, citation_speech,
                         citation_lines, citation_lists, citation_roles, citation_captions,
                         citation_senses, citation_subjects, citations)
