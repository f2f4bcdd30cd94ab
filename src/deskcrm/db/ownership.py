"""Which records hang off a contact (or a company, a deal), read from the database's own
foreign keys rather than listed by hand, so that a table added later cannot be forgotten
by a merge."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Column, MetaData, Table, inspect, select, update
from sqlalchemy.orm import Session


@dataclass(frozen=True)
class Reference:
    """`table.column` points at a row of the parent table."""

    table: str
    column: str


def references_to(session: Session, parent: str) -> list[Reference]:
    """Every single-column foreign key in the database that points at `parent`'s rows."""
    inspector = inspect(session.connection())
    found = []
    for table in sorted(inspector.get_table_names()):
        for key in inspector.get_foreign_keys(table):
            if key["referred_table"] == parent and len(key["constrained_columns"]) == 1:
                found.append(Reference(table, key["constrained_columns"][0]))
    return found


def _table(session: Session, name: str, column: str) -> Table:
    # Only the two columns a move touches; a table without an `id` cannot be moved back
    # row by row, and is rejected so that the caller must say how it is merged instead.
    columns = {c["name"] for c in inspect(session.connection()).get_columns(name)}
    if "id" not in columns:
        raise ValueError(f"{name} has no id column: say how a merge treats it")
    return Table(name, MetaData(), Column("id"), Column(column))


def move_references(
    session: Session, parent: str, from_id: int, to_id: int, *, kept: frozenset[str]
) -> dict[str, list[int]]:
    """Point every record that references `parent` row `from_id` at `to_id` instead.

    `kept` names the tables whose rows describe the parent itself (its emails, its history)
    and are merged some other way. Returns {"table.column": [ids moved]} for undo.
    """
    moved: dict[str, list[int]] = {}
    for ref in references_to(session, parent):
        if ref.table in kept:
            continue
        table = _table(session, ref.table, ref.column)
        column = table.c[ref.column]
        ids = list(session.execute(select(table.c.id).where(column == from_id)).scalars())
        if ids:
            session.execute(update(table).where(column == from_id).values({ref.column: to_id}))
        moved[f"{ref.table}.{ref.column}"] = ids
    return moved


def move_back(session: Session, moved: dict[str, list[int]], to_id: int) -> None:
    """Undo of move_references: the listed records point at `to_id` again."""
    for key, ids in moved.items():
        if not ids:
            continue
        name, column_name = key.split(".", 1)
        table = _table(session, name, column_name)
        session.execute(update(table).where(table.c.id.in_(ids)).values({column_name: to_id}))
