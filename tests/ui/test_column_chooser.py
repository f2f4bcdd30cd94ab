"""Every list's header has a menu to choose its columns, remembered across windows
(issue 19: "a column chooser and header menu on every table")."""

from __future__ import annotations

from PySide6.QtCore import Qt

from deskcrm.ui.mainwindow import MainWindow
from deskcrm.ui.widgets.column_chooser import ColumnChooser

LISTS = ["contacts/people", "contacts/companies", "contacts/trash", "tasks/tasks", "cases/cases"]


def _texts(chooser: ColumnChooser) -> list[tuple[str, bool, bool]]:
    """The menu's column entries: (text, ticked, can be changed)."""
    return [
        (action.text(), action.isChecked(), action.isEnabled())
        for action in chooser.menu().actions()
        if action.isCheckable()
    ]


def test_every_list_has_a_header_menu_naming_its_columns(window) -> None:
    for name in ("tasks", "cases"):
        window.show_view(name)
    assert sorted(window.stack.column_choosers) == sorted(LISTS)
    for key, chooser in window.stack.column_choosers.items():
        model = chooser.header.model()
        names = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
        entries = _texts(chooser)
        assert [text for text, _on, _can in entries] == names, key
        assert all(on for _t, on, _can in entries), key  # all shown at first
        assert entries[0][2] is False and all(can for _t, _on, can in entries[1:]), key
        assert chooser.header.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu


def test_a_hidden_column_and_a_width_are_remembered_by_the_next_window(
    window, qtbot, services, ui_state, db_path, task_manager, db
) -> None:
    chooser = window.stack.column_choosers["contacts/people"]
    names = chooser.names()
    email = names.index("Email")
    menu = chooser.menu()
    next(a for a in menu.actions() if a.text() == "Email").setChecked(False)
    assert chooser.header.isSectionHidden(email)
    assert chooser.hidden() == ["Email"]
    chooser.header.resizeSection(1, 333)
    chooser.set_shown(0, False)  # the name column cannot be hidden
    assert not chooser.header.isSectionHidden(0)
    window.close()

    again = MainWindow(services, ui_state, str(db_path), task_manager, database=db)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    kept = again.stack.column_choosers["contacts/people"]
    assert kept.hidden() == ["Email"]
    assert kept.header.sectionSize(1) == 333
    ticks = {text: on for text, on, _can in _texts(kept)}
    assert ticks["Email"] is False and ticks[names[1]] is True
    kept.show_all()
    assert kept.hidden() == []
    assert kept.header.sectionSize(email) >= kept.header.minimumSectionSize() * 2


def test_a_damaged_entry_leaves_the_defaults(
    qtbot, services, ui_state, db_path, task_manager, db
) -> None:
    for damaged in ("{not json", "[1, 2]", '{"hidden": 5, "widths": [1]}'):
        ui_state.setValue("columns/contacts/people", damaged)
        window = MainWindow(services, ui_state, str(db_path), task_manager, database=db)
        qtbot.addWidget(window)
        chooser = window.stack.column_choosers["contacts/people"]
        assert chooser.hidden() == [], damaged
        window.close()
