"""Working down the to-do list by keyboard: a click on the selected task does not start a
rename, Space ticks it, and the selection stays where it was — on the next task."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication

from deskcrm.services.tasks.tasks import TaskInput
from tests.conftest import NOW


def _today(services, *titles: str) -> list[int]:
    return [
        services.tasks.create(
            TaskInput(title=title, due_at=NOW + timedelta(hours=n + 1), due_has_time=True)
        ).id
        for n, title in enumerate(titles)
    ]


def _click_title(qtbot, view, task_id: int) -> None:
    index = view.model.index_of_task(task_id)
    pos = view.tree.visualRect(index).center()
    qtbot.mouseClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def _current_title(view) -> str:
    task_id = view.current_task()
    row = view.model.task_row(task_id) if task_id is not None else None
    return row.title if row is not None else ""


def test_space_on_a_clicked_task_ticks_it_and_the_next_task_is_selected(
    window, services, qtbot
) -> None:
    call, invoice, order = _today(services, "Call Anna", "Send invoice", "Order beans")
    window.show_view("tasks")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view = window.tasks_view
    qtbot.waitUntil(lambda: view.loaded)
    _click_title(qtbot, view, call)
    # A second click on the selected task, slower than a double-click: no rename starts.
    qtbot.wait(QApplication.styleHints().mouseDoubleClickInterval() + 150)
    _click_title(qtbot, view, call)
    qtbot.wait(QApplication.styleHints().mouseDoubleClickInterval() + 150)
    assert view.tree.state() != QAbstractItemView.State.EditingState
    assert view.tree.hasFocus()

    qtbot.keyClick(view.tree, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: call in view.model.task_ids("Done"))
    assert _current_title(view) == "Send invoice"  # the row below, not Call Anna in Done
    qtbot.keyClick(view.tree, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: invoice in view.model.task_ids("Done"))
    assert _current_title(view) == "Order beans"
    qtbot.keyClick(view.tree, Qt.Key.Key_Space)  # the last one: its group's heading stays
    qtbot.waitUntil(lambda: order in view.model.task_ids("Done"))
    current = view.tree.currentIndex()
    assert current.data() == "Today (0)"


def test_f2_still_renames_the_selected_task_in_place(window, services, qtbot) -> None:
    (call,) = _today(services, "Call Anna")
    window.show_view("tasks")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view = window.tasks_view
    qtbot.waitUntil(lambda: view.loaded)
    _click_title(qtbot, view, call)
    qtbot.keyClick(view.tree, Qt.Key.Key_F2)
    assert view.tree.state() == QAbstractItemView.State.EditingState
    editor = QApplication.focusWidget()
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, "Call Anna back")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: services.tasks.get(call).title == "Call Anna back")
