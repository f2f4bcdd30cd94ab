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
