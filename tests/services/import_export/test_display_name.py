"""The whole name a file gives (vCard FN, a CSV "Display Name") is kept when it is not
just the name parts joined: stored, read back, searchable, and written back by both
exports, so a Japanese name comes back in its own order."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from deskcrm.db.contact_queries import ContactFilter
from deskcrm.services.contacts.contacts import ContactInput
from deskcrm.services.import_export.csv_producers import display_name_unless_parts
from deskcrm.services.import_export.exporting import export_contacts_csv, export_contacts_vcard
from deskcrm.services.import_export.importing import ImportService

JAPANESE = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:名無し;権兵衛;;;\r\nFN:名無しの権兵衛\r\n"
    "EMAIL:gonbe@example.jp\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lee;Ann;;;\r\nFN:Ann Lee\r\nEND:VCARD\r\n"
)


@pytest.fixture
def importer(db, services) -> ImportService:
    return ImportService(db, services.settings)


def _by_email_or_name(services) -> dict[str, ContactInput]:
    ids = services.contacts.list_ids(ContactFilter())
    details = [services.contacts.get(i) for i in ids]
    return {d.data.first_name: d.data for d in details}


@pytest.mark.parametrize(
    ("whole", "parts", "kept"),
    [
        ("Ann Lee", ("", "Ann", "", "Lee", ""), ""),
        ("Dr. Ann  B. Lee Jr.", ("Dr.", "Ann", "B.", "Lee", "Jr."), ""),
        ("Ann Lee", ("Dr.", "Ann", "B.", "Lee", ""), ""),  # FN without middle or prefix
        ("名無しの権兵衛", ("", "権兵衛", "", "名無し", ""), "名無しの権兵衛"),
        ("Lee, Ann", ("", "Ann", "", "Lee", ""), "Lee, Ann"),
    ],
)
def test_a_whole_name_is_kept_only_when_it_says_more_than_the_parts(
    whole: str, parts: tuple[str, str, str, str, str], kept: str
) -> None:
    assert display_name_unless_parts(whole, *parts) == kept


def test_fn_is_kept_searchable_and_exported_back(db, services, importer, tmp_path: Path) -> None:
    source = tmp_path / "in.vcf"
    source.write_text(JAPANESE, encoding="utf-8")
    assert importer.import_contacts_csv(source).new == 2
    people = _by_email_or_name(services)
    assert people["権兵衛"].display_name == "名無しの権兵衛"
    assert people["Ann"].display_name == ""
    assert [row.id for row in services.contacts.search("名無しの権兵衛")] != []

    vcf, table = tmp_path / "out.vcf", tmp_path / "out.csv"
    export_contacts_vcard(db, vcf)
    export_contacts_csv(db, table)
    assert "FN:名無しの権兵衛" in vcf.read_text(encoding="utf-8")
    with table.open(encoding="utf-8-sig", newline="") as fh:
        shown = {row["First Name"]: row["Display Name"] for row in csv.DictReader(fh)}
    assert shown == {"権兵衛": "名無しの権兵衛", "Ann": ""}

    for exported in (vcf, table):
        services.contacts.delete(services.contacts.list_ids(ContactFilter()))
        assert importer.import_contacts_csv(exported).new == 2
        again = _by_email_or_name(services)
        assert (again["権兵衛"].display_name, again["権兵衛"].last_name) == (
            "名無しの権兵衛",
            "名無し",
        )
        assert again["Ann"].display_name == ""


def test_a_display_name_column_differing_from_the_parts_is_kept(
    services, importer, tmp_path: Path
) -> None:
    path = tmp_path / "t.csv"
    path.write_text(
        "First Name,Last Name,Display Name,E-mail Address\n"
        "Ann,Lee,Ann Lee (Berlin office),ann@example.com\n"
        "Bo,Ek,Bo Ek,bo@example.com\n",
        encoding="utf-8",
    )
    assert importer.import_contacts_csv(path).new == 2
    people = _by_email_or_name(services)
    assert (people["Ann"].display_name, people["Bo"].display_name) == (
        "Ann Lee (Berlin office)",
        "",
    )


def test_the_contact_service_stores_and_reads_the_display_name(services) -> None:
    created = services.contacts.create(
        ContactInput(first_name="Ann", last_name="Lee", display_name="Ann Lee (Berlin)")
    )
    detail = services.contacts.get(created.id)
    assert detail.data.display_name == "Ann Lee (Berlin)"
    services.contacts.update(created.id, ContactInput(first_name="Ann", last_name="Lee"))
    assert services.contacts.get(created.id).data.display_name == ""
