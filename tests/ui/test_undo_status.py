"""After Ctrl+Z (and Ctrl+Shift+Z) the status bar says what was undone or redone, never the
write's stale hint "… — Ctrl+Z to undo"."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from deskcrm.services.contacts.contacts import ContactInput
from deskcrm.services.tasks.tasks import TaskInput
from deskcrm.ui.bus import ChangeBus, Changes
from deskcrm.ui.undo import History, UndoReporter
from tests.conftest import NOW

CTRL = Qt.KeyboardModifier.ControlModifier


def test_the_status_bar_says_what_ctrl_z_undid_and_redid(window, services, qtbot) -> None:
    services.contacts.create(ContactInput(first_name="Carla"))
    view = window.contacts_view
    view.refresh()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    status = window.statusBar()
    table = view.people_table
    qtbot.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=table.visualRect(view.people_model.index(0, 0)).center(),
    )
    assert table.hasFocus() and len(view.selected_ids()) == 1
    qtbot.keyClick(view.people_table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: view.people_model.rowCount() == 0)
    assert status.currentMessage() == "Delete 1 contact — Ctrl+Z to undo"

    qtbot.keyClick(view.people_table, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: view.people_model.rowCount() == 1)
    assert status.currentMessage() == "Undone: Delete 1 contact"

    qtbot.keyClick(view.people_table, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: view.people_model.rowCount() == 0)
    assert status.currentMessage() == "Redone: Delete 1 contact"


def test_an_undo_made_in_another_view_is_said_too(window, services, qtbot) -> None:
    call = services.tasks.create(TaskInput(title="Call Anna", due_at=NOW + timedelta(hours=1)))
    window.show_view("tasks")
    view = window.tasks_view
    qtbot.waitUntil(lambda: view.loaded)
    view.tree.setCurrentIndex(view.model.index_of_task(call.id))
    view.toggle_current()
    assert window.statusBar().currentMessage() == "Task done — Ctrl+Z to undo"
    window.undo_action.trigger()
    assert window.statusBar().currentMessage() == "Undone: Complete task"


def test_a_new_step_after_an_undo_is_no_redo(qtbot) -> None:
    stack = QUndoStack()
    history = History(stack, ChangeBus())
    reporter = UndoReporter(stack)
    said: list[str] = []
    reporter.message.connect(said.append)
    history.push("First", Changes, Changes)
    history.push("Second", Changes, Changes)
    stack.undo()
    history.push("Third", Changes, Changes)  # replaces Second where Redo would have gone
    stack.undo()
    stack.redo()
    stack.clear()
    assert said == ["Undone: Second", "Undone: Third", "Redone: Third"]
