"""Embedded posts and post mentions, for every platform in the registry.

This module knows no platform: it asks each registered platform for markup embeds (HTML only)
and flattened footers, and asks the registry which URLs in links, iframes and the text are post
URLs. It then keeps one embed per place (markup beats a flattened footer, which beats a bare
URL inside it), drops page furniture (share and follow buttons, header, navigation, footer,
related-stories and author boxes), and finds posts that are only mentioned ("في تغريدة",
"said in a tweet"). Mention words are the one vocabulary kept here, in the tables below.
"""

from __future__ import annotations

import bisect
import re
from collections import deque
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from provenance.model import Article, Embed, EmbedForm, PostMention, Span
from provenance.platforms.base import PostRef

#: Elements whose links are page furniture, never the article's embeds.
FURNITURE_TAGS = frozenset({"header", "nav", "footer", "aside", "menu"})
#: Class/id words that mark furniture (matched as whole ``-``/``_``-separated words).
FURNITURE_WORDS = frozenset({
    "share", "sharing", "sharer", "social", "follow", "footer", "header", "related", "author",
    "byline", "nav", "navbar", "menu", "sidebar", "comments", "comment", "newsletter", "breadcrumb",
    "masthead", "widget", "like", "likes",
})
#: The stricter set used for markup embeds, which CMSs often wrap in ``social-embed`` boxes.
MARKUP_FURNITURE_WORDS = frozenset({"footer", "header", "nav", "related", "sidebar", "share",
                                    "follow", "menu"})
#: Elements that never hold a markup embed of the article (asides often do).
MARKUP_FURNITURE_TAGS = frozenset({"header", "nav", "footer"})
#: Link-bearing attributes read on each element kind.
LINK_ATTRIBUTES = {"a": ("href",), "iframe": ("src", "data-src"), "embed": ("src",)}
#: A URL in running text, with or without a scheme (bounded: no unbounded repetition). The
#: lookahead passes over Arabic text before the look-behind is tried.
_URL_RE = re.compile(
    r"(?=[A-Za-z0-9/-])(?<![A-Za-z0-9@./_-])(?:https?://|//)?"
    r"(?:[A-Za-z0-9-]{1,63}\.){1,8}[A-Za-z]{2,24}"
    r"(?::[0-9]{1,5})?/[^\s<>\"'«»()\[\]{}]{0,2000}"
)
_TRAILING_PUNCTUATION = ".,;:!?،؛…'\"”’»)]}"
_WORD_SPLIT = re.compile(r"[\s_-]+")

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


@dataclass(frozen=True, slots=True)
class _Candidate:
    """One embed before deduplication."""

    start: int
    """Start offset in the text."""
    end: int
    """End offset in the text."""
    rank: int
    """0 markup/rendered, 1 flattened, 2 link element, 3 bare URL: lower wins a place."""
    platform: str
    """Registry name."""
    form: EmbedForm
    """How it survived."""
    ref: PostRef | None = None
    """The post, when known."""
    handle: str | None = None
    """Handle."""
    author: str | None = None
    """Display name."""
    claimed_date: date | None = None
    """Footer date."""
    text: str | None = None
    """Post text."""
    lang: str | None = None
    """Declared language."""
    claimed_time: str | None = None
    """Footer time of day."""
    element: Any = None
    """The element, for HTML candidates."""


def find_embeds(article: Article) -> tuple[tuple[Embed, ...], tuple[PostMention, ...]]:
    """Find the article's embedded posts and its mere post mentions, each in text order."""
    # Imported here: platform modules use provenance.detect.datetext, so a module-level import
    # of the registry would make the two packages import each other.
    from provenance import platforms

    furniture = _furniture_intervals(article)
    candidates: list[_Candidate] = []
    for platform in platforms.REGISTRY:
        if article.tree is not None:
            for hit in platform.find_markup(article.tree):
                span = article.element_spans.get(id(hit.element))
                furniture_words, furniture_tags = MARKUP_FURNITURE_WORDS, MARKUP_FURNITURE_TAGS
                if span is None or _is_furniture(hit.element, furniture_words, furniture_tags):
                    continue
                candidates.append(_Candidate(
                    span[0], span[1], 0, platform.name, hit.form, hit.ref, hit.handle or
                    (hit.ref.handle if hit.ref else None), hit.author, hit.claimed_date,
                    hit.text, hit.lang, hit.claimed_time, hit.element))
        for found in platform.find_flattened(article.text):
            if not _inside_intervals(furniture, max(found.start, found.end - 1)):
                candidates.append(_Candidate(
                    found.start, found.end, 1, platform.name, EmbedForm.FLATTENED, found.ref,
                    found.handle, found.author, found.claimed_date, found.text,
                    claimed_time=found.claimed_time))
    candidates.extend(_link_candidates(article, platforms.parse_post_url))
    candidates.extend(c for c in _text_url_candidates(article.text, platforms.parse_post_url)
                      if not _inside_intervals(furniture, c.start))
    kept = sorted(_dedupe(candidates), key=_order)
    embeds = tuple(_to_embed(article, f"e{i}", c) for i, c in enumerate(kept, start=1))
    mentions = _find_mentions(article, embeds, furniture)
    return embeds, mentions


# ---------------------------------------------------------------------- candidates


def _link_candidates(article: Article, parse: Any) -> list[_Candidate]:
    if article.tree is None:
        return []
    found = []
    for element in article.tree.find_all(list(LINK_ATTRIBUTES)):
        for attribute in LINK_ATTRIBUTES[element.name]:
            value = element.get(attribute)
            ref = parse(str(value)) if value else None
            if ref is None:
                continue
            span = article.element_spans.get(id(element))
            if span is not None and not _is_furniture(element, FURNITURE_WORDS, FURNITURE_TAGS):
                form = EmbedForm.RENDERED if element.name != "a" else EmbedForm.URL
                found.append(_Candidate(span[0], span[1], 2, ref.platform, form, ref, ref.handle,
                                        element=element))
            break
    return found


def _text_url_candidates(text: str, parse: Any) -> list[_Candidate]:
    found = []
    refs: dict[str, PostRef | None] = {}  # a page repeats its links; each costs every platform
    for match in _URL_RE.finditer(text):
        url = match.group(0).rstrip(_TRAILING_PUNCTUATION)
        if url not in refs:
            refs[url] = parse(url)
        ref = refs[url]
        if ref is not None:
            start = match.start()
            found.append(_Candidate(start, start + len(url), 3, ref.platform, EmbedForm.URL, ref,
                                    ref.handle))
    return found


def _dedupe(candidates: list[_Candidate]) -> list[_Candidate]:
    """One embed per place: a lower-ranked hit inside a kept one is part of it."""
    kept: list[_Candidate] = []
    starts: list[tuple[int, int]] = []  # (start, index into kept) of text hits, sorted
    by_element: dict[int, int] = {}  # id(element) → index into kept
    for candidate in sorted(candidates, key=lambda c: (c.rank, c.start)):
        holder = _holder(candidate, kept, starts, by_element)
        if holder is None:
            if candidate.element is not None:
                by_element.setdefault(id(candidate.element), len(kept))
            bisect.insort(starts, (candidate.start, len(kept)))
            kept.append(candidate)
        elif _enriches(kept[holder], candidate):
            kept[holder] = replace(kept[holder], ref=candidate.ref)
    return kept


def _holder(candidate: _Candidate, kept: list[_Candidate], starts: list[tuple[int, int]],
            by_element: dict[int, int]) -> int | None:
    """Index of the kept candidate that already holds this place, if any."""
    if candidate.element is not None:
        for node in (candidate.element, *candidate.element.parents):
            if id(node) in by_element:
                return by_element[id(node)]
    last = max(candidate.start, candidate.end - 1)
    at = bisect.bisect_right(starts, (last, len(kept)))
    for _, index in reversed(starts[max(0, at - 2):at]):
        if _contains(kept[index], candidate):
            return index
    return None


def _order(candidate: _Candidate) -> tuple[int, int, int, int]:
    """Text order; elements at the same offset (empty iframes) in source order."""
    element = candidate.element
    line = getattr(element, "sourceline", None) or 0
    pos = getattr(element, "sourcepos", None) or 0
    return (candidate.start, line, pos, candidate.rank)


def _contains(outer: _Candidate, inner: _Candidate) -> bool:
    """Same place: the inner hit ends inside the outer one's (non-empty) text.

    The end decides because a footer found in a blockquote's text may reach back for its
    post text to the paragraph before the blockquote.
    """
    if outer.element is not None and inner.element is not None:
        return False  # elements are compared by identity in _holder
    last = max(inner.start, inner.end - 1)
    return outer.start <= last < outer.end and outer.start <= inner.end


def _enriches(holder: _Candidate, inner: _Candidate) -> bool:
    """A post URL inside a flattened embed names that embed's post when the handles agree."""
    if holder.ref is not None or inner.ref is None or holder.platform != inner.platform:
        return False
    return bool(holder.handle and inner.ref.handle
                and holder.handle.lower() == inner.ref.handle.lower())


def _to_embed(article: Article, embed_id: str, c: _Candidate) -> Embed:
    ref = c.ref
    return Embed(
        id=embed_id, platform=c.platform, form=c.form, post_id=ref.post_id if ref else None,
        url=ref.url if ref else None, handle=c.handle or (ref.handle if ref else None),
        author=c.author, claimed_date=c.claimed_date, text=c.text,
        span=element_span(article, c.start, c.end, c.element), lang=c.lang,
        claimed_time=c.claimed_time,
    )


def element_span(article: Article, start: int, end: int, element: Any = None) -> Span:
    """``article.span(start, end)``, but starting at the element's own tag when there is one."""
    span = article.span(start, end)
    line, pos = getattr(element, "sourceline", None), getattr(element, "sourcepos", None)
    if line is None or pos is None:
        return span
    return replace(span, line=line, column=pos + 1)


# ---------------------------------------------------------------------- furniture


def _is_furniture(element: Any, words: frozenset[str], tags: frozenset[str]) -> bool:
    """True when the element or an ancestor is page furniture (header, share box …)."""
    node = element
    while node is not None and getattr(node, "name", None) not in (None, "[document]", "body"):
        if node.name in tags or _names_furniture(node, words):
            return True
        node = node.parent
    return False


def _names_furniture(node: Any, words: frozenset[str]) -> bool:
    labels: list[str] = []
    for attribute in ("class", "rel"):
        value = node.get(attribute) or []
        labels.extend(value if isinstance(value, list) else [str(value)])
    labels.append(str(node.get("id") or ""))
    return any(word in words for label in labels for word in _WORD_SPLIT.split(label.lower()))


def _furniture_intervals(article: Article) -> list[tuple[int, int]]:
    """Merged text intervals of furniture elements (for hits found in the flat text)."""
    if article.tree is None:
        return []
    intervals = sorted(
        span for element in article.tree.find_all(True)
        if (element.name in FURNITURE_TAGS or _names_furniture(element, FURNITURE_WORDS))
        and (span := article.element_spans.get(id(element))) and span[1] > span[0]
    )
    merged: list[tuple[int, int]] = []
    for start, end in intervals:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _inside_intervals(intervals: list[tuple[int, int]], offset: int) -> bool:
    index = bisect.bisect_right(intervals, (offset, float("inf"))) - 1
    return index >= 0 and intervals[index][0] <= offset < intervals[index][1]


# ---------------------------------------------------------------------- mentions


def _find_mentions(article: Article, embeds: tuple[Embed, ...],
                   furniture: list[tuple[int, int]]) -> tuple[PostMention, ...]:
    text = article.text
    embed_spans = sorted((e.span.start, e.span.end) for e in embeds)
    mentions: list[PostMention] = []
    for match in _MENTION_RE.finditer(text):
        start, end = match.start(), match.end()
        if _inside_intervals(embed_spans, start) or _inside_intervals(furniture, start):
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


__all__ = ["element_span", "find_embeds"]
