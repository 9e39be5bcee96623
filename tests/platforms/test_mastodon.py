"""Mastodon: embed blockquote and iframe, flattened footers, instance-local IDs, the HAR."""

from __future__ import annotations

from datetime import date

from bs4 import BeautifulSoup
from harcases import check_har

from provenance.model import EmbedForm
from provenance.platforms.mastodon import Mastodon

MA = Mastodon()

# Constructed, modelled on formats.md §1.8 (oEmbed serializer and the old iframe).
MARKUP = """
<blockquote class="mastodon-embed"
 data-embed-url="https://mastodon.social/@Gargron/103270115826048975/embed">
 <a href="https://mastodon.social/@Gargron/103270115826048975" target="_blank">
 <div>Post by @Gargron@mastodon.social</div><div>View on Mastodon</div></a></blockquote>
<script data-allowed-prefixes="https://mastodon.social/" async
 src="https://mastodon.social/embed.js"></script>
<iframe src="https://fosstodon.org/@someone/108307448501709873/embed"
 class="mastodon-embed"></iframe>
<iframe src="https://example-news.com/@author/12345/embed"></iframe>
"""


def test_markup() -> None:
    """Blockquote and iframe are found; a short ID on an unknown host is not taken."""
    block, iframe = MA.find_markup(BeautifulSoup(MARKUP, "html.parser"))
    assert block.form is EmbedForm.MARKUP and block.handle == "Gargron@mastodon.social"
    assert block.ref is not None
    assert block.ref.url == "https://mastodon.social/@gargron/103270115826048975"
    assert iframe.form is EmbedForm.RENDERED and iframe.ref is not None
    assert iframe.ref.url == "https://fosstodon.org/@someone/108307448501709873"


def test_flattened() -> None:
    """``Post by @user@host View on Mastodon`` and the copy-paste footer with a date."""
    text = ("Post by @Gargron@mastodon.social View on Mastodon\n"
            "Constructed toot text\n— Some One (@someone@fosstodon.org) May 16, 2022\n")
    first, second = MA.find_flattened(text)
    assert first.handle == "Gargron@mastodon.social"
    assert (second.handle, second.author, second.claimed_date, second.text) == (
        "someone@fosstodon.org", "Some One", date(2022, 5, 16), "Constructed toot text")


def test_spellings_keep_the_instance() -> None:
    """``/@user/<id>``, ``/users/<u>/statuses/<id>``, ``/web/…`` agree; other servers differ."""
    same = ["https://mastodon.social/@Gargron/103270115826048975",
            "https://mastodon.social/users/Gargron/statuses/103270115826048975",
            "https://mastodon.social/web/@Gargron/103270115826048975",
            "https://mastodon.social/@gargron/103270115826048975/embed"]
    assert {MA.parse_url(u).url for u in same} == {  # type: ignore[union-attr]
        "https://mastodon.social/@gargron/103270115826048975"}
    remote = MA.parse_url("https://fosstodon.org/@Gargron@mastodon.social/109000000000000000")
    assert remote is not None and remote.handle == "gargron@mastodon.social"
    assert remote.url == "https://fosstodon.org/@gargron@mastodon.social/109000000000000000"
    unknown = MA.parse_url("https://small.example/@me/110000000000000000")
    assert unknown is not None and unknown.url.startswith("https://small.example/")


def test_not_statuses() -> None:
    """Profiles, short IDs on unknown hosts and other platforms' paths are refused."""
    for url in ["https://mastodon.social/@Gargron", "https://example-news.com/@author/12345",
                "https://medium.com/@someone/123456789012345678",
                "https://www.threads.net/@someone/123456789012345678"]:
        assert MA.parse_url(url) is None, url


def test_endpoint_on_origin_instance() -> None:
    """The status API is asked on the server that issued the ID."""
    ref = MA.parse_url("https://fosstodon.org/@someone/108307448501709873")
    assert ref is not None
    (endpoint,) = MA.endpoints(ref, {})
    assert endpoint.url == "https://fosstodon.org/api/v1/statuses/108307448501709873"
    assert "mastodon.social" in MA.hosts


def test_har_answers() -> None:
    """Live, 404, 401 and 429 answers read as expected."""
    check_har("mastodon")


def test_read_archived() -> None:
    """An archived status page or API answer is read; another status's answer is not."""
    ref = MA.parse_url("https://mastodon.social/@Gargron/103270115826048975")
    assert ref is not None
    page = (b'<meta property="og:title" content="Eugen Rochko (@Gargron@mastodon.social)">'
            b'<meta property="og:description" content="Constructed status text">'
            b'<meta property="og:published_time" content="2019-12-08T03:48:33.901Z">')
    post = MA.read_archived(ref, page)
    assert post is not None and (post.text, post.handle, post.author) == (
        "Constructed status text", "Gargron@mastodon.social", "Eugen Rochko")
    api = (b'{"id":"103270115826048975","content":"<p>From the API</p>",'
           b'"account":{"acct":"Gargron"}}')
    post = MA.read_archived(ref, api)
    assert post is not None and post.text == "From the API"
    assert MA.read_archived(ref, b'{"id":"1","content":"other"}') is None
