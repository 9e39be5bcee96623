"""Embed and post-mention detection over the whole registry.

Articles and pages are constructed for these tests (modelled on shared/reference/quirks.md),
except the seed, which is read from shared/seed beside the repository.
"""

from __future__ import annotations

import random
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from provenance import platforms
from provenance.detect import embeds as embeds_module
from provenance.detect import mentions as mentions_module
from provenance.detect.embeds import find_embeds
from provenance.load import load_bytes, load_path
from provenance.model import EmbedForm
from provenance.platforms.base import MarkupHit, Platform, PostRef, TextHit
from tests.work import assert_linear

SEED = Path(__file__).resolve().parents[2] / ".." / "shared" / "seed" / "000_ec877a3d0b7e51c8.txt"


def _text(body: str, fmt: str = "text"):
    return find_embeds(load_bytes(body.encode("utf-8"), "t", fmt=fmt))


def test_seed_has_exactly_the_flattened_tweet() -> None:
    article = load_path(SEED)
    embeds, mentions = find_embeds(article)
    assert mentions == ()
    assert len(embeds) == 1
    embed = embeds[0]
    assert (embed.id, embed.platform, embed.form) == ("e1", "twitter", EmbedForm.FLATTENED)
    assert (embed.handle, embed.author) == ("qassimalaraji", "قاسم الاعرجي")
    assert embed.claimed_date == date(2021, 12, 9)
    assert (embed.post_id, embed.url) == (None, None)
    assert embed.text == article.text.split("\n")[5]
    assert (embed.span.line, embed.span.column, embed.span.end_line) == (6, 1, 7)


SHARE_PAGE = """<!doctype html><html><head><title>x</title></head><body>
<header class="site-header"><a href="https://twitter.com/outlet">Follow us</a>
<a href="https://x.com/outlet/status/1679189879086018562">our latest post</a></header>
<nav><a href="https://www.facebook.com/outlet">Facebook</a></nav>
<article>
<div class="share-buttons">
  <a href="https://twitter.com/intent/tweet?text=t&url=https://example.com/a">Tweet</a>
  <a href="https://twitter.com/share?url=https://example.com/a">Share</a>
  <a href="https://www.facebook.com/sharer/sharer.php?u=https://example.com/a">Share</a>
  <iframe src="https://www.facebook.com/plugins/like.php?href=https://example.com/a"></iframe>
</div>
<p>نص الخبر بلا أي منشور مضمن. تابعونا على <a href="https://twitter.com/outlet">تويتر</a>.</p>
<a class="twitter-follow-button" href="https://twitter.com/intent/follow?screen_name=outlet">Follow</a>
<div class="author-box"><a href="https://twitter.com/reporter/status/1384138850478346243">latest</a></div>
<aside class="related"><a href="https://twitter.com/other/status/1196304860653637632">related</a></aside>
</article>
<footer><a href="https://twitter.com/outlet/status/987437752164737025">pinned</a>
<p>twitter.com/outlet/status/987437752164737025</p></footer>
</body></html>"""


def test_page_full_of_share_follow_and_profile_links_has_no_embeds() -> None:
    embeds, mentions = _text(SHARE_PAGE, "html")
    assert embeds == ()
    assert mentions == ()


EMBED_PAGE = """<!doctype html><html><body><article>
<p>قال الوزير في تغريدة على حسابه في تويتر:</p>
<blockquote class="twitter-tweet"><p lang="ar" dir="rtl">نص التغريدة
<a href="https://t.co/x">pic.twitter.com/KEfcRBhp3M</a></p>&mdash; الوزير (@minister)
<a href="https://twitter.com/minister/status/1808845158160498887?ref_src=twsrc%5Etfw"
>July 4, 2024</a></blockquote>
<p>وفي رابط آخر: <a href="https://x.com/minister/status/1808845158160498887">هنا</a></p>
<div class="twitter-tweet twitter-tweet-rendered" data-tweet-id="1679189879086018562">
<iframe src="https://platform.twitter.com/embed/Tweet.html?id=1679189879086018562"></iframe></div>
</article></body></html>"""


def test_markup_link_and_rendered_embeds_in_html() -> None:
    embeds, mentions = _text(EMBED_PAGE, "html")
    assert [(e.id, e.form, e.post_id) for e in embeds] == [
        ("e1", EmbedForm.MARKUP, "1808845158160498887"),
        ("e2", EmbedForm.URL, "1808845158160498887"),
        ("e3", EmbedForm.RENDERED, "1679189879086018562"),
    ]
    markup = embeds[0]
    assert (markup.handle, markup.author, markup.lang) == ("minister", "الوزير", "ar")
    assert markup.claimed_date == date(2024, 7, 4)
    assert (markup.span.line, markup.span.column) == (3, 1)  # the blockquote's own tag
    # The lead-in sentence is followed by the embed: it introduces it, it is no mere mention.
    assert mentions == ()


def test_bare_urls_in_text_and_markdown() -> None:
    body = ("أولا https://twitter.com/jack/status/20، ثم [رابط](https://x.com/jack/status/20).\n"
            "ليس منشورا: https://pic.twitter.com/abc و https://t.co/xyz\n")
    embeds, _ = _text(body, "markdown")
    assert [(e.form, e.post_id, e.url) for e in embeds] == [
        (EmbedForm.URL, "20", "https://twitter.com/jack/status/20"),
        (EmbedForm.URL, "20", "https://twitter.com/jack/status/20"),
    ]
    assert embeds[0].span.column == 6 and body[embeds[0].span.start:embeds[0].span.end] == (
        "https://twitter.com/jack/status/20")


def test_url_inside_flattened_embed_is_part_of_it() -> None:
    body = ("نص التغريدة https://twitter.com/aaa/status/987437752164737025\n"
            "— الاسم (@aaa) April 20, 2018\n")
    embeds, _ = _text(body)
    assert len(embeds) == 1
    assert embeds[0].form is EmbedForm.FLATTENED
    assert embeds[0].post_id == "987437752164737025"


def test_flattened_text_of_an_html_blockquote_is_not_a_second_embed() -> None:
    embeds, _ = _text(EMBED_PAGE.replace('<div class="twitter-tweet twitter-tweet-rendered"', "<div"
                                         ).replace("data-tweet-id", "data-x"), "html")
    assert [e.form for e in embeds] == [EmbedForm.MARKUP, EmbedForm.URL, EmbedForm.RENDERED]


def test_mentions_arabic_and_english() -> None:
    body = ("وقال الأعرجي في تغريدة إن الحوار انتهى.\n"
            "وأكد الوزير عبر حسابه على منصة إكس أن الاجتماع عقد.\n"
            "ونشر المتحدث في منشور على فيسبوك صورا.\n"
            "The minister said in a tweet that talks ended.\n"
            "Smith wrote on X that it was over.\n"
            "She said in a post on Instagram that she agreed.\n"
            "لا ذكر هنا لأي منصة.\n")
    embeds, mentions = _text(body)
    assert embeds == ()
    assert [(m.id, m.platform) for m in mentions] == [
        ("m1", "twitter"), ("m2", "twitter"), ("m3", "facebook"), ("m4", "twitter"),
        ("m5", "twitter"), ("m6", "instagram"),
    ]
    assert mentions[0].surface == "في تغريدة"
    assert mentions[0].speaker == "الأعرجي"
    assert mentions[1].speaker == "الوزير"
    assert mentions[0].span.line == 1 and mentions[2].span.line == 3
    assert mentions[4].speaker == "Smith"


def test_mention_followed_by_flattened_embed_belongs_to_it() -> None:
    body = ("وكتب الأعرجي في تغريدة:\nانتهت المهام القتالية\n"
            "— قاسم الاعرجي (@qassimalaraji) December 9, 2021\n")
    embeds, mentions = _text(body)
    assert len(embeds) == 1 and embeds[0].text == "انتهت المهام القتالية"
    assert mentions == ()


def test_mention_far_from_an_embed_stays_a_mention() -> None:
    body = ("وقال في تغريدة سابقة إن الأمر انتهى. ثم تحدث عن أمور أخرى كثيرة.\n"
            "نص آخر\n— الاسم (@aaa) April 20, 2018\n")
    embeds, mentions = _text(body)
    assert len(embeds) == 1 and len(mentions) == 1


def test_same_post_at_two_places_is_two_embeds() -> None:
    body = "https://twitter.com/jack/status/20\nكلام\nhttps://x.com/jack/status/20?s=20\n"
    embeds, _ = _text(body)
    assert [e.id for e in embeds] == ["e1", "e2"]
    assert {e.url for e in embeds} == {"https://twitter.com/jack/status/20"}


class _Fake(Platform):
    """A made-up platform: proves embeds.py needs no platform knowledge."""

    name = "fake"
    hosts = frozenset({"fake.example"})

    def parse_url(self, url: str) -> PostRef | None:
        match = re.match(r"(?:https?:)?//fake\.example/p/([0-9]+)$", url)
        if not match:
            return None
        return PostRef("fake", match.group(1), f"https://fake.example/p/{match.group(1)}")

    def find_markup(self, tree: Any) -> list[MarkupHit]:
        return [MarkupHit(frame, EmbedForm.RENDERED, self.parse_url(frame["src"]))
                for frame in tree.find_all("iframe", src=re.compile("fake"))]

    def find_flattened(self, text: str) -> list[TextHit]:
        return [TextHit(m.start(), m.end(), "someone", None, None, m.group(1))
                for m in re.finditer(r"FAKEPOST\(([^)]{1,50})\)", text)]


def test_registry_platforms_need_no_change_here(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(platforms, "REGISTRY", (*platforms.REGISTRY, _Fake()))
    html = """<html><body><article><p>مقدمة</p>
<iframe src="https://fake.example/p/1"></iframe>
<iframe src="//fake.example/p/2"></iframe>
<p>FAKEPOST(hello) ثم https://fake.example/p/3</p>
<footer><a href="https://fake.example/p/4">x</a></footer>
</article></body></html>"""
    embeds, _ = _text(html, "html")
    assert [(e.id, e.platform, e.form, e.post_id) for e in embeds] == [
        ("e1", "fake", EmbedForm.RENDERED, "1"),
        ("e2", "fake", EmbedForm.RENDERED, "2"),
        ("e3", "fake", EmbedForm.FLATTENED, None),
        ("e4", "fake", EmbedForm.URL, "3"),
    ]
    assert [e.span.line for e in embeds] == [2, 3, 4, 4]
    assert embeds[2].text == "hello"


def test_embed_detection_on_adversarial_text_finds_footers_in_linear_work() -> None:
    pieces = ["(@", "—", "--", '"', "(@a)", "— x (@a) ", "(@abc) May 5, 2014 ", "«", "-",
              "في تغريدة ", "https://twitter.com/a/status/1 ", "twitter.com/", "a." * 5]

    def hostile(size: int) -> str:
        return "".join(pieces[i % len(pieces)] for i in range(size // 5))[:size]

    embeds, _ = _text(hostile(200_000))
    assert any(e.form is EmbedForm.FLATTENED for e in embeds)
    assert_linear(lambda size: _text(hostile(size)), 20_000)


def test_footer_of_a_textless_blockquote_is_not_a_second_embed() -> None:
    html = ("<html><body><p>فقرة قبل التغريدة.</p><blockquote class=\"twitter-tweet\">"
            "&mdash; A (@aaa) <a href=\"https://twitter.com/aaa/status/20\">May 5, 2014</a>"
            "</blockquote></body></html>")
    embeds, _ = _text(html, "html")
    assert [(e.form, e.post_id) for e in embeds] == [(EmbedForm.MARKUP, "20")]


def test_mentions_near_keywords_equal_a_whole_text_search() -> None:
    pieces = ["و", "في", "خلال", "عبر", "ب", "على", " ", "   ", "\n", "ال", "تغريدة", "تغريدات",
              "له", "حسابه", "الرسمي", "منصة", "تويتر", "إكس", "منشور", "مقطع فيديو", "غرد", "غرّد",
              "قال", "via", "in", "an", "a", "tweet", "tweeted", "post", "posted", "story",
              "on", "his", "Instagram", "said", "x", ".", "pos"]
    rng = random.Random(5)
    found = 0
    for _ in range(6000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        expected = [m.span() for m in mentions_module._MENTION_RE.finditer(text)]
        assert [m.span() for m in mentions_module._mention_matches(text)] == expected, text
        found += len(expected)
    assert found > 150  # the strings do hold mentions
    # the farthest a keyword can stand from the mention's start
    for text in ("وخلال   التغريدة", "x via   an   tweet", "وعلى   حسابه في تويتر",
                 "وعبر   المنشور على فيسبوك"):
        assert [m.span() for m in mentions_module._mention_matches(text)] == [
            m.span() for m in mentions_module._MENTION_RE.finditer(text)] != []


def test_url_candidates_equal_a_match_by_match_walk() -> None:
    def plain(text: str) -> list[Any]:
        found = []
        for match in embeds_module._URL_RE.finditer(text):
            url = match.group(0).rstrip(embeds_module._TRAILING_PUNCTUATION)
            ref = platforms.parse_post_url(url)
            if ref is not None:
                found.append((match.start(), match.start() + len(url), ref))
        return found

    pieces = ["twitter.com", "x.com", "/jane/status/", "1469000000000000000", "pic.twitter.com",
              "/x", ".", ":8080", "https://", "//", " ", "@", "a", "-", "t.co/", ")", ".com",
              "https://t.me/channel/", "12", "bsky.app/profile/jane.bsky.social/post/3k", "،"]
    rng = random.Random(7)
    found = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        got = [(c.start, c.end, c.ref)
               for c in embeds_module._text_url_candidates(text, platforms.parse_post_url)]
        assert got == plain(text), text
        found += len(got)
    assert found > 100
    for text in ("x.com:443/jane/status/1469000000000000000", "t.me/channel/12 ."):
        got = [(c.start, c.end, c.ref)
               for c in embeds_module._text_url_candidates(text, platforms.parse_post_url)]
        assert got == plain(text) != [], text


def test_a_footer_date_with_an_arabic_comma_is_read() -> None:
    """``July 21، 2014``: Arabic pages put their own comma in an English date (seen in a sample)."""
    text = "نص التغريدة هنا كما نشرت.\n— افيخاي ادرعي (@AvichayAdraee) July 21، 2014\n"
    embeds, _ = _text(text)
    assert [(e.handle, e.claimed_date) for e in embeds] == [("AvichayAdraee", date(2014, 7, 21))]
