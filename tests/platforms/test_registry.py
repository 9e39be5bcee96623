"""The registry is complete: no platform can be half-added.

Every registered platform needs a test module with detection and canonicalisation tests, and a
constructed HAR with at least one live and one gone-or-gated answer (platforms that offer no
public endpoint need at least one gated answer). Twitter's fixtures are written elsewhere; it is
skipped here only while they are absent.
"""

from __future__ import annotations

import pytest
from harcases import entries, har_path

from provenance.model import Status
from provenance.platforms import REGISTRY, allowed_hosts, get, parse_post_url

TESTS = har_path("x").parents[3] / "tests" / "platforms"
#: Statuses that show the post is gone or hidden (what a "gone or gated" fixture must show).
GONE_OR_GATED = {Status.DELETED, Status.SUSPENDED, Status.PROTECTED, Status.LOGIN_GATED,
                 Status.AGE_RESTRICTED, Status.WITHHELD, Status.NOT_FOUND_UNKNOWN}
NAMES = [platform.name for platform in REGISTRY]


def _no_public_endpoint(name: str) -> bool:
    """True for platforms that never offer an endpoint, whatever credentials are set."""
    platform = get(name)
    ref = next(platform.parse_url(e["_post"]) for e in entries(name))
    assert ref is not None
    env = {"PROVENANCE_META_TOKEN": "t", "META_OEMBED_TOKEN": "t"}
    return platform.endpoints(ref, env) == ()


def _skip_twitter_without_fixtures(name: str) -> None:
    if name == "twitter" and not har_path(name).exists():
        pytest.skip("twitter's HAR fixtures are written by another module's author")


@pytest.mark.parametrize("name", NAMES)
def test_test_module_covers_detection_and_canonicalisation(name: str) -> None:
    """``tests/platforms/test_<name>.py`` exists and exercises detection and parse_url."""
    module = TESTS / f"test_{name}.py"
    assert module.exists(), f"{module.name} is missing"
    source = module.read_text(encoding="utf-8")
    assert "find_markup" in source or "find_flattened" in source or name == "discord"
    assert "parse_url" in source


@pytest.mark.parametrize("name", NAMES)
def test_har_has_live_and_gone_or_gated(name: str) -> None:
    """The HAR has a live and a gone-or-gated answer (gated only, without public endpoints)."""
    _skip_twitter_without_fixtures(name)
    assert har_path(name).exists(), f"{har_path(name).name} is missing"
    expected = {Status(entry["_expect"]) for entry in entries(name)}
    assert expected & GONE_OR_GATED, f"{name}: no gone-or-gated answer"
    if not _no_public_endpoint(name):
        assert Status.LIVE in expected, f"{name}: no live answer"


def test_names_are_unique_and_hosts_known() -> None:
    """Names are unique; every platform owns hosts; the guard's list includes API hosts."""
    assert len(set(NAMES)) == len(NAMES)
    assert all(platform.hosts and platform.title for platform in REGISTRY)
    hosts = allowed_hosts()
    for host in ("public.api.bsky.app", "graph.facebook.com", "graph.threads.net", "t.me",
                 "www.youtube.com", "mastodon.social", "www.reddit.com", "vimeo.com"):
        assert host in hosts, host


def test_every_platform_says_whether_it_needs_credentials() -> None:
    """Each non-X platform answers ``requires_credentials`` (None or a reason)."""
    for platform in REGISTRY:
        if platform.name == "twitter":
            continue
        answer = platform.requires_credentials({})  # type: ignore[attr-defined]
        assert answer is None or isinstance(answer, str)


@pytest.mark.parametrize(("url", "name"), [
    ("https://www.instagram.com/p/B9bOM-6Ax_d/", "instagram"),
    ("https://www.threads.net/@timoliver/post/Cyh2ZNprQO2", "threads"),
    ("https://www.facebook.com/zuck/posts/10101301165605491", "facebook"),
    ("https://www.tiktok.com/@scout2015/video/6718335390845095173", "tiktok"),
    ("https://youtu.be/dQw4w9WgXcQ", "youtube"),
    ("https://vimeo.com/76979871", "vimeo"),
    ("https://dai.ly/x8abc12", "dailymotion"),
    ("https://t.me/durov/43", "telegram"),
    ("https://bsky.app/profile/emilyliu.me/post/3lbq7mxsiek2v", "bluesky"),
    ("https://redd.it/aczfgr", "reddit"),
    ("https://www.linkedin.com/feed/update/urn:li:activity:6685980502161199104/", "linkedin"),
    ("https://discord.com/channels/@me/175928847299117063/937847820382261308", "discord"),
    ("https://mastodon.social/@Gargron/103270115826048975", "mastodon"),
])
def test_registry_routes_urls(url: str, name: str) -> None:
    """The first platform to accept a URL is the right one (order matters for Mastodon)."""
    ref = parse_post_url(url)
    assert ref is not None and ref.platform == name


def test_profiles_belong_to_nobody() -> None:
    """Profile, share and follow links are not posts on any platform."""
    for url in ["https://www.instagram.com/someone/", "https://www.facebook.com/sharer/sharer.php?u=x",
                "https://www.tiktok.com/@someone", "https://www.youtube.com/@someone",
                "https://t.me/someone", "https://bsky.app/profile/someone.bsky.social",
                "https://mastodon.social/@someone", "https://www.reddit.com/r/news/",
                "https://www.linkedin.com/in/someone/"]:
        assert parse_post_url(url) is None, url
