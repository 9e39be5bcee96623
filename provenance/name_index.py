"""Names and handles indexed so that only the pairs that could match are compared.

Resolving a surname, or finding the posts of a speaker, compared one name with every name or
handle of the article: distinct people times occurrences, quadratic on long articles and live
blogs. :func:`provenance.text.same_person` and :func:`provenance.text.name_matches_handle`
stay the judges; an index only leaves out pairs that provably fail every test they make, and
gives the rest back in the order of the names it was built from, so results do not change.

The tests, and what each one needs of a pair:

* equal loose spellings, or one name the last words of the other: equal last loose words;
* ``fuzz.ratio`` of ``r`` percent or more: ``ratio = 100 * (1 - d / (a + b))`` for an Indel
  distance ``d`` (letters dropped plus letters added), and ``d`` is at least the difference of
  the lengths ``a`` and ``b``, so the lengths are close; and each dropped or added letter
  spoils only a few of the two-or-three-letter strings ("grams") of a word, so the two share
  at least a known number of them (:meth:`_Table.near`);
* a handle's ``fuzz.partial_ratio`` against a shorter name form: the best ``ratio`` of the form
  against a stretch of the handle no longer than it, which again keeps a piece of the form
  whole (:meth:`_Table.holding`);
* a three-consonant form: the handle's skeleton ends with it and is at most two letters longer.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence

from rapidfuzz import fuzz, process

from provenance import text
from provenance.text import (
    HANDLE_PARTIAL_RATIO,
    SKELETON_RATIO,
    SPELLING_RATIO,
    handle_skeleton,
    name_forms,
    name_skeleton,
    normalize_loose,
    writes_arabic,
)

#: Skeletons :func:`provenance.text.same_person` compares across scripts are this long or more.
MIN_CROSS_SKELETON = 4
#: Handle-name forms of this length match by the handle's ending only.
SHORT_FORM = 3
#: How much longer than a three-consonant form a handle that ends with it may be.
SHORT_FORM_SLACK = 2
#: Forms this long or more may lie inside a longer handle (``partial_ratio``).
MIN_PARTIAL_FORM = 5
#: A hair over each bound, so a ratio exactly at a threshold is never lost to rounding.
EPSILON = 1e-9
#: Tables this small are read whole for :meth:`_Table.near`: rapidfuzz compares a word with
#: a few hundred strings in C faster than Python looks up its grams (some 10 µs against 50).
#: The bound keeps the work per lookup bounded, so a page's name work stays linear.
READ_WHOLE_MAX = 1000


def length_band(length: int, ratio: float) -> range:
    """Lengths another string may have for ``fuzz.ratio`` with one of ``length`` to reach
    ``ratio``, with a letter to spare at each end against rounding."""
    share = ratio / 100
    low = int(length * share / (2 - share))
    high = int(length * (2 - share) / share) + 1
    return range(max(low, 0), high + 1)


def pieces(word: str, count: int) -> list[str]:
    """``word`` cut into ``count`` pieces of nearly equal length (fewer if it is shorter)."""
    count = max(1, min(count, len(word)))
    size, extra = divmod(len(word), count)
    out, at = [], 0
    for k in range(count):
        step = size + (1 if k < extra else 0)
        out.append(word[at:at + step])
        at += step
    return out


@functools.lru_cache(maxsize=4096)
def _grams_needed(size: int, gram: int, ratio: float) -> tuple[Mapping[int, float], float | None]:
    """For each length another string may have (:func:`length_band`), the grams it must share
    with a word of ``size`` letters to reach ``ratio`` (see :meth:`_Table.near`), and the
    least of those above zero (None if none is).

    The same few word lengths come back for every name of a page: computed once each.
    """
    need: dict[int, float] = {}
    for length in length_band(size, ratio):
        most_edits = int((1 - ratio / 100) * (size + length) + EPSILON)
        need[length] = size - gram + 1 - ((2 * gram - 1) * most_edits + size - length) / 2
    least = min((wanted for wanted in need.values() if wanted > 0), default=None)
    return need, least


class _Table:
    """Strings by position, found by length and by the ``gram``-letter strings they hold."""

    def __init__(self, gram: int, read_whole_max: int = READ_WHOLE_MAX) -> None:
        self.gram = gram
        self.read_whole_max = read_whole_max
        """Up to this many strings, :meth:`near` compares the word with each of them."""
        self.positions: list[int] = []
        self.strings: list[str] = []
        self.lengths: dict[int, int] = {}
        self.by_length: dict[int, list[int]] = {}
        self.by_gram: dict[str, list[int]] = {}
        """Gram → positions whose string holds it."""
        self.grams_of: dict[int, Counter[str]] = {}
        """Position → how many times its string holds each gram."""

    def add(self, at: int, word: str) -> None:
        """File ``word`` under position ``at``."""
        self.positions.append(at)
        self.strings.append(word)
        self.lengths[at] = len(word)
        self.by_length.setdefault(len(word), []).append(at)
        self.grams_of[at] = Counter(self._grams(word))
        for gram in self.grams_of[at]:
            self.by_gram.setdefault(gram, []).append(at)

    def near(self, word: str, ratio: float) -> list[int]:
        """Positions whose string may reach ``fuzz.ratio(word, string) >= ratio``.

        A string of length ``l`` at Indel distance ``d`` from ``word`` (length ``L``) drops
        ``u`` letters of ``word`` and adds ``v``, with ``u + v = d`` and ``u - v = L - l``. A
        dropped letter spoils at most ``gram`` of the grams of ``word``, an added one at most
        ``gram - 1``, and each gram left whole is found in the string: so the two share at
        least ``L - gram + 1 - ((2 gram - 1) d + L - l) / 2`` grams, counted with repeats.
        Only the postings of the rarest grams are read: a string that holds none of them
        holds too few of the others to reach that.

        A table of at most :attr:`read_whole_max` strings is instead compared whole, and gives
        exactly the positions that reach ``ratio``.
        """
        if len(self.strings) <= self.read_whole_max:
            close = process.extract(word, self.strings, scorer=fuzz.ratio,
                                    score_cutoff=ratio - EPSILON, limit=None)
            return [self.positions[k] for _, _, k in close]
        need, least = _grams_needed(len(word), self.gram, ratio)
        found: list[int] = []
        for length, wanted in need.items():
            if wanted <= 0:
                # Too short or too far for a gram to survive: the length alone must do.
                found.extend(self.by_length.get(length, ()))
        if least is None:
            return found
        counts = Counter(self._grams(word))
        unread = sum(counts.values())
        hits: Counter[int] = Counter()
        heaviest = 0
        for gram in sorted(counts, key=lambda gram: len(self.by_gram.get(gram, ()))):
            if unread < least:
                break
            unread -= counts[gram]
            heaviest = max(heaviest, counts[gram])
            hits.update(self.by_gram.get(gram, ()))
        for at, hit in hits.items():
            wanted = need.get(self.lengths[at], 0)
            if wanted <= 0:
                continue  # out of the band, or filed above by its length
            # Each gram read and held counts once at least and ``heaviest`` times at most; the
            # unread ones add ``unread`` at most: count in full only when that decides.
            if hit >= wanted or (hit * heaviest + unread >= wanted
                                 and self._shared(counts, at) >= wanted):
                found.append(at)
        return found

    def holding(self, word: str, ratio: float) -> Iterable[int]:
        """Positions of strings longer than ``word`` that may reach
        ``fuzz.partial_ratio(word, string) >= ratio``.

        That is the best ``ratio`` of ``word`` against a stretch of the string no longer than
        ``word``. Against a stretch of length ``s <= L`` (``L = len(word)``) sharing ``m``
        letters in order, ``2 m / (L + s) >= p`` (``p = ratio / 100``) leaves out at most
        ``2 (1 - p) / (2 - p) * L`` letters of ``word`` and adds at most ``(1 - p) * L``. Each
        left-out or added letter breaks one piece of ``word`` at most, so of one piece more
        than those letters, one is whole in the string, with each of its grams: the rarest
        gram of each piece stands for it.
        """
        share = ratio / 100
        left_out = int(len(word) * 2 * (1 - share) / (2 - share) + EPSILON)
        added = int(len(word) * (1 - share) + EPSILON)
        cut = pieces(word, left_out + added + 1)
        longer = range(len(word) + 1, max(self.by_length, default=0) + 1)
        if len(cut) <= left_out + added or min(len(piece) for piece in cut) < self.gram:
            # Pieces too short to look up: the length alone must do.
            return [at for length in longer for at in self.by_length.get(length, ())]
        found: set[int] = set()
        for piece in cut:
            rarest = min(self._grams(piece), key=lambda gram: len(self.by_gram.get(gram, ())))
            found.update(at for at in self.by_gram.get(rarest, ()) if self.lengths[at] in longer)
        return found

    def _grams(self, word: str) -> list[str]:
        return [word[k:k + self.gram] for k in range(len(word) - self.gram + 1)]

    def _shared(self, counts: Counter[str], at: int) -> int:
        """Grams the string at ``at`` shares with a word of gram ``counts``, with repeats."""
        held = self.grams_of[at]
        # The key views intersect in C; most strings share only a few grams to add up.
        return sum([min(counts[gram], held[gram]) for gram in counts.keys() & held.keys()])


class NameIndex:
    """Written names, for finding those :func:`provenance.text.same_person` accepts.

    ``judged`` counts the calls made to the judge, so tests can see the work stay linear.
    """

    def __init__(self, names: Sequence[str], read_whole_max: int = READ_WHOLE_MAX) -> None:
        """Index ``names`` (empty ones, which match nothing, are left out); ``read_whole_max``
        as :class:`_Table` takes it (tests set 0 to reach the gram lookups)."""
        self.names = list(names)
        self.judged = 0
        self._by_last: dict[str, list[int]] = {}
        self._spellings = _Table(gram=3, read_whole_max=read_whole_max)
        # Skeletons are compared only across scripts: one table per script.
        self._skeletons = {True: _Table(gram=2, read_whole_max=read_whole_max),
                           False: _Table(gram=2, read_whole_max=read_whole_max)}
        for at, name in enumerate(self.names):
            loose = normalize_loose(name) if name else ""
            if not loose:
                continue
            self._by_last.setdefault(loose.split()[-1], []).append(at)
            self._spellings.add(at, loose)
            skeleton = name_skeleton(loose)
            if len(skeleton) >= MIN_CROSS_SKELETON:
                self._skeletons[writes_arabic(loose)].add(at, skeleton)

    def candidates(self, name: str) -> list[int]:
        """Positions of the names that may be ``name``, in order: a superset of the matches."""
        loose = normalize_loose(name)
        if not loose:
            return []
        found = set(self._by_last.get(loose.split()[-1], ()))
        found.update(self._spellings.near(loose, SPELLING_RATIO))
        skeleton = name_skeleton(loose)
        if len(skeleton) >= MIN_CROSS_SKELETON:
            other_script = self._skeletons[not writes_arabic(loose)]
            found.update(other_script.near(skeleton, SKELETON_RATIO))
        return sorted(found)

    def matches(self, name: str, admit: Callable[[int], bool] | None = None) -> Iterator[int]:
        """Positions of the names that are ``name`` by :func:`same_person`, in order.

        ``admit`` leaves out positions before they are judged. Lazy: stop early to judge less.
        """
        for at in self.candidates(name):
            if admit is None or admit(at):
                self.judged += 1
                # Looked up on the module, so a test can count the calls the judge sees.
                if text.same_person(name, self.names[at]):
                    yield at


class HandleIndex:
    """Post handles, for finding those :func:`provenance.text.name_matches_handle` accepts.

    ``judged`` counts the calls made to the judge.
    """

    def __init__(self, handles: Sequence[str | None],
                 read_whole_max: int = READ_WHOLE_MAX) -> None:
        """Index ``handles`` (missing ones, and those too short to match, are left out);
        ``read_whole_max`` as :class:`_Table` takes it."""
        self.handles = list(handles)
        self.judged = 0
        self._by_ending: dict[str, list[int]] = {}
        self._close = _Table(gram=2, read_whole_max=read_whole_max)
        self._around = _Table(gram=3)
        for at, handle in enumerate(self.handles):
            skeleton = handle_skeleton(handle) if handle else ""
            if len(skeleton) < SHORT_FORM:
                continue
            if len(skeleton) <= SHORT_FORM + SHORT_FORM_SLACK:
                self._by_ending.setdefault(skeleton[-SHORT_FORM:], []).append(at)
            self._close.add(at, skeleton)
            self._around.add(at, skeleton)

    def candidates(self, name: str) -> list[int]:
        """Positions of the handles that may spell ``name``, in order (a superset)."""
        found: set[int] = set()
        for form in name_forms(name):
            if len(form) == SHORT_FORM:
                found.update(self._by_ending.get(form, ()))
                continue
            found.update(self._close.near(form, SKELETON_RATIO))
            if len(form) >= MIN_PARTIAL_FORM:
                found.update(self._around.holding(form, HANDLE_PARTIAL_RATIO))
        return sorted(found)

    def matches(self, name: str, admit: Callable[[int], bool] | None = None) -> set[int]:
        """Positions of the handles that spell ``name`` by :func:`name_matches_handle`.

        ``admit`` leaves out positions before they are judged.
        """
        hits = set()
        for at in self.candidates(name):
            if admit is not None and not admit(at):
                continue
            self.judged += 1
            if text.name_matches_handle(name, self.handles[at] or ""):
                hits.add(at)
        return hits
