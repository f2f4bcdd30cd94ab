"""Property tests: arbitrary CSV or vCard text never crashes the importer and never half-writes."""

from __future__ import annotations

import csv
import hashlib
import io
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from deskcrm.db.contact_queries import ContactFilter
from deskcrm.errors import DeskCrmError
from deskcrm.services.import_export.importing import ImportService

PROPERTY_SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Text a user's file may hold: any printable character plus the separators that matter.
CELL = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    max_size=40,
)
HEADERS = ["First Name", "Last Name", "E-mail Address", "Mobile Phone", "Company", "Notes"]


@pytest.fixture
def importer(db, services) -> ImportService:
    return ImportService(db, services.settings)


def snapshot(db_path: Path) -> str:
    """A digest of every row of every table: equal digests mean an untouched database."""
    digest = hashlib.sha256()
    with sqlite3.connect(db_path) as con:
        tables = [
            r[0]
            for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        for table in tables:
            for row in con.execute(f'SELECT * FROM "{table}" ORDER BY 1'):
                digest.update(repr(row).encode())
    con.close()
    return digest.hexdigest()


def live_contacts(db_path: Path) -> int:
    with sqlite3.connect(db_path) as con:
        count = con.execute("SELECT count(*) FROM contact WHERE deleted_at IS NULL").fetchone()[0]
    con.close()
    return count


def check_import(importer: ImportService, db_path: Path, path: Path, **options) -> None:
    """Either the import succeeds and adds exactly `report.new` contacts, or it raises one of
    our own errors (a message for the user) and every table is exactly as it was."""
    before, count = snapshot(db_path), live_contacts(db_path)
    try:
        report = importer.import_contacts_csv(path, **options)
    except DeskCrmError as error:
        assert str(path) in str(error)
        assert snapshot(db_path) == before
        return
    assert report.new >= 0 and report.duplicates >= 0
    assert report.new + report.duplicates + len(report.invalid_lines) <= max(report.rows, 0) + 1
    expected = count if options.get("dry_run") else count + report.new
    assert live_contacts(db_path) == expected
    if options.get("dry_run"):
        assert snapshot(db_path) == before


@PROPERTY_SETTINGS
@given(data=st.binary(max_size=400))
def test_arbitrary_bytes_never_crash(importer, db_path: Path, tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "any.csv"
    path.write_bytes(data)
    check_import(importer, db_path, path)


@PROPERTY_SETTINGS
@given(rows=st.lists(st.lists(CELL, min_size=0, max_size=8), max_size=12), dry=st.booleans())
def test_arbitrary_csv_cells_never_half_write(
    importer, db_path: Path, tmp_path: Path, rows: list[list[str]], dry: bool
) -> None:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows([HEADERS, *rows])
    path = tmp_path / "cells.csv"
    path.write_text(buffer.getvalue(), encoding="utf-8")
    check_import(importer, db_path, path, dry_run=dry)
    check_import(importer, db_path, path, skip_invalid=True)


@PROPERTY_SETTINGS
@given(body=st.lists(CELL, max_size=10), end=st.booleans())
def test_arbitrary_vcard_lines_never_crash(
    importer, db_path: Path, tmp_path: Path, body: list[str], end: bool
) -> None:
    lines = ["BEGIN:VCARD", "VERSION:3.0", "FN:Someone", *body]
    if end:
        lines.append("END:VCARD")
    path = tmp_path / "any.vcf"
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    check_import(importer, db_path, path, skip_invalid=True)


@PROPERTY_SETTINGS
@given(
    people=st.lists(
        st.tuples(
            st.text(alphabet=st.characters(categories=("L",)), min_size=1, max_size=12),
            st.text(alphabet=st.characters(categories=("L", "Zs")), max_size=12),
        ),
        min_size=1,
        max_size=6,
    )
)
def test_valid_names_are_imported_as_written(
    importer, services, tmp_path: Path, people: list[tuple[str, str]]
) -> None:
    """Every row with a name becomes one contact whose name is the typed text, trimmed."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(
        [["First Name", "Last Name"], *([first, last] for first, last in people)]
    )
    path = tmp_path / "names.csv"
    path.write_text(buffer.getvalue(), encoding="utf-8")
    report = importer.import_contacts_csv(path)
    assert report.new == len(people) and not report.invalid
    rows = services.contacts.rows(services.contacts.list_ids(ContactFilter())).values()
    assert sorted(row.name for row in rows) == sorted(
        f"{first.strip()} {last.strip()}".strip() for first, last in people
    )
    assert importer.undo_import(report.batch).contacts == len(people)
    assert services.contacts.count() == 0
