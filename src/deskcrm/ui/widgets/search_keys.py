"""The keys of a search field above a list: Enter or Down go to the first result, Escape
clears the search, and Escape in an empty field goes back to the list."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit

TO_RESULTS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down)


class SearchKeys(QObject):
    """Watches `edit`'s keys. `to_results()` selects the first result and moves the keyboard
    there (it does nothing when there is none); `to_list()` moves the keyboard back to the
    list, keeping what was selected there."""

    def __init__(
        self, edit: QLineEdit, to_results: Callable[[], None], to_list: Callable[[], None]
    ) -> None:
        super().__init__(edit)
        self._edit = edit
        self._to_results = to_results
        self._to_list = to_list
        edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self._edit or not isinstance(event, QKeyEvent):
            return False
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False  # Ctrl+Enter, Shift+Down … keep their usual meaning
        key = event.key()
        if key not in (*TO_RESULTS, Qt.Key.Key_Escape):
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            # Claimed here, so a window shortcut on the same key does not take it first.
            event.accept()
            return True
        if event.type() != QEvent.Type.KeyPress:
            return False
        if key != Qt.Key.Key_Escape:
            self._to_results()
        elif self._edit.text():
            self._edit.clear()
        else:
            self._to_list()
        return True
