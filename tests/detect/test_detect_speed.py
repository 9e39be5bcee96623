"""Embeds, citations, dates and ``Article.locate`` stay linear, and their fast paths stay exact.

Three kinds of checks, none of them timed. Counting: how many anchors ``locate`` touches, how
many characters a regex is tried on, how many lines of the package run for n and 4n of an
adversarial input (``tests/work.py``: linear work grows 4x, quadratic 16x), do not depend on
the machine. Equivalence: every shortcut (bulk folding, full dates searched only around years,
the overlap index) is compared with the plain computation it replaces, on constructed strings;
the embed shortcuts are checked beside their code (``tests/platforms/test_footers.py``,
``tests/detect/test_embeds.py``). Backtracking inside the patterns is ruled out statically
(``tests/test_regex_backtracking.py``); ``make bench`` times all of it at 100 KB and 1 MB.

All inputs are constructed for these tests (repeated units, or the seed article repeated).
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from provenance.detect import citation_patterns as P
from provenance.detect import date_patterns
from provenance.detect.citations import _first_containing, find_citations
from provenance.detect.dates import _Taken, find_dates
from provenance.detect.embeds import find_embeds
from provenance.load import load_bytes
from provenance.model import Anchor, Article, CitationRole, Span
from provenance.text import FOLD
from tests.work import ALLOWANCE, assert_linear, growth

SEED = Path(__file__).resolve().parents[2] / ".." / "shared" / "seed" / "000_ec877a3d0b7e51c8.txt"

#: Constructed adversarial units (from the performance brief) and a few of our own.
UNITS = {
    "quotes": '"', "handles": "(@", "dashes": "— ", "footers": "— a (@b ", "arabic": "«قال» ",
    "years": "2021 ", "months": "9 ديسمبر ", "urls": "pic.twitter.com/x ", "agency": "رويترز ",
    "tatweel": "ـ ", "one line": "word ",
    # footers printed without brackets: every bare handle is an anchor, each a whole footer
    "bare handles": " @b ", "bare footers": "— Jane Roe @jane March 2, 2021\n",
}


def _article(text: str) -> Article:
    return load_bytes(text.encode("utf-8"), "constructed", fmt="text")


def _run_embeds(article: Article) -> None:
    find_embeds(article)


def _run_citations(article: Article) -> None:
    find_citations(article)


def _run_dates(article: Article) -> None:
    find_dates(article, find_embeds(article)[0])


DETECTORS: dict[str, Callable[[Article], None]] = {
    "embeds": _run_embeds, "citations": _run_citations, "dates": _run_dates,
}


# ------------------------------------------------------------------------------ growth


@pytest.mark.parametrize("detector", list(DETECTORS))
@pytest.mark.parametrize("unit", list(UNITS))
def test_adversarial_inputs_take_linear_work(detector: str, unit: str) -> None:
    run, piece = DETECTORS[detector], UNITS[unit]
    assert_linear(lambda size: run(_article(piece * (size // len(piece)))), 10_000)


def _news(copies: int) -> tuple[int, int, int]:
    """Embeds, citations and dates found in ``copies`` copies of the seed."""
    article = _article("\n".join([SEED.read_text(encoding="utf-8")] * copies))
    embeds, _ = find_embeds(article)
    citations = find_citations(article)
    dates, _ = find_dates(article, embeds)
    return len(embeds), len(citations), len(dates)


@pytest.mark.skipif(not SEED.exists(), reason="seed article not available")
def test_repeated_news_loses_nothing_and_takes_linear_work() -> None:
    one, twelve = _news(1), _news(12)
    # every copy of the seed yields its embeds, citations and dates again: nothing is lost
    assert min(one) > 0
    assert twelve == tuple(12 * found for found in one)
    small, large = growth(_news, 3)
    assert large <= 4 * ALLOWANCE * small, (small, large)


# ------------------------------------------------------------------------------ counting


class _CountingTuple(tuple):  # type: ignore[type-arg]
    """A tuple that counts how it is read."""

    reads = 0

    def __getitem__(self, index: Any) -> Any:
        type(self).reads += 1
        return super().__getitem__(index)

    def __iter__(self) -> Any:
        type(self).reads += len(self)
        return super().__iter__()


def test_locate_reads_a_logarithmic_number_of_anchors() -> None:
    lines = 50_000
    anchors = _CountingTuple(Anchor(i * 10, i + 1, 1) for i in range(lines))
    article = Article("constructed", "x" * (lines * 10), "text", "utf-8", anchors)
    _CountingTuple.reads = 0
    assert article.locate(123_457) == (12_346, 8)
    assert article.span(0, 25).end_line == 3
    assert _CountingTuple.reads < 3 * 40  # three bisections of about 16 steps each


def test_full_dates_are_only_searched_around_years(monkeypatch: pytest.MonkeyPatch) -> None:
    searched: list[int] = []
    original = date_patterns.FULL

    class Counting:
        def finditer(self, text: str, start: int = 0, end: int = 2**62) -> Any:
            searched.append(min(end, len(text)) - start)
            return original.finditer(text, start, end)

    monkeypatch.setattr(date_patterns, "FULL", Counting())
    text = "كلام " * 20_000 + "في 9 كانون الأول 2021 قال" + " كلام" * 20_000
    found = [text[m.start():m.end()] for m in date_patterns.full_dates(text)]
    assert found == ["9 كانون الأول 2021"]
    assert sum(searched) < 200  # a stretch around the year, not 200 000 characters


# ------------------------------------------------------------------------------ exactness


def _plain_fold(text: str) -> tuple[str, list[int]]:
    """The character-by-character folding the bulk version replaced."""
    out: list[str] = []
    where: list[int] = []
    for index, char in enumerate(text):
        if char == "\u0640" and P._standalone(text, index, len(text) - 1):
            out.append("-")
            where.append(index)
            continue
        if char in P._STRIP:
            continue
        if "\ufb50" <= char <= "\ufeff":
            char = unicodedata.normalize("NFKC", char)
        for part in char.translate(FOLD):
            out.append(part)
            where.append(index)
    where.append(len(text))
    return "".join(out), where


def test_bulk_folding_equals_character_folding() -> None:
    pieces = ["ab ", "\n", "\u0640", " \u0640 ", "\u064e", "\u0670", "أ", "ى", "ة", "٣", "\u200c",
              "\ufefb", "\ufdf2", "\ufe71", "رويترز", "\ufeff", "ل", "ی", "ئ", "ؤ", "ک", "إ",
              "\u200d", "۵", "آ"]
    rng = random.Random(1)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert P.fold_with_offsets(text) == _plain_fold(text), text
    assert P.fold_with_offsets("بغداد ـ واع ـ")[0] == "بغداد - واع -"


def test_full_dates_near_years_equal_a_whole_text_search() -> None:
    pieces = ["9 ", "2021", " ", "\n\n", ",", ".", "de ", "/", "ديسمبر", "كانون الأول",
              "December", "Dec.", "年", "5", "月", "日", "x", "٢٠٢١", " " * 30]
    rng = random.Random(2)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        expected = [m.span() for m in date_patterns.FULL.finditer(text)]
        assert [m.span() for m in date_patterns.full_dates(text)] == expected, text


def test_taken_ranges_refuse_overlaps_like_a_full_scan() -> None:
    rng = random.Random(4)
    for _ in range(500):
        skip = [(a, a + rng.randint(0, 5)) for a in (rng.randint(0, 60) for _ in range(4))]
        taken, plain = _Taken(skip), list(skip)
        for _ in range(20):
            a = rng.randint(0, 60)
            b = a + rng.randint(1, 8)
            expected = not any(a < y and x < b for x, y in plain)
            if expected:
                plain.append((a, b))
            assert taken.claim(a, b) == expected, (skip, a, b)


def test_first_containing_range_wins_like_a_list_scan() -> None:
    roles = list(CitationRole)
    rng = random.Random(5)
    for _ in range(500):
        ranges = sorted(
            ((a, a + rng.randint(1, 20), rng.choice(roles)) for a in
             (rng.randint(0, 80) for _ in range(rng.randint(0, 6)))),
            key=lambda r: r[0],
        )
        points = [rng.randint(0, 100) for _ in range(rng.randint(0, 10))]
        expected = [next((r for a, b, r in ranges if a <= p < b), None) for p in points]
        assert _first_containing(ranges, points) == expected


def test_month_lookahead_keeps_case_blind_matching() -> None:
    full = re.compile(date_patterns.DATE_PATTERN, re.IGNORECASE)
    for text in ("DECEMBER 9, 2021", "9 Décembre 2021", "٩ كانون الأول ٢٠٢١", "20 NOVEMBRE 2024"):
        assert full.fullmatch(text), text


def test_a_month_matched_case_blind_is_read_not_a_crash() -> None:
    # Turkish dotless ı: the pattern matches "KASIM"/"kasim" for "kasım", which lower() misses
    from provenance.detect.datetext import parse_date_text

    assert parse_date_text("9 kasim 2021") == parse_date_text("9 KASIM 2021")
    assert str(parse_date_text("9 KASIM 2021")) == "2021-11-09"


def test_plain_text_loads_without_an_anchor_per_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """A file of a million newlines built a million Anchors at load; now they are made on read."""
    from provenance import model

    made = 0
    original = model.Anchor.__init__

    def counting(self: Any, *args: Any, **kwargs: Any) -> None:
        nonlocal made
        made += 1
        original(self, *args, **kwargs)

    monkeypatch.setattr(model.Anchor, "__init__", counting)
    article = load_bytes(b"ab\n" * 100_000, "constructed.txt", fmt="text")
    assert made == 0
    assert len(article.anchors) == 100_001
    assert article.locate(3 * 54_321 + 1) == (54_322, 2)
    assert article.anchors[2] == Anchor(6, 3, 1)
    assert article.anchors[-1] == Anchor(300_000, 100_001, 1)
    assert list(article.anchors[:2]) == [Anchor(0, 1, 1), Anchor(3, 2, 1)]
    assert made == 8  # four read from the article, four written in these asserts


def test_line_anchor_spans_equal_tuple_anchor_spans() -> None:
    """The short path of ``Article.span`` for plain text agrees with bisecting real Anchors."""
    rng = random.Random(3)
    for _ in range(200):
        text = "".join(rng.choice(["a", "\n", "bc", "\n\n"]) for _ in range(rng.randint(0, 20)))
        lazy = load_bytes(text.encode(), "constructed.txt", fmt="text")
        eager = Article("constructed.txt", text, "text", "utf-8", tuple(lazy.anchors))
        for start in range(len(text) + 1):
            for end in range(start, len(text) + 2):
                assert lazy.span(start, end) == eager.span(start, end), (text, start, end)
    assert load_bytes(b"ab\ncd", "x", fmt="text").span(3, 5) == Span(3, 5, 2, 1, 2, 3)


def test_footers_that_open_with_their_literal_match_as_before() -> None:
    """Reddit and TikTok footers moved their leading look-behind after the literal (so the
    literal is searched for as a string); on constructed strings they match what the old
    patterns, kept here, matched."""
    from provenance.platforms import reddit, tiktok

    old = {
        reddit.BY_RE: re.compile(rf"\bby u/(?P<user>{reddit._USER}) in (?:r/)?"
                                 rf"(?P<sub>{reddit._SUB})\b"),
        reddit.FROM_RE: re.compile(rf"\bfrom r/(?P<sub>{reddit._SUB})[ \t]*(?:\n|$)"),
        tiktok.FLATTENED_RE: re.compile(
            rf"(?<![\w@])@(?P<handle>{tiktok.HANDLE})\s+"
            r"(?P<caption>[^\n♬]{0,2200}(?:\n[^\n♬]{0,2200}){0,2})"
            r"♬[ \t]*(?P<sound>[^\n]{1,200})"),
    }
    pieces = ["by u/", "from r/", "@", "@@", "x", "ab_c", " in ", "r/", "news", "\n", " ", "♬",
              "song", "é", "ب", "-", "."]
    rng = random.Random(5)
    hits = 0
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        for new, before in old.items():
            got = [(m.span(), m.groupdict()) for m in new.finditer(text)]
            assert got == [(m.span(), m.groupdict()) for m in before.finditer(text)], text
            hits += len(got)
    assert hits > 50  # the strings do hold footers
    assert reddit.BY_RE.search("xby u/someone in news") is None
    assert reddit.BY_RE.search("Title by u/someone in news")["user"] == "someone"


# ------------------------------------------------------------------------------ citations, dates
# The citation and date patterns run only near the words their matches must hold
# (provenance.detect.anchored); these compare every such search with a whole-text finditer.


def _random_texts(pieces: list[str], seed: int, count: int, most: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, most)))
            for _ in range(count)]


def test_prefix_tree_alternations_match_like_plain_alternations() -> None:
    from provenance.detect.regex_trie import atoms_of, trie_alternation

    rng = random.Random(11)
    letters = ["a", "b", "A", "ب", "ال", " "]
    checked = 0
    for _ in range(400):
        words = {"".join(rng.choice(letters) for _ in range(rng.randint(1, 4))) for _ in range(6)}
        ordered = sorted(words, key=len, reverse=True)
        for flags in (0, re.IGNORECASE):
            plain = "(?:" + "|".join(re.escape(w) for w in ordered) + ")"
            tree = trie_alternation([atoms_of(w) for w in ordered], bool(flags))
            # a following constraint makes the engine fall back to shorter words
            before, after = (re.compile(p + r"(?:b|\s|$)", flags) for p in (plain, tree))
            for text in _random_texts(letters, rng.randint(0, 999), 5, 8):
                expected = [m.span() for m in before.finditer(text)]
                assert [m.span() for m in after.finditer(text)] == expected, (ordered, text)
                checked += 1
    assert checked == 4000
    # a word after one of its prefixes cannot be a tree: the plain alternation is kept
    assert trie_alternation([["a"], ["a", "b"]]) == "(?:a|ab)"
    assert trie_alternation([["a", "b"], ["a"]]) == "(?:a(?:b|))"


def test_citation_search_near_names_equals_a_whole_text_search() -> None:
    from provenance.agencies import load_registry
    from provenance.detect import citations
    from provenance.detect.anchored import WordRuns, finditer_near

    matcher = citations._matcher(load_registry())
    pieces = ["رويترز", "وكالة الأنباء العراقية", "واع", "Reuters", "REUTERS", "AP", "سي ان ان",
              "فرانس 24", "فرانس", "ان", "و", "ل", "وكالة ", "قناة ", "the ", "«", "»", '"', " ",
              "  ", "\n", "x", "-", "/", ".", "العربية", "للجزيرة", "@", "ب",
              "Associated Press", "وكالة الأنباء الوطنية العراقية للأنباء", "كلام " * 12, "y" * 50]
    found = 0
    for text in _random_texts(pieces, 12, 3000, 14):
        folded = P.fold(text)
        expected = [(m.span(), m.groupdict()) for m in matcher.pattern.finditer(folded)]
        words = WordRuns(folded)
        runs, before = matcher.plan.choose(words)
        near = finditer_near(matcher.pattern, folded, words.starts(runs),
                             matcher.prefix + before, matcher.reach, None)
        assert [(m.span(), m.groupdict()) for m in near] == expected, text
        found += len(expected)
    assert found > 1000  # the strings do hold names


def test_date_searches_near_keywords_equal_whole_text_searches() -> None:
    pieces = ["9", "25", "th", " ", "  ", "-", "/", "تموز", "يوليو", "July", "JULY", "الماضي",
              "المقبل", "اليوم", "الخميس", "Thursday", "on ", "أواخر", "late", "من", "شهر", "أمس",
              "و", "ال", "x", "كانون الثاني", "\n", "مه", "الاسبوع", "ـ", "\u064e", "أواخر ",
              "late-", "منتصف شهر ", "كلام " * 10, "y" * 40, "-" * 30, "الأيام الأخيرة من ",
              "the end of ", "early ", "ومطلع ", "بداية"]
    patterns = [date_patterns._DAY_MONTH, date_patterns._MONTH_PART, date_patterns._WEEKDAY,
                date_patterns._RELATIVE]
    found = [0] * len(patterns)
    for text in _random_texts(pieces, 13, 6000, 12):
        folded = date_patterns.DATE_FOLDING(text)[0]
        searches = date_patterns.word_matches(folded)
        for index, (pattern, near) in enumerate(zip(patterns, searches, strict=True)):
            expected = [(m.span(), m.groupdict()) for m in pattern.finditer(folded)]
            assert [(m.span(), m.groupdict()) for m in near] == expected, (pattern, text)
            found[index] += len(expected)
    assert min(found) > 20, found  # every pattern does match some of the strings


def test_numeric_dates_near_separators_equal_the_plain_pattern() -> None:
    plain = re.compile(r"(?=\d)(?<![\d/-])(?:\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4})(?![\d/-])")
    found = 0
    pieces = ["1", "12", "2021", "/", "-", " ", "x", "٣", "09", "\n", "2021-12-", "9/12/", "1/",
              "z" * 20]
    for text in _random_texts(pieces, 14, 5000, 10):
        expected = [m.span() for m in plain.finditer(text)]
        assert [m.span() for m in date_patterns.numeric_matches(text)] == expected, text
        found += len(expected)
    assert found > 30  # the strings do hold numeric dates


def test_date_folding_equals_the_text_folding() -> None:
    from provenance.text import fold_with_offsets

    pieces = ["ab ", "\n", "\u0640", " \u0640 ", "\u064e", "\u0670", "أ", "ى", "ة", "٣", "\u200c",
              "\ufefb", "\ufdf2", "\ufe71", "\ufe00", "رويترز", "\ufeff", "ی", "ئ", "ؤ", "ک", "۵"]
    for text in _random_texts(pieces, 15, 3000, 12):
        folded, where = date_patterns.DATE_FOLDING(text)
        # the map has one more entry, for the end of the text
        assert (folded, tuple(where)[:-1]) == fold_with_offsets(text), text
        assert where[-1] == len(text)


def test_line_bounds_equal_a_newline_search() -> None:
    from provenance.detect.citation_roles import FoldedDoc

    for text in _random_texts(["a", "\n", "bb", " "], 16, 2000, 10):
        doc = FoldedDoc(text)
        for pos in range(len(text) + 1):
            start = text.rfind("\n", 0, pos) + 1
            end = text.find("\n", pos)
            assert doc.bounds(pos) == (start, len(text) if end < 0 else end), (text, pos)


def test_patterns_run_only_near_their_words(monkeypatch: pytest.MonkeyPatch) -> None:
    from provenance.detect import anchored

    searched: list[int] = []
    original = anchored.finditer_in

    def counting(pattern: Any, text: str, spans: list[tuple[int, int, int]]) -> Any:
        searched.extend(end - start for start, end, _ in spans)
        return original(pattern, text, spans)

    monkeypatch.setattr(anchored, "finditer_in", counting)
    filler = "كلام عن الاقتصاد والسياسة " * 4_000
    citations = find_citations(_article(filler + "وقالت وكالة رويترز إن" + filler))
    assert [c.agency for c in citations] == ["Reuters"]
    assert 0 < sum(searched) < 400  # a window around the name, not 200 000 characters
    searched.clear()
    dates, _ = find_dates(_article(filler + "في 9 تموز الماضي قال" + filler), ())
    assert [d.surface for d in dates] == ["9 تموز الماضي"]
    assert 0 < sum(searched) < 600


@pytest.mark.parametrize("many", [0, 2, 10**9])
def test_whole_run_places_equal_a_whole_word_search(
    monkeypatch: pytest.MonkeyPatch, many: int
) -> None:
    # many=0 finds every place with the regex, 10**9 with the str.find loop, 2 switches from
    # the loop to the regex after two: all must agree
    from provenance.detect import anchored

    monkeypatch.setattr(anchored, "MANY_PLACES", many)
    pieces = ["ab", "a", "b", "ديسمبر", "و", "9", "_", " ", "\n", "-", "٣", "é"]
    found = 0
    for text in _random_texts(pieces, 17, 3000, 12):
        words = anchored.WordRuns(text)
        for run in words.runs:
            expected = [m.span() for m in re.finditer(rf"(?<!\w){re.escape(run)}(?!\w)", text)]
            assert words.places(run) == expected, (text, run)
            found += len(expected)
    assert found > 1000  # the strings do hold runs


def test_date_spans_equal_the_article_spans() -> None:
    # find_dates builds plain-text spans itself, searching lines from the last mention's line
    pieces = ["9 ديسمبر", "July 25", "أمس", "اليوم الخميس", "2021-12-09", "\n", "\n\n", " ", "x",
              "كلام ", "\r\n", "9", "ديسمبر", "اليوم", "الخميس"]
    found = 0
    for text in _random_texts(pieces, 18, 400, 14):
        article = _article(text)
        dates, _ = find_dates(article, ())
        for mention in dates:
            assert mention.span == article.span(mention.span.start, mention.span.end), text
        found += len(dates)
    assert found > 300  # the texts do hold dates


def test_credit_line_cues_search_like_the_pattern_without_its_first_letter_test() -> None:
    from provenance.detect import citation_credits as CR

    opening = re.match(r"\(\?=\[[^\]]*\]\)", CR.CREDIT_LINE_CUES.pattern)
    assert opening is not None  # the search opens with a test of the first letter
    plain = re.compile(CR.CREDIT_LINE_CUES.pattern[opening.end():], re.IGNORECASE)
    pieces = ["©", "copyright", "COPYRIGHT", "Copyright ", "all rights  reserved", "All Rights",
              "contributed to this", "this story was written", "THIS ARTICLE HAS BEEN provided",
              P.fold("جميع الحقوق محفوظة"), P.fold("حقوق النشر"), P.fold("ساهمت في إعداد"),
              " ", "x", "\n", "ب", "Acopyright", "aT"]
    found = 0
    for text in _random_texts(pieces, 19, 3000, 8):
        expected = plain.search(text)
        got = CR.CREDIT_LINE_CUES.search(text)
        assert (got and got.span()) == (expected and expected.span()), text
        found += expected is not None
    assert found > 1000  # the strings do hold cues


def test_atomic_spaces_in_date_patterns_match_like_plain_groups() -> None:
    pieces = ["9", "25", "th", " ", "  ", "\n", "-", "/", " / ", "\\", "تموز", "يوليو", "July",
              "الماضي", "المقبل", "last", "الخميس", "اليوم", "أواخر", "late", "من", "شهر", "x"]
    patterns = [date_patterns._DAY_MONTH, date_patterns._MONTH_PART, date_patterns._WEEKDAY]
    plains = [re.compile(p.pattern.replace("(?>", "(?:"), p.flags) for p in patterns]
    assert all("(?>" in p.pattern for p in patterns)  # the atomic groups are there
    found = 0
    for text in _random_texts(pieces, 20, 4000, 6):
        folded = date_patterns.DATE_FOLDING(text)[0]
        for pattern, plain in zip(patterns, plains, strict=True):
            expected = [(m.span(), m.groupdict()) for m in plain.finditer(folded)]
            assert [(m.span(), m.groupdict()) for m in pattern.finditer(folded)] == expected, text
            found += len(expected)
    assert found > 150  # the strings do hold dates


def test_folding_drops_runs_of_marks_like_one_at_a_time() -> None:
    from provenance.detect.folding import Folding

    pieces = ["ab ", "\u0640", " \u0640 ", "\u064e", "\u0651\u064e", "\u0670", "\u06d6", "\u200c",
              "\u200f", "\ufefb", "\ufe71", "أ", "ة", "\n"]
    for bulk in (P.FOLDING, date_patterns.DATE_FOLDING):
        one_at_a_time = Folding(FOLD, bulk.special, bulk.fold_special)
        assert bulk.dropped and not one_at_a_time.dropped
        for text in _random_texts(pieces, 21, 2000, 10):
            folded, where = bulk(text)
            expected_folded, expected_where = one_at_a_time(text)
            assert (folded, list(where)) == (expected_folded, list(expected_where)), text
    with pytest.raises(ValueError):  # not a special character: it would be dropped unseen
        Folding(FOLD, P.FOLDING.special, P.FOLDING.fold_special, "a")
