"""Repeatable rows of one value and its label (work, home, mobile … or any text), with
add and remove buttons: the email, phone and website lists of the contact form."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from deskcrm.domain import validation
from deskcrm.ui.i18n import QT_TR_NOOP, tr
from deskcrm.ui.type_scale import SPACE_TIGHT
from deskcrm.ui.widgets.wheel_guard import guard_wheel

# Stored in English lower case, as vCard TYPE values are; shown translated.
EMAIL_LABELS = (QT_TR_NOOP("work"), QT_TR_NOOP("home"), QT_TR_NOOP("other"))
PHONE_LABELS = (
    QT_TR_NOOP("mobile"),
    QT_TR_NOOP("work"),
    QT_TR_NOOP("home"),
    QT_TR_NOOP("fax"),
    QT_TR_NOOP("pager"),
    QT_TR_NOOP("other"),
)
WEBSITE_LABELS = (
    QT_TR_NOOP("homepage"),
    QT_TR_NOOP("work"),
    QT_TR_NOOP("blog"),
    QT_TR_NOOP("LinkedIn"),
    QT_TR_NOOP("X"),
    QT_TR_NOOP("GitHub"),
    QT_TR_NOOP("Mastodon"),
    QT_TR_NOOP("other"),
)
ADDRESS_LABELS = (QT_TR_NOOP("home"), QT_TR_NOOP("work"), QT_TR_NOOP("other"))


def phone_placeholder(region: str) -> str:
    """What an empty phone field shows: a number valid in `region` ("" when unknown: one
    written with its country code)."""
    example = validation.example_phone(region)
    if region:
        return tr("e.g. {example}").format(example=example)
    return tr("with +country code, e.g. {example}").format(example=example)


def display_label(label: str) -> str:
    """A stored label as the user reads it: the suggested ones translated, custom ones as is."""
    return tr(label) if label else ""


class LabelCombo(QComboBox):
    """An editable label picker: a suggestion or any text the user types.

    `label()` is the stored value, so a translated suggestion ("Arbeit") is stored as the
    word it stands for ("work") and a custom label ("Ferienhaus") as typed."""

    def __init__(self, suggestions: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        # Typing a custom label must not add it to the list (nor Enter swallow the save).
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItem("", "")
        for suggestion in suggestions:
            self.addItem(display_label(suggestion), suggestion)
        line_edit = self.lineEdit()
        assert line_edit is not None  # editable
        line_edit.setPlaceholderText(tr("label"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(9)
        self.setToolTip(tr("Pick a label or type your own"))
        # In the scrolling contact form: the wheel scrolls the form, not the label.
        guard_wheel(self)

    def label(self) -> str:
        text = self.currentText().strip()
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index > 0:
            return str(self.itemData(index))
        return text

    def set_label(self, label: str) -> None:
        index = self.findData(label)
        if index < 0:
            index = self.findData(label.lower()) if label else 0
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setCurrentIndex(0)
            self.setEditText(label)


def small_button(text: str, tooltip: str, parent: QWidget | None = None) -> QToolButton:
    """A compact add/remove button that never becomes the dialog's default button."""
    button = QToolButton(parent)
    button.setText(text)
    button.setToolTip(tooltip)
    button.setAccessibleName(tooltip)
    button.setAutoRaise(True)
    return button


class _Row(QWidget):
    def __init__(
        self, suggestions: Sequence[str], placeholder: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.value = QLineEdit(self)
        self.value.setPlaceholderText(placeholder)
        self.value.setClearButtonEnabled(False)
        self.label = LabelCombo(suggestions, self)
        self.remove = small_button("✕", tr("Remove this row"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.value, 3)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.remove)


class LabelledRowsEditor(QWidget):
    """A list of (value, label) rows; there is always at least one row to type into.

    Signals:
    edited(): a value was edited and left, or a row was removed.
    rows_changed(): a row was added or removed (the dialog re-chains its tab order).
    """

    edited = Signal()
    rows_changed = Signal()

    def __init__(
        self,
        suggestions: Sequence[str],
        add_text: str,
        placeholder: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._suggestions = tuple(suggestions)
        self._placeholder = placeholder
        self._rows: list[_Row] = []
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self._rows_layout.setSpacing(SPACE_TIGHT)
        self.add_button = QPushButton(add_text, self)
        self.add_button.setAutoDefault(False)
        self.add_button.setFlat(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACE_TIGHT)
        layout.addLayout(self._rows_layout)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.add_button.clicked.connect(self._on_add)
        self.add_row()

    # -- reading and writing -----------------------------------------------------
    def set_entries(self, entries: Sequence[tuple[str, str]]) -> None:
        """Replace the rows with (value, label) pairs; one empty row when there are none."""
        for row in list(self._rows):
            self._drop(row)
        for value, label in entries:
            self.add_row(value, label)
        if not self._rows:
            self.add_row()
        self.rows_changed.emit()

    def entries(self) -> list[tuple[str, str]]:
        """(value, label) of each row with a value, in order; labels without a value go."""
        found = []
        for row in self._rows:
            value = row.value.text().strip()
            if value:
                found.append((value, row.label.label()))
        return found

    def values(self) -> list[str]:
        return [value for value, _label in self.entries()]

    def set_placeholder(self, text: str) -> None:
        self._placeholder = text
        for row in self._rows:
            row.value.setPlaceholderText(text)

    # -- rows ---------------------------------------------------------------------
    def row_count(self) -> int:
        return len(self._rows)

    def value_edit(self, index: int) -> QLineEdit:
        return self._rows[index].value

    def label_combo(self, index: int) -> LabelCombo:
        return self._rows[index].label

    def remove_button(self, index: int) -> QToolButton:
        return self._rows[index].remove

    def add_row(self, value: str = "", label: str = "") -> int:
        """Append a row; returns its index."""
        row = _Row(self._suggestions, self._placeholder, self)
        row.value.setText(value)
        row.label.set_label(label)
        row.value.editingFinished.connect(self.edited)
        row.remove.clicked.connect(lambda _checked=False, r=row: self._on_remove(r))
        self._rows.append(row)
        self._rows_layout.addWidget(row)
        # Shown now, not on the layout's queued show: the new row is focused at once.
        row.show()
        return len(self._rows) - 1

    def focus_widgets(self) -> list[QWidget]:
        """Every widget Tab stops at, in reading order."""
        widgets: list[QWidget] = []
        for row in self._rows:
            widgets += [row.value, row.label, row.remove]
        widgets.append(self.add_button)
        return widgets

    # -- slots ----------------------------------------------------------------------
    def _on_add(self) -> None:
        index = self.add_row()
        self.rows_changed.emit()
        self.value_edit(index).setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_remove(self, row: _Row) -> None:
        if len(self._rows) == 1:
            # The last row stays, emptied: there is always a place to type.
            row.value.clear()
            row.label.set_label("")
        else:
            index = self._rows.index(row)
            self._drop(row)
            self.rows_changed.emit()
            self._rows[min(index, len(self._rows) - 1)].value.setFocus()
        self.edited.emit()

    def _drop(self, row: _Row) -> None:
        self._rows.remove(row)
        self._rows_layout.removeWidget(row)
        row.hide()
        row.deleteLater()
