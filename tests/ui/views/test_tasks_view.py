"""The to-do list driven by keyboard and mouse; "today" is the injected Sunday 15 March
2026, 11:30 in Berlin."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from deskcrm.services.contacts import ContactInput
from deskcrm.services.tasks import TaskInput
from deskcrm.ui.reminders import ReminderNotifier
from tests.conftest import NOW


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
    task = services.tasks.create(TaskInput(title="Chase payment", due_at=NOW - timedelta(days=1)))
    window.show_view("tasks")
    view = window.tasks_view
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
    anna = services.contacts.create(ContactInput(first_name="Anna", follow_up_days=30))
    services.tasks.create(TaskInput(title="Late", due_at=NOW - timedelta(days=2)))
    window.show_view("tasks")
    view = window.tasks_view
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
    )
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
