"""Tasks: the to-do list's reads (open tasks, done ones, rows by id, reminders due, tasks
of a contact or deal), the contacts whose follow-up cadence may have run out, and the
few writes the ORM does not make (dropping a spawned occurrence, marking reminders shown).

Every query is a SQLAlchemy expression over db.tables: nothing here is SQLite-specific."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, delete, func, literal, select, update
from sqlalchemy.orm import Session
from sqlmodel import col

from deskcrm.db.tables import Contact, Deal, Task

# Ids per IN (...) list: well under any driver's limit on bound parameters.
_CHUNK = 500


@dataclass(frozen=True)
class TaskRow:
    id: int
    title: str
    due_at: datetime | None
    due_has_time: bool
    priority: int
    done_at: datetime | None
    contact_id: int | None
    contact_name: str
    deal_id: int | None
    deal_title: str
    recurrence: str
    remind_at: datetime | None
    notes: str


@dataclass(frozen=True)
class TaskSummary:
    id: int
    title: str
    due_at: datetime | None
    priority: int


def _full_name() -> ColumnElement[str]:
    return func.trim(Contact.first_name + literal(" ") + Contact.last_name)


def _rows_query() -> Select:
    """A task with its contact's name and its deal's title ("" when it has none)."""
    return (
        select(
            col(Task.id),
            col(Task.title),
            col(Task.due_at),
            col(Task.due_has_time),
            col(Task.priority),
            col(Task.done_at),
            col(Task.contact_id),
            func.coalesce(_full_name(), ""),
            col(Task.deal_id),
            func.coalesce(col(Deal.title), ""),
            col(Task.recurrence),
            col(Task.remind_at),
            col(Task.notes),
        )
        .outerjoin(Contact, col(Contact.id) == col(Task.contact_id))
        .outerjoin(Deal, col(Deal.id) == col(Task.deal_id))
    )


def _row(r: Sequence[Any]) -> TaskRow:
    return TaskRow(
        r[0], r[1], r[2], bool(r[3]), r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[11], r[12]
    )


def task_rows(session: Session, ids: Iterable[int]) -> dict[int, TaskRow]:
    """The tasks with these ids (in or out of the trash), by id."""
    wanted = [int(i) for i in ids]
    found: dict[int, TaskRow] = {}
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        for r in session.execute(_rows_query().where(col(Task.id).in_(chunk))):
            found[r[0]] = _row(r)
    return found


def open_tasks(session: Session) -> list[tuple[int, datetime | None, bool, int]]:
    """Every open task: id, due time, whether that has a time of day, priority."""
    rows = session.execute(
        select(col(Task.id), col(Task.due_at), col(Task.due_has_time), col(Task.priority)).where(
            col(Task.done_at).is_(None), col(Task.deleted_at).is_(None)
        )
    )
    return [(r[0], r[1], bool(r[2]), r[3]) for r in rows]  # type: ignore[misc]  # ids: never None


def done_task_ids(session: Session, limit: int) -> list[int]:
    """The most recently done tasks, newest first."""
    rows = session.execute(
        select(col(Task.id))
        .where(col(Task.done_at).is_not(None), col(Task.deleted_at).is_(None))
        .order_by(col(Task.done_at).desc())
        .limit(limit)
    )
    return [r[0] for r in rows]  # type: ignore[misc]  # ids read back: never None


def due_reminders(session: Session, now: datetime) -> list[TaskRow]:
    """Open tasks whose reminder time has come and that were not reminded yet."""
    rows = session.execute(
        _rows_query()
        .where(
            col(Task.remind_at).is_not(None),
            col(Task.remind_at) <= now,
            col(Task.reminded_at).is_(None),
            col(Task.done_at).is_(None),
            col(Task.deleted_at).is_(None),
        )
        .order_by(col(Task.remind_at))
    )
    return [_row(r) for r in rows]


def mark_reminded(session: Session, task_ids: list[int], now: datetime) -> None:
    for start in range(0, len(task_ids), _CHUNK):
        session.execute(
            update(Task)
            .where(col(Task.id).in_(task_ids[start : start + _CHUNK]))
            .values(reminded_at=now),
            execution_options={"synchronize_session": False},
        )


def open_tasks_of(
    session: Session, *, contact_id: int | None = None, deal_id: int | None = None
) -> list[TaskSummary]:
    """A contact's (or a deal's) open tasks: due ones first, soonest first, then undated."""
    query = select(col(Task.id), col(Task.title), col(Task.due_at), col(Task.priority)).where(
        col(Task.done_at).is_(None), col(Task.deleted_at).is_(None)
    )
    if contact_id is not None:
        query = query.where(col(Task.contact_id) == contact_id)
    if deal_id is not None:
        query = query.where(col(Task.deal_id) == deal_id)
    rows = session.execute(
        query.order_by(col(Task.due_at).is_(None), col(Task.due_at), col(Task.priority).desc())
    )
    return [TaskSummary(*r) for r in rows]  # type: ignore[arg-type]  # ids: never None


def delete_task(session: Session, task_id: int) -> None:
    """Gone for good (an occurrence a completion spawned, taken back by undo)."""
    session.execute(
        delete(Task).where(col(Task.id) == task_id),
        execution_options={"synchronize_session": False},
    )


def follow_up_candidates(
    session: Session, contacted_before: datetime
) -> list[tuple[int, str, int, datetime | None]]:
    """Live contacts with a stay-in-touch cadence, not contacted since `contacted_before`:
    id, name, cadence in days, last contacted (None: never)."""
    rows = session.execute(
        select(
            col(Contact.id),
            _full_name(),
            col(Contact.follow_up_days),
            col(Contact.last_contacted_at),
        ).where(
            col(Contact.follow_up_days).is_not(None),
            col(Contact.deleted_at).is_(None),
            col(Contact.last_contacted_at).is_(None)
            | (col(Contact.last_contacted_at) < contacted_before),
        )
    )
    return [(r[0], r[1], r[2], r[3]) for r in rows]  # type: ignore[misc]  # never None
