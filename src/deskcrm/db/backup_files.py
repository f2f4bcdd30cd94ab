"""Consistent copies of a live database (SQLite's online backup API) and their checks."""

from __future__ import annotations

import os
from pathlib import Path

from deskcrm.db import migrate
from deskcrm.db.connect import connect
from deskcrm.errors import DatabaseOpenError


def copy_database(source: Path, target: Path, passphrase: str | None = None) -> None:
    """Copy a possibly live database page by page; never a plain file copy, which could
    catch a half-written page or miss what is still in the WAL."""
    target.parent.mkdir(parents=True, exist_ok=True)
    src = connect(source, passphrase, readonly=True)
    dst = connect(target, passphrase)  # an encrypted database gets encrypted backups
    try:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
    finally:
        dst.close()
        src.close()
    os.chmod(target, 0o600)


def verify_copy(path: Path, passphrase: str | None = None) -> str | None:
    """Open the copy, run integrity_check and read its schema revision; raise if bad."""
    try:
        conn = connect(path, passphrase, readonly=True)
    except Exception as exc:  # sqlite3's or sqlcipher3's Error
        raise DatabaseOpenError(f"{path} cannot be opened: {exc}") from exc
    try:
        result = conn.execute("PRAGMA integrity_check").fetchone()[0]
        revision = migrate.read_revision(conn)
    except Exception as exc:  # sqlite3's or sqlcipher3's DatabaseError
        raise DatabaseOpenError(f"{path} is damaged or not a database ({exc})") from exc
    finally:
        conn.close()
    if result != "ok":
        raise DatabaseOpenError(f"{path} failed its integrity check: {result}")
    return revision


def restore_into(backup: Path, target: Path, passphrase: str | None = None) -> None:
    """Overwrite `target` with the backup's pages (through SQLite, so the WAL and any
    open readers stay consistent)."""
    src = connect(backup, passphrase, readonly=True)
    dst = connect(target, passphrase)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
