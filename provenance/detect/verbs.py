"""Attribution verbs in one paragraph (``قال``, ``وأضاف``, ``مشيراً``, ``said``, ``according to``).

Arabic verbs take an optional و/ف in front and an agreement suffix; words that are verbs only
sometimes (``بين``, ``ذكر``) need a word of their own after them, and the نقل of a relay phrase
(``بحسب ما نقل عنه``) is none. Verbs are found on the folded paragraph
(:class:`provenance.detect.tokens.FoldedParagraph`) and reported at their written offsets.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from provenance.detect import vocab as v
from provenance.detect.tokens import JOINER, FoldedParagraph


def _alternation(words: tuple[str, ...] | frozenset[str] | list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _first_letters(words: tuple[str, ...] | frozenset[str] | list[str]) -> str:
    """A character class of the words' first letters (both cases)."""
    letters = {c for w in words for c in (w[0].lower(), w[0].upper())}
    return "[" + re.escape("".join(sorted(letters))) + "]"


# The lookahead on first letters rejects most positions at once: without it the engine tries
# every alternative at every character, which dominates on long runs of punctuation.
_AR_VERB_FIRST = _first_letters(("و", "ف", *v.AR_PAST_VERBS, *v.AR_PRESENT_VERBS,
                                 *v.AR_PARTICIPLES))
#: An Arabic attribution verb as a whole word (groups: conj, past, present, part).
AR_VERB_RE = re.compile(
    rf"(?<!\w)(?={_AR_VERB_FIRST})"
    rf"(?P<conj>[وف])?(?:(?P<past>{_alternation(v.AR_PAST_VERBS)})(?:ت|وا|ا)?"
    rf"|(?P<present>{_alternation(v.AR_PRESENT_VERBS)})"
    rf"|(?P<part>{_alternation(v.AR_PARTICIPLES)}))(?!\w)"
)
_AR_CONJUNCTIONS = ("", "و", "ف")
_AR_PAST_SUFFIXES = ("", "ت", "وا", "ا")


def _arabic_verb_forms() -> dict[str, tuple[str, bool, bool]]:
    """Every word :data:`AR_VERB_RE` matches whole → (stem, has a conjunction, participle).

    A verb starts at a token and runs to the end of its first run of word characters, so
    looking that run up is the same as the pattern's scan, without trying the pattern at
    every word of the paragraph. The groups are the pattern's own, read once per form.
    """
    stems = [past + suffix for past in v.AR_PAST_VERBS for suffix in _AR_PAST_SUFFIXES]
    stems += [*v.AR_PRESENT_VERBS, *v.AR_PARTICIPLES]
    forms: dict[str, tuple[str, bool, bool]] = {}
    for word in (conj + stem for conj in _AR_CONJUNCTIONS for stem in stems):
        match = AR_VERB_RE.fullmatch(word)
        if match:
            stem = match.group("past") or match.group("present") or match.group("part")
            forms[word] = (stem, bool(match.group("conj")), bool(match.group("part")))
    return forms


_AR_VERB_FORMS = _arabic_verb_forms()
#: An English attribution verb as a whole word (group: en), any case.
EN_VERB_RE = re.compile(rf"(?<![\w-])(?={_first_letters(v.EN_VERBS)})"
                         rf"(?P<en>{_alternation(v.EN_VERBS)})(?![\w-])", re.IGNORECASE)
#: :data:`vocab.AR_RELAY_PHRASES` as word tuples: their نقل is no attribution verb of its own.
_RELAY_WORDS = tuple(tuple(p.split()) for p in v.AR_RELAY_PHRASES)


@dataclass(frozen=True, slots=True)
class Verb:
    """An attribution verb found in a paragraph."""

    start: int
    """Offset in the original paragraph."""
    end: int
    """Offset one past the end in the original paragraph."""
    token: int
    """Index of its token."""
    stem: str
    """The folded verb without conjunction or suffix (``اضاف``, ``said``)."""
    continuation: bool
    """True for ``وأضاف``-type verbs and participles, which continue the current speaker."""
    direct: bool
    """True when the verb can take its content as a direct object (``أعلن انتهاء …``)."""
    english: bool
    """True for English verbs."""


def find_verbs(para: FoldedParagraph) -> list[Verb]:
    """Every attribution verb of the paragraph, Arabic and English, in text order."""
    found: list[Verb] = []
    for index, form in arabic_verb_tokens(para):
        stem, conj, participle = _AR_VERB_FORMS[form]
        if stem in v.AR_GUARDED_VERBS:
            words, window = v.AR_GUARDED_VERBS[stem]
            following = set(para.token_text[index + 1:index + 1 + window])
            if not following & set(words):
                continue
        if stem in v.AR_CONJUNCTION_ONLY and not conj:
            continue
        if stem == "نقل" and _in_relay_phrase(para, index):
            continue
        at = para.token_start[index]
        start, end = para.orig(at, at + len(form))
        found.append(Verb(start, end, index, stem, conj or participle,
                          stem in v.AR_DIRECT_OBJECT_VERBS, False))
    # Without a Latin letter there is no English verb: a charset scan skips the pattern's.
    english = EN_VERB_RE.finditer(para.folded) if para.has_latin() else ()
    for match in english:
        token = para.token_starting(match.start())
        if token is None:
            continue
        stem = match.group("en").lower()
        # "said, according to his spokesman, that": a relay of the speaker's, not a source.
        if stem == "according to" and para.word_at(token + 2).lower() in v.EN_POSSESSIVES \
                and para.word_at(token - 1) == "," \
                and EN_VERB_RE.fullmatch(para.word_at(token - 2)):
            continue
        start, end = para.orig(match.start(), match.end())
        found.append(Verb(start, end, token, stem, stem in v.EN_CONTINUATION_VERBS,
                          stem in v.EN_DIRECT_OBJECT_VERBS, True))
    return sorted(found, key=lambda verb: verb.start)


def arabic_verb_tokens(para: FoldedParagraph) -> list[tuple[int, str]]:
    """(token index, verb form) of each token whose first word run is an Arabic verb."""
    texts, forms = para.token_text, _AR_VERB_FORMS
    # Without a joiner (``al-Kadhimi``) every token is one word run: a verb is the token.
    if not para.has_joiner():
        if forms.keys().isdisjoint(texts):
            return []
        return [(k, word) for k, word in enumerate(texts) if word in forms]
    # No form holds a joiner: a token is a verb whole, or it is joined (العراقي-الاميركي)
    # and its first run, up to its first joiner, is one. Only the joiners are visited.
    found = [(k, texts[k]) for k in para.positions(forms)]
    starts, ends = para.token_start, para.token_end
    joined = -1
    for joiner in JOINER.finditer(para.folded):
        at = joiner.start()
        k = bisect.bisect_right(starts, at) - 1
        if k > joined and starts[k] < at < ends[k]:
            joined = k
            head = texts[k][:at - starts[k]]
            if head in forms:
                found.append((k, head))
    return sorted(found)


def _in_relay_phrase(para: FoldedParagraph, index: int) -> bool:
    """True when the verb at token ``index`` belongs to a relay phrase (``بحسب ما نقل عنه``)."""
    for phrase in _RELAY_WORDS:
        at = phrase.index("نقل") if "نقل" in phrase else phrase.index("نقلا")
        first = index - at
        if first >= 0 and [para.word_at(first + k) for k in range(len(phrase))] == list(phrase):
            return True
    return False
