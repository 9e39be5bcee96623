"""Dailymotion: classic and geo player iframes, URL spellings, oEmbed answers."""

from __future__ import annotations

from bs4 import BeautifulSoup
from harcases import check_har

from provenance.model import EmbedForm
from provenance.platforms.dailymotion import Dailymotion

DM = Dailymotion()


def test_markup() -> None:
    """Classic and new (geo) players are found."""
    html = ('<iframe src="//www.dailymotion.com/embed/video/x8abc12?autoplay=1"></iframe>'
            '<iframe src="https://geo.dailymotion.com/player/xabc.html?video=x7tgad0"></iframe>'
            '<iframe src="https://geo.dailymotion.com/player/xabc.html?playlist=x6"></iframe>')
    hits = list(DM.find_markup(BeautifulSoup(html, "html.parser")))
    assert [h.ref.post_id for h in hits if h.ref] == ["x8abc12", "x7tgad0"]
    assert all(h.form is EmbedForm.RENDERED for h in hits)


def test_urls() -> None:
    """Video page with slug, short link and embed give one canonical URL."""
    for url in ["https://www.dailymotion.com/video/x8abc12_some-slug", "https://dai.ly/x8abc12",
                "https://www.dailymotion.com/embed/video/x8abc12"]:
        ref = DM.parse_url(url)
        assert ref is not None and ref.url == "https://www.dailymotion.com/video/x8abc12", url
    for url in ["https://www.dailymotion.com/someuser", "https://www.dailymotion.com/video/"]:
        assert DM.parse_url(url) is None, url


def test_har_answers() -> None:
    """Live, missing and private answers read as expected."""
    check_har("dailymotion")


def test_read_archived() -> None:
    """An archived video page gives its title; an error page does not."""
    ref = DM.parse_url("https://dai.ly/x8abc12")
    assert ref is not None
    post = DM.read_archived(ref, b'<meta property="og:title" content="Constructed title">')
    assert post is not None and post.text == "Constructed title"
    assert DM.read_archived(ref, b"<title>Page not found</title>") is None
