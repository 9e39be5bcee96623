"""Telegram: widget script and iframe, t.me spellings, widget page answers."""

from __future__ import annotations

from datetime import UTC, datetime

from bs4 import BeautifulSoup
from harcases import check_har, entries, read_entry

from provenance.model import EmbedForm
from provenance.platforms.telegram import Telegram

TG = Telegram()

# Constructed, modelled on formats.md §1.6.
MARKUP = """
<script async src="https://telegram.org/js/telegram-widget.js?22" data-telegram-post="durov/43"
 data-width="100%"></script>
<iframe id="telegram-post-durov-44" src="https://t.me/durov/44?embed=1&amp;mode=tme"></iframe>
<script async src="https://telegram.org/js/telegram-widget.js?22"
 data-telegram-login="somebot"></script>
<a href="https://t.me/durov">channel</a>
"""


def test_markup() -> None:
    """The widget script and a rendered iframe; a login widget is not a post."""
    script, iframe = TG.find_markup(BeautifulSoup(MARKUP, "html.parser"))
    assert script.form is EmbedForm.MARKUP and script.ref is not None
    assert (script.ref.post_id, script.ref.url) == ("durov/43", "https://t.me/durov/43")
    assert iframe.form is EmbedForm.RENDERED and iframe.ref is not None
    assert iframe.ref.post_id == "durov/44"


def test_spellings() -> None:
    """``/s/``, ``telegram.me``, case, topics and query strings are one post."""
    for url in ["https://t.me/durov/43", "https://t.me/s/durov/43", "https://telegram.me/Durov/43",
                "t.me/durov/43?single", "https://t.me/durov/43?embed=1&mode=tme"]:
        ref = TG.parse_url(url)
        assert ref is not None and (ref.post_id, ref.url, ref.handle) == (
            "durov/43", "https://t.me/durov/43", "durov"), url
    topic = TG.parse_url("https://t.me/somegroup/12/345")
    assert topic is not None and topic.post_id == "somegroup/345"


def test_not_posts() -> None:
    """Channels, invites, share links and sticker packs are refused."""
    for url in ["https://t.me/durov", "https://t.me/joinchat/AAAA", "https://t.me/+AbCdEf",
                "https://t.me/share/url?url=x", "https://t.me/addstickers/pack",
                "https://t.me/s/durov", "https://t.me/c/123456/78"]:
        assert TG.parse_url(url) is None, url


def test_endpoint_and_no_time() -> None:
    """The widget page is the endpoint; message IDs carry no time."""
    ref = TG.parse_url("https://t.me/durov/43")
    assert ref is not None
    assert TG.endpoints(ref, {})[0].url == "https://t.me/durov/43?embed=1&mode=tme"
    assert TG.id_time("durov/43").time is None


def test_har_answers() -> None:
    """Live, missing and app-only widget pages read as expected, with time and author."""
    check_har("telegram")
    live = read_entry("telegram", entries("telegram")[0])
    assert live.post is not None
    assert live.post.created_at == datetime(2017, 10, 5, 16, 18, 11, tzinfo=UTC)
    assert live.post.author == "Durov's Channel"


def test_read_archived_preview_post_page_and_channel() -> None:
    """The /s/ preview picks this post among many; a post page is read from its og: tags with
    the widget script naming it; the channel page a missing post redirects to gives nothing."""
    ref = TG.parse_url("https://t.me/durov/43")
    assert ref is not None
    preview = (b'<div class="tgme_widget_message" data-post="durov/42"><div class='
               b'"tgme_widget_message_text">Other post</div></div><div class="tgme_widget_message"'
               b' data-post="durov/43"><div class="tgme_widget_message_text">This post</div>'
               b'<time datetime="2017-10-05T16:18:11+00:00"></time></div>')
    post = TG.read_archived(ref, preview)
    assert post is not None and post.text == "This post"
    page = (b'<meta property="og:title" content="Durov\'s Channel"><meta property="og:description"'
            b' content="This post"><script async src="https://telegram.org/js/telegram-widget.js?22"'
            b' data-telegram-post="durov/43"></script>')
    post = TG.read_archived(ref, page)
    assert post is not None and (post.text, post.author) == ("This post", "Durov's Channel")
    channel = (b'<meta property="og:title" content="Durov\'s Channel">'
               b'<meta property="og:description" content="The channel description">')
    assert TG.read_archived(ref, channel) is None
