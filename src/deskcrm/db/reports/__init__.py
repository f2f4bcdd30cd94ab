"""Read queries behind the reports: one module per report, figures aggregated in SQL."""

from __future__ import annotations

from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session


def sqlite_rows(session: Session, sql: str, params: dict[str, object]) -> list[tuple[Any, ...]]:
    """Every row of one query (`:name` parameters), as plain tuples, in the session's
    transaction. On SQLite the driver's own tuples: for tens of thousands of rows markedly
    cheaper than SQLAlchemy result rows (the report then reads each row once). psycopg
    takes no `:name` parameters, so a server database goes through SQLAlchemy."""
    if session.get_bind().dialect.name != "sqlite":
        return [tuple(row) for row in session.execute(text(sql), params)]
    cursor = session.connection().connection.driver_connection.execute(sql, params)  # type: ignore[union-attr]
    try:
        return cursor.fetchall()
    finally:
        cursor.close()
