"""LinkedIn: embed iframes, URN spellings, ID times, credentials reason, the login wall."""

from __future__ import annotations

from bs4 import BeautifulSoup
from harcases import check_har

from provenance.model import EmbedForm
from provenance.platforms.linkedin import LinkedIn

LI = LinkedIn()

# Constructed, modelled on formats.md §1.11.
MARKUP = """
<iframe
 src="https://www.linkedin.com/embed/feed/update/urn:li:share:7142915898180354050?collapsed=1"
 height="670" width="504" frameborder="0" allowfullscreen="" title="Embedded post"></iframe>
<iframe
 src="https://www.linkedin.com/embed/feed/update/urn:li:ugcPost:7135298961891885056"></iframe>
<a href="https://www.linkedin.com/shareArticle?mini=true&amp;url=x">share</a>
"""


def test_markup() -> None:
    """Both URN kinds are found as rendered iframes."""
    hits = list(LI.find_markup(BeautifulSoup(MARKUP, "html.parser")))
    assert [h.ref.url for h in hits if h.ref] == [
        "https://www.linkedin.com/feed/update/urn:li:share:7142915898180354050/",
        "https://www.linkedin.com/feed/update/urn:li:ugcPost:7135298961891885056/"]
    assert all(h.form is EmbedForm.RENDERED for h in hits)


def test_spellings() -> None:
    """feed/update, embed and ``/posts/<user>_…-activity-<id>-…`` spellings."""
    for url in ["https://www.linkedin.com/feed/update/urn:li:activity:6685980502161199104/",
                "https://linkedin.com/embed/feed/update/urn:li:activity:6685980502161199104",
                "https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A6685980502161199104"]:
        ref = LI.parse_url(url)
        assert ref is not None and ref.url == (
            "https://www.linkedin.com/feed/update/urn:li:activity:6685980502161199104/"), url
    post = LI.parse_url("https://www.linkedin.com/posts/satyanadella_some-words-here-activity-"
                        "7142915898180354050-AbCd/?utm_source=share")
    assert post is not None and (post.post_id, post.handle) == ("7142915898180354050",
                                                                "satyanadella")
    for url in ["https://www.linkedin.com/in/someone/", "https://www.linkedin.com/company/x/",
                "https://www.linkedin.com/shareArticle?mini=true&url=x",
                "https://www.linkedin.com/pulse/some-article-someone"]:
        assert LI.parse_url(url) is None, url


def test_no_public_endpoint() -> None:
    """No endpoints, whatever the environment; the reason is given; URNs decode too."""
    ref = LI.parse_url("https://www.linkedin.com/feed/update/urn:li:activity:6685980502161199104/")
    assert ref is not None
    assert LI.endpoints(ref, {"PROVENANCE_META_TOKEN": "x"}) == ()
    assert "LinkedIn" in (LI.requires_credentials({}) or "")
    assert LI.id_time("urn:li:share:6685980502161199104").time == LI.id_time(
        "6685980502161199104").time


def test_har_answers() -> None:
    """HTTP 999 and the authwall redirect are login walls."""
    check_har("linkedin")


def test_read_archived() -> None:
    """An archived public post page is read; the sign-in wall is not."""
    ref = LI.parse_url("https://www.linkedin.com/feed/update/urn:li:activity:6685980502161199104/")
    assert ref is not None
    page = (b'<meta property="og:title" content="Some One on LinkedIn: Constructed post text">'
            b'<meta property="og:description" content="Constructed post text, in full">')
    post = LI.read_archived(ref, page)
    assert post is not None and (post.text, post.author) == ("Constructed post text, in full",
                                                             "Some One")
    wall = b'<meta property="og:title" content="LinkedIn Login, Sign in | LinkedIn">'
    assert LI.read_archived(ref, wall) is None
