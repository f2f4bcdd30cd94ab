"""Opening files: what is not ours is refused and left untouched; older files are backed
up before they are upgraded; the pragmas are on for every connection."""

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from deskcrm.db import migrate
from deskcrm.db.opening import backup_before_migration, open_database
from deskcrm.errors import DatabaseOpenError, NewerSchemaError


def test_a_text_file_is_refused_and_not_modified(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"my shopping list\n")
    with pytest.raises(DatabaseOpenError, match="not an SQLite file"):
        open_database(path)
    assert path.read_bytes() == b"my shopping list\n"


def test_another_programs_sqlite_file_is_refused_and_not_modified(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos(id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseOpenError, match="not a DeskCRM database"):
        open_database(path)
    assert path.read_bytes() == before


def test_a_file_from_a_newer_deskcrm_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    open_database(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    with pytest.raises(NewerSchemaError, match="newer DeskCRM"):
        open_database(path)


def test_a_missing_file_is_an_error_when_creation_is_not_wanted(tmp_path: Path) -> None:
    with pytest.raises(DatabaseOpenError, match="no such database file"):
        open_database(tmp_path / "absent.sqlite3", create=False)
    assert not (tmp_path / "absent.sqlite3").exists()


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseOpenError, match="is a folder"):
        open_database(tmp_path)


def test_backup_before_migration_is_a_consistent_copy(tmp_path: Path) -> None:
    path = tmp_path / "crm.sqlite3"
    db = open_database(path)
    with db.transaction() as session:
        session.execute(
            text(
                "INSERT INTO company(name, website, email, phone, address, city,"
                " country, notes, created_at, updated_at) VALUES ('Acme', '', '', '',"
                " '', '', '', '', '2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000')"
            )
        )
    now = datetime(2026, 3, 15, 10, 30, tzinfo=UTC)
    copy = backup_before_migration(path, migrate.HEAD_REVISION, now)
    db.close()
    assert copy is not None
    assert copy.name == f"crm-20260315T103000Z-pre-upgrade-from-{migrate.HEAD_REVISION}.sqlite3"
    assert copy.parent.name == "backups" and copy.stat().st_mode & 0o777 == 0o600
    conn = sqlite3.connect(copy)
    assert conn.execute("SELECT name FROM company").fetchall() == [("Acme",)]
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_every_connection_has_foreign_keys_wal_and_busy_timeout(db) -> None:
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 5000


def test_an_older_database_is_backed_up_then_upgraded_keeping_its_data(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    migrate.upgrade(path, "0001")
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO task(title, notes, due_has_time, priority, recurrence, created_at,"
        " updated_at) VALUES ('Call Anna', '', 0, 0, '', '2026-01-01 00:00:00.000000',"
        " '2026-01-01 00:00:00.000000')"
    )
    conn.commit()
    conn.close()
    now = datetime(2026, 3, 15, 10, 30, tzinfo=UTC)
    open_database(path, now=now).close()
    backup = tmp_path / "backups" / "old-20260315T103000Z-pre-upgrade-from-0001.sqlite3"
    assert backup.exists()
    old = sqlite3.connect(backup)
    assert migrate.read_revision(old) == "0001"
    old.close()
    conn = sqlite3.connect(path)
    assert migrate.read_revision(conn) == migrate.HEAD_REVISION
    assert conn.execute("SELECT title, reminded_at FROM task").fetchall() == [("Call Anna", None)]
    conn.close()
