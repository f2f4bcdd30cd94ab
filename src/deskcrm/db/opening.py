"""Opening a user's file safely: refuse what is not ours, back up, then migrate."""

from __future__ import annotations

import os
import sqlite3
import stat
from datetime import UTC, datetime
from pathlib import Path

from deskcrm.db import migrate
from deskcrm.db.backup_files import copy_database, verify_copy
from deskcrm.db.connect import connect
from deskcrm.db.engine import Database
from deskcrm.domain.dates import utc_now
from deskcrm.errors import DatabaseOpenError, NewerSchemaError

SQLITE_HEADER = b"SQLite format 3\x00"


class PassphraseNeededError(DatabaseOpenError):
    """The file is not plain SQLite: it may be encrypted, and no passphrase was given."""


class WrongPassphraseError(DatabaseOpenError):
    """A passphrase was given but does not open the file."""


def open_database(
    path: Path,
    *,
    create: bool = True,
    now: datetime | None = None,
    passphrase: str | None = None,
) -> Database:
    """Open (and if needed create or upgrade) a DeskCRM database.

    Nothing is written to a file that turns out not to be a DeskCRM database; an older
    one is copied aside with SQLite's backup API before Alembic touches it.
    """
    path = Path(path).expanduser()
    if path.is_dir():
        raise DatabaseOpenError(f"{path} is a folder, not a database file")
    if path.exists() and path.stat().st_size > 0:
        if is_plain_sqlite(path):
            passphrase = None  # not encrypted: a passphrase has nothing to open
        revision = inspect_file(path, passphrase)
        writable = path.stat().st_mode & stat.S_IWUSR and os.access(path, os.W_OK)
        if not writable or not os.access(path.parent, os.W_OK):
            raise DatabaseOpenError(
                f"{path} is read-only (or its folder is): DeskCRM needs to write to it"
            )
        if revision != migrate.HEAD_REVISION:
            backup_before_migration(path, revision, now or utc_now(), passphrase)
            migrate.upgrade(path, passphrase=passphrase)
    else:
        if not path.exists() and not create:
            raise DatabaseOpenError(f"{path}: no such database file")
        try:
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseOpenError(f"cannot create {path.parent}: {exc.strerror}") from exc
        migrate.upgrade(path, passphrase=passphrase)
        _private(path)
    return Database(path, passphrase=passphrase)


def _private(path: Path) -> None:
    """A new database is readable by its owner only (POSIX)."""
    if os.name == "posix":
        os.chmod(path, 0o600)


def is_plain_sqlite(path: Path) -> bool:
    try:
        with Path(path).open("rb") as fh:
            return fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def inspect_file(path: Path, passphrase: str | None = None) -> str | None:
    """Return the schema revision of a DeskCRM file, or raise a message for the user."""
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseOpenError(f"cannot read {path}: {exc.strerror}") from exc
    if header != SQLITE_HEADER and passphrase is None:
        raise PassphraseNeededError(
            f"{path} is not a DeskCRM database (not an SQLite file), unless it is an"
            " encrypted one: then give its passphrase"
        )
    if header == SQLITE_HEADER:
        passphrase = None  # a plain file; a passphrase is not needed
    try:
        conn = connect(path, passphrase, readonly=True)
    except sqlite3.Error as exc:
        raise DatabaseOpenError(f"cannot open {path}: {exc}") from exc
    try:
        revision = migrate.read_revision(conn)
        table_count = conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE name != 'alembic_version'"
        ).fetchone()[0]
    except Exception as exc:  # sqlite3's or sqlcipher3's DatabaseError
        if passphrase is not None:
            raise WrongPassphraseError(
                f"{path}: the passphrase does not open it (or it is not a DeskCRM database)"
            ) from exc
        raise DatabaseOpenError(f"{path} is damaged or not a database ({exc})") from exc
    finally:
        conn.close()
    if revision is None:
        if table_count:
            raise DatabaseOpenError(f"{path} is an SQLite file but not a DeskCRM database")
        return None
    if revision not in migrate.KNOWN_REVISIONS:
        raise NewerSchemaError(
            f"{path} was written by a newer DeskCRM (schema {revision}); update DeskCRM to open it"
        )
    return revision


def backup_before_migration(
    path: Path, revision: str | None, now: datetime, passphrase: str | None = None
) -> Path | None:
    """A verified copy in the backups folder beside the database, before Alembic runs."""
    if revision is None:
        return None  # an empty file has nothing to lose
    stamp = now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    folder = path.parent / "backups"
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    target = folder / f"{path.stem}-{stamp}-pre-upgrade-from-{revision}.sqlite3"
    copy_database(path, target, passphrase)
    verify_copy(target, passphrase)
    return target
