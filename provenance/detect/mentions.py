"""Posts an article only mentions ("في تغريدة", "said in a tweet"), with who posted them.

A mention names a post, or the account it was posted from, with neither its text nor its link.
One that sits inside an embed, in page furniture, or in the sentence that leads into an embed is
that embed's introduction, not a mention of its own. Mention words are the one vocabulary kept
here, in the tables below.
"""

from __future__ import annotations

import bisect
import re
from collections import deque
from collections.abc import Iterator

from provenance.model import Article, Embed, PostMention

#: Platform names as articles write them (Arabic and Latin spellings), by registry name.
PLATFORM_WORDS: dict[str, tuple[str, ...]] = {
    "twitter": ("تويتر", "توتير", "إكس", "اكس", "X", "Twitter"),
    "facebook": ("فيسبوك", "فيس بوك", "فايسبوك", "الفيسبوك", "Facebook"),
    "instagram": ("إنستغرام", "انستغرام", "إنستجرام", "انستجرام", "انستقرام", "إنستقرام",
                  "Instagram"),
    "tiktok": ("تيك توك", "تيكتوك", "TikTok"),
    "youtube": ("يوتيوب", "YouTube"),
    "telegram": ("تلغرام", "تيليغرام", "تليغرام", "تليجرام", "تيليجرام", "Telegram"),
    "bluesky": ("بلوسكاي", "Bluesky"),
    "mastodon": ("ماستودون", "Mastodon"),
    "threads": ("ثريدز", "Threads"),
    "reddit": ("ريديت", "Reddit"),
    "linkedin": ("لينكد إن", "لينكدإن", "LinkedIn"),
}
#: Nouns that name a post on one platform whatever else the sentence says.
PLATFORM_NOUNS: dict[str, str] = {
    "تغريدة": "twitter", "تغريده": "twitter", "التغريدة": "twitter", "تغريدات": "twitter",
    "tweet": "twitter", "tweets": "twitter", "tweeted": "twitter", "غرد": "twitter",
    "غرّد": "twitter",
}
_PLATFORM_ALT = "|".join(
    re.escape(word) for word in sorted({w for ws in PLATFORM_WORDS.values() for w in ws},
                                       key=len, reverse=True)
)
_ON = r"(?:على|في|عبر|ب)\s{0,3}(?:(?:منصة|منصّة|موقع|شبكة|تطبيق)\s{1,3})?"
#: Mention shapes: each names a post (or an account) with neither its text nor its link.
MENTION_PATTERNS: tuple[str, ...] = (
    # في تغريدة (له) (على حسابه) (في تويتر) — the platform follows the noun when named.
    rf"(?<!\w)و?(?:في|عبر|ب|خلال)\s{{0,3}}(?:ال)?تغريد(?:ة|ه|ات)(?:\s{{1,3}}(?:له|لها|لهم|جديدة))?"
    rf"(?:\s{{1,3}}{_ON}(?:حساب(?:ه|ها|هم)\s{{1,3}}(?:الرسمي\s{{1,3}})?{_ON})?(?P<p1>{_PLATFORM_ALT}))?",
    # كتب على حسابه في تويتر / عبر حسابه على منصة إكس / على صفحته في فيسبوك
    rf"(?<!\w)و?(?:على|في|عبر)\s{{1,3}}(?:حساب|صفحت|قنات)(?:ه|ها|هم)\s{{1,3}}(?:الرسمي(?:ة)?\s{{1,3}})?"
    rf"{_ON}(?:التواصل الاجتماعي\s{{1,3}})?(?P<p2>{_PLATFORM_ALT})",
    # في منشور على فيسبوك / في تدوينة على إنستغرام
    rf"(?<!\w)و?(?:في|عبر|ب)\s{{0,3}}(?:ال)?(?:منشور|تدوينة|بوست|مقطع فيديو)"
    rf"(?:\s{{1,3}}(?:له|لها|لهم))?\s{{1,3}}{_ON}(?P<p3>{_PLATFORM_ALT})",
    # غرد/غرّد (on its own it can only be Twitter)
    r"(?<![\w])و?(?:غرد|غرّد)(?![\w])",
    # said in a tweet / in a post on Instagram / on his Facebook page
    rf"\b(?:in|via)\s{{1,3}}an?\s{{1,3}}(?:tweet|post|video|message|story)"
    rf"(?:\s{{1,3}}on\s{{1,3}}(?:(?:his|her|their|its)\s{{1,3}})?(?P<p4>{_PLATFORM_ALT}))?\b",
    r"\btweeted\b",
    rf"\b(?:wrote|posted|said|announced)\s{{1,3}}on\s{{1,3}}(?:(?:his|her|their|its)\s{{1,3}})?"
    rf"(?P<p5>{_PLATFORM_ALT})\b",
)
#: Every character a mention shape can start with (a conjunction, a preposition, ``غرد``, or the
#: first letter of an English cue): the other positions are skipped before any look-behind.
MENTION_FIRST_CHARS = "وفعبخغivtwpsa"
_MENTION_RE = re.compile(
    f"(?=[{MENTION_FIRST_CHARS}])(?:" + "|".join(f"(?:{p})" for p in MENTION_PATTERNS) + ")"
)
#: Words one of which every mention shape holds, starting at most :data:`MENTION_REACH`
#: characters after the mention does (``وخلال   التغريدة``, ``via   an   tweet``).
MENTION_KEYWORDS = (
    "تغريد", "حساب", "صفحت", "قنات", "منشور", "تدوينة", "بوست", "مقطع فيديو", "غرد", "غرّد",
    "tweet", "post", "video", "message", "story", "wrote", "said", "announced",
)
MENTION_REACH = 11
_KEYWORD_RE = re.compile("|".join(re.escape(word) for word in MENTION_KEYWORDS))
#: Speech verbs that may precede the speaker's name (Arabic) or follow it (English).
SPEECH_VERBS_AR = ("قال", "وقال", "كتب", "وكتب", "أكد", "وأكد", "اكد", "أعلن", "وأعلن", "اعلن",
                   "ذكر", "وذكر", "أشار", "وأشار", "أضاف", "وأضاف", "نشر", "ونشر")
SPEECH_VERBS_EN = ("said", "wrote", "posted", "announced", "tweeted", "says", "writes")
_SPEAKER_AR_RE = re.compile(
    "(?:^|\\s)(?:" + "|".join(SPEECH_VERBS_AR)
    + r")\s{1,3}([^\s،,.:؛\"«]{2,30}(?:\s{1,3}[^\s،,.:؛\"«]{2,30}){0,3})\s{0,3}$"
)
_SPEAKER_EN_RE = re.compile(
    r"((?:[A-Z][\w.'-]{0,30}\s{1,3}){0,2}[A-Z][\w.'-]{0,30})\s{1,3}(?:(?:"
    + "|".join(SPEECH_VERBS_EN) + r")\s{0,3})?$"
)
_SENTENCE_END = re.compile(r"[.!?؟\n]")
#: Words that cannot start a speaker's name (pronoun-like fillers after the verb).
_NOT_SPEAKER = ("في", "على", "عبر", "إن", "ان", "أن", "إنه", "انه", "أنه")
SPEAKER_WINDOW = 160
#: How far after a mention an embed may start and still be the post the mention introduces.
FOLLOW_WINDOW = 400


def find_mentions(article: Article, embeds: tuple[Embed, ...],
                  furniture: list[tuple[int, int]]) -> tuple[PostMention, ...]:
    """Posts mentioned outside ``embeds`` and the ``furniture`` intervals, in text order."""
    text = article.text
    embed_spans = sorted((e.span.start, e.span.end) for e in embeds)
    mentions: list[PostMention] = []
    for match in _mention_matches(text):
        start, end = match.start(), match.end()
        if inside_intervals(embed_spans, start) or inside_intervals(furniture, start):
            continue
        if _followed_by_embed(text, end, embed_spans):
            continue
        platform = _mention_platform(match)
        if platform is None:
            continue
        mentions.append(PostMention(
            id=f"m{len(mentions) + 1}", platform=platform, surface=match.group(0),
            span=article.span(start, end), speaker=_speaker(text, start),
        ))
    return tuple(mentions)


def _mention_matches(text: str) -> Iterator[re.Match[str]]:
    """``_MENTION_RE.finditer(text)``, tried only within reach before a keyword.

    Most of a page holds no keyword, and a whole-text search pays for the shapes' opening
    letters (``و``, ``ب``, ``a``, ``t`` …) nearly everywhere.
    """
    tried = 0  # every offset below has been tried, or lies inside a mention already found
    for keyword in _KEYWORD_RE.finditer(text):
        # Up to its end: a keyword overlapping this one ("pos|tweet") is not listed on its own.
        start = max(keyword.start() - MENTION_REACH, tried)
        while start < keyword.end():
            match = _MENTION_RE.match(text, start)
            if match is None:
                start += 1
                continue
            yield match
            start = match.end()
        tried = start


def _mention_platform(match: re.Match[str]) -> str | None:
    named = next((value for key, value in match.groupdict().items() if value), None)
    if named:
        for platform, words in PLATFORM_WORDS.items():
            if named in words:
                return platform
    surface = match.group(0).lower()
    for noun, platform in PLATFORM_NOUNS.items():
        if noun in surface:
            return platform
    return None


def _followed_by_embed(text: str, end: int, spans: list[tuple[int, int]]) -> bool:
    """True when an embed starts right after the mention's sentence (the sentence leads in)."""
    index = bisect.bisect_left(spans, (end, -1))
    if index >= len(spans) or spans[index][0] - end > FOLLOW_WINDOW:
        return False
    gap = text[end:spans[index][0]]
    body = gap.rstrip()
    stop = _SENTENCE_END.search(body)
    if stop is None:
        return True
    # The sentence may end just before the embed ("… في تغريدة:" / "… tweet.\n<embed>").
    return not body[stop.end():].strip()


def _speaker(text: str, start: int) -> str | None:
    window = text[max(0, start - SPEAKER_WINDOW):start]
    stop = next(iter(deque(_SENTENCE_END.finditer(window), maxlen=1)), None)
    if stop is not None:
        window = window[stop.end():]
    arabic = _SPEAKER_AR_RE.search(window)
    if arabic:
        name = arabic.group(1).strip()
        return None if name.split()[0] in _NOT_SPEAKER else name
    english = _SPEAKER_EN_RE.search(window)
    return english.group(1).strip() if english else None


def inside_intervals(intervals: list[tuple[int, int]], offset: int) -> bool:
    """True when ``offset`` lies in one of the sorted, disjoint ``(start, end)`` intervals."""
    index = bisect.bisect_right(intervals, (offset, float("inf"))) - 1
    return index >= 0 and intervals[index][0] <= offset < intervals[index][1]


__all__ = ["find_mentions", "inside_intervals"]
