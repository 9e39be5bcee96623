"""The platform registry: one module per platform, in an explicit order.

Order matters where URL shapes overlap: the first platform whose :meth:`Platform.parse_url`
accepts a URL owns it. Adding a platform means adding its module here and its fixtures under
``fixtures/`` (``tests/platforms/test_registry.py`` refuses a half-added platform).
"""

from __future__ import annotations

from provenance.platforms.base import (
    Endpoint,
    IdTime,
    MarkupHit,
    Platform,
    PostRef,
    Reading,
    TextHit,
)
from provenance.platforms.bluesky import Bluesky
from provenance.platforms.dailymotion import Dailymotion
from provenance.platforms.discord import Discord
from provenance.platforms.facebook import Facebook
from provenance.platforms.instagram import Instagram
from provenance.platforms.linkedin import LinkedIn
from provenance.platforms.mastodon import Mastodon
from provenance.platforms.reddit import Reddit
from provenance.platforms.telegram import Telegram
from provenance.platforms.threads import Threads
from provenance.platforms.tiktok import TikTok
from provenance.platforms.twitter import Twitter
from provenance.platforms.vimeo import Vimeo
from provenance.platforms.youtube import YouTube

#: Every supported platform, in matching order. Mastodon comes last: it accepts any host.
REGISTRY: tuple[Platform, ...] = (
    Twitter(),
    Instagram(),
    Threads(),
    Facebook(),
    TikTok(),
    YouTube(),
    Vimeo(),
    Dailymotion(),
    Telegram(),
    Bluesky(),
    Reddit(),
    LinkedIn(),
    Discord(),
    Mastodon(),
)

_BY_NAME = {platform.name: platform for platform in REGISTRY}


def get(name: str) -> Platform:
    """Return the registered platform called ``name`` (KeyError if there is none)."""
    return _BY_NAME[name]


def parse_post_url(url: str) -> PostRef | None:
    """Return the post a URL points at, asking each platform in registry order."""
    for platform in REGISTRY:
        ref = platform.parse_url(url)
        if ref is not None:
            return ref
    return None


def allowed_hosts() -> frozenset[str]:
    """Hosts of every platform and its endpoints (for the HTTP guard)."""
    hosts: set[str] = set()
    for platform in REGISTRY:
        hosts |= platform.hosts | platform.api_hosts
    return frozenset(hosts)


__all__ = [
    "REGISTRY",
    "Endpoint",
    "IdTime",
    "MarkupHit",
    "Platform",
    "PostRef",
    "Reading",
    "TextHit",
    "allowed_hosts",
    "get",
    "parse_post_url",
]
