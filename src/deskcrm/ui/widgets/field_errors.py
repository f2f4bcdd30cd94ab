"""Error messages shown right under the form field they are about."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from deskcrm.ui.i18n import tr
from deskcrm.ui.text import plain_label
from deskcrm.ui.type_scale import set_tone


class FieldErrors:
    """One hidden red label per field; `show(errors)` fills and reveals the right ones."""

    def __init__(self) -> None:
        self._labels: dict[str, QLabel] = {}

    def label_for(self, field: str, parent: QWidget | None = None) -> QLabel:
        label = plain_label("", parent)
        label.setObjectName(f"error_{field}")
        set_tone(label, "error")
        label.setWordWrap(True)
        label.setVisible(False)
        self._labels[field] = label
        return label

    def show(self, errors: dict[str, str]) -> list[str]:
        """Show each message under its field; returns messages that had no field."""
        unplaced = []
        for field, label in self._labels.items():
            # Messages marked below the ui (domain.messages.tr) are translated here.
            label.setText(tr(errors[field]) if field in errors else "")
            label.setVisible(field in errors)
        for field, message in errors.items():
            if field not in self._labels:
                unplaced.append(tr(message))
        return unplaced

    def text(self, field: str) -> str:
        label = self._labels.get(field)
        return label.text() if label is not None and not label.isHidden() else ""

    def clear(self) -> None:
        self.show({})
