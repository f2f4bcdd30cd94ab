"""Producers' CSV headers recognised, and rows read into every field without losing a value."""

from __future__ import annotations

from datetime import date

import pytest

from deskcrm.services.import_export.csv_producers import (
    map_header,
    normalise_label,
    recognise,
    with_overrides,
)
from deskcrm.services.import_export.import_rows import RowProblem, RowReader, read_date


def read_one(header: list[str], cells: list[str], region: str = "DE"):
    problems: list[RowProblem] = []
    row = RowReader(map_header(header), "people.csv").parse(2, cells, region, problems)
    return row, problems


@pytest.mark.parametrize(
    ("header", "field", "label"),
    [
        ("Primary Email", "emails", ""),
        ("Mobile Number", "phones", "mobile"),
        ("Work Phone", "phones", "work"),
        ("Organization", "company", ""),
        ("First", "first_name", ""),
        ("Last", "last_name", ""),
        ("E-mail 7 - Value", "emails", ""),
        ("Phone 12 - Value", "phones", ""),
        ("Address 4 - City", "city", ""),
        ("Website 3 - Value", "websites", ""),
        ("Vorname", "first_name", ""),
        ("Mobiltelefon", "phones", "mobile"),
        ("Straße geschäftlich", "street", "work"),
        ("Prénom", "first_name", ""),
        ("Adresse de messagerie", "emails", ""),
        ("Téléphone mobile", "phones", "mobile"),
        ("Apellidos", "last_name", ""),
        ("Correo electrónico", "emails", ""),
        ("Voornaam", "first_name", ""),
        ("E-mailadres", "emails", ""),
        ("Cognome", "last_name", ""),
        ("Indirizzo posta elettronica", "emails", ""),
        ("Person - Email - Work", "emails", "work"),
        ("Record ID", "source_uid", ""),
        ("Email (home)", "emails", "home"),
    ],
)
def test_producers_headers_are_recognised(header: str, field: str, label: str) -> None:
    target = recognise(header)
    assert target is not None and (target.field, target.label) == (field, label)


def test_outlook_title_is_a_prefix_next_to_job_title_and_the_job_title_alone() -> None:
    with_job = map_header(["Title", "First Name", "Job Title"])
    assert with_job.targets[0].field == "name_prefix"
    assert map_header(["Title", "First"]).targets[0].field == "title"


def test_every_column_not_imported_is_named_and_a_nameless_empty_one_is_not() -> None:
    # read_csv names a nameless column that holds values; one left nameless holds nothing.
    header = ["First Name", "Spouse", "column 3 (C, e.g. “x”)", "Connected On", ""]
    columns = map_header(header)
    assert columns.not_imported == ["Spouse", "column 3 (C, e.g. “x”)", "Connected On"]


def test_outlook_home_business_and_other_addresses_stay_three_labelled_addresses() -> None:
    header = ["First Name", "Business Street", "Business City", "Home Street", "Home City"]
    header += ["Other Street", "Other Postal Code"]
    row, _ = read_one(header, ["Ann", "1 Work Rd", "Bonn", "2 Home St", "Köln", "3 Else", "123"])
    assert row is not None
    assert [(a.label, a.street, a.city, a.postal_code) for a in row.addresses] == [
        ("work", "1 Work Rd", "Bonn", ""),
        ("home", "2 Home St", "Köln", ""),
        ("other", "3 Else", "", "123"),
    ]


def test_google_multi_value_cells_split_into_several_labelled_values() -> None:
    header = ["Name", "E-mail 1 - Type", "E-mail 1 - Value", "Phone 3 - Type", "Phone 3 - Value"]
    cells = [
        "Ann Lee",
        "* Work",
        "a@x.com ::: b@y.com",
        "Mobile",
        "+49 30 1234567 ::: +49 30 7654321",
    ]
    row, _ = read_one(header, cells)
    assert row is not None
    assert list(zip(row.emails, row.email_labels, strict=True)) == [
        ("a@x.com", "work"),
        ("b@y.com", "work"),
    ]
    assert row.phone_labels == ["mobile", "mobile"] and len(row.phones) == 2
    assert (row.values["first_name"], row.values["last_name"]) == ("Ann", "Lee")


def test_a_value_that_cannot_be_understood_is_kept_with_file_line_and_column() -> None:
    row, problems = read_one(
        ["First Name", "E-mail Address", "Birthday"], ["Ann", "ann@ex.com, not-mail", "circa 1800"]
    )
    assert problems == [] and row is not None and row.emails == ["ann@ex.com"]
    assert [(u.field_name, u.value, u.origin) for u in row.unparsed] == [
        ("email", "not-mail", "people.csv, line 2, E-mail Address"),
        ("birthday", "circa 1800", "people.csv, line 2, Birthday"),
    ]


def test_a_company_only_row_is_a_company() -> None:
    row, _ = read_one(["Display Name", "Organization", "Work Phone"], ["Acer", "Acer", "1"])
    assert row is not None and row.is_company and row.company == "Acer"
    person, _ = read_one(["Display Name", "Organization"], ["Jo Acer", "Acer"])
    assert person is not None and not person.is_company


def test_birthday_in_three_columns_with_the_month_as_a_word() -> None:
    header = ["First Name", "Birth Year", "Birth Month", "Birth Day"]
    row, _ = read_one(header, ["Bob", "1950", "december", "12"])
    assert row is not None and row.values["birthday"] == "1950-12-12"
    yearless, _ = read_one(header, ["Bob", "", "4", "22"])
    assert yearless is not None and yearless.values["birthday"] == "2000-04-22"
    assert yearless.values["birthday_year_known"] is False


@pytest.mark.parametrize(
    ("text", "day", "year_known"),
    [
        ("19220310", date(1922, 3, 10), True),
        ("1953-10-15T00:00:00Z", date(1953, 10, 15), True),
        ("--04-22", date(2000, 4, 22), False),
        ("--0422", date(2000, 4, 22), False),
        ("   1-01-01", date(2000, 1, 1), False),
        ("15.10.1953", date(1953, 10, 15), True),
        ("10/15/1953", date(1953, 10, 15), True),
    ],
)
def test_dates_in_the_forms_address_books_write(text: str, day: date, year_known: bool) -> None:
    found = read_date(text)
    assert found is not None and (found.day, found.year_known) == (day, year_known)


def test_circa_is_not_a_date() -> None:
    assert read_date("circa 1800") is None


def test_google_labels_lose_their_primary_mark_and_custom_labels_stay() -> None:
    assert normalise_label("* Home") == "home"
    assert normalise_label("Custom email") == "Custom email"


def test_google_system_group_my_contacts_is_no_tag() -> None:
    row, _ = read_one(
        ["Name", "Group Membership"], ["Ann", "* myContacts ::: Friends ::: * Starred"]
    )
    assert row is not None and row.tags == ["Friends", "Starred"]


def test_a_mapping_the_header_set_already_made_changes_nothing() -> None:
    """The import step passes every field it shows: choosing Google's first e-mail column
    for "emails" keeps the second and third e-mails."""
    header = ["Given Name", "E-mail 1 - Value", "E-mail 2 - Value", "Phone 1 - Value"]
    recognised = map_header(header)

    kept = with_overrides(recognised, {"emails": "E-mail 1 - Value", "first_name": "Given Name"})

    assert kept == recognised
    moved = with_overrides(recognised, {"emails": "Phone 1 - Value"})  # a real change
    assert [header[i] for i in moved.columns_of("emails")] == ["Phone 1 - Value"]
    assert moved.not_imported == ["E-mail 1 - Value", "E-mail 2 - Value"]


def test_deskcrm_export_columns_carry_follow_up_days_and_values_kept_as_written() -> None:
    header = [
        "First Name",
        "Follow-up Days",
        "Unparsed 1 - Field",
        "Unparsed 1 - Value",
        "Unparsed 1 - Reason",
        "Unparsed 1 - Origin",
        "Created",
    ]
    row, _ = read_one(
        header, ["Ann", "30", "birthday", "circa 1800", "not a date", "old.vcf, line 4, BDAY", ""]
    )
    assert row is not None and row.values["follow_up_days"] == 30
    (kept,) = row.unparsed
    assert (kept.field_name, kept.value, kept.reason, kept.origin) == (
        "birthday",
        "circa 1800",
        "not a date",
        "old.vcf, line 4, BDAY",
    )
    assert map_header(header).not_imported == ["Created"]
    odd, _ = read_one(header, ["Bo", "every week", "", "", "", "", ""])
    assert odd is not None and odd.values["follow_up_days"] is None
    assert [(u.field_name, u.value, u.origin) for u in odd.unparsed] == [
        ("follow_up_days", "every week", "people.csv, line 2, Follow-up Days")
    ]


def test_website_text_with_spaces_is_kept_as_written_not_glued() -> None:
    row, _ = read_one(["Name", "Web Page"], ["Ann Lee", "my blog ::: https://ann.example"])
    assert row is not None
    assert [w.url for w in row.websites] == ["https://ann.example"]
    assert [(u.field_name, u.value) for u in row.unparsed] == [("website", "my blog")]
