"""Editing a contact's name and job where the card shows them (issue 19: "inline edit of
names and fields in the detail pane"): double-click or F2, type, Enter — one undo step;
Escape leaves it; a refused value keeps the row open with the reason; someone else's
change in between is not overwritten."""

from __future__ import annotations

from PySide6.QtCore import Qt

from deskcrm.services.contacts.contacts import ContactInput
from tests.ui.conftest import type_text


def _open(window, services, **fields) -> int:
    contact_id = services.contacts.create(ContactInput(**fields)).id
    view = window.contacts_view
    view.refresh()
    view.open_contact(contact_id)
    return contact_id


def test_double_click_the_name_type_and_enter(window, services, qtbot) -> None:
    anna = _open(window, services, first_name="Anna", last_name="Muller")
    pane = window.contacts_view.contact_pane
    qtbot.mouseDClick(pane.name_label, Qt.MouseButton.LeftButton)
    editor = pane.name_editor
    assert editor.isVisible() and not pane.name_label.isVisible()
    assert not editor.edits["display_name"].isVisible()  # no whole name written: hidden
    last = editor.edits["last_name"]
    last.selectAll()
    type_text(qtbot, last, "Müller")
    qtbot.keyClick(last, Qt.Key.Key_Return)
    assert not editor.isVisible() and pane.name_label.isVisible()
    assert pane.name_label.text() == "Anna Müller"
    assert services.contacts.get(anna).data.last_name == "Müller"
    assert window.undo_stack.undoText() == "Rename contact"
    window.undo_stack.undo()
    assert services.contacts.get(anna).data.last_name == "Muller"
    qtbot.waitUntil(lambda: pane.name_label.text() == "Anna Muller")


def test_f2_and_escape_leave_everything_as_it_was(window, services, qtbot) -> None:
    anna = _open(window, services, first_name="Anna", last_name="Lee")
    view = window.contacts_view
    view.people_table.setFocus()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(view.people_table, Qt.Key.Key_F2)
    editor = view.contact_pane.name_editor
    assert editor.isVisible()
    first = editor.edits["first_name"]
    assert first.hasFocus() and first.text() == "Anna"
    qtbot.keyClicks(first, "Zoe")
    qtbot.keyClick(first, Qt.Key.Key_Escape)
    assert not editor.isVisible()
    assert services.contacts.get(anna).data.first_name == "Anna"
    assert window.undo_stack.count() == 0


def test_the_job_line_and_a_refused_value(window, services, qtbot) -> None:
    anna = _open(window, services, first_name="Anna", title="Buyer")
    pane = window.contacts_view.contact_pane
    qtbot.mouseDClick(pane.subtitle_label, Qt.MouseButton.LeftButton)
    editor = pane.role_editor
    assert editor.edits["title"].text() == "Buyer"
    editor.edits["department"].setText("Purchasing")
    qtbot.keyClick(editor.edits["department"], Qt.Key.Key_Return)
    assert services.contacts.get(anna).data.department == "Purchasing"
    assert "Buyer" in pane.subtitle_label.text() and "Purchasing" in pane.subtitle_label.text()
    # A name nobody could be shown by is refused, and says why where it was typed.
    qtbot.mouseDClick(pane.name_label, Qt.MouseButton.LeftButton)
    names = pane.name_editor
    names.edits["first_name"].clear()
    names.edits["last_name"].clear()
    qtbot.keyClick(names.edits["first_name"], Qt.Key.Key_Return)
    assert names.isVisible() and names.error_label.isVisible()
    assert names.error_label.text()
    assert services.contacts.get(anna).data.first_name == "Anna"


def test_a_change_made_elsewhere_meanwhile_is_not_overwritten(window, services, qtbot) -> None:
    from dataclasses import replace

    anna = _open(window, services, first_name="Anna", last_name="Lee")
    pane = window.contacts_view.contact_pane
    qtbot.mouseDClick(pane.name_label, Qt.MouseButton.LeftButton)
    # A colleague renames her while the row is open here.
    theirs = replace(services.contacts.get(anna).data, last_name="Lee-Smith")
    services.contacts.update(anna, theirs)
    editor = pane.name_editor
    editor.edits["last_name"].setText("Li")
    qtbot.keyClick(editor.edits["last_name"], Qt.Key.Key_Return)
    assert editor.isVisible() and "someone else" in editor.error_label.text()
    assert services.contacts.get(anna).data.last_name == "Lee-Smith"


def test_choosing_another_contact_leaves_the_edit(window, services, qtbot) -> None:
    anna = _open(window, services, first_name="Anna", last_name="Lee")
    ben = services.contacts.create(ContactInput(first_name="Ben")).id
    view = window.contacts_view
    view.refresh()
    view.open_contact(anna)
    pane = view.contact_pane
    qtbot.mouseDClick(pane.name_label, Qt.MouseButton.LeftButton)
    pane.name_editor.edits["first_name"].setText("Zoe")
    view.open_contact(ben)
    assert not pane.name_editor.isVisible() and pane.name_label.text() == "Ben"
    assert services.contacts.get(anna).data.first_name == "Anna"
