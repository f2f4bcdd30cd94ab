"""Which group of the daily to-do list a task belongs in, judged in the user's time zone,
and the one definition of "overdue" that the Tasks view, the rail badge, the tray and the
Activity report all use."""

from __future__ import annotations

from datetime import date, datetime, timedelta, tzinfo
from enum import StrEnum

from deskcrm.domain.dates import ensure_utc, to_local

# Said wherever an overdue count is shown (tooltips, the report's footnote).
OVERDUE_MEANING = (
    "Overdue: an open task whose due time has passed; a task with a date but no time"
    " is overdue from the day after (in your time zone)."
)


class TaskGroup(StrEnum):
    OVERDUE = "Overdue"
    TODAY = "Today"
    NEXT_7_DAYS = "Next 7 days"
    LATER = "Later"
    NO_DATE = "No date"
    DONE = "Done"


def is_overdue(
    due_at: datetime | None,
    has_time: bool,
    done: bool,
    now: datetime,
    tz: tzinfo | None = None,
) -> bool:
    """A timed task is overdue once its time has passed; an all-day one from the next day
    (the day judged in `tz`, None meaning the machine's zone)."""
    if done or due_at is None:
        return False
    if has_time:
        return ensure_utc(due_at) < ensure_utc(now)
    return to_local(due_at, tz).date() < to_local(now, tz).date()


def group_for(
    due_at: datetime | None,
    has_time: bool,
    done: bool,
    now: datetime,
    tz: tzinfo | None = None,
) -> TaskGroup:
    if done:
        return TaskGroup.DONE
    if due_at is None:
        return TaskGroup.NO_DATE
    if is_overdue(due_at, has_time, done, now, tz):
        return TaskGroup.OVERDUE
    today: date = to_local(now, tz).date()
    due_day = to_local(due_at, tz).date()
    if due_day == today:
        return TaskGroup.TODAY
    if due_day <= today + timedelta(days=7):
        return TaskGroup.NEXT_7_DAYS
    return TaskGroup.LATER
