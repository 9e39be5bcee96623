"""Speakers and titles inside one paragraph, and the paragraph as the statement parser reads it.

Arabic is matched on folded text (:mod:`provenance.detect.tokens`) and every position is mapped
back, so speakers and titles come out as written; the attribution verbs come from
:mod:`provenance.detect.verbs`. Arabic titles precede the name
(``رئيس الوزراء العراقي مصطفى الكاظمي``): a title starts at a head word and runs over definite
words, ranks and a few construct nouns (``خلية``, ``أركان``); the name is the next one to three
words up to a particle, a verb or punctuation. English titles are the title words at the front
of a capitalised run (``Prime Minister Mustafa al-Kadhimi``) or an appositive after a comma
(``X, the spokesman for Y, said``).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from provenance.detect import vocab as v
from provenance.detect.quotes import Quote
from provenance.detect.tokens import FoldedParagraph
from provenance.detect.verbs import AR_VERB_RE, EN_VERB_RE, Verb, find_verbs

#: Title heads as word lists, longest first so ``المتحدث باسم`` wins over ``المتحدث``.
_TITLE_HEADS: dict[str, list[list[str]]] = {}
for _parts in sorted((h.split() for h in v.AR_TITLE_HEADS), key=len, reverse=True):
    _TITLE_HEADS.setdefault(_parts[0], []).append(_parts)
#: The most tokens a title head spans: a subject parsed from token ``i`` ends at most here past
#: its limit, or past ``i``, whichever is further.
LONGEST_TITLE_HEAD = max(len(parts) for heads in _TITLE_HEADS.values() for parts in heads)
#: The longest title or institution name read, in tokens.
MAX_TITLE_TOKENS = 12
#: How many distinct words :class:`_Stops` remembers before starting afresh.
MAX_REMEMBERED_WORDS = 1 << 16
#: Object pronoun suffixes that end a name (``أنصاره``, ``زيارتها``).
_PRONOUN_SUFFIXES = ("ه", "ها", "هم", "هما")


class _Stops(dict[str, bool]):
    """Folded word → whether it ends an Arabic name (a particle, a complementizer, a verb).

    Filled lazily: the verb pattern runs once per distinct word instead of once per use.
    """

    def __missing__(self, word: str) -> bool:
        if len(self) >= MAX_REMEMBERED_WORDS:
            self.clear()  # bounded: an adversarial input may hold millions of distinct words
        bare = word[1:] if word.startswith("و") and len(word) > 3 else word
        value = (word in v.AR_NAME_STOPS or bare in v.AR_NAME_STOPS
                 or word in v.AR_COMPLEMENTIZERS_SET or bool(AR_VERB_RE.fullmatch(word)))
        self[word] = value
        return value


_STOPS = _Stops()


@dataclass(frozen=True, slots=True)
class Subject:
    """Who a verb's subject names, as token indexes."""

    name: tuple[int, int] | None
    """Token range [a, b) of the name, if any."""
    title: tuple[int, int] | None
    """Token range [a, b) of the title, if any."""
    end: int
    """Index of the first token after the subject."""
    pronoun: bool = False
    """True when the subject is a pronoun or a phrase that points back to someone."""


class Paragraph(FoldedParagraph):
    """One paragraph with its attribution verbs, speakers and titles."""

    def __init__(self, text: str, letters_folded: str | None = None,
                 specials: list[int] | None = None) -> None:
        """Fold and tokenise ``text`` (see :class:`FoldedParagraph`)."""
        super().__init__(text, letters_folded, specials)
        self._verbs: list[Verb] | None = None
        self._verb_tokens: dict[int, Verb] | None = None
        self._verb_indexes: list[int] | None = None
        self.asked: set[str] = set()
        """Words whose membership in the known names a parse has tested: a later parse with
        more known names can only differ when one of these became known."""
        self.quotes: tuple[list[Quote], list[Quote]] | None = None
        """(quotations, statement quotations), found once by the first parser."""
        self.sentences: list[tuple[int, int]] | None = None
        """Sentence bounds, found once by the first parser that needs them."""

    def verbs(self) -> list[Verb]:
        """Every attribution verb, Arabic and English, in order (computed once)."""
        if self._verbs is None:
            self._verbs = find_verbs(self)
        return self._verbs

    def verb_at(self, token: int) -> Verb | None:
        """The attribution verb whose token index is ``token``, if any."""
        if self._verb_tokens is None:
            self._verb_tokens = {verb.token: verb for verb in self.verbs()}
        return self._verb_tokens.get(token)

    def has_verb_between(self, a: int, b: int) -> bool:
        """Whether an attribution verb's token index is in [a, b)."""
        if self._verb_indexes is None:
            self._verb_indexes = sorted(verb.token for verb in self.verbs())
        at = bisect.bisect_left(self._verb_indexes, a)
        return at < len(self._verb_indexes) and self._verb_indexes[at] < b

    # ----------------------------------------------------------------- Arabic subjects

    def subject(self, i: int, limit: int, english: bool,
                known: frozenset[str]) -> Subject | None:
        """The English or Arabic subject starting at token ``i`` (before ``limit``)."""
        if english:
            return self.english_subject(i, limit)
        return self.arabic_subject(i, limit, known)

    def subject_text(self, subject: Subject) -> tuple[str | None, str | None]:
        """A subject's name and title as written (the title without a trailing comma)."""
        name = self.words(*subject.name) if subject.name else None
        title = self.words(*subject.title) if subject.title else None
        if title:
            title = title.strip(" ,،")
        return name, title

    def _is_stop(self, word: str) -> bool:
        return _STOPS[word]

    def _title_head(self, i: int) -> int:
        """Length in tokens of a title head starting at token ``i`` (0 if none)."""
        texts = self.token_text
        heads = _TITLE_HEADS.get(texts[i]) if 0 <= i < len(texts) else None
        if heads is None:
            return 0
        for parts in heads:
            if texts[i:i + len(parts)] == parts:
                return len(parts)
        return 0

    def _name_run(self, i: int, limit: int) -> int:
        """Index after an Arabic name starting at ``i`` (``i`` when there is none)."""
        j = i
        texts, is_word = self.token_text, self.is_word
        # An Arabic letter first (a comparison, not a pattern call per token).
        while j < limit and is_word[j] and "\u0600" <= texts[j][0] <= "\u06ff":
            word = texts[j]
            # Folding makes the name علي and the preposition على one word; the original tells.
            is_name_ali = word == "علي" and self.words(j, j + 1).endswith("ي")
            if (_STOPS[word] and not is_name_ali) or word in v.AR_RANKS_SET \
                    or (word in _TITLE_HEADS and self._title_head(j)):
                break
            # A pronoun suffix (أنصاره, زيارتها) marks an object, not a family name.
            if word in v.AR_OBJECT_NOUNS:
                break
            # Folding keeps a written suffix's letters at the end of the word, so only a
            # folded word with the suffix can have it as written (ة folds to ه: ask the original).
            if j > i and word != "الله" and word.endswith(_PRONOUN_SUFFIXES) \
                    and self.words(j, j + 1).endswith(_PRONOUN_SUFFIXES):
                break
            size = j - i
            if size >= 4 or (size >= 3 and not any(self.word_at(k) in v.AR_NAME_PARTICLES
                                                   for k in range(i, j))):
                break
            j += 1
        return j

    def _unknown(self, word: str, known: frozenset[str]) -> bool:
        self.asked.add(word)
        return word not in known

    def arabic_subject(self, i: int, limit: int, known: frozenset[str]) -> Subject | None:
        """Parse a title and/or name starting at token ``i`` (before ``limit``)."""
        first = self.word_at(i)
        head = self._title_head(i) if i < limit and first in _TITLE_HEADS else 0
        if head or first in v.AR_RANKS_SET:
            j = i + max(head, 1)
            title_limit = min(limit, i + MAX_TITLE_TOKENS)  # titles are short: stays linear
            while j < title_limit and self.is_word[j]:
                word = self.token_text[j]
                # "رئيس إقليم كردستان": a construct noun takes its complement, even a name.
                if word in v.AR_CONSTRUCT_CONNECTORS and j + 1 < title_limit \
                        and self.is_word[j + 1] and not self._is_stop(self.word_at(j + 1)) \
                        and not self.word_at(j + 1).startswith("ال"):
                    j += 2
                    continue
                # A known name's word ends the title, unless it is an institution: a name
                # learnt from "مصدر في الوزارة" must not cut "المتحدث باسم الوزارة" short.
                if word in v.AR_RANKS_SET or word in v.AR_TITLE_CONNECTORS_SET or (
                    word.startswith(("ال", "لل")) and not self._is_stop(word)
                    and (self._unknown(word, known) or word in v.AR_INSTITUTIONS_SET)
                ):
                    j += 1
                    continue
                # "النائب عن المحافظة", "السفير لدى واشنطن": a preposition inside the title.
                if word in v.AR_TITLE_PREPOSITIONS and j + 1 < title_limit \
                        and self.is_word[j + 1] and not self._is_stop(self.word_at(j + 1)):
                    j += 2
                    continue
                break
            name_end = self._name_run(j, limit)
            name = (j, name_end) if name_end > j else None
            return Subject(name, (i, j), name_end)
        if first in v.AR_INSTITUTIONS_SET:
            limit = min(limit, i + MAX_TITLE_TOKENS)
            j = i + 1
            # An indefinite head takes its complement even when it is a name (وكالة ناسا).
            if not first.startswith("ال") and j < limit and self.is_word[j] \
                    and not self._is_stop(self.word_at(j)) \
                    and self.word_at(j) not in v.AR_OBJECT_NOUNS:
                j += 1
            while j < limit and self.is_word[j] and (
                self.word_at(j) in v.AR_TITLE_CONNECTORS_SET
                or (self.word_at(j).startswith(("ال", "لل")) and not self._is_stop(self.word_at(j)))
            ):
                j += 1
            return Subject((i, j), None, j)
        if first in v.AR_ANONYMOUS_SET:
            end = i + 1
            while end < min(limit, i + 3) and self.is_word[end] and not self._is_stop(
                self.token_text[end]
            ):
                end += 1
            # "مصدر في الوزارة", "مسؤول من الحكومة": where the unnamed source sits.
            if self.word_at(end) in ("في", "من") and self.word_at(end + 1).startswith("ال") \
                    and end + 1 < limit:
                end += 2
            return Subject((i, end), None, end)
        end = self._name_run(i, limit)
        if end == i:
            return None
        if not self._unknown(first, known) or not self._unknown(self.word_at(end - 1), known):
            return Subject((i, end), None, end)
        after = self.word_at(end)
        if end == limit or after in v.AR_COMPLEMENTIZERS_SET or after in ("،", ",", ":", '"'):
            return Subject((i, end), None, end)
        return None

    def titled_names(self) -> list[tuple[str, str]]:
        """Every ``title + name`` in the paragraph (``زعيم التيار الصدري مقتدى الصدر``).

        People are often introduced with their title in a sentence that is not a statement
        (``دعا زعيم التيار … أنصاره``); later statements name them by surname only.
        """
        found: list[tuple[str, str]] = []
        asked = set(self.asked)  # no known names here: what this tests decides no parse
        after = 0
        for i in self._title_head_tokens():
            if i < after or not self._title_head(i):
                continue
            subject = self.arabic_subject(i, len(self.token_text), frozenset())
            if subject and subject.name and subject.title and \
                    subject.name[1] - subject.name[0] >= 2:
                found.append((self.words(*subject.name), self.words(*subject.title)))
                after = subject.end
        self.asked = asked
        return found

    def _title_head_tokens(self) -> list[int]:
        """Tokens that are the first word of a title head, as whole words.

        A set look-up per token: trying a pattern of every head at every word cost more.
        """
        texts, starts, folded = self.token_text, self.token_start, self.folded
        if _TITLE_HEADS.keys().isdisjoint(texts):
            return []
        # Not glued to a joiner before it: "-رئيس" is no head.
        return [k for k in self.positions(_TITLE_HEADS)
                if starts[k] == 0 or folded[starts[k] - 1] not in "'’-"]

    # ----------------------------------------------------------------- English subjects

    def english_subject(self, i: int, limit: int) -> Subject | None:
        """Parse ``Prime Minister X``, ``X, the spokesman for Y,``, ``the ministry``, a pronoun."""
        word = self.word_at(i)
        if word.lower() in v.EN_PRONOUNS:
            return Subject(None, None, i + 1, pronoun=True)
        if word.lower() in v.EN_FILLERS_SET:
            return None  # "said Tuesday that …": a time, not a subject
        if word.lower() in ("the", "a", "an") or word.lower() in v.EN_ANONYMOUS_SET:
            # A common noun phrase ("the health ministry", "officials"): the words as written.
            k = i + 1
            while k < min(limit, i + 6) and self.is_word[k] and (
                self.word_at(k).lower() not in ("that", "on", "in", "at", "for", "to", "who",
                                              "which")
            ) and not EN_VERB_RE.fullmatch(self.word_at(k)):
                k += 1
            return Subject((i, k), None, k) if k > i + 1 or word.lower() not in (
                "the", "a", "an") else None
        j = i
        last_title = -1
        while j < limit:
            token = self.token_text[j]
            lower = token.lower()
            if token == "." and j > i and (self.word_at(j - 1).lower() in v.EN_TITLE_WORDS
                                           or len(self.word_at(j - 1)) == 1):
                j += 1  # "Gen." and initials keep the run going
                continue
            if not self.is_word[j]:
                break
            if lower in v.EN_TITLE_WORDS and (token[0].isupper() or j == last_title + 1
                                              or lower in ("of", "the")):
                if lower not in ("of", "the") or last_title >= 0:
                    last_title = j
                j += 1
                continue
            if token[0].isupper() or lower in v.EN_NAME_PARTICLES or lower.startswith("al-"):
                j += 1
                continue
            break
        if j == i:
            return None
        title_end = last_title + 1 + (self.word_at(last_title + 1) == ".")
        title = (i, title_end) if last_title >= i else None
        name_start = last_title + 1 if title else i
        while name_start < j and self.word_at(name_start) == ".":
            name_start += 1
        name = (name_start, j) if j > name_start else None
        # An appositive title after a comma: "X, the spokesman for Y, said".
        if name and self.word_at(j) == "," and self.word_at(j + 1).lower() in ("the", "a", "an"):
            k = j + 1
            while k < limit and self.word_at(k) not in (",", ".", ";"):
                k += 1
            if k - j <= 10:
                appositive = (j + 1, k)
                return Subject(name, title or appositive, k + 1 if self.word_at(k) == "," else k)
        return Subject(name, title, j)
