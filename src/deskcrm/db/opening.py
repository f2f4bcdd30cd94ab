"""Opening a user's file safely: refuse what is not ours, back up, then migrate.

A file is DeskCRM's when its application id says so (or, for files made before the id
was set, when its revision is one of ours and its schema is exactly ours); and it is
opened only when its schema is exactly what the migrations build for its revision
(db/schema_check.py), so no trigger or view smuggled into it ever runs.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from deskcrm.db import dialects, migrate, schema_check
from deskcrm.db.backup_files import copy_database, remove_stale_partials, verify_copy
from deskcrm.db.connect import SQLITE_HEADER, connect
from deskcrm.db.engine import Database
from deskcrm.domain.dates import utc_now
from deskcrm.errors import DatabaseOpenError, NewerSchemaError, ReadOnlyDatabaseError


class PassphraseNeededError(DatabaseOpenError):
    """The file is not plain SQLite: it may be encrypted, and no passphrase was given."""


class WrongPassphraseError(DatabaseOpenError):
    """A passphrase was given but does not open the file."""


def open_database(
    path: Path | str,
    *,
    create: bool = True,
    now: datetime | None = None,
    passphrase: str | None = None,
) -> Database:
    """Open (and if needed create or upgrade) a DeskCRM database.

    Nothing is written to a file that turns out not to be a DeskCRM database (or whose
    schema is not exactly DeskCRM's); an older one is copied aside with SQLite's backup
    API before Alembic touches it. Creating and upgrading are one transaction each, so a
    crash leaves the old schema or the new one; the checks are repeated inside that
    transaction, under the write lock, in case another process changed the file since.
    """
    from deskcrm.db.usage_lock import InUseDatabase, UsageLock

    if dialects.is_server_address(path):
        return open_server_database(str(path))
    path = Path(path).expanduser()
    if path.is_dir():
        raise DatabaseOpenError(f"{path} is a folder, not a database file")
    if not path.exists() and not create:
        raise DatabaseOpenError(f"{path}: no such database file")
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseOpenError(f"cannot create {path.parent}: {exc.strerror}") from exc
    if _holds_data(path):
        # A file that is not ours is refused before anything (even the lock file) is made
        # beside it; the checks run again under the lock.
        _inspect(path, None if is_plain_sqlite(path) else passphrase)
    # Taken before the file is changed: an encrypt, decrypt or restore cannot replace it
    # while this open upgrades or creates it (they wait for close()).
    usage = UsageLock.shared(path)
    try:
        if _holds_data(path) and is_plain_sqlite(path):
            passphrase = None  # not encrypted: a passphrase has nothing to open
        _open_or_create(path, now, passphrase)
        return InUseDatabase(path, passphrase=passphrase, usage=usage)
    except BaseException:
        usage.release()
        raise


def open_server_database(address: str) -> Database:
    """Open a PostgreSQL database (`postgresql://…`), giving an empty one DeskCRM's schema
    and upgrading an older one. The database itself is made by the server's administrator.

    File features do not apply: no application id, no usage lock, no copy before an
    upgrade (the server's own backups are the safety net), no encryption; the schema
    check against the file's exact SQL is SQLite's (db/schema_check.py). A database
    holding someone else's tables is refused and left untouched.
    """
    from sqlalchemy import inspect
    from sqlalchemy.exc import SQLAlchemyError

    shown = dialects.display_address(address)
    try:
        revision = migrate.server_revision(address)
        if revision is None:
            from deskcrm.db.dialects.postgresql import make_engine as make_server_engine

            engine = make_server_engine(address)
            try:
                with engine.connect() as connection:
                    others = inspect(connection).get_table_names()
            finally:
                engine.dispose()
            if others:
                raise DatabaseOpenError(
                    f"{shown} is not an empty database and not a DeskCRM one"
                    f" (it holds {', '.join(sorted(others)[:5])}); it was left untouched"
                )
        elif revision not in migrate.KNOWN_REVISIONS:
            raise NewerSchemaError(
                f"{shown} was written by a newer DeskCRM (schema {revision});"
                " update DeskCRM to open it"
            )
        if revision != migrate.HEAD_REVISION:
            migrate.upgrade_server(address)
    except SQLAlchemyError as exc:
        reason = getattr(exc, "orig", None) or exc
        raise DatabaseOpenError(f"cannot open {shown}: {reason}") from exc
    return Database(address)


def _open_or_create(path: Path, now: datetime | None, passphrase: str | None) -> None:
    gate = _gate(path)
    if _holds_data(path):
        state = _inspect(path, passphrase)
        writable = path.stat().st_mode & stat.S_IWUSR and os.access(path, os.W_OK)
        if not writable or not os.access(path.parent, os.W_OK):
            raise ReadOnlyDatabaseError(
                f"{path} is read-only (or its folder is): DeskCRM needs to write to it"
            )
        if state.revision != migrate.HEAD_REVISION:
            backup_before_migration(path, state.revision, now or utc_now(), passphrase)
            migrate.upgrade(path, passphrase=passphrase, before=gate)
        elif not state.marked:
            migrate.mark_as_ours(path, passphrase, before=gate)
    else:
        migrate.upgrade(path, passphrase=passphrase, before=gate)
        _private(path)


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


@dataclass(frozen=True)
class FileState:
    revision: str | None  # None: an empty database, to be created
    marked: bool  # carries DeskCRM's application id (files from older versions do not)


def _holds_data(path: Path) -> bool:
    """An existing file with something in it (or in its WAL, after a crash)."""
    return any(
        Path(str(path) + suffix).is_file() and Path(str(path) + suffix).stat().st_size > 0
        for suffix in ("", "-wal")
    )


def inspect_file(path: Path, passphrase: str | None = None) -> str | None:
    """The schema revision of a DeskCRM file (None for an empty database), or raise a
    DatabaseOpenError whose message says why it is refused. Reads only (the file is
    opened read-only), so it is the gate for anything that may open, check or restore a
    file: not SQLite, another program's, from a newer DeskCRM, or with a schema that is
    not exactly DeskCRM's (an extra trigger, a view, a changed table: each named)."""
    return _inspect(path, passphrase).revision


def _inspect(path: Path, passphrase: str | None) -> FileState:
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseOpenError(f"cannot read {path}: {exc.strerror}") from exc
    if header and header != SQLITE_HEADER and passphrase is None:
        raise PassphraseNeededError(
            f"{path} is not a DeskCRM database (not an SQLite file), unless it is an"
            " encrypted one: then give its passphrase"
        )
    if header == SQLITE_HEADER or not header:
        passphrase = None  # a plain file (or all still in its WAL); no passphrase needed
    if header == SQLITE_HEADER:
        _refuse_if_truncated(path)
    try:
        conn = connect(path, passphrase, readonly=True)
    except sqlite3.Error as exc:
        raise DatabaseOpenError(f"cannot open {path}: {exc}") from exc
    try:
        return file_state(conn, path, encrypted=passphrase is not None)
    finally:
        conn.close()


def _refuse_if_truncated(path: Path) -> None:
    """A file shorter than its header says (cut off by a copy or a sync) is damaged: SQLite
    would read its schema and fail later, part-way through something."""
    wal = Path(str(path) + "-wal")
    if wal.is_file() and wal.stat().st_size > 0:
        return  # pages may still be in the WAL: the main file can be shorter
    with path.open("rb") as fh:
        head = fh.read(100)
    if len(head) < 100:
        raise DatabaseOpenError(f"{path} is damaged (cut short: {len(head)} bytes)")
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(head[28:32], "big")
    # The page count is valid only while its "version valid for" matches the change counter.
    if pages and head[92:96] == head[24:28] and path.stat().st_size < pages * page_size:
        raise DatabaseOpenError(
            f"{path} is damaged (cut short: {path.stat().st_size // page_size} of {pages} pages)"
        )


def file_state(conn: Any, path: Path, *, encrypted: bool = False) -> FileState:
    """Classify an open connection's file; raise DatabaseOpenError if it is refused."""
    try:
        application_id = migrate.read_application_id(conn)
        schema = schema_check.read_schema(conn)
        revision = migrate.read_revision(conn)
    except DatabaseOpenError:
        raise
    except Exception as exc:  # sqlite3's or sqlcipher3's DatabaseError
        if encrypted:
            raise WrongPassphraseError(
                f"{path}: the passphrase does not open it (or it is not a DeskCRM database)"
            ) from exc
        raise DatabaseOpenError(f"{path} is damaged or not a database ({exc})") from exc
    marked = application_id == migrate.APPLICATION_ID
    if application_id not in (0, migrate.APPLICATION_ID):
        raise DatabaseOpenError(
            f"{path} is an SQLite file but not a DeskCRM database (it belongs to another"
            f" program: application id {application_id:#010x}); it was left untouched"
        )
    if revision is None:
        if set(schema) - {"alembic_version"}:
            raise DatabaseOpenError(f"{path} is an SQLite file but not a DeskCRM database")
        return FileState(None, marked)
    if revision not in migrate.KNOWN_REVISIONS:
        if marked:
            raise NewerSchemaError(
                f"{path} was written by a newer DeskCRM (schema {revision});"
                " update DeskCRM to open it"
            )
        raise DatabaseOpenError(
            f"{path} is an SQLite file but not a DeskCRM database (another program's"
            f" schema, revision {revision!r}); it was left untouched"
        )
    problems = schema_check.schema_problems(schema, revision)
    if problems:
        if not marked and not schema_check.looks_like_deskcrm(schema):
            raise DatabaseOpenError(
                f"{path} is an SQLite file but not a DeskCRM database (another program's"
                f" tables); it was left untouched"
            )
        raise DatabaseOpenError(
            f"{path} was refused and left untouched: its schema is not DeskCRM's schema"
            f" {revision} ({schema_check.describe(problems)})"
        )
    return FileState(revision, marked)


def _gate(path: Path) -> Callable[[Any], None]:
    """The same checks, run again inside the write transaction before anything is written."""

    def check(conn: Any) -> None:
        file_state(conn, path)

    return check


def backup_before_migration(
    path: Path, revision: str | None, now: datetime, passphrase: str | None = None
) -> Path | None:
    """A verified copy in the backups folder beside the database, before Alembic runs.

    Made once: if an upgrade was interrupted and is tried again, the verified copy made
    the first time (same revision, same records) is kept and no second one is made. The
    caller has already checked the file (inspect_file): a refused file is never copied.
    """
    if revision is None:
        return None  # an empty file has nothing to lose
    folder = path.parent / "backups"
    remove_stale_partials(folder)  # half copies from an attempt that was killed
    earlier = _earlier_pre_upgrade_backup(path, folder, revision, passphrase)
    if earlier is not None:
        return earlier
    stamp = now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    target = folder / f"{path.stem}-{stamp}-pre-upgrade-from-{revision}.sqlite3"
    copied = copy_database(path, target, passphrase, verify=True)
    if copied != revision:
        target.unlink(missing_ok=True)
        raise DatabaseOpenError(f"the copy of {path} made before upgrading it is not whole")
    return target


def _earlier_pre_upgrade_backup(
    path: Path, folder: Path, revision: str, passphrase: str | None
) -> Path | None:
    """A verified pre-upgrade copy of this file at this revision holding the same records."""
    if not folder.is_dir():
        return None
    candidates = sorted(folder.glob(f"{path.stem}-*-pre-upgrade-from-{revision}.sqlite3"))
    if not candidates:
        return None
    counts = _record_counts(path, passphrase)
    for candidate in reversed(candidates):  # newest first (the names sort by time)
        try:
            if verify_copy(candidate, passphrase) != revision:
                continue
            if _record_counts(candidate, passphrase) == counts:
                return candidate
        except (DatabaseOpenError, sqlite3.Error):
            continue  # not a good copy: make a new one
    return None


def _record_counts(path: Path, passphrase: str | None) -> dict[str, int]:
    conn = connect(path, passphrase, readonly=True)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
                " AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"
            )
        ]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        conn.close()
