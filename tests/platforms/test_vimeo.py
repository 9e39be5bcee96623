"""Vimeo: player iframes, URL spellings (unlisted hashes kept), oEmbed answers."""

from __future__ import annotations

from datetime import UTC, datetime

from bs4 import BeautifulSoup
from harcases import check_har, entries, read_entry

from provenance.model import EmbedForm
from provenance.platforms.vimeo import Vimeo

VM = Vimeo()


def test_markup() -> None:
    """The player iframe is found with its title; a profile link is not."""
    html = ('<iframe src="https://player.vimeo.com/video/76979871?h=8272103f6e&badge=0" '
            'title="Constructed"></iframe><a href="https://vimeo.com/someone">x</a>')
    (hit,) = VM.find_markup(BeautifulSoup(html, "html.parser"))
    assert hit.form is EmbedForm.RENDERED and hit.text == "Constructed"
    assert hit.ref is not None and hit.ref.url == "https://vimeo.com/76979871/8272103f6e"


def test_urls() -> None:
    """Page, channel, showcase and player spellings give one ID."""
    for url in ["https://vimeo.com/76979871", "https://www.vimeo.com/76979871#t=10",
                "https://vimeo.com/channels/staffpicks/76979871",
                "https://vimeo.com/showcase/123/video/76979871",
                "https://player.vimeo.com/video/76979871"]:
        ref = VM.parse_url(url)
        assert ref is not None and (ref.post_id, ref.url) == (
            "76979871", "https://vimeo.com/76979871"), url
    for url in ["https://vimeo.com/someone", "https://vimeo.com/channels/staffpicks",
                "https://vimeo.com/"]:
        assert VM.parse_url(url) is None, url


def test_har_answers() -> None:
    """Live, private and missing answers read as expected; upload_date becomes created_at."""
    check_har("vimeo")
    live = read_entry("vimeo", entries("vimeo")[0])
    assert live.post is not None
    assert live.post.created_at == datetime(2013, 10, 15, 14, 8, 29, tzinfo=UTC)


def test_read_archived() -> None:
    """An archived video page gives its title; the bare site title does not."""
    ref = VM.parse_url("https://vimeo.com/76979871")
    assert ref is not None
    post = VM.read_archived(ref, b'<meta property="og:title" content="Constructed Vimeo title">')
    assert post is not None and post.text == "Constructed Vimeo title"
    assert VM.read_archived(ref, b'<meta property="og:title" content="Vimeo">') is None
