"""The 38 real contact files other programs wrote (tests/data/real), each imported into an
empty database and checked against the hand-written expectations in expected.json: people
and companies counted, every listed record's fields read back as the app shows them, and a
second import of the same file adding nothing. A few go through the `deskcrm` command."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from deskcrm.db.contact_queries import ContactFilter
from deskcrm.domain import validation
from deskcrm.services.contacts.contacts import ContactDetail
from deskcrm.services.import_export.importing import ImportReport
from deskcrm.services.storage.settings import AppSettings

REAL = Path(__file__).parents[2] / "data" / "real"
EXPECTED: list[dict[str, Any]] = json.loads((REAL / "expected.json").read_text("utf-8"))
REGION = "US"
# Fields compared as text; a key missing from a record means "empty" (data/real/README.md).
TEXT_FIELDS = {
    "middle": "middle_name",
    "prefix": "name_prefix",
    "suffix": "name_suffix",
    "nickname": "nickname",
    "department": "department",
    "title": "title",
    "uid": "source_uid",
}


@pytest.fixture
def us_services(services: Any) -> Any:
    """An empty database whose numbers without a country code are read as American."""
    services.settings.save(
        AppSettings(business_name="Test Shop", default_currency="EUR", phone_region=REGION)
    )
    return services


def _people(services: Any) -> list[ContactDetail]:
    return [services.contacts.get(i) for i in services.contacts.list_ids(ContactFilter())]


def _companies(services: Any) -> dict[str, Any]:
    """Every live company, by name."""
    found = [services.companies.get(i) for i in services.companies.list_ids()]
    return {company.name: company for company in found}


def _full_names(detail: ContactDetail) -> set[str]:
    """The names a record may give the contact: all its parts, or first and last."""
    d = detail.data
    parts = (d.name_prefix, d.first_name, d.middle_name, d.last_name, d.name_suffix)
    return {" ".join(p for p in parts if p), detail.name}


def _find(people: list[ContactDetail], record: dict[str, Any]) -> ContactDetail:
    """The contact a record describes: by source id, by its name parts, by its full name,
    else (a record with no name) by its first email."""
    for detail in people:
        if "uid" in record:
            found = detail.data.source_uid == record["uid"]
        elif "given" in record or "family" in record:
            names = (detail.data.first_name, detail.data.last_name)
            found = names == (record.get("given", ""), record.get("family", ""))
        elif record["full_name"]:
            found = record["full_name"] in _full_names(detail)
        else:
            found = record["emails"][0]["value"] in _emails_kept(detail)
        if found:
            return detail
    raise AssertionError(f"no contact for {record}")


def _emails_kept(detail: ContactDetail) -> dict[str, str]:
    """Every e-mail the contact holds, with its label: addresses read, and text that is not
    an address kept as written (no label)."""
    kept = dict(zip(detail.data.emails, detail.data.email_labels, strict=True))
    kept.update({u.value: "" for u in detail.data.unparsed if u.field_name == "email"})
    return kept


def _urls_kept(detail: ContactDetail) -> list[str]:
    """Every website the contact holds: addresses, then text with spaces (not an address)
    kept as written."""
    kept = [u.value for u in detail.data.unparsed if u.field_name == "website"]
    return [site.url for site in detail.data.websites] + kept


def _e164(written: str) -> str:
    return validation.read_phone(written, REGION).e164


def _once(values: list[Any], key: Any) -> list[Any]:
    """Each value once, the first of its kind kept."""
    seen: set[Any] = set()
    kept = []
    for value in values:
        if key(value) not in seen:
            seen.add(key(value))
            kept.append(value)
    return kept


def _phones_once(phones: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Each number once with all its labels (the same number written as mobile, work and
    work fax is one number labelled "mobile, work, work fax")."""
    labels: dict[str, list[str]] = {}
    for number, label in phones:
        kept = labels.setdefault(number, [])
        if label and label not in kept:
            kept.append(label)
    return [(number, ", ".join(kept)) for number, kept in labels.items()]


def _person_differences(record: dict[str, Any], detail: ContactDetail) -> list[str]:
    data = detail.data
    out: list[str] = []

    def differs(what: str, wanted: Any, got: Any) -> None:
        if wanted != got:
            out.append(f"{what}: expected {wanted!r}, stored {got!r}")

    if "given" in record or "family" in record:
        differs("given", record.get("given", ""), data.first_name)
        differs("family", record.get("family", ""), data.last_name)
    elif record["full_name"] and record["full_name"] not in _full_names(detail):
        out.append(f"name: expected {record['full_name']!r}, stored {_full_names(detail)}")
    for key, name in TEXT_FIELDS.items():
        differs(key, record.get(key, ""), getattr(data, name))
    differs("organization", record.get("organization", ""), detail.company_name)
    wanted_emails = {e["value"]: e["label"] for e in record.get("emails", [])}
    differs("emails", wanted_emails, _emails_kept(detail))
    wanted_phones = _phones_once(
        [(_e164(p["value"]), p["label"]) for p in record.get("phones", [])]
    )
    differs("phones", wanted_phones, list(zip(data.phones, data.phone_labels, strict=True)))
    differs("addresses", record.get("addresses", []), [vars(a) for a in data.addresses])
    wanted_urls = _once(record.get("urls", []), str.lower)
    differs("urls", wanted_urls, _urls_kept(detail))
    differs("birthday", record.get("birthday", ""), detail.birthday_shown)
    differs("anniversary", record.get("anniversary", ""), detail.anniversary_shown)
    if "note_contains" in record and record["note_contains"] not in data.notes:
        out.append(f"notes: {record['note_contains']!r} not in {data.notes!r}")
    return out


def _company_differences(record: dict[str, Any], company: Any) -> list[str]:
    """A company-only record as a company: its first e-mail, phone, website and address on
    the company, the rest of what it held in the notes."""
    out: list[str] = []
    emails = record.get("emails", [])
    phones = record.get("phones", [])
    urls = record.get("urls", [])
    addresses = record.get("addresses", [])
    wanted = {
        "email": emails[0]["value"] if emails else "",
        "phone": phones[0]["value"] if phones else "",  # a company's number as written
        "website": urls[0] if urls else "",
        "city": addresses[0]["city"] if addresses else "",
        "country": addresses[0]["country"] if addresses else "",
    }
    for name, value in wanted.items():
        if getattr(company, name) != value:
            out.append(f"{name}: expected {value!r}, stored {getattr(company, name)!r}")
    if addresses:
        first = addresses[0]
        street = "\n".join(p for p in (first["street"], first["extended"], first["po_box"]) if p)
        if company.address != street:
            out.append(f"address: expected {street!r}, stored {company.address!r}")
    also = [e["value"] for e in emails[1:]] + [p["value"] for p in phones[1:]]
    for kept in also:
        if kept not in company.notes:
            out.append(f"notes: {kept!r} not kept in {company.notes!r}")
    if "note_contains" in record and record["note_contains"] not in company.notes:
        out.append(f"notes: {record['note_contains']!r} not in {company.notes!r}")
    return out


def _same_encoding(reported: str, expected: str) -> bool:
    def norm(name: str) -> str:
        return name.lower().replace("_", "-")

    return norm(reported).startswith(norm(expected)[:6])


def test_every_file_in_the_real_folder_has_expectations() -> None:
    on_disk = {
        p.relative_to(REAL).as_posix()
        for p in REAL.rglob("*")
        if p.suffix.lower() in (".vcf", ".csv")
    }
    assert on_disk == {entry["file"] for entry in EXPECTED}
    assert len(on_disk) == 38


@pytest.mark.parametrize("entry", EXPECTED, ids=[e["file"] for e in EXPECTED])
def test_real_file_imports_every_record_with_its_fields_and_twice_adds_nothing(
    us_services: Any, entry: dict[str, Any]
) -> None:
    path = REAL / entry["file"]
    report: ImportReport = us_services.importing.import_contacts_csv(path)

    assert (report.new, report.companies) == (entry["people"], entry["companies"])
    assert report.invalid == []  # every record of these files holds someone
    assert _same_encoding(report.encoding, entry["encoding"]), report.encoding
    people = _people(us_services)
    companies = _companies(us_services)
    assert len(people) == entry["people"]
    problems: list[str] = []
    for record in entry["records"]:
        if record.get("kind") == "company":
            company = companies.get(record["organization"])
            if company is None:
                problems.append(f"no company {record['organization']!r} in {sorted(companies)}")
                continue
            problems += [
                f"{record['organization']}: {p}" for p in _company_differences(record, company)
            ]
        else:
            detail = _find(people, record)
            label = record["full_name"] or record.get("emails", [{}])[0].get("value", "")
            problems += [f"{label}: {p}" for p in _person_differences(record, detail)]
    assert not problems, "\n".join(problems)

    again = us_services.importing.import_contacts_csv(path)
    assert (again.new, again.companies) == (0, 0)
    assert again.duplicates == entry["people"] + entry["companies"]
    assert us_services.contacts.count() == entry["people"]
    assert len(_companies(us_services)) == len(companies)


def test_a_birthday_that_is_not_a_date_is_kept_as_written_with_where_it_was(
    us_services: Any,
) -> None:
    report = us_services.importing.import_contacts_csv(REAL / "linkedin/linkedin-test-data.csv")
    where = "linkedin-test-data.csv, line 2, Birthday"
    assert f"{where}: birthday “birthday test”" in {str(k).split(" — ")[0] for k in report.kept}
    kept = {
        (u.field_name, u.value, u.origin): detail
        for detail in _people(us_services)
        for u in detail.data.unparsed
    }
    detail = kept[("birthday", "birthday test", where)]
    assert detail.data.birthday is None


@pytest.mark.parametrize(
    ("name", "where"),
    [
        # Thunderbird 102: the cards start on lines 1 and 8, their EMAILs on 3 and 10.
        ("thunderbird/export.vcf", ["export.vcf, line 3, EMAIL", "export.vcf, line 10, EMAIL"]),
        # Android: a QUOTED-PRINTABLE EMAIL folded over lines 44-45 of the card at 36.
        ("android/John_Doe_ANDROID.vcf", ["John_Doe_ANDROID.vcf, line 44, EMAIL"]),
    ],
)
def test_a_vcard_value_kept_as_written_names_the_line_of_its_property(
    us_services: Any, name: str, where: list[str]
) -> None:
    report = us_services.importing.import_contacts_csv(REAL / name)
    assert [kept.where for kept in report.kept] == where
    stored = sorted(u.origin for detail in _people(us_services) for u in detail.data.unparsed)
    assert stored == sorted(where)


def test_columns_not_imported_are_named(us_services: Any) -> None:
    report = us_services.importing.import_contacts_csv(REAL / "linkedin/Connections.csv")
    assert report.not_imported == ["Connected On"]


@pytest.mark.parametrize(
    "name",
    [
        "thunderbird/tb_plain.csv",
        "thunderbird/thunderbird-test-data.csv",
        "thunderbird/utf16_addressbook.csv",
    ],
)
def test_a_trailing_comma_in_the_header_is_not_reported_as_a_column(
    us_services: Any, name: str
) -> None:
    # Thunderbird ends its header and every row with a comma: a 38th column with no name
    # and nothing in it, which is not a column the user could look for.
    path = REAL / name
    assert (
        path.read_bytes()
        .decode("utf-16" if "utf16" in name else "latin-1")
        .split("\n")[0]
        .rstrip("\r\x00")
        .endswith(",")
    )
    report = us_services.importing.import_contacts_csv(path)
    assert report.not_imported
    assert not any(column.startswith("column ") for column in report.not_imported)
    assert not any(not column for column in report.not_imported)


# --- the same files through the `deskcrm` command ---------------------------------------


def deskcrm(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`python -m deskcrm …` with a fresh HOME (and data folders under it): nothing of the
    real user's is read or written."""
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_STATE_HOME": str(home / ".local" / "state"),
    }
    env.pop("DESKCRM_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "deskcrm", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=env,
    )


@pytest.mark.parametrize(
    ("name", "people", "companies", "shows"),
    [
        ("google/gmail-test-data.csv", 1, 0, "37 columns not imported:\n"),
        ("apple/utf-16_sample.vcf", 1, 0, "(utf-16-be, vCard)"),
        ("thunderbird/shiftjis_addressbook.csv", 1, 0, "(shift_jis, delimiter ',')"),
        ("thunderbird/quote.csv", 0, 1, "Imported 0 new contacts and 1 company"),
        ("linkedin/linkedin-test-data.csv", 2, 0, "birthday “birthday test” — "),
    ],
)
def test_real_file_through_the_command_line_then_again_adds_nothing(
    tmp_path: Path, name: str, people: int, companies: int, shows: str
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    db = str(tmp_path / "crm.sqlite3")
    path = str(REAL / name)

    first = deskcrm(home, "--db", db, "import", "contacts", path)

    assert first.returncode == 0, first.stderr
    assert "Traceback" not in first.stderr
    assert f"Imported {people} new contact{'' if people == 1 else 's'}" in first.stdout
    assert shows in first.stdout, first.stdout
    assert "undo with: deskcrm import undo import-" in first.stdout
    second = deskcrm(home, "--db", db, "import", "contacts", path)
    assert second.returncode == 0, second.stderr
    assert "Imported 0 new contacts from" in second.stdout
    assert f"duplicates skipped: {people + companies};" in second.stdout
    checked = deskcrm(home, "--db", db, "check")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert f"contact {people}" in checked.stdout
    assert not (home / ".local" / "share" / "DeskCRM").exists()  # only the --db file


def test_a_vcard_number_to_check_names_the_line_of_its_tel(us_services: Any) -> None:
    # Outlook 2007: the card starts on line 1; its TELs are further down.
    report = us_services.importing.import_contacts_csv(REAL / "outlook/outlook-2007.vcf")
    lines = [notice.line for notice in report.to_check]
    assert lines and all(line > 1 for line in lines)
    text = (REAL / "outlook/outlook-2007.vcf").read_bytes().split(b"\n")
    for line in lines:
        assert text[line - 1].upper().startswith((b"TEL", b"X-MS-TEL")), text[line - 1]


def test_a_company_renamed_here_is_found_again_by_its_vcard_uid(us_services: Any) -> None:
    path = REAL / "evolution/vcard4.vcf"  # Ximian's company card, UID pas-id-3E136F9B…
    assert us_services.importing.import_contacts_csv(path).companies == 1
    (company_id,) = us_services.companies.list_ids()
    data = us_services.companies.get(company_id)
    assert data.source_uid == "pas-id-3E136F9B00000000"
    data.name = "Renamed here"
    us_services.companies.update(company_id, data)
    again = us_services.importing.import_contacts_csv(path)
    assert again.companies == 0 and again.duplicates == 1
    assert us_services.companies.list_ids() == [company_id]


def test_a_company_phone_is_kept_as_written(us_services: Any, tmp_path: Path) -> None:
    path = tmp_path / "flowers.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nORG:Flowers Inc\r\nUID:fl-1\r\n"
        "TEL;TYPE=WORK:+1 800 FLOWERS x123\r\nTEL:+1 202 555 0100\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    assert us_services.importing.import_contacts_csv(path).companies == 1
    (company_id,) = us_services.companies.list_ids()
    company = us_services.companies.get(company_id)
    assert company.phone == "+1 800 FLOWERS x123"
    assert "Phone: +1 202 555 0100" in company.notes
