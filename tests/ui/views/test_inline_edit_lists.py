"""Editing a contact's emails and phones where the card shows them (issue 19: "inline
edit of names and fields in the detail pane"): the pencil beside the Email or Phone row
opens its labelled rows in place; Enter saves (one undo step), Escape leaves, a refused
address keeps the rows open with the reason, and a contact with none can get a first."""

from __future__ import annotations

from PySide6.QtCore import Qt

from deskcrm.services.contacts.contacts import ContactInput
from tests.ui.conftest import type_text


def _open(window, services, **fields) -> int:
    contact_id = services.contacts.create(ContactInput(first_name="Anna", **fields)).id
    view = window.contacts_view
    view.refresh()
    view.open_contact(contact_id)
    return contact_id


def _edit_emails(window, services, qtbot):
    """Anna with one email, her card's email rows open: (her id, the card's FieldsEdit)."""
    anna = _open(window, services, emails=["anna@example.com"])
    edit = window.contacts_view.contact_pane.fields_edit
    qtbot.mouseClick(edit.pencils["emails"], Qt.MouseButton.LeftButton)
    return anna, edit


def test_add_an_email_with_its_label_and_undo_it(window, services, qtbot) -> None:
    anna = _open(window, services, emails=["anna@work.example"], email_labels=["work"])
    pane = window.contacts_view.contact_pane
    edit = pane.fields_edit
    qtbot.mouseClick(edit.pencils["emails"], Qt.MouseButton.LeftButton)
    editor = edit.editors["emails"]
    assert editor.isVisible() and not pane.link_lists["emails"].isVisible()
    rows = editor.rows
    assert rows.value_edit(0).text() == "anna@work.example"
    assert rows.value_edit(0).hasFocus()
    qtbot.mouseClick(rows.add_button, Qt.MouseButton.LeftButton)
    new = rows.value_edit(1)
    assert new.hasFocus()
    type_text(qtbot, new, "anna@home.example")
    rows.label_combo(1).set_label("home")
    qtbot.keyClick(new, Qt.Key.Key_Return)
    assert not editor.isVisible() and pane.link_lists["emails"].isVisible()
    data = services.contacts.get(anna).data
    assert data.emails == ["anna@work.example", "anna@home.example"]
    assert data.email_labels == ["work", "home"]
    assert any("anna@home.example" in line for line in pane.link_lists["emails"].lines())
    assert window.undo_stack.undoText() == "Change emails"
    window.undo_stack.undo()
    assert services.contacts.get(anna).data.emails == ["anna@work.example"]
    qtbot.waitUntil(lambda: len(pane.link_lists["emails"].lines()) == 1)


def test_a_first_phone_for_a_contact_with_none(window, services, qtbot) -> None:
    anna = _open(window, services)
    pane = window.contacts_view.contact_pane
    assert pane.fields_edit.pencils["phones"].isVisible()  # the row shows, empty, to add one
    qtbot.mouseClick(pane.fields_edit.pencils["phones"], Qt.MouseButton.LeftButton)
    rows = pane.fields_edit.editors["phones"].rows
    assert rows.row_count() == 1 and rows.value_edit(0).text() == ""
    type_text(qtbot, rows.value_edit(0), "+49 30 1234567")
    rows.label_combo(0).set_label("mobile")
    qtbot.keyClick(rows.value_edit(0), Qt.Key.Key_Enter)
    data = services.contacts.get(anna).data
    assert data.phone_labels == ["mobile"] and len(data.phones) == 1
    assert "1234567" in data.phones[0].replace(" ", "")


def test_escape_leaves_and_a_bad_address_is_refused_where_it_was_typed(
    window, services, qtbot
) -> None:
    anna, edit = _edit_emails(window, services, qtbot)
    rows = edit.editors["emails"].rows
    rows.value_edit(0).setText("changed@example.com")
    qtbot.keyClick(rows.value_edit(0), Qt.Key.Key_Escape)
    assert not edit.editors["emails"].isVisible()
    assert services.contacts.get(anna).data.emails == ["anna@example.com"]
    assert window.undo_stack.count() == 0
    qtbot.mouseClick(edit.pencils["emails"], Qt.MouseButton.LeftButton)
    editor = edit.editors["emails"]
    rows.value_edit(0).setText("not an address")
    qtbot.keyClick(rows.value_edit(0), Qt.Key.Key_Return)
    assert editor.isVisible() and editor.error_label.isVisible() and editor.error_label.text()
    assert services.contacts.get(anna).data.emails == ["anna@example.com"]
    assert window.undo_stack.count() == 0


def test_another_contact_or_a_change_elsewhere_never_loses_an_edit_silently(
    window, services, qtbot
) -> None:
    from dataclasses import replace

    anna, edit = _edit_emails(window, services, qtbot)
    pane = window.contacts_view.contact_pane
    theirs = replace(services.contacts.get(anna).data, notes="called today")
    services.contacts.update(anna, theirs)  # a colleague, meanwhile
    rows = edit.editors["emails"].rows
    rows.value_edit(0).setText("anna@new.example")
    qtbot.keyClick(rows.value_edit(0), Qt.Key.Key_Return)
    assert "someone else" in edit.editors["emails"].error_label.text()
    assert services.contacts.get(anna).data.emails == ["anna@example.com"]
    ben = services.contacts.create(ContactInput(first_name="Ben")).id
    window.contacts_view.refresh()
    window.contacts_view.open_contact(ben)
    assert edit.editing() is None and pane.link_lists["emails"].isVisible()


def test_a_contact_trashed_elsewhere_meanwhile_says_so(window, services, qtbot) -> None:
    anna, edit = _edit_emails(window, services, qtbot)
    services.contacts.delete([anna])  # another window, meanwhile
    rows = edit.editors["emails"].rows
    rows.value_edit(0).setText("anna@new.example")
    qtbot.keyClick(rows.value_edit(0), Qt.Key.Key_Return)  # no exception: said in the row
    assert "gone" in edit.editors["emails"].error_label.text()


def test_one_edit_in_place_at_a_time_and_what_was_typed_is_saved(window, services, qtbot) -> None:
    """Opening another in-place editor saves what was typed in the open one (a user
    trial lost a typed name that way), and Enter in a label box saves too."""
    anna = _open(window, services, emails=["anna@example.com"])
    pane = window.contacts_view.contact_pane
    qtbot.mouseDClick(pane.name_label, Qt.MouseButton.LeftButton)
    pane.name_editor.edits["first_name"].setText("Amy")
    qtbot.mouseClick(pane.fields_edit.pencils["emails"], Qt.MouseButton.LeftButton)
    assert not pane.name_editor.isVisible() and pane.name_label.isVisible()
    assert services.contacts.get(anna).data.first_name == "Amy"
    rows = pane.fields_edit.editors["emails"].rows
    assert pane.fields_edit.editing() == "emails"
    rows.label_combo(0).set_label("home")
    qtbot.keyClick(rows.label_combo(0), Qt.Key.Key_Return)
    assert not pane.fields_edit.editors["emails"].isVisible()
    assert services.contacts.get(anna).data.email_labels == ["home"]
    # The other way round, and a refused value keeps its editor open, the other closed.
    qtbot.mouseClick(pane.fields_edit.pencils["emails"], Qt.MouseButton.LeftButton)
    rows.value_edit(0).setText("not an address")
    qtbot.mouseDClick(pane.name_label, Qt.MouseButton.LeftButton)
    assert pane.fields_edit.editing() == "emails" and not pane.name_editor.isVisible()
    assert pane.fields_edit.editors["emails"].error_label.text()
    rows.value_edit(0).setText("amy@example.com")
    qtbot.mouseDClick(pane.name_label, Qt.MouseButton.LeftButton)
    assert pane.name_editor.isVisible() and pane.fields_edit.editing() is None
    assert services.contacts.get(anna).data.emails == ["amy@example.com"]


def test_a_new_phone_shows_an_example_from_where_the_contact_lives(window, services, qtbot) -> None:
    from deskcrm.domain import validation
    from deskcrm.domain.contact_parts import PostalAddress

    _open(window, services, addresses=[PostalAddress(city="Berlin", country="Germany")])
    edit = window.contacts_view.contact_pane.fields_edit
    qtbot.mouseClick(edit.pencils["phones"], Qt.MouseButton.LeftButton)
    shown = edit.editors["phones"].rows.value_edit(0).placeholderText()
    assert shown == f"e.g. {validation.example_phone('DE')}"
