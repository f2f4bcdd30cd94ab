"""Bulk inserts straight through the DB-API cursor, for demo data and imports."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy.orm import Session


def insert_rows(
    session: Session, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]
) -> None:
    """executemany on the session's own connection, so it shares its transaction.

    Values must already be in storage form (timestamps via db.types.to_db_timestamp).
    """
    cursor = session.connection().connection.cursor()
    marks = ",".join("?" * len(columns))
    cursor.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)
    cursor.close()
