"""Asks why a deal was lost: a reason from the user's list, or a new one typed in."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget

from deskcrm.errors import ValidationError
from deskcrm.ui.i18n import tr
from deskcrm.ui.text import plain_label
from deskcrm.ui.widgets.form_dialog import FormDialog


@dataclass(frozen=True)
class LostReason:
    text: str
    remember: bool


class LostReasonDialog(FormDialog):
    def __init__(self, reasons: list[str], deal_title: str, parent: QWidget | None = None) -> None:
        super().__init__(tr("Mark deal as lost"), parent)
        self.result_reason: LostReason | None = None
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.addItems(reasons)
        self.reason.setCurrentIndex(-1)
        reason_edit = self.reason.lineEdit()
        assert reason_edit is not None  # editable
        reason_edit.setPlaceholderText(tr("Pick or type a reason"))
        self.remember = QCheckBox(tr("Add a new reason to the list"))
        self.remember.setChecked(True)
        self.save_button.setText(tr("Mark lost"))
        self.add_field(tr("Deal"), plain_label(deal_title))
        self.add_field(tr("Reason"), self.reason, "reason")
        self.add_field("", self.remember)
        self._known = set(reasons)

    @classmethod
    def ask(cls, parent: QWidget | None, reasons: list[str], deal_title: str) -> LostReason | None:
        dialog = cls(reasons, deal_title, parent)
        return dialog.result_reason if dialog.exec() else None

    def save(self) -> None:
        text = self.reason.currentText().strip()
        if not text:
            raise ValidationError({"reason": "Say why the deal was lost"})
        remember = self.remember.isChecked() and text not in self._known
        self.result_reason = LostReason(text, remember)
