"""Facebook: XFBML and plugin iframes, flattened ``Posted by``, URL spellings, the HAR."""

from __future__ import annotations

from datetime import date

from bs4 import BeautifulSoup
from harcases import check_har

from provenance.model import EmbedForm
from provenance.platforms.facebook import Facebook

FB = Facebook()

# Constructed, modelled on formats.md §1.3 (Lullabot fixtures).
MARKUP = """
<div class="fb-post" data-href="https://www.facebook.com/zuck/posts/10101301165605491"
 data-width="500">
 <blockquote cite="https://www.facebook.com/zuck/posts/10101301165605491"
 class="fb-xfbml-parse-ignore">
  <p>Constructed post text.</p>Posted by <a href="https://www.facebook.com/zuck">Mark Zuckerberg</a>
  on&nbsp;<a href="https://www.facebook.com/zuck/posts/10101301165605491">Thursday, 13 March
 2014</a>
 </blockquote></div>
<iframe
 src="https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com%2FCNN%2Fvideos%2F1234567890123%2F&amp;width=500"></iframe>
<iframe
 src="https://www.facebook.com/plugins/like.php?href=https%3A%2F%2Fwww.facebook.com%2FCNN"></iframe>
<div class="fb-page" data-href="https://www.facebook.com/CNN"></div>
"""


def test_markup() -> None:
    """The XFBML post (once, not twice) and the video plugin; like/page plugins are not posts."""
    hits = list(FB.find_markup(BeautifulSoup(MARKUP, "html.parser")))
    assert [h.form for h in hits] == [EmbedForm.MARKUP, EmbedForm.RENDERED]
    post, video = hits
    assert post.ref is not None and post.ref.post_id == "10101301165605491"
    assert (post.author, post.claimed_date, post.text) == (
        "Mark Zuckerberg", date(2014, 3, 13), "Constructed post text.")
    assert video.ref is not None
    assert video.ref.url == "https://www.facebook.com/watch/?v=1234567890123"


def test_flattened() -> None:
    """``TEXT Posted by NAME on Weekday, date`` in both date orders."""
    text = ("Constructed post text. Posted by Mark Zuckerberg on Thursday, 13 March 2014\n"
            "Another post.\nPosted by Some Page on Monday, August 29, 2016\n")
    first, second = FB.find_flattened(text)
    assert (first.author, first.claimed_date, first.text) == (
        "Mark Zuckerberg", date(2014, 3, 13), "Constructed post text.")
    assert (second.author, second.claimed_date, second.text) == (
        "Some Page", date(2016, 8, 29), "Another post.")
    assert list(FB.find_flattened("The report was posted by staff on the site.")) == []


def test_canonical_forms() -> None:
    """Post, video and photo spellings each collapse to one URL."""
    posts = ["https://www.facebook.com/zuck/posts/10101301165605491",
             "https://m.facebook.com/zuck/posts/10101301165605491?ref=x",
             "https://web.facebook.com/zuck/posts/10101301165605491/"]
    assert {FB.parse_url(u).url for u in posts} == {  # type: ignore[union-attr]
        "https://www.facebook.com/zuck/posts/10101301165605491"}
    permalink = FB.parse_url("https://www.facebook.com/permalink.php?story_fbid=123456789&id=4")
    assert permalink is not None and permalink.url == "https://www.facebook.com/4/posts/123456789"
    videos = ["https://www.facebook.com/watch/?v=1234567890123",
              "https://www.facebook.com/CNN/videos/some-title/1234567890123/",
              "https://m.facebook.com/video.php?v=1234567890123",
              "https://www.facebook.com/reel/1234567890123"]
    assert {FB.parse_url(u).url for u in videos} == {  # type: ignore[union-attr]
        "https://www.facebook.com/watch/?v=1234567890123"}
    photo = FB.parse_url("https://www.facebook.com/CNN/photos/a.10150/1234567890123/")
    assert photo is not None and photo.url == "https://www.facebook.com/photo/?fbid=1234567890123"
    pfbid = FB.parse_url("https://www.facebook.com/someone/posts/pfbid02abcDEFghiJKLmnoPQRstuVWXyz12345")
    assert pfbid is not None and pfbid.post_id.startswith("pfbid")


def test_not_posts() -> None:
    """Profiles, sharers and plugins are refused."""
    for url in ["https://www.facebook.com/zuck", "https://www.facebook.com/sharer/sharer.php?u=x",
                "https://www.facebook.com/plugins/like.php?href=x", "https://www.facebook.com/",
                "https://www.facebook.com/groups/somegroup/"]:
        assert FB.parse_url(url) is None, url


def test_endpoint_kind() -> None:
    """Videos use ``oembed_video``, other posts ``oembed_post``."""
    video = FB.parse_url("https://www.facebook.com/watch/?v=1234567890123")
    post = FB.parse_url("https://www.facebook.com/zuck/posts/10101301165605491")
    assert video is not None and post is not None
    assert "/oembed_video?" in FB.endpoints(video, {})[0].url
    assert "/oembed_post?" in FB.endpoints(post, {})[0].url


def test_har_answers() -> None:
    """Live and not-found oEmbed answers read as expected."""
    check_har("facebook")


def test_read_archived() -> None:
    """An archived post page gives text and page name; the login wall gives nothing."""
    ref = FB.parse_url("https://www.facebook.com/zuck/posts/10101301165605491")
    assert ref is not None
    page = (b'<meta property="og:title" content="Mark Zuckerberg">'
            b'<meta property="og:description" content="Constructed post text.">')
    post = FB.read_archived(ref, page)
    assert post is not None and (post.text, post.author) == ("Constructed post text.",
                                                             "Mark Zuckerberg")
    wall = ('<meta property="og:title" content="Log into Facebook">'
            '<meta property="og:description" content="Log into Facebook to start sharing">')
    assert FB.read_archived(ref, wall.encode()) is None
