"""Word alternations as prefix trees, so the regex engine rejects a position in a few steps.

Python's ``re`` tries the branches of ``word1|word2|…`` one after another: at every ``ال`` of an
Arabic page, a list of a hundred ``ال…`` names was walked branch by branch. Factored on shared
prefixes (``ال(?:جزيره|عربيه|…)``), the same words cost one comparison per character.

The rewrite must not change which word wins. A plain alternation takes the first branch (in list
order) that lets the whole pattern match; the tree tries longer words before their own prefixes.
The two agree when every word comes before any word that is one of its prefixes (longest first)
and no two siblings can match the same character: :func:`trie_alternation` checks both and
returns the plain alternation when either fails, so a table edited by hand can never change
what is found, only how fast.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

#: A word as regex atoms: ``["ا", "ل", r"\s{1,3}", "x"]``; an atom matches one "letter".
Atoms = Sequence[str]


def atoms_of(word: str, space: str | None = None) -> list[str]:
    """Split ``word`` into escaped single-character atoms; spaces become ``space`` if given."""
    return [space if space is not None and ch == " " else re.escape(ch) for ch in word]


def trie_alternation(words: Sequence[Atoms], ignorecase: bool = False) -> str:
    """One non-capturing regex group matching the same as ``(?:w1|w2|…)`` in list order.

    ``ignorecase`` says the group will be compiled case-blind, so sibling atoms that differ only
    in case count as able to match the same character.
    """
    plain = "(?:" + "|".join("".join(word) for word in words) + ")"
    if not words or not all(words) or not _longest_first(words):
        return plain
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for atom in word:
            node = node.setdefault(atom, {})
        node[""] = {}  # end of a word: tried after every longer word through this node
    if not _siblings_exclusive(root, ignorecase):
        return plain
    # several first letters render as one group already; one first letter needs wrapping
    return _render(root) if len(root) > 1 else "(?:" + _render(root) + ")"


def _longest_first(words: Sequence[Atoms]) -> bool:
    """No word comes after one of its own proper prefixes."""
    seen: set[tuple[str, ...]] = set()
    for word in words:
        atoms = tuple(word)
        if any(atoms[:n] in seen for n in range(1, len(atoms))):
            return False
        seen.add(atoms)
    return True


def _siblings_exclusive(node: dict[str, dict], ignorecase: bool) -> bool:
    """Siblings are literal characters, pairwise different (also case-blind when asked to be).

    A non-literal atom (``\\s{1,3}``) may share a node only with literals it cannot match.
    """
    atoms = [a for a in node if a]
    flags = re.IGNORECASE if ignorecase else 0
    for i, first in enumerate(atoms):
        for second in atoms[i + 1:]:
            if _overlap(first, second, flags):
                return False
    return all(_siblings_exclusive(child, ignorecase) for child in node.values())


def _overlap(first: str, second: str, flags: int) -> bool:
    literal = [a for a in (first, second) if _is_literal(a)]
    if len(literal) == 2:
        # a literal atom is its character, escaped or not: the character is its last
        a, b = first[-1], second[-1]
        if not flags:
            return a == b  # what the regex below says, without a regex per pair of siblings
        return re.fullmatch(re.escape(a), b, flags) is not None
    if len(literal) == 1:
        other = second if literal[0] is first else first
        return re.match(other, literal[0][-1], flags) is not None
    return True  # two classes: assume they may overlap


def _is_literal(atom: str) -> bool:
    return len(atom) == 1 or (len(atom) == 2 and atom[0] == "\\" and not atom[1].isalnum())


def _render(node: dict[str, dict]) -> str:
    branches = [atom + _render(child) if atom else "" for atom, child in node.items()]
    # ends of words go last: a longer word through this node is tried first
    branches.sort(key=lambda branch: branch == "")
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"
