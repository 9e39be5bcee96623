"""What Meta's three platforms (Instagram, Threads, Facebook) share: oEmbed, token optional.

All three are described through Meta's oEmbed endpoints. Since 2026-06-15 Meta lifted the token
requirement from every Meta oEmbed API ("Introducing Tokenless Access to Meta oEmbed APIs"; the
Graph reference pages oembed-post/oembed-video and the Threads oEmbed page): without a token an
endpoint allows 1,000 requests an hour, with an app token from the environment 5 million a day.
So a post is always asked; a token only raises the limit (and the politeness layer paces
tokenless requests to that hourly budget). Should Meta refuse a tokenless request, the post is
``skipped_policy`` with the variable to set. Since 2025-11-03 the answers carry no author fields:
only the embed ``html``, which the platform's own markup reader turns back into text, handle and
author. A Meta platform subclasses :class:`MetaOEmbed` and names its endpoint
(:meth:`MetaOEmbed.oembed_url`).
"""

from __future__ import annotations

from collections.abc import Mapping

from provenance.model import PostRecord, Status
from provenance.platforms import common
from provenance.platforms.base import Endpoint, Platform, PostRef, Reading

#: The query parameter that carries a Meta app token (recordings drop it as a secret).
TOKEN_PARAM = "access_token"


class MetaOEmbed(Platform):
    """Base for platforms read through Meta's oEmbed (tokenless, or with an app token)."""

    def oembed_url(self, ref: PostRef) -> str:
        """The tokenless oEmbed URL for ``ref`` (each Meta platform names its endpoint)."""
        raise NotImplementedError(f"{type(self).__name__} must name its oEmbed endpoint")

    def requires_credentials(self, env: Mapping[str, str]) -> str | None:
        """None: Meta oEmbed answers without a token since 2026-06-15 (a token raises limits)."""
        return None

    def endpoints(self, ref: PostRef, env: Mapping[str, str]) -> tuple[Endpoint, ...]:
        """The platform's oEmbed, with the app token when one is set."""
        url = self.oembed_url(ref)
        token = common.meta_token(env)
        if token is not None:
            url = f"{url}&{TOKEN_PARAM}={token}"
        return (Endpoint("oembed", url),)

    def read(self, endpoint: Endpoint, ref: PostRef, status_code: int,
             headers: Mapping[str, str], body: bytes) -> Reading:
        """Read a Meta oEmbed answer; text and author come from the returned embed markup."""
        tokenless = f"{TOKEN_PARAM}=" not in endpoint.url
        failure, html = common.read_meta_oembed(self.title, status_code, headers, body,
                                                tokenless=tokenless)
        if failure is not None or html is None:
            return failure or Reading(Status.ERROR, f"{self.title}: empty oEmbed answer")
        from bs4 import BeautifulSoup  # here: a text article never needs it
        hits = list(self.find_markup(BeautifulSoup(html, "html.parser")))
        hit = hits[0] if hits else None
        post = PostRecord(self.name, ref.post_id, ref.url,
                          text=(hit.text if hit and hit.text else ""),
                          handle=(hit.handle if hit else None) or ref.handle,
                          author=hit.author if hit else None)
        return Reading(Status.LIVE, f"{self.title} oEmbed returned the embed", post)
