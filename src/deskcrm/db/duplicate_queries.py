"""Find duplicates in SQL: contacts sharing an email or a phone, live people by company,
the pairs marked "not duplicates", and the last-contacted dates a merge combines."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy import String, delete, insert, text, type_coerce, update
from sqlalchemy.orm import Session
from sqlmodel import col, select

from deskcrm.db.core_tables import contact, table_of
from deskcrm.db.names import shown_name
from deskcrm.db.tables import Company, NotDuplicate

not_duplicate = table_of(NotDuplicate)

# The (value, contact) rows of values two or more live contacts share; grouped in Python,
# so no engine's list aggregate (group_concat, string_agg) is needed.
_LIVE = (
    "FROM {table} x JOIN contact c ON c.id = x.contact_id AND c.deleted_at IS NULL"
    " WHERE {column} != ''{where}"
)
_SHARED = (
    "SELECT DISTINCT {column}, x.contact_id " + _LIVE + " AND {column} IN"
    " (SELECT {column} " + _LIVE + " GROUP BY {column} HAVING count(DISTINCT x.contact_id) > 1)"
)


def _shared(session: Session, column: str, table: str, where: str) -> list[tuple[str, list[int]]]:
    rows = session.execute(text(_SHARED.format(column=column, table=table, where=where)))
    found: dict[str, list[int]] = {}
    for value, contact_id in rows:
        found.setdefault(value, []).append(int(contact_id))
    return [(value, sorted(ids)) for value, ids in sorted(found.items())]


def shared_emails(session: Session) -> list[tuple[str, list[int]]]:
    """(email in lower case, ids in order) for each email two or more live contacts share."""
    return _shared(session, "lower(x.address)", "contact_email", "")


def shared_phones(session: Session) -> list[tuple[str, list[int]]]:
    """(E.164 number, ids in order) for each valid number two or more live contacts share;
    a number kept as typed because it is not valid in its country proves nothing."""
    return _shared(session, "x.number", "contact_phone", " AND NOT x.needs_check")


def dismissed_pairs(session: Session) -> set[tuple[int, int]]:
    """(lower id, higher id) of every pair the user said are different people."""
    rows = session.execute(select(NotDuplicate.first_id, NotDuplicate.second_id))
    return {(a, b) for a, b in rows}


def live_people(session: Session) -> list[tuple[int, int | None, str, str, str]]:
    """(id, company id, first name, last name, name shown) of every live contact, in id
    order."""
    c = contact.c
    rows = session.execute(
        sa.select(c.id, c.company_id, c.first_name, c.last_name, shown_name(c))
        .where(c.deleted_at.is_(None))
        .order_by(c.id)
    )
    return [(r[0], r[1], r[2], r[3], r[4]) for r in rows]


def company_names(session: Session) -> dict[int, str]:
    """Every company's name by id (those in the trash too)."""
    rows = session.execute(select(Company.id, Company.name))
    return {r[0]: r[1] for r in rows if r[0] is not None}


def mark_not_duplicates(session: Session, first_id: int, second_id: int, at: datetime) -> None:
    """Remember the pair (lower id first); marking it again changes nothing."""
    marked = session.execute(
        select(NotDuplicate.first_id).where(
            col(NotDuplicate.first_id) == first_id, col(NotDuplicate.second_id) == second_id
        )
    ).first()
    if marked is None:
        session.execute(
            insert(not_duplicate).values(first_id=first_id, second_id=second_id, created_at=at)
        )


def unmark_not_duplicates(session: Session, first_id: int, second_id: int) -> None:
    session.execute(
        delete(not_duplicate).where(
            not_duplicate.c.first_id == first_id, not_duplicate.c.second_id == second_id
        )
    )


# last_contacted_at as stored (ISO text), so a merge can put back exactly what was there.
_LAST_CONTACTED_TEXT = type_coerce(contact.c.last_contacted_at, String)


def live_last_contacted(session: Session, contact_ids: list[int]) -> dict[int, str | None]:
    """The stored last-contacted value of each of the contacts that is out of the trash."""
    rows = session.execute(
        select(contact.c.id, _LAST_CONTACTED_TEXT).where(
            contact.c.id.in_(contact_ids), contact.c.deleted_at.is_(None)
        )
    )
    return {r[0]: r[1] for r in rows}


def set_last_contacted(session: Session, contact_id: int, stored: str | None) -> None:
    """Write back a value read by live_last_contacted."""
    session.execute(
        update(contact)
        .where(contact.c.id == contact_id)
        .values({contact.c.last_contacted_at: type_coerce(stored, String)})
    )
