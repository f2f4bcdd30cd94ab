"""Several rows chosen: the count says how many of how many (issue 19: "multi-select
shows a selection summary"), for people, companies and the trash."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt

from deskcrm.services.contacts.companies import CompanyInput
from deskcrm.services.contacts.contacts import ContactInput


def test_choosing_several_people_says_how_many(window, services, qtbot) -> None:
    for i in range(5):
        services.contacts.create(ContactInput(first_name=f"Anna{i}", last_name="Lee"))
    view = window.contacts_view
    view.refresh()
    table = view.people_table
    assert view.count_label.text() == "5 people"
    model = table.model()
    qtbot.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=table.visualRect(model.index(0, 0)).center(),
    )
    assert view.count_label.text() == "5 people"  # one chosen: the card says who
    qtbot.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ShiftModifier,
        pos=table.visualRect(model.index(2, 0)).center(),
    )
    assert view.count_label.text() == "3 of 5 selected"
    assert len(view.selected_ids()) == 3
    table.selectAll()
    assert view.count_label.text() == "5 of 5 selected"
    table.selectionModel().select(
        model.index(4, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert view.count_label.text() == "5 people"


def test_choosing_several_companies_says_how_many(window, services, qtbot) -> None:
    for name in ("Kaffee Verde", "Nordlicht AG", "Bright Blue"):
        services.companies.create(CompanyInput(name=name))
    view = window.contacts_view
    view.refresh()
    qtbot.mouseClick(view.mode_buttons[1], Qt.MouseButton.LeftButton)
    assert view.count_label.text() == "3 companies"
    view.company_table.selectAll()
    assert view.count_label.text() == "3 of 3 selected"
