"""Table I/O of importing and exporting: who an import finds already there (emails, phones,
companies) and the companies it creates from company-only records, the contacts and deals
an export writes, and `export all` / `import all` of every table.

Table and column names only ever come from SQLModel's metadata; values are always bound.
What only SQLite understands (group_concat, the storage form of values) is marked
SQLite-specific where it is used.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import (
    Result,
    Table,
    bindparam,
    case,
    column,
    delete,
    func,
    literal_column,
    select,
    update,
)
from sqlalchemy import table as table_clause
from sqlalchemy.orm import Session
from sqlmodel import SQLModel

from deskcrm.db import core_tables as tables
from deskcrm.db import dbapi
from deskcrm.db.names import shown_name

# --- importing -----------------------------------------------------------------------


def live_emails(session: Session) -> dict[str, int]:
    """Lower-cased address -> contact id, of every live contact's emails."""
    e, c = tables.contact_email.c, tables.contact.c
    rows = session.execute(
        select(func.lower(e.address), e.contact_id)
        .select_from(tables.contact_email.join(tables.contact, c.id == e.contact_id))
        .where(c.deleted_at.is_(None))
    )
    return dict(rows.all())


def live_phones(session: Session) -> dict[str, list[tuple[int, str, str, str, str]]]:
    """Number as stored (E.164, or as typed when kept to be checked) -> [(contact id, first
    name, last name, lower-cased company name or "", the name shown when there is neither
    first nor last name, else "")] of the live contacts who have it. Colleagues may share a
    switchboard number, so there may be several."""
    p, c, co = tables.contact_phone.c, tables.contact.c, tables.company.c
    rows = session.execute(
        select(
            p.number,
            p.contact_id,
            c.first_name,
            c.last_name,
            func.lower(co.name),
            shown_name(c, readable_number=False),
        )
        .select_from(
            tables.contact_phone.join(tables.contact, c.id == p.contact_id).outerjoin(
                tables.company, co.id == c.company_id
            )
        )
        .where(c.deleted_at.is_(None))
        .order_by(p.contact_id)
    )
    found: dict[str, list[tuple[int, str, str, str, str]]] = {}
    for number, contact_id, first, last, company, shown in rows:
        known = "" if first or last else shown
        found.setdefault(number, []).append(
            (contact_id, first or "", last or "", company or "", known)
        )
    return found


def company_names(session: Session) -> dict[int, str]:
    co = tables.company.c
    return dict(session.execute(select(co.id, co.name)).all())


def next_id(session: Session, table: Table) -> int:
    """max(id) + 1: the first id of rows inserted in bulk with their ids given up front
    (inside a write transaction, which holds the write lock from its start)."""
    return session.execute(select(func.coalesce(func.max(table.c.id), 0) + 1)).scalar_one()


def ids_by_name(
    session: Session,
    table: Table,
    names: Iterable[str],
    *,
    live_only: bool,
    blank: tuple[str, ...],
    stamped: tuple[str, ...] = (),
    now: str = "",
    also: dict[str, object] | None = None,
) -> dict[str, int]:
    """Ids of the named companies or tags (case-insensitively), creating the missing ones in
    one executemany with ids given up front: `blank` columns get "", `stamped` ones `now`
    (a stored timestamp), and each column of `also` its value (an import's batch). Of
    several spellings of one missing name, the first in `names` names it."""
    also = also or {}
    query = select(table.c.name, table.c.id)
    if live_only:
        query = query.where(table.c.deleted_at.is_(None))
    # Where names repeat (case aside), the oldest: the same one live_company_ids gives.
    found = {name.lower(): rid for name, rid in session.execute(query.order_by(table.c.id.desc()))}
    first = next_id(session, table)
    created: list[tuple[object, ...]] = []
    names = list(dict.fromkeys(names))
    for name in names:
        if name.lower() not in found:
            found[name.lower()] = first + len(created)
            created.append(
                (
                    found[name.lower()],
                    name,
                    *([""] * len(blank)),
                    *([now] * len(stamped)),
                    *also.values(),
                )
            )
    if created:
        columns = ("id", "name", *blank, *stamped, *also)
        dbapi.insert_rows(session, table.name, columns, created)
    return {name: found[name.lower()] for name in names}


def batch_contact_ids(session: Session, batch: str, *, live_only: bool) -> list[int]:
    """The contacts one import created (only those not in the trash if `live_only`)."""
    c = tables.contact.c
    query = select(c.id).where(c.import_batch == batch)
    if live_only:
        query = query.where(c.deleted_at.is_(None))
    return list(session.execute(query).scalars())


def batch_company_ids(session: Session, batch: str, *, live_only: bool) -> list[int]:
    """The companies one import created (only those not in the trash if `live_only`)."""
    co = tables.company.c
    query = select(co.id).where(co.import_batch == batch)
    if live_only:
        query = query.where(co.deleted_at.is_(None))
    return list(session.execute(query).scalars())


def batch_companies_without_live_people(session: Session, batch: str) -> list[int]:
    """The live companies one import created that no live contact works at any more: after
    its people went to the trash, these go too (one someone else joined meanwhile stays)."""
    co, c = tables.company.c, tables.contact.c
    someone_there = select(c.id).where(c.company_id == co.id, c.deleted_at.is_(None)).exists()
    query = select(co.id).where(co.import_batch == batch, co.deleted_at.is_(None), ~someone_there)
    return list(session.execute(query).scalars())


def phones_with_digits(session: Session, contact_id: int) -> list[tuple[str, str, str, bool]]:
    """(number, national digits, label, kept as typed) of each of the contact's phones, in
    their order: all a merge needs to write them back unchanged."""
    p = tables.contact_phone.c
    rows = session.execute(
        select(p.number, p.digits, p.label, p.needs_check)
        .where(p.contact_id == contact_id)
        .order_by(p.position, p.id)
    )
    return [
        (number, digits or "", label or "", bool(check)) for number, digits, label, check in rows
    ]


# The columns of a company an import creates from a company-only record, in this order.
COMPANY_COLUMNS = (
    "id",
    "name",
    "website",
    "email",
    "phone",
    "address",
    "city",
    "country",
    "notes",
    "created_at",
    "updated_at",
    "import_batch",
    "source_uid",
)
# The columns an import fills on a company it already has, where they are still "".
COMPANY_FILLABLE = COMPANY_COLUMNS[2:9]


def live_company_ids(session: Session) -> dict[str, int]:
    """Lower-cased name -> id of every live company (the oldest where names repeat)."""
    co = tables.company.c
    rows = session.execute(
        select(co.name, co.id).where(co.deleted_at.is_(None)).order_by(co.id.desc())
    )
    return {name.lower(): company_id for name, company_id in rows}


def insert_companies(session: Session, rows: Sequence[Sequence[Any]]) -> list[int]:
    """New companies, each a row of COMPANY_COLUMNS without its id (and timestamps in
    storage form): one executemany, ids given up front. Returns their ids, in order."""
    first = next_id(session, tables.company)
    ids = list(range(first, first + len(rows)))
    if rows:
        dbapi.insert_rows(
            session,
            "company",
            COMPANY_COLUMNS,
            [(company_id, *row) for company_id, row in zip(ids, rows, strict=True)],
        )
    return ids


_FILL_COMPANY = {
    name: update(tables.company)
    .where(tables.company.c.id == bindparam("c"), tables.company.c[name] == "")
    .values({name: bindparam("v")})
    for name in (*COMPANY_FILLABLE, "source_uid")
}


def fill_company_if_empty(session: Session, company_id: int, values: dict[str, str]) -> None:
    """Set those of COMPANY_FILLABLE (and the source id) that are still "" on the company
    to `values`."""
    for name, value in values.items():
        if value:
            session.execute(_FILL_COMPANY[name], {"c": company_id, "v": value})


def complete_made_company(
    session: Session, company_id: int, name: str, values: dict[str, str]
) -> None:
    """A company an import made for the people who name it, completed from the file's own
    record of it in one UPDATE: its name as the record spells it, and those of `values`
    (COMPANY_FILLABLE, the source id) that are still ""."""
    co = tables.company.c
    changes: dict[str, Any] = {"name": name}
    for column_name, value in values.items():
        if value:
            changes[column_name] = case((co[column_name] == "", value), else_=co[column_name])
    session.execute(update(tables.company).where(co.id == company_id).values(changes))


# --- exporting -------------------------------------------------------------------------


def live_contact_ids_by_name(session: Session) -> list[int]:
    c = tables.contact.c
    return list(
        session.execute(
            select(c.id).where(c.deleted_at.is_(None)).order_by(c.sort_name, c.id)
        ).scalars()
    )


# --- export all / import all -----------------------------------------------------------


# core_tables has imported db.tables, so the metadata holds every table.


def known_table(name: str) -> Table:
    """The metadata's table of that name (KeyError for any other name)."""
    return SQLModel.metadata.tables[name]


def known_table_names() -> list[str]:
    return sorted(SQLModel.metadata.tables)


def stored_rows(session: Session, name: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Column names and every row of one table, values as stored (timestamps as their
    ISO text, booleans as 0/1), columns in the file's own order.

    SQLite-specific in effect: the export format is SQLite's storage form; another
    dialect's sibling must turn its native values into it.
    """
    result: Result[Any] = session.execute(
        select(literal_column("*")).select_from(known_table(name))
    )
    return list(result.keys()), [tuple(row) for row in result]


def schema_revision(session: Session) -> str | None:
    version = table_clause("alembic_version", column("version_num"))
    return session.execute(select(version.c.version_num)).scalar()


def holds_rows(session: Session, name: str) -> bool:
    return bool(session.execute(select(func.count()).select_from(known_table(name))).scalar_one())


def empty_table(session: Session, name: str) -> None:
    """Delete every row of a known table."""
    session.execute(delete(known_table(name)))


def load_rows(
    session: Session, name: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]
) -> None:
    """Bulk insert into a known table; every column must be one of its own (executemany
    through the raw cursor, as the other bulk paths do)."""
    table = known_table(name)
    unknown = [c for c in columns if c not in table.c]
    if unknown:
        raise KeyError(f"{name}: no column {unknown[0]!r}")
    dbapi.insert_rows(session, table.name, [table.c[c].name for c in columns], rows)
