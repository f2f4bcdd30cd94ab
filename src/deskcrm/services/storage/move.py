"""`deskcrm move FROM TO`: copy a DeskCRM database file into an empty PostgreSQL database,
or a server database back into a new file, every row as stored, with progress.

The source is only read (a file is opened read-only, a server in a read-only snapshot)
and must already be at this DeskCRM's schema. The target gets DeskCRM's schema if it has
none, must hold no records, and is filled in one transaction: a failure leaves it as it
was (and a file made for the move is removed again).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine
from sqlalchemy.exc import SQLAlchemyError

from deskcrm.db import dialects, migrate, move_queries
from deskcrm.db.connect import connect
from deskcrm.db.engine import storage_errors
from deskcrm.db.opening import inspect_file, is_plain_sqlite, open_database
from deskcrm.errors import DatabaseOpenError, DeskCrmError

BATCH_ROWS = 2000
# progress(table, rows copied so far, rows in that table)
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class MoveResult:
    tables: int
    rows: int
    counts: dict[str, int]


def move_database(
    source: Path | str,
    target: Path | str,
    *,
    passphrase: str | None = None,
    progress: Progress | None = None,
    batch_rows: int = BATCH_ROWS,
) -> MoveResult:
    """Copy every record of `source` into `target` (a file or a `postgresql://` URL each;
    one of them a server). `passphrase` opens an encrypted source file."""
    shown_source = dialects.display_address(source)
    shown_target = dialects.display_address(target)
    if dialects.is_server_address(source) == dialects.is_server_address(target):
        raise DeskCrmError(
            "move copies a database file to a PostgreSQL server database or back: give one"
            " file and one postgresql:// address"
        )
    if shown_source == shown_target:
        raise DeskCrmError("FROM and TO are the same database")
    report = progress or (lambda _table, _done, _total: None)
    with _source_engine(source, passphrase) as engine:
        try:
            with engine.connect() as reading:
                move_queries.begin_snapshot(reading)
                totals = move_queries.row_counts(reading)
                return _copy_into(target, shown_target, reading, totals, report, batch_rows)
        except storage_errors() as exc:
            raise DeskCrmError(
                f"the move from {shown_source} to {shown_target} failed, nothing was copied:"
                f" {getattr(exc, 'orig', None) or exc}"
            ) from exc
        except SQLAlchemyError as exc:
            raise DeskCrmError(
                f"the move from {shown_source} to {shown_target} failed, nothing was copied:"
                f" {getattr(exc, 'orig', None) or exc}"
            ) from exc


@contextlib.contextmanager
def _source_engine(source: Path | str, passphrase: str | None) -> Iterator[Engine]:
    """An engine that only reads the source, refused unless it is a DeskCRM database at
    this version's schema (an older one is upgraded by opening it in DeskCRM, which keeps
    a copy first; move itself never changes its source)."""
    if dialects.is_server_address(source):
        from deskcrm.db.dialects.postgresql import make_engine

        address = str(source)
        shown = dialects.display_address(address)
        try:
            revision = migrate.server_revision(address)
        except SQLAlchemyError as exc:
            raise DatabaseOpenError(
                f"cannot open {shown}: {getattr(exc, 'orig', None) or exc}"
            ) from exc
        _require_head(shown, revision)
        engine = make_engine(address)
    else:
        path = Path(source).expanduser()
        if not path.is_file():
            raise DatabaseOpenError(f"{path}: no such database file")
        key = None if is_plain_sqlite(path) else passphrase
        _require_head(str(path), inspect_file(path, key))
        engine = create_engine("sqlite://", creator=lambda: connect(path, key, readonly=True))
    try:
        yield engine
    finally:
        engine.dispose()


def _require_head(shown: str, revision: str | None) -> None:
    if revision is None:
        raise DeskCrmError(f"{shown} is an empty database: there is nothing to move")
    if revision != migrate.HEAD_REVISION:
        raise DeskCrmError(
            f"{shown} is at DeskCRM schema {revision}; open it once with this DeskCRM (it"
            f" is upgraded to {migrate.HEAD_REVISION}, keeping a copy) and move it then"
        )


def _copy_into(
    target: Path | str,
    shown: str,
    reading: Connection,
    totals: dict[str, int],
    report: Progress,
    batch_rows: int,
) -> MoveResult:
    made_file: Path | None = None
    if not dialects.is_server_address(target):
        path = Path(target).expanduser()
        if path.exists() and path.stat().st_size > 0:
            inspect_file(path)  # a file that is not a DeskCRM database is left alone
        else:
            made_file = path
        target = path
    try:
        db = open_database(target, create=True)
        try:
            with db.transaction() as session:
                found = move_queries.user_records(session)
                if found:
                    held = ", ".join(f"{count:,} {table}" for table, count in found.items())
                    raise DeskCrmError(
                        f"{shown} is not empty (it holds {held}); move copies into an empty"
                        " database only, so nothing was changed"
                    )
                move_queries.clear(session)
                for table in move_queries.transfer_tables():
                    total, done = totals[table.name], 0
                    report(table.name, 0, total)
                    for rows in move_queries.read_batches(reading, table, batch_rows):
                        move_queries.write_batch(session, table, rows)
                        done += len(rows)
                        report(table.name, done, total)
                move_queries.finish(session)
                counts = move_queries.row_counts(session)
                if counts != totals:  # rolled back: the target is left as it was
                    raise DeskCrmError(
                        f"the copy in {shown} would not hold the same rows as the source;"
                        " nothing was changed"
                    )
            move_queries.settle(db)
        finally:
            db.close()
    except BaseException:
        if made_file is not None:
            _remove_new_file(made_file)
        raise
    return MoveResult(len(counts), sum(counts.values()), counts)


def _remove_new_file(path: Path) -> None:
    """A file made for a move that failed holds nothing of the user's: it goes."""
    for leftover in (path, *(Path(f"{path}{x}") for x in ("-wal", "-shm", ".users"))):
        leftover.unlink(missing_ok=True)
