"""The 12 real CSV files other programs wrote (tests/data/real), read row by row against
the hand-written expectations in expected.json: counts, names, labels, addresses, dates."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from deskcrm.domain import validation
from deskcrm.services.import_export.csv_producers import map_header
from deskcrm.services.import_export.import_files import read_csv
from deskcrm.services.import_export.import_rows import ParsedRow, RowProblem, RowReader

REAL = Path(__file__).parents[2] / "data" / "real"
EXPECTED: list[dict[str, Any]] = json.loads((REAL / "expected.json").read_text("utf-8"))
CSV_FILES = [entry for entry in EXPECTED if entry["format"] == "csv"]
REGION = "US"


def read_file(entry: dict[str, Any]) -> tuple[list[ParsedRow], list[RowProblem], str]:
    path = REAL / entry["file"]
    header, rows, encoding, _delimiter = read_csv(path)
    reader = RowReader(map_header(header), path.name)
    problems: list[RowProblem] = []
    parsed = [row for line, cells in rows if (row := reader.parse(line, cells, REGION, problems))]
    return parsed, problems, encoding


def full_name(row: ParsedRow) -> str:
    if row.is_company:
        return row.company
    parts = ("name_prefix", "first_name", "middle_name", "last_name", "name_suffix")
    return " ".join(str(row.values[p]) for p in parts if row.values[p])


def find(rows: list[ParsedRow], record: dict[str, Any]) -> ParsedRow:
    """The row a record describes: by its name parts, else its first email or phone."""
    for row in rows:
        if "given" in record or "family" in record:
            if (row.values["first_name"], row.values["last_name"]) == (
                record.get("given", ""),
                record.get("family", ""),
            ):
                return row
        elif record["full_name"]:
            if full_name(row) == record["full_name"]:
                return row
        elif record.get("emails") and record["emails"][0]["value"] in row.emails:
            return row
    raise AssertionError(f"no row for {record}")


def emails_kept(row: ParsedRow) -> list[tuple[str, str]]:
    """Every email the row kept: read ones with their labels, unreadable ones as written."""
    read = list(zip(row.emails, row.email_labels, strict=True))
    return read + [(u.value, "") for u in row.unparsed if u.field_name == "email"]


def phone_matches(stored: validation.PhoneNumber, written: str) -> bool:
    return stored.e164 == validation.read_phone(written, REGION).e164


@pytest.mark.parametrize("entry", CSV_FILES, ids=[e["file"] for e in CSV_FILES])
def test_real_csv_file_reads_every_record_and_its_key_fields(entry: dict[str, Any]) -> None:
    rows, problems, encoding = read_file(entry)
    assert problems == []
    assert encoding.replace("-", "_").lower().startswith(entry["encoding"][:6].replace("-", "_"))
    assert sum(not r.is_company for r in rows) == entry["people"]
    assert sum(r.is_company for r in rows) == entry["companies"]
    for record in entry["records"]:
        row = find(rows, record)
        assert row.is_company == (record.get("kind") == "company")
        if row.is_company:
            assert row.company == record["organization"]
        else:
            assert row.company == record.get("organization", "")
        for key, name in (
            ("middle", "middle_name"),
            ("prefix", "name_prefix"),
            ("suffix", "name_suffix"),
            ("nickname", "nickname"),
            ("department", "department"),
            ("title", "title"),
        ):
            assert row.values[name] == record.get(key, ""), key
        expected_emails = [(e["value"], e["label"]) for e in record.get("emails", [])]
        assert sorted(emails_kept(row)) == sorted(expected_emails)
        expected_phones = record.get("phones", [])
        assert len(row.phones) == len(expected_phones)
        for phone, label, wanted in zip(row.phones, row.phone_labels, expected_phones, strict=True):
            assert phone_matches(phone, wanted["value"]) and label == wanted["label"]
        wanted_addresses = [{k: v for k, v in a.items()} for a in record.get("addresses", [])]
        assert [vars(a) for a in row.addresses] == wanted_addresses
        assert [w.url for w in row.websites] == record.get("urls", [])
        if "birthday" in record:
            stored = str(row.values["birthday"])
            shown = stored if row.values["birthday_year_known"] else "--" + stored[5:]
            assert shown == record["birthday"]
        if "note_contains" in record:
            assert record["note_contains"] in str(row.values["notes"])


def test_outlook_birthday_that_is_not_a_date_is_kept_as_written_with_where_it_was() -> None:
    (entry,) = [e for e in CSV_FILES if e["file"] == "linkedin/linkedin-test-data.csv"]
    rows, _problems, _encoding = read_file(entry)
    kept = [(u.field_name, u.value, u.origin) for u in rows[0].unparsed]
    assert ("birthday", "birthday test", "linkedin-test-data.csv, line 2, Birthday") in kept
    assert rows[0].values["birthday"] is None
