"""The contact dialog, saved after someone else changed the contact: the user sees both
versions and decides; nothing is overwritten unasked."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from deskcrm.app import build_services
from deskcrm.db.opening import open_database
from deskcrm.services.contacts.contacts import ContactInput
from deskcrm.ui.bus import ChangeBus
from deskcrm.ui.dialogs.contact_dialog import ContactDialog
from deskcrm.ui.dialogs.edit_conflict_dialog import ConflictChoice, EditConflictDialog
from deskcrm.ui.undo import History
from tests.conftest import NOW, TZ


def _changed_elsewhere(db_path, contact_id: int) -> None:
    """A second program on the same file changes the title."""
    other = open_database(db_path)
    try:
        services = build_services(other, clock=lambda: NOW, tz=TZ)
        data = services.contacts.get(contact_id).data
        services.contacts.update(contact_id, replace(data, title="Head of Purchasing"))
    finally:
        other.close()


def _open(qtbot, services, contact_id: int, history=None) -> ContactDialog:
    dialog = ContactDialog(services, contact_id, history=history)
    qtbot.addWidget(dialog)
    return dialog


def _anna(services) -> int:
    return services.contacts.create(ContactInput(first_name="Anna", last_name="Berg")).id


def test_going_back_saves_nothing_and_says_why(qtbot, services, db_path) -> None:
    contact_id = _anna(services)
    dialog = _open(qtbot, services, contact_id)
    asked: list[list[tuple[str, str, str]]] = []
    dialog.ask_conflict = lambda _name, rows: asked.append(rows) or ConflictChoice.BACK
    qtbot.keyClicks(dialog.notes, "Prefers calls")
    _changed_elsewhere(db_path, contact_id)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert asked == [[("Title", "Head of Purchasing", ""), ("Notes", "", "Prefers calls")]]
    assert dialog.saved_id is None and dialog.result() == 0
    assert "someone else changed this contact" in dialog.general_error.text()
    assert dialog.notes.toPlainText() == "Prefers calls"  # the user's typing is still there
    saved = services.contacts.get(contact_id).data
    assert (saved.title, saved.notes) == ("Head of Purchasing", "")


def test_loading_the_saved_version_fills_the_form_with_it(qtbot, services, db_path) -> None:
    contact_id = _anna(services)
    dialog = _open(qtbot, services, contact_id)
    dialog.ask_conflict = lambda _name, _rows: ConflictChoice.LOAD_SAVED
    qtbot.keyClicks(dialog.notes, "Prefers calls")
    _changed_elsewhere(db_path, contact_id)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved_id is None
    assert (dialog.job_title.text(), dialog.notes.toPlainText()) == ("Head of Purchasing", "")
    # From there on the form is up to date: its next save goes through.
    qtbot.keyClicks(dialog.notes, "Prefers calls")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = services.contacts.get(contact_id).data
    assert dialog.saved_id == contact_id
    assert (saved.title, saved.notes) == ("Head of Purchasing", "Prefers calls")


def test_saving_mine_over_theirs_is_one_undoable_step(qtbot, services, db_path) -> None:
    contact_id = _anna(services)
    history = History(QUndoStack(), ChangeBus())
    dialog = _open(qtbot, services, contact_id, history)
    dialog.ask_conflict = lambda _name, _rows: ConflictChoice.SAVE_MINE
    qtbot.keyClicks(dialog.notes, "Prefers calls")
    _changed_elsewhere(db_path, contact_id)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = services.contacts.get(contact_id).data
    assert dialog.saved_id == contact_id
    assert (saved.title, saved.notes) == ("", "Prefers calls")  # the form's, knowingly
    history.stack.undo()  # back to what the other person had saved
    saved = services.contacts.get(contact_id).data
    assert (saved.title, saved.notes) == ("Head of Purchasing", "")


def test_the_conflict_dialog_shows_both_versions_as_plain_text(qtbot) -> None:
    rows = [("Title", "<b>Head</b> of Purchasing", ""), ("Notes", "", "Prefers calls")]
    dialog = EditConflictDialog("Anna <i>Berg</i>", rows)
    qtbot.addWidget(dialog)
    table = dialog.table
    assert [table.item(0, c).text() for c in range(3)] == list(rows[0])
    assert table.rowCount() == 2
    assert dialog.back.isDefault()  # Enter never overwrites someone's work
    qtbot.mouseClick(dialog.load_saved, Qt.MouseButton.LeftButton)
    assert dialog.choice is ConflictChoice.LOAD_SAVED
