"""Threads: markup, flattened footer, both domains, shortcode time, token gating, the HAR."""

from __future__ import annotations

from bs4 import BeautifulSoup
from harcases import check_har

from provenance.model import EmbedForm
from provenance.platforms.threads import Threads

TH = Threads()

# Constructed, modelled on formats.md §1.9.
MARKUP = """
<blockquote class="text-post-media"
 data-text-post-permalink="https://www.threads.net/@timoliver/post/Cyh2ZNprQO2"
 data-text-post-version="0" id="ig-tp-Cyh2ZNprQO2"><a
 href="https://www.threads.net/@timoliver/post/Cyh2ZNprQO2">
 <div> Post by @timoliver</div><div> View on Threads</div></a></blockquote>
<script async src="https://www.threads.net/embed.js"></script>
<a href="https://www.threads.net/@timoliver">profile</a>
"""


def test_markup() -> None:
    """The fallback blockquote gives the post and handle."""
    (hit,) = TH.find_markup(BeautifulSoup(MARKUP, "html.parser"))
    assert hit.form is EmbedForm.MARKUP and hit.handle == "timoliver"
    assert hit.ref is not None
    assert hit.ref.url == "https://www.threads.com/@timoliver/post/Cyh2ZNprQO2"


def test_flattened() -> None:
    """``Post by @handle View on Threads`` is found; Mastodon's footer is not Threads'."""
    text = ("Before.\nPost by @timoliver View on Threads\n"
            "Post by @a@mastodon.social View on Mastodon")
    (hit,) = TH.find_flattened(text)
    assert hit.handle == "timoliver" and text[hit.start:hit.end].endswith("View on Threads")


def test_both_domains_are_one_post() -> None:
    """threads.net, threads.com and upper-case handles canonicalise together."""
    urls = ["https://www.threads.net/@timoliver/post/Cyh2ZNprQO2",
            "https://threads.com/@TimOliver/post/Cyh2ZNprQO2?xmt=abc",
            "https://www.threads.com/@timoliver/post/Cyh2ZNprQO2/media"]
    assert {TH.parse_url(u).url for u in urls if TH.parse_url(u)} == {  # type: ignore[union-attr]
        "https://www.threads.com/@timoliver/post/Cyh2ZNprQO2"}
    short = TH.parse_url("https://www.threads.net/t/Cyh2ZNprQO2")
    assert short is not None and short.post_id == "Cyh2ZNprQO2" and short.handle is None


def test_not_posts() -> None:
    """Profiles and other hosts are refused."""
    for url in ["https://www.threads.net/@timoliver", "https://www.threads.com/",
                "https://www.instagram.com/@timoliver/post/Cyh2ZNprQO2"]:
        assert TH.parse_url(url) is None, url


def test_endpoint_and_archives() -> None:
    """Threads' own oEmbed host; archives get both domains."""
    ref = TH.parse_url("https://www.threads.net/@timoliver/post/Cyh2ZNprQO2")
    assert ref is not None
    assert TH.endpoints(ref, {})[0].url.startswith("https://graph.threads.net/v1.0/oembed?url=")
    assert "https://www.threads.net/@timoliver/post/Cyh2ZNprQO2" in TH.archive_urls(ref)


def test_har_answers() -> None:
    """Live, not found and bad-token answers read as expected."""
    check_har("threads")


def test_read_archived() -> None:
    """An archived post page gives text and handle; the site's landing page does not."""
    ref = TH.parse_url("https://www.threads.net/@timoliver/post/Cyh2ZNprQO2")
    assert ref is not None
    page = (b'<meta property="og:title" content="Tim Oliver (@timoliver) on Threads">'
            b'<meta property="og:description" content="Constructed thread text">')
    post = TH.read_archived(ref, page)
    assert post is not None and (post.text, post.handle, post.author) == (
        "Constructed thread text", "timoliver", "Tim Oliver")
    assert TH.read_archived(ref, b'<meta property="og:title" content="Threads">') is None
