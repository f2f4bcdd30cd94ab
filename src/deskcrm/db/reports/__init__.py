"""Read queries behind the reports: one module per report, figures aggregated in SQL."""

from __future__ import annotations

from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session


def plain_rows(session: Session, sql: str, params: dict[str, object]) -> list[tuple[Any, ...]]:
    """Every row of one query (`:name` parameters), as plain tuples, in the session's
    transaction, read straight from the driver's cursor: for tens of thousands of rows
    markedly cheaper than SQLAlchemy result rows (the report then reads each row once;
    through SQLAlchemy, psycopg's rows were fetched one call at a time). The text is
    compiled for the engine's own parameter style (psycopg takes no `:name`)."""
    connection = session.connection()
    driver = connection.connection.driver_connection
    if connection.dialect.name == "sqlite":
        cursor = driver.execute(sql, params)  # type: ignore[union-attr]
    else:
        cursor = driver.cursor()  # type: ignore[union-attr]
        cursor.execute(str(text(sql).compile(dialect=connection.dialect)), params)
    try:
        return cursor.fetchall()  # type: ignore[no-any-return]
    finally:
        cursor.close()
