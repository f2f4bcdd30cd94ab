"""Hot paths that go straight to the DB-API cursor: bulk inserts and long id lists. Each
runs the way the session's engine needs (db/dialects)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
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


def update_rows(session: Session, sql: str, rows: Sequence[Sequence[Any]]) -> None:
    """executemany of one UPDATE/DELETE with ? parameters, in the session's transaction."""
    dialects.of(session).update_rows(session, sql, rows)


def first_column(session: Session, sql: str, params: dict[str, object]) -> list[int]:
    """First column of every row: for 100,000 ids several times faster than iterating
    SQLAlchemy result rows (on SQLite)."""
    return dialects.of(session).first_column(session, sql, params)
