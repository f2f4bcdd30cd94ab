"""Hot paths that go straight to the DB-API cursor: bulk inserts and long id lists. Each
runs the way the session's engine needs (db/dialects)."""

from __future__ import annotations

import json
import queue
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy.orm import Session

from deskcrm.db import dialects

# Many ids as one parameter, read back in SQL with json_each: one statement whatever the
# count. Join on it with CROSS JOIN so SQLite walks the list and looks each row up by id; a
# plain JOIN may walk an index of the other table and scan the whole list for each row
# (100,000 contacts took minutes that way). SQLite's spelling; dialects.of(session).id_table
# gives each engine's.
ID_LIST = "SELECT value FROM json_each(:ids)"


def id_list(ids: Iterable[int]) -> str:
    """The value to bind as :ids for ID_LIST (a JSON array, on both engines)."""
    return json.dumps([int(i) for i in ids])


def id_list_sql(session: Session, param: str = "ids") -> str:
    """ID_LIST for the session's engine: a sub-select of the ids bound as :param."""
    return f"SELECT value FROM {dialects.of(session).id_table(param)}"


def insert_rows(
    session: Session, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]
) -> None:
    """executemany on the session's own connection, so it shares its transaction.

    Values must already be in storage form (timestamps via db.types.to_db_timestamp).
    """
    dialects.of(session).insert_rows(session, table, columns, rows)


@contextmanager
def insert_rows_meanwhile(
    session: Session, table: str, columns: Sequence[str]
) -> Iterator[Callable[[Sequence[Sequence[Any]]], None]]:
    """Gives `add(rows)`: rows_inserted_meanwhile for one table."""
    with rows_inserted_meanwhile(session) as add:
        yield lambda rows: add(table, columns, rows)


@contextmanager
def rows_inserted_meanwhile(
    session: Session,
) -> Iterator[Callable[[str, Sequence[str], Sequence[Sequence[Any]]], None]]:
    """Gives `add(table, columns, rows)`: each batch of rows added is inserted on a thread
    of its own, in the order added, while the caller goes on building the next (and
    other tables' rows). All are in when the block is left; an error of an insert is
    raised there.

    On SQLite a batch goes in as one INSERT … SELECT over a JSON array, so the engine
    works through it without the GIL (sqlite3 lets go of it while a statement runs; an
    executemany needs it back for every row, and gets it only when the caller's Python
    pauses, every 5 ms). Values must be JSON's: text, whole numbers, booleans (stored as
    1/0), None; rows of one batch the same length. Other engines insert each batch as it
    is added.

    The block must not use the session: its connection belongs to the inserts until the
    block ends (then, if the block raised, they are waited for before the error goes on
    and the caller's transaction is rolled back as usual).
    """
    dialect = dialects.of(session)
    failed: list[BaseException] = []
    if dialect.json_rows_insert("contact", ("id",), (True,)) is None:

        def add_now(table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
            if rows and not failed:
                try:
                    dialect.insert_rows(session, table, columns, rows)
                except Exception as error:  # raised where the other engine's would be
                    failed.append(error)

        yield add_now
        if failed:
            raise failed[0]
        return
    # The transaction's connection, taken on the caller's thread.
    driver = session.connection().connection.driver_connection
    batches: queue.SimpleQueue[tuple[str, tuple[Any, ...]] | None] = queue.SimpleQueue()
    statements: dict[tuple[str, tuple[str, ...], tuple[bool, ...]], str] = {}

    def run() -> None:
        while (batch := batches.get()) is not None:
            if failed:
                continue  # drained: the first error is the one to report
            try:
                driver.execute(*batch)  # type: ignore[union-attr]
            except BaseException as error:  # handed to the caller's thread
                failed.append(error)

    def add(table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        if not rows or failed:
            return
        # A column that holds one value in every row of the batch is bound once; only
        # the others travel as JSON (an import's rows share most of theirs: labels,
        # stamps, empty fields), which halves what SQLite has to take apart.
        values = list(zip(*rows, strict=True))
        varying = tuple(column.count(column[0]) != len(column) for column in values)
        key = (table, tuple(columns), varying)
        if key not in statements:
            statements[key] = dialect.json_rows_insert(table, columns, varying) or ""
        shown = [i for i, differs in enumerate(varying) if differs]
        if len(shown) == 1:
            payload: list[Any] = list(values[shown[0]])
        elif shown:
            payload = list(zip(*(values[i] for i in shown), strict=True))
        else:
            payload = [0] * len(rows)  # every row the same: only their number travels
        fixed = tuple(values[i][0] for i, differs in enumerate(varying) if not differs)
        batches.put((statements[key], (*fixed, json.dumps(payload, ensure_ascii=False))))

    worker = threading.Thread(target=run, name="insert-rows")
    worker.start()
    try:
        yield add
    finally:
        batches.put(None)
        worker.join()
    if failed:
        raise failed[0]


def update_rows(session: Session, sql: str, rows: Sequence[Sequence[Any]]) -> None:
    """executemany of one UPDATE/DELETE with ? parameters, in the session's transaction."""
    dialects.of(session).update_rows(session, sql, rows)


def first_column(session: Session, sql: str, params: dict[str, object]) -> list[int]:
    """First column of every row: for 100,000 ids several times faster than iterating
    SQLAlchemy result rows (on SQLite)."""
    return dialects.of(session).first_column(session, sql, params)
