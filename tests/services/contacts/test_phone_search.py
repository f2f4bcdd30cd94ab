"""Finding a contact by a phone number typed the way people write it at home: with the
trunk prefix (0171 2345678), without the country code ((202) 555-0100) or without either
(171 2345678), whichever way the contact was saved (form, import, index rebuilt)."""

from __future__ import annotations

from pathlib import Path

import pytest

from deskcrm.db import fts
from deskcrm.db.contact_queries import ContactFilter
from deskcrm.services.contacts.contacts import ContactInput

TYPED_FOR_GERMAN = ["+49 171 2345678", "0171 2345678", "0171/234 56 78", "171 2345678"]
TYPED_FOR_AMERICAN = ["+1 202 555 0100", "(202) 555-0100", "202-555-0100", "1 202 555 0100"]


def _ids(services, typed: str) -> list[int]:
    return [row.id for row in services.contacts.search(typed)]


def _two_contacts(services) -> tuple[int, int]:
    german = services.contacts.create(
        ContactInput(first_name="Jana", last_name="Krause", phones=["+49 171 2345678"])
    ).id
    american = services.contacts.create(
        ContactInput(first_name="Dale", last_name="Cooper", phones=["+1 202 555 0100"])
    ).id
    return german, american


@pytest.mark.parametrize("typed", TYPED_FOR_GERMAN)
def test_a_german_mobile_is_found_in_its_national_forms(services, typed: str) -> None:
    german, _american = _two_contacts(services)
    assert _ids(services, typed) == [german]


@pytest.mark.parametrize("typed", TYPED_FOR_AMERICAN)
def test_an_american_number_is_found_without_its_country_code(services, typed: str) -> None:
    _german, american = _two_contacts(services)
    assert _ids(services, typed) == [american]


def test_the_contact_list_filter_finds_the_national_form_too(services) -> None:
    german, american = _two_contacts(services)
    assert services.contacts.list_ids(ContactFilter(text="(202) 555-0100")) == [american]
    assert services.contacts.list_ids(ContactFilter(text="0171 2345678")) == [german]


def test_imported_contacts_are_found_by_the_national_form(services, tmp_path: Path) -> None:
    # The import indexes its rows in bulk (fts.index_values), not through the form's path.
    path = tmp_path / "people.csv"
    path.write_text(
        "First Name,Last Name,Mobile Phone\r\nJana,Krause,+49 171 2345678\r\n"
        "Dale,Cooper,+1 202 555 0100\r\n",
        encoding="utf-8",
    )
    assert services.importing.import_contacts_csv(path).new == 2
    (jana,) = _ids(services, "0171 2345678")
    (dale,) = _ids(services, "(202) 555-0100")
    assert services.contacts.get(jana).data.first_name == "Jana"
    assert services.contacts.get(dale).data.first_name == "Dale"


def test_a_rebuilt_index_holds_the_same_national_forms(services, db) -> None:
    german, american = _two_contacts(services)
    with db.reading() as session:
        before = [fts.indexed_row(session, i) for i in (german, american)]
    with db.transaction() as session:
        fts.rebuild(session)
    with db.reading() as session:
        assert [fts.indexed_row(session, i) for i in (german, american)] == before
    assert _ids(services, "171 2345678") == [german]
    assert _ids(services, "(202) 555-0100") == [american]


def test_a_number_kept_as_typed_is_still_found_by_its_digits(services) -> None:
    # Not valid in Germany (the default region): kept as typed, to be checked.
    kept = services.contacts.create(
        ContactInput(first_name="Odd", last_name="Number", phones=["12 34"])
    ).id
    assert _ids(services, "12 34") == [kept]


def test_a_database_made_before_finds_numbers_by_their_national_form_once_upgraded(
    tmp_path: Path,
) -> None:
    import sqlite3

    from deskcrm.app import build_services
    from deskcrm.db import migrate
    from deskcrm.db.opening import open_database

    path = tmp_path / "older.sqlite3"
    migrate.upgrade(path, "0008")
    conn = sqlite3.connect(path)
    with conn:  # a contact as revision 0008 stored and indexed it
        stamp = "2026-03-15T10:30:00.000000"
        conn.execute(
            "INSERT INTO contact (id, first_name, last_name, sort_name, title, primary_email,"
            " primary_phone, address, postal_code, city, country, lifecycle, source, notes,"
            " created_at, updated_at) VALUES (7, 'Dale', 'Cooper', 'cooper dale', '', '',"
            " '+12025550100', '', '', '', '', 'lead', '', '', ?, ?)",
            (stamp, stamp),
        )
        conn.execute(
            "INSERT INTO contact_phone (contact_id, number, digits, label, position)"
            " VALUES (7, '+12025550100', '12025550100', 'work', 0)"
        )
        conn.execute(
            "INSERT INTO contact_fts (rowid, name, company, emails, phones, notes)"
            " VALUES (7, 'Dale Cooper', '', '', '+12025550100 12025550100', '')"
        )
    conn.close()

    database = open_database(path)  # upgrades it
    try:
        services = build_services(database)
        assert _ids(services, "(202) 555-0100") == [7]
        with database.reading() as session:
            row = fts.indexed_row(session, 7)
        assert row is not None and row[3] == "+12025550100 12025550100 2025550100"
    finally:
        database.close()
