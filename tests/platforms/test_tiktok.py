"""TikTok: markup, player iframes, flattened ``@handle CAPTION ♬ SOUND``, URLs, the HAR."""

from __future__ import annotations

from bs4 import BeautifulSoup
from harcases import check_har

from provenance.model import EmbedForm
from provenance.platforms.tiktok import TikTok

TT = TikTok()

# Constructed, modelled on formats.md §1.4.
MARKUP = """
<blockquote class="tiktok-embed"
 cite="https://www.tiktok.com/@atribecalledval/video/7348705314746699054"
 data-video-id="7348705314746699054" data-embed-from="oembed"><section>
 <a target="_blank" title="@atribecalledval"
 href="https://www.tiktok.com/@atribecalledval?refer=embed">@atribecalledval</a>
 <p>Constructed caption <a title="fyp"
 href="https://www.tiktok.com/tag/fyp?refer=embed">#fyp</a></p>
 <a title="♬ original sound - val" href="https://www.tiktok.com/music/x">♬ original sound -
 val</a></section></blockquote>
<iframe src="https://www.tiktok.com/player/v1/6718335390845095173?autoplay=0"></iframe>
<a href="https://www.tiktok.com/@atribecalledval">profile</a>
"""


def test_markup() -> None:
    """The blockquote gives ID, handle and caption; the player iframe gives the ID."""
    block, player = TT.find_markup(BeautifulSoup(MARKUP, "html.parser"))
    assert block.form is EmbedForm.MARKUP and block.handle == "atribecalledval"
    assert block.ref is not None and block.ref.post_id == "7348705314746699054"
    assert block.text == "Constructed caption #fyp"
    assert player.form is EmbedForm.RENDERED
    assert player.ref is not None and player.ref.post_id == "6718335390845095173"


def test_flattened() -> None:
    """Handle, caption and the ♬ credit on one line make a flattened embed."""
    text = ("News.\n@atribecalledval Constructed caption #fyp ♬ original sound - val\n"
            "Email me @ home.")
    (hit,) = TT.find_flattened(text)
    assert (hit.handle, hit.text) == ("atribecalledval", "Constructed caption #fyp")
    assert text[hit.start:hit.end] == (
        "@atribecalledval Constructed caption #fyp ♬ original sound - val")
    assert list(TT.find_flattened("Contact @someone for details.")) == []


def test_urls() -> None:
    """Page, photo, embed and player URLs agree on the ID; the handle form is canonical."""
    page = TT.parse_url("https://www.tiktok.com/@Scout2015/video/6718335390845095173?lang=en")
    assert page is not None
    assert page.url == "https://www.tiktok.com/@scout2015/video/6718335390845095173"
    for url in ["https://www.tiktok.com/embed/v2/6718335390845095173",
                "https://www.tiktok.com/player/v1/6718335390845095173",
                "https://m.tiktok.com/v/6718335390845095173.html"]:
        ref = TT.parse_url(url)
        assert ref is not None and ref.post_id == "6718335390845095173", url
    for url in ["https://www.tiktok.com/@scout2015", "https://www.tiktok.com/tag/fyp",
                "https://www.tiktok.com/music/x-123", "https://vm.tiktok.com/ZMabc/"]:
        assert TT.parse_url(url) is None, url


def test_endpoint() -> None:
    """The public oEmbed, no credentials."""
    ref = TT.parse_url("https://www.tiktok.com/@scout2015/video/6718335390845095173")
    assert ref is not None and TT.requires_credentials({}) is None
    (endpoint,) = TT.endpoints(ref, {})
    assert endpoint.url.startswith("https://www.tiktok.com/oembed?url=https%3A%2F%2F")


def test_har_answers() -> None:
    """Live, not found and rate-limited answers read as expected."""
    check_har("tiktok")


def test_flattened_across_kept_line_breaks() -> None:
    """A CMS that keeps the blockquote's lines still leaves one embed."""
    text = "@atribecalledval\nCaption here #fyp\n♬ sound - artist\nNext paragraph."
    (hit,) = TT.find_flattened(text)
    assert (hit.handle, hit.text) == ("atribecalledval", "Caption here #fyp")
    assert text[hit.end - 6:hit.end] == "artist"


def test_read_archived() -> None:
    """An archived video page gives the caption; the generic site page does not."""
    ref = TT.parse_url("https://www.tiktok.com/@scout2015/video/6718335390845095173")
    assert ref is not None
    page = b'<meta property="og:description" content="Constructed caption #fyp">'
    post = TT.read_archived(ref, page)
    assert post is not None and (post.text, post.handle) == ("Constructed caption #fyp",
                                                             "scout2015")
    wall = b'<meta property="og:title" content="TikTok - Make Your Day"><meta name="description"' \
           b' content="TikTok - trends start here.">'
    assert TT.read_archived(ref, wall) is None
