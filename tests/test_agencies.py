"""The agency registry: contents, lookups and validation errors that name the bad entry."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.agencies import Registry, load_registry
from provenance.errors import DataError

ARAB_NATIONAL = (
    "INA", "SPA", "WAM", "QNA", "KUNA", "BNA", "ONA", "Petra", "SANA", "NNA", "MENA", "WAFA",
    "SUNA", "LANA", "TAP", "APS", "MAP", "Saba", "AMI", "SONNA", "ADI",
)
INTERNATIONAL = (
    "Reuters", "AP", "AFP", "dpa", "ANSA", "EFE", "Xinhua", "TASS", "RIA", "Sputnik", "Anadolu",
    "IRNA", "Tasnim", "Fars", "ISNA", "Kyodo", "Yonhap", "Bernama", "PTI", "ANI", "UPI", "ILKHA",
    "Ukrinform", "PAP", "APA", "AKI", "EuropaPress", "Interfax", "CNA", "Bloomberg",
)

GOOD_ENTRY = """
[[agency]]
id = "XNA"
name = "Example News Agency"
names_ar = ["وكالة الأنباء المثالية"]
abbrev = ["XNA"]
domains = ["example.org"]
country = "intl"
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "agencies.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_bundled_registry_lists_arab_and_international_agencies() -> None:
    """Every Arab national agency and the major wires are present, at least 45 in all."""
    registry = load_registry()
    ids = {a.id for a in registry.agencies}
    assert len(registry.agencies) >= 45
    assert set(ARAB_NATIONAL) <= ids
    assert set(INTERNATIONAL) <= ids


def test_lookup_by_id_and_fields() -> None:
    """``by_id`` returns the entry with its Arabic names, abbreviations and domains."""
    registry = load_registry()
    ina = registry.by_id("INA")
    assert ina is not None
    assert ina.name == "Iraqi News Agency"
    assert "وكالة الأنباء العراقية" in ina.names_ar
    assert "واع" in ina.dateline_only
    assert ina.domains == ("ina.iq",)
    assert ina.country == "IQ"
    assert ina.kind == "agency"
    assert registry.by_id("NoSuchAgency") is None


def test_outlets_are_kept_apart_from_agencies() -> None:
    """Newspapers and broadcasters sit in the outlet list with kind ``outlet``."""
    registry = load_registry()
    outlet_ids = {o.id for o in registry.outlets}
    assert {"CNN", "BBC", "AlJazeera", "AlArabiya", "SkyNewsArabia", "RT", "France24",
            "AsharqAlAwsat", "AlIttihad", "Alsumaria", "Rudaw", "NYT", "WashingtonPost",
            "WSJ"} <= outlet_ids
    assert not outlet_ids & {a.id for a in registry.agencies}
    assert all(o.kind == "outlet" for o in registry.outlets)
    cnn = registry.by_id("CNN")
    assert cnn is not None and cnn.kind == "outlet"


def test_domains_feed_the_guard_allow_list() -> None:
    """``domains()`` gathers agency and outlet domains."""
    domains = load_registry().domains()
    assert {"ina.iq", "reuters.com", "apnews.com", "spa.gov.sa", "aljazeera.net"} <= domains
    assert all(d == d.lower() and "." in d for d in domains)


def test_default_registry_is_cached() -> None:
    """The bundled registry is read once."""
    assert load_registry() is load_registry()


def test_loads_a_supplied_file(tmp_path: Path) -> None:
    """A user file with one valid entry loads."""
    registry = load_registry(write(tmp_path, GOOD_ENTRY))
    assert isinstance(registry, Registry)
    assert [a.id for a in registry.agencies] == ["XNA"]
    assert registry.outlets == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (GOOD_ENTRY.replace('id = "XNA"\n', ""), "agency #1: missing field 'id'"),
        (GOOD_ENTRY + GOOD_ENTRY.replace('abbrev = ["XNA"]', "abbrev = []"),
         "agency #2 (XNA): field 'id': duplicate of"),
        (GOOD_ENTRY + GOOD_ENTRY.replace('id = "XNA"', 'id = "YNA"'),
         "agency #2 (YNA): duplicate alias"),
        (GOOD_ENTRY.replace('names_ar = ["وكالة الأنباء المثالية"]', "names_ar = []")
         .replace('abbrev = ["XNA"]', "abbrev = []"), "agency #1 (XNA): field 'names_ar': empty"),
        (GOOD_ENTRY.replace('"example.org"', '"example org"'),
         "agency #1 (XNA): field 'domains': 'example org'"),
        (GOOD_ENTRY.replace('country = "intl"', 'country = "intl"\nwebsite = "x"'),
         "agency #1 (XNA): unknown field 'website'"),
        (GOOD_ENTRY.replace('country = "intl"', 'country = "Iraq"'),
         "agency #1 (XNA): field 'country'"),
        (GOOD_ENTRY.replace("[[agency]]", "[[agencies]]"), "unknown table 'agencies'"),
        ("[[agency]\nid=", "not valid TOML"),
    ],
)
def test_validation_errors_name_entry_and_field(tmp_path: Path, text: str, expected: str) -> None:
    """Each problem raises one DataError line naming the entry and the field."""
    with pytest.raises(DataError) as caught:
        load_registry(write(tmp_path, text))
    message = str(caught.value)
    assert expected in message
    assert "\n" not in message
