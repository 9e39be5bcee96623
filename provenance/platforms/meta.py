"""What Meta's three platforms (Instagram, Threads, Facebook) share: oEmbed behind an app token.

All three are described through Graph API oEmbed endpoints that need a Meta app token from the
environment (without one the resolver records ``skipped_policy`` with the reason), and since
2025-11-03 those answers carry no author fields: only the embed ``html``, which the platform's own
markup reader turns back into text, handle and author. A Meta platform subclasses
:class:`MetaOEmbed` and says only which endpoint URL a post uses (:meth:`MetaOEmbed.oembed_url`).
"""

from __future__ import annotations

from collections.abc import Mapping

from bs4 import BeautifulSoup

from provenance.model import PostRecord, Status
from provenance.platforms import common
from provenance.platforms.base import Endpoint, Platform, PostRef, Reading


class MetaOEmbed(Platform):
    """Base for platforms read through Meta's token-gated Graph oEmbed."""

    def oembed_url(self, ref: PostRef, token: str) -> str:
        """The oEmbed URL for ``ref`` with ``token`` (each Meta platform names its endpoint)."""
        raise NotImplementedError(f"{type(self).__name__} must name its oEmbed endpoint")

    def requires_credentials(self, env: Mapping[str, str]) -> str | None:
        """Why the post cannot be read without credentials; None when a Meta token is set."""
        return common.meta_credentials_reason(self.title, env)

    def endpoints(self, ref: PostRef, env: Mapping[str, str]) -> tuple[Endpoint, ...]:
        """The platform's oEmbed when a token is set; nothing otherwise."""
        token = common.meta_token(env)
        if token is None:
            return ()
        return (Endpoint("oembed", self.oembed_url(ref, token)),)

    def read(self, endpoint: Endpoint, ref: PostRef, status_code: int,
             headers: Mapping[str, str], body: bytes) -> Reading:
        """Read a Meta oEmbed answer; text and author come from the returned embed markup."""
        failure, html = common.read_meta_oembed(self.title, status_code, headers, body)
        if failure is not None or html is None:
            return failure or Reading(Status.ERROR, f"{self.title}: empty oEmbed answer")
        hits = list(self.find_markup(BeautifulSoup(html, "html.parser")))
        hit = hits[0] if hits else None
        post = PostRecord(self.name, ref.post_id, ref.url,
                          text=(hit.text if hit and hit.text else ""),
                          handle=(hit.handle if hit else None) or ref.handle,
                          author=hit.author if hit else None)
        return Reading(Status.LIVE, f"{self.title} oEmbed returned the embed", post)
