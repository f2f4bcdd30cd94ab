"""Base for edit dialogs: a form whose errors appear under each field; Save keeps it open
until the service accepts the input, so nothing is saved half-way. The keyboard starts in
the first field, so a user types at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from deskcrm.errors import DeskCrmError, ValidationError
from deskcrm.ui.i18n import tr
from deskcrm.ui.text import plain_label
from deskcrm.ui.type_scale import set_tone
from deskcrm.ui.widgets.field_errors import FieldErrors


class FormDialog(QDialog):
    """Subclasses add rows with `add_field()` and implement `save()`. The keyboard starts
    in the form's first field that takes it, or in `first_field` where a dialog's first
    rows come filled in (the kind of a logged call, the date of a purchase)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.errors = FieldErrors()
        self.form = QFormLayout()
        self.general_error = plain_label("")
        self.general_error.setObjectName("general_error")
        set_tone(self.general_error, "error")
        self.general_error.setWordWrap(True)
        self.general_error.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.first_field: QWidget | None = None
        self._focus_placed = False
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)

    def add_field(self, label: str, widget: QWidget, field: str | None = None) -> None:
        self.form.addRow(label, widget)
        if field is not None:
            self.form.addRow("", self.errors.label_for(field, self))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._focus_placed:
            return  # shown again (after a minimise): the keyboard stays where it was
        self._focus_placed = True
        # Left to Qt, the keyboard lands wherever the window system puts it: on some
        # desktops nowhere, on others a button or a scroll area.
        target = self.first_field or self._first_input()
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _first_input(self) -> QWidget | None:
        """The first widget in the form, row by row, that takes the keyboard by Tab."""
        for row in range(self.form.rowCount()):
            for role in (QFormLayout.ItemRole.FieldRole, QFormLayout.ItemRole.SpanningRole):
                item = self.form.itemAt(row, role)
                widget = item.widget() if item is not None else None
                if widget is None:
                    continue
                for candidate in (widget, *widget.findChildren(QWidget)):
                    if (
                        candidate.focusPolicy() & Qt.FocusPolicy.TabFocus
                        and candidate.isEnabled()
                        and candidate.isVisibleTo(self)
                    ):
                        return candidate
        return None

    def save(self) -> None:
        """Validate and persist; raise ValidationError (or DeskCrmError) to stay open."""
        raise NotImplementedError

    def show_errors(self, errors: dict[str, str]) -> None:
        unplaced = self.errors.show(errors)
        self.general_error.setText(tr("\n").join(unplaced))
        self.general_error.setVisible(bool(unplaced))

    def _on_save(self) -> None:
        try:
            self.save()
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        except DeskCrmError as exc:
            self.show_errors({"": str(exc)})
            return
        self.show_errors({})
        self.accept()
