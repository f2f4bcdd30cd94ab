"""Hot paths that go straight to the DB-API cursor: bulk inserts and long id lists."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy.orm import Session


def insert_rows(
    session: Session, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]
) -> None:
    """executemany on the session's own connection, so it shares its transaction.

    Values must already be in storage form (timestamps via db.types.to_db_timestamp).
    """
    cursor = session.connection().connection.cursor()
    marks = ",".join("?" * len(columns))
    cursor.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)
    cursor.close()


def update_rows(session: Session, sql: str, rows: Sequence[Sequence[Any]]) -> None:
    """executemany of one UPDATE/DELETE with ? parameters, in the session's transaction."""
    cursor = session.connection().connection.cursor()
    cursor.executemany(sql, rows)
    cursor.close()


def first_column(session: Session, sql: str, params: dict[str, object]) -> list[int]:
    """First column of every row: for 100,000 ids several times faster than iterating
    SQLAlchemy result rows."""
    cursor = session.connection().connection.driver_connection.execute(sql, params)  # type: ignore[union-attr]
    try:
        return [row[0] for row in cursor.fetchall()]
    finally:
        cursor.close()
