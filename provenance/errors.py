"""Run-level errors and exit codes.

Per-item failures (a dead post, a missing recording) are values, never exceptions. These
exceptions are for failures that stop a whole run or input::

    ProvenanceError                 root of everything raised on purpose
    ├── InputError                  an input cannot be read or decoded (missing file, bad URL)
    ├── ConfigError                 a setting, option or configuration file value is invalid
    ├── DataError                   bundled data is invalid (agencies.toml entry, HAR file)
    └── FetchError                  the HTTP layer failed for a reason callers may handle
        ├── OfflineMiss             replay mode: the request was never recorded
        ├── PolicyRefused           the guard refused the target (host not allowed, private IP)
        └── ResponseTooLarge        a body, decompressed body or redirect chain exceeded its cap
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Process exit codes (DESIGN §4)."""

    OK = 0
    """Passed: no finding at or above ``--fail-on`` and the score is not under ``--fail-under``."""
    EDITORIAL_FAILURE = 1
    """The article failed the editorial gate."""
    USAGE = 2
    """Usage or configuration error (bad option, bad input, bad config value)."""
    INCOMPLETE = 3
    """Verification incomplete (network, rate limits, missing recordings) under ``--strict``."""
    INTERNAL = 4
    """An internal error: a bug in provenance."""


class ProvenanceError(Exception):
    """Root of every error provenance raises on purpose."""

    exit_code: ExitCode = ExitCode.USAGE


class InputError(ProvenanceError):
    """An input cannot be read or decoded."""


class ConfigError(ProvenanceError):
    """A setting, option or configuration value is invalid; the message names the key."""


class DataError(ProvenanceError):
    """Bundled or supplied data (agency registry, HAR file) is invalid; the message names it."""


class FetchError(ProvenanceError):
    """The HTTP layer failed in a way the resolver turns into a per-item status."""

    exit_code = ExitCode.INCOMPLETE


class OfflineMiss(FetchError):
    """Replay mode: no recorded exchange matches the request."""

    def __init__(self, method: str, url: str) -> None:
        super().__init__(f"no recording for {method} {url}")
        self.method = method
        self.url = url


class PolicyRefused(FetchError):
    """The guard refused a target (host not allowed, private address, non-HTTP scheme)."""


class ResponseTooLarge(FetchError):
    """A response exceeded a size or redirect cap."""
