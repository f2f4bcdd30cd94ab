"""The companies list sorts by letters, not bytes (issue 19: "company and city sort by
byte value ("Bäckerei" after "Bright")" — still so in the companies list), on both
engines: by name, city and country, either way, empty values last, ties by name."""

from __future__ import annotations

from deskcrm.services.contacts.companies import CompanyInput

COMPANIES = [
    ("Bright Ideas", "Ulm", "Germany"),
    ("Bäckerei Sonne", "Überlingen", "Germany"),
    ("alpha GmbH", "", "Austria"),
    ("Zeta AG", "aachen", ""),
    ("Łódź Print", "Łódź", "Poland"),
]


def _names(services, sort: str, descending: bool = False) -> list[str]:
    rows = services.companies.rows(ids := services.companies.list_ids("", sort, descending))
    return [rows[i].name for i in ids]


def test_by_name_city_and_country(services) -> None:
    for name, city, country in COMPANIES:
        services.companies.create(CompanyInput(name=name, city=city, country=country))
    assert _names(services, "name") == [
        "alpha GmbH",
        "Bäckerei Sonne",
        "Bright Ideas",
        "Łódź Print",
        "Zeta AG",
    ]
    assert _names(services, "name", descending=True)[0] == "Zeta AG"
    # aachen, Łódź, Überlingen, Ulm; alpha (no city) last.
    assert _names(services, "city") == [
        "Zeta AG",
        "Łódź Print",
        "Bäckerei Sonne",
        "Bright Ideas",
        "alpha GmbH",
    ]
    assert _names(services, "city", descending=True) == [
        "Bright Ideas",
        "Bäckerei Sonne",
        "Łódź Print",
        "Zeta AG",
        "alpha GmbH",
    ]
    # Austria, Germany (Bäckerei before Bright), Poland; Zeta (no country) last.
    assert _names(services, "country") == [
        "alpha GmbH",
        "Bäckerei Sonne",
        "Bright Ideas",
        "Łódź Print",
        "Zeta AG",
    ]


def test_a_search_keeps_the_order(services) -> None:
    for name, city, country in COMPANIES:
        services.companies.create(CompanyInput(name=name, city=city, country=country))
    rows = services.companies.rows(ids := services.companies.list_ids("e", "name", False))
    assert [rows[i].name for i in ids] == ["Bäckerei Sonne", "Bright Ideas", "Zeta AG"]
