"""The change bus: every write the GUI makes is announced once, and every view that shows
what changed follows it at once — no switching views, no waiting for a poll."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from deskcrm.db.contact_queries import ContactFilter
from deskcrm.services.contacts.contacts import ContactInput
from deskcrm.services.pipeline.deals import DealInput
from deskcrm.services.tasks.tasks import TaskInput
from deskcrm.ui.bus import Changes
from deskcrm.ui.dialogs.contact_dialog import ContactDialog
from deskcrm.ui.dialogs.trash_dialog import TrashDialog
from deskcrm.ui.mainwindow import MainWindow


class Heard:
    """What the bus announced, in order."""

    def __init__(self, window: MainWindow) -> None:
        self.changes: list[Changes] = []
        window.bus.changed.connect(self.changes.append)


def rename_anna(qtbot, last_name: str):
    def handler(dialog: QWidget) -> None:
        assert isinstance(dialog, ContactDialog)
        dialog.last_name.clear()
        qtbot.keyClicks(dialog.last_name, last_name)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    return handler


# -- the record ------------------------------------------------------------------------
def test_a_changes_record_says_what_kinds_and_which_ids_changed() -> None:
    task = Changes.of(tasks=[3], owners=[7], added_or_removed=["tasks"])
    assert task.touches("tasks") and not task.touches("deals")
    assert task.touches_ids("tasks", [3, 4]) and not task.touches_ids("tasks", [4])
    assert task.touches_contact(7) and not task.touches_contact(8)
    assert task.reshapes("tasks") and not task.reshapes("contacts")
    both = task | Changes.of(contacts=[8])
    assert both.touches_contact(8) and both.tasks == {3}
    assert not Changes() and Changes.everything().touches("purchases", "segments")
    assert Changes.of(whole=["contacts"]).touches_ids("contacts", [123])
    with pytest.raises(ValueError):
        Changes.of(cats=[1])


# -- once per write ---------------------------------------------------------------------
def test_an_edit_its_undo_and_its_redo_are_each_announced_once(
    window, services, qtbot, when_dialog_opens
) -> None:
    anna = services.contacts.create(ContactInput(first_name="Anna", last_name="Berg")).id
    window.contacts_view.open_contact(anna)
    heard = Heard(window)
    when_dialog_opens(rename_anna(qtbot, "Lindqvist"))
    qtbot.mouseClick(window.contacts_view.contact_pane.edit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(heard.changes) == 1)
    window.undo_action.trigger()
    window.redo_action.trigger()
    assert len(heard.changes) == 3
    assert all(c.contacts == {anna} for c in heard.changes)


def test_a_contact_made_in_its_dialog_its_undo_and_redo_announce_what_the_service_wrote(
    window, services, qtbot, when_dialog_opens
) -> None:
    heard = Heard(window)

    def make_clara(dialog: QWidget) -> None:
        assert isinstance(dialog, ContactDialog)
        qtbot.keyClicks(dialog.first_name, "Clara")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    when_dialog_opens(make_clara)
    window.new_contact_action.trigger()
    qtbot.waitUntil(lambda: len(heard.changes) == 1)
    (clara,) = services.contacts.list_ids(ContactFilter())
    window.undo_action.trigger()
    window.redo_action.trigger()
    # The create may have made a company or a tag; the trash and back change tag counts.
    assert heard.changes == [
        Changes.of(contacts=[clara], added_or_removed=["contacts"], whole=["tags", "companies"]),
        Changes.of(contacts=[clara], added_or_removed=["contacts"], whole=["tags"]),
        Changes.of(contacts=[clara], added_or_removed=["contacts"], whole=["tags"]),
    ]


# -- every view follows ---------------------------------------------------------------------
def test_renaming_a_contact_renames_her_in_the_task_list_and_on_the_board_without_switching(
    window, services, qtbot, when_dialog_opens
) -> None:
    anna = services.contacts.create(ContactInput(first_name="Anna", last_name="Berg")).id
    task = services.tasks.create(TaskInput(title="Send the quote", contact_id=anna)).id
    pipeline = services.pipeline.pipelines()[0]
    deal = services.deals.create(
        DealInput(
            title="Grinders",
            pipeline_id=pipeline.id,
            stage_id=pipeline.open_stages[0].id,
            contact_id=anna,
            currency="EUR",
        )
    ).id
    tasks, board = window.tasks_view, window.pipeline_view  # built, then left behind
    window.show_view("contacts")
    window.contacts_view.refresh()
    window.contacts_view.open_contact(anna)
    when_dialog_opens(rename_anna(qtbot, "Lindqvist"))
    qtbot.mouseClick(window.contacts_view.contact_pane.edit_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: tasks.model.task_row(task).contact_name == "Anna Lindqvist")
    column = board.column_of(deal)
    assert column is not None
    card = column.model.card(column.model.row_of(deal))
    assert card is not None and card.contact_name == "Anna Lindqvist"

    window.undo_action.trigger()
    assert tasks.model.task_row(task).contact_name == "Anna Berg"


def test_restoring_a_task_from_the_trash_dialog_shows_it_on_the_open_contact_and_can_be_undone(
    window, services, qtbot, when_dialog_opens, monkeypatch
) -> None:
    anna = services.contacts.create(ContactInput(first_name="Anna")).id
    task = services.tasks.create(TaskInput(title="Send the quote", contact_id=anna)).id
    services.tasks.delete([task])
    window.contacts_view.refresh()
    window.contacts_view.open_contact(anna)
    pane = window.contacts_view.contact_pane
    assert pane.task_model.rowCount() == 0

    def restore_all(dialog: QWidget) -> None:
        assert isinstance(dialog, TrashDialog)
        dialog.table.selectAll()
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        dialog.reject()

    when_dialog_opens(restore_all)
    window.trash_actions["task"].trigger()
    assert pane.task_model.rowCount() == 1
    assert window.undo_action.text() == "&Undo Restore 1 tasks"

    window.undo_action.trigger()
    assert pane.task_model.rowCount() == 0
    assert [item.id for item in services.trash.items("task")] == [task]


def test_deleting_for_good_in_the_trash_dialog_clears_undo_and_is_announced(
    window, services, qtbot, when_dialog_opens, monkeypatch
) -> None:
    anna = services.contacts.create(ContactInput(first_name="Anna")).id
    task = services.tasks.create(TaskInput(title="Send the quote", contact_id=anna)).id
    window.show_view("tasks")
    window.tasks_view.refresh()
    window.tasks_view.tree.setCurrentIndex(window.tasks_view.model.index_of_task(task))
    window.tasks_view.delete_current()
    assert window.undo_stack.count() == 1
    heard = Heard(window)
    monkeypatch.setattr(TrashDialog, "confirm_purge", lambda _self, _count: True)

    def purge_all(dialog: QWidget) -> None:
        assert isinstance(dialog, TrashDialog)
        dialog.table.selectAll()
        qtbot.mouseClick(dialog.purge_button, Qt.MouseButton.LeftButton)
        dialog.reject()

    when_dialog_opens(purge_all)
    window.trash_actions["task"].trigger()
    assert window.undo_stack.count() == 0
    assert len(heard.changes) == 1 and heard.changes[0].touches("tasks")


def test_the_rail_counts_overdue_tasks_from_the_bus_even_before_the_tasks_view_is_built(
    window, services, qtbot
) -> None:
    from datetime import timedelta

    anna = services.contacts.create(ContactInput(first_name="Anna")).id
    window.show_view("contacts")
    window.contacts_view.refresh()
    window.contacts_view.open_contact(anna)
    assert not window.stack.is_built("tasks")
    overdue = services.tasks.now() - timedelta(days=2)
    task = services.tasks.create(TaskInput(title="Call back", due_at=overdue, contact_id=anna)).id
    # As a dialog would: the write announced on the window's bus.
    window.bus.announce(Changes.of(tasks=[task], owners=[anna], added_or_removed=["tasks"]))
    assert window.nav_actions["tasks"].text() == "Tasks (1)"
    assert window.contacts_view.contact_pane.task_model.rowCount() == 1
