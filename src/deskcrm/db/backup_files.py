"""Consistent copies of a live database (SQLite's online backup API) and their checks."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from deskcrm.db import migrate
from deskcrm.errors import DatabaseOpenError


def copy_database(source: Path, target: Path) -> None:
    """Copy a possibly live database page by page; never a plain file copy, which could
    catch a half-written page or miss what is still in the WAL."""
    target.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
    finally:
        dst.close()
        src.close()
    os.chmod(target, 0o600)


def verify_copy(path: Path) -> str | None:
    """Open the copy, run integrity_check and read its schema revision; raise if bad."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise DatabaseOpenError(f"{path} cannot be opened: {exc}") from exc
    try:
        result = conn.execute("PRAGMA integrity_check").fetchone()[0]
        revision = migrate.read_revision(conn)
    except sqlite3.DatabaseError as exc:
        raise DatabaseOpenError(f"{path} is damaged or not a database ({exc})") from exc
    finally:
        conn.close()
    if result != "ok":
        raise DatabaseOpenError(f"{path} failed its integrity check: {result}")
    return revision


def restore_into(backup: Path, target: Path) -> None:
    """Overwrite `target` with the backup's pages (through SQLite, so the WAL and any
    open readers stay consistent)."""
    src = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
