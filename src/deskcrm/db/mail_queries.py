"""Mail read from the user's mailbox: which messages are already stored, which live
contacts own an address, and writing a message with its email interactions."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from deskcrm.db import core_tables as tables

_IN_CHUNK = 500  # values bound in one IN list


def known_keys(session: Session, keys: Iterable[str]) -> set[str]:
    """Those of these message keys already stored."""
    wanted, found = sorted(set(keys)), set[str]()
    m = tables.mail_message.c
    for at in range(0, len(wanted), _IN_CHUNK):
        chunk = wanted[at : at + _IN_CHUNK]
        found.update(session.scalars(select(m.message_key).where(m.message_key.in_(chunk))))
    return found


def live_contacts_by_address(session: Session, addresses: Iterable[str]) -> dict[str, list[int]]:
    """Lower-cased address -> the live contacts that have it (any of their emails; the
    column compares without case on both engines), each contact once, in id order."""
    wanted = sorted(set(addresses))
    e, c = tables.contact_email.c, tables.contact.c
    found: dict[str, list[int]] = {}
    for at in range(0, len(wanted), _IN_CHUNK):
        rows = session.execute(
            select(e.address, e.contact_id)
            .select_from(tables.contact_email.join(tables.contact, c.id == e.contact_id))
            .where(c.deleted_at.is_(None), e.address.in_(wanted[at : at + _IN_CHUNK]))
            .order_by(e.contact_id)
        )
        for address, contact_id in rows:
            owners = found.setdefault(address.lower(), [])
            if contact_id not in owners:
                owners.append(contact_id)
    return found


def add_message(session: Session, values: dict[str, object]) -> int:
    """Store one message (the mail_message columns); its id."""
    return int(
        session.execute(
            insert(tables.mail_message).values(**values).returning(tables.mail_message.c.id)
        ).scalar_one()
    )


def add_email_interaction(
    session: Session,
    message_id: int,
    contact_id: int,
    *,
    occurred_at: datetime,
    summary: str,
    body: str,
    created_at: datetime,
) -> int:
    """The message on one contact's timeline: an email interaction, linked to it; the
    contact's "last contacted" moved up to it. The interaction's id."""
    interaction = tables.interaction
    interaction_id = int(
        session.execute(
            insert(interaction)
            .values(
                contact_id=contact_id,
                kind="email",
                occurred_at=occurred_at,
                summary=summary,
                body=body,
                created_at=created_at,
            )
            .returning(interaction.c.id)
        ).scalar_one()
    )
    session.execute(
        insert(tables.mail_link).values(
            message_id=message_id, contact_id=contact_id, interaction_id=interaction_id
        )
    )
    c = tables.contact.c
    session.execute(
        update(tables.contact)
        .where(
            c.id == contact_id,
            c.last_contacted_at.is_(None) | (c.last_contacted_at < occurred_at),
        )
        .values(last_contacted_at=occurred_at)
    )
    return interaction_id


def message_count(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(tables.mail_message)) or 0)
