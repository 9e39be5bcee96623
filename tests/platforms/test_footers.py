"""The footer helpers' shortcuts equal the plain searches they replace, and stay cheap.

The anchored footer search finds what the footer pattern's whole-text search finds, trying the
pattern only near anchors; the phrase gate never skips a text a case-blind search would match.
Texts are constructed for these tests from pieces of the footers and headers the platforms spell.
"""

from __future__ import annotations

import random
import re
from typing import Any

import pytest

from provenance.platforms import (
    bluesky,
    facebook,
    footers,
    instagram,
    mastodon,
    threads,
    tiktok,
)


def test_caseless_odd_chars_are_every_letter_ignorecase_adds() -> None:
    every = "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code < 0xE000)
    seen = {m.group(0) for m in re.finditer("[a-z]", every, re.IGNORECASE)}
    lowered = {char for char in every if re.search("[a-z]", char.lower())}
    odd = {char for char in seen | lowered if not char.isascii()}
    assert odd == set(footers.CASELESS_ODD_CHARS)


def test_phrase_gates_never_skip_a_case_blind_match() -> None:
    gated = [(threads.FLATTENED_RE, threads.FLATTENED_PHRASES),
             (mastodon.FLATTENED_RE, mastodon.FLATTENED_PHRASES),
             (facebook.FOOTER_RE.compiled, facebook.FOOTER_PHRASES),
             (instagram.FOOTER_PATTERNS[0][1].compiled, instagram.FOOTER_PHRASES["en"]),
             (instagram.HEADER_RE, instagram.HEADER_PHRASES),
             *((pattern.compiled, instagram.FOOTER_PHRASES[lang])
               for lang, pattern in instagram.FOOTER_PATTERNS[1:]),
             (tiktok.FLATTENED_RE, (tiktok.SOUND_NOTE,))]
    pieces = ["Post by @", "POST BY @", "poſt by @", "jane", "@mastodon.social", " View on Threads",
              " view on mastodon", "Posted by ", "PoSTED BY", " on ", "Thursday, ", "13 March 2014",
              "A photo shared by ", "A video posted by", "a post ſhared by", " (@jane)", "\u0130",
              "View this post on Instagram", "VIEW THIS POST ON INSTAGRAM", "viewthis",
              "عرض هذا المنشور على Instagram", "عرض هذا المنشور على İnstagram", " ", "\n", "K",
              "がシェアした投稿", "分享的貼文", "分享的帖子", "@jane ", "♬ sound"]
    rng = random.Random(6)
    matched = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        footers._lowered.cache_clear()
        for pattern, phrases in gated:
            if pattern.search(text):
                matched += 1
                assert footers.may_hold(text, phrases), (pattern.pattern, text)
    assert matched > 300
    assert not footers.may_hold("Post by jane", threads.FLATTENED_PHRASES)  # the gate does shut


def test_footers_are_tried_only_from_dashes_near_a_handle(monkeypatch: pytest.MonkeyPatch) -> None:
    tries = 0
    compiled = mastodon.FOOTER_RE.compiled

    class Counting:
        def match(self, text: str, pos: int) -> Any:
            nonlocal tries
            tries += 1
            return compiled.match(text, pos)

    pattern = footers.DatedPattern("")
    pattern._compiled = Counting()  # type: ignore[assignment]
    text = "— " * 50_000 + "— Jane (@jane@mastodon.social) December 9, 2021"
    matches = list(footers.handle_footers(pattern, mastodon.FOOTER_ANCHOR_RE, text))
    assert [m["user"] for m in matches] == ["jane"]
    assert tries < 60  # dashes within a name's reach of "(@", not all 50 000
    tries = 0
    assert not list(footers.handle_footers(pattern, mastodon.FOOTER_ANCHOR_RE, "— a (@b " * 50_000))
    assert tries == 0  # no "(@user@host)" anywhere: the footer pattern is never tried


def test_footer_pattern_is_compiled_only_when_a_footer_may_stand() -> None:
    """Compiling a footer pattern (dates in a dozen languages) costs more than reading most
    articles: pages with no ``(@user@host)`` never pay for it."""
    pattern = footers.DatedPattern(mastodon.FOOTER_RE.source, mastodon.FOOTER_RE.flags)
    assert not list(footers.handle_footers(pattern, mastodon.FOOTER_ANCHOR_RE,
                                           "— قاسم (@qassim) 9 ديسمبر 2021\n" * 100))
    assert pattern._compiled is None
    text = "نص\n— Jane (@jane@mastodon.social) December 9, 2021"
    assert [m["user"] for m in footers.handle_footers(pattern, mastodon.FOOTER_ANCHOR_RE, text)
            ] == ["jane"]
    assert pattern._compiled is not None


def test_footer_shortcut_equals_a_whole_text_search() -> None:
    pieces = ["— ", "-- ", "&mdash;", "Jane Doe ", "(@jane@mastodon.social) ",
              "(@jane.bsky.social) ", "December 9, 2021", " at 10:00 AM", "\n", "(", "x" * 45,
              "  \t ", "y", "(@jane) ", "(@", "(@jane.bsky", "@mastodon.social)", "(@(@"]
    rng = random.Random(3)
    found = 0
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 16)))
        for pattern, anchor in ((mastodon.FOOTER_RE, mastodon.FOOTER_ANCHOR_RE),
                                (bluesky.FOOTER_RE, bluesky.FOOTER_ANCHOR_RE)):
            expected = [m.span() for m in pattern.finditer(text)]
            found_here = [m.span() for m in footers.handle_footers(pattern, anchor, text)]
            assert found_here == expected, text
            found += len(expected)
    assert found > 20  # the constructed strings do hold footers
