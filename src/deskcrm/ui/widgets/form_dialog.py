"""Base for edit dialogs: a form whose errors appear under each field; Save keeps it open
until the service accepts the input, so nothing is saved half-way."""

from __future__ import annotations

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
from deskcrm.ui.widgets.field_errors import FieldErrors


class FormDialog(QDialog):
    """Subclasses add rows with `add_field()` and implement `save()`."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.errors = FieldErrors()
        self.form = QFormLayout()
        self.general_error = plain_label("")
        self.general_error.setObjectName("general_error")
        self.general_error.setStyleSheet("color: #c62828;")
        self.general_error.setWordWrap(True)
        self.general_error.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
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
