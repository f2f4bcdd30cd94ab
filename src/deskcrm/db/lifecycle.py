"""Lifecycle history: every change of a contact's stage recorded with its date and cause."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import text
from sqlalchemy.orm import Session

from deskcrm.db import dbapi
from deskcrm.db.types import to_db_timestamp
from deskcrm.domain.enums import Lifecycle

_COLUMNS = ("contact_id", "from_lifecycle", "to_lifecycle", "changed_at", "cause")


def record_created(
    session: Session, rows: Iterable[tuple[int, str]], at: datetime, cause: str = "created"
) -> None:
    """The first event of new contacts: (contact id, lifecycle) each."""
    stamp = to_db_timestamp(at)
    dbapi.insert_rows(
        session,
        "lifecycle_event",
        _COLUMNS,
        [(cid, "", lifecycle, stamp, cause) for cid, lifecycle in rows],
    )


def note_change(
    session: Session, contact_id: int, old: str, new: str, at: datetime, cause: str
) -> None:
    """Record that the contact went from old to new (the caller updates the contact).

    Going straight back (an undo, or a slip corrected) removes the event it reverses
    instead of adding a second one, so the history shows what really happened.
    """
    if old == new:
        return
    latest = session.execute(
        text(
            "SELECT id, from_lifecycle, to_lifecycle FROM lifecycle_event"
            " WHERE contact_id = :c ORDER BY changed_at DESC, id DESC LIMIT 1"
        ),
        {"c": contact_id},
    ).first()
    if latest is not None and latest[1] == new and latest[2] == old:
        session.execute(text("DELETE FROM lifecycle_event WHERE id = :i"), {"i": latest[0]})
        return
    session.execute(
        text(
            "INSERT INTO lifecycle_event (contact_id, from_lifecycle, to_lifecycle, changed_at,"
            " cause) VALUES (:c, :f, :t, :at, :cause)"
        ),
        {"c": contact_id, "f": old, "t": new, "at": to_db_timestamp(at), "cause": cause},
    )


def change(
    session: Session, contact_ids: list[int], new: str, at: datetime, cause: str
) -> dict[int, str]:
    """Put live contacts in stage `new`; returns the stage each changed one had before."""
    before: dict[int, str] = {}
    for start in range(0, len(contact_ids), 500):
        chunk = contact_ids[start : start + 500]
        marks = ",".join(str(int(i)) for i in chunk)
        for cid, old in session.execute(
            text(
                f"SELECT id, lifecycle FROM contact WHERE id IN ({marks})"
                " AND deleted_at IS NULL AND lifecycle != :new"
            ),
            {"new": new},
        ):
            before[cid] = old
    stamp = to_db_timestamp(at)
    for cid, old in before.items():
        session.execute(
            text("UPDATE contact SET lifecycle = :new, updated_at = :at WHERE id = :c"),
            {"new": new, "at": stamp, "c": cid},
        )
        note_change(session, cid, old, new, at, cause)
    return before


def promote_to_customer(session: Session, contact_id: int, at: datetime, cause: str) -> bool:
    """A purchase or a won deal makes a lead, prospect or former customer a customer."""
    return bool(change(session, [contact_id], Lifecycle.CUSTOMER.value, at, cause))


def take_back(session: Session, contact_id: int, cause: str) -> None:
    """Undo of what made a promotion (a won deal reopened): the contact returns to the stage
    it had, if that promotion is still its latest change."""
    latest = session.execute(
        text(
            "SELECT id, from_lifecycle, to_lifecycle, cause FROM lifecycle_event"
            " WHERE contact_id = :c ORDER BY changed_at DESC, id DESC LIMIT 1"
        ),
        {"c": contact_id},
    ).first()
    if latest is None or latest[3] != cause:
        return
    session.execute(text("DELETE FROM lifecycle_event WHERE id = :i"), {"i": latest[0]})
    session.execute(
        text("UPDATE contact SET lifecycle = :old WHERE id = :c AND lifecycle = :new"),
        {"old": latest[1], "new": latest[2], "c": contact_id},
    )
