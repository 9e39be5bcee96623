"""The installed provenance version, read once from the package metadata (pyproject.toml).

Reports, recordings and WARC files name the version that made them, so an audit can tell which
detector and rubric it is re-running; one lookup keeps them from disagreeing.
"""

from __future__ import annotations

from importlib import metadata

try:
    VERSION = metadata.version("provenance")
except metadata.PackageNotFoundError:  # a bare checkout that was never installed
    VERSION = "0+unknown"
