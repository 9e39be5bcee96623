"""Instagram: markup, flattened footers, URLs, canonical form, token gating and the HAR."""

from __future__ import annotations

from datetime import date

from bs4 import BeautifulSoup
from harcases import check_har

from provenance.model import EmbedForm
from provenance.platforms.instagram import Instagram

IG = Instagram()

# Constructed, modelled on formats.md §1.2 (v14 and the old v6 embed with a <time>).
MARKUP = """
<p>Intro paragraph.</p>
<blockquote class="instagram-media" data-instgrm-captioned
 data-instgrm-permalink="https://www.instagram.com/reel/B9bOM-6Ax_d/?utm_source=ig_embed&amp;utm_campaign=loading"
  data-instgrm-version="14"><div><a href="https://www.instagram.com/reel/B9bOM-6Ax_d/">View this
 post on Instagram</a></div>
  <p><a href="https://www.instagram.com/reel/B9bOM-6Ax_d/">A post shared by Ruby on Rails
 (@ruby_eloquent)</a></p>
</blockquote>
<blockquote class="instagram-media" data-instgrm-version="6"><div>
 <p><a href="https://www.instagram.com/p/BCW-bHsLDVg/">Constructed caption text</a></p>
 <p>A photo posted by Mark Ruffalo (@markruffalo) on
 <time datetime="2016-02-29T05:47:47+00:00">Feb 28, 2016 at 9:47pm PST</time></p></div></blockquote>
<iframe src="//www.instagram.com/p/DW1nTDiDvnF/embed/captioned/"></iframe>
<a href="https://www.instagram.com/ruby_eloquent/">follow us</a>
"""


def test_markup_blockquotes_and_iframe() -> None:
    """Both blockquote generations and the embed iframe are found with their fields."""
    hits = list(IG.find_markup(BeautifulSoup(MARKUP, "html.parser")))
    assert [h.form for h in hits] == [EmbedForm.MARKUP, EmbedForm.MARKUP, EmbedForm.RENDERED]
    first, old, iframe = hits
    assert first.ref is not None and first.ref.url == "https://www.instagram.com/p/B9bOM-6Ax_d/"
    assert (first.handle, first.author) == ("ruby_eloquent", "Ruby on Rails")
    assert old.ref is not None and old.ref.post_id == "BCW-bHsLDVg"
    assert (old.handle, old.author, old.claimed_date) == ("markruffalo", "Mark Ruffalo",
                                                          date(2016, 2, 29))
    assert old.text == "Constructed caption text"
    assert iframe.ref is not None and iframe.ref.post_id == "DW1nTDiDvnF"


def test_flattened_modern_and_old() -> None:
    """``View this post on Instagram`` + footer is one hit; the old footer keeps date and time."""
    text = ("Some news text.\nView this post on InstagramA post shared by FRANCHISE "
            "(@thisisfranchise)\nMore text.\nA video posted by Name Here (@name.here) on "
            "Mar 3, 2016 at 10:15am PST\n")
    hits = list(IG.find_flattened(text))
    assert len(hits) == 2
    assert text[hits[0].start:].startswith("View this post on Instagram")
    assert (hits[0].handle, hits[0].author) == ("thisisfranchise", "FRANCHISE")
    assert text[hits[0].start:hits[0].end].endswith("(@thisisfranchise)")
    assert (hits[1].handle, hits[1].claimed_date, hits[1].claimed_time) == \
        ("name.here", date(2016, 3, 3), "10:15am PST")


def test_flattened_localised_and_header_alone() -> None:
    """Japanese footers and a lone header are embeds too; a tweet footer is not."""
    hits = list(IG.find_flattened("写真 (@someone_jp)がシェアした投稿"))
    assert [h.handle for h in hits] == ["someone_jp"]
    lone = list(IG.find_flattened("Text. View this post on Instagram. More."))
    assert len(lone) == 1 and lone[0].handle is None
    arabic = "خبر.\nعرض هذا المنشور على Instagram\nA post shared by Name (@name_ar)"
    (hit,) = IG.find_flattened(arabic)
    assert hit.handle == "name_ar" and arabic[hit.start:].startswith("عرض")
    assert list(IG.find_flattened("— قاسم الاعرجي (@qassimalaraji) December 9, 2021")) == []


def test_urls_canonicalise_to_one_post() -> None:
    """Every spelling of one shortcode gives one canonical URL."""
    spellings = [
        "https://www.instagram.com/p/B9bOM-6Ax_d/",
        "https://instagram.com/reel/B9bOM-6Ax_d?igsh=abc",
        "https://www.instagram.com/reels/B9bOM-6Ax_d/",
        "https://www.instagram.com/tv/B9bOM-6Ax_d",
        "https://m.instagram.com/ruby_eloquent/p/B9bOM-6Ax_d/",
        "//www.instagram.com/p/B9bOM-6Ax_d/embed/captioned/",
        "instagr.am/p/B9bOM-6Ax_d",
    ]
    refs = [IG.parse_url(url) for url in spellings]
    assert {(r.post_id, r.url) for r in refs if r} == {
        ("B9bOM-6Ax_d", "https://www.instagram.com/p/B9bOM-6Ax_d/")}
    assert len([r for r in refs if r]) == len(spellings)
    assert refs[4] is not None and refs[4].handle == "ruby_eloquent"


def test_profiles_and_other_pages_are_not_posts() -> None:
    """Profiles, explore pages, audio pages and other hosts are refused."""
    for url in ["https://www.instagram.com/ruby_eloquent/", "https://www.instagram.com/explore/tags/x/",
                "https://www.instagram.com/reels/audio/123456789/", "https://example.com/p/B9bOM-6Ax_d/",
                "https://www.instagram.com/accounts/login/"]:
        assert IG.parse_url(url) is None, url


def test_graph_endpoint() -> None:
    """Instagram posts are asked at Graph's ``instagram_oembed`` with the canonical URL."""
    ref = IG.parse_url("https://www.instagram.com/p/B9bOM-6Ax_d/")
    assert ref is not None
    (endpoint,) = IG.endpoints(ref, {})
    assert endpoint.url.startswith("https://graph.facebook.com/")
    assert "instagram_oembed?url=https%3A%2F%2Fwww.instagram.com%2Fp%2FB9bOM-6Ax_d%2F" \
        in endpoint.url
    assert "graph.facebook.com" in IG.api_hosts


def test_archive_spellings() -> None:
    """Archives are searched under every path spelling."""
    ref = IG.parse_url("https://www.instagram.com/p/B9bOM-6Ax_d/")
    assert ref is not None and "https://www.instagram.com/reel/B9bOM-6Ax_d/" in IG.archive_urls(ref)


def test_har_answers() -> None:
    """Live, not found and rate-limited oEmbed answers read as expected."""
    check_har("instagram")


def test_read_archived_page_and_wall() -> None:
    """An archived post page gives caption and handle; the login wall gives nothing."""
    ref = IG.parse_url("https://www.instagram.com/p/B9bOM-6Ax_d/")
    assert ref is not None
    # Constructed: og: tags in the shape Instagram post pages use.
    page = (b'<html><head><meta property="og:title" content="Ruby on Rails on Instagram: '
            b'&quot;Constructed caption&quot;"><meta property="og:description" content="12 likes, '
            b'3 comments - ruby_eloquent on March 7, 2020: &quot;Constructed caption&quot;. ">'
            b'</head></html>')
    post = IG.read_archived(ref, page)
    assert post is not None
    assert (post.text, post.handle, post.author) == ("Constructed caption", "ruby_eloquent",
                                                     "Ruby on Rails")
    wall = b'<html><head><meta property="og:title" content="Login \xe2\x80\xa2 Instagram"></head>'
    assert IG.read_archived(ref, wall) is None
