"""Support cases: the case list with each case's thread figures, a case's notes, the
activity report's resolution figures, and the checks and deletes the ORM does not make.

Every query is a SQLAlchemy Core expression over the tables of db.tables (db.core_tables),
but for the search's case-insensitive LIKE, which comes from db/dialects."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, ScalarSelect, delete, func, literal, select, text
from sqlalchemy.orm import Session

from deskcrm.db import dialects
from deskcrm.db.core_tables import contact, deal, purchase, support_case, table_of
from deskcrm.db.names import shown_name, shown_name_sql
from deskcrm.db.tables import CaseNote, Deal, Purchase
from deskcrm.domain.enums import CaseStatus, NoteAuthor

case_note = table_of(CaseNote)


@dataclass(frozen=True)
class CaseRecord:
    """A case as stored, with what its thread says: when the customer last wrote and when
    I last replied (None: never), and how many notes it has."""

    id: int
    title: str
    contact_id: int
    contact_name: str
    status: str
    priority: int
    opened_at: datetime
    closed_at: datetime | None
    heard_at: datetime | None
    replied_at: datetime | None
    notes: int
    deal_id: int | None
    purchase_id: int | None
    about: str  # "Deal: …" or "Purchase: …", "" when tied to neither


@dataclass(frozen=True)
class NoteEntry:
    id: int
    author: str
    body: str
    written_at: datetime


def _last_note(author: NoteAuthor) -> ScalarSelect[datetime]:
    return (
        select(func.max(case_note.c.written_at))
        .where(case_note.c.case_id == support_case.c.id, case_note.c.author == author.value)
        .scalar_subquery()
    )


def _about() -> ColumnElement[str]:
    of_deal = (
        select(literal("Deal: ") + deal.c.title)
        .where(deal.c.id == support_case.c.deal_id)
        .scalar_subquery()
    )
    of_purchase = (
        select(literal("Purchase: ") + purchase.c.description)
        .where(purchase.c.id == support_case.c.purchase_id)
        .scalar_subquery()
    )
    return func.coalesce(of_deal, of_purchase, "")


def case_records(
    session: Session,
    *,
    case_id: int | None = None,
    status: str | None = None,
    include_resolved: bool = True,
    contact_id: int | None = None,
    like: str = "",
) -> list[CaseRecord]:
    """Live cases of live contacts, unordered. `like` is a LIKE pattern (with \\ as its
    escape) matched against the title and the contact's full name."""
    notes = (
        select(func.count())
        .select_from(case_note)
        .where(case_note.c.case_id == support_case.c.id)
        .scalar_subquery()
    )
    query = (
        select(
            support_case.c.id,
            support_case.c.title,
            support_case.c.contact_id,
            shown_name(contact.c),
            support_case.c.status,
            support_case.c.priority,
            support_case.c.opened_at,
            support_case.c.closed_at,
            _last_note(NoteAuthor.CUSTOMER),
            _last_note(NoteAuthor.ME),
            notes,
            support_case.c.deal_id,
            support_case.c.purchase_id,
            _about(),
        )
        .join(contact, contact.c.id == support_case.c.contact_id)
        .where(support_case.c.deleted_at.is_(None), contact.c.deleted_at.is_(None))
    )
    if case_id is not None:
        query = query.where(support_case.c.id == case_id)
    if status is not None:
        query = query.where(support_case.c.status == status)
    elif not include_resolved:
        query = query.where(support_case.c.status != CaseStatus.RESOLVED.value)
    if contact_id is not None:
        query = query.where(support_case.c.contact_id == contact_id)
    if like:
        # The engine's case-insensitive LIKE (PostgreSQL's ILIKE under the default collation).
        dialect = dialects.of(session)
        full_name = shown_name_sql("contact")
        query = query.where(
            text(f"({dialect.like('support_case.title')} OR {dialect.like(full_name)})").bindparams(
                like=like
            )
        )
    return [CaseRecord(*r) for r in session.execute(query)]


def case_notes(session: Session, case_id: int) -> list[NoteEntry]:
    """A case's thread, oldest first."""
    rows = session.execute(
        select(case_note.c.id, case_note.c.author, case_note.c.body, case_note.c.written_at)
        .where(case_note.c.case_id == case_id)
        .order_by(case_note.c.written_at, case_note.c.id)
    )
    return [NoteEntry(*r) for r in rows]


def delete_note(session: Session, note_id: int) -> None:
    session.execute(
        delete(case_note).where(case_note.c.id == note_id),
    )


def belongs_to_contact(
    session: Session, model: type[Deal] | type[Purchase], record_id: int, contact_id: int
) -> bool:
    """Whether that deal or purchase (in the trash or not) is the contact's."""
    owned = table_of(model)
    found = session.execute(
        select(owned.c.id).where(owned.c.id == record_id, owned.c.contact_id == contact_id)
    ).first()
    return found is not None


def opened_count(session: Session, start: datetime, end: datetime) -> int:
    """Live cases opened in [start, end)."""
    return session.execute(
        select(func.count())
        .select_from(support_case)
        .where(
            support_case.c.deleted_at.is_(None),
            support_case.c.opened_at >= start,
            support_case.c.opened_at < end,
        )
    ).scalar_one()


def resolved_spans(
    session: Session, start: datetime, end: datetime
) -> list[tuple[datetime, datetime]]:
    """Opening and closing time of each live case resolved in [start, end)."""
    rows = session.execute(
        select(support_case.c.opened_at, support_case.c.closed_at).where(
            support_case.c.deleted_at.is_(None),
            support_case.c.status == CaseStatus.RESOLVED.value,
            support_case.c.closed_at >= start,
            support_case.c.closed_at < end,
        )
    )
    return [(r[0], r[1]) for r in rows]
