"""Search fields by keyboard: Enter or Down go to the first result with its details shown,
Escape clears the search, and Escape in an empty field goes back to the list."""

from __future__ import annotations

from PySide6.QtCore import Qt

from deskcrm.services.contacts.contacts import ContactInput
from deskcrm.services.support.cases import CaseInput


def _people(services) -> dict[str, int]:
    ids = {}
    for first, last in (("Anna", "Müller"), ("Anne", "Berg"), ("Bob", "Stein")):
        ids[first] = services.contacts.create(ContactInput(first_name=first, last_name=last)).id
    return ids


def _activate(window, qtbot) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def test_enter_in_the_contact_search_opens_the_first_result(window, services, qtbot) -> None:
    ids = _people(services)
    view = window.contacts_view
    view.refresh()
    _activate(window, qtbot)
    qtbot.mouseClick(view.search_edit, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(view.search_edit, "bob")
    # Enter at once, before the search has had its pause: the list searched is Bob's.
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)
    assert view.people_table.hasFocus()
    assert view.people_model.rowCount() == 1
    assert view.selected_ids() == [ids["Bob"]]
    assert view.contact_pane.contact_id == ids["Bob"]
    assert view.contact_pane.name_label.text() == "Bob Stein"

    # Down arrow does the same; the arrow keys then walk the results.
    qtbot.mouseClick(view.search_edit, Qt.MouseButton.LeftButton)
    view.search_edit.selectAll()
    qtbot.keyClicks(view.search_edit, "ann")
    qtbot.waitUntil(lambda: view.people_model.rowCount() == 2)
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Down)
    assert view.people_table.hasFocus()
    assert view.selected_ids() == [ids["Anna"]]
    qtbot.keyClick(view.people_table, Qt.Key.Key_Down)
    assert view.contact_pane.contact_id == ids["Anne"]


def test_escape_clears_the_contact_search_and_then_returns_to_the_list(
    window, services, qtbot
) -> None:
    ids = _people(services)
    view = window.contacts_view
    view.refresh()
    _activate(window, qtbot)
    qtbot.mouseClick(view.search_edit, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(view.search_edit, "anne")
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert view.selected_ids() == [ids["Anne"]]

    qtbot.mouseClick(view.search_edit, Qt.MouseButton.LeftButton)
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Escape)
    assert view.search_edit.text() == ""
    assert view.search_edit.hasFocus()
    qtbot.waitUntil(lambda: view.people_model.rowCount() == 3)
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Escape)
    assert view.people_table.hasFocus()


def test_down_in_the_company_search_selects_the_first_company(window, services, qtbot) -> None:
    services.contacts.create(ContactInput(first_name="Anna", company_name="Kaffee Verde"))
    services.contacts.create(ContactInput(first_name="Bob", company_name="Nordlicht AG"))
    view = window.contacts_view
    view.refresh()
    _activate(window, qtbot)
    qtbot.mouseClick(view.mode_buttons[1], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.search_edit, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(view.search_edit, "nord")
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Down)
    assert view.company_table.hasFocus()
    assert view.company_pane.name_label.text() == "Nordlicht AG"


def test_the_case_search_goes_to_the_first_case_and_escape_comes_back(
    window, services, qtbot
) -> None:
    anna = services.contacts.create(ContactInput(first_name="Anna")).id
    services.cases.open_case(CaseInput(title="Kettle leaks", contact_id=anna))
    services.cases.open_case(CaseInput(title="Invoice twice", contact_id=anna))
    window.show_view("cases")
    view = window.cases_view
    qtbot.waitUntil(lambda: view.loaded)
    view.refresh()
    _activate(window, qtbot)
    qtbot.mouseClick(view.search_edit, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(view.search_edit, "invoice")
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)
    assert view.table.hasFocus()
    case = view.current_case()
    assert case is not None and case.title == "Invoice twice"
    assert view.title_label.text() == "Invoice twice"

    qtbot.mouseClick(view.search_edit, Qt.MouseButton.LeftButton)
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Escape)
    assert view.search_edit.text() == "" and view.model.rowCount() == 2
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Escape)
    assert view.table.hasFocus()
