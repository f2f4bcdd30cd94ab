"""Export → import is lossless: contacts with every field filled, and companies (with
people and without), written as vCard 4.0 and as CSV, come back field by field from an
empty database, and add nothing to their own."""

from __future__ import annotations

import csv
import dataclasses
import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from deskcrm.db.contact_queries import ContactFilter
from deskcrm.db.engine import Database
from deskcrm.db.opening import open_database
from deskcrm.domain.contact_parts import PostalAddress, UnparsedValue, Website
from deskcrm.services.contacts.companies import CompanyInput
from deskcrm.services.contacts.contacts import ContactDetail, ContactInput
from deskcrm.services.import_export.export_records import contact_ids, read_contacts
from deskcrm.services.import_export.exporting import export_contacts_csv, export_contacts_vcard
from deskcrm.services.import_export.vcard_writer import contact_uid
from deskcrm.services.storage.settings import AppSettings
from tests.conftest import NOW, TZ

# Every separator the two formats must escape, in names, notes and labels alike.
HARD = ', ; \\ : "quoted" ü 😀'

EVERYTHING = ContactInput(
    first_name="Zoë; Ann",
    middle_name="Mary, Jo",
    last_name="O'Brien\\Smith: Sr",
    name_prefix="Dr.",
    name_suffix="PhD, MBA",
    nickname="Zo; the great",
    company_name="Nordlicht, AG; Berlin",
    title='Head of "Things": R\\D',
    department="Research; Labs, Ost",
    emails=["zoe@nordlicht.example", "zoe.home@example.org", "zo@club.example"],
    email_labels=["work", "home", "Tennis club"],
    phones=["+49 30 1234567", "+49 170 1234567", "+49 30 7654321", "+49 30 1111111", "12"],
    phone_labels=["work", "mobile", "work fax", "Switchboard; main", "other"],
    addresses=[
        PostalAddress(
            label="home",
            street="Hauptstraße 1; Hinterhaus",
            extended="Apt 2, 3rd floor",
            po_box="PO Box 5",
            city="Berlin",
            region="Berlin",
            postal_code="10115",
            country="Germany",
        ),
        PostalAddress(
            label="work",
            street="1 Infinite Loop",
            city="Cupertino",
            region="CA",
            postal_code="95014",
            country="USA",
        ),
        PostalAddress(
            label="Summer house: lake", street="Sjövägen 3", city="Åre", country="Sweden"
        ),
    ],
    websites=[
        Website("https://nordlicht.example/team?a=1,b=2;c", "work"),
        Website("https://zoe.example.org", "home"),
        Website("https://www.linkedin.com/in/zoe", "LinkedIn"),
    ],
    birthday=date(2000, 2, 29),
    birthday_year_known=False,
    anniversary=date(2011, 6, 30),
    anniversary_year_known=True,
    lifecycle="customer",
    source="Trade fair, Hall 3; booth 7",
    source_uid="urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1",
    notes=f"First line {HARD}\nSecond line\\n is not a line break\n\nafter a blank line",
    follow_up_days=30,
    tags=["VIP", "Trade fair 2024", "Ärzte"],
)

SECOND = ContactInput(
    first_name="Łukasz",
    last_name="Ørsted",
    middle_name="K.",
    name_prefix="Mr.",
    name_suffix="Jr.",
    nickname="Luk",
    company_name="Acme",
    title="CEO",
    department="Board",
    emails=["lukasz@acme.example"],
    email_labels=["other"],
    phones=["+44 20 7946 0018", "+44 7700 900123"],
    phone_labels=["home", "pager"],
    addresses=[PostalAddress(label="", street="221B Baker St", city="London", country="UK")],
    websites=[Website("https://acme.example", "")],
    birthday=date(1985, 7, 1),
    anniversary=date(2000, 12, 24),
    anniversary_year_known=False,
    lifecycle="prospect",
    source="Referral",
    notes=f"Notes {HARD}",
    follow_up_days=14,
    tags=["Partner"],
    unparsed=[
        UnparsedValue(
            "birthday",
            "circa 1800, give or take",
            "not a date DeskCRM can read; kept as written",
            "old.vcf, line 12, BDAY",
        )
    ],
)

# No email, no phone, no UID of its own: found again by its name and company.
NAME_ONLY = ContactInput(
    first_name="Solo",
    last_name="Person",
    company_name="Lone Co",
    lifecycle="former",
    source="Walk-in",
    notes="Only a name",
)

# Companies without people (what ORG-only cards and company-only CSV rows import as), one
# with every field a company holds.
COMPANY_EVERYTHING = CompanyInput(
    name='Müller & Söhne; GmbH, "Ost"',
    website="https://mueller-soehne.example/kontakt?a=1,b=2;c",
    email="info@mueller-soehne.example",
    phone="+49 221 1234567",
    address="Werkstraße 5; Hof\nHinterhaus, 2. OG",
    city="Köln",
    country="Germany",
    notes=f"Supplier {HARD}\nSecond line\\n is not a line break\n\nafter a blank line",
)
COMPANIES_ONLY = [
    COMPANY_EVERYTHING,
    CompanyInput(name="Just A Name Ltd"),
    CompanyInput(name="Phone As Typed", phone="12", city="Leeds"),
    CompanyInput(name="=Formula Works", website="https://formula.example", notes="-1+1"),
]

EXPORTS = {
    "vcard": (export_contacts_vcard, "contacts.vcf"),
    "csv": (export_contacts_csv, "contacts.csv"),
}


def _services(db: Database) -> Any:
    from deskcrm.app import build_services

    bundle = build_services(db, clock=lambda: NOW, tz=TZ)
    bundle.settings.save(
        AppSettings(business_name="Test Shop", default_currency="EUR", phone_region="DE")
    )
    return bundle


@pytest.fixture
def filled(services: Any) -> Any:
    for contact in (EVERYTHING, SECOND, NAME_ONLY):
        services.contacts.create(dataclasses.replace(contact))
    for company in COMPANIES_ONLY:
        services.companies.create(dataclasses.replace(company))
    return services


@pytest.fixture
def empty_db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "empty.sqlite3")
    yield database
    database.close()


def _details(services: Any) -> dict[str, ContactDetail]:
    """Every live contact, by its full name."""
    ids = services.contacts.list_ids(ContactFilter())
    details = [services.contacts.get(i) for i in ids]
    return {d.name: d for d in details}


def _comparable(detail: ContactDetail) -> dict[str, Any]:
    """What must survive: every field of the contact but the database's own ids."""
    fields = dataclasses.asdict(detail.data)
    fields.pop("company_id")
    fields["company"] = detail.company_name
    fields["phones_to_check"] = detail.phones_to_check
    return fields


def _differences(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    return [
        f"{name}: exported {before[name]!r}, imported {after.get(name)!r}"
        for name in before
        if before[name] != after.get(name)
    ]


def _name(record: Any) -> str:
    return f"{record.first_name} {record.last_name}".strip()


def _companies(services: Any) -> dict[str, CompanyInput]:
    """Every live company, by name."""
    found = [services.companies.get(i) for i in services.companies.list_ids()]
    return {company.name: company for company in found}


def _export(services: Any, db: Database, kind: str, tmp_path: Path) -> Path:
    write, name = EXPORTS[kind]
    path = tmp_path / name
    # A record for each contact and each company.
    assert write(db, path) == services.contacts.count() + len(_companies(services))
    return path


@pytest.mark.parametrize("kind", ["vcard", "csv"])
def test_export_then_import_into_an_empty_database_gives_every_field_back(
    filled: Any, db: Database, empty_db: Database, tmp_path: Path, kind: str
) -> None:
    before = _details(filled)
    assert len(before) == 3
    # A contact without a UID of its own is given one by the export; the import keeps it.
    made_uids = {
        _name(record): contact_uid(record) for record in read_contacts(db, contact_ids(db))
    }
    path = _export(filled, db, kind, tmp_path)

    other = _services(empty_db)
    report = other.importing.import_contacts_csv(path)
    assert (report.new, report.invalid) == (3, [])
    after = _details(other)
    assert sorted(after) == sorted(before)
    problems: list[str] = []
    for name, detail in before.items():
        expected = _comparable(detail)
        expected["source_uid"] = expected["source_uid"] or made_uids[name]
        problems += [f"{name}: {p}" for p in _differences(expected, _comparable(after[name]))]
    assert not problems, "fields lost or changed:\n" + "\n".join(problems)


@pytest.mark.parametrize("kind", ["vcard", "csv"])
def test_importing_an_export_into_its_own_database_adds_and_changes_nothing(
    filled: Any, db: Database, tmp_path: Path, kind: str
) -> None:
    before = {name: _comparable(d) for name, d in _details(filled).items()}
    path = _export(filled, db, kind, tmp_path)

    report = filled.importing.import_contacts_csv(path)
    assert report.new == 0 and report.invalid == []
    assert filled.contacts.count() == 3
    after = {name: _comparable(d) for name, d in _details(filled).items()}
    assert sorted(after) == sorted(before)
    problems = [
        f"{name}: {p}"
        for name in before
        for p in _differences(before[name], after[name])
        # Re-importing may give a contact the UID its export made for it; nothing else.
        if not p.startswith("source_uid: exported ''")
    ]
    assert not problems, "fields lost or changed:\n" + "\n".join(problems)


@pytest.mark.parametrize("kind", ["vcard", "csv"])
def test_a_second_export_of_the_imported_contacts_is_the_same_file(
    filled: Any, db: Database, empty_db: Database, tmp_path: Path, kind: str
) -> None:
    (tmp_path / "first").mkdir()
    (tmp_path / "second").mkdir()
    first = _export(filled, db, kind, tmp_path / "first")
    other = _services(empty_db)
    other.importing.import_contacts_csv(first)
    second = _export(other, empty_db, kind, tmp_path / "second")

    def lines(path: Path) -> list[str]:
        # REV and Created are when each database wrote the record: not the contact's data.
        text = path.read_text(encoding="utf-8-sig")
        return [line for line in text.splitlines() if not line.startswith("REV:")]

    if kind == "vcard":
        assert lines(first) == lines(second)
    else:

        def rows(path: Path) -> list[dict[str, str]]:
            read = csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig")))
            return [{k: v for k, v in row.items() if k != "Created"} for row in read]

        assert rows(first) == rows(second)


@pytest.mark.parametrize("kind", ["vcard", "csv"])
def test_companies_come_back_with_every_field_in_an_empty_database(
    filled: Any, db: Database, empty_db: Database, tmp_path: Path, kind: str
) -> None:
    before = _companies(filled)
    # The four without people and the three the contacts work at.
    assert len(before) == 7
    path = _export(filled, db, kind, tmp_path)

    other = _services(empty_db)
    report = other.importing.import_contacts_csv(path)
    assert (report.new, report.companies, report.invalid) == (3, 7, [])
    after = _companies(other)
    assert sorted(after) == sorted(before)
    problems = [
        f"{name}: {field}: exported {getattr(before[name], field)!r}, "
        f"imported {getattr(after[name], field)!r}"
        for name in before
        for field in (f.name for f in dataclasses.fields(CompanyInput))
        if getattr(before[name], field) != getattr(after[name], field)
        # The company takes the id its record had in the file (the export's UID).
        and not (field == "source_uid" and not getattr(before[name], field))
        # The vCard export writes a company's valid number in E.164 (the same number).
        and not (field == "phone" and getattr(after[name], field) == "+492211234567")
    ]
    assert not problems, "company fields lost or changed:\n" + "\n".join(problems)
    # The people are at their companies again.
    assert {d.name: d.company_name for d in _details(other).values()} == {
        d.name: d.company_name for d in _details(filled).values()
    }


@pytest.mark.parametrize("kind", ["vcard", "csv"])
def test_reimporting_companies_into_their_own_database_adds_nothing(
    filled: Any, db: Database, tmp_path: Path, kind: str
) -> None:
    before = _companies(filled)
    path = _export(filled, db, kind, tmp_path)

    report = filled.importing.import_contacts_csv(path)
    assert (report.new, report.companies, report.invalid) == (0, 0, [])
    assert _companies(filled) == before


def test_a_segment_export_writes_its_people_and_no_company_records(
    filled: Any, db: Database, tmp_path: Path
) -> None:
    ids = contact_ids(db)[:1]
    vcf, rows = tmp_path / "some.vcf", tmp_path / "some.csv"
    assert export_contacts_vcard(db, vcf, ids) == 1
    assert "KIND:org" not in vcf.read_text(encoding="utf-8")
    assert export_contacts_csv(db, rows, ids) == 1
    assert len(list(csv.DictReader(io.StringIO(rows.read_text(encoding="utf-8-sig"))))) == 1
