"""Bluesky: markup with localised footers, flattened text, AT-URIs vs links, TIDs, the HAR."""

from __future__ import annotations

from datetime import date

from bs4 import BeautifulSoup
from harcases import check_har

from provenance.model import EmbedForm
from provenance.platforms.bluesky import Bluesky

BS = Bluesky()
DID = "did:plc:vjug55kidv6sye7ykr5faxxn"

# Constructed, modelled on formats.md §1.7.
MARKUP = f"""
<blockquote class="bluesky-embed" data-bluesky-uri="at://{DID}/app.bsky.feed.post/3lbq7mxsiek2v"
 data-bluesky-cid="bafyreiconstructed"><p lang="en">Constructed post text<br><br>
 <a href="https://bsky.app/profile/{DID}/post/3lbq7mxsiek2v?ref_src=embed">[image or embed]</a></p>
 &mdash; Emily Liu (<a href="https://bsky.app/profile/{DID}?ref_src=embed">@emilyliu.me</a>)
 <a href="https://bsky.app/profile/{DID}/post/3lbq7mxsiek2v?ref_src=embed">November 25, 2024 at
 12:58 AM</a></blockquote>
<iframe src="https://embed.bsky.app/embed/{DID}/app.bsky.feed.post/3lbf3etdjxc24"></iframe>
<a href="https://bsky.app/profile/emilyliu.me">profile</a>
"""


def test_markup() -> None:
    """The blockquote gives the AT-URI, text, handle, author, local date and time."""
    block, iframe = BS.find_markup(BeautifulSoup(MARKUP, "html.parser"))
    assert block.form is EmbedForm.MARKUP and block.ref is not None
    assert block.ref.url == f"https://bsky.app/profile/{DID}/post/3lbq7mxsiek2v"
    assert (block.text, block.handle, block.author, block.lang) == (
        "Constructed post text", "emilyliu.me", "Emily Liu", "en")
    assert (block.claimed_date, block.claimed_time) == (date(2024, 11, 25), "12:58 AM")
    assert iframe.form is EmbedForm.RENDERED and iframe.ref is not None
    assert iframe.ref.post_id == "3lbf3etdjxc24"


def test_flattened_english_and_french() -> None:
    """Flattened footers in two locales; an X footer (no dot in the handle) is not Bluesky's."""
    text = ("Constructed post [image or embed] — Emily Liu (@emilyliu.me) November 25, 2024 at "
            "12:58 AM\nUn texte construit\n— Quelqu'un (@quelquun.bsky.social) 20 novembre 2024 "
            "à 14:43\nنص — قاسم الاعرجي (@qassimalaraji) December 9, 2021\n")
    first, second = BS.find_flattened(text)
    assert (first.text, first.handle, first.claimed_date, first.claimed_time) == (
        "Constructed post", "emilyliu.me", date(2024, 11, 25), "12:58 AM")
    assert text[first.start:first.end].startswith("Constructed post")
    assert (second.text, second.handle, second.claimed_date, second.claimed_time) == (
        "Un texte construit", "quelquun.bsky.social", date(2024, 11, 20), "14:43")


def test_uri_forms_name_one_post() -> None:
    """at:// URIs, bsky.app links by DID and the embed iframe agree; handles are kept."""
    spellings = [f"at://{DID}/app.bsky.feed.post/3lbq7mxsiek2v",
                 f"https://bsky.app/profile/{DID}/post/3lbq7mxsiek2v",
                 f"https://embed.bsky.app/embed/{DID}/app.bsky.feed.post/3lbq7mxsiek2v"]
    assert {BS.parse_url(u).url for u in spellings} == {  # type: ignore[union-attr]
        f"https://bsky.app/profile/{DID}/post/3lbq7mxsiek2v"}
    by_handle = BS.parse_url("https://bsky.app/profile/EmilyLiu.me/post/3lbq7mxsiek2v")
    assert by_handle is not None and by_handle.handle == "emilyliu.me"
    assert by_handle.post_id == "3lbq7mxsiek2v"
    for url in ["https://bsky.app/profile/emilyliu.me", f"at://{DID}/app.bsky.actor.profile/self",
                "https://bsky.app/search?q=x"]:
        assert BS.parse_url(url) is None, url


def test_endpoint_is_the_appview_not_the_web_page() -> None:
    """getPostThread on the public AppView, with the AT-URI encoded."""
    ref = BS.parse_url(f"https://bsky.app/profile/{DID}/post/3lbq7mxsiek2v")
    assert ref is not None
    (endpoint,) = BS.endpoints(ref, {})
    assert endpoint.url.startswith("https://public.api.bsky.app/xrpc/app.bsky.feed.getPostThread")
    assert "uri=at%3A%2F%2Fdid%3Aplc%3Avjug55kidv6sye7ykr5faxxn%2Fapp.bsky.feed.post" \
        in endpoint.url
    assert "bsky.app/profile" not in endpoint.url


def test_archive_urls_cover_did_and_handle() -> None:
    """A post known by DID and handle is searched under both."""
    hits = list(BS.find_markup(BeautifulSoup(MARKUP, "html.parser")))
    ref = hits[0].ref
    assert ref is not None
    from dataclasses import replace
    urls = BS.archive_urls(replace(ref, handle="emilyliu.me"))
    assert "https://bsky.app/profile/emilyliu.me/post/3lbq7mxsiek2v" in urls and ref.url in urls


def test_har_answers() -> None:
    """Thread view, 400 NotFound, notFoundPost and blockedPost read as expected."""
    check_har("bluesky")


def test_flattened_with_placeholder_on_its_own_line() -> None:
    """When ``[image or embed]`` keeps its own line, the post text is the line before it."""
    text = ("Constructed text\n[image or embed]\n— Emily Liu (@emilyliu.me) November 25, 2024 at "
            "12:58 AM\n")
    (hit,) = BS.find_flattened(text)
    assert hit.text == "Constructed text" and hit.start == 0


def test_read_archived_page_thread_and_shell() -> None:
    """An archived post page and an archived AppView answer are read; the app shell is not."""
    ref = BS.parse_url(f"https://bsky.app/profile/{DID}/post/3lbq7mxsiek2v")
    assert ref is not None
    page = (b'<meta property="og:title" content="Emily Liu (@emilyliu.me)">'
            b'<meta property="og:description" content="Constructed post text">'
            b'<meta name="article:published_time" content="2024-11-24T23:58:51.890Z">')
    post = BS.read_archived(ref, page)
    assert post is not None and (post.text, post.handle, post.author) == (
        "Constructed post text", "emilyliu.me", "Emily Liu")
    assert post.created_at is not None and post.created_at.year == 2024
    answer = (b'{"thread":{"$type":"app.bsky.feed.defs#threadViewPost","post":{"author":'
              b'{"handle":"emilyliu.me"},"record":{"text":"From the API","createdAt":'
              b'"2024-11-24T23:58:51.890Z"}}}}')
    post = BS.read_archived(ref, answer)
    assert post is not None and post.text == "From the API"
    shell = b'<meta property="og:title" content="Bluesky"><meta property="og:description" ' \
            b'content="Social media as it should be.">'
    assert BS.read_archived(ref, shell) is None
