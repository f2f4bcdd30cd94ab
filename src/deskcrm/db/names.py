"""The name a contact is shown by, in SQL: domain.names.shown_name for queries that list
contacts, deals, tasks, cases, feedback, reports, exports and the trash. One definition,
as a Core expression and as text; "" where there is no contact (outer joins)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, literal
from sqlalchemy.sql.elements import ColumnElement


def shown_name(c: Any) -> ColumnElement[str]:
    """For the columns `c` of the contact table or an alias of it (`table.c`)."""
    parts = func.nullif(func.trim(c.first_name + literal(" ") + c.last_name), "")
    return func.coalesce(
        parts,
        func.nullif(c.display_name, ""),
        func.nullif(c.nickname, ""),
        func.nullif(c.primary_email, ""),
        func.nullif(c.primary_phone, ""),
        "",
    )


def shown_name_sql(alias: str = "c") -> str:
    """The same as SQL text, for the contact table under `alias` in a text() query."""
    a = alias
    return (
        f"coalesce(nullif(trim({a}.first_name || ' ' || {a}.last_name), ''),"
        f" nullif({a}.display_name, ''), nullif({a}.nickname, ''),"
        f" nullif({a}.primary_email, ''), nullif({a}.primary_phone, ''), '')"
    )
