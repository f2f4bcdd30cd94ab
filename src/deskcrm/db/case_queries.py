"""Support cases: the case list with each case's thread figures, a case's notes, the
activity report's resolution figures, and the checks and deletes the ORM does not make.

Every query is a SQLAlchemy expression over db.tables: nothing here is SQLite-specific."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, ScalarSelect, delete, func, literal, select
from sqlalchemy.orm import Session
from sqlmodel import col

from deskcrm.db.tables import CaseNote, Contact, Deal, Purchase, SupportCase
from deskcrm.domain.enums import CaseStatus, NoteAuthor


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
        select(func.max(col(CaseNote.written_at)))
        .where(col(CaseNote.case_id) == col(SupportCase.id), col(CaseNote.author) == author.value)
        .scalar_subquery()
    )


def _about() -> ColumnElement[str]:
    deal = (
        select(literal("Deal: ") + col(Deal.title))
        .where(col(Deal.id) == col(SupportCase.deal_id))
        .scalar_subquery()
    )
    purchase = (
        select(literal("Purchase: ") + col(Purchase.description))
        .where(col(Purchase.id) == col(SupportCase.purchase_id))
        .scalar_subquery()
    )
    return func.coalesce(deal, purchase, "")


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
    name = Contact.first_name + literal(" ") + Contact.last_name
    notes = (
        select(func.count())
        .select_from(CaseNote)
        .where(col(CaseNote.case_id) == col(SupportCase.id))
        .scalar_subquery()
    )
    query = (
        select(
            col(SupportCase.id),
            col(SupportCase.title),
            col(SupportCase.contact_id),
            func.trim(name),
            col(SupportCase.status),
            col(SupportCase.priority),
            col(SupportCase.opened_at),
            col(SupportCase.closed_at),
            _last_note(NoteAuthor.CUSTOMER),
            _last_note(NoteAuthor.ME),
            notes,
            col(SupportCase.deal_id),
            col(SupportCase.purchase_id),
            _about(),
        )
        .join(Contact, col(Contact.id) == col(SupportCase.contact_id))
        .where(col(SupportCase.deleted_at).is_(None), col(Contact.deleted_at).is_(None))
    )
    if case_id is not None:
        query = query.where(col(SupportCase.id) == case_id)
    if status is not None:
        query = query.where(col(SupportCase.status) == status)
    elif not include_resolved:
        query = query.where(col(SupportCase.status) != CaseStatus.RESOLVED.value)
    if contact_id is not None:
        query = query.where(col(SupportCase.contact_id) == contact_id)
    if like:
        query = query.where(
            col(SupportCase.title).like(like, escape="\\") | name.like(like, escape="\\")
        )
    return [CaseRecord(*r) for r in session.execute(query)]


def case_notes(session: Session, case_id: int) -> list[NoteEntry]:
    """A case's thread, oldest first."""
    rows = session.execute(
        select(col(CaseNote.id), col(CaseNote.author), col(CaseNote.body), col(CaseNote.written_at))
        .where(col(CaseNote.case_id) == case_id)
        .order_by(col(CaseNote.written_at), col(CaseNote.id))
    )
    return [NoteEntry(*r) for r in rows]  # type: ignore[arg-type]  # ids read back: never None


def delete_note(session: Session, note_id: int) -> None:
    session.execute(
        delete(CaseNote).where(col(CaseNote.id) == note_id),
        execution_options={"synchronize_session": False},
    )


def belongs_to_contact(
    session: Session, model: type[Deal] | type[Purchase], record_id: int, contact_id: int
) -> bool:
    """Whether that deal or purchase (in the trash or not) is the contact's."""
    found = session.execute(
        select(col(model.id)).where(col(model.id) == record_id, col(model.contact_id) == contact_id)
    ).first()
    return found is not None


def opened_count(session: Session, start: datetime, end: datetime) -> int:
    """Live cases opened in [start, end)."""
    return session.execute(
        select(func.count())
        .select_from(SupportCase)
        .where(
            col(SupportCase.deleted_at).is_(None),
            col(SupportCase.opened_at) >= start,
            col(SupportCase.opened_at) < end,
        )
    ).scalar_one()


def resolved_spans(
    session: Session, start: datetime, end: datetime
) -> list[tuple[datetime, datetime]]:
    """Opening and closing time of each live case resolved in [start, end)."""
    rows = session.execute(
        select(col(SupportCase.opened_at), col(SupportCase.closed_at)).where(
            col(SupportCase.deleted_at).is_(None),
            col(SupportCase.status) == CaseStatus.RESOLVED.value,
            col(SupportCase.closed_at) >= start,
            col(SupportCase.closed_at) < end,
        )
    )
    return [(r[0], r[1]) for r in rows]  # type: ignore[misc]  # closed_at set when resolved
