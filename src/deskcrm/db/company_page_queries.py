"""What a company's page shows beyond its fields: the deals of the company and of its
people, what its people have bought (per currency), and their timelines combined.

SQLAlchemy Core over db.core_tables. "Its people" are the live contacts who work there."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from deskcrm.db.core_tables import contact, deal, purchase, stage, table_of
from deskcrm.db.names import shown_name
from deskcrm.db.tables import Interaction

interaction = table_of(Interaction)


@dataclass(frozen=True)
class CompanyDeal:
    id: int
    title: str
    status: str  # open, won, lost
    stage: str
    value_minor: int
    currency: str
    contact_id: int | None
    contact_name: str


@dataclass(frozen=True)
class CompanyEntry:
    """A timeline entry of one of the company's people."""

    id: int
    contact_id: int
    contact_name: str
    kind: str
    summary: str
    occurred_at: datetime


def _people(company_id: int) -> Select[tuple[int]]:
    c = contact.c
    return select(c.id).where(c.company_id == company_id, c.deleted_at.is_(None))


def deals(session: Session, company_id: int) -> list[CompanyDeal]:
    """Open deals first (newest first), then the closed ones (last closed first)."""
    d, s, c = deal.c, stage.c, contact.c
    query = (
        select(
            d.id, d.title, d.status, s.name, d.value_minor, d.currency, d.contact_id, shown_name(c)
        )
        .select_from(deal.join(stage, s.id == d.stage_id).outerjoin(contact, c.id == d.contact_id))
        .where(
            d.deleted_at.is_(None),
            or_(d.company_id == company_id, d.contact_id.in_(_people(company_id))),
        )
        .order_by(d.status != "open", d.closed_at.desc(), d.id.desc())
    )
    return [
        CompanyDeal(i, title, status, stage_name, value, currency, who_id, who or "")
        for i, title, status, stage_name, value, currency, who_id, who in session.execute(query)
    ]


def revenue(session: Session, company_id: int) -> dict[str, int]:
    """What its people have bought, per currency (minor units)."""
    p = purchase.c
    query = (
        select(p.currency, func.sum(p.amount_minor))
        .where(p.deleted_at.is_(None), p.contact_id.in_(_people(company_id)))
        .group_by(p.currency)
        .order_by(p.currency)
    )
    return {currency: int(total or 0) for currency, total in session.execute(query)}


def timeline(session: Session, company_id: int, limit: int) -> tuple[list[CompanyEntry], int]:
    """Its people's timeline entries, newest first (`limit` of them), and how many there
    are in all."""
    i, c = interaction.c, contact.c
    where = (i.deleted_at.is_(None), i.contact_id.in_(_people(company_id)))
    query = (
        select(i.id, i.contact_id, shown_name(c), i.kind, i.summary, i.occurred_at)
        .select_from(interaction.join(contact, c.id == i.contact_id))
        .where(*where)
        .order_by(i.occurred_at.desc(), i.id.desc())
        .limit(limit)
    )
    entries = [
        CompanyEntry(entry_id, who_id, who or "", kind, summary, when)
        for entry_id, who_id, who, kind, summary, when in session.execute(query)
    ]
    total = session.execute(select(func.count()).select_from(interaction).where(*where))
    return entries, int(total.scalar_one())
