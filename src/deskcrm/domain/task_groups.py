"""Which group of the daily to-do list a task belongs in, judged in the user's time zone."""

from __future__ import annotations

from datetime import date, datetime, timedelta, tzinfo
from enum import StrEnum

from deskcrm.domain.dates import to_local


class TaskGroup(StrEnum):
    OVERDUE = "Overdue"
    TODAY = "Today"
    NEXT_7_DAYS = "Next 7 days"
    LATER = "Later"
    NO_DATE = "No date"
    DONE = "Done"


def group_for(
    due_at: datetime | None,
    has_time: bool,
    done: bool,
    now: datetime,
    tz: tzinfo | None = None,
) -> TaskGroup:
    """A timed task is overdue once its time has passed; an all-day one from the next day."""
    if done:
        return TaskGroup.DONE
    if due_at is None:
        return TaskGroup.NO_DATE
    today: date = to_local(now, tz).date()
    due_day = to_local(due_at, tz).date()
    if (has_time and due_at < now) or due_day < today:
        return TaskGroup.OVERDUE
    if due_day == today:
        return TaskGroup.TODAY
    if due_day <= today + timedelta(days=7):
        return TaskGroup.NEXT_7_DAYS
    return TaskGroup.LATER
