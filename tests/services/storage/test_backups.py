"""Backups: verified copies, daily rotation, restore that refuses bad files and keeps a copy."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from deskcrm.db import backup_files, migrate
from deskcrm.db.opening import open_database
from deskcrm.errors import DatabaseOpenError, DeskCrmError, NewerSchemaError
from deskcrm.services.contacts.contacts import ContactInput
from deskcrm.services.storage.backups import BackupService
from tests.conftest import Clock

START = datetime(2025, 1, 1, 8, 0, tzinfo=UTC)
# Backup files are a file feature; a server database's backups are tested in tests/pg.
pytestmark = pytest.mark.sqlite_only(reason="backups copy the database file")


def _count(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM contact WHERE deleted_at IS NULL").fetchone()[0]
    finally:
        conn.close()


def test_a_backup_is_a_verified_private_copy_of_the_live_database(db, db_path, services) -> None:
    services.contacts.create(ContactInput(first_name="Anna"))  # still in the WAL
    made = BackupService(db_path).create("manual")
    assert made.path.parent == db_path.parent / "backups"
    assert made.path.stat().st_mode & 0o777 == 0o600
    assert (db_path.parent / "backups").stat().st_mode & 0o777 == 0o700
    assert _count(made.path) == 1
    assert [b.kind for b in BackupService(db_path).backups()] == ["manual"]


def test_daily_backups_rotate_7_daily_4_weekly_12_monthly(db, db_path) -> None:
    clock = Clock(START)
    service = BackupService(db_path, clock, UTC)
    for day in range(400):
        clock.now = START + timedelta(days=day)
        assert service.daily_if_due() is not None
        assert service.daily_if_due() is None  # once a day
    kept = sorted(b.created_at.date() for b in service.backups())
    last = (START + timedelta(days=399)).date()
    assert kept[-7:] == [last - timedelta(days=i) for i in range(6, -1, -1)]
    assert len({d.isocalendar()[:2] for d in kept}) >= 4
    assert len({(d.year, d.month) for d in kept}) == 12
    assert len(kept) <= 7 + 4 + 12


def test_a_copy_that_fails_verification_is_not_kept(db, db_path, monkeypatch) -> None:
    def broken(path: Path, _passphrase: str | None = None, *, full: bool = True) -> None:
        raise DatabaseOpenError(f"{path} failed its integrity check")

    monkeypatch.setattr(backup_files, "verify_copy", broken)
    with pytest.raises(DeskCrmError, match="failed its integrity check"):
        BackupService(db_path).create("manual")
    assert list((db_path.parent / "backups").iterdir()) == []


def test_restore_puts_back_the_data_and_keeps_what_it_replaced(db, db_path, services) -> None:
    services.contacts.create(ContactInput(first_name="Anna"))
    service = BackupService(db_path)
    saved = service.create("manual")
    services.contacts.create(ContactInput(first_name="Ben"))
    db.close()
    kept = service.restore(saved.path)
    assert kept.kind == "pre-restore" and _count(kept.path) == 2
    assert _count(db_path) == 1
    open_database(db_path).close()


def test_restore_refuses_files_that_are_not_good_deskcrm_backups(db, db_path, tmp_path) -> None:
    service = BackupService(db_path)
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    with pytest.raises(DatabaseOpenError, match="not an SQLite file"):
        service.restore(text)
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE photos(id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseOpenError, match="not a DeskCRM database"):
        service.restore(other)
    newer = service.create("manual").path
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    with pytest.raises(NewerSchemaError):
        service.restore(newer)
    with pytest.raises(DatabaseOpenError, match="no such file"):
        service.restore(tmp_path / "missing.sqlite3")
    assert [b.kind for b in service.backups()] == ["manual"]  # nothing replaced, nothing kept


def test_restoring_an_older_schema_backup_upgrades_it_on_open(tmp_path) -> None:
    old = tmp_path / "old.sqlite3"
    migrate.upgrade(old, "0001")
    current = tmp_path / "crm.sqlite3"
    open_database(current).close()
    BackupService(current).restore(old)
    open_database(current).close()
    conn = sqlite3.connect(current)
    assert migrate.read_revision(conn) == migrate.HEAD_REVISION
    conn.close()


def test_an_interrupted_daily_backup_never_counts_and_the_next_start_makes_one(db, db_path) -> None:
    clock = Clock(START)
    service = BackupService(db_path, clock, UTC)
    folder = db_path.parent / "backups"
    folder.mkdir(mode=0o700)
    name = f"{db_path.stem}-{START.strftime('%Y%m%dT%H%M%SZ')}-daily.sqlite3"
    (folder / name).write_bytes(b"")  # what an older DeskCRM left when killed
    (folder / (name + ".deskcrm-partial")).write_bytes(b"SQLite format 3\x00half")
    (folder / (name + ".deskcrm-partial-journal")).write_bytes(b"x")
    assert service.backups() == []
    made = service.daily_if_due()
    assert made is not None and made.kind == "daily" and made.size > 0
    assert [p.name for p in folder.iterdir() if "partial" in p.name] == []
    assert service.daily_if_due() is None


def test_backup_to_an_existing_other_file_or_the_database_itself_is_refused(
    db, db_path, tmp_path, capsys
) -> None:
    from deskcrm.cli import main

    notes = tmp_path / "notes.txt"
    notes.write_text("my notes")
    for target, message in ((notes, "is not a DeskCRM backup"), (db_path, "the database itself")):
        assert main(["--db", str(db_path), "backup", "--to", str(target)]) == 1
        err = capsys.readouterr().err
        assert message in err and len(err.strip().splitlines()) == 1
    assert notes.read_text() == "my notes"
    again = tmp_path / "again.sqlite3"
    assert main(["--db", str(db_path), "backup", "--to", str(again)]) == 0
    assert main(["--db", str(db_path), "backup", "--to", str(again)]) == 0  # a backup: replaced


def test_restore_is_refused_while_the_database_is_open(db, db_path) -> None:
    service = BackupService(db_path)
    saved = service.create("manual")
    with pytest.raises(DeskCrmError, match=r"close DeskCRM \(and other deskcrm commands\)"):
        service.restore(saved.path)
    assert [b.kind for b in service.backups()] == ["manual"]


def test_restore_refuses_a_head_schema_file_claiming_an_old_revision_and_replaces_nothing(
    db, db_path, services, tmp_path
) -> None:
    services.contacts.create(ContactInput(first_name="Anna"))
    service = BackupService(db_path)
    odd = service.create("manual", tmp_path / "odd.sqlite3").path
    conn = sqlite3.connect(odd)
    conn.execute("UPDATE alembic_version SET version_num = '0001'")
    conn.commit()
    conn.close()
    db.close()
    before = db_path.read_bytes()
    with pytest.raises(DeskCrmError, match=r"odd\.sqlite3"):
        service.restore(odd)
    assert db_path.read_bytes() == before
    assert [b.kind for b in service.backups()] == []  # nothing kept: nothing was replaced
    assert [p.name for p in db_path.parent.iterdir() if "partial" in p.name] == []


def test_a_damaged_database_is_set_aside_and_the_backup_restored(db, db_path, services) -> None:
    services.contacts.create(ContactInput(first_name="Anna"))
    service = BackupService(db_path)
    saved = service.create("manual")
    db.close()
    db_path.write_bytes(b"SQLite format 3\x00" + b"\x13" * 5000)
    damaged = service.restore_over_damaged(saved.path)
    assert damaged.read_bytes().startswith(b"SQLite format 3\x00\x13")
    assert _count(db_path) == 1


def _unhinge_an_index(path: Path) -> None:
    """An index whose entries no longer match its table (what the full check finds and the
    quick check, which reads every page's structure, does not)."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute(
        "UPDATE sqlite_master SET sql = replace(sql, '(address)', '(label)')"
        " WHERE name = 'ix_contact_email_address'"
    )
    conn.commit()
    conn.close()


def test_a_quick_backup_is_kept_once_every_page_reads_and_its_full_check_follows(
    db, db_path, services
) -> None:
    services.contacts.create(ContactInput(first_name="Anna", emails=["anna@example.com"]))
    backups = BackupService(db_path)
    made = backups.create("manual", full_check=False)
    assert not made.fully_checked and _count(made.path) == 1
    checked = backups.check_fully(made)
    assert checked.fully_checked and made.path.exists()
    # A copy that fails the full check is removed, and the error says so.
    again = backups.create("manual", full_check=False)
    _unhinge_an_index(again.path)
    assert backup_files.verify_copy(again.path, full=False) is not None  # quick: passes
    with pytest.raises(DeskCrmError, match="failed its full check and was removed"):
        backups.check_fully(again)
    assert not again.path.exists()
    assert [b.path for b in backups.backups()] == [made.path]
    assert _count(db_path) == 1  # the database itself is untouched


def test_a_backup_that_replaces_an_earlier_one_is_checked_fully_first(db, db_path) -> None:
    backups = BackupService(db_path)
    earlier = backups.create("manual")
    again = backups.create("manual", to=earlier.path, full_check=False)
    assert again.path == earlier.path and again.fully_checked
