"""Editing a list of labelled values where it is shown (a contact's emails or phones): the
rows of the contact dialog's editor, with Save and Cancel, in place of the list. Enter in
any row saves, Escape leaves it unchanged; a value the save refuses keeps the rows open
with the reason below them."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from deskcrm.ui.i18n import tr
from deskcrm.ui.icons import set_icon
from deskcrm.ui.type_scale import SPACE_TIGHT
from deskcrm.ui.widgets.inline_editor import InPlaceEditor
from deskcrm.ui.widgets.labelled_rows import LabelledRowsEditor

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class InlineRowsEditor(InPlaceEditor):
    """Labelled rows with Save and Cancel in place of a list."""

    def __init__(
        self,
        suggestions: Sequence[str],
        add_text: str,
        placeholder: str,
        save: Callable[[list[tuple[str, str]]], str | None],
        parent: QWidget | None = None,
    ) -> None:
        """`save(entries)` writes the (value, label) rows and returns None, or the reason
        they were not saved."""
        super().__init__(save, parent)
        self.rows = LabelledRowsEditor(suggestions, add_text, placeholder, self)
        self.save_button = QPushButton(tr("Save"), self)
        set_icon(self.save_button, "resolve")
        self.save_button.setAutoDefault(False)
        self.save_button.setToolTip(tr("Save (Enter)"))
        self.cancel_button = QPushButton(tr("Cancel"), self)
        set_icon(self.cancel_button, "cancel")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.setToolTip(tr("Leave unchanged (Esc)"))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACE_TIGHT)
        layout.addWidget(self.rows)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self.commit)
        self.cancel_button.clicked.connect(self.close_row)
        self.rows.rows_changed.connect(self._watch_keys)
        self._watch_keys()
        self.hide()

    def start(self, entries: Sequence[tuple[str, str]], *, add: bool = False) -> None:
        """Show the rows filled with (value, label) `entries`, the keyboard in the first
        (in a new empty row after them when `add`)."""
        self.rows.set_entries(entries)
        if add and entries:
            self.rows.add_row()
            self._watch_keys()
        self.error_label.hide()
        self.show()
        edit = self.rows.value_edit(self.rows.row_count() - 1 if add else 0)
        edit.setFocus(Qt.FocusReason.OtherFocusReason)
        edit.selectAll()

    def values(self) -> list[tuple[str, str]]:
        return self.rows.entries()

    def _watch_keys(self) -> None:
        for widget in self.rows.focus_widgets():
            widget.removeEventFilter(self)
            widget.installEventFilter(self)
        for widget in (self.save_button, self.cancel_button):
            widget.removeEventFilter(self)
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Escape:
                self.close_row()
                return True
            if event.key() in _ENTER and isinstance(watched, (QLineEdit, QComboBox)):
                self.commit()
                return True
        return False
