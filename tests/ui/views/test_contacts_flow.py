"""A user's day with the contacts view, driven by keyboard and mouse."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPushButton

from deskcrm.db.contact_queries import ContactFilter
from deskcrm.ui.dialogs.contact_dialog import ContactDialog
from deskcrm.ui.dialogs.interaction_dialog import InteractionDialog
from tests.ui.conftest import type_text


def _type_new_contact(qtbot, first: str, last: str, email: str):
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ContactDialog)
        qtbot.keyClicks(dialog.first_name, first)
        type_text(qtbot, dialog.last_name, last)
        qtbot.keyClicks(dialog.emails.value_edit(0), email)
        qtbot.keyClicks(dialog.phones.value_edit(0), "030 1234567")
        qtbot.keyClicks(dialog.company.lineEdit(), "Kaffee Verde GmbH")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    return fill


def test_create_find_log_note_delete_and_undo(window, services, qtbot, when_dialog_opens) -> None:
    view = window.contacts_view
    # Ctrl+N opens the contact dialog; the user types and saves.
    when_dialog_opens(_type_new_contact(qtbot, "Anna", "Müller", "anna@example.com"))
    window.new_contact_action.trigger()
    qtbot.waitUntil(lambda: view.people_model.rowCount() == 1)
    (anna_id,) = services.contacts.list_ids(ContactFilter())
    assert services.contacts.get(anna_id).company_name == "Kaffee Verde GmbH"
    assert view.contact_pane.name_label.text() == "Anna Müller"

    # Another contact, then find Anna by typing part of her name.
    services.contacts.create(services.contacts.get(anna_id).data.__class__(first_name="Bob"))
    view.refresh()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.find_action.trigger()
    qtbot.waitUntil(view.search_edit.hasFocus)
    type_text(qtbot, view.search_edit, "ann mü")
    qtbot.waitUntil(lambda: view.people_model.rowCount() == 1)
    assert view.people_model.id_at(0) == anna_id
    assert view.count_label.text() == "1 person"

    # Select her row and log a note in two clicks (button, then Save after typing).
    qtbot.mouseClick(
        view.people_table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=view.people_table.visualRect(view.people_model.index(0, 0)).center(),
    )
    assert view.contact_pane.contact_id == anna_id

    def write_note(dialog: QDialog) -> None:
        assert isinstance(dialog, InteractionDialog)
        qtbot.keyClicks(dialog.summary, "Prefers email over calls")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    when_dialog_opens(write_note)
    qtbot.mouseClick(view.contact_pane.log_buttons["note"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.contact_pane.timeline_model.rowCount() == 1)
    entry = view.contact_pane.timeline_model.record(0)
    assert entry is not None and entry.summary == "Prefers email over calls"
    assert view.contact_pane.tabs.tabText(0) == "Timeline (1)"

    # Delete moves her to the trash; Ctrl+Z brings her back.
    window.delete_action.trigger()
    qtbot.waitUntil(lambda: view.people_model.rowCount() == 0)
    assert services.contacts.list_ids(ContactFilter(in_trash=True)) == [anna_id]
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: view.people_model.rowCount() == 1)
    assert services.contacts.list_ids(ContactFilter(in_trash=True)) == []
    assert services.timeline.interactions(anna_id)[0].summary == "Prefers email over calls"


def test_keyboard_shortcuts_reach_the_actions(window, services, qtbot) -> None:
    from deskcrm.services.contacts.contacts import ContactInput

    contact_id = services.contacts.create(ContactInput(first_name="Carla")).id
    view = window.contacts_view
    view.refresh()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.search_edit.hasFocus()
    view.people_table.setFocus()
    view.people_table.selectRow(0)
    qtbot.keyClick(view.people_table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: view.people_model.rowCount() == 0)
    qtbot.keyClick(view.people_table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.people_model.rowCount() == 1)
    assert view.people_model.id_at(0) == contact_id


def test_user_text_is_shown_literally_never_as_html(window, services, qtbot) -> None:
    from deskcrm.services.contacts.contacts import ContactInput

    contact_id = services.contacts.create(
        ContactInput(
            first_name="<b>Bob</b>",
            last_name="<img src=x>",
            notes="<i>hi</i>",
            company_name="<a href='x'>Evil</a>",
        )
    ).id
    view = window.contacts_view
    view.open_contact(contact_id)
    pane = view.contact_pane
    assert pane.name_label.text() == "<b>Bob</b> <img src=x>"
    assert pane.name_label.textFormat() == Qt.TextFormat.PlainText
    assert pane.field_labels["notes"].textFormat() == Qt.TextFormat.PlainText
    assert pane.subtitle_label.text() == "<a href='x'>Evil</a>"
    assert view.people_model.data(view.people_model.index(0, 0)) == "<b>Bob</b> <img src=x>"
    # A label that interpreted HTML would be far narrower than the literal text.
    assert pane.name_label.sizeHint().width() > pane.name_label.fontMetrics().horizontalAdvance(
        "Bob <b>"
    )


def test_filters_by_tag_and_lifecycle(window, services, qtbot) -> None:
    from deskcrm.services.contacts.contacts import ContactInput

    services.contacts.create(ContactInput(first_name="Ann", tags=["VIP"], lifecycle="customer"))
    services.contacts.create(ContactInput(first_name="Ben", lifecycle="lead"))
    services.contacts.create(ContactInput(first_name="Cem", tags=["VIP"], lifecycle="lead"))
    view = window.contacts_view
    view.refresh()
    assert view.people_model.rowCount() == 3
    view.tag_filter.setCurrentIndex(view.tag_filter.findText("VIP (2)"))
    assert view.people_model.rowCount() == 2
    view.lifecycle_filter.setCurrentIndex(view.lifecycle_filter.findData("lead"))
    assert view.people_model.rowCount() == 1
    assert view.people_model.record(0).name == "Cem"


def test_companies_and_trash_modes(window, services, qtbot) -> None:
    from deskcrm.services.contacts.contacts import ContactInput

    services.contacts.create(ContactInput(first_name="Ann", company_name="Acme"))
    gone = services.contacts.create(ContactInput(first_name="Old")).id
    services.contacts.delete([gone])
    view = window.contacts_view
    view.refresh()
    qtbot.mouseClick(view.mode_buttons[1], Qt.MouseButton.LeftButton)
    assert view.company_model.rowCount() == 1
    view.company_table.selectRow(0)
    assert view.company_pane.people_model.rowCount() == 1
    assert view.count_label.text() == "1 company"
    qtbot.mouseClick(view.mode_buttons[2], Qt.MouseButton.LeftButton)
    assert view.trash_model.rowCount() == 1
    view.trash_table.selectRow(0)
    qtbot.mouseClick(view.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.trash_model.rowCount() == 0)
    assert view.people_model.rowCount() == 2
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: view.trash_model.rowCount() == 1)


def test_window_geometry_and_last_view_are_remembered(services, ui_state, db_path, qtbot) -> None:
    from deskcrm.ui.mainwindow import MainWindow
    from deskcrm.ui.taskmanager import TaskManager

    first = MainWindow(services, ui_state, str(db_path), TaskManager())
    qtbot.addWidget(first)
    first.resize(700, 563)  # the offscreen screen is 800x800; the layout may widen it
    first.show()
    qtbot.waitExposed(first)
    first.show_view("pipeline")
    first.close()
    second = MainWindow(services, ui_state, str(db_path), TaskManager())
    qtbot.addWidget(second)
    # The offscreen screen is narrower than the board's minimum: width is clamped to it.
    assert second.size().height() == 563 and second.size().width() >= 700
    assert second.stack.current_name() == "pipeline"
    assert [a.text() for a in second.rail.actions()] == [
        "Contacts",
        "Pipeline",
        "Tasks",
        "Reports",
        "Cases",
    ]
    assert isinstance(second.findChild(QPushButton), QPushButton)


def test_delete_a_timeline_entry_and_undo(window, services, qtbot) -> None:
    from deskcrm.services.contacts.contacts import ContactInput

    anna = services.contacts.create(ContactInput(first_name="Anna")).id
    services.timeline.log_interaction(anna, "note", "Typed into the wrong contact")
    view = window.contacts_view
    view.refresh()
    view.open_contact(anna)
    pane = view.contact_pane
    assert not pane.delete_entry_button.isEnabled()
    rect = pane.timeline_view.visualRect(pane.timeline_model.index(0))
    qtbot.mouseClick(pane.timeline_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseClick(pane.delete_entry_button, Qt.MouseButton.LeftButton)
    assert pane.timeline_model.rowCount() == 0
    assert pane.tabs.tabText(0) == "Timeline"
    window.undo_action.trigger()
    assert [e.summary for e in services.timeline.interactions(anna)] == [
        "Typed into the wrong contact"
    ]


def test_tag_counts_come_from_a_worker_after_the_list(services, ui_state, db_path, qtbot) -> None:
    # Counting every tag's links took 54 ms at a million contacts, before the list's first
    # paint; with a task manager they are read on a worker and filled in when back (a
    # refresh after a write reads them here, at once).
    from deskcrm.services.contacts.contacts import ContactInput
    from deskcrm.ui.mainwindow import MainWindow
    from deskcrm.ui.taskmanager import TaskManager

    for i in range(3):
        services.contacts.create(ContactInput(first_name=f"P{i}", last_name="T", tags=["VIP"]))
    tasks = TaskManager()
    window = MainWindow(services, ui_state, str(db_path), tasks)
    qtbot.addWidget(window)
    view = window.contacts_view
    assert view.people_model.rowCount() == 3  # listed while the counts are on their way
    qtbot.waitUntil(lambda: view.tag_filter.count() > 1, timeout=10_000)
    assert [view.tag_filter.itemText(i) for i in range(view.tag_filter.count())] == [
        "Any tag",
        "VIP (3)",
    ]
    services.contacts.create(ContactInput(first_name="P3", last_name="T", tags=["VIP"]))
    view.refresh()  # read here, at once
    assert view.tag_filter.itemText(1) == "VIP (4)"
    window.close()
