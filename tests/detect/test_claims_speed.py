"""Claim detection stays linear: counts of costly calls, and of lines run for n and 4n.

The articles are the seed repeated (so names, embeds and citations recur the way they do in a
long live blog) and constructed adversarial strings (a run of quotation marks, of quoted verbs,
of handles, one giant line). Counting calls catches a return to all-pairs comparisons, and
counting the lines of the package run (``tests/work.py``) catches any loop that went
quadratic: linear work grows 4x for 4x the input, quadratic 16x, and the check fails above 6x.
Nothing is timed; ``make bench`` does that.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from provenance import text as text_module
from provenance.detect import claims as claims_module
from provenance.detect import speakers as speakers_module
from provenance.detect import tokens as tokens_module
from provenance.detect import verbs as verbs_module
from provenance.detect.citations import find_citations
from provenance.detect.claims import find_claims
from provenance.detect.embeds import find_embeds
from provenance.load import load_bytes
from provenance.model import Article
from provenance.text import fold_letters, fold_with_offsets, special_offsets
from tests.work import assert_linear

SEED = Path(__file__).resolve().parents[2] / ".." / "shared" / "seed" / "000_ec877a3d0b7e51c8.txt"

def _article(text: str) -> Article:
    return load_bytes(text.encode("utf-8"), "constructed", fmt="text")


def _claims_of(article: Article) -> tuple[Any, ...]:
    embeds, mentions = find_embeds(article)
    return find_claims(article, embeds, find_citations(article), mentions)


def _counting(monkeypatch: pytest.MonkeyPatch, module: Any, name: str,
              counts: Counter[str]) -> None:
    """Replace ``module.name`` with a wrapper that counts its calls."""
    original: Callable[..., Any] = getattr(module, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        counts[name] += 1
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, wrapper)


def _name_calls(monkeypatch: pytest.MonkeyPatch, copies: int) -> tuple[int, int]:
    """Name comparisons made for ``copies`` copies of the seed, and the claims found."""
    counts: Counter[str] = Counter()
    # Names are compared where surnames are resolved and where embeds are matched to speakers,
    # all through the name indexes, which call the judges on the text module.
    for name in ("same_person", "name_matches_handle"):
        _counting(monkeypatch, text_module, name, counts)
    text = SEED.read_text(encoding="utf-8")
    found = _claims_of(_article("\n".join([text] * copies)))
    monkeypatch.undo()
    return sum(counts.values()), len(found)


def test_name_comparisons_do_not_grow_with_repeats(monkeypatch: pytest.MonkeyPatch) -> None:
    # Every claim compared with every embed was quadratic: 4x the seed made 16x the calls.
    one, claims_one = _name_calls(monkeypatch, 1)
    four, claims_four = _name_calls(monkeypatch, 4)
    assert claims_one > 0
    assert claims_four == 4 * claims_one
    assert one > 0
    assert four <= 2 * one


def test_each_paragraph_is_folded_once(monkeypatch: pytest.MonkeyPatch) -> None:
    counts: Counter[str] = Counter()
    for name in ("fold_with_offsets", "special_offsets", "drop_marks"):
        _counting(monkeypatch, tokens_module, name, counts)
    article_scans: Counter[str] = Counter()
    for name in ("special_offsets", "Paragraph"):
        _counting(monkeypatch, claims_module, name, article_scans)
    text = SEED.read_text(encoding="utf-8")
    article = _article(text)
    embeds, mentions = find_embeds(article)
    citations = find_citations(article)
    counts.clear()
    article_scans.clear()
    found = find_claims(article, embeds, citations, mentions)
    assert found
    # Once per paragraph that holds words; blank lines are not read at all. The marks of the
    # whole article are found in one scan, and no paragraph scans for them again.
    filled = [line for line in article.text.split("\n") if line.strip()]
    moved = [line for line in filled if fold_with_offsets(line)[0] != fold_letters(line)]
    assert article_scans == Counter({"special_offsets": 1, "Paragraph": len(filled)})
    assert counts["special_offsets"] == 0
    # Those that only drop marks map offsets back by the dropped ones: no full map is built.
    assert 0 < counts["drop_marks"] == len(moved) < len(filled)
    assert counts["fold_with_offsets"] == 0


def test_blank_lines_cost_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    counts: Counter[str] = Counter()
    _counting(monkeypatch, claims_module, "Paragraph", counts)
    # Constructed: one statement between a hundred thousand blank lines.
    statement = 'وقال الوزير أحمد علي إن "الاتفاق سيوقع غدا في بغداد".'
    text = "\n" * 50_000 + statement + "\n \t" * 50_000
    found = _claims_of(_article(text))
    assert [claim.line_number for claim in found] == [50_001]
    assert counts["Paragraph"] == 1


def _claims_after_the_rest(text: str) -> tuple[Any, ...]:
    """Claims of ``text``, with embeds and citations found first (they are not what is
    measured here, but claims need them)."""
    return _claims_of(_article(text))


#: Constructed adversarial units, each repeated into one giant line.
ADVERSARIAL = {
    "quotes": '"',
    "quoted_verbs": "«قال» ",
    "handles": "(@",
    "dashes": "— ",
    "footer": "— a (@b ",
    "verbs_and_names": "وقال الوزير أحمد، ",
    "english": 'said "a b c," he said. ',
}


@pytest.mark.parametrize("unit", list(ADVERSARIAL.values()), ids=list(ADVERSARIAL))
def test_adversarial_line_takes_linear_work(unit: str) -> None:
    assert_linear(lambda size: _claims_after_the_rest(unit * (size // len(unit))), 5_000)


#: Constructed (lead, unit) pairs: a long run of one thing, then thousands of verbs in the same
#: sentence. Each was quadratic once: the first word of the sentence was searched from its start
#: for every verb, the first complementizer from the sentence subject for every verb, and every
#: claim rescanned the sentence's citations.
LEAD_THEN_VERBS = {
    "dashes_then_verbs": ("— ", "قال "),
    "titles_then_verbs": ("الوزير ", "قال "),
    "titles_then_quoted_verbs": ("الوزير ", "«قال» "),
}


@pytest.mark.parametrize("lead,unit", list(LEAD_THEN_VERBS.values()), ids=list(LEAD_THEN_VERBS))
def test_long_lead_then_many_verbs_takes_linear_work(lead: str, unit: str) -> None:
    def claims(size: int) -> tuple[Any, ...]:
        return _claims_after_the_rest(
            lead * (size // len(lead) // 2) + unit * (size // len(unit) // 2))

    assert_linear(claims, 4_000)


def test_many_agency_citations_in_one_sentence_take_linear_work() -> None:
    unit = "ان ان ان ان ان نقلت رويترز عن "
    assert_linear(lambda size: _claims_after_the_rest(unit * (size // len(unit))), 4_000)


@pytest.mark.skipif(not SEED.exists(), reason="seed article not available")
def test_repeated_seed_takes_linear_work() -> None:
    text = SEED.read_text(encoding="utf-8")
    assert_linear(lambda copies: _claims_after_the_rest("\n".join([text] * copies)), 3)


def test_reparse_only_when_a_tested_word_became_known(monkeypatch: pytest.MonkeyPatch) -> None:
    """Skipping the second reading is exact: the claims equal those of reading every paragraph
    again with all known names, and the seed's paragraphs are read fewer than twice each."""
    text = SEED.read_text(encoding="utf-8")
    article = _article(text)
    embeds, mentions = find_embeds(article)
    citations = find_citations(article)
    counts: Counter[str] = Counter()
    _counting(monkeypatch, claims_module, "paragraph_statements", counts)
    skipping = find_claims(article, embeds, citations, mentions)
    filled = [line for line in article.text.split("\n") if line.strip()]
    assert len(filled) < counts["paragraph_statements"] < 2 * len(filled)
    # The former rule: read again whenever a newly known word occurs anywhere in the paragraph.
    monkeypatch.setattr(speakers_module.Paragraph, "asked", property(
        lambda self: set(self.token_text), lambda self, value: None),
        raising=False)
    before = counts["paragraph_statements"]
    always = find_claims(article, embeds, citations, mentions)
    assert counts["paragraph_statements"] - before > before - len(filled)
    assert skipping == always


def test_quotations_and_sentences_are_found_once_per_paragraph(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from provenance.detect import statements as statements_module

    counts: Counter[str] = Counter()
    _counting(monkeypatch, statements_module, "find_quotes", counts)
    read: Counter[str] = Counter()
    split = statements_module.sentence_bounds
    monkeypatch.setattr(statements_module, "sentence_bounds",
                        lambda text, quotes: read.update([text]) or split(text, quotes))
    parse = claims_module.paragraph_statements
    parsed: Counter[str] = Counter()
    monkeypatch.setattr(claims_module, "paragraph_statements",
                        lambda text, *args: parsed.update([text]) or parse(text, *args))
    text = SEED.read_text(encoding="utf-8")
    article = _article(text)
    embeds, mentions = find_embeds(article)
    found = find_claims(article, embeds, find_citations(article), mentions)
    assert found
    filled = [line for line in article.text.split("\n") if line.strip()]
    assert counts["find_quotes"] == len(filled)
    # Paragraphs read twice (a name learnt later) have their sentences split once.
    assert any(parsed[line] > 1 and read[line] for line in filled)
    assert read and max(read.values()) == 1


#: Constructed paragraphs for the look-up shortcuts: verbs with conjunctions and suffixes,
#: words joined by hyphens and apostrophes, title heads glued to a dash, English verbs.
SHORTCUT_TEXTS = (
    "وقالت الوزارة إن الوضع مستقر، وأضافوا أن فأكد قال-الوزير 'قال رئيس -رئيس",
    "قالوا وقالا فقالت يقول تقول مشيراً وموكدة ونقلت رويترز عن مصدر",
    "The minister said-that he SAID; according to officials, Gen. Smith told reporters",
    "رئيس الوزراء مصطفى الكاظمي ووزير الخارجية و-وزير الدفاع والرئيس",
    "x-قال وأكد’ الحوار العراقي-الاميركي قال-x-y وقال--الوزير أكد’s - ’ قال-",
    "",
)


@pytest.mark.parametrize("text", SHORTCUT_TEXTS)
def test_verb_look_up_equals_the_verb_pattern_scan(text: str) -> None:
    para = speakers_module.Paragraph(text)
    scanned = []
    for match in verbs_module.AR_VERB_RE.finditer(para.folded):
        index = para.token_starting(match.start())
        if index is not None:
            scanned.append((index, match.group()))
    assert verbs_module.arabic_verb_tokens(para) == scanned


@pytest.mark.parametrize("text", SHORTCUT_TEXTS)
def test_title_heads_look_up_equals_a_whole_word_scan(text: str) -> None:
    import re

    heads = "|".join(sorted(speakers_module._TITLE_HEADS, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w'’-])(?:{heads})(?![\w'’-])")
    para = speakers_module.Paragraph(text)
    scanned = [para.token_starting(m.start()) for m in pattern.finditer(para.folded)]
    assert para._title_head_tokens() == [k for k in scanned if k is not None]


def test_cased_latin_holds_every_letter_english_patterns_match_case_blind() -> None:
    import re

    from provenance.detect import relays as relays_module

    letters = re.compile("[a-z]", re.IGNORECASE)
    for code in range(0x10000):
        char = chr(code)
        if letters.match(char):
            assert tokens_module.CASED_LATIN.match(char), hex(code)
    # The relay shortcut's premises: Arabic first words have no case, English ones are ASCII.
    assert all(word.lower() == word.upper() for word in relays_module._AR_RELAY)
    assert all(word.isascii() for word in relays_module._EN_RELAY)


@pytest.mark.parametrize("text", [
    "أكد، بحسب ما نقل عنه مستشاره الإعلامي، أن الاتفاق قائم",
    "He said, ACCORDING TO HIS aide, that the deal stands",
    "قال وفق ما نقل عنه مكتبه إن الوضع مستقر",
    "قال الوزير إن الوضع مستقر",
    "ſaid nothing",
])
def test_relay_shortcut_answers_like_the_relay_pattern(text: str) -> None:
    from provenance.detect import relays as relays_module

    para = speakers_module.Paragraph(text)
    expected = bool(relays_module._RELAY_FIRST_RE.search(para.folded))
    assert relays_module.names_a_relay(para) is expected


def test_folding_keeps_every_letter_the_media_name_shortcut_counts() -> None:
    import random

    from provenance.detect import quotes as quotes_module
    from provenance.text import normalize_loose

    # Constructed alphabet: letters the shortcut counts, and everything folding may drop,
    # expand or compose with them (marks, tatweel, hamza marks, presentation forms, joiners).
    alphabet = ("ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئىة" "abcXYZ019" " \t.,،؛:!?«»\"'-_"
                "\u064b\u064e\u0651\u0652\u0640\u0670\u0653\u0654\u0655\u0301\u200c\u200f"
                "ﻗﺎﺳﻢﷲﱞﻻﺀﹰﹲ" "پچگکی٢۴")
    rng = random.Random(11)
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 90)))
        counted = quotes_module._SURVIVES_FOLDING.subn("", text)[1]
        assert len(normalize_loose(text)) >= counted, text
        longest = quotes_module._LONGEST_MEDIA_NAME
        assert quotes_module._could_be_media_name(text) is (len(text) <= longest
                                                            or counted <= longest)
    assert not quotes_module._could_be_media_name("قال الوزير إن الاتفاق سيوقع غدا " * 2)
    assert quotes_module._could_be_media_name("رويترز")
    assert quotes_module._could_be_media_name("«" + "ـ" * 500 + "رويترز" + "ـ" * 500 + "»")


@pytest.mark.parametrize("text", ["", 'a"b""', '"' * 7, "«قال» »x« “y” ‹z›", "no marks at all"])
def test_mark_offsets_equal_a_pattern_scan(text: str) -> None:
    import re

    from provenance.detect import quotes as quotes_module

    for mark in quotes_module._MARKS:
        scanned = [m.start() for m in re.finditer(re.escape(mark), text)]
        assert quotes_module._offsets(text, mark) == scanned


def test_any_phrase_pre_scan_answers_like_the_family_scans() -> None:
    from provenance.detect import media as media_module
    from provenance.detect.vocab import MEDIUM_PHRASES
    from provenance.text import normalize_loose

    def by_families(text: str) -> Any:
        folded = normalize_loose(text)
        return next((medium for family, medium in media_module.MEDIUM_ORDER
                     if media_module._family_pattern(family).search(
                         media_module._searched(folded))), None)

    texts = ["وقال الوزير إن الوضع مستقر", "he said on Monday", ""]
    for phrases in MEDIUM_PHRASES.values():
        for phrase in phrases:
            texts += [f"قال {phrase} امس", f"و{phrase}", f"x{phrase}y", f"{phrase}, he said"]
    found = [media_module.phrase_medium(text) for text in texts]
    assert found == [by_families(text) for text in texts]
    assert any(found) and not all(found)


def test_phrase_after_a_leading_space_is_a_phrase_after_a_space_or_the_start() -> None:
    """Searching " " + text for " phrase" finds what a look-behind for a space or the start
    of the text would."""
    from provenance.detect import media as media_module

    behind = re.compile(media_module._family_pattern(None).pattern.replace(" ", "(?<![^ ])", 1))
    texts = ["بيان", "في بيان", "xبيان", "وبيان صحفي", "بيانات", "قال في مؤتمر صحفي امس", "",
             " ", "a  بيان", "بيان ", "بيانx"]
    found = [bool(media_module._family_pattern(None).search(media_module._searched(text)))
             for text in texts]
    assert found == [bool(behind.search(text)) for text in texts]
    assert any(found) and not all(found)


#: Quotations that open with a name (titled, long, English with an appositive) and a verb of
#: their own, near and far from the opening mark.
QUOTED_RELAY_TEXTS = (
    'وتابع، أن "اللواء جون بريمر أكد في ضوء العمليات، أن التحالف سينهي المهام قبل نهاية العام".',
    'وقال إن "رئيس خلية الإعلام الأمني اللواء سعد معن أكد أن الاجتماع عقد في مقر الخلية".',
    'وقال إن "المتحدث باسم وزارة الخارجية الأمريكية للشؤون الإقليمية في الشرق الأوسط والخليج '
    'العربي السفير جون كيربي أكد أن الاجتماع عقد".',
    'He said "John Smith, the spokesman for the ministry of the interior of Iraq, said that '
    'the meeting was held".',
    'He said "a senior official said that the meeting was held in Baghdad on Monday".',
    'وأضاف "مصدر في الوزارة قال إن الاجتماع عقد في بغداد".',
)


@pytest.mark.parametrize("text", QUOTED_RELAY_TEXTS)
def test_quoted_relay_shortcut_answers_like_parsing_every_quotation(
        text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Skipping quotations with no verb near their start finds the same second-hand claims."""
    from provenance.detect.statements import paragraph_statements

    shortcut = paragraph_statements(text)
    monkeypatch.setattr(speakers_module.Paragraph, "has_verb_between",
                        lambda self, a, b: True)
    assert paragraph_statements(text) == shortcut


#: Constructed paragraphs with marks, tatweel, joiners and presentation forms, or none.
MARKED_TEXTS = (
    "أكّدَ الوزيرُ أنّ ـ الاجتماعَ\u200c عُقد", "رسمياً، وقال: \"انتهى\"ًٌ", "\u064eabc\u064e",
    "ﻻ بأس قالَ", "no marks at all", "ـــ", "",
)


@pytest.mark.parametrize("text", MARKED_TEXTS)
def test_offsets_after_dropped_marks_equal_the_full_map(text: str) -> None:
    """A paragraph folded from the article's letters maps offsets as one folded alone does,
    whether it finds its marks itself or is given those the article scan found."""
    alone = tokens_module.FoldedParagraph(text)
    letters = fold_letters(text)
    for cut in (tokens_module.FoldedParagraph(text, letters),
                tokens_module.FoldedParagraph(text, letters, special_offsets(letters))):
        assert (cut.folded, cut.token_text, cut.token_start) == (
            alone.folded, alone.token_text, alone.token_start)
        size = len(alone.folded)
        for start in range(size + 1):
            for end in range(start, min(size, start + 3) + 1):
                assert cut.orig(start, end) == alone.orig(start, end)
        for original in range(len(text) + 2):
            assert cut.token_at(original) == alone.token_at(original)


def test_article_marks_cut_per_line_equal_each_line_scanned() -> None:
    text = "\n".join(("", *MARKED_TEXTS, "  ", *reversed(MARKED_TEXTS), "ًً"))
    specials = special_offsets(fold_letters(text))
    lines = claims_module._lines(text)
    assert len(lines) > len(MARKED_TEXTS)
    for line in lines:
        assert claims_module._specials(line, specials) == special_offsets(
            fold_letters(line.text))


@pytest.mark.parametrize("text", [
    "قال الوزير إن الاتفاق سيوقع", "al-Kadhimi said", "قال al الكاظمي", "x", "-", "’", "İı",
    "\u212a", "ſ", "رسمياً - قال", "",
])
def test_one_scan_for_latin_and_joiners_answers_like_two(text: str) -> None:
    """The shared pre-scan says what a scan for Latin letters and one for joiners would."""
    para = tokens_module.FoldedParagraph(text)
    assert para.has_latin() is bool(tokens_module.CASED_LATIN.search(para.folded))
    assert para.has_joiner() is bool(tokens_module.JOINER.search(para.folded))


@pytest.mark.parametrize("text", [
    "قال الوزير، إن «الاتفاق» سيوقع: ٢٠٢١ ² ½ ١٢٣؟", 'He said "x_y" (a) - b.', "al-Kadhimi’s _.",
    "ـ ً x ✓ 😀 ‹z› 9,5", "", "  ",
])
def test_words_told_by_letters_and_digits_equal_words_told_by_first_character(
        text: str) -> None:
    """Without joiners or "_", a token is a word exactly when it is letters and digits."""
    para = tokens_module.FoldedParagraph(text)
    by_first = [bool(re.match(r"\w", token)) for token in para.token_text]
    assert para.is_word == by_first
    if text.strip():
        assert True in by_first and False in by_first


def test_sentence_end_pattern_matches_like_one_or_more_marks() -> None:
    from provenance.detect import quotes as quotes_module

    plus = re.compile(r"[.!?؟]+(?=\s)")
    rng = random.Random(5)
    alphabet = ".!?؟ \t\nab،"
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
             for _ in range(3000)]
    spans = [[m.span() for m in quotes_module._SENTENCE_END.finditer(text)] for text in texts]
    assert spans == [[m.span() for m in plus.finditer(text)] for text in texts]
    assert any(len(found) > 1 for found in spans)


def test_the_line_count_catches_a_sentence_rescanned_for_every_verb(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The slip the checks above guard against, put back on purpose, fails them."""
    found_verbs = verbs_module.arabic_verb_tokens

    def rescanning(para: Any) -> list[tuple[int, str]]:
        found = found_verbs(para)
        for _ in found:  # the whole paragraph read again for every verb it holds
            found_verbs(para)
        return found

    lead, unit = LEAD_THEN_VERBS["titles_then_verbs"]

    def claims(size: int) -> tuple[Any, ...]:
        return _claims_after_the_rest(
            lead * (size // len(lead) // 2) + unit * (size // len(unit) // 2))

    assert_linear(claims, 1_000)
    monkeypatch.setattr(verbs_module, "arabic_verb_tokens", rescanning)
    with pytest.raises(AssertionError, match="for 4x the input"):
        assert_linear(claims, 1_000)
