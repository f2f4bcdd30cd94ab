"""Tasks: the to-do list's reads (open tasks, done ones, rows by id, reminders due, tasks
of a contact or deal), the contacts whose follow-up cadence may have run out, and the
few writes the ORM does not make (dropping a spawned occurrence, marking reminders shown).

Every query is a SQLAlchemy Core expression over the tables of db.tables (db.core_tables):
nothing here is SQLite-specific."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, case, delete, func, select, update
from sqlalchemy.orm import Session

from deskcrm.db.core_tables import contact, deal, task
from deskcrm.db.names import shown_name

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
    return shown_name(contact.c)


def _rows_query() -> Select:
    """A task with its contact's name and its deal's title ("" when it has none)."""
    return (
        select(
            task.c.id,
            task.c.title,
            task.c.due_at,
            task.c.due_has_time,
            task.c.priority,
            task.c.done_at,
            task.c.contact_id,
            func.coalesce(_full_name(), ""),
            task.c.deal_id,
            func.coalesce(deal.c.title, ""),
            task.c.recurrence,
            task.c.remind_at,
            task.c.notes,
        )
        .outerjoin(contact, contact.c.id == task.c.contact_id)
        .outerjoin(deal, deal.c.id == task.c.deal_id)
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
        for r in session.execute(_rows_query().where(task.c.id.in_(chunk))):
            found[r[0]] = _row(r)
    return found


def open_tasks(session: Session) -> list[tuple[int, datetime | None, bool, int]]:
    """Every open task: id, due time, whether that has a time of day, priority."""
    rows = session.execute(
        select(task.c.id, task.c.due_at, task.c.due_has_time, task.c.priority).where(
            task.c.done_at.is_(None), task.c.deleted_at.is_(None)
        )
    )
    return [(r[0], r[1], bool(r[2]), r[3]) for r in rows]


def overdue_count(
    session: Session,
    now: datetime,
    day_start: datetime,
    due_between: tuple[datetime, datetime] | None = None,
) -> tuple[int, int]:
    """Open tasks overdue at `now`: a timed one once its time has passed, an all-day one
    from the local day after its own (`day_start`: when today began, in UTC) — the
    count of domain.task_groups.is_overdue, counted by the database — and of them, those
    due in [start, end) of `due_between` (0 without it)."""
    start, end = due_between or (now, now)
    due_in = case(((task.c.due_at >= start) & (task.c.due_at < end), 1), else_=0)
    found = session.execute(
        select(func.count(), func.coalesce(func.sum(due_in), 0))
        .select_from(task)
        .where(
            task.c.done_at.is_(None),
            task.c.deleted_at.is_(None),
            task.c.due_at.is_not(None),
            ((task.c.due_has_time.is_(True)) & (task.c.due_at < now))
            | ((task.c.due_has_time.is_(False)) & (task.c.due_at < day_start)),
        )
    ).one()
    return int(found[0]), int(found[1])


def done_task_ids(session: Session, limit: int) -> list[int]:
    """The most recently done tasks, newest first."""
    rows = session.execute(
        select(task.c.id)
        .where(task.c.done_at.is_not(None), task.c.deleted_at.is_(None))
        .order_by(task.c.done_at.desc())
        .limit(limit)
    )
    return [r[0] for r in rows]


def due_reminders(session: Session, now: datetime) -> list[TaskRow]:
    """Open tasks whose reminder time has come and that were not reminded yet."""
    rows = session.execute(
        _rows_query()
        .where(
            task.c.remind_at.is_not(None),
            task.c.remind_at <= now,
            task.c.reminded_at.is_(None),
            task.c.done_at.is_(None),
            task.c.deleted_at.is_(None),
        )
        .order_by(task.c.remind_at)
    )
    return [_row(r) for r in rows]


def mark_reminded(session: Session, task_ids: list[int], now: datetime) -> None:
    for start in range(0, len(task_ids), _CHUNK):
        session.execute(
            update(task)
            .where(task.c.id.in_(task_ids[start : start + _CHUNK]))
            .values(reminded_at=now),
        )


def open_tasks_of(
    session: Session, *, contact_id: int | None = None, deal_id: int | None = None
) -> list[TaskSummary]:
    """A contact's (or a deal's) open tasks: due ones first, soonest first, then undated."""
    query = select(task.c.id, task.c.title, task.c.due_at, task.c.priority).where(
        task.c.done_at.is_(None), task.c.deleted_at.is_(None)
    )
    if contact_id is not None:
        query = query.where(task.c.contact_id == contact_id)
    if deal_id is not None:
        query = query.where(task.c.deal_id == deal_id)
    rows = session.execute(
        query.order_by(task.c.due_at.is_(None), task.c.due_at, task.c.priority.desc())
    )
    return [TaskSummary(*r) for r in rows]


def delete_task(session: Session, task_id: int) -> None:
    """Gone for good (an occurrence a completion spawned, taken back by undo)."""
    session.execute(
        delete(task).where(task.c.id == task_id),
    )


def follow_up_candidates(
    session: Session, contacted_before: datetime
) -> list[tuple[int, str, int, datetime | None]]:
    """Live contacts with a stay-in-touch cadence, not contacted since `contacted_before`:
    id, name, cadence in days, last contacted (None: never)."""
    rows = session.execute(
        select(
            contact.c.id,
            _full_name(),
            contact.c.follow_up_days,
            contact.c.last_contacted_at,
        ).where(
            contact.c.follow_up_days.is_not(None),
            contact.c.deleted_at.is_(None),
            contact.c.last_contacted_at.is_(None)
            | (contact.c.last_contacted_at < contacted_before),
        )
    )
    return [(r[0], r[1], r[2], r[3]) for r in rows]
