"""Customer feedback: a contact's answers, the detractors nobody has followed up, and the
CSV import's look-up of contacts by email and its bulk insert.

Queries are SQLAlchemy Core expressions over the tables of db.tables (db.core_tables); the
one SQLite-specific construct is marked where it is used (`detractors_to_follow_up`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, and_, exists, func, or_, select
from sqlalchemy.orm import Session

from deskcrm.db import dbapi
from deskcrm.db.core_tables import contact, contact_email, table_of
from deskcrm.db.names import shown_name
from deskcrm.db.tables import Feedback, Interaction
from deskcrm.db.types import to_db_timestamp
from deskcrm.domain.enums import FeedbackKind

feedback = table_of(Feedback)
interaction = table_of(Interaction)


@dataclass(frozen=True)
class FeedbackEntry:
    id: int
    contact_id: int
    kind: str
    score: int
    answered_at: datetime
    comment: str


@dataclass(frozen=True)
class Detractor:
    """An unhappy answer with no interaction logged since: someone should get in touch."""

    contact_id: int
    name: str
    kind: str
    score: int
    answered_at: datetime
    comment: str


# An answer to import: contact id, kind, score, answered at, comment, created at.
AnswerRow = tuple[int, str, int, datetime, str, datetime]


def is_detractor() -> ColumnElement[bool]:
    """A detractor's answer: NPS 0–6, or CSAT 1–2."""
    return or_(
        and_(feedback.c.kind == FeedbackKind.NPS.value, feedback.c.score <= 6),
        and_(feedback.c.kind == FeedbackKind.CSAT.value, feedback.c.score <= 2),
    )


def answers_of_contact(session: Session, contact_id: int) -> list[FeedbackEntry]:
    """A contact's live answers, newest first."""
    rows = session.execute(
        select(
            feedback.c.id,
            feedback.c.contact_id,
            feedback.c.kind,
            feedback.c.score,
            feedback.c.answered_at,
            feedback.c.comment,
        )
        .where(feedback.c.contact_id == contact_id, feedback.c.deleted_at.is_(None))
        .order_by(feedback.c.answered_at.desc())
    )
    return [FeedbackEntry(*r) for r in rows]


def detractors_to_follow_up(session: Session) -> list[Detractor]:
    """Each live contact's latest unhappy answer with no interaction logged after it,
    longest waiting first.

    Each contact's latest such answer is the first of its answers newest first (a window
    function: both engines have them, and PostgreSQL takes no bare columns beside max())."""
    followed_up = exists().where(
        interaction.c.contact_id == feedback.c.contact_id,
        interaction.c.deleted_at.is_(None),
        interaction.c.occurred_at > feedback.c.answered_at,
    )
    newest_first = func.row_number().over(
        partition_by=feedback.c.contact_id,
        order_by=(feedback.c.answered_at.desc(), feedback.c.id.desc()),
    )
    ranked = (
        select(
            feedback.c.contact_id,
            shown_name(contact.c).label("name"),
            feedback.c.kind,
            feedback.c.score,
            feedback.c.answered_at,
            feedback.c.comment,
            newest_first.label("n"),
        )
        .join(
            contact,
            and_(contact.c.id == feedback.c.contact_id, contact.c.deleted_at.is_(None)),
        )
        .where(feedback.c.deleted_at.is_(None), is_detractor(), ~followed_up)
        .subquery()
    )
    rows = session.execute(
        select(
            ranked.c.contact_id,
            ranked.c.name,
            ranked.c.kind,
            ranked.c.score,
            ranked.c.answered_at,
            ranked.c.comment,
        )
        .where(ranked.c.n == 1)
        .order_by(ranked.c.answered_at, ranked.c.contact_id)
    )
    return [Detractor(*r) for r in rows]


def contact_ids_by_email(session: Session) -> dict[str, int]:
    """Every live contact's email addresses (lower case) with the contact's id."""
    rows = session.execute(
        select(contact_email.c.address, contact_email.c.contact_id)
        .join(contact, contact.c.id == contact_email.c.contact_id)
        .where(contact.c.deleted_at.is_(None))
    )
    return {address.lower(): contact_id for address, contact_id in rows}


def add_answers(session: Session, rows: Sequence[AnswerRow]) -> None:
    """Insert many answers in one statement run, in the session's transaction."""
    dbapi.insert_rows(
        session,
        "feedback",
        ("contact_id", "kind", "score", "answered_at", "comment", "created_at"),
        [
            (contact, kind, score, to_db_timestamp(answered), comment, to_db_timestamp(created))
            for contact, kind, score, answered, comment, created in rows
        ],
    )
