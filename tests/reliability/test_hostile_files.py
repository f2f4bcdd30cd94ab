"""Files that are not what they claim are inert: opening, checking or restoring one never
runs its SQL and never changes a byte of it; the message names what is wrong."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from deskcrm.cli import main
from deskcrm.db import migrate
from deskcrm.db.opening import inspect_file, open_database
from deskcrm.errors import DatabaseOpenError


def _fingerprint(path: Path) -> dict[str, str]:
    """The bytes of the file and of any side files beside it."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(path.parent.iterdir())
        if p.is_file() and p.name.startswith(path.name)
    }


def _deskcrm_file(path: Path, *statements: str) -> Path:
    """A real DeskCRM file at head, then altered by hand with `statements`."""
    open_database(path).close()
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO contact(id, first_name, last_name, sort_name, title, company_id, city,"
        " country, notes, lifecycle, primary_email, primary_phone, created_at, updated_at)"
        " SELECT 1, 'Anna', 'Berg', 'berg anna', '', NULL, '', '', '', 'lead', '', '',"
        " '2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000'"
        " WHERE 0"  # columns differ between revisions: the contact itself is not needed
    )
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, as if sent
    conn.close()
    return path


def _foreign_alembic_file(path: Path, revision: str) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
    conn.execute("INSERT INTO alembic_version VALUES (?)", (revision,))
    conn.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL)")
    conn.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INTEGER)")
    conn.commit()
    conn.close()
    return path


HEAD = migrate.HEAD_REVISION
HOSTILE: dict[str, tuple[Callable[[Path], Path], str]] = {
    "trigger deleting the timeline": (
        lambda p: _deskcrm_file(
            p,
            "CREATE TRIGGER wipe AFTER INSERT ON contact BEGIN DELETE FROM interaction; END",
        ),
        "unexpected trigger wipe on contact",
    ),
    "RAISE trigger": (
        lambda p: _deskcrm_file(
            p,
            "CREATE TRIGGER no_saves BEFORE INSERT ON company"
            " BEGIN SELECT RAISE(ABORT, 'nope'); END",
        ),
        "unexpected trigger no_saves on company",
    ),
    "view shadowing a table": (
        lambda p: _deskcrm_file(
            p,
            "DROP TABLE interaction",
            "CREATE VIEW interaction AS SELECT id, 1 AS contact_id FROM contact",
        ),
        "interaction is a view where DeskCRM has a table",
    ),
    "extra FTS table": (
        lambda p: _deskcrm_file(p, "CREATE VIRTUAL TABLE notes_fts USING fts5(body)"),
        "unexpected virtual table notes_fts",
    ),
    "search index of another kind": (
        lambda p: _deskcrm_file(
            p, "DROP TABLE contact_fts", "CREATE VIRTUAL TABLE contact_fts USING fts4(name)"
        ),
        "virtual table contact_fts is not defined as DeskCRM defines it",
    ),
    "extra index": (
        lambda p: _deskcrm_file(p, "CREATE INDEX ix_sneaky ON contact(notes)"),
        "unexpected index ix_sneaky on contact",
    ),
    "head schema with an old revision number": (
        lambda p: _deskcrm_file(p, "UPDATE alembic_version SET version_num = '0001'"),
        f"it says schema 0001 but its tables are those of {HEAD}",
    ),
    "foreign Alembic file": (
        lambda p: _foreign_alembic_file(p, "ae1027a6acf"),
        "not a DeskCRM database",
    ),
    "foreign Alembic file using our revision ids": (
        lambda p: _foreign_alembic_file(p, "0001"),
        "not a DeskCRM database",
    ),
    "another program's application id": (
        lambda p: _deskcrm_file(p, "PRAGMA application_id = 305419896"),
        "belongs to another program",
    ),
}


def _non_sqlite(path: Path) -> Path:
    path.write_bytes(b"PK\x03\x04 not a database at all\n" * 20)
    return path


def _truncated(path: Path) -> Path:
    _deskcrm_file(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def _half_header(path: Path) -> Path:
    path.write_bytes(b"SQLite format 3\x00\x10\x00")
    return path


BROKEN: dict[str, tuple[Callable[[Path], Path], str]] = {
    "not SQLite": (_non_sqlite, "not an SQLite file"),
    "truncated": (_truncated, "damaged"),
    "cut inside the header": (_half_header, "damaged"),
}


@pytest.mark.parametrize("case", sorted({**HOSTILE, **BROKEN}))
def test_a_hostile_or_broken_file_is_refused_by_open_check_and_restore_untouched(
    tmp_path: Path, case: str, capsys: pytest.CaptureFixture[str]
) -> None:
    make, says = {**HOSTILE, **BROKEN}[case]
    path = make(tmp_path / "crm.sqlite3")
    before = _fingerprint(path)
    with pytest.raises(DatabaseOpenError, match=says):
        open_database(path)
    assert _fingerprint(path) == before
    with pytest.raises(DatabaseOpenError, match=says):
        inspect_file(path)  # what restore calls before it copies anything
    assert main(["--db", str(path), "check"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and says in err and "Traceback" not in err
    assert _fingerprint(path) == before
    assert not (tmp_path / "backups").exists()  # nothing of it was copied aside


def test_the_timeline_trigger_never_runs(tmp_path: Path) -> None:
    """The file is refused before any write, so the trigger never gets its chance."""
    path = HOSTILE["trigger deleting the timeline"][0](tmp_path / "crm.sqlite3")
    with pytest.raises(DatabaseOpenError, match="left untouched"):
        open_database(path)
    conn = sqlite3.connect(path)
    # DeskCRM's own triggers (row versions, migration 0012) and the hostile one, as found.
    triggers = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    assert triggers == {"wipe", "company_row_version", "deal_row_version", "task_row_version"}
    conn.close()


def test_an_empty_file_opens_as_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "crm.sqlite3"
    path.write_bytes(b"")
    open_database(path).close()
    assert inspect_file(path) == HEAD


def test_settings_of_the_wrong_types_open_without_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _deskcrm_file(tmp_path / "crm.sqlite3")
    conn = sqlite3.connect(path)
    for key, value in {
        "business_name": json.dumps(["not", "text"]),
        "default_currency": json.dumps(12),
        "phone_region": "not json {",
        "working_days": json.dumps({"a": None}),
    }.items():
        conn.execute("INSERT OR REPLACE INTO setting(key, value) VALUES (?, ?)", (key, value))
    conn.commit()
    conn.close()
    open_database(path).close()
    assert main(["--db", str(path), "check"]) == 0
    assert "integrity: ok" in capsys.readouterr().out


def test_check_of_an_older_file_reports_it_and_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "old.sqlite3"
    migrate.upgrade(path, "0001")
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id = 0")  # as DeskCRM made it before the id was set
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    before = _fingerprint(path)
    assert main(["--db", str(path), "check"]) == 0
    out = capsys.readouterr().out
    assert "schema revision: 0001 (upgraded to" in out and "integrity: ok" in out
    assert _fingerprint(path) == before
    open_database(path).close()  # recognised as DeskCRM's by its revision and tables
    conn = sqlite3.connect(path)
    assert migrate.read_application_id(conn) == migrate.APPLICATION_ID
    assert migrate.read_revision(conn) == HEAD
    conn.close()


def test_a_deskcrm_file_at_head_without_the_application_id_gets_it(tmp_path: Path) -> None:
    path = _deskcrm_file(tmp_path / "crm.sqlite3", "PRAGMA application_id = 0")
    open_database(path).close()
    conn = sqlite3.connect(path)
    assert migrate.read_application_id(conn) == migrate.APPLICATION_ID
    conn.close()
    assert not (tmp_path / "backups").exists()  # no upgrade, no pre-upgrade copy
