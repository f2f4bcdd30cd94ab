"""A contact's timeline in SQL: interactions (calls, meetings, emails, notes) and purchases."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func
from sqlalchemy import select as select_columns
from sqlalchemy.orm import Session
from sqlmodel import col, select

from deskcrm.db.tables import Interaction, Purchase


def live_interactions(
    session: Session, contact_id: int
) -> list[tuple[int, str, datetime, str, str]]:
    """(id, kind, when, summary, body) of the contact's interactions out of the trash,
    newest first."""
    rows = session.execute(
        select_columns(
            col(Interaction.id),
            col(Interaction.kind),
            col(Interaction.occurred_at),
            col(Interaction.summary),
            col(Interaction.body),
        )
        .where(col(Interaction.contact_id) == contact_id, col(Interaction.deleted_at).is_(None))
        .order_by(col(Interaction.occurred_at).desc(), col(Interaction.id).desc())
    )
    return [(r[0], r[1], r[2], r[3], r[4]) for r in rows if r[0] is not None]


def live_purchases(session: Session, contact_id: int) -> Sequence[Purchase]:
    """The contact's purchases out of the trash, newest first."""
    return (
        session.execute(
            select(Purchase)
            .where(col(Purchase.contact_id) == contact_id, col(Purchase.deleted_at).is_(None))
            .order_by(col(Purchase.purchased_at).desc(), col(Purchase.id).desc())
        )
        .scalars()
        .all()
    )


def live_purchase_amounts(session: Session, contact_id: int) -> list[tuple[int, str, datetime]]:
    """(amount in minor units, currency, when) of each of the contact's live purchases."""
    rows = session.execute(
        select(Purchase.amount_minor, Purchase.currency, Purchase.purchased_at).where(
            col(Purchase.contact_id) == contact_id, col(Purchase.deleted_at).is_(None)
        )
    )
    return [(r[0], r[1], r[2]) for r in rows]


def latest_interaction_at(session: Session, contact_id: int) -> datetime | None:
    """When the contact's latest entry out of the trash happened (None: no entry)."""
    found = session.execute(
        select_columns(func.max(col(Interaction.occurred_at))).where(
            col(Interaction.contact_id) == contact_id, col(Interaction.deleted_at).is_(None)
        )
    ).scalar_one_or_none()
    return found if isinstance(found, datetime) else None
