"""Reddit: new and old embed blockquotes, iframes, flattened titles, URL spellings, the HAR."""

from __future__ import annotations

from datetime import UTC, datetime

from bs4 import BeautifulSoup
from harcases import check_har, entries, read_entry

from provenance.model import EmbedForm
from provenance.platforms.reddit import Reddit

RD = Reddit()
CANONICAL = "https://www.reddit.com/comments/1fnpiu8/"

# Constructed, modelled on formats.md §1.10.
MARKUP = """
<blockquote class="reddit-embed-bq" data-embed-theme="dark"><a
 href="https://www.reddit.com/r/fujifilm/comments/1fnpiu8/constructed_title/">Constructed
 title</a><br> by
 <a href="https://www.reddit.com/user/SomeUser/">u/SomeUser</a> in <a
 href="https://www.reddit.com/r/fujifilm/">fujifilm</a></blockquote>
<blockquote class="reddit-card" data-card-created="1546786759"><a
 href="https://www.reddit.com/r/funny/comments/aczfgr/x/">Old card title</a> from <a
 href="http://www.reddit.com/r/funny">r/funny</a></blockquote>
<iframe
 src="https://www.redditmedia.com/r/funny/comments/aczfgr/x/?ref_source=embed&amp;embed=true"></iframe>
<a href="https://www.reddit.com/r/funny/">subreddit</a>
"""


def test_markup() -> None:
    """Both blockquote generations and the iframe; the card time is not used as a post date."""
    new, old, iframe = RD.find_markup(BeautifulSoup(MARKUP, "html.parser"))
    assert new.form is EmbedForm.MARKUP and new.ref is not None and new.ref.url == CANONICAL
    assert (new.text, new.handle) == ("Constructed title", "SomeUser")
    assert old.ref is not None and old.ref.post_id == "aczfgr" and old.claimed_date is None
    assert old.text == "Old card title"
    assert iframe.form is EmbedForm.RENDERED and iframe.ref is not None
    assert iframe.ref.post_id == "aczfgr"


def test_flattened() -> None:
    """``TITLE by u/NAME in SUB`` and a line-ending ``TITLE from r/SUB``; mentions are not."""
    text = ("Constructed title by u/SomeUser in fujifilm\nOld card title from r/funny\n"
            "A comment from r/worldnews said things.\n")
    first, second = RD.find_flattened(text)
    assert (first.text, first.handle) == ("Constructed title", "SomeUser")
    assert second.text == "Old card title" and text[second.end - 7:second.end] == "r/funny"


def test_spellings() -> None:
    """Hosts, short links, ``t3_`` and user-profile posts give one canonical URL."""
    for url in ["https://www.reddit.com/r/fujifilm/comments/1fnpiu8/constructed_title/",
                "https://old.reddit.com/r/fujifilm/comments/1fnpiu8/", "https://redd.it/1fnpiu8",
                "https://np.reddit.com/comments/1fnpiu8", "https://www.reddit.com/comments/t3_1fnpiu8/",
                "https://embed.reddit.com/r/fujifilm/comments/1fnpiu8/x/",
                "https://www.reddit.com/user/SomeUser/comments/1fnpiu8/x/"]:
        ref = RD.parse_url(url)
        assert ref is not None and ref.url == CANONICAL, url
    for url in ["https://www.reddit.com/r/funny/", "https://www.reddit.com/user/SomeUser/",
                "https://www.reddit.com/r/funny/s/AbCdEf", "https://www.reddit.com/submit?url=x"]:
        assert RD.parse_url(url) is None, url


def test_har_answers() -> None:
    """Live, removed by moderators, deleted, private and missing answers read as expected."""
    check_har("reddit")
    live = read_entry("reddit", entries("reddit")[0])
    assert live.post is not None
    assert live.post.created_at == datetime.fromtimestamp(1546786000, UTC)


def test_flattened_title_on_the_line_before() -> None:
    """A kept ``<br>`` puts the title on its own line above ``by u/NAME in SUB``."""
    text = "Constructed title\nby u/SomeUser in fujifilm\n"
    (hit,) = RD.find_flattened(text)
    assert (hit.text, hit.handle, hit.start) == ("Constructed title", "SomeUser", 0)


def test_read_archived() -> None:
    """Archived JSON and post pages are read (title unwrapped); the front page is not."""
    ref = RD.parse_url("https://redd.it/1fnpiu8")
    assert ref is not None
    page = b'<meta property="og:title" content="r/fujifilm on Reddit: Constructed title">'
    post = RD.read_archived(ref, page)
    assert post is not None and post.text == "Constructed title"
    old = b'<meta property="og:title" content="Constructed title : fujifilm">'
    old_post = RD.read_archived(ref, old)
    assert old_post is not None and old_post.text == "Constructed title"
    listing = entries("reddit")[0]["response"]["content"]["text"].encode()
    archived = RD.read_archived(ref, listing)
    assert archived is not None and archived.handle == "constructed_user"
    wall = b'<meta property="og:title" content="Reddit - Dive into anything">'
    assert RD.read_archived(ref, wall) is None
