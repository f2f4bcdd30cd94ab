"""A full disk, a read-only file or a busy database: a clear message, nothing half-saved."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest
from sqlalchemy import event

from deskcrm.db.opening import open_database
from deskcrm.errors import DatabaseOpenError, StorageError
from deskcrm.services.contacts.contacts import ContactInput


def test_a_full_disk_loses_nothing_already_saved(db, services) -> None:
    anna = services.contacts.create(ContactInput(first_name="Anna")).id
    with db.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()

    def tiny_disk(dbapi_connection, _record) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 2}")

    event.listen(db.engine, "connect", tiny_disk)
    db.engine.dispose()
    with pytest.raises(
        StorageError, match=r"not enough space on the disk\. Nothing from this change was saved"
    ):
        services.contacts.create(ContactInput(first_name="Ben", notes="x" * 100_000))
    event.remove(db.engine, "connect", tiny_disk)
    db.engine.dispose()
    assert services.contacts.get(anna).name == "Anna"
    assert services.contacts.count() == 1


def test_a_read_only_database_is_refused_with_a_message_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "crm.sqlite3"
    open_database(path).close()
    before = path.read_bytes()
    path.chmod(stat.S_IRUSR)
    try:
        with pytest.raises(DatabaseOpenError, match="read-only"):
            open_database(path)
    finally:
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)
    assert path.read_bytes() == before


def test_a_write_blocked_by_another_writer_says_so(db, db_path, services, monkeypatch) -> None:
    monkeypatch.setattr("deskcrm.db.engine.BUSY_TIMEOUT_MS", 100)
    db.engine.dispose()
    other = sqlite3.connect(db_path)
    other.execute("BEGIN IMMEDIATE")  # e.g. the CLI importing while the GUI saves
    try:
        with pytest.raises(StorageError, match="another program"):
            services.contacts.create(ContactInput(first_name="Ben"))
    finally:
        other.rollback()
        other.close()
    assert services.contacts.count() == 0


def test_new_files_are_private(tmp_path: Path) -> None:
    path = tmp_path / "data" / "crm.sqlite3"
    open_database(path).close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert os.name == "posix"
