"""A static check that a regular expression cannot backtrack catastrophically.

Python's ``re`` backtracks: a pattern that can match one stretch of text in many ways tries
them all when the match then fails, and the tries multiply with the length of the stretch.
Three shapes cause it, and this module finds them in the parse tree ``re._parser`` builds:

- an unbounded repeat whose body can end with an unbounded repeat of characters the body can
  also start with (``(a+)+``, ``(\\s*,\\s*)*``, ``(\\w+\\s?)+``), or start with one over
  characters it can end with (``(a+a)+``): the boundary between two turns can move;
- an unbounded repeat of alternatives that can begin with the same character or both match
  nothing (``(?:ab|\\w+c)*``, ``(a|a)*``, which the parser turns into ``a(?:|)``);
- two unbounded repeats over shared characters with nothing required between them
  (``\\s*\\s*``, ``\\w+\\s*\\w+``): the text between them can be split anywhere.

Possessive repeats (``*+``) and atomic groups (``(?>...)``) never give back what they took,
so they are not sources of ambiguity. Repeats with an upper bound are taken as safe: their
cost is bounded by the bound. The check is conservative, not complete: it reasons about the
first and last characters of each piece, so it misses ambiguity between longer pieces
(``(?:ab|abab)*c``, where turns split by whole words) and may flag shapes whose ambiguity a
look-around or the way the pattern is used rules out; those are reviewed in the test that
runs it.

``regexploit`` (Doyensec) was tried first: it is fast, but stops with an error on possessive
repeats and atomic groups (which this package uses precisely to avoid backtracking) and does
not flag ``(\\s*,\\s*)*x`` or ``(a|a)*b``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as sre  # type: ignore[attr-defined]
from typing import Any

#: Characters tried against two sets to see whether they share one, besides the literal
#: characters and range ends the sets name: one of each kind the categories tell apart.
PROBES = " \t\n\u00a0\u2003aZz_09٣-.,\"'«»—()@/:ءبيةﻻ\u064e\u0640\u200c😀"
_CATEGORIES = {
    C.CATEGORY_DIGIT: re.compile(r"\d"), C.CATEGORY_NOT_DIGIT: re.compile(r"\D"),
    C.CATEGORY_SPACE: re.compile(r"\s"), C.CATEGORY_NOT_SPACE: re.compile(r"\S"),
    C.CATEGORY_WORD: re.compile(r"\w"), C.CATEGORY_NOT_WORD: re.compile(r"\W"),
}


@dataclass
class Shape:
    """What a piece of pattern can begin and end with, and whether it can match nothing.

    ``first``/``last`` are single-character items (``(op, av)`` pairs of the parse tree);
    ``head``/``tail`` are the items of unbounded, backtracking repeats that can begin or end
    a match of the piece, the characters a neighbour could take from them.
    """

    nullable: bool
    first: list[Any] = field(default_factory=list)
    last: list[Any] = field(default_factory=list)
    head: list[Any] = field(default_factory=list)
    tail: list[Any] = field(default_factory=list)


class Checker:
    """Walks one parsed pattern and collects the reasons it could backtrack badly."""

    def __init__(self, flags: int) -> None:
        self.ignorecase = bool(flags & re.IGNORECASE)
        self.dotall = bool(flags & re.DOTALL)
        self.problems: list[str] = []

    # ------------------------------------------------------------------ characters

    def _matches(self, item: Any, char: str) -> bool:
        op, av = item
        if op is C.ANY:
            return self.dotall or char != "\n"
        if op is C.LITERAL:
            return self._same(chr(av), char)
        if op is C.NOT_LITERAL:
            return not self._same(chr(av), char)
        if op is C.CATEGORY:
            known = _CATEGORIES.get(av)
            return known is None or bool(known.match(char))
        if op is C.IN:
            negate = bool(av) and av[0][0] is C.NEGATE
            hit = any(self._in_member(member, char) for member in av if member[0] is not C.NEGATE)
            return hit is not negate
        return True  # anything else (a back-reference): assume it can be any character

    def _in_member(self, member: Any, char: str) -> bool:
        op, av = member
        if op is C.RANGE:
            return any(av[0] <= ord(c) <= av[1] for c in self._cases(char))
        return self._matches(member, char)

    def _cases(self, char: str) -> set[str]:
        if not self.ignorecase:
            return {char}
        return {c for c in (char, char.lower(), char.upper(), char.swapcase()) if len(c) == 1}

    def _same(self, a: str, b: str) -> bool:
        return bool(self._cases(a) & self._cases(b))

    @staticmethod
    def _named(item: Any) -> list[str]:
        op, av = item
        if op in (C.LITERAL, C.NOT_LITERAL):
            return [chr(av)]
        if op is C.IN:
            found: list[str] = []
            for m_op, m_av in av:
                if m_op is C.LITERAL:
                    found.append(chr(m_av))
                elif m_op is C.RANGE:
                    found += [chr(m_av[0]), chr(m_av[1])]
            return found
        return []

    def overlap(self, left: list[Any], right: list[Any]) -> str | None:
        """A character some item of ``left`` and some item of ``right`` both match."""
        for a in left:
            for b in right:
                for char in {*PROBES, *self._named(a), *self._named(b)}:
                    if self._matches(a, char) and self._matches(b, char):
                        return char
        return None

    # ------------------------------------------------------------------ the tree

    def sequence(self, items: Any) -> Shape:
        """The shape of a sequence, checking its neighbouring repeats on the way."""
        shapes = [self.item(op, av) for op, av in items]
        for index, left in enumerate(shapes):
            if not left.tail:
                continue
            for right in shapes[index + 1:]:
                char = self.overlap(left.tail, right.head)
                if char is not None:
                    self.problems.append(f"two repeats side by side can share {char!r}")
                if not right.nullable:
                    break
        result = Shape(True)
        for shape in shapes:  # what can begin the sequence
            result.first += shape.first
            result.head += shape.head
            if not shape.nullable:
                result.nullable = False
                break
        for shape in reversed(shapes):  # what can end it
            result.last += shape.last
            result.tail += shape.tail
            if not shape.nullable:
                break
        return result

    def item(self, op: Any, av: Any) -> Shape:
        """The shape of one node of the parse tree."""
        if op in (C.LITERAL, C.NOT_LITERAL, C.ANY, C.IN, C.CATEGORY):
            return Shape(False, [(op, av)], [(op, av)])
        if op is C.SUBPATTERN:
            return self.sequence(av[3])
        if op is C.ATOMIC_GROUP:  # matched once, never given back
            inner = self.sequence(av)
            return Shape(inner.nullable, inner.first, inner.last)
        if op is C.BRANCH:
            return self.branch(av[1])
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            return self.repeat(op, *av)
        if op in (C.ASSERT, C.ASSERT_NOT):
            self.sequence(av[1])  # checked on its own, matches nothing itself
            return Shape(True)
        if op is C.GROUPREF_EXISTS:
            _, yes, no = av
            return self.branch([yes, *([no] if no else [[]])])
        if op is C.GROUPREF:
            return Shape(True, [(C.ANY, None)], [(C.ANY, None)])
        return Shape(True)  # AT and the like: zero width

    def branch(self, alternatives: Any) -> Shape:
        """The shape of ``a|b|…``: what any alternative can begin or end with."""
        result = Shape(False)
        for alternative in alternatives:
            shape = self.sequence(alternative)
            result.nullable |= shape.nullable
            result.first += shape.first
            result.last += shape.last
            result.head += shape.head
            result.tail += shape.tail
        return result

    def repeat(self, op: Any, low: int, high: int, body: Any) -> Shape:
        """The shape of a repeat, checking that its turns cannot be split in two ways."""
        inner = self.sequence(body)
        unbounded = high == C.MAXREPEAT and op is not C.POSSESSIVE_REPEAT
        if unbounded:
            if inner.nullable:
                self.problems.append("an unbounded repeat of something that can match nothing")
            for tail, first, where in ((inner.tail, inner.first, "end"),
                                       (inner.head, inner.last, "start")):
                char = self.overlap(tail, first)
                if char is not None:
                    self.problems.append(
                        f"an unbounded repeat whose turns can {where} with a repeat of {char!r}")
            self._alternatives_in(body)
        nullable = low == 0 or inner.nullable
        if unbounded:  # a neighbour can take any of its characters from either end
            return Shape(nullable, inner.first, inner.last, inner.first, inner.last)
        if op is C.POSSESSIVE_REPEAT:
            return Shape(nullable, inner.first, inner.last)
        return Shape(nullable, inner.first, inner.last, inner.head, inner.tail)

    def _alternatives_in(self, body: Any) -> None:
        """Flag alternatives of a repeated body that can begin alike or both match nothing.

        The parser has already merged single-character alternatives into sets and common
        prefixes out of alternatives (``a|a`` becomes ``a(?:|)``), so what is left here can
        really be taken in two ways on every turn.
        """
        for op, av in body:
            if op is C.SUBPATTERN:
                self._alternatives_in(av[3])
            elif op is C.BRANCH:
                shapes = [self.sequence(alternative) for alternative in av[1]]
                for index, left in enumerate(shapes):
                    for right in shapes[index + 1:]:
                        char = self.overlap(left.first, right.first)
                        if char is not None:
                            self.problems.append(
                                f"a repeat of alternatives that can both begin with {char!r}")
                            return
                        if left.nullable and right.nullable:
                            self.problems.append(
                                "a repeat of alternatives that can both match nothing")
                            return
                for alternative in av[1]:
                    self._alternatives_in(alternative)


def backtracking_problems(pattern: str, flags: int = 0) -> list[str]:
    """Why ``pattern`` could backtrack catastrophically; empty when no shape above is found."""
    checker = Checker(flags)
    checker.sequence(sre.parse(pattern, flags))
    return checker.problems
