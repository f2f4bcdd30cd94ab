"""The engine for one database, a SQLite file or a PostgreSQL server (what differs lives in
db/dialects), and its unit of work."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from deskcrm.db import dialects
from deskcrm.db.dialects import sqlite
from deskcrm.db.dialects.sqlite import BEGIN_OPTION, DEFERRED, IMMEDIATE
from deskcrm.db.dialects.sqlite import fold_value as fold
from deskcrm.errors import DeskCrmError, StorageError

__all__ = [
    "BEGIN_OPTION",
    "DEFERRED",
    "IMMEDIATE",
    "Database",
    "fold",
    "make_engine",
    "storage_error",
    "storage_errors",
]

BUSY_TIMEOUT_MS = sqlite.BUSY_TIMEOUT_MS


def make_engine(
    path: Path,
    *,
    foreign_keys: bool = True,
    passphrase: str | None = None,
    begin: str = DEFERRED,
) -> Engine:
    """The engine of one SQLite file (see dialects.sqlite.make_engine)."""
    return sqlite.make_engine(
        path,
        foreign_keys=foreign_keys,
        passphrase=passphrase,
        begin=begin,
        busy_timeout_ms=BUSY_TIMEOUT_MS,
    )


_STORAGE_MESSAGES = {
    "database or disk is full": "there is not enough space on the disk",
    "attempt to write a readonly database": "the database file is read-only",
    "database is locked": "another program (or a second DeskCRM) is writing to it",
    "disk i/o error": "the disk reported an error",
}


def storage_errors() -> tuple[type[Exception], ...]:
    """The errors a full or locked disk raises: SQLAlchemy's, and the drivers' own
    OperationalError classes (bulk inserts use a raw cursor, so a full disk there is not
    wrapped by SQLAlchemy). A driver counts only once loaded: one that was never imported
    raised nothing, and importing psycopg just to name its error cost every SQLite user
    ~11 MB and part of the start-up. Evaluated where the error is caught."""
    errors: list[type[Exception]] = [OperationalError, sqlite3.OperationalError]
    for module_name in ("sqlcipher3.dbapi2", "psycopg"):
        module = sys.modules.get(module_name)
        if module is not None:
            errors.append(module.OperationalError)
    return tuple(errors)


def storage_error(path: Path | str, exc: Exception) -> DeskCrmError:
    orig = getattr(exc, "orig", None)
    text = str(orig).lower() if orig is not None else str(exc).lower()
    for needle, reason in _STORAGE_MESSAGES.items():
        if needle in text:
            return StorageError(
                f"Could not save to {path}: {reason}. Nothing from this change was saved;"
                " everything saved before is safe."
            )
    return StorageError(f"Could not save to {path}: {orig or exc}")


class Database:
    """One open DeskCRM database, a file or a server (a `postgresql://…` address). Hand it
    to services; each call opens its own session."""

    def __init__(
        self, path: Path | str, engine: Engine | None = None, passphrase: str | None = None
    ) -> None:
        self.is_server = dialects.is_server_address(path)
        # What messages call it: the file's path, or the server URL without its password.
        self.address = dialects.display_address(path)
        self._path = None if self.is_server else Path(path)
        self.passphrase = passphrase
        if engine is None:
            if self._path is None:
                from deskcrm.db.dialects.postgresql import make_engine as make_server_engine

                engine = make_server_engine(str(path))
            else:
                engine = make_engine(self._path, passphrase=passphrase)
        self.engine = engine
        self.dialect = dialects.of_engine(engine)

    @property
    def path(self) -> Path:
        """The database file. A server database has none: file features (backups, restore,
        encryption) say so instead of acting on a made-up path."""
        if self._path is None:
            raise DeskCrmError(
                f"{self.address} is a server database, not a file: this works on files only"
            )
        return self._path

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A unit of work: commits if the block finishes, rolls everything back if not.

        Storage failures (disk full, read-only file, another program holding a write lock
        past the busy timeout) become a StorageError whose message says nothing was saved.
        The write lock is taken at the start (SQLite: BEGIN IMMEDIATE; PostgreSQL: an
        advisory lock): ids read as max(id) + 1 inside the block stay free until it
        commits, whatever other processes do.
        """
        session = Session(self.engine, expire_on_commit=False)
        try:
            self.dialect.begin_write(session)
            yield session
            session.commit()
        except storage_errors() as exc:
            session.rollback()
            raise storage_error(self.address, exc) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only session; nothing it does is committed. Loaded objects stay usable.

        It takes no lock and sees one snapshot (SQLite: a deferred transaction;
        PostgreSQL: REPEATABLE READ).
        """
        session = Session(self.engine, expire_on_commit=False)
        try:
            self.dialect.begin_read(session)
            yield session
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()
