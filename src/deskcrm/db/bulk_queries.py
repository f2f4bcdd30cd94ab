"""Bulk actions in SQL: one statement (or one executemany) however many contacts.

Id lists travel as one JSON parameter read back as a table (the engine's id_table:
SQLite's json_each, PostgreSQL's json_array_elements_text) and rows go in through the
DB-API's executemany. For 100,000 contacts these shapes take seconds where per-row
statements take minutes. Walking the list with CROSS JOIN and matching in WHERE keeps
SQLite looking each contact up by id (and is valid on both engines, unlike CROSS JOIN … ON).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from deskcrm.db import dbapi, dialects
from deskcrm.db.core_tables import table_of, task
from deskcrm.db.names import readable, shown_name_sql
from deskcrm.db.tables import Interaction
from deskcrm.db.types import to_db_timestamp

interaction = table_of(Interaction)

_ids = dbapi.id_list


def _in_ids(session: Session) -> str:
    """A sub-select of the ids bound as :ids, for `x IN (…)`."""
    return f"SELECT value FROM {dialects.of(session).id_table()} AS listed"


def live_ids(session: Session, ids: list[int]) -> list[int]:
    """Those of the contacts that exist out of the trash, in the given order, once each."""
    found = {
        r[0]
        for r in session.execute(
            text(
                f"SELECT c.id FROM {dialects.of(session).id_table()} j CROSS JOIN contact c"
                " WHERE c.id = j.value AND c.deleted_at IS NULL"
            ),
            {"ids": _ids(ids)},
        )
    }
    return [i for i in dict.fromkeys(ids) if i in found]


def tagged_ids(session: Session, tag_id: int, ids: list[int]) -> set[int]:
    """Which of the contacts already have the tag."""
    return {
        r[0]
        for r in session.execute(
            text(
                "SELECT contact_id FROM contact_tag WHERE tag_id = :t"
                f" AND contact_id IN ({_in_ids(session)})"
            ),
            {"t": tag_id, "ids": _ids(ids)},
        )
    }


def link_tag(session: Session, tag_id: int, ids: list[int]) -> None:
    """Tag the contacts (none of which has the tag yet)."""
    dbapi.insert_rows(session, "contact_tag", ("contact_id", "tag_id"), [(i, tag_id) for i in ids])
    _raise_row_versions(session, ids)


def unlink_tag(session: Session, tag_id: int, ids: list[int]) -> None:
    session.execute(
        text(f"DELETE FROM contact_tag WHERE tag_id = :t AND contact_id IN ({_in_ids(session)})"),
        {"t": tag_id, "ids": _ids(ids)},
    )
    _raise_row_versions(session, ids)


def _raise_row_versions(session: Session, ids: list[int]) -> None:
    """Their tags are part of what the contact form shows and saves (tables.Contact)."""
    session.execute(
        text(f"UPDATE contact SET row_version = row_version + 1 WHERE id IN ({_in_ids(session)})"),
        {"ids": _ids(ids)},
    )


def display_names(session: Session, ids: list[int]) -> dict[int, str]:
    """The name each contact is shown by (db.names)."""
    rows = session.execute(
        text(
            f"SELECT id, {shown_name_sql('contact')} FROM contact WHERE id IN ({_in_ids(session)})"
        ),
        {"ids": _ids(ids)},
    )
    return {r[0]: readable(r[1]) for r in rows}


_TASK_COLUMNS = (
    "id",
    "title",
    "notes",
    "due_at",
    "due_has_time",
    "priority",
    "contact_id",
    "recurrence",
    "created_at",
    "updated_at",
)


def insert_follow_up_tasks(
    session: Session, titles: list[tuple[int, str]], due_at: datetime | None, now: datetime
) -> list[int]:
    """A task (priority 2) for each (contact, title); returns the new ids in that order.

    Ids are handed out here (max + 1 onwards) so that one executemany can insert them all;
    writers begin IMMEDIATE, so no other process takes them meanwhile.
    """
    first = session.execute(select(func.coalesce(func.max(task.c.id), 0) + 1)).scalar_one()
    stamp = to_db_timestamp(now)
    due = to_db_timestamp(due_at) if due_at else None
    rows = [
        (first + n, title, "", due, False, 2, cid, "", stamp, stamp)
        for n, (cid, title) in enumerate(titles)
    ]
    dbapi.insert_rows(session, "task", _TASK_COLUMNS, rows)
    return [r[0] for r in rows]


def delete_tasks(session: Session, task_ids: list[int]) -> None:
    session.execute(
        text(f"DELETE FROM task WHERE id IN ({_in_ids(session)})"), {"ids": _ids(task_ids)}
    )


def primary_emails(session: Session, ids: list[int]) -> dict[int, str]:
    """The first email of each live contact that has one."""
    rows = session.execute(
        text(
            f"SELECT c.id, c.primary_email FROM {dialects.of(session).id_table()} j"
            " CROSS JOIN contact c"
            " WHERE c.id = j.value AND c.deleted_at IS NULL AND c.primary_email != ''"
        ),
        {"ids": _ids(ids)},
    )
    return {r[0]: r[1] for r in rows}


def last_contacted(session: Session, ids: list[int]) -> dict[int, str | None]:
    """Each contact's last_contacted_at as stored, to be put back by restore_last_contacted."""
    rows = session.execute(
        text(f"SELECT id, last_contacted_at FROM contact WHERE id IN ({_in_ids(session)})"),
        {"ids": _ids(ids)},
    )
    return {r[0]: r[1] for r in rows}


def log_emails(session: Session, ids: list[int], summary: str, at: datetime) -> list[int]:
    """An email interaction at `at` on each contact, and each one's last contact moved up
    to `at` where it was earlier; returns the new interactions' ids in contact order."""
    first = session.execute(select(func.coalesce(func.max(interaction.c.id), 0) + 1)).scalar_one()
    stamp = to_db_timestamp(at)
    dbapi.insert_rows(
        session,
        "interaction",
        ("id", "contact_id", "kind", "occurred_at", "summary", "body", "created_at"),
        [(first + n, cid, "email", stamp, summary, "", stamp) for n, cid in enumerate(ids)],
    )
    session.execute(
        text(
            f"UPDATE contact SET last_contacted_at = :t WHERE id IN ({_in_ids(session)})"
            " AND (last_contacted_at IS NULL OR last_contacted_at < :t)"
        ),
        {"t": stamp, "ids": _ids(ids)},
    )
    return list(range(first, first + len(ids)))


def delete_interactions(session: Session, interaction_ids: list[int]) -> None:
    session.execute(
        text(f"DELETE FROM interaction WHERE id IN ({_in_ids(session)})"),
        {"ids": _ids(interaction_ids)},
    )


def restore_last_contacted(session: Session, before: dict[int, str | None]) -> None:
    """Put back what last_contacted read."""
    dbapi.update_rows(
        session,
        "UPDATE contact SET last_contacted_at = ? WHERE id = ?",
        [(stored, cid) for cid, stored in before.items()],
    )
