"""The agency registry: news agencies and outlets read from ``data/agencies.toml``.

The file is edited by people who are not programmers, so it is validated on load and every
problem is reported as one :class:`~provenance.errors.DataError` line that names the entry and
the field (``agencies.toml: agency #3 (QNA): field 'domains': 'qna org' is not a domain``).
Agencies and outlets are kept apart: a newspaper or broadcaster cited as a source is reported
as an outlet, never as a news agency.
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from provenance.errors import DataError

#: Fields an entry may carry, and whether each is required.
FIELDS: dict[str, bool] = {
    "id": True,
    "name": True,
    "names_ar": False,
    "aliases": False,
    "abbrev": False,
    "dateline_only": False,
    "domains": True,
    "country": True,
    "notes": False,
}
#: The top-level tables of the file and the ``kind`` each one gives its entries.
SECTIONS = {"agency": "agency", "outlet": "outlet"}

_ID = re.compile(r"[A-Za-z][A-Za-z0-9_]{0,31}")
_DOMAIN = re.compile(r"(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,8}[a-z]{2,24}")
_COUNTRY = re.compile(r"[A-Z]{2}|intl")


@dataclass(frozen=True, slots=True)
class Agency:
    """One news agency or outlet of the registry."""

    id: str
    """Canonical id used in reports (``INA``, ``AP``, ``AFP``, ``Reuters``)."""
    name: str
    """English name."""
    kind: str
    """``agency`` for news agencies, ``outlet`` for newspapers and broadcasters."""
    names_ar: tuple[str, ...]
    """Arabic names and spelling variants, matched wherever they stand."""
    aliases: tuple[str, ...]
    """Other Latin-script names (``Associated Press``)."""
    abbrev: tuple[str, ...]
    """Abbreviations in both scripts, matched as whole words wherever they stand."""
    dateline_only: tuple[str, ...]
    """Forms too ambiguous to match bare (``واس``): only in dateline, bracketed or named shapes."""
    domains: tuple[str, ...]
    """The organisation's web domains, lower case."""
    country: str
    """ISO 3166 alpha-2 country code, or ``intl`` for international wires."""
    notes: str = ""
    """Maintainer notes."""

    @property
    def surfaces(self) -> tuple[str, ...]:
        """Every written form the detector looks for (the English ``name`` is only a label)."""
        return (*self.names_ar, *self.aliases, *self.abbrev, *self.dateline_only)


@dataclass(frozen=True, slots=True)
class Registry:
    """The validated registry: agencies and outlets, looked up by id."""

    agencies: tuple[Agency, ...]
    """News agencies, in file order."""
    outlets: tuple[Agency, ...]
    """Newspapers and broadcasters, in file order."""

    def by_id(self, id: str) -> Agency | None:
        """Return the agency or outlet whose id is ``id`` (case-sensitive), or None."""
        return self._index().get(id)

    def entries(self) -> tuple[Agency, ...]:
        """Agencies then outlets."""
        return self.agencies + self.outlets

    def domains(self) -> frozenset[str]:
        """Every domain of every entry, for the HTTP guard's allow-list."""
        return frozenset(d for entry in self.entries() for d in entry.domains)

    def _index(self) -> dict[str, Agency]:
        # Registries are small and frozen; build the index on demand rather than store a dict
        # in a frozen, slotted dataclass.
        return {entry.id: entry for entry in self.entries()}


def load_registry(path: Path | None = None) -> Registry:
    """Load and validate the registry from ``path``, or the bundled one (cached) when None.

    Raises :class:`DataError` naming the entry and field of the first problem found.
    """
    if path is None:
        return _default_registry()
    return _parse(path.read_bytes(), path.name)


@functools.cache
def _default_registry() -> Registry:
    data = resources.files("provenance").joinpath("data", "agencies.toml").read_bytes()
    return _parse(data, "agencies.toml")


def _parse(data: bytes, label: str) -> Registry:
    try:
        doc = tomllib.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise DataError(f"{label}: not valid TOML: {exc}") from None
    unknown = sorted(set(doc) - set(SECTIONS))
    if unknown:
        raise DataError(f"{label}: unknown table {unknown[0]!r} (expected agency or outlet)")
    groups: dict[str, list[Agency]] = {kind: [] for kind in SECTIONS.values()}
    ids: dict[str, str] = {}
    forms: dict[str, str] = {}
    for section, kind in SECTIONS.items():
        raw_entries = doc.get(section, [])
        if not isinstance(raw_entries, list):
            raise DataError(f"{label}: {section} must be an array of tables ([[{section}]])")
        for number, raw in enumerate(raw_entries, 1):
            where = f"{label}: {section} #{number}"
            entry = _entry(raw, kind, where)
            where = f"{where} ({entry.id})"
            if entry.id in ids:
                raise DataError(f"{where}: field 'id': duplicate of {ids[entry.id]}")
            ids[entry.id] = where
            _claim_forms(entry, forms, where)
            groups[kind].append(entry)
    return Registry(agencies=tuple(groups["agency"]), outlets=tuple(groups["outlet"]))


def _entry(raw: Any, kind: str, where: str) -> Agency:
    if not isinstance(raw, dict):
        raise DataError(f"{where}: not a table")
    ident = raw.get("id")
    if isinstance(ident, str) and ident:
        where = f"{where} ({ident})"
    for key in raw:
        if key not in FIELDS:
            raise DataError(f"{where}: unknown field {key!r}")
    for key, required in FIELDS.items():
        if required and key not in raw:
            raise DataError(f"{where}: missing field {key!r}")
    if not isinstance(ident, str) or not _ID.fullmatch(ident):
        raise DataError(f"{where}: field 'id': {ident!r} is not a letter then letters/digits")
    name = _text(raw, "name", where)
    lists = {key: _strings(raw, key, where) for key in
             ("names_ar", "aliases", "abbrev", "dateline_only", "domains")}
    if not (lists["names_ar"] or lists["aliases"] or lists["abbrev"] or lists["dateline_only"]):
        raise DataError(f"{where}: field 'names_ar': empty names (give a name or an abbrev)")
    if not lists["domains"]:
        raise DataError(f"{where}: field 'domains': empty")
    for domain in lists["domains"]:
        if not _DOMAIN.fullmatch(domain):
            raise DataError(f"{where}: field 'domains': {domain!r} is not a lower-case domain")
    country = _text(raw, "country", where)
    if not _COUNTRY.fullmatch(country):
        raise DataError(f"{where}: field 'country': {country!r} is not an ISO code or 'intl'")
    notes = raw.get("notes", "")
    if not isinstance(notes, str):
        raise DataError(f"{where}: field 'notes': not a string")
    return Agency(
        id=ident, name=name, kind=kind, names_ar=lists["names_ar"], aliases=lists["aliases"],
        abbrev=lists["abbrev"], dateline_only=lists["dateline_only"], domains=lists["domains"],
        country=country, notes=notes,
    )


def _text(raw: dict[str, Any], key: str, where: str) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or not value.strip():
        raise DataError(f"{where}: field {key!r}: empty or not a string")
    return value.strip()


def _strings(raw: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = raw.get(key, [])
    if not isinstance(value, list):
        raise DataError(f"{where}: field {key!r}: not a list")
    for item in value:
        if not isinstance(item, str) or not item.strip():
            raise DataError(f"{where}: field {key!r}: empty or non-string item {item!r}")
    return tuple(item.strip() for item in value)


def _claim_forms(entry: Agency, forms: dict[str, str], where: str) -> None:
    """Refuse a written form that two entries share: the detector could not tell them apart."""
    # Imported here: text.py is stdlib-only, but keeping the registry importable on its own
    # costs nothing.
    from provenance.text import normalize

    seen_here: set[str] = set()
    for form in entry.surfaces:
        key = normalize(form).casefold()
        if key in forms:
            raise DataError(f"{where}: duplicate alias {form!r} (already used by {forms[key]})")
        if key in seen_here:
            continue
        seen_here.add(key)
    for key in seen_here:
        forms[key] = where
