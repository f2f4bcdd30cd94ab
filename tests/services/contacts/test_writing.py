"""The one write path for contacts: every creator stores the same person alike, and every
field a contact holds survives create → get → update → get."""

from __future__ import annotations

import csv
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from deskcrm.app import build_services
from deskcrm.db import fts
from deskcrm.db.contact_queries import ContactFilter
from deskcrm.db.engine import Database
from deskcrm.db.opening import open_database
from deskcrm.db.tables import Contact
from deskcrm.domain.contact_parts import PostalAddress, UnparsedValue, Website
from deskcrm.services.contacts.contacts import ContactInput
from deskcrm.services.demo.demo import generate_demo
from deskcrm.services.import_export.exporting import export_all_json, import_all_json
from deskcrm.services.import_export.importing import ImportService
from deskcrm.services.storage.settings import AppSettings
from tests.conftest import NOW, TZ

PATHS = ("dialog", "import", "demo", "import_all")


def _services(path: Path) -> tuple[Any, Database]:
    db = open_database(path)
    bundle = build_services(db, clock=lambda: NOW, tz=TZ)
    bundle.settings.save(AppSettings(business_name="T", default_currency="EUR", phone_region="DE"))
    return bundle, db


def _demo_lead(tmp_path: Path) -> tuple[Any, Database, int]:
    """A database made by the demo whose first person is a lead (a history of one step,
    like a person typed in or imported); the seed is found, not guessed."""
    for seed in range(1, 60):
        bundle, db = _services(tmp_path / f"demo{seed}.sqlite3")
        generate_demo(db, contacts=1, seed=seed, now=NOW)
        (cid,) = bundle.contacts.list_ids(ContactFilter())
        if bundle.contacts.get(cid).data.lifecycle == "lead":
            return bundle, db, cid
        db.close()
    raise AssertionError("no demo seed makes a lead first")


def _csv_of(person: ContactInput, path: Path) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(
            [
                "First Name",
                "Last Name",
                "E-mail Address",
                "Mobile Phone",
                "Company",
                "Job Title",
                "Business Street",
                "Business Postal Code",
                "Business City",
                "Business Country/Region",
                "Birthday",
                "Lifecycle",
                "Source",
                "Tags",
            ]
        )
        writer.writerow(
            [
                person.first_name,
                person.last_name,
                ";".join(person.emails),
                ";".join(person.phones),
                person.company_name,
                person.title,
                person.address,
                person.postal_code,
                person.city,
                person.country,
                person.birthday.isoformat() if person.birthday else "",
                person.lifecycle,
                person.source,
                ";".join(person.tags),
            ]
        )
    return path


def _stored(bundle: Any, db: Database, cid: int) -> dict[str, Any]:
    """What the write path derives and stores, labels aside (a CSV has none)."""
    data = bundle.contacts.get(cid).data
    with db.reading() as session:
        index = fts.indexed_row(session, cid)
        sort_name = session.get(Contact, cid).sort_name
    return {
        "sort_name": sort_name,
        "index": index,
        "history": [stage for stage, _at, _cause in bundle.contacts.lifecycle_history(cid)],
        "emails": data.emails,
        "phones": data.phones,
        "addresses": [replace(a, label="") for a in data.addresses],
        "flat": (data.address, data.postal_code, data.city, data.country),
        "tags": data.tags,
        "company": data.company_name,
        "fields": (data.title, data.birthday, data.lifecycle, data.source),
    }


@pytest.mark.parametrize("path", PATHS)
def test_the_same_person_is_stored_alike_by_every_creator(path: str, tmp_path: Path) -> None:
    demo, demo_db, demo_id = _demo_lead(tmp_path)
    person = demo.contacts.get(demo_id).data
    person = replace(person, company_id=None)  # by name: each database has its own ids
    expected = _stored(demo, demo_db, demo_id)
    assert expected["addresses"] and expected["emails"]  # a person with something to store
    bundle, db = _services(tmp_path / "target.sqlite3")
    if path == "dialog":
        cid = bundle.contacts.create(person).id
    elif path == "import":
        report = ImportService(db, bundle.settings).import_contacts_csv(
            _csv_of(person, tmp_path / "one.csv")
        )
        assert report.new == 1
        (cid,) = bundle.contacts.list_ids(ContactFilter())
    elif path == "demo":
        bundle, db, cid = demo, demo_db, demo_id
    else:
        made, made_db = _services(tmp_path / "made.sqlite3")
        cid = made.contacts.create(person).id
        export_all_json(made_db, tmp_path / "all.json", now=NOW)
        import_all_json(db, tmp_path / "all.json")
    assert _stored(bundle, db, cid) == expected


def everything(**overrides: Any) -> ContactInput:
    values: dict[str, Any] = dict(
        first_name="Anna",
        last_name="Müller",
        middle_name="Maria",
        name_prefix="Dr.",
        name_suffix="PhD",
        nickname="Annie",
        company_name="Kaffee Verde",
        title="Buyer",
        department="Purchasing",
        emails=["anna@work.example", "anna@home.example"],
        email_labels=["work", "home"],
        phones=["030 1234567", "0170 1234567"],
        phone_labels=["work", "mobile"],
        addresses=[
            PostalAddress("work", "Hauptstr. 1", "3. OG", "", "Berlin", "BE", "10115", "Germany"),
            PostalAddress("home", "Ringweg 2", "", "PF 12", "Potsdam", "BB", "14467", "Germany"),
        ],
        websites=[
            Website("https://anna.example", "home"),
            Website("https://www.linkedin.com/in/anna", "LinkedIn"),
        ],
        birthday=date(2000, 4, 22),
        birthday_year_known=False,
        anniversary=date(2015, 6, 1),
        lifecycle="customer",
        source="Fair",
        source_uid="urn:uuid:1234",
        notes="Met at the fair",
        follow_up_days=30,
        tags=["VIP"],
        unparsed=[UnparsedValue("birthday", "circa 1800", "not a date", "a.vcf, line 3, BDAY")],
    )
    values.update(overrides)
    return ContactInput(**values)


def test_every_field_survives_create_get_update_get(services) -> None:
    typed = everything()
    cid = services.contacts.create(typed).id
    data = services.contacts.get(cid).data
    assert replace(data, company_id=None) == replace(
        typed,
        # The flat fields mirror the first address.
        address="Hauptstr. 1",
        postal_code="10115",
        city="Berlin",
        country="Germany",
        phones=["+49301234567", "+491701234567"],
    )
    edited = replace(
        data,
        nickname="Ann",
        email_labels=["home", "work"],
        addresses=[data.addresses[1], replace(data.addresses[0], city="Hamburg")],
        websites=[Website("https://anna.example/new", "blog")],
        anniversary=date(2016, 6, 1),
        anniversary_year_known=True,
        unparsed=[],
    )
    changes = services.contacts.update(cid, edited)
    assert changes.touches_contact(cid)
    again = services.contacts.get(cid).data
    assert again == replace(edited, address="Ringweg 2", postal_code="14467", city="Potsdam")


def test_values_are_cleaned_before_they_are_stored(services) -> None:
    cid = services.contacts.create(
        everything(
            email_labels=["  " + "w" * 80],
            websites=[Website("  https://a.example/\n  page  ", " home "), Website("   ")],
            addresses=[PostalAddress("home"), PostalAddress(city=" Köln ")],
            nickname="  Annie  ",
        )
    ).id
    data = services.contacts.get(cid).data
    assert data.email_labels == ["w" * 50, ""]  # clipped; the second email has none
    assert data.websites == [Website("https://a.example/page", "home")]
    assert data.addresses == [PostalAddress(city="Köln")]  # an empty address is no address
    assert (data.city, data.nickname) == ("Köln", "Annie")


def test_flat_fields_are_the_first_address_when_no_list_is_given(services) -> None:
    cid = services.contacts.create(
        ContactInput(first_name="Bo", address="Weg 1", postal_code="50667", city="Köln")
    ).id
    data = services.contacts.get(cid).data
    assert data.addresses == [PostalAddress(street="Weg 1", postal_code="50667", city="Köln")]


def test_a_birthday_without_its_year_never_shows_a_year(services) -> None:
    cid = services.contacts.create(
        everything(birthday=date(1904, 2, 29), birthday_year_known=False)
    ).id
    detail = services.contacts.get(cid)
    assert detail.data.birthday_year_known is False
    assert detail.birthday_shown == "--02-29"
    assert "2000" not in detail.birthday_shown and "1904" not in detail.birthday_shown
    assert detail.data.birthday == date(2000, 2, 29)  # stored in the leap year 2000
    assert detail.anniversary_shown == "2015-06-01"


def test_an_update_keeps_labels_in_the_order_given(services) -> None:
    cid = services.contacts.create(everything()).id
    data = services.contacts.get(cid).data
    services.contacts.update(
        cid,
        replace(
            data,
            phones=list(reversed(data.phones)),
            phone_labels=list(reversed(data.phone_labels)),
        ),
    )
    again = services.contacts.get(cid).data
    assert list(zip(again.phones, again.phone_labels, strict=True)) == [
        ("+491701234567", "mobile"),
        ("+49301234567", "work"),
    ]


@pytest.mark.parametrize(
    "typed",
    ["annie", "maria", "purchasing", "potsdam", "14467", "linkedin", "anna.example"],
)
def test_search_finds_a_contact_by_what_address_books_carry(services, typed: str) -> None:
    cid = services.contacts.create(everything()).id
    services.contacts.create(ContactInput(first_name="Other", city="Bonn"))
    assert services.contacts.list_ids(ContactFilter(text=typed)) == [cid]
    # The index an edit rebuilds in SQL says the same as the one a create wrote.
    services.contacts.update(cid, services.contacts.get(cid).data)
    assert services.contacts.list_ids(ContactFilter(text=typed)) == [cid]


def test_an_index_row_written_in_bulk_equals_the_one_rebuilt_in_sql(services, db) -> None:
    cid = services.contacts.create(everything()).id
    with db.reading() as session:
        written = fts.indexed_row(session, cid)
    assert written is not None
    with db.transaction() as session:
        fts.refresh_contacts(session, [cid])
    with db.reading() as session:
        assert fts.indexed_row(session, cid) == written


def test_create_and_trash_return_what_changed(services) -> None:
    created = services.contacts.create(everything())
    assert created.changes.contacts == {created.id}
    assert created.changes.reshapes("contacts")
    assert created.changes.touches("companies", "tags")  # one was typed by name
    assert services.contacts.delete([created.id, 999]).contacts == {created.id}
