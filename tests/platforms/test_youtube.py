"""YouTube: player iframes in every spelling, URL canonicalisation, oEmbed failure shapes."""

from __future__ import annotations

from bs4 import BeautifulSoup
from harcases import check_har

from provenance.model import EmbedForm, Status
from provenance.platforms.base import Endpoint
from provenance.platforms.youtube import YouTube

YT = YouTube()
CANONICAL = "https://www.youtube.com/watch?v=dQw4w9WgXcQ"

# Constructed, modelled on formats.md §1.5 and quirks.md (protocol-relative sources).
MARKUP = """
<iframe width="560" src="//www.youtube.com/embed/dQw4w9WgXcQ?feature=oembed"
 title="Constructed title"></iframe>
<iframe data-src="https://www.youtube-nocookie.com/embed/aaaaaaaaaaa"
 title="YouTube video player"></iframe>
<iframe src="https://www.youtube.com/embed/videoseries?list=PL123"></iframe>
<iframe src="https://www.youtube.com/subscribe_widget?channel=x"></iframe>
"""


def test_markup() -> None:
    """Video iframes are found (lazy and protocol-relative); playlists and widgets are not."""
    hits = list(YT.find_markup(BeautifulSoup(MARKUP, "html.parser")))
    assert [h.ref.post_id for h in hits if h.ref] == ["dQw4w9WgXcQ", "aaaaaaaaaaa"]
    assert all(h.form is EmbedForm.RENDERED for h in hits)
    assert [h.text for h in hits] == ["Constructed title", None]


def test_every_spelling_is_one_video() -> None:
    """watch, youtu.be, embed (even malformed), shorts, live, /v/, mobile, old user pages."""
    spellings = [
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=15", "youtu.be/dQw4w9WgXcQ?si=x",
        "https://www.youtube.com/embed/dQw4w9WgXcQ?autoplay=1",
        "//www.youtube.com/embed/dQw4w9WgXcQ#t=15",
        "https://www.youtube.com/embed/dQw4w9WgXcQ&amp;t=15", "https://www.youtube.com/shorts/dQw4w9WgXcQ",
        "https://www.youtube.com/live/dQw4w9WgXcQ?feature=share", "https://www.youtube.com/v/dQw4w9WgXcQ",
        "https://m.youtube.com/watch?v=dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
        "https://www.youtube.com/user/name#p/u/11/dQw4w9WgXcQ",
        "https://www.youtube.com/attribution_link?u=/watch%3Fv%3DdQw4w9WgXcQ%26feature%3Dshare",
    ]
    for url in spellings:
        ref = YT.parse_url(url)
        assert ref is not None and ref.url == CANONICAL, url


def test_not_videos() -> None:
    """Channels, handles, playlists and short IDs are refused."""
    for url in ["https://www.youtube.com/@handle", "https://www.youtube.com/channel/UC123",
                "https://www.youtube.com/playlist?list=PL1", "https://www.youtube.com/watch?v=short",
                "https://www.youtube.com/user/name", "https://example.com/watch?v=dQw4w9WgXcQ"]:
        assert YT.parse_url(url) is None, url


def test_id_carries_no_time_and_endpoint() -> None:
    """No time in IDs; the oEmbed asks for JSON about the canonical URL."""
    assert YT.id_time("dQw4w9WgXcQ").time is None
    ref = YT.parse_url(CANONICAL)
    assert ref is not None
    (endpoint,) = YT.endpoints(ref, {})
    assert endpoint.url == ("https://www.youtube.com/oembed?url=https%3A%2F%2Fwww.youtube.com"
                            "%2Fwatch%3Fv%3DdQw4w9WgXcQ&format=json")


def test_401_is_not_deleted() -> None:
    """Embedding disabled means the video exists: live, but not decisive."""
    ref = YT.parse_url(CANONICAL)
    assert ref is not None
    reading = YT.read(Endpoint("oembed", "u"), ref, 401, {}, b"Unauthorized")
    assert reading.status is Status.LIVE and not reading.decisive and reading.post is None


def test_har_answers() -> None:
    """Live, embedding-disabled, 404 and 200-Forbidden answers read as expected."""
    check_har("youtube")


def test_read_archived() -> None:
    """An archived watch page gives title, channel and date; an unavailable one gives nothing."""
    ref = YT.parse_url(CANONICAL)
    assert ref is not None
    page = ('<meta property="og:title" content="Constructed video title">'
            '<meta itemprop="datePublished" content="2009-10-25T00:00:00-07:00">'
            '<span itemprop="author"><link itemprop="name" content="Constructed Channel"></span>')
    post = YT.read_archived(ref, page.encode())
    assert post is not None
    assert (post.text, post.author) == ("Constructed video title", "Constructed Channel")
    assert post.created_at is not None
    assert post.created_at.isoformat() == "2009-10-25T07:00:00+00:00"
    assert YT.read_archived(ref, b'<meta property="og:title" content="YouTube">') is None
