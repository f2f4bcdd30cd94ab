"""Help ▸ Keyboard Shortcuts (issue 19: "a Help ▸ Keyboard shortcuts sheet; every
shortcut in the menus"): the sheet is read from the window's own actions, so it lists
every key a menu or the rail carries, plus the keys views handle themselves."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from deskcrm.ui.dialogs.shortcuts_dialog import ShortcutsDialog, everyone_has


def _native(key: str) -> str:
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


def test_every_menu_key_is_on_the_sheet(window) -> None:
    listed = {(s.what, key) for s in window.shortcuts() for key in s.keys.split(", ")}
    expected = []

    def walk(menu: QMenu) -> None:
        for action in menu.actions():
            if isinstance(action.menu(), QMenu):
                walk(action.menu())
            else:
                for sequence in action.shortcuts():
                    if not everyone_has(sequence):
                        continue  # Sun's Undo key, F14 …: not on the sheet
                    expected.append(action)
                    text = action.text().replace("&", "").rstrip("…").strip()
                    key = sequence.toString(QKeySequence.SequenceFormat.NativeText)
                    assert (text, key) in listed, (text, key)

    for action in window.menuBar().actions():
        walk(action.menu())
    assert len(expected) >= 10  # New contact, import, undo, redo, find, quit …
    for name, action in window.nav_actions.items():
        assert (
            action.text().replace("&", ""),
            action.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
        ) in listed, name


def test_the_sheet_lists_keys_everyone_has_and_entries_without_counts(window) -> None:
    window.rail.set_overdue_tasks(12)
    rows = {(s.group, s.what): s.keys for s in window.shortcuts()}
    assert rows[("Go to", "Tasks")] == _native("Ctrl+3")  # not "Tasks (12)"
    undo = rows[("Edit", "Undo")].split(", ")  # never "Ctrl+Z, F14, Undo"
    assert undo[0] == _native("Ctrl+Z") and "F14" not in undo and "Undo" not in undo
    assert "Tasks" in [c.name for c in window.palette_commands()]


def test_the_sheet_names_the_daily_keys_and_filters(window, qtbot) -> None:
    dialog = ShortcutsDialog(window.shortcuts(), window)
    qtbot.addWidget(dialog)
    dialog.show()
    rows = dialog.shown_rows()
    assert ("Edit", "Undo", _native("Ctrl+Z")) in [(g, w, k.split(", ")[0]) for g, w, k in rows]
    assert ("File", "New Contact", _native("Ctrl+N")) in rows
    assert ("Go to", "Contacts", _native("Ctrl+1")) in rows
    assert ("Tasks", "Tick or untick the selected task", _native("Space")) in rows
    assert ("Help", "Keyboard Shortcuts", f"{_native('Ctrl+/')}, {_native('F1')}") in rows
    # The whole sheet fits a laptop screen and its lines are whole.
    assert dialog.height() <= 728 and dialog.width() <= 1366
    qtbot.keyClicks(dialog.filter_edit, "undo")
    assert [w for _g, w, _k in dialog.shown_rows()] == ["Undo"]
    dialog.filter_edit.clear()
    qtbot.keyClicks(dialog.filter_edit, "tick")
    assert [w for _g, w, _k in dialog.shown_rows()] == ["Tick or untick the selected task"]
    dialog.filter_edit.clear()
    assert len(dialog.shown_rows()) == len(rows)


def test_f1_opens_the_sheet(window, qtbot, when_dialog_opens) -> None:
    seen = []

    def look(dialog) -> None:
        seen.append(dialog.windowTitle())
        dialog.reject()

    when_dialog_opens(look)
    window.shortcuts_action.trigger()
    assert seen == ["Keyboard Shortcuts"]


def test_undo_is_listed_as_undo_and_esc_clears_the_filter_first(window, services, qtbot) -> None:
    """A user trial: the sheet read "Redo Mark deal won", and Esc closed it with a filter
    typed instead of clearing the filter as every search box does."""
    from PySide6.QtCore import Qt

    from deskcrm.services.contacts.contacts import ContactInput
    from deskcrm.ui.dialogs.shortcuts_dialog import ShortcutsDialog

    anna = services.contacts.create(ContactInput(first_name="Anna")).id
    window.contacts_view.refresh()
    window.contacts_view.delete_contacts([anna])  # the undo stack has a step
    assert window.undo_action.text() != "&Undo"
    dialog = ShortcutsDialog(window.shortcuts(), window)
    qtbot.addWidget(dialog)
    names = {s.what for s in window.shortcuts()}
    assert "Undo" in names and not any(name.startswith("Undo ") for name in names)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.filter_edit, "undo")
    qtbot.keyClick(dialog.filter_edit, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.filter_edit.text() == ""
    qtbot.keyClick(dialog.filter_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
