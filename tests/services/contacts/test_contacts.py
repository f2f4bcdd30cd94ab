"""Contact use cases on a real migrated SQLite file."""

from __future__ import annotations

from datetime import date

import pytest

from deskcrm.db.contact_queries import ContactFilter, ContactSort
from deskcrm.errors import NotFoundError, ValidationError
from deskcrm.services.contacts.contacts import ContactInput


def anna(**overrides) -> ContactInput:
    values = dict(
        first_name="Anna",
        last_name="Müller",
        emails=["anna@example.com"],
        phones=["030 1234567"],
        city="Berlin",
        lifecycle="customer",
        tags=["VIP", "Newsletter"],
    )
    values.update(overrides)
    return ContactInput(**values)  # type: ignore[arg-type]


def test_creating_a_contact_normalises_and_stores_everything(services) -> None:
    contact_id = services.contacts.create(
        anna(
            emails=[" anna@Example.COM ", "anna@example.com", "a.m@home.example"],
            birthday=date(1990, 2, 28),
            company_name="Kaffee Verde GmbH",
        )
    ).id
    detail = services.contacts.get(contact_id)
    assert detail.name == "Anna Müller"
    assert detail.data.emails == ["anna@example.com", "a.m@home.example"]
    assert detail.data.phones == ["+49301234567"]
    assert detail.phones_display == ["+49 30 1234567"]
    assert detail.data.tags == ["Newsletter", "VIP"]
    assert detail.data.birthday == date(1990, 2, 28)
    assert detail.company_name == "Kaffee Verde GmbH"
    assert services.companies.find_by_name("Kaffee Verde GmbH") == detail.data.company_id
    assert detail.created_at.tzinfo is not None


def test_invalid_fields_are_all_reported_and_nothing_is_saved(services) -> None:
    with pytest.raises(ValidationError) as caught:
        services.contacts.create(
            ContactInput(first_name=" ", emails=["not-an-email"], phones=["hello"])
        )
    # No name is asked for: the contact goes by its phone ("hello" is kept, to check).
    assert set(caught.value.errors) == {"emails"}
    assert "not-an-email" in caught.value.errors["emails"]
    with pytest.raises(ValidationError) as caught:  # an address that is none is no clue
        services.contacts.create(ContactInput(first_name=" ", emails=["not-an-email"]))
    assert set(caught.value.errors) == {"first_name", "emails"}
    with pytest.raises(ValidationError) as caught:  # nothing at all to go by
        services.contacts.create(ContactInput(first_name=" ", city="Berlin"))
    assert set(caught.value.errors) == {"first_name"}
    assert services.contacts.count() == 0


def test_a_failed_update_leaves_the_contact_as_it_was(services) -> None:
    contact_id = services.contacts.create(anna()).id
    with pytest.raises(ValidationError):
        services.contacts.update(
            contact_id, anna(first_name="", last_name="", emails=[], phones=[], city="Paris")
        )
    assert services.contacts.get(contact_id).data.city == "Berlin"


def test_duplicates_are_found_by_email_or_normalised_phone(services) -> None:
    first = services.contacts.create(anna()).id
    by_email = services.contacts.find_duplicates(["anna@example.com"], [])
    by_phone = services.contacts.find_duplicates([], ["+49 (30) 123 4567"])
    assert [(d.contact_id, d.reason) for d in by_email] == [(first, "same email anna@example.com")]
    assert [d.contact_id for d in by_phone] == [first]
    assert services.contacts.find_duplicates(["anna@example.com"], [], exclude_id=first) == []


def test_search_is_prefix_and_diacritics_insensitive(services) -> None:
    anna_id = services.contacts.create(anna()).id
    services.contacts.create(anna(first_name="Annabel", last_name="Smith", emails=[], phones=[]))
    services.contacts.create(anna(first_name="Bob", last_name="Mueller", emails=[], phones=[]))
    assert [r.id for r in services.contacts.search("ann mü")] == [anna_id]
    assert [r.id for r in services.contacts.search("anna muller")] == [anna_id]
    assert {r.name for r in services.contacts.search("ann")} == {"Anna Müller", "Annabel Smith"}
    assert [r.id for r in services.contacts.search("0301234")] == [anna_id]
    assert [r.id for r in services.contacts.search("anna@exa")] == [anna_id]
    assert services.contacts.search('" OR *') == []


def test_search_follows_edits_and_company_renames(services) -> None:
    contact_id = services.contacts.create(anna(company_name="Nordlicht AG")).id
    assert [r.id for r in services.contacts.search("nordlicht")] == [contact_id]
    company_id = services.contacts.get(contact_id).data.company_id
    data = services.companies.get(company_id)
    data.name = "Polarstern GmbH"
    services.companies.update(company_id, data)
    assert services.contacts.search("nordlicht") == []
    assert [r.id for r in services.contacts.search("polarst")] == [contact_id]
    services.contacts.update(contact_id, anna(last_name="Schmidt"))
    assert services.contacts.search("müller") == []


def test_deleted_contacts_go_to_the_trash_and_come_back(services) -> None:
    contact_id = services.contacts.create(anna()).id
    deleted = services.contacts.delete([contact_id, 999])
    assert deleted.contacts == {contact_id}  # only what was really moved, for undo
    assert deleted.reshapes("contacts")
    assert services.contacts.list_ids(ContactFilter()) == []
    assert services.contacts.list_ids(ContactFilter(in_trash=True)) == [contact_id]
    assert services.contacts.search("anna") == []
    with pytest.raises(NotFoundError):
        services.contacts.update(contact_id, anna())
    assert services.contacts.restore([contact_id]).touches_contact(contact_id)
    assert services.contacts.list_ids(ContactFilter()) == [contact_id]
    services.contacts.delete([contact_id])
    assert services.contacts.empty_trash() == 1
    with pytest.raises(NotFoundError):
        services.contacts.get(contact_id)


def test_list_filters_by_tag_lifecycle_and_text_and_sorts_in_sql(services) -> None:
    a = services.contacts.create(anna()).id
    b = services.contacts.create(
        anna(
            first_name="Ben",
            last_name="Abel",
            emails=["ben@x.example"],
            phones=[],
            lifecycle="lead",
            tags=["VIP"],
            city="Aachen",
        )
    ).id
    c = services.contacts.create(
        anna(
            first_name="Zoë",
            last_name="Young",
            emails=[],
            phones=[],
            lifecycle="lead",
            tags=[],
            city="",
        )
    ).id
    vip = next(t.id for t in services.tags.all_with_counts() if t.name == "VIP")
    ids = services.contacts.list_ids
    assert ids(ContactFilter()) == [a, b, c]
    assert ids(ContactFilter(descending=True)) == [c, b, a]
    assert ids(ContactFilter(sort=ContactSort.CITY)) == [b, a, c]  # empty cities last
    assert ids(ContactFilter(tag_id=vip)) == [a, b]
    assert ids(ContactFilter(lifecycle="lead")) == [b, c]
    assert ids(ContactFilter(lifecycle="lead", tag_id=vip)) == [b]
    assert ids(ContactFilter(text="zo")) == [c]
    rows = services.contacts.rows([a, c])
    assert rows[a].email == "anna@example.com" and rows[c].email == ""


def test_tag_counts_ignore_contacts_in_the_trash(services) -> None:
    a = services.contacts.create(anna()).id
    services.contacts.create(anna(first_name="Ben", emails=[], phones=[], tags=["VIP"]))
    services.contacts.delete([a])
    counts = {t.name: t.contacts for t in services.tags.all_with_counts()}
    assert counts == {"Newsletter": 0, "VIP": 1}


def test_a_swiss_contact_s_number_is_read_as_swiss_whatever_the_default_region(services) -> None:
    contact_id = services.contacts.create(
        anna(phones=["079 123 45 67"], city="Zürich", country="Schweiz")
    ).id
    detail = services.contacts.get(contact_id)
    assert detail.data.phones == ["+41791234567"]
    assert detail.phones_to_check == []


def test_a_number_not_valid_for_the_contact_s_country_is_kept_as_typed_to_be_checked(
    services,
) -> None:
    # Default region DE; the contact lives in the US, where "0151 2345678" is no number.
    contact_id = services.contacts.create(anna(phones=["0151 2345678", "hello"], country="USA")).id
    detail = services.contacts.get(contact_id)
    assert detail.data.phones == ["0151 2345678", "hello"]  # never +1…, never refused
    assert detail.phones_to_check == ["0151 2345678", "hello"]
    assert all("check this number" in shown for shown in detail.phones_display)


def test_a_number_to_check_is_no_sign_of_a_duplicate(services) -> None:
    services.contacts.create(anna(phones=["12"]))
    assert services.contacts.find_duplicates([], ["12"]) == []
    assert services.contacts.find_duplicates([], ["030 1234567"]) == []
    services.contacts.create(anna(emails=[], first_name="Ben"))
    assert [d.reason for d in services.contacts.find_duplicates([], ["+49 30 1234567"])] == [
        "same phone +49 30 1234567"
    ]
