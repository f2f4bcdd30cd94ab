"""The to-do list driven by keyboard and mouse; "today" is the injected Sunday 15 March
2026, 11:30 in Berlin."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QIcon, QUndoStack
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from deskcrm.app import build_services
from deskcrm.domain.task_groups import OVERDUE_MEANING
from deskcrm.services.contacts.contacts import ContactInput
from deskcrm.services.tasks.tasks import TaskInput
from deskcrm.ui.reminders import ReminderNotifier
from deskcrm.ui.views.tasks_view import TasksView
from tests.conftest import NOW, TZ, Clock


def _titles(view, group: str) -> list[str]:
    model = view.model
    parent = model.index(model.group_row(group), 0)
    return [
        model.index(r, 0, parent).data(Qt.ItemDataRole.EditRole)
        for r in range(model.rowCount(parent))
    ]


def test_quick_add_shows_what_it_understood_files_it_and_completes_it(
    window, services, qtbot
) -> None:
    window.show_view("tasks")
    view = window.tasks_view
    qtbot.waitUntil(lambda: view.loaded)
    qtbot.keyClicks(view.quick_add, "Call Anna tomorrow 9am")
    qtbot.waitUntil(lambda: view.understood.text() != "")
    assert view.understood.text() == "Will add “Call Anna” — due Mon 16 Mar 2026, 09:00"
    qtbot.keyClick(view.quick_add, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _titles(view, "Next 7 days") == ["Call Anna"])
    assert view.model.index(view.model.group_row("Next 7 days"), 0).data() == "Next 7 days (1)"
    assert view.current_task() is not None
    view.tree.setFocus()
    qtbot.keyClick(view.tree, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: _titles(view, "Done") == ["Call Anna"])
    assert _titles(view, "Next 7 days") == []
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: _titles(view, "Next 7 days") == ["Call Anna"])


def test_ticking_a_repeating_task_shows_its_next_occurrence(window, services, qtbot) -> None:
    services.tasks.create(
        TaskInput(
            title="Weekly report",
            due_at=NOW - timedelta(hours=1),
            due_has_time=True,
            recurrence="FREQ=WEEKLY;BYDAY=SU",
        )
    )
    window.show_view("tasks")
    view = window.tasks_view
    qtbot.waitUntil(lambda: view.loaded)
    assert _titles(view, "Overdue") == ["Weekly report"]
    model = view.model
    index = model.index(0, 0, model.index(model.group_row("Overdue"), 0))
    view.tree.scrollTo(index)
    # Tick the checkbox the way a user does: a click on the box at the row's left edge.
    option = QStyleOptionViewItem()
    view.tree.itemDelegateForIndex(index).initStyleOption(option, index)
    option.rect = view.tree.visualRect(index)
    box = view.tree.style().subElementRect(
        QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view.tree
    )
    qtbot.mouseClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=box.center())
    qtbot.waitUntil(lambda: _titles(view, "Overdue") == [])
    assert _titles(view, "Next 7 days") == ["Weekly report"]
    assert _titles(view, "Done") == ["Weekly report"]


def test_snooze_edit_in_place_and_delete(window, services, qtbot) -> None:
    task = services.tasks.create(
        TaskInput(title="Chase payment", due_at=NOW - timedelta(days=1))
    ).id
    window.show_view("tasks")
    view = window.tasks_view
    qtbot.waitUntil(lambda: view.loaded)
    view.tree.setCurrentIndex(view.model.index_of_task(task))
    qtbot.mouseClick(view.snooze_buttons["tomorrow"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _titles(view, "Next 7 days") == ["Chase payment"])
    view.model.setData(view.model.index_of_task(task), "Chase payment (2nd reminder)")
    qtbot.waitUntil(lambda: _titles(view, "Next 7 days") == ["Chase payment (2nd reminder)"])
    view.tree.setCurrentIndex(view.model.index_of_task(task))
    view.delete_current()
    qtbot.waitUntil(lambda: _titles(view, "Next 7 days") == [])
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: _titles(view, "Next 7 days") == ["Chase payment (2nd reminder)"])


def test_follow_ups_and_overdue_count_in_the_rail(window, services, qtbot) -> None:
    anna = services.contacts.create(ContactInput(first_name="Anna", follow_up_days=30)).id
    services.tasks.create(TaskInput(title="Late", due_at=NOW - timedelta(days=2)))
    window.show_view("tasks")
    view = window.tasks_view
    qtbot.waitUntil(lambda: view.loaded)
    assert view.model.group_size("Follow-ups") == 1
    assert window.nav_actions["tasks"].text() == "Tasks (1)"
    follow_up = view.model.index(0, 0, view.model.index(view.model.group_row("Follow-ups"), 0))
    assert follow_up.data() == "Get in touch with Anna"
    view.tree.setCurrentIndex(follow_up)
    with qtbot.waitSignal(view.open_contact_requested) as opened:
        view._on_double_clicked(follow_up)
    assert opened.args == [anna]


def test_task_tree_model_passes_qt_model_tester(qtmodeltester, services) -> None:
    from deskcrm.ui.models.task_tree_model import TaskTreeModel

    services.contacts.create(ContactInput(first_name="Anna", follow_up_days=30))
    for i in range(5):
        services.tasks.create(
            TaskInput(title=f"T{i}", due_at=NOW + timedelta(days=i - 2), priority=i % 4)
        )
    model = TaskTreeModel(services.tasks)
    tasks = services.tasks
    model.load(tasks.grouped(), tasks.follow_ups(), services.pipeline.rotting_deals())
    qtmodeltester.check(model)


def test_a_reminder_missed_while_closed_is_shown_once(services, qtbot) -> None:
    task = services.tasks.create(
        TaskInput(
            title="Call the bank", due_at=NOW, due_has_time=True, remind_at=NOW - timedelta(hours=3)
        )
    ).id
    notifier = ReminderNotifier(services.tasks, QIcon())
    with qtbot.waitSignal(notifier.reminder_shown) as shown:
        notifier.start()
    assert shown.args[0] == task and shown.args[1].startswith(
        "Call the bank — due 2026-03-15 11:30"
    )
    again = ReminderNotifier(services.tasks, QIcon())
    with qtbot.assertNotEmitted(again.reminder_shown):
        again.check()
    notifier.timer.stop()


def _boundary_tasks(tasks) -> set[int]:
    """Tasks around "now" (Sunday 15 March 2026, 11:30 in Berlin); returns the overdue ones."""

    def berlin(*args: int) -> datetime:
        return datetime(*args, tzinfo=TZ).astimezone(UTC)

    def add(title: str, due: datetime, timed: bool = True) -> int:
        return tasks.create(TaskInput(title=title, due_at=due, due_has_time=timed)).id

    overdue = {
        add("Due a minute ago", berlin(2026, 3, 15, 11, 29)),
        add("Yesterday, all day", berlin(2026, 3, 14), timed=False),
        add("Today 00:15 (the 14th in UTC)", berlin(2026, 3, 15, 0, 15)),
        add("February, timed", berlin(2026, 2, 20, 9, 0)),
    }
    add("Today 18:00", berlin(2026, 3, 15, 18, 0))
    add("Today, all day", berlin(2026, 3, 15), timed=False)
    return overdue


def test_report_tasks_view_badge_and_tray_show_one_overdue_count(window, services, qtbot) -> None:
    overdue = _boundary_tasks(services.tasks)
    window.show_view("tasks")
    view = window.tasks_view
    qtbot.waitUntil(lambda: view.loaded)
    assert set(view.model.task_ids("Overdue")) == overdue
    assert view.model.group_size("Overdue") == 4
    assert view.model.group_size("Today") == 2
    assert window.nav_actions["tasks"].text() == "Tasks (4)"
    assert OVERDUE_MEANING in window.nav_actions["tasks"].toolTip()
    group = view.model.index(view.model.group_row("Overdue"), 0)
    assert group.data(Qt.ItemDataRole.ToolTipRole) == OVERDUE_MEANING
    notifier = ReminderNotifier(services.tasks, QIcon())
    with qtbot.waitSignal(notifier.overdue_changed) as tray:
        notifier.check()
    assert tray.args == [4]

    window.show_view("reports")
    reports = window.reports_view
    reports.report_combo.setCurrentIndex(reports.report_combo.findData("activity"))
    reports.period_combo.setCurrentIndex(reports.period_combo.findData("custom"))
    reports.from_date.setDate(QDate(2026, 3, 1))
    reports.to_date.setDate(QDate(2026, 3, 31))
    qtbot.mouseClick(reports.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            reports.report is not None
            and reports.report.key == "activity"
            and reports.report.period.start == date(2026, 3, 1)
            and not reports.busy
            and not reports.charts_pending
        ),
        timeout=20_000,
    )
    kpi = next(k for k in reports.report.kpis if k.label.startswith("Tasks overdue now"))
    assert kpi.value == "4 · 3"  # overdue now · of them due in March (not February's)
    assert OVERDUE_MEANING in reports.kpi_notes.text()


def test_the_list_regroups_when_a_due_time_passes_without_any_edit(db, qtbot) -> None:
    clock = Clock(NOW)
    services = build_services(db, clock=clock, tz=TZ)
    soon = services.tasks.create(
        TaskInput(title="Call at 11:45", due_at=NOW + timedelta(minutes=15), due_has_time=True)
    ).id
    view = TasksView(services, QUndoStack())
    qtbot.addWidget(view)
    assert view.model.task_ids("Today") == [soon]
    counts: list[int] = []
    view.overdue_changed.connect(counts.append)
    view.regroup_if_time_moved_tasks()
    assert counts == []  # nothing moved: no refresh
    clock.now = NOW + timedelta(minutes=16)
    view.regroup_if_time_moved_tasks()
    assert view.model.task_ids("Overdue") == [soon]
    assert counts == [1]


def test_with_a_task_manager_the_regrouping_look_reads_on_a_worker(db, qtbot, task_manager) -> None:
    clock = Clock(NOW)
    services = build_services(db, clock=clock, tz=TZ)
    soon = services.tasks.create(
        TaskInput(title="Call at 11:45", due_at=NOW + timedelta(minutes=15), due_has_time=True)
    ).id
    view = TasksView(services, QUndoStack(), tasks=task_manager)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.loaded)
    clock.now = NOW + timedelta(minutes=16)
    view.regroup_if_time_moved_tasks()
    assert view.model.task_ids("Overdue") == []  # not read here: it comes from the worker
    qtbot.waitUntil(lambda: view.model.task_ids("Overdue") == [soon])


def test_the_first_read_comes_from_a_worker_and_a_newer_refresh_wins(
    db, services, qtbot, task_manager, monkeypatch
) -> None:
    from deskcrm.ui.views import tasks_view

    services.tasks.create(TaskInput(title="Old task"))
    release = threading.Event()
    real_read = tasks_view.read_task_list

    def slow_read(services_):
        release.wait(10)
        return real_read(services_)

    monkeypatch.setattr(tasks_view, "read_task_list", slow_read)
    view = TasksView(services, QUndoStack(), tasks=task_manager)
    qtbot.addWidget(view)
    assert not view.loaded  # shown at once; the rows come from the worker
    monkeypatch.setattr(tasks_view, "read_task_list", real_read)
    services.tasks.create(TaskInput(title="New task"))
    view.refresh()  # as a write's change would: read here, at once
    assert sorted(_titles(view, "No date")) == ["New task", "Old task"]
    release.set()  # the first read, started before the new task, comes back now
    qtbot.waitUntil(lambda: task_manager.running == 0)
    qtbot.wait(50)
    assert sorted(_titles(view, "No date")) == ["New task", "Old task"]


def test_a_long_group_lists_its_first_rows_and_more_as_it_is_scrolled(services, qtbot) -> None:
    from deskcrm.ui.models.task_tree_model import TaskTreeModel

    ids = [services.tasks.create(TaskInput(title=f"Task {n:03}")).id for n in range(450)]
    view = TasksView(services, QUndoStack())
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    qtbot.waitExposed(view)
    model = view.model
    group = model.index(model.group_row("No date"), 0)
    assert model.group_size("No date") == 450
    assert model.index(model.group_row("No date"), 0).data() == "No date (450)"
    assert model.rowCount(group) == TaskTreeModel.SHOWN_STEP
    # Scrolled to the end of what is listed: the next rows are listed.
    view.tree.scrollTo(model.index(TaskTreeModel.SHOWN_STEP - 1, 0, group))
    qtbot.waitUntil(lambda: model.rowCount(group) == 2 * TaskTreeModel.SHOWN_STEP)
    # A task not listed yet is listed when it is looked for (selected after an edit).
    found = model.index_of_task(ids[440])
    assert found.isValid() and found.row() == 440 and model.rowCount(group) >= 441
    assert found.data() == "Task 440"


def test_a_long_group_stays_listed_as_far_as_it_was_and_a_tick_keeps_the_place(
    services, qtbot
) -> None:
    from deskcrm.ui.models.task_tree_model import TaskTreeModel

    step = TaskTreeModel.SHOWN_STEP
    ids = [services.tasks.create(TaskInput(title=f"Task {n:03}")).id for n in range(450)]
    view = TasksView(services, QUndoStack())
    qtbot.addWidget(view)
    model = view.model
    group = model.index(model.group_row("No date"), 0)
    model.list_more(group)
    assert model.rowCount(group) == 2 * step
    view.refresh()  # a change elsewhere: the list is read again
    group = model.index(model.group_row("No date"), 0)
    assert model.rowCount(group) == 2 * step  # still as far as it was scrolled
    # Ticking the task at row 250: the next one, now at row 250, is selected.
    view.tree.setCurrentIndex(model.index(250, 0, group))
    assert view.current_task() == ids[250]
    view.toggle_current()
    qtbot.waitUntil(lambda: view.current_task() == ids[251])
