"""CSV import: encodings, delimiters, known headers, mapping, validation with line numbers,
duplicates, dry run, one transaction, undo, and files that are not what they claim."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from deskcrm.db.contact_queries import ContactFilter
from deskcrm.errors import DeskCrmError, NotFoundError
from deskcrm.services.contacts.companies import CompanyInput
from deskcrm.services.contacts.contacts import ContactInput
from deskcrm.services.import_export.exporting import export_contacts_csv
from deskcrm.services.import_export.importing import ImportFileError, ImportService


@pytest.fixture
def importer(db, services) -> ImportService:
    return ImportService(db, services.settings)


def write(path: Path, rows: list[list[str]], encoding: str = "utf-8", delimiter: str = ",") -> Path:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


OUTLOOK = ["First Name", "Last Name", "E-mail Address", "Mobile Phone", "Company", "Business City"]


@pytest.mark.parametrize(
    ("encoding", "delimiter"),
    [("utf-8", ","), ("utf-8-sig", ";"), ("utf-16", "\t"), ("cp1252", ",")],
)
def test_encodings_and_delimiters_are_detected(
    importer, services, tmp_path: Path, encoding: str, delimiter: str
) -> None:
    path = write(
        tmp_path / "c.csv",
        [OUTLOOK, ["Zoë", "Müller", "zoe@example.com", "030 1234567", "Café Ørsted", "Köln"]],
        encoding,
        delimiter,
    )
    report = importer.import_contacts_csv(path)
    assert (report.new, report.delimiter) == (1, delimiter)
    (row,) = services.contacts.rows(services.contacts.list_ids(ContactFilter())).values()
    assert (row.name, row.company, row.city, row.phone) == (
        "Zoë Müller",
        "Café Ørsted",
        "Köln",
        "+49301234567",
    )


def test_google_contacts_headers_and_tags(importer, services, tmp_path: Path) -> None:
    header = [
        "Given Name",
        "Family Name",
        "E-mail 1 - Value",
        "E-mail 2 - Value",
        "Phone 1 - Value",
        "Organization 1 - Name",
        "Organization 1 - Title",
        "Birthday",
        "Notes",
        "Group Membership",
    ]
    path = write(
        tmp_path / "google.csv",
        [
            header,
            [
                "Anna",
                "Schmidt",
                "a@example.com",
                "anna@home.example",
                "+44 20 7946 0018",
                "Atelier",
                "Owner",
                "1990-02-28",
                "Met at fair",
                "VIP ::: * myContacts",
            ],
        ],
    )
    importer.import_contacts_csv(path)
    (contact_id,) = services.contacts.list_ids(ContactFilter())
    data = services.contacts.get(contact_id).data
    assert data.emails == ["a@example.com", "anna@home.example"] and data.tags == ["VIP"]
    assert (
        data.title == "Owner" and data.notes == "Met at fair" and str(data.birthday) == "1990-02-28"
    )


def test_unknown_headers_need_a_mapping(importer, services, tmp_path: Path) -> None:
    path = write(tmp_path / "odd.csv", [["Vorname X", "Mail"], ["Jonas", "jonas@example.com"]])
    with pytest.raises(ImportFileError, match="no name or email column recognised"):
        importer.import_contacts_csv(path)
    report = importer.import_contacts_csv(
        path, mapping={"first_name": "Vorname X", "emails": "Mail"}
    )
    assert report.new == 1 and services.contacts.search("jonas")[0].email == "jonas@example.com"


def test_a_mapping_is_remembered_for_files_with_the_same_columns(
    importer, services, tmp_path: Path
) -> None:
    first = write(tmp_path / "a.csv", [["Vorname X", "Mail"], ["Jonas", "jonas@example.com"]])
    importer.import_contacts_csv(first, mapping={"first_name": "Vorname X", "emails": "Mail"})
    assert services.settings.saved_mapping(["vorname x", "MAIL "]) == {
        "first_name": "vorname x",
        "emails": "MAIL ",
    }  # the same columns in another case still match
    second = write(tmp_path / "b.csv", [["Vorname X", "Mail"], ["Mia", "mia@example.com"]])
    report = importer.import_contacts_csv(second)  # no mapping given: the saved one is used
    assert report.new == 1 and services.contacts.search("mia")[0].email == "mia@example.com"
    other = write(tmp_path / "c.csv", [["Vorname X", "Mail", "Extra"], ["Li", "li@example.com"]])
    with pytest.raises(ImportFileError, match="no name or email column recognised"):
        importer.import_contacts_csv(other)  # different columns: not guessed from the old one


def test_a_value_that_cannot_be_read_never_costs_the_contact(
    importer, services, tmp_path: Path
) -> None:
    path = write(
        tmp_path / "bad.csv",
        [
            OUTLOOK,
            ["Ann", "A", "ann@example.com", "", "", ""],
            ["Bob", "B", "not-an-email", "", "", ""],
            ["", "", "", "hello", "", ""],
            ["", "", "", "", "", ""],
        ],
    )
    report = importer.import_contacts_csv(path)
    # Bob without his unreadable address; "hello", a number to check, is someone's too.
    assert report.new == 3 and services.contacts.count() == 3 and report.invalid == []


def test_duplicates_are_skipped_or_merged_and_reimport_adds_nothing(
    importer, services, tmp_path: Path
) -> None:
    existing = services.contacts.create(
        ContactInput(first_name="Anna", emails=["anna@example.com"])
    ).id
    path = write(
        tmp_path / "d.csv",
        [
            [*OUTLOOK, "Tags"],
            ["Anna", "Müller", "ANNA@example.com", "030 1234567", "", "Berlin", "VIP"],
            ["Ben", "B", "ben@example.com", "030 7654321", "", "", ""],
            ["Ben", "B", "benny@example.com", "030 7654321", "", "", ""],
            ["Clara", "C", "clara@example.com", "030 7654321", "", "", ""],
        ],
    )
    report = importer.import_contacts_csv(path)
    # Anna exists (same email); the second Ben row is Ben (same number, same name); Clara
    # only shares the office number, so she is someone else.
    assert (report.new, report.duplicates) == (2, 2)
    assert services.contacts.get(existing).data.phones == []  # skipped, not merged
    merged = importer.import_contacts_csv(path, merge_duplicates=True)
    assert (merged.new, merged.duplicates, merged.merged) == (0, 4, 3)  # into 3 contacts
    anna = services.contacts.get(existing).data
    assert anna.phones == ["+49301234567"] and anna.city == "Berlin" and anna.tags == ["VIP"]
    ben = services.contacts.search("ben@example")[0]
    assert sorted(services.contacts.get(ben.id).data.emails) == [
        "ben@example.com",
        "benny@example.com",
    ]
    clara = services.contacts.search("clara@example")[0]
    assert services.contacts.get(clara.id).data.emails == ["clara@example.com"]
    assert importer.import_contacts_csv(path).new == 0


def test_colleagues_sharing_a_switchboard_number_stay_three_people(
    importer, services, tmp_path: Path
) -> None:
    services.contacts.create(
        ContactInput(first_name="Ada", last_name="Lind", phones=["+49 30 1234567"])
    )
    path = write(
        tmp_path / "office.csv",
        [
            OUTLOOK,
            ["Bo", "Berg", "bo@example.com", "+49 30 1234567", "", ""],
            ["Cem", "Aydin", "cem@example.com", "+49 30 1234567", "", ""],
            ["ada", "LIND", "", "+49 30 1234567", "", ""],  # Ada again: same name and number
        ],
    )
    report = importer.import_contacts_csv(path)
    assert (report.new, report.duplicates) == (2, 1)
    assert services.contacts.count() == 3
    assert importer.import_contacts_csv(path).new == 0  # re-importing adds nothing


def test_an_import_can_be_undone_as_one_batch(importer, services, tmp_path: Path) -> None:
    keep = services.contacts.create(ContactInput(first_name="Keep")).id
    path = write(
        tmp_path / "c.csv",
        [OUTLOOK, ["A", "A", "a@example.com", "", "", ""], ["B", "B", "b@example.com", "", "", ""]],
    )
    report = importer.import_contacts_csv(path)
    assert importer.undo_import(report.batch).contacts == 2
    with pytest.raises(NotFoundError, match="no import called 'bogus'"):
        importer.undo_import("bogus")
    assert services.contacts.list_ids(ContactFilter()) == [keep]


def test_undoing_an_import_takes_back_the_companies_it_made_but_not_one_someone_joined(
    importer, services, tmp_path: Path
) -> None:
    """An undo leaves the database as before the import: the companies a file created
    (from a company-only row, or as a person's employer) go to the trash with its people;
    a company someone added by hand meanwhile joined stays; redo brings all back."""
    before = services.companies.find_by_name("Older Ltd")
    assert before is None
    older = services.companies.create(CompanyInput(name="Older Ltd")).id
    path = write(
        tmp_path / "firms.csv",
        [
            ["First Name", "Last Name", "E-mail Address", "Company"],
            ["Ann", "Ash", "ann@example.com", "Ashworks"],
            ["Ben", "Birch", "ben@example.com", "Birch & Co"],
            ["Cy", "Cole", "cy@example.com", "Older Ltd"],
            ["", "", "", "Only A Company GmbH"],
        ],
    )
    report = importer.import_contacts_csv(path)
    assert (report.new, report.companies) == (3, 1)
    made = {
        name: services.companies.find_by_name(name)
        for name in ("Ashworks", "Birch & Co", "Only A Company GmbH")
    }
    assert all(made.values())
    services.contacts.create(
        ContactInput(first_name="Hand", last_name="Made", company_name="Birch & Co")
    )

    undone = importer.undo_import(report.batch)

    assert (undone.contacts, undone.companies) == (3, 2)
    assert len(undone.changes.contacts) == 3  # the ids the undo moved, for the GUI to refresh
    assert undone.changes.companies == {made["Ashworks"], made["Only A Company GmbH"]}
    assert services.companies.find_by_name("Ashworks") is None
    assert services.companies.find_by_name("Only A Company GmbH") is None
    assert services.companies.find_by_name("Birch & Co") is not None  # Hand Made works there
    assert services.companies.find_by_name("Older Ltd") == older  # not made by the import
    redone = importer.restore_import(report.batch)
    assert redone.contacts == undone.changes.contacts
    assert services.companies.find_by_name("Ashworks") is not None
    assert services.companies.find_by_name("Only A Company GmbH") is not None
    assert services.contacts.count() == 4


def test_our_own_export_imports_back_into_an_empty_database(
    db, services, importer, tmp_path: Path
) -> None:
    services.contacts.create(
        ContactInput(
            first_name="=2+2",
            last_name="Hacker",
            phones=["+49 30 1234567"],
            emails=["h@example.com"],
            tags=["VIP"],
            company_name="Acme",
        )
    )
    path = tmp_path / "export.csv"
    export_contacts_csv(db, path)
    services.contacts.delete(services.contacts.list_ids(ContactFilter()))
    assert importer.import_contacts_csv(path).new == 1
    (row,) = services.contacts.rows(services.contacts.list_ids(ContactFilter())).values()
    assert (row.first_name, row.phone, row.company) == ("=2+2", "+49301234567", "Acme")


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "the file is empty"),
        (b"First Name,Last Name\r\n", "only a header row"),
        (b'First Name,Last Name\r\n"Anna,Smith\r\nBen,Jones\r\n', "line"),
        (b"\x00\x01\x02binary\x00garbage" * 50, "binary file"),
        (b"\xff\xfe\x00\xd8", "not valid utf-16"),
    ],
)
def test_bad_files_get_a_clear_message_and_change_nothing(
    importer, services, tmp_path: Path, content: bytes, expected: str
) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(ImportFileError, match=expected) as caught:
        importer.import_contacts_csv(path)
    assert "bad.csv" in str(caught.value)
    assert services.contacts.count() == 0


def test_mixed_line_endings_and_a_10_mb_field(importer, services, tmp_path: Path) -> None:
    big = "x" * (10 * 1024 * 1024)
    path = tmp_path / "mixed.csv"
    path.write_bytes(f"First Name,Notes\nAnna,short\r\nBen,{big}\rCem,ok\n".encode())
    report = importer.import_contacts_csv(path)
    assert report.new == 3
    ben = services.contacts.search("ben")[0]
    assert (
        len(services.contacts.get(ben.id).data.notes) == 100_000
    )  # notes are capped, not lost silently


def test_a_bad_mapping_names_the_field(importer, tmp_path: Path) -> None:
    path = write(tmp_path / "c.csv", [OUTLOOK, ["A", "B", "a@example.com", "", "", ""]])
    with pytest.raises(DeskCrmError, match="not a field"):
        importer.import_contacts_csv(path, mapping={"shoe_size": "Company"})
    with pytest.raises(DeskCrmError, match="no column named “Nope”"):
        importer.import_contacts_csv(path, mapping={"city": "Nope"})


VCARDS = (
    "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;Anna;;;\r\n"
    "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Anna M=C3=BCller\r\n"
    "EMAIL;TYPE=WORK:anna@example.com\r\nEMAIL;TYPE=HOME:anna@home.example\r\n"
    "TEL;CELL:+49 30 1234567\r\nTEL;WORK:+44 20 7946 0018\r\nORG:Kaffee Verde\r\nTITLE:Owner\r\n"
    "CATEGORIES:VIP,Local\r\nBDAY:1990-02-28\r\n"
    "NOTE:A long note that is folded\r\n  over two lines\r\n"
    "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRg==\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ben Ng\r\nN:Ng;Ben;;;\r\n"
    "EMAIL:ben@example.com\r\nEND:VCARD\r\n"
)


def test_vcards_with_quoted_printable_folding_and_several_emails(
    importer, services, tmp_path: Path
) -> None:
    path = tmp_path / "contacts.vcf"
    path.write_text(VCARDS, encoding="utf-8")
    report = importer.import_contacts_csv(path)
    assert report.new == 2 and report.delimiter == "vCard"
    anna = services.contacts.get(services.contacts.search("anna")[0].id)
    assert anna.name == "Anna Müller" and anna.company_name == "Kaffee Verde"
    assert anna.data.emails == ["anna@example.com", "anna@home.example"]
    assert anna.data.phones == ["+49301234567", "+442079460018"]
    assert anna.data.tags == ["Local", "VIP"] and str(anna.data.birthday) == "1990-02-28"
    assert (
        anna.data.notes == "A long note that is folded over two lines"
        and anna.data.title == "Owner"
    )
    assert importer.import_contacts_csv(path).new == 0  # again: nothing doubled


def test_a_vcard_cut_off_before_its_end_keeps_the_card_and_names_its_line(
    importer, services, tmp_path: Path
) -> None:
    path = tmp_path / "broken.vcf"
    path.write_text(
        "BEGIN:VCARD\nVERSION:3.0\nFN:Ann\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nFN:Bob\n",
        encoding="utf-8",
    )
    report = importer.import_contacts_csv(path)
    assert report.new == 2 and services.contacts.count() == 2
    assert [str(notice) for notice in report.skipped] == [
        "broken.vcf, line 5: END — the file ends inside this card; kept"
    ]


def test_our_vcard_export_imports_back(db, services, importer, tmp_path: Path) -> None:
    from deskcrm.services.import_export.exporting import export_contacts_vcard

    services.contacts.create(
        ContactInput(
            first_name="Łukasz",
            last_name="Ørsted",
            emails=["l@example.com"],
            phones=["+44 20 7946 0018"],
            company_name="Nordlicht, AG",
            tags=["VIP"],
            notes="tea\\nand cake",
        )
    )
    path = tmp_path / "out.vcf"
    export_contacts_vcard(db, path)
    services.contacts.delete(services.contacts.list_ids(ContactFilter()))
    assert importer.import_contacts_csv(path).new == 1
    again = services.contacts.get(services.contacts.list_ids(ContactFilter())[0])
    assert (again.name, again.company_name, again.data.tags) == (
        "Łukasz Ørsted",
        "Nordlicht, AG",
        ["VIP"],
    )


def test_the_search_index_an_import_writes_equals_a_full_rebuild(
    importer, db, tmp_path: Path
) -> None:
    from sqlalchemy import text

    from deskcrm.db import fts

    path = write(
        tmp_path / "c.csv",
        [
            ["First Name", "Last Name", "E-mail Address", "Mobile Phone", "Company", "Notes"],
            ["Zoë", "Müller", "zoe@example.com; z@home.example", "030 1234567", "Café Ø", "VIP"],
            ["", "Solo", "solo@example.com", "", "", ""],
            ["Ann", "", "", "+44 20 7946 0000, 030 7654321", "café ø", ""],
        ],
    )
    importer.import_contacts_csv(path)
    query = text("SELECT rowid, name, company, emails, phones, notes FROM contact_fts ORDER BY 1")
    with db.reading() as session:
        written = session.execute(query).all()
    with db.transaction() as session:
        fts.rebuild(session)
    with db.reading() as session:
        rebuilt = session.execute(query).all()

    assert written == rebuilt and len(written) == 3
    assert written[2][2] == "Café Ø"  # the company as stored, not as this row spelled it


def test_vcard_names_and_addresses_with_commas_import_as_text(
    importer, services, tmp_path: Path
) -> None:
    path = tmp_path / "commas.vcf"
    path.write_text(
        "BEGIN:VCARD\nVERSION:3.0\nN:,0\nFN:x\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nN:Smith;John,Paul;;;\n"
        "ADR:;;Main St\\, 5,Unit 2;Town;;12345;Land\nEMAIL:jp@example.com\nEND:VCARD\n",
        encoding="utf-8",
    )
    report = importer.import_contacts_csv(path)
    assert report.new == 2
    (row,) = services.contacts.search("jp@example")
    data = services.contacts.get(row.id).data
    assert (data.first_name, data.last_name, data.city) == ("John Paul", "Smith", "Town")


def test_company_only_records_become_companies_once(importer, services, tmp_path: Path) -> None:
    path = write(
        tmp_path / "orgs.csv",
        [
            ["Name", "Organization", "E-mail Address", "Business Phone", "Mobile Phone", "Notes"],
            ["Acme GmbH", "Acme GmbH", "info@acme.example", "+49 30 1234567", "", "Supplier"],
            ["", "ACME GMBH", "", "", "+49 170 1234567", ""],  # the same company again
            ["Ann Lee", "Acme GmbH", "ann@acme.example", "", "", ""],
        ],
    )
    report = importer.import_contacts_csv(path)

    assert (report.new, report.companies, report.duplicates) == (1, 1, 1)
    (company_id,) = services.companies.list_ids()
    acme = services.companies.get(company_id)
    assert (acme.name, acme.email, acme.phone) == (
        "Acme GmbH",
        "info@acme.example",
        "+49 30 1234567",  # as written
    )
    assert acme.notes == "Supplier\nPhone: +49 170 1234567"  # the second record's number kept
    ann = services.contacts.get(services.contacts.search("ann@acme")[0].id)
    assert ann.company_name == "Acme GmbH"  # Ann works at the company the file made
    again = importer.import_contacts_csv(path)
    assert (again.new, again.companies, again.duplicates) == (0, 0, 3)
    assert services.companies.list_ids() == [company_id]


def test_a_company_record_with_more_than_a_company_holds_keeps_the_rest_in_its_notes(
    importer, services, tmp_path: Path
) -> None:
    path = write(
        tmp_path / "org.csv",
        [
            ["Organization", "E-mail 1 - Value", "E-mail 2 - Value", "Phone 1 - Value", "Birthday"],
            ["Nordlicht AG", "a@nordlicht.example", "b@nordlicht.example", "030 1234567", "soon"],
        ],
    )
    report = importer.import_contacts_csv(path)
    (company_id,) = services.companies.list_ids()
    company = services.companies.get(company_id)
    assert report.companies == 1 and company.email == "a@nordlicht.example"
    assert "E-mail: b@nordlicht.example" in company.notes
    assert "Kept as written — birthday: soon" in company.notes
    assert [str(k) for k in report.kept] == [
        "org.csv, line 2, Birthday: birthday “soon” — not a date DeskCRM can read"
    ]


def test_merging_gives_a_contact_the_labels_addresses_and_websites_it_lacks(
    importer, services, tmp_path: Path
) -> None:
    existing = services.contacts.create(
        ContactInput(first_name="Anna", last_name="Berg", emails=["anna@example.com"])
    ).id
    path = write(
        tmp_path / "more.csv",
        [
            [
                "First Name",
                "Last Name",
                "E-mail 1 - Type",
                "E-mail 1 - Value",
                "E-mail 2 - Type",
                "E-mail 2 - Value",
                "Address 1 - Type",
                "Address 1 - City",
                "Website 1 - Value",
                "Department",
            ],
            [
                "Anna",
                "Berg",
                "Work",
                "anna@example.com",
                "Home",
                "anna@home.example",
                "Home",
                "Köln",
                "https://anna.example",
                "Sales",
            ],
        ],
    )
    skipped = importer.import_contacts_csv(path)
    assert (skipped.new, skipped.duplicates, skipped.merged) == (0, 1, 0)
    assert services.contacts.get(existing).data.emails == ["anna@example.com"]

    merged = importer.import_contacts_csv(path, merge_duplicates=True)

    assert (merged.new, merged.merged) == (0, 1)
    data = services.contacts.get(existing).data
    assert data.emails == ["anna@example.com", "anna@home.example"]
    assert data.email_labels == ["", "home"]  # the contact's own label is not overwritten
    assert [(a.label, a.city) for a in data.addresses] == [("home", "Köln")]
    assert data.city == "Köln"  # the flat mirror follows the first address
    assert [w.url for w in data.websites] == ["https://anna.example"]
    assert data.department == "Sales"
    assert services.contacts.search("anna.example")[0].id == existing  # the index too
    assert importer.import_contacts_csv(path, merge_duplicates=True).new == 0


def test_the_preview_names_the_columns_nothing_will_import(tmp_path: Path) -> None:
    from deskcrm.services.import_export.importing import preview_csv

    path = write(
        tmp_path / "p.csv",
        [["First Name", "Shoe Size", "E-mail Address", ""], ["Ann", "38", "a@x.de", "?"]],
    )
    preview = preview_csv(path)
    assert preview.mapping["first_name"] == "First Name"
    assert preview.mapping["emails"] == "E-mail Address"
    assert preview.not_imported == ["Shoe Size", "column 4 (D, e.g. “?”)"]


def test_the_preview_of_a_vcard_shows_its_cards(tmp_path: Path) -> None:
    from deskcrm.services.import_export.importing import preview_csv

    path = tmp_path / "contacts.vcf"
    path.write_text(VCARDS, encoding="utf-8")
    preview = preview_csv(path)
    assert (preview.rows, preview.delimiter, preview.mapping) == (2, "vCard", {})
    assert preview.sample[0][:4] == [
        "Anna Müller",
        "Kaffee Verde",
        "anna@example.com",
        "+49 30 1234567",
    ]


def test_a_vcard_import_names_the_properties_it_did_not_keep(importer, tmp_path: Path) -> None:
    path = tmp_path / "c.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Lee\r\nN:Lee;Ann;;;\r\n"
        "X-CUSTOM1:a\r\nRELATED:urn:uuid:1\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bo Ek\r\nN:Ek;Bo;;;\r\nX-CUSTOM1:b\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    report = importer.import_contacts_csv(path)
    assert report.new == 2
    assert report.not_imported == ["X-CUSTOM1 (2)", "RELATED (1)"]


def test_one_number_under_several_labels_keeps_every_label_and_exports_them_back(
    db, services, importer, tmp_path: Path
) -> None:
    from deskcrm.services.import_export.exporting import export_contacts_vcard

    path = tmp_path / "android.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Doe;Jane;;;\r\nTEL;CELL:+49 30 123456\r\n"
        "TEL;WORK:+49 30 123456\r\nTEL;WORK;FAX:+49 30 123456\r\nTEL;HOME:+49 30 999\r\n"
        "END:VCARD\r\n",
        encoding="utf-8",
    )
    importer.import_contacts_csv(path)
    (contact_id,) = services.contacts.list_ids(ContactFilter())
    data = services.contacts.get(contact_id).data
    wanted = [("+4930123456", "mobile, work, work fax"), ("+4930999", "home")]
    assert list(zip(data.phones, data.phone_labels, strict=True)) == wanted
    out = tmp_path / "out.vcf"
    export_contacts_vcard(db, out)
    assert out.read_text(encoding="utf-8").count("tel:+4930123456") == 3
    services.contacts.delete([contact_id])
    importer.import_contacts_csv(out)
    (again,) = services.contacts.list_ids(ContactFilter())
    data = services.contacts.get(again).data
    assert list(zip(data.phones, data.phone_labels, strict=True)) == wanted


def test_an_outlook_callback_number_equal_to_the_mobile_keeps_both_labels(
    importer, services, tmp_path: Path
) -> None:
    path = write(
        tmp_path / "outlook.csv",
        [
            ["First Name", "Last Name", "Mobile Phone", "Callback", "Business Phone"],
            ["Jo", "Ek", "+49 151 2345678", "+49 151 2345678", "+49 30 1234567"],
        ],
    )
    importer.import_contacts_csv(path)
    (contact_id,) = services.contacts.list_ids(ContactFilter())
    data = services.contacts.get(contact_id).data
    assert (len(data.phones), data.phone_labels) == (2, ["mobile, callback", "work"])


def test_skipped_records_are_named_with_what_was_not_taken(
    importer, services, tmp_path: Path
) -> None:
    services.contacts.create(
        ContactInput(first_name="Ann", last_name="Lee", emails=["ann@example.com"])
    )
    path = write(
        tmp_path / "again.csv",
        [
            ["First Name", "Last Name", "E-mail Address", "E-mail 2 Address", "Mobile Phone"],
            ["Bo", "Ek", "bo@example.com", "", ""],
            ["Ann", "Lee", "ann@example.com", "ann@home.example", "+49 151 23456789"],
        ],
    )
    report = importer.import_contacts_csv(path)
    assert (report.new, report.duplicates) == (1, 1)
    (record,) = report.matched
    assert str(record) == (
        "again.csv, line 3 → Ann Lee (not taken: ann@home.example, +4915123456789;"
        " import with --merge to add them)"
    )
    merged = importer.import_contacts_csv(path, merge_duplicates=True)
    assert merged.matched == []


def test_a_column_without_a_name_that_holds_values_is_named_by_its_letter_and_first_value(
    tmp_path: Path, services
) -> None:
    # A spreadsheet whose sixth column has no header, a trailing empty one, and a row
    # with a cell past the end of the header.
    rows = [
        ["First Name", "Last Name", "E-mail Address", "", "Notes", "", ""],
        ["Ann", "Lee", "ann@example.com", "", "", "", ""],
        ["Bob", "Roe", "bob@example.com", "VIP customer since 2019, see file", "", "", ""],
        ["Cy", "Poe", "cy@example.com", "", "", "", "", "late cell"],
    ]
    path = write(tmp_path / "sheet.csv", rows)
    report = services.importing.import_contacts_csv(path, dry_run=True)
    assert report.not_imported == [
        "column 4 (D, e.g. “VIP customer since…”)",
        "column 8 (H, e.g. “late cell”)",
    ]
    assert report.new == 3
