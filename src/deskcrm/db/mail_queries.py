"""Mail read from the user's mailbox: which messages are already stored, which live
contacts own an address, and writing a message with its email interactions."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import bindparam, func, insert, select, update
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


def add_messages(session: Session, rows: list[dict[str, object]]) -> list[int]:
    """Store these messages (mail_message columns, one dict each): their ids, in order.
    One statement for them all (SQLAlchemy's insertmanyvalues, with RETURNING)."""
    m = tables.mail_message
    found = session.execute(
        insert(m).returning(m.c.id, sort_by_parameter_order=True), rows
    ).scalars()
    return [int(i) for i in found]


def add_email_interactions(
    session: Session,
    entries: list[tuple[int, int, datetime, str, str]],
    created_at: datetime,
) -> list[int]:
    """Messages on contacts' timelines: (message id, contact id, when, summary, body) each
    becomes an email interaction linked to its message, and each contact's "last
    contacted" moves up to its latest. The interactions' ids, in order."""
    if not entries:
        return []
    i = tables.interaction
    ids = [
        int(n)
        for n in session.execute(
            insert(i).returning(i.c.id, sort_by_parameter_order=True),
            [
                {
                    "contact_id": contact,
                    "kind": "email",
                    "occurred_at": when,
                    "summary": summary,
                    "body": body,
                    "created_at": created_at,
                }
                for _message, contact, when, summary, body in entries
            ],
        ).scalars()
    ]
    session.execute(
        insert(tables.mail_link),
        [
            {"interaction_id": interaction, "message_id": message}
            for (message, *_rest), interaction in zip(entries, ids, strict=True)
        ],
    )
    latest: dict[int, datetime] = {}
    for _message, contact, when, _summary, _body in entries:
        if contact not in latest or latest[contact] < when:
            latest[contact] = when
    c = tables.contact.c
    session.execute(
        update(tables.contact)
        .where(
            c.id == bindparam("who"),
            c.last_contacted_at.is_(None) | (c.last_contacted_at < bindparam("when")),
        )
        .values(last_contacted_at=bindparam("when")),
        [{"who": contact, "when": when} for contact, when in latest.items()],
    )
    return ids


@dataclass(frozen=True)
class StoredMail:
    id: int
    sent_at: datetime
    subject: str
    sender: str
    recipients: tuple[str, ...]
    names: dict[str, str]
    body: str
    attachments: tuple[str, ...]


def messages_concerning(session: Session, addresses: Iterable[str]) -> list[StoredMail]:
    """The stored messages these addresses wrote or received, oldest first."""
    wanted = sorted(set(addresses))
    m = tables.mail_message.c
    found: dict[int, StoredMail] = {}
    for address in wanted:
        # Recipients are one address a line: a LIKE narrows, the exact test is below.
        rows = session.execute(
            select(
                m.id, m.sent_at, m.subject, m.sender, m.recipients, m.names, m.body,
                m.attachments,
            ).where((m.sender == address) | m.recipients.contains(address, autoescape=True))
        )  # fmt: skip
        for row in rows:
            recipients = tuple(row.recipients.split("\n")) if row.recipients else ()
            if row.sender != address and address not in recipients:
                continue
            names = dict(line.split("\t", 1) for line in row.names.split("\n") if "\t" in line)
            attachments = tuple(row.attachments.split("\n")) if row.attachments else ()
            found[row.id] = StoredMail(
                row.id, row.sent_at, row.subject, row.sender, recipients, names, row.body,
                attachments,
            )  # fmt: skip
    return sorted(found.values(), key=lambda mail: (mail.sent_at, mail.id))


def message_count(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(tables.mail_message)) or 0)
