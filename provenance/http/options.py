"""The HTTP layer's settings: one frozen value that ``make_client`` turns into a transport stack.

The settings layer (``provenance.settings``) builds an :class:`HttpOptions` from the command line,
environment and configuration files, and fills ``allowed_hosts`` from the platform registry, the
archives and the agency registry. Nothing here reads the environment.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from provenance.errors import ConfigError

Mode = Literal["live", "record", "replay"]
"""How bytes arrive: from the network, from the network while recording, or from a HAR file."""

MODES: tuple[Mode, ...] = ("live", "record", "replay")

DEFAULT_USER_AGENT = "provenance/0.1 (news source-provenance checker)"


@dataclass(frozen=True, slots=True)
class HttpOptions:
    """Everything that decides how the HTTP client behaves; validated on construction."""

    mode: Mode = "live"
    """``live`` fetches, ``record`` fetches and appends every exchange to ``har_path``,
    ``replay`` serves ``har_path`` and never touches the network."""
    har_path: Path | None = None
    """The HAR 1.2 file to replay from or record to; required by ``record`` and ``replay``."""
    cache_path: Path | None = None
    """SQLite file of the response cache (live and record modes); None means no cache."""
    cache_ttl: float = 86_400.0
    """Seconds a cached 2xx answer is served before it is fetched again."""
    allowed_hosts: frozenset[str] = frozenset()
    """Hosts that may be fetched; a host also allows its subdomains. Empty allows none."""
    allow_other_hosts: bool = False
    """Fetch public hosts outside ``allowed_hosts`` too (private targets stay refused)."""
    timeout: float = 20.0
    """Seconds for each of connect, read, write and pool acquisition."""
    max_body_bytes: int = 10 * 1024 * 1024
    """Largest body accepted as it arrives on the wire (Content-Length and streamed bytes)."""
    max_decompressed_bytes: int = 30 * 1024 * 1024
    """Largest body accepted after gzip/deflate decoding (a defence against compression bombs)."""
    max_redirects: int = 5
    """Redirects followed before the fetch fails with ``ResponseTooLarge``."""
    retry_attempts: int = 4
    """Attempts per fetch, the first included."""
    retry_budget: float = 120.0
    """Seconds after which no further attempt starts, whatever ``retry_attempts`` says."""
    retry_after_cap: float = 60.0
    """Longest wait honoured from a server's ``Retry-After``; longer requests are cut to this."""
    per_host_concurrency: int = 2
    """Requests in flight at once to one host."""
    min_interval: float = 0.5
    """Seconds between the starts of two requests to one host."""
    wayback_cdx_backoff: float = 60.0
    """Seconds to wait after a Wayback CDX 429, which never carries ``Retry-After``."""
    wayback_cdx_interval: float = 2.5
    """Seconds between two CDX/TimeMap requests (the server allows about 30 a minute)."""
    wayback_save_interval: float = 10.0
    """Seconds between two Save Page Now submissions (SPN2 allows about 6 a minute with keys)."""
    meta_tokenless_interval: float = 3.6
    """Seconds between two tokenless requests to one Meta oEmbed endpoint (1,000 an hour)."""
    user_agent: str = DEFAULT_USER_AGENT
    """The ``User-Agent`` header sent with every request."""
    testing: bool = False
    """Tests only: every wait becomes a no-op and host names are not resolved by DNS."""
    extra_secret_params: frozenset[str] = field(default_factory=frozenset)
    """Further query/form parameter names to redact in recordings (case-insensitive)."""

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise ConfigError(f"http mode must be one of {', '.join(MODES)}, not {self.mode!r}")
        if self.mode == "record" and self.har_path is None:
            raise ConfigError("http mode 'record' needs a HAR file (har_path)")
        positive = {
            "timeout": self.timeout,
            "max_body_bytes": self.max_body_bytes,
            "max_decompressed_bytes": self.max_decompressed_bytes,
            "retry_attempts": self.retry_attempts,
            "per_host_concurrency": self.per_host_concurrency,
        }
        for name, value in positive.items():
            if value <= 0:
                raise ConfigError(f"http option {name} must be positive, not {value!r}")
        non_negative = {
            "cache_ttl": self.cache_ttl,
            "max_redirects": self.max_redirects,
            "retry_budget": self.retry_budget,
            "retry_after_cap": self.retry_after_cap,
            "min_interval": self.min_interval,
            "wayback_cdx_backoff": self.wayback_cdx_backoff,
            "wayback_cdx_interval": self.wayback_cdx_interval,
            "meta_tokenless_interval": self.meta_tokenless_interval,
            "wayback_save_interval": self.wayback_save_interval,
        }
        for name, value in non_negative.items():
            if value < 0:
                raise ConfigError(f"http option {name} must not be negative, not {value!r}")
