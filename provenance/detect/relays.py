"""Second-hand statements: whose words a statement reports, and who passed them on.

Three shapes: a quotation that opens with a name and a verb of its own (``"اللواء جون بريمر
أكد …"``: the named man spoke, the quoting speaker relays); an outlet that relays a source named
after عن (``نقلت رويترز عن مصدر أمني قوله إن …``); and a speaker whose words came through
someone named after a relay phrase (``أكد، بحسب ما نقل عنه مستشاره الإعلامي، أن …``). Each marks
the statements ``second_hand`` and moves the relay to ``relay_speaker``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from provenance.detect import vocab as v
from provenance.detect.speakers import LONGEST_TITLE_HEAD, Paragraph
from provenance.detect.tokens import strip_span
from provenance.detect.verbs import Verb

if TYPE_CHECKING:
    from provenance.detect.statement_record import Statement

_ARABIC_LETTER = re.compile("[\u0600-\u06ff]")
#: The longest relay named after ``بحسب ما نقل عنه`` (``مستشاره الإعلامي``), in words.
MAX_RELAY_WORDS = 5
#: How many tokens of a quotation are read for a name of its own (``"اللواء جون بريمر أكد``).
QUOTED_SUBJECT_TOKENS = 12
#: Relay phrases (``بحسب ما نقل عنه``, ``according to his``) as word tuples, by first word.
_AR_RELAY: dict[str, list[tuple[str, ...]]] = {}
for _phrase in v.AR_RELAY_PHRASES:
    _AR_RELAY.setdefault(_phrase.split()[0], []).append(tuple(_phrase.split()))
_EN_RELAY: dict[str, list[tuple[str, ...]]] = {}
for _phrase in v.EN_RELAY_PHRASES:
    _EN_RELAY.setdefault(_phrase.split()[0], []).append(tuple(_phrase.split()))
#: The first words of every relay phrase, as one scan of the folded paragraph.
_RELAY_FIRST_RE = re.compile(r"(?<!\w)(?:" + "|".join(sorted(set(_AR_RELAY) | set(_EN_RELAY)))
                             + r")(?!\w)", re.IGNORECASE)


def quoted_second_hand(para: Paragraph, statement: Statement, known: frozenset[str]) -> None:
    """Mark a statement whose content opens with a name and a verb of its own."""
    i, limit = para.token_at(statement.start), para.token_at(statement.end)
    limit = min(limit, i + QUOTED_SUBJECT_TOKENS)
    # Most quotations hold no verb right after their first words: then no subject parsed
    # there could be followed by one, and the parse (the costliest step here) is skipped.
    if not para.has_verb_between(i + 1, max(limit, i + LONGEST_TITLE_HEAD) + 2):
        return
    english = not _ARABIC_LETTER.search(para.text, statement.start, statement.start + 20)
    subject = para.subject(i, limit, english, known)
    if subject is None or subject.name is None or subject.pronoun:
        return
    inner = para.verb_at(subject.end)
    if inner is None:
        return
    statement.relay_speaker, statement.relay_title = statement.speaker, statement.title
    statement.speaker, statement.title = para.subject_text(subject)
    statement.verb = para.text[inner.start:inner.end]
    statement.second_hand = True


def names_a_relay(para: Paragraph) -> bool:
    """Whether any word of the paragraph opens a relay phrase (most paragraphs hold none)."""
    folded = para.folded
    # The Arabic first words have no case and the English ones are ASCII: unless one of the
    # former or a Latin letter occurs, the case-blind pattern cannot match (C scans, no pattern).
    if not any(word in folded for word in _AR_RELAY) and not para.has_latin():
        return False
    return bool(_RELAY_FIRST_RE.search(folded))


def relayed_from(para: Paragraph, verb: Verb, limit: int, made: list[Statement],
                 known: frozenset[str]) -> None:
    """``نقلت رويترز عن مصدر أمني قوله إن …``: the source after عن speaks, the outlet relays."""
    at = next((k for k in range(verb.token + 1, limit) if para.token_text[k] == "عن"), None)
    if at is None:
        return
    inner = para.subject(at + 1, limit, False, known)
    if inner is None or (inner.name is None and inner.title is None):
        return
    speaker, title = para.subject_text(inner)
    start, end = strip_span(para.text, verb.end, para.token_orig(at, at + 1)[0])
    for statement in made:
        statement.relay_speaker = para.text[start:end] or statement.speaker
        statement.relay_title = statement.title
        statement.speaker, statement.title = speaker, title
        statement.second_hand, statement.continuation = True, False


def relayed_through(para: Paragraph, verb: Verb, made: list[Statement]) -> None:
    """``أكد، بحسب ما نقل عنه مستشاره الإعلامي، أن …``: the speaker's words came second-hand.

    The relay is named between the verb and the content, after a relay phrase and up to
    the next comma; the speaker stays who he is and the relay goes to ``relay_speaker``.
    Callers skip paragraphs where :func:`names_a_relay` is false.
    """
    phrases = _EN_RELAY if verb.english else _AR_RELAY
    hi = para.token_at(made[0].start)
    for k in range(verb.token + 1, hi):
        word = para.token_text[k].lower()
        match = next((p for p in phrases.get(word, ())
                      if tuple(t.lower() for t in para.token_text[k:k + len(p)]) == p), None)
        if match is None:
            continue
        a = b = k + len(match)
        while b < hi and para.is_word[b] and b - a < MAX_RELAY_WORDS:
            b += 1
        if b == a:
            return
        relay = para.words(a, b)
        for statement in made:
            statement.relay_speaker, statement.relay_title = relay, None
            statement.second_hand = True
        return
