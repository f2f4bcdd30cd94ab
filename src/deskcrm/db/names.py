"""The name a contact is shown by, in SQL: domain.names.shown_name for queries that list
contacts, deals, tasks, cases, feedback, reports, exports and the trash. One definition,
as a Core expression and as text; "" where there is no contact (outer joins). A name
that is a number is made readable in Python (`readable`), as no SQL can format it."""

from __future__ import annotations

from typing import Any

from sqlalchemy import String, func, literal, type_coerce
from sqlalchemy.engine import Dialect
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.types import TypeDecorator

from deskcrm.domain.names import readable

__all__ = ["readable", "shown_name", "shown_name_sql"]


class _ShownName(TypeDecorator[str]):
    """Text read back through domain.names.readable: a contact known only by a number is
    shown the way the Phone column writes it, on every engine."""

    impl = String
    cache_ok = True

    def process_result_value(self, value: str | None, dialect: Dialect) -> str:
        return readable(value) if value else ""


def shown_name(c: Any, *, readable_number: bool = True) -> ColumnElement[str]:
    """For the columns `c` of the contact table or an alias of it (`table.c`).
    `readable_number=False`: a number as stored (E.164), for comparing, not showing."""
    parts = func.nullif(func.trim(c.first_name + literal(" ") + c.last_name), "")
    name = func.coalesce(
        parts,
        func.nullif(c.display_name, ""),
        func.nullif(c.nickname, ""),
        func.nullif(c.primary_email, ""),
        func.nullif(c.primary_phone, ""),
        "",
    )
    return type_coerce(name, _ShownName()) if readable_number else name


def shown_name_sql(alias: str = "c") -> str:
    """The same as SQL text, for the contact table under `alias` in a text() query (whose
    caller passes what it reads through `readable`)."""
    a = alias
    return (
        f"coalesce(nullif(trim({a}.first_name || ' ' || {a}.last_name), ''),"
        f" nullif({a}.display_name, ''), nullif({a}.nickname, ''),"
        f" nullif({a}.primary_email, ''), nullif({a}.primary_phone, ''), '')"
    )
