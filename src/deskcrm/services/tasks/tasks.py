"""Tasks and follow-ups: the daily to-do list, recurrence, snoozing, reminders."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo

from sqlmodel import Session

from deskcrm.db import bulk_queries, task_queries, trash
from deskcrm.db.engine import Database
from deskcrm.db.tables import Contact, Deal, Task
from deskcrm.db.task_queries import TaskRow, TaskSummary
from deskcrm.domain.dates import (
    ensure_utc,
    format_date,
    format_datetime,
    local_day_start,
    to_local,
    utc_now,
)
from deskcrm.domain.messages import tr
from deskcrm.domain.recurrence import Recurrence, next_occurrence
from deskcrm.domain.task_groups import TaskGroup, group_for, is_overdue
from deskcrm.domain.validation import clean_text
from deskcrm.errors import NotFoundError, ValidationError
from deskcrm.services.changes import Applied, Changes, Created, owned_changes
from deskcrm.services.editing import Described, Editing, check_version

SNOOZES = ("hour", "tomorrow", "next_week")
DONE_SHOWN = 200
_UNDATED = datetime.min.replace(tzinfo=UTC)  # the sort key of a task with no due time


# The priorities as the form names them (TaskInput.priority is the index).
_PRIORITIES = ("None", "Low", "Normal", "High")


@dataclass
class TaskInput:
    title: str = ""
    notes: str = ""
    due_at: datetime | None = None  # UTC; for all-day tasks local midnight of the day
    due_has_time: bool = False
    priority: int = 0
    contact_id: int | None = None
    deal_id: int | None = None
    recurrence: str = ""  # RRULE value, "" for none
    remind_at: datetime | None = None


@dataclass(frozen=True)
class FollowUp:
    """Someone to get back to: a stay-in-touch cadence run out, a support case waiting for
    a reply, or an unhappy feedback answer nobody has followed up."""

    contact_id: int
    name: str
    cadence_days: int
    days_since: int | None  # None: never contacted
    reason: str = "cadence"  # "cadence", "case" or "detractor"
    detail: str = ""  # the case's title, or the feedback ("NPS 3: slow delivery")


@dataclass(frozen=True)
class DueSnapshot:
    """What a snooze changed, for undo."""

    due_at: datetime | None
    due_has_time: bool
    remind_at: datetime | None


class TaskService:
    def __init__(
        self, db: Database, clock: Callable[[], datetime] = utc_now, tz: tzinfo | None = None
    ) -> None:
        self._db = db
        self._clock = clock
        self.tz = tz  # None: the machine's local zone

    def now(self) -> datetime:
        return self._clock()

    # -- writes -----------------------------------------------------------------
    def _validate(self, session: Session, data: TaskInput) -> dict[str, object]:
        errors: dict[str, str] = {}
        title = clean_text(data.title, limit=500)
        if not title:
            errors["title"] = tr("A task needs a title")
        if not 0 <= data.priority <= 3:
            errors["priority"] = tr("Priority is 0 (none) to 3 (high)")
        if data.recurrence:
            try:
                Recurrence.parse(data.recurrence)
            except (ValueError, KeyError):
                errors["recurrence"] = f"Not a repeat rule DeskCRM understands: {data.recurrence}"
            if data.due_at is None:
                errors["recurrence"] = tr("A repeating task needs a due date")
        if data.contact_id is not None:
            contact = trash.live(session, Contact, data.contact_id)
            if contact is None:
                errors["contact"] = tr("That contact no longer exists")
        if data.deal_id is not None:
            deal = trash.live(session, Deal, data.deal_id)
            if deal is None:
                errors["deal"] = tr("That deal no longer exists")
        if errors:
            raise ValidationError(errors)
        return {
            "title": title,
            "notes": clean_text(data.notes),
            "due_at": ensure_utc(data.due_at) if data.due_at else None,
            "due_has_time": data.due_has_time and data.due_at is not None,
            "priority": data.priority,
            "contact_id": data.contact_id,
            "deal_id": data.deal_id,
            "recurrence": data.recurrence,
            "remind_at": ensure_utc(data.remind_at) if data.remind_at else None,
        }

    def create(self, data: TaskInput) -> Created:
        now = self.now()
        with self._db.transaction() as session:
            values = self._validate(session, data)
            task = Task(**values, created_at=now, updated_at=now)  # type: ignore[arg-type]
            session.add(task)
            session.flush()
            assert task.id is not None
            return Created(task.id, owned_changes(session, Task, "tasks", [task.id], reshaped=True))

    def update(
        self, task_id: int, data: TaskInput, *, expected_version: int | None = None
    ) -> Changes:
        """Save an edit; the Changes name the contact it left as well as the new one. With
        `expected_version` (from `opened`), a task someone else changed since (edited,
        ticked, moved to its next occurrence) is left as it is and EditConflictError
        says so."""
        with self._db.transaction() as session:
            task = self._task(session, task_id)
            check_version(task_id, task.row_version, expected_version)
            before_owner = task.contact_id
            values = self._validate(session, data)
            if values["remind_at"] != task.remind_at:
                task.reminded_at = None  # a new reminder time is a new reminder
            for key, value in values.items():
                setattr(task, key, value)
            task.updated_at = self.now()
            session.add(task)
            return owned_changes(session, Task, "tasks", [task_id], extra_owners=[before_owner])

    def rename(self, task_id: int, title: str) -> Changes:
        title = clean_text(title, limit=500)
        if not title:
            raise ValidationError({"title": tr("A task needs a title")})
        with self._db.transaction() as session:
            task = self._task(session, task_id)
            task.title = title
            task.updated_at = self.now()
            session.add(task)
            return owned_changes(session, Task, "tasks", [task_id])

    def get(self, task_id: int) -> TaskInput:
        return self.opened(task_id).data

    def opened(self, task_id: int) -> Editing[TaskInput]:
        """The task as an edit form opens it, with its row version."""
        with self._db.reading() as session:
            task = self._task(session, task_id)
            data = TaskInput(
                task.title,
                task.notes,
                task.due_at,
                task.due_has_time,
                task.priority,
                task.contact_id,
                task.deal_id,
                task.recurrence,
                task.remind_at,
            )
            return Editing(data, task.row_version, task.title)

    def described(self, data: TaskInput) -> Described:
        """The form's fields as text, in its order, names for ids (for an edit conflict)."""
        with self._db.reading() as session:
            contact = (
                bulk_queries.display_names(session, [data.contact_id]).get(data.contact_id, "")
                if data.contact_id is not None
                else ""
            )
            deal = session.get(Deal, data.deal_id) if data.deal_id is not None else None
        due = data.due_at
        shown_due = (format_datetime if data.due_has_time else format_date)(due, self.tz)
        rule = Recurrence.parse(data.recurrence) if data.recurrence else None
        return [
            ("Title", data.title),
            ("Due", shown_due),
            ("Priority", _PRIORITIES[data.priority] if 0 <= data.priority < 4 else ""),
            ("Contact", contact),
            ("Deal", deal.title if deal else ""),
            ("Reminder", format_datetime(data.remind_at, self.tz)),
            ("Repeat", rule.describe() if rule else ""),
            ("Notes", data.notes),
        ]

    def delete(self, task_ids: list[int]) -> Changes:
        """To the trash; the Changes name only the tasks really moved."""
        with self._db.transaction() as session:
            moved = trash.move_to_trash(session, Task, task_ids, self.now())
            return owned_changes(session, Task, "tasks", moved, reshaped=True)

    def restore(self, task_ids: list[int]) -> Changes:
        with self._db.transaction() as session:
            trash.restore_from_trash(session, Task, task_ids)
            return owned_changes(session, Task, "tasks", task_ids, reshaped=True)

    def complete(self, task_id: int) -> Applied[int | None]:
        """Mark done; a repeating task gets its next occurrence, whose id is the value
        (for uncomplete)."""
        now = self.now()
        with self._db.transaction() as session:
            task = self._task(session, task_id)
            if task.done_at is not None:
                return Applied(None, Changes())
            task.done_at = now
            task.updated_at = now
            session.add(task)
            # Done tasks leave the open lists: the lists re-query their ids.
            done = owned_changes(session, Task, "tasks", [task_id], reshaped=True)
            if not task.recurrence or task.due_at is None:
                return Applied(None, done)
            rule = Recurrence.parse(task.recurrence)
            due_local = to_local(task.due_at, self.tz).replace(tzinfo=None)
            next_local = next_occurrence(rule, due_local)
            next_due = self.from_local(next_local)
            offset = task.due_at - task.remind_at if task.remind_at else None
            follower = Task(
                title=task.title,
                notes=task.notes,
                due_at=next_due,
                due_has_time=task.due_has_time,
                priority=task.priority,
                contact_id=task.contact_id,
                deal_id=task.deal_id,
                recurrence=task.recurrence,
                remind_at=next_due - offset if offset is not None else None,
                created_at=now,
                updated_at=now,
            )
            session.add(follower)
            session.flush()
            assert follower.id is not None
            return Applied(follower.id, done | Changes.of(tasks=[follower.id]))

    def uncomplete(self, task_id: int, spawned_id: int | None = None) -> Changes:
        """Undo of complete(): open again, and drop the occurrence it created."""
        with self._db.transaction() as session:
            task = self._task(session, task_id)
            task.done_at = None
            task.updated_at = self.now()
            session.add(task)
            changes = owned_changes(session, Task, "tasks", [task_id], reshaped=True)
            if spawned_id is not None:
                task_queries.delete_task(session, spawned_id)
                changes |= Changes.of(tasks=[spawned_id])
            return changes

    def snooze(self, task_id: int, option: str) -> Applied[DueSnapshot]:
        """+1 hour, tomorrow or next Monday; returns what it was, for undo."""
        if option not in SNOOZES:
            raise ValueError(f"unknown snooze {option!r}")
        now = self.now()
        with self._db.transaction() as session:
            task = self._task(session, task_id)
            before = DueSnapshot(task.due_at, task.due_has_time, task.remind_at)
            base = task.due_at if task.due_at and task.due_at > now else now
            if option == "hour":
                new_due, has_time = base + timedelta(hours=1), True
            else:
                local = to_local(task.due_at or now, self.tz).replace(tzinfo=None)
                today = to_local(now, self.tz).date()
                day = today + timedelta(days=1)
                if option == "next_week":
                    day = today + timedelta(days=7 - today.weekday())
                has_time = task.due_has_time
                wall = datetime.combine(day, local.time() if has_time else datetime.min.time())
                new_due = self.from_local(wall)
            shift = new_due - task.due_at if task.due_at else None
            task.due_at, task.due_has_time = new_due, has_time
            if task.remind_at is not None:
                task.remind_at = task.remind_at + shift if shift is not None else new_due
                task.reminded_at = None
            task.updated_at = now
            session.add(task)
            return Applied(before, owned_changes(session, Task, "tasks", [task_id]))

    def set_due(self, task_id: int, snapshot: DueSnapshot) -> Applied[DueSnapshot]:
        """Undo of snooze: put the due and reminder times back."""
        with self._db.transaction() as session:
            task = self._task(session, task_id)
            before = DueSnapshot(task.due_at, task.due_has_time, task.remind_at)
            task.due_at, task.due_has_time = snapshot.due_at, snapshot.due_has_time
            task.remind_at = snapshot.remind_at
            session.add(task)
            return Applied(before, owned_changes(session, Task, "tasks", [task_id]))

    # -- the to-do list -----------------------------------------------------------
    def _open_tasks(self) -> list[tuple[int, datetime | None, bool, int]]:
        """Every open task: id, due time, whether it has a time, priority."""
        with self._db.reading() as session:
            return task_queries.open_tasks(session)

    def grouped(self) -> dict[TaskGroup, list[int]]:
        """Task ids per group: by due time, then priority (high first); Done newest first."""
        now = self.now()
        open_tasks = self._open_tasks()
        with self._db.reading() as session:
            done = task_queries.done_task_ids(session, DONE_SHOWN)
        groups: dict[TaskGroup, list[tuple[bool, datetime, int, int]]] = {g: [] for g in TaskGroup}
        for task_id, due_at, has_time, priority in open_tasks:
            group = group_for(due_at, has_time, False, now, self.tz)
            # Undated tasks first, then by due time (as the stored text sorted before).
            groups[group].append((due_at is not None, due_at or _UNDATED, -priority, task_id))
        result = {g: [i for *_key, i in sorted(items)] for g, items in groups.items()}
        result[TaskGroup.DONE] = done
        return result

    def overdue(self) -> dict[int, datetime]:
        """The open tasks overdue now, each with its due time.

        The one count behind the Tasks view's Overdue group, the rail badge, the tray and
        the Activity report (see `task_groups.OVERDUE_MEANING`)."""
        now = self.now()
        return {
            task_id: due_at
            for task_id, due_at, has_time, _priority in self._open_tasks()
            if due_at is not None and is_overdue(due_at, has_time, False, now, self.tz)
        }

    def rows(self, ids: list[int]) -> dict[int, TaskRow]:
        if not ids:
            return {}
        with self._db.reading() as session:
            return task_queries.task_rows(session, ids)

    def group_of(self, row: TaskRow) -> TaskGroup:
        return group_for(row.due_at, row.due_has_time, row.done_at is not None, self.now(), self.tz)

    def overdue_count(self) -> int:
        """len(overdue()), counted by the database (the tray and the rail badge ask every
        30 s: reading every open task for it held the window 0.1 s at 12,500 of them)."""
        return self.overdue_counts()[0]

    def overdue_counts(
        self, due_between: tuple[datetime, datetime] | None = None
    ) -> tuple[int, int]:
        """overdue_count(), and how many of those are due in [start, end) of `due_between`
        (UTC instants; 0 without it): the Activity report's figures."""
        now = self.now()
        with self._db.reading() as session:
            return task_queries.overdue_count(
                session, now, local_day_start(now, self.tz), due_between
            )

    def follow_ups(self) -> list[FollowUp]:
        """Contacts with a stay-in-touch cadence whose last interaction is older than it."""
        now = self.now()
        with self._db.reading() as session:
            rows = task_queries.follow_up_candidates(session, now - timedelta(days=1))
        due: list[FollowUp] = []
        for contact_id, name, cadence, last_at in rows:
            days = (now - last_at).days if last_at else None
            if days is None or days > cadence:
                due.append(FollowUp(contact_id, name, cadence, days))
        # Never contacted first, then the most overdue relative to their cadence.
        due.sort(key=lambda f: (f.days_since is not None, -((f.days_since or 0) - f.cadence_days)))
        return due

    # -- reminders ---------------------------------------------------------------
    def due_reminders(self) -> list[TaskRow]:
        """Open tasks whose reminder time has come and that were not reminded yet."""
        with self._db.reading() as session:
            return task_queries.due_reminders(session, self.now())

    def mark_reminded(self, task_ids: list[int]) -> Changes:
        now = self.now()
        with self._db.transaction() as session:
            task_queries.mark_reminded(session, list(task_ids), now)
        return Changes.of(tasks=task_ids)

    # -- per contact / deal --------------------------------------------------------
    def open_for_contact(self, contact_id: int) -> list[TaskSummary]:
        with self._db.reading() as session:
            return task_queries.open_tasks_of(session, contact_id=contact_id)

    def open_for_deal(self, deal_id: int) -> list[TaskSummary]:
        with self._db.reading() as session:
            return task_queries.open_tasks_of(session, deal_id=deal_id)

    # -- helpers -----------------------------------------------------------------
    def from_local(self, wall: datetime) -> datetime:
        """Local wall-clock time (naive) to UTC, in the service's zone."""
        if self.tz is None:
            return ensure_utc(wall.astimezone())
        return ensure_utc(wall.replace(tzinfo=self.tz))

    @staticmethod
    def _task(session: Session, task_id: int) -> Task:
        task = trash.live(session, Task, task_id)
        if task is None:
            raise NotFoundError(f"Task {task_id} does not exist or is in the trash")
        return task


__all__ = ["DueSnapshot", "FollowUp", "TaskInput", "TaskRow", "TaskService", "TaskSummary"]
