"""The engine for one SQLite file (pragmas on every connection) and its unit of work."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from deskcrm.db.connect import apply_key, distrust_schema, driver
from deskcrm.errors import DeskCrmError, StorageError

BUSY_TIMEOUT_MS = 5000


def fold(value: object) -> str | None:
    """Text compared ignoring case and surrounding spaces, for any script."""
    return value.strip().casefold() if isinstance(value, str) else None


# Which BEGIN a connection's transactions start with (an execution option). Writers take
# the write lock up front, so what they read (e.g. max(id) + 1) cannot be overtaken by
# another process before they write; readers stay deferred and never block anyone.
BEGIN_OPTION = "deskcrm_begin"
DEFERRED, IMMEDIATE = "DEFERRED", "IMMEDIATE"


def make_engine(
    path: Path,
    *,
    foreign_keys: bool = True,
    passphrase: str | None = None,
    begin: str = DEFERRED,
) -> Engine:
    """Every connection: the key (if encrypted), foreign keys, WAL journal, busy timeout.

    The DB-API driver is put in autocommit mode and every SQLAlchemy transaction emits its
    own BEGIN (SQLAlchemy's pysqlite recipe): left to itself, Python's sqlite3 begins only
    before INSERT/UPDATE/DELETE, so schema changes would each commit on their own and a
    crash part-way through an upgrade would leave a file between two schemas.
    """

    def set_pragmas(dbapi_connection: Any, _record: Any) -> None:
        apply_key(dbapi_connection, passphrase)
        dbapi_connection.isolation_level = None  # we say BEGIN ourselves (see on_begin)
        cursor = dbapi_connection.cursor()
        # These run outside any transaction: inside one, foreign_keys is a no-op and
        # journal_mode=WAL fails. The busy timeout comes first so the WAL switch waits.
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()
        distrust_schema(dbapi_connection)
        # SQLite's NOCASE folds ASCII only; segments match "KÖLN" to "Köln" with this.
        dbapi_connection.create_function("deskcrm_fold", 1, fold, deterministic=True)

    def on_begin(conn: Connection) -> None:
        mode = conn.get_execution_options().get(BEGIN_OPTION, begin)
        conn.exec_driver_sql(f"BEGIN {IMMEDIATE if mode == IMMEDIATE else DEFERRED}")

    extra: dict[str, Any] = {} if passphrase is None else {"module": driver(passphrase)}
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False}, **extra)
    event.listen(engine, "connect", set_pragmas)
    event.listen(engine, "begin", on_begin)
    return engine


_STORAGE_MESSAGES = {
    "database or disk is full": "there is not enough space on the disk",
    "attempt to write a readonly database": "the database file is read-only",
    "database is locked": "another program (or a second DeskCRM) is writing to it",
    "disk i/o error": "the disk reported an error",
}


def _driver_errors() -> tuple[type[Exception], ...]:
    """The drivers' own OperationalError classes: bulk inserts use a raw cursor, so a full
    disk there is not wrapped by SQLAlchemy."""
    import sqlite3

    errors: list[type[Exception]] = [sqlite3.OperationalError]
    try:
        import sqlcipher3.dbapi2 as sqlcipher
    except ImportError:
        pass
    else:
        errors.append(sqlcipher.OperationalError)
    return tuple(errors)


STORAGE_ERRORS: tuple[type[Exception], ...] = (OperationalError, *_driver_errors())


def storage_error(path: Path, exc: Exception) -> DeskCrmError:
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
    """One open DeskCRM file. Hand it to services; each call opens its own session."""

    def __init__(
        self, path: Path, engine: Engine | None = None, passphrase: str | None = None
    ) -> None:
        self.path = path
        self.passphrase = passphrase
        self.engine = engine or make_engine(path, passphrase=passphrase)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A unit of work: commits if the block finishes, rolls everything back if not.

        Storage failures (disk full, read-only file, another program holding a write lock
        past the busy timeout) become a StorageError whose message says nothing was saved.
        The write lock is taken at the start (BEGIN IMMEDIATE): ids read as max(id) + 1
        inside the block stay free until it commits, whatever other processes do.
        """
        session = Session(self.engine, expire_on_commit=False)
        try:
            session.connection(execution_options={BEGIN_OPTION: IMMEDIATE})
            yield session
            session.commit()
        except STORAGE_ERRORS as exc:
            session.rollback()
            raise storage_error(self.path, exc) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only session; nothing it does is committed. Loaded objects stay usable.

        Its transaction is deferred: it takes no lock and sees one snapshot of the file.
        """
        session = Session(self.engine, expire_on_commit=False)
        try:
            yield session
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()
