"""Editing a few fields where they are shown: a row of line edits that takes the place of
a label (the name heading of a contact's card, the job line below it). Enter saves,
Escape puts the label back unchanged; a value the save refuses keeps the row open with
the reason beside it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from deskcrm.ui.i18n import tr
from deskcrm.ui.type_scale import set_tone


class InPlaceEditor(QWidget):
    """What edits in place share: `values()` are saved by `save(values)`, which returns
    None or the reason they were not saved (shown in `error_label`, the editor staying
    open); saved or left, the editor hides and says so.

    Signals:
    done(): the editor closed (saved or left), so what it replaced shows again.
    """

    done = Signal()

    def __init__(self, save: Callable[[Any], str | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.error_label = QLabel(self)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)
        self.error_label.setObjectName("inline_error")
        set_tone(self.error_label, "error")
        self.error_label.hide()

    def values(self) -> Any:
        raise NotImplementedError

    def commit(self) -> None:
        why = self._save(self.values())
        if why:
            self.error_label.setText(why)
            self.error_label.show()
            return
        self.close_row()

    def close_row(self) -> None:
        self.hide()
        self.done.emit()


class InlineEditor(InPlaceEditor):
    """A row of line edits in place of a label."""

    def __init__(
        self,
        fields: list[tuple[str, str]],
        save: Callable[[dict[str, str]], str | None],
        parent: QWidget | None = None,
    ) -> None:
        """`fields`: (key, placeholder) of each line edit, in order. `save(values)` writes
        them and returns None, or the reason they were not saved."""
        super().__init__(save, parent)
        self.edits: dict[str, QLineEdit] = {}
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for key, placeholder in fields:
            edit = QLineEdit(self)
            edit.setObjectName(f"inline_{key}")
            edit.setPlaceholderText(placeholder)
            edit.setToolTip(tr("{field} — Enter saves, Esc leaves it").format(field=placeholder))
            edit.returnPressed.connect(self.commit)
            edit.installEventFilter(self)
            self.edits[key] = edit
            row.addWidget(edit, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.error_label)
        self.hide()

    def start(self, values: dict[str, str]) -> None:
        """Show the row filled with `values`, the keyboard in its first field."""
        for key, edit in self.edits.items():
            edit.setText(values.get(key, ""))
        self.error_label.hide()
        self.show()
        first = next(edit for edit in self.edits.values() if not edit.isHidden())
        first.setFocus(Qt.FocusReason.OtherFocusReason)
        first.selectAll()

    def values(self) -> dict[str, str]:
        return {key: edit.text().strip() for key, edit in self.edits.items()}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Escape
        ):
            self.close_row()
            return True
        return False
