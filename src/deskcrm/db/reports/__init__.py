"""Read queries behind the reports: one module per report, figures aggregated in SQL."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session


def sqlite_rows(session: Session, sql: str, params: dict[str, object]) -> list[tuple[Any, ...]]:
    """Every row of one SQLite-specific query, as the driver's plain tuples, in the
    session's transaction: for tens of thousands of rows markedly cheaper than SQLAlchemy
    result rows (the report then reads each row once)."""
    cursor = session.connection().connection.driver_connection.execute(sql, params)  # type: ignore[union-attr]
    try:
        return cursor.fetchall()
    finally:
        cursor.close()
