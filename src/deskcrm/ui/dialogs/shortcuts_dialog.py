"""Help ▸ Keyboard Shortcuts: every key the window answers to, on one sheet.

The menu and rail entries are read from the actions themselves (so the sheet can never
disagree with what the keys do), the keys views handle on their own are listed beside
them, and a filter box narrows the list as you type."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QMenu,
    QMenuBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from deskcrm.ui.i18n import tr
from deskcrm.ui.widgets.screen_fit import fit_to_screen


@dataclass(frozen=True)
class Shortcut:
    """One line of the sheet: where it applies, what it does, the keys (as shown)."""

    group: str
    what: str
    keys: str


# Keys a view handles itself (no menu entry carries them). (group, what, key sequences)
VIEW_KEYS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("Search boxes", "Go to the first result", ("Return", "Down")),
    ("Search boxes", "Clear the search (when empty: back to the list)", ("Esc",)),
    ("Contacts", "Rename the open contact in its card", ("F2",)),
    ("Contacts", "Save the name / leave it as it was", ("Return", "Esc")),
    ("Timeline", "Open the selected entry to read or edit it", ("Return",)),
    ("Tasks", "Tick or untick the selected task", ("Space",)),
    ("Tasks", "Rename the selected task", ("F2",)),
    ("Dialogs", "Close without saving", ("Esc",)),
)


def _plain(text: str) -> str:
    """A menu entry's text as read: no mnemonic "&", no trailing "…", no count ("Tasks
    (12)" is the Tasks entry)."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return _COUNT.sub("", text).rstrip("…").strip()


_COUNT = re.compile(r"\s*\(\d[\d,]*\)$")
# Keys only some keyboards have (Sun's Undo, Find …, F13 and up): a sheet of what to
# press lists the keys everyone can press.
_SPECIAL_KEYS = frozenset(
    (
        Qt.Key.Key_Undo,
        Qt.Key.Key_Redo,
        Qt.Key.Key_Find,
        Qt.Key.Key_Copy,
        Qt.Key.Key_Paste,
        Qt.Key.Key_Cut,
        Qt.Key.Key_Open,
        Qt.Key.Key_Help,
        Qt.Key.Key_Cancel,
    )
)


def everyone_has(sequence: QKeySequence) -> bool:
    if sequence.isEmpty():
        return False
    key = sequence[0].key()  # type: ignore[index]  # the stubs miss __getitem__
    return key not in _SPECIAL_KEYS and not Qt.Key.Key_F13 <= key <= Qt.Key.Key_F35


def _keys(sequences: Iterable[QKeySequence]) -> str:
    shown = []
    for sequence in sequences:
        text = sequence.toString(QKeySequence.SequenceFormat.NativeText)
        if text and text not in shown and everyone_has(sequence):
            shown.append(text)
    return ", ".join(shown)


# An action whose text changes with what it would do ("Undo Mark deal won") is listed by
# the name kept in this property ("Undo").
LISTED_NAME = "listed_name"


def action_name(action: QAction) -> str:
    """What an action is called where it is listed (menu text without & … or a count)."""
    return _plain(action.property(LISTED_NAME) or action.text())


def action_keys(action: QAction) -> str:
    """An action's keys as shown, those only some keyboards have left out."""
    return _keys(action.shortcuts())


def menu_shortcuts(menubar: QMenuBar) -> list[Shortcut]:
    """Every action with a key in the menus, in menu order, grouped by its top menu."""
    found: list[Shortcut] = []

    def walk(menu: QMenu, group: str) -> None:
        for action in menu.actions():
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                walk(submenu, group)
            elif not action.isSeparator() and (keys := _keys(action.shortcuts())):
                found.append(Shortcut(group, action_name(action), keys))

    for action in menubar.actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            walk(menu, _plain(action.text()))
    return found


def action_shortcuts(group: str, actions: Iterable[QAction]) -> list[Shortcut]:
    return [
        Shortcut(group, action_name(action), keys)
        for action in actions
        if (keys := _keys(action.shortcuts()))
    ]


def view_shortcuts() -> list[Shortcut]:
    return [
        Shortcut(tr(group), tr(what), _keys(QKeySequence(key) for key in keys))
        for group, what, keys in VIEW_KEYS
    ]


class ShortcutsDialog(QDialog):
    def __init__(self, shortcuts: list[Shortcut], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Keyboard Shortcuts"))
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(tr("Filter: type a word or a key"))
        self.filter_edit.setClearButtonEnabled(True)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([tr("Action"), tr("Keys")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        self._groups: dict[str, QTreeWidgetItem] = {}
        self._lines: dict[str, list[QTreeWidgetItem]] = {}
        for shortcut in shortcuts:
            group = self._groups.get(shortcut.group)
            if group is None:
                group = QTreeWidgetItem(self.tree, [shortcut.group, ""])
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self._groups[shortcut.group] = group
            self._lines.setdefault(shortcut.group, []).append(
                QTreeWidgetItem(group, [shortcut.what, shortcut.keys])
            )
        self.tree.expandAll()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.filter_edit.textChanged.connect(self._filter)
        self.filter_edit.setFocus()
        fit_to_screen(self, 560, 640)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Esc clears a typed filter first (as in every search box), then closes.
        if event.key() == Qt.Key.Key_Escape and self.filter_edit.text():
            self.filter_edit.clear()
            return
        super().keyPressEvent(event)

    def shown_rows(self) -> list[tuple[str, str, str]]:
        """(group, action, keys) of every line not filtered out."""
        rows = []
        for name, group in self._groups.items():
            if group.isHidden():
                continue
            for item in self._lines[name]:
                if not item.isHidden():
                    rows.append((name, item.text(0), item.text(1)))
        return rows

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        for name, group in self._groups.items():
            visible = 0
            for item in self._lines[name]:
                haystack = f"{name} {item.text(0)} {item.text(1)}".casefold()
                hide = not all(word in haystack for word in words)
                item.setHidden(hide)
                visible += not hide
            group.setHidden(visible == 0)
