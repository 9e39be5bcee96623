"""Attribution verbs, speakers and titles inside one paragraph.

Arabic is matched on folded text (:func:`provenance.text.fold_with_offsets`) and every position
is mapped back, so speakers and titles come out as written. Arabic titles precede the name
(``رئيس الوزراء العراقي مصطفى الكاظمي``): a title starts at a head word and runs over definite
words, ranks and a few construct nouns (``خلية``, ``أركان``); the name is the next one to three
words up to a particle, a verb or punctuation. English titles are the title words at the front
of a capitalised run (``Prime Minister Mustafa al-Kadhimi``) or an appositive after a comma
(``X, the spokesman for Y, said``).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from itertools import accumulate
from operator import itemgetter

from provenance.detect import vocab as v
from provenance.detect.quotes import Quote
from provenance.text import fold_with_offsets


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
_AR_VERB_RE = re.compile(
    rf"(?<!\w)(?={_AR_VERB_FIRST})"
    rf"(?P<conj>[وف])?(?:(?P<past>{_alternation(v.AR_PAST_VERBS)})(?:ت|وا|ا)?"
    rf"|(?P<present>{_alternation(v.AR_PRESENT_VERBS)})"
    rf"|(?P<part>{_alternation(v.AR_PARTICIPLES)}))(?!\w)"
)
_AR_CONJUNCTIONS = ("", "و", "ف")
_AR_PAST_SUFFIXES = ("", "ت", "وا", "ا")


def _arabic_verb_forms() -> dict[str, tuple[str, bool, bool]]:
    """Every word :data:`_AR_VERB_RE` matches whole → (stem, has a conjunction, participle).

    A verb starts at a token and runs to the end of its first run of word characters, so
    looking that run up is the same as the pattern's scan, without trying the pattern at
    every word of the paragraph. The groups are the pattern's own, read once per form.
    """
    stems = [past + suffix for past in v.AR_PAST_VERBS for suffix in _AR_PAST_SUFFIXES]
    stems += [*v.AR_PRESENT_VERBS, *v.AR_PARTICIPLES]
    forms: dict[str, tuple[str, bool, bool]] = {}
    for word in (conj + stem for conj in _AR_CONJUNCTIONS for stem in stems):
        match = _AR_VERB_RE.fullmatch(word)
        if match:
            stem = match.group("past") or match.group("present") or match.group("part")
            forms[word] = (stem, bool(match.group("conj")), bool(match.group("part")))
    return forms


_AR_VERB_FORMS = _arabic_verb_forms()
#: Characters that join word runs into one token (``al-Kadhimi``): a verb is the first run.
_JOINER = re.compile("[-'’]")
_WORD_RUN = re.compile(r"\w+")
_EN_VERB_RE = re.compile(rf"(?<![\w-])(?={_first_letters(v.EN_VERBS)})"
                         rf"(?P<en>{_alternation(v.EN_VERBS)})(?![\w-])", re.IGNORECASE)
#: A character an English verb can start with: without one the verb scan is skipped.
_EN_VERB_FIRST = re.compile(_first_letters(v.EN_VERBS), re.IGNORECASE)
#: Words or single punctuation marks, as the one group of a split: the pieces between them
#: are whitespace, so their lengths give every token's offsets without a match object each.
_TOKEN_SPLIT = re.compile(r"(\w+(?:[-'’]\w+)*|[^\w\s])")
_AR_LETTER = re.compile("[\u0600-\u06ff]")
#: Title heads as word lists, longest first so ``المتحدث باسم`` wins over ``المتحدث``.
_TITLE_HEADS: dict[str, list[list[str]]] = {}
for _parts in sorted((h.split() for h in v.AR_TITLE_HEADS), key=len, reverse=True):
    _TITLE_HEADS.setdefault(_parts[0], []).append(_parts)
#: The longest title or institution name read, in tokens.
MAX_TITLE_TOKENS = 12
_MARK = re.compile("[\u064b-\u0652\u0670\u0640]")
#: :data:`vocab.AR_RELAY_PHRASES` as word tuples: their نقل is no attribution verb of its own.
_RELAY_WORDS = tuple(tuple(p.split()) for p in v.AR_RELAY_PHRASES)


#: How many distinct words :class:`_Stops` remembers before starting afresh.
MAX_REMEMBERED_WORDS = 1 << 16
#: Object pronoun suffixes that end a name (``أنصاره``, ``زيارتها``).
_PRONOUN_SUFFIXES = ("ه", "ها", "هم", "هما")


#: Tables asked "is this word one of them?" for every token: sets, not scans of the tuples.
_AR_RANKS = frozenset(v.AR_RANKS)
_AR_TITLE_CONNECTORS = frozenset(v.AR_TITLE_CONNECTORS)
_AR_INSTITUTIONS = frozenset(v.AR_INSTITUTIONS)
_AR_ANONYMOUS = frozenset(v.AR_ANONYMOUS)
_AR_COMPLEMENTIZERS = frozenset(v.AR_COMPLEMENTIZERS)
_EN_FILLERS = frozenset(v.EN_FILLERS)
_EN_ANONYMOUS = frozenset(v.EN_ANONYMOUS)


class _Stops(dict[str, bool]):
    """Folded word → whether it ends an Arabic name (a particle, a complementizer, a verb).

    Filled lazily: the verb pattern runs once per distinct word instead of once per use.
    """

    def __missing__(self, word: str) -> bool:
        if len(self) >= MAX_REMEMBERED_WORDS:
            self.clear()  # bounded: an adversarial input may hold millions of distinct words
        bare = word[1:] if word.startswith("و") and len(word) > 3 else word
        value = (word in v.AR_NAME_STOPS or bare in v.AR_NAME_STOPS
                 or word in _AR_COMPLEMENTIZERS or bool(_AR_VERB_RE.fullmatch(word)))
        self[word] = value
        return value


_STOPS = _Stops()


class _WordStart(dict[str, bool]):
    """First character of a token → whether the token is a word (``\\w``) or a punctuation mark.

    Filled lazily, one entry per distinct character, so the test runs once per character
    met instead of once per token.
    """

    def __missing__(self, char: str) -> bool:
        value = _WORD_CHAR.match(char) is not None
        self[char] = value
        return value


_WORD_CHAR = re.compile(r"\w")
_IS_WORD_START = _WordStart()


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


class Paragraph:
    """One paragraph with its folded text, tokens and attribution verbs."""

    def __init__(self, text: str, letters_folded: str | None = None) -> None:
        """Fold and tokenise ``text``.

        ``letters_folded`` is its :func:`provenance.text.fold_letters` when the caller folded
        the letters of the whole article at once.
        """
        self.text = text
        if letters_folded is None:
            self.folded, self._where = fold_with_offsets(text)
        else:
            self.folded, self._where = fold_with_offsets(letters_folded, letters_folded=True)
        # Tokens are kept as parallel lists built by C loops (one split, one running sum):
        # an object per token was the largest single cost of reading a paragraph.
        pieces = _TOKEN_SPLIT.split(self.folded)
        bounds = list(accumulate(map(len, pieces)))
        self.token_text: list[str] = pieces[1::2]
        """The folded spelling of each token."""
        self.token_start: list[int] = bounds[0:-1:2]
        """Offset of each token in the folded paragraph."""
        self.token_end: list[int] = bounds[1::2]
        """Offset one past each token's end in the folded paragraph."""
        self.is_word: list[bool] = list(map(_IS_WORD_START.__getitem__,
                                            map(itemgetter(0), self.token_text)))
        """True for words, False for punctuation marks."""
        self._orig_starts: list[int] | None = None
        self._verbs: list[Verb] | None = None
        self._verb_tokens: dict[int, Verb] | None = None
        self.asked: set[str] = set()
        """Words whose membership in the known names a parse has tested: a later parse with
        more known names can only differ when one of these became known."""
        self.quotes: tuple[list[Quote], list[Quote]] | None = None
        """(quotations, statement quotations), found once by the first parser."""

    def orig(self, start: int, end: int) -> tuple[int, int]:
        """Map a folded range to the original paragraph."""
        if start >= len(self._where):
            return (len(self.text), len(self.text))
        stop = self._where[max(start, end - 1)] + 1
        # Folding dropped trailing marks (tanween, shadda, tatweel): give them back.
        while stop < len(self.text) and _MARK.match(self.text[stop]):
            stop += 1
        return (self._where[start], stop)

    def token_orig(self, a: int, b: int) -> tuple[int, int]:
        """Original offsets of tokens [a, b)."""
        return self.orig(self.token_start[a], self.token_end[b - 1])

    def words(self, a: int, b: int) -> str:
        """The original text of tokens [a, b)."""
        start, end = self.token_orig(a, b)
        return self.text[start:end]

    def token_at(self, original: int) -> int:
        """Index of the first token starting at or after an original offset."""
        if self._orig_starts is None:
            self._orig_starts = list(map(self._where.__getitem__, self.token_start))
        return bisect.bisect_left(self._orig_starts, original)

    def _token_starting(self, folded: int) -> int | None:
        """Index of the token that starts exactly at a folded offset, if any."""
        starts = self.token_start
        k = bisect.bisect_left(starts, folded)
        return k if k < len(starts) and starts[k] == folded else None

    def verbs(self) -> list[Verb]:
        """Every attribution verb, Arabic and English, in order (computed once)."""
        if self._verbs is None:
            self._verbs = self._find_verbs()
        return self._verbs

    def verb_at(self, token: int) -> Verb | None:
        """The attribution verb whose token index is ``token``, if any."""
        if self._verb_tokens is None:
            self._verb_tokens = {verb.token: verb for verb in self.verbs()}
        return self._verb_tokens.get(token)

    def _find_verbs(self) -> list[Verb]:
        found: list[Verb] = []
        for index, form in self._arabic_verb_tokens():
            stem, conj, participle = _AR_VERB_FORMS[form]
            if stem in v.AR_GUARDED_VERBS:
                words, window = v.AR_GUARDED_VERBS[stem]
                following = set(self.token_text[index + 1:index + 1 + window])
                if not following & set(words):
                    continue
            if stem in v.AR_CONJUNCTION_ONLY and not conj:
                continue
            if stem == "نقل" and self._in_relay_phrase(index):
                continue
            at = self.token_start[index]
            start, end = self.orig(at, at + len(form))
            found.append(Verb(start, end, index, stem, conj or participle,
                              stem in v.AR_DIRECT_OBJECT_VERBS, False))
        english = _EN_VERB_RE.finditer(self.folded) if _EN_VERB_FIRST.search(self.folded) else ()
        for match in english:
            token = self._token_starting(match.start())
            if token is None:
                continue
            index = token
            stem = match.group("en").lower()
            # "said, according to his spokesman, that": a relay of the speaker's, not a source.
            if stem == "according to" and self._word(index + 2).lower() in v.EN_POSSESSIVES \
                    and self._word(index - 1) == "," \
                    and _EN_VERB_RE.fullmatch(self._word(index - 2)):
                continue
            start, end = self.orig(match.start(), match.end())
            found.append(Verb(start, end, index, stem, stem in v.EN_CONTINUATION_VERBS,
                              stem in v.EN_DIRECT_OBJECT_VERBS, True))
        return sorted(found, key=lambda verb: verb.start)

    def _arabic_verb_tokens(self) -> list[tuple[int, str]]:
        """(token index, verb form) of each token whose first word run is an Arabic verb."""
        texts, forms = self.token_text, _AR_VERB_FORMS
        if not _JOINER.search(self.folded):
            if forms.keys().isdisjoint(texts):
                return []
            return [(k, word) for k, word in enumerate(texts) if word in forms]
        found = []
        for k, word in enumerate(texts):
            run = _WORD_RUN.match(word)
            if run and run[0] in forms:
                found.append((k, run[0]))
        return found

    def _in_relay_phrase(self, index: int) -> bool:
        """True when the verb at token ``index`` belongs to a relay phrase (``بحسب ما نقل عنه``)."""
        for phrase in _RELAY_WORDS:
            at = phrase.index("نقل") if "نقل" in phrase else phrase.index("نقلا")
            first = index - at
            if first >= 0 and [self._word(first + k) for k in range(len(phrase))] == list(phrase):
                return True
        return False

    # ----------------------------------------------------------------- Arabic subjects

    def _word(self, i: int) -> str:
        return self.token_text[i] if 0 <= i < len(self.token_text) else ""

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
        while j < limit and is_word[j] and _AR_LETTER.match(texts[j]):
            word = texts[j]
            # Folding makes the name علي and the preposition على one word; the original tells.
            is_name_ali = word == "علي" and self.words(j, j + 1).endswith("ي")
            if (_STOPS[word] and not is_name_ali) or self._title_head(j) \
                    or word in _AR_RANKS:
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
            if size >= 4 or (size >= 3 and not any(self._word(k) in v.AR_NAME_PARTICLES
                                                   for k in range(i, j))):
                break
            j += 1
        return j

    def _unknown(self, word: str, known: frozenset[str]) -> bool:
        self.asked.add(word)
        return word not in known

    def arabic_subject(self, i: int, limit: int, known: frozenset[str]) -> Subject | None:
        """Parse a title and/or name starting at token ``i`` (before ``limit``)."""
        first = self._word(i)
        head = self._title_head(i) if i < limit else 0
        if head or first in _AR_RANKS:
            j = i + max(head, 1)
            title_limit = min(limit, i + MAX_TITLE_TOKENS)  # titles are short: stays linear
            while j < title_limit and self.is_word[j]:
                word = self.token_text[j]
                # "رئيس إقليم كردستان": a construct noun takes its complement, even a name.
                if word in v.AR_CONSTRUCT_CONNECTORS and j + 1 < title_limit \
                        and self.is_word[j + 1] and not self._is_stop(self._word(j + 1)) \
                        and not self._word(j + 1).startswith("ال"):
                    j += 2
                    continue
                # A known name's word ends the title, unless it is an institution: a name
                # learnt from "مصدر في الوزارة" must not cut "المتحدث باسم الوزارة" short.
                if word in _AR_RANKS or word in _AR_TITLE_CONNECTORS or (
                    word.startswith(("ال", "لل")) and not self._is_stop(word)
                    and (self._unknown(word, known) or word in _AR_INSTITUTIONS)
                ):
                    j += 1
                    continue
                # "النائب عن المحافظة", "السفير لدى واشنطن": a preposition inside the title.
                if word in v.AR_TITLE_PREPOSITIONS and j + 1 < title_limit \
                        and self.is_word[j + 1] and not self._is_stop(self._word(j + 1)):
                    j += 2
                    continue
                break
            name_end = self._name_run(j, limit)
            name = (j, name_end) if name_end > j else None
            return Subject(name, (i, j), name_end)
        if first in _AR_INSTITUTIONS:
            limit = min(limit, i + MAX_TITLE_TOKENS)
            j = i + 1
            # An indefinite head takes its complement even when it is a name (وكالة ناسا).
            if not first.startswith("ال") and j < limit and self.is_word[j] \
                    and not self._is_stop(self._word(j)) and self._word(j) not in v.AR_OBJECT_NOUNS:
                j += 1
            while j < limit and self.is_word[j] and (
                self._word(j) in _AR_TITLE_CONNECTORS
                or (self._word(j).startswith(("ال", "لل")) and not self._is_stop(self._word(j)))
            ):
                j += 1
            return Subject((i, j), None, j)
        if first in _AR_ANONYMOUS:
            end = i + 1
            while end < min(limit, i + 3) and self.is_word[end] and not self._is_stop(
                self.token_text[end]
            ):
                end += 1
            # "مصدر في الوزارة", "مسؤول من الحكومة": where the unnamed source sits.
            if self._word(end) in ("في", "من") and self._word(end + 1).startswith("ال") \
                    and end + 1 < limit:
                end += 2
            return Subject((i, end), None, end)
        end = self._name_run(i, limit)
        if end == i:
            return None
        if not self._unknown(first, known) or not self._unknown(self._word(end - 1), known):
            return Subject((i, end), None, end)
        after = self._word(end)
        if end == limit or after in _AR_COMPLEMENTIZERS or after in ("،", ",", ":", '"'):
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
        return [k for k, word in enumerate(texts) if word in _TITLE_HEADS
                and (starts[k] == 0 or folded[starts[k] - 1] not in "'’-")]

    # ----------------------------------------------------------------- English subjects

    def english_subject(self, i: int, limit: int) -> Subject | None:
        """Parse ``Prime Minister X``, ``X, the spokesman for Y,``, ``the ministry``, a pronoun."""
        word = self._word(i)
        if word.lower() in v.EN_PRONOUNS:
            return Subject(None, None, i + 1, pronoun=True)
        if word.lower() in _EN_FILLERS:
            return None  # "said Tuesday that …": a time, not a subject
        if word.lower() in ("the", "a", "an") or word.lower() in _EN_ANONYMOUS:
            # A common noun phrase ("the health ministry", "officials"): the words as written.
            k = i + 1
            while k < min(limit, i + 6) and self.is_word[k] and (
                self._word(k).lower() not in ("that", "on", "in", "at", "for", "to", "who",
                                              "which")
            ) and not _EN_VERB_RE.fullmatch(self._word(k)):
                k += 1
            return Subject((i, k), None, k) if k > i + 1 or word.lower() not in (
                "the", "a", "an") else None
        j = i
        last_title = -1
        while j < limit:
            token = self.token_text[j]
            lower = token.lower()
            if token == "." and j > i and (self._word(j - 1).lower() in v.EN_TITLE_WORDS
                                           or len(self._word(j - 1)) == 1):
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
        title_end = last_title + 1 + (self._word(last_title + 1) == ".")
        title = (i, title_end) if last_title >= i else None
        name_start = last_title + 1 if title else i
        while name_start < j and self._word(name_start) == ".":
            name_start += 1
        name = (name_start, j) if j > name_start else None
        # An appositive title after a comma: "X, the spokesman for Y, said".
        if name and self._word(j) == "," and self._word(j + 1).lower() in ("the", "a", "an"):
            k = j + 1
            while k < limit and self._word(k) not in (",", ".", ";"):
                k += 1
            if k - j <= 10:
                appositive = (j + 1, k)
                return Subject(name, title or appositive, k + 1 if self._word(k) == "," else k)
        return Subject(name, title, j)
