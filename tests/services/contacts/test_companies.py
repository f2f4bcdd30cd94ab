"""Company use cases on a real migrated SQLite file: trash, edits meanwhile, undo."""

from __future__ import annotations

from dataclasses import replace

import pytest

from deskcrm.errors import ValidationError
from deskcrm.services.contacts.companies import CompanyInput
from deskcrm.services.contacts.contacts import ContactInput


def person(first_name: str, company_name: str = "Nordlicht AG", **overrides) -> ContactInput:
    values = dict(
        first_name=first_name,
        last_name="Berger",
        company_name=company_name,
        phones=["030 1234567"],
        city="Berlin",
    )
    values.update(overrides)
    return ContactInput(**values)  # type: ignore[arg-type]


def test_undoing_a_company_delete_relinks_a_person_edited_while_it_was_in_the_trash(
    services,
) -> None:
    anna = services.contacts.create(person("Anna")).id
    ben = services.contacts.create(person("Ben")).id
    company_id = services.contacts.get(anna).data.company_id

    moved = sorted(services.companies.delete([company_id]).companies)
    data = services.contacts.get(anna).data
    services.contacts.update(anna, replace(data, phones=["030 7654321"]))
    services.companies.restore(moved)  # what Edit ▸ Undo of the delete calls

    assert services.contacts.get(anna).data.company_id == company_id
    assert services.contacts.get(anna).data.phones == ["+49307654321"]
    assert services.contacts.get(ben).data.company_id == company_id
    assert services.contacts.rows([anna])[anna].company == "Nordlicht AG"


def test_a_person_saved_from_the_form_with_the_trashed_company_blank_is_relinked_on_undo(
    services,
) -> None:
    anna = services.contacts.create(person("Anna")).id
    company_id = services.contacts.get(anna).data.company_id

    moved = sorted(services.companies.delete([company_id]).companies)
    # The form's company picker lists live companies only: it comes back blank.
    data = services.contacts.get(anna).data
    services.contacts.update(anna, replace(data, company_id=None, company_name="", title="CEO"))
    services.companies.restore(moved)

    assert services.contacts.get(anna).data.company_id == company_id
    assert services.contacts.get(anna).data.title == "CEO"


def test_a_person_linked_to_another_company_meanwhile_stays_there_after_undo(services) -> None:
    anna = services.contacts.create(person("Anna")).id
    old_company = services.contacts.get(anna).data.company_id
    new_company = services.companies.create(CompanyInput(name="Kaffee Verde GmbH")).id

    moved = sorted(services.companies.delete([old_company]).companies)
    data = services.contacts.get(anna).data
    services.contacts.update(anna, replace(data, company_id=new_company, company_name=""))
    services.companies.restore(moved)

    assert services.contacts.get(anna).data.company_id == new_company


def test_a_person_can_be_moved_to_a_company_typed_by_name_while_theirs_is_in_the_trash(
    services,
) -> None:
    anna = services.contacts.create(person("Anna")).id
    old_company = services.contacts.get(anna).data.company_id

    moved = sorted(services.companies.delete([old_company]).companies)
    data = services.contacts.get(anna).data
    services.contacts.update(anna, replace(data, company_id=None, company_name="Sonnenhof KG"))
    services.companies.restore(moved)

    assert services.contacts.get(anna).company_name == "Sonnenhof KG"


def test_linking_a_new_person_to_a_company_in_the_trash_is_refused(services) -> None:
    anna = services.contacts.create(person("Anna")).id
    company_id = services.contacts.get(anna).data.company_id
    services.companies.delete([company_id])

    with pytest.raises(ValidationError):
        services.contacts.create(person("Ben", company_name="", company_id=company_id))


def test_names_and_lookup_skip_companies_in_the_trash(services) -> None:
    first = services.companies.create(CompanyInput(name="Nordlicht AG")).id
    second = services.companies.create(CompanyInput(name="Alpenblick GmbH")).id
    services.companies.delete([first])

    assert services.companies.names() == [(second, "Alpenblick GmbH")]
    assert services.companies.find_by_name(" alpenblick gmbh ") == second
    assert services.companies.find_by_name("Nordlicht AG") is None


def test_a_company_phone_is_kept_as_written_letters_and_extension_included(services) -> None:
    created = services.companies.create(
        CompanyInput(name="Flowers Inc", phone="+1 800 FLOWERS x123")
    ).id
    assert services.companies.get(created).phone == "+1 800 FLOWERS x123"


def test_a_company_imported_with_a_source_id_is_found_by_it_after_a_rename(services) -> None:
    company_id = services.companies.create(
        CompanyInput(name="Apple Inc.", source_uid="ABCD-1234")
    ).id
    assert services.companies.get(company_id).source_uid == "ABCD-1234"
    # Renamed from the form, which knows nothing of source ids: the id stays.
    services.companies.update(company_id, CompanyInput(name="Apple", phone="+1 408 996 1010"))
    assert services.companies.get(company_id).source_uid == "ABCD-1234"
    assert services.companies.find_by_source_uid("ABCD-1234") == company_id
    assert services.companies.find_by_source_uid(" ABCD-1234 ") == company_id
    assert services.companies.find_by_source_uid("") is None
    assert services.companies.find_by_source_uid("other") is None
    # In the trash it is no match: an import would make the company again.
    services.companies.delete([company_id])
    assert services.companies.find_by_source_uid("ABCD-1234") is None


def test_live_source_uids_map_each_id_to_the_oldest_live_company(services, db) -> None:
    from deskcrm.db import company_queries

    first = services.companies.create(CompanyInput(name="Initech", source_uid="u-1")).id
    services.companies.create(CompanyInput(name="Initech GmbH", source_uid="u-1"))
    services.companies.create(CompanyInput(name="Made here"))
    with db.reading() as session:
        assert company_queries.live_source_uids(session) == {"u-1": first}
