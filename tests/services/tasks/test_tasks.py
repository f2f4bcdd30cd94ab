"""Tasks on a real database, with an injected clock and time zone (Europe/Berlin)."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest

from deskcrm.domain.task_groups import TaskGroup
from deskcrm.errors import DeskCrmError, ValidationError
from deskcrm.services.changes import Applied, Changes
from deskcrm.services.contacts.contacts import ContactInput
from deskcrm.services.contacts.timeline import TimelineService
from deskcrm.services.tasks.quick_add import parse_quick_add
from deskcrm.services.tasks.task_export import export_open_tasks
from deskcrm.services.tasks.tasks import TaskInput, TaskService
from tests.conftest import Clock

BERLIN = ZoneInfo("Europe/Berlin")
# Sunday 22 Nov 2026, 23:30 in Berlin = 22:30 UTC: "today" is the 22nd there, not UTC's.
NOW = datetime(2026, 11, 22, 22, 30, tzinfo=UTC)


@pytest.fixture
def clock() -> Clock:
    return Clock(NOW)


@pytest.fixture
def tasks(db, clock) -> TaskService:
    return TaskService(db, clock, BERLIN)


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=BERLIN).astimezone(UTC)


def test_groups_follow_the_users_day_and_sort_by_time_then_priority(tasks) -> None:
    def add(title: str, due: datetime | None = None, timed: bool = True, prio: int = 0) -> int:
        task = TaskInput(title=title, due_at=due, due_has_time=timed, priority=prio)
        return tasks.create(task).id

    late = add("Passed an hour ago", local(2026, 11, 22, 22, 0))
    yesterday = add("Yesterday, all day", local(2026, 11, 21), timed=False)
    today_all_day = add("Today, all day", local(2026, 11, 22), timed=False)
    today_high = add("Today 23:45 high", local(2026, 11, 22, 23, 45), prio=3)
    today_low = add("Today 23:45 low", local(2026, 11, 22, 23, 45), prio=1)
    soon = add("Friday", local(2026, 11, 27, 9, 0))
    later = add("January", local(2027, 1, 10), timed=False)
    undated = add("Someday")
    done = add("Done one", local(2026, 11, 20, 9, 0))
    tasks.complete(done)
    groups = tasks.grouped()
    assert groups[TaskGroup.OVERDUE] == [yesterday, late]
    assert groups[TaskGroup.TODAY] == [today_all_day, today_high, today_low]
    assert groups[TaskGroup.NEXT_7_DAYS] == [soon]
    assert groups[TaskGroup.LATER] == [later]
    assert groups[TaskGroup.NO_DATE] == [undated]
    assert groups[TaskGroup.DONE] == [done]
    assert tasks.overdue_count() == 2


def test_completing_a_repeating_task_creates_the_next_and_undo_removes_it(tasks) -> None:
    task = tasks.create(
        TaskInput(
            title="Invoice",
            due_at=local(2026, 1, 31, 9, 0),
            due_has_time=True,
            recurrence="FREQ=MONTHLY;BYMONTHDAY=31",
            remind_at=local(2026, 1, 31, 8, 30),
        )
    ).id
    follower = tasks.complete(task).value
    assert follower is not None
    nxt = tasks.get(follower)
    assert nxt.due_at == local(2026, 2, 28, 9, 0)
    assert nxt.remind_at == local(2026, 2, 28, 8, 30)
    assert tasks.complete(task) == Applied(None, Changes())  # already done: nothing happens
    tasks.uncomplete(task, follower)
    assert tasks.rows([task])[task].done_at is None
    assert tasks.rows([follower]) == {}


def test_a_daily_task_keeps_its_wall_clock_time_across_the_dst_change(tasks) -> None:
    # Clocks go forward in Berlin on 29 March 2026: 09:00 is 08:00 UTC before, 07:00 after.
    task = tasks.create(
        TaskInput(
            title="Stand-up",
            due_at=local(2026, 3, 28, 9, 0),
            due_has_time=True,
            recurrence="FREQ=DAILY",
        )
    ).id
    nxt = tasks.get(tasks.complete(task).value)
    assert nxt.due_at == datetime(2026, 3, 29, 7, 0, tzinfo=UTC)
    assert nxt.due_at.astimezone(BERLIN).hour == 9


def test_repeating_needs_a_due_date_and_a_known_rule(tasks) -> None:
    with pytest.raises(ValidationError) as caught:
        tasks.create(TaskInput(title=" ", recurrence="FREQ=SOMETIMES"))
    assert set(caught.value.errors) == {"title", "recurrence"}


def test_snoozing_moves_due_and_reminder_together_and_can_be_undone(tasks) -> None:
    task = tasks.create(
        TaskInput(
            title="Call",
            due_at=local(2026, 11, 22, 21, 0),
            due_has_time=True,
            remind_at=local(2026, 11, 22, 20, 45),
        )
    ).id
    before = tasks.snooze(task, "hour").value
    assert tasks.get(task).due_at == NOW + timedelta(hours=1)  # overdue: an hour from now
    tasks.set_due(task, before)
    tasks.snooze(task, "tomorrow")
    moved = tasks.get(task)
    assert moved.due_at == local(2026, 11, 23, 21, 0)
    assert moved.remind_at == local(2026, 11, 23, 20, 45)
    tasks.snooze(task, "next_week")
    assert tasks.get(task).due_at == local(2026, 11, 23, 21, 0)  # next Monday is the 23rd


def test_follow_ups_are_contacts_past_their_cadence_until_an_interaction(
    db, services, tasks, clock
) -> None:
    timeline = TimelineService(db)
    overdue = services.contacts.create(ContactInput(first_name="Anna", follow_up_days=30)).id
    fresh = services.contacts.create(ContactInput(first_name="Ben", follow_up_days=30)).id
    services.contacts.create(ContactInput(first_name="Cem"))  # no cadence
    timeline.log_interaction(overdue, "call", "Catch-up", occurred_at=NOW - timedelta(days=45))
    timeline.log_interaction(fresh, "call", "Catch-up", occurred_at=NOW - timedelta(days=10))
    never = services.contacts.create(ContactInput(first_name="Dora", follow_up_days=90)).id
    due = tasks.follow_ups()
    assert [(f.name, f.days_since) for f in due] == [("Dora", None), ("Anna", 45)]
    timeline.log_interaction(overdue, "email", "Sent news", occurred_at=NOW)
    assert [f.contact_id for f in tasks.follow_ups()] == [never]


def test_reminders_fire_once_even_if_they_fell_due_while_closed(tasks, clock) -> None:
    missed = tasks.create(
        TaskInput(title="Missed", due_at=NOW, due_has_time=True, remind_at=NOW - timedelta(hours=5))
    ).id
    future = tasks.create(
        TaskInput(
            title="Later",
            due_at=NOW + timedelta(hours=2),
            due_has_time=True,
            remind_at=NOW + timedelta(hours=1),
        )
    ).id
    assert [t.id for t in tasks.due_reminders()] == [missed]
    tasks.mark_reminded([missed])
    assert tasks.due_reminders() == []
    clock.now = NOW + timedelta(hours=1, minutes=1)
    assert [t.id for t in tasks.due_reminders()] == [future]


@pytest.mark.parametrize(
    ("typed", "title", "expected", "has_time"),
    [
        ("Call Anna tomorrow 9am", "Call Anna", datetime(2026, 11, 23, 9, 0), True),
        ("Call Anna tomorrow 3pm", "Call Anna", datetime(2026, 11, 23, 15, 0), True),
        ("Send invoice fri", "Send invoice", datetime(2026, 11, 27), False),
        ("Review next week", "Review", datetime(2026, 11, 29), False),
        ("Ping Bob in 3 days", "Ping Bob", datetime(2026, 11, 25), False),
        ("Renew domain 2026-12-01", "Renew domain", datetime(2026, 12, 1), False),
        ("Lunch with Kim", "Lunch with Kim", None, False),
    ],
)
def test_quick_add_understands_what_people_type(typed, title, expected, has_time) -> None:
    parsed = parse_quick_add(typed, NOW, BERLIN)
    assert parsed.title == title
    assert parsed.has_time is has_time
    if expected is None:
        assert parsed.due_at is None
    else:
        assert parsed.due_at == expected.replace(tzinfo=BERLIN).astimezone(UTC)


def test_quick_add_says_what_it_understood() -> None:
    parsed = parse_quick_add("Call Anna tomorrow 9am", NOW, BERLIN)
    assert parsed.understood(BERLIN) == "“Call Anna” — due Mon 23 Nov 2026, 09:00"


def test_open_tasks_export_as_icalendar_todos_an_independent_parser_reads(
    tasks,
    services,
    tmp_path: Path,
) -> None:
    anna = services.contacts.create(ContactInput(first_name="Anna", last_name="Müller")).id
    tasks.create(
        TaskInput(
            title="Call Anna; ask about Q1, budget",
            notes="Line 1\nLine 2 " + "x" * 120,
            due_at=local(2026, 11, 24, 9, 0),
            due_has_time=True,
            priority=3,
            contact_id=anna,
            recurrence="FREQ=WEEKLY;BYDAY=TU",
        )
    )
    tasks.create(TaskInput(title="Renew domain", due_at=local(2026, 12, 1), due_has_time=False))
    tasks.create(TaskInput(title="Someday"))
    done = tasks.create(TaskInput(title="Finished")).id
    tasks.complete(done)
    path = tmp_path / "tasks.ics"
    assert export_open_tasks(tasks, path) == 3
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    todos = {str(t["SUMMARY"]): t for t in calendar.walk("VTODO")}
    assert set(todos) == {"Call Anna; ask about Q1, budget", "Renew domain", "Someday"}
    call = todos["Call Anna; ask about Q1, budget"]
    assert call.decoded("DUE") == datetime(2026, 11, 24, 8, 0, tzinfo=UTC)
    assert str(call["DESCRIPTION"]).startswith("Line 1\nLine 2 xxx")
    assert call["RRULE"]["FREQ"] == ["WEEKLY"] and call["RRULE"]["BYDAY"] == ["TU"]
    assert int(call["PRIORITY"]) == 1
    assert todos["Renew domain"].decoded("DUE").isoformat() == "2026-12-01"
    assert "DUE" not in todos["Someday"]
    assert max(len(line) for line in path.read_bytes().split(b"\r\n")) <= 75


def test_export_to_an_unwritable_place_fails_cleanly(tasks, tmp_path: Path) -> None:
    out = tmp_path / "exports"
    out.mkdir()
    with pytest.raises(DeskCrmError, match="cannot write"):
        export_open_tasks(tasks, out / "missing-folder" / "tasks.ics")
    with pytest.raises(DeskCrmError, match="is a folder"):
        export_open_tasks(tasks, out)
    out.chmod(0o500)  # read-only folder: the temporary file cannot be made
    try:
        if not os.access(out, os.W_OK):  # root ignores permissions; skip that part
            with pytest.raises(DeskCrmError, match="cannot write"):
                export_open_tasks(tasks, out / "tasks.ics")
    finally:
        out.chmod(0o700)
    assert list(out.iterdir()) == []


def test_overdue_turns_at_berlin_midnight_not_utc_midnight(tasks, clock) -> None:
    # Saturday 21 Nov, all day: overdue from 00:00 Sunday in Berlin (23:00 UTC Saturday).
    all_day = tasks.create(
        TaskInput(title="Saturday, all day", due_at=local(2026, 11, 21), due_has_time=False)
    ).id
    timed = tasks.create(
        TaskInput(title="Saturday 23:59", due_at=local(2026, 11, 21, 23, 59), due_has_time=True)
    ).id
    clock.now = local(2026, 11, 21, 23, 58)
    assert tasks.overdue() == {}
    assert tasks.grouped()[TaskGroup.TODAY] == [all_day, timed]
    clock.now = local(2026, 11, 21, 23, 59, 30)  # the timed one's minute has passed
    assert set(tasks.overdue()) == {timed}
    clock.now = local(2026, 11, 22, 0, 0)  # midnight in Berlin, still 21 Nov in UTC
    assert set(tasks.overdue()) == {all_day, timed}
    assert tasks.grouped()[TaskGroup.OVERDUE] == [all_day, timed]
    assert tasks.overdue_count() == 2


def test_overdue_leaves_out_done_trashed_and_undated_tasks(tasks) -> None:
    late = tasks.create(TaskInput(title="Late", due_at=NOW - timedelta(days=3))).id
    done = tasks.create(TaskInput(title="Done", due_at=NOW - timedelta(days=3))).id
    tasks.complete(done)
    trashed = tasks.create(TaskInput(title="Trashed", due_at=NOW - timedelta(days=3))).id
    tasks.delete([trashed])
    tasks.create(TaskInput(title="Someday"))
    assert tasks.overdue() == {late: NOW - timedelta(days=3)}
    assert tasks.grouped()[TaskGroup.OVERDUE] == [late]


@pytest.mark.parametrize(
    "zone", ["Europe/Berlin", "America/Sao_Paulo", "Pacific/Auckland", "America/St_Johns"]
)
def test_the_overdue_count_the_database_makes_equals_the_list_s_overdue_group(
    db, clock, zone
) -> None:
    """The tray and the badge count in SQL; the Tasks view decides task by task: every
    hour of two days around a clock change, in zones whose changes fall near midnight
    (São Paulo's were at midnight) or by half hours, the two agree."""
    import random

    tz = ZoneInfo(zone)
    tasks = TaskService(db, clock, tz)
    rng = random.Random(zone)
    start = datetime(2018, 11, 3, 0, 0, tzinfo=UTC)  # São Paulo skipped 4 Nov 2018 00:00
    for n in range(120):
        due = start + timedelta(minutes=rng.randrange(0, 4 * 24 * 60))
        timed = rng.random() < 0.5
        if not timed:  # an all-day task is stored at its local day's start
            day = due.astimezone(tz).date()
            due = datetime(day.year, day.month, day.day, tzinfo=tz).astimezone(UTC)
        tasks.create(TaskInput(title=f"Task {n}", due_at=due, due_has_time=timed))
    for hour in range(0, 72):
        clock.now = start + timedelta(hours=hour, minutes=17)
        assert tasks.overdue_count() == len(tasks.overdue()), clock.now
