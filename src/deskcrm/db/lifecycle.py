"""Lifecycle history: every change of a contact's stage recorded with its date and cause.

The changes of many contacts take their ids as one JSON list, read back as the engine's
id table (db/dialects)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import delete, text, update
from sqlalchemy import select as select_columns
from sqlalchemy.orm import Session
from sqlmodel import col, select

from deskcrm.db import dbapi, dialects
from deskcrm.db.tables import Contact, LifecycleEvent
from deskcrm.db.types import to_db_timestamp
from deskcrm.domain.enums import Lifecycle

_COLUMNS = ("contact_id", "from_lifecycle", "to_lifecycle", "changed_at", "cause")


def _listed_ids(session: Session) -> str:
    """A sub-select of the ids bound as :ids (dbapi.id_list)."""
    return f"SELECT value FROM {dialects.of(session).id_table()} AS listed"


def history(session: Session, contact_id: int) -> list[tuple[str, datetime, str]]:
    """(stage, since when, why) for each change of the contact's stage, oldest first."""
    rows = session.execute(
        select(LifecycleEvent.to_lifecycle, LifecycleEvent.changed_at, LifecycleEvent.cause)
        .where(col(LifecycleEvent.contact_id) == contact_id)
        .order_by(col(LifecycleEvent.changed_at), col(LifecycleEvent.id))
    )
    return [(stage, at, cause) for stage, at, cause in rows]


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
    """Record that the contact went from old to new (the caller updates the contact)."""
    note_changes(session, [(contact_id, old, new)], at, cause)


def note_changes(
    session: Session,
    changes: list[tuple[int, str, str]],
    at: datetime,
    cause: str,
    *,
    collapse: bool = True,
) -> None:
    """(contact, old, new) for many contacts at once.

    Going straight back (an undo, or a slip corrected) removes the event it reverses
    instead of adding a second one, so the history shows what really happened. Not with
    `collapse=False`: a promotion is a new fact (a purchase, a won deal), and its event
    must exist under its own cause so that undoing that fact can find and remove it.
    """
    changes = [c for c in changes if c[1] != c[2]]
    if not changes:
        return
    if not collapse:
        stamp = to_db_timestamp(at)
        rows = [(cid, old, new, stamp, cause) for cid, old, new in changes]
        dbapi.insert_rows(session, "lifecycle_event", _COLUMNS, rows)
        return
    latest = {
        cid: (event_id, old, new)
        for cid, event_id, old, new in session.execute(
            text(
                "SELECT contact_id, id, from_lifecycle, to_lifecycle FROM ("
                " SELECT contact_id, id, from_lifecycle, to_lifecycle, row_number() OVER ("
                "  PARTITION BY contact_id ORDER BY changed_at DESC, id DESC) AS n"
                f" FROM lifecycle_event WHERE contact_id IN ({_listed_ids(session)})) AS ranked"
                " WHERE n = 1"
            ),
            {"ids": dbapi.id_list(c[0] for c in changes)},
        )
    }
    reversed_events, added = [], []
    stamp = to_db_timestamp(at)
    for cid, old, new in changes:
        last = latest.get(cid)
        if last is not None and last[1] == new and last[2] == old:
            reversed_events.append(last[0])
        else:
            added.append((cid, old, new, stamp, cause))
    session.execute(
        text(f"DELETE FROM lifecycle_event WHERE id IN ({_listed_ids(session)})"),
        {"ids": dbapi.id_list(reversed_events)},
    )
    dbapi.insert_rows(session, "lifecycle_event", _COLUMNS, added)


def change(
    session: Session,
    contact_ids: list[int],
    new: str,
    at: datetime,
    cause: str,
    *,
    collapse: bool = True,
) -> dict[int, str]:
    """Put live contacts in stage `new`; returns the stage each changed one had before."""
    before: dict[int, str] = dict(
        session.execute(  # type: ignore[arg-type]
            text(
                # CROSS JOIN: walk the list and look each contact up by id (dbapi.ID_LIST).
                f"SELECT c.id, c.lifecycle FROM {dialects.of(session).id_table()} j"
                " CROSS JOIN contact c"
                " WHERE c.id = j.value AND c.deleted_at IS NULL AND c.lifecycle != :new"
            ),
            {"ids": dbapi.id_list(contact_ids), "new": new},
        ).all()
    )
    session.execute(
        text(
            "UPDATE contact SET lifecycle = :new, updated_at = :at,"
            " row_version = row_version + 1"
            f" WHERE id IN ({_listed_ids(session)})"
        ),
        {"new": new, "at": to_db_timestamp(at), "ids": dbapi.id_list(before)},
    )
    note_changes(
        session, [(cid, old, new) for cid, old in before.items()], at, cause, collapse=collapse
    )
    return before


def change_back(session: Session, before: dict[int, str], at: datetime, cause: str) -> None:
    """Undo of change(): each contact back to the stage it had."""
    groups: dict[str, list[int]] = {}
    for cid, old in before.items():
        groups.setdefault(old, []).append(cid)
    for old, ids in groups.items():
        change(session, ids, old, at, cause)


def promote_to_customer(session: Session, contact_id: int, at: datetime, cause: str) -> bool:
    """A purchase or a won deal makes a lead, prospect or former customer a customer."""
    return bool(change(session, [contact_id], Lifecycle.CUSTOMER.value, at, cause, collapse=False))


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
        text(
            "UPDATE contact SET lifecycle = :old, row_version = row_version + 1"
            " WHERE id = :c AND lifecycle = :new"
        ),
        {"old": latest[1], "new": latest[2], "c": contact_id},
    )


def take_back_promotion(session: Session, contact_id: int, cause: str, at: datetime) -> bool:
    """Undo of a purchase's promotion (the purchase deleted): the event with that cause goes
    and the contact returns to the stage it had. Only while that event is the contact's
    latest change, and the contact still in the stage it made: a change made since (by
    hand, a won deal) stands. "Latest" is by when the event was written, not by its date,
    since a purchase may be dated in the past. True if the contact went back."""
    latest = session.execute(
        select_columns(
            col(LifecycleEvent.id),
            col(LifecycleEvent.from_lifecycle),
            col(LifecycleEvent.to_lifecycle),
            col(LifecycleEvent.cause),
        )
        .where(col(LifecycleEvent.contact_id) == contact_id)
        .order_by(col(LifecycleEvent.id).desc())
        .limit(1)
    ).first()
    if latest is None or latest.cause != cause:
        return False
    moved = session.execute(
        update(Contact)
        .where(col(Contact.id) == contact_id, col(Contact.lifecycle) == latest.to_lifecycle)
        .values(
            lifecycle=latest.from_lifecycle,
            updated_at=at,
            row_version=col(Contact.row_version) + 1,
        )
    )
    if not moved.rowcount:  # type: ignore[attr-defined]
        return False
    session.execute(delete(LifecycleEvent).where(col(LifecycleEvent.id) == latest.id))
    return True
