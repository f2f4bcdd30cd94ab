"""A large import is written while its file is still being read (NewContacts): the
database it leaves is the one the all-at-the-end path leaves, field for field — later
records of the same person, a company spelt two ways, a company's own record after its
people, tags and websites included — and a cancel or a failed insert half-way leaves
nothing behind (SQLite, where the writing runs beside the reading)."""

from __future__ import annotations

import csv
import sqlite3
import threading
from pathlib import Path
from typing import Any

import pytest

from deskcrm.app import build_services
from deskcrm.db import fts
from deskcrm.db.engine import Database
from deskcrm.db.opening import open_database
from deskcrm.errors import CancelledError
from deskcrm.services.contacts import new_contacts
from deskcrm.services.import_export.importing import ImportReport, ImportService
from deskcrm.services.storage.settings import AppSettings
from tests.conftest import NOW, TZ

ROWS = 3000  # read in parts of 400 (small_parts): eight parts
HEADER = [
    "First Name",
    "Middle Name",
    "Last Name",
    "E-mail Address",
    "Mobile Phone",
    "Company",
    "Business City",
    "Web Page",
    "Categories",
    "Birthday",
]


def _people_file(path: Path) -> Path:
    rows: list[list[str]] = []
    for i in range(ROWS):
        company = f"Firm {i % 40}" if i % 97 else f"FIRM {i % 40}"  # one company, two spellings
        rows.append(
            [
                f"Person{i}",
                "",
                f"Family{i % 300}",
                f"p{i}@example.com",
                f"+49 30 {1_000_000 + i}",
                company,
                "Berlin" if i % 2 else "Köln",
                f"https://p{i}.example.com" if i % 50 == 0 else "",
                "VIP" if i % 70 == 0 else "",
                "19220310" if i % 333 == 0 else "",
            ]
        )
    # Far from its first record, the same person again (same email) with more to add.
    rows[2900] = [
        "Person5",
        "Maria",
        "Family5",
        "p5@example.com",
        "+49 30 9999999",
        "",
        "",
        "",
        "",
        "",
    ]
    # A company's own record after its people (spelling its name its own way: the company
    # is named as its record spells it), and a company nobody works at.
    rows[2950] = [
        "",
        "",
        "",
        "info@firm7.example",
        "+49 30 7777777",
        "firm 7",
        "Hamburg",
        "https://firm7.example",
        "",
        "",
    ]
    rows[2990] = ["", "", "", "", "", "Lonely Corp", "Bonn", "", "", ""]
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(HEADER)
        writer.writerows(rows)
    return path


def _services(path: Path) -> tuple[Any, Database]:
    db = open_database(path)
    bundle = build_services(db, clock=lambda: NOW, tz=TZ)
    bundle.settings.save(AppSettings(business_name="T", default_currency="EUR", phone_region="DE"))
    return bundle, db


def _import(path: Path, source: Path, **kwargs: Any) -> ImportReport:
    bundle, db = _services(path)
    try:
        return ImportService(db, bundle.settings, clock=lambda: NOW).import_contacts_csv(
            source, **kwargs
        )
    finally:
        db.close()


def _snapshot(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Everything the import wrote, with company ids replaced by company names (the two
    paths number new companies in a different order)."""
    conn = sqlite3.connect(path)
    try:
        contact_columns = [row[1] for row in conn.execute("PRAGMA table_info(contact)")]
        shown = ", ".join(f"c.{name}" for name in contact_columns if name != "company_id")
        found = {
            "contacts": conn.execute(
                f"SELECT {shown}, co.name FROM contact c"
                " LEFT JOIN company co ON co.id = c.company_id ORDER BY c.id"
            ).fetchall(),
            "companies": conn.execute(
                "SELECT name, website, email, phone, address, city, country, notes,"
                " import_batch, source_uid, deleted_at FROM company ORDER BY lower(name)"
            ).fetchall(),
            "index": conn.execute(
                "SELECT rowid, name, company, emails, phones, notes FROM contact_fts ORDER BY rowid"
            ).fetchall(),
            "tags": conn.execute(
                "SELECT ct.contact_id, t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id"
                " ORDER BY 1, 2"
            ).fetchall(),
            "schema": conn.execute(
                "SELECT type, name, sql FROM sqlite_master ORDER BY type, name"
            ).fetchall(),
        }
        for table in (
            "contact_email",
            "contact_phone",
            "contact_address",
            "contact_url",
            "contact_unparsed",
            "lifecycle_event",
        ):
            columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
            kept = ", ".join(name for name in columns if name != "id")
            found[table] = conn.execute(f"SELECT {kept} FROM {table} ORDER BY {kept}").fetchall()
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return found
    finally:
        conn.close()


def _report_figures(report: ImportReport) -> tuple[Any, ...]:
    return (
        report.rows,
        report.new,
        report.duplicates,
        report.companies,
        len(report.invalid),
        [(k.where, k.field, k.value) for k in report.kept],
        [n.message for n in report.to_check],
    )


@pytest.fixture
def small_parts(monkeypatch: pytest.MonkeyPatch) -> None:
    """check_rows in parts of 400 rows, so 3,000 rows go to the writer in eight parts."""
    from deskcrm.services.import_export import import_checking

    monkeypatch.setattr(import_checking, "PART_ROWS", 400)


def test_written_while_read_equals_written_at_the_end(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, small_parts: None
) -> None:
    source = _people_file(tmp_path / "people.csv")
    streamed = _import(tmp_path / "streamed.sqlite3", source)
    monkeypatch.setattr(new_contacts, "INDEX_MEANWHILE_FROM_ROWS", 10**9)
    at_the_end = _import(tmp_path / "end.sqlite3", source)

    assert _report_figures(streamed) == _report_figures(at_the_end)
    assert streamed.new == ROWS - 3  # a later record of person 5, two company records
    assert streamed.companies == 2  # the records of Firm 7 and Lonely Corp
    got, expected = _snapshot(tmp_path / "streamed.sqlite3"), _snapshot(tmp_path / "end.sqlite3")
    assert len(got["companies"]) == 41  # Firm 0 … 39 (each once, however spelt), Lonely Corp
    for part in expected:
        assert got[part] == expected[part], part
    # The later record reached the first: its middle name, its second phone, in the index.
    first = got["contacts"][5]
    assert "Maria" in first
    assert "+4930999999" in " ".join(row[4] for row in got["index"] if row[0] == first[0])
    # The company's own record filled the company made for its people.
    firm7 = next(row for row in got["companies"] if row[0].lower() == "firm 7")
    assert firm7[:4] == ("firm 7", "https://firm7.example", "info@firm7.example", "+49 30 7777777")
    people_at_firm7 = [row for row in got["index"] if row[2].lower() == "firm 7"]
    assert len(people_at_firm7) == 75 and {row[2] for row in people_at_firm7} == {"firm 7"}


def test_the_index_written_while_read_is_the_one_rebuilt_from_the_tables(
    tmp_path: Path, small_parts: None
) -> None:
    path = tmp_path / "streamed.sqlite3"
    _import(path, _people_file(tmp_path / "people.csv"))
    before = _snapshot(path)["index"]
    db = open_database(path)
    with db.transaction() as session:
        fts.rebuild(session)
    db.close()
    assert _snapshot(path)["index"] == before


def _other_writer(path: Path) -> str:
    """Whether another connection could start writing now."""
    other = sqlite3.connect(path, timeout=0)
    try:
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")
        return "free"
    except sqlite3.OperationalError as error:
        return str(error)
    finally:
        other.close()


@pytest.mark.parametrize("dry_run", [True, False])
def test_only_a_file_written_while_read_holds_the_write_lock_while_it_is_read(
    tmp_path: Path, small_parts: None, dry_run: bool
) -> None:
    """A dry run (Check) leaves other writers alone while its rows are checked; a large
    import written while it is read holds the lock from its first row (its rows go in
    meanwhile)."""
    path = tmp_path / "locks.sqlite3"
    source = _people_file(tmp_path / "people.csv")
    _services(path)[1].close()
    seen: list[str] = []

    def progress(done: float, message: str) -> None:
        if message == "Checking rows" and 0.3 < done < 0.6 and not seen:
            seen.append(_other_writer(path))

    _import(path, source, dry_run=dry_run, progress=progress)
    assert seen == (["free"] if dry_run else ["database is locked"])


def test_a_small_file_is_read_before_the_lock_is_taken(tmp_path: Path) -> None:
    path = tmp_path / "small.sqlite3"
    source = tmp_path / "small.csv"
    lines = "".join(f"P{i},p{i}@x.example\n" for i in range(50))
    source.write_text("First Name,E-mail Address\n" + lines, encoding="utf-8")
    _services(path)[1].close()
    seen: list[str] = []

    def progress(_done: float, message: str) -> None:
        if message == "Checking rows" and not seen:
            seen.append(_other_writer(path))

    assert _import(path, source, progress=progress).new == 50
    assert seen == ["free"]


def _nothing_kept(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        for table in ("contact", "company", "contact_fts", "contact_email", "lifecycle_event"):
            assert conn.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,), table
    finally:
        conn.close()
    assert not [t for t in threading.enumerate() if t.name.startswith("insert-")]


def test_a_cancel_after_parts_were_written_keeps_nothing(tmp_path: Path, small_parts: None) -> None:
    seen: list[float] = []

    def progress(done: float, _message: str) -> None:
        seen.append(done)

    path = tmp_path / "cancelled.sqlite3"
    with pytest.raises(CancelledError):
        _import(
            path,
            _people_file(tmp_path / "people.csv"),
            progress=progress,
            cancelled=lambda: bool(seen) and seen[-1] > 0.4,  # after four parts were sent
        )
    assert max(seen) > 0.4
    _nothing_kept(path)


def test_an_insert_that_fails_on_the_thread_fails_the_import_and_keeps_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, small_parts: None
) -> None:
    real = new_contacts._contact_row

    def broken(cid: int, *args: Any) -> tuple[Any, ...]:
        row = real(cid, *args)
        return (cid, None, *row[2:]) if cid == 1500 else row  # a first name may not be NULL

    monkeypatch.setattr(new_contacts, "_contact_row", broken)
    path = tmp_path / "failed.sqlite3"
    with pytest.raises(Exception, match=r"(?i)not null|nothing was saved"):
        _import(path, _people_file(tmp_path / "people.csv"))
    _nothing_kept(path)
