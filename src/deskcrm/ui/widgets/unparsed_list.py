"""The "To check" list of the contact form: values an import could not understand, shown
as written with why and where from, each with a Dismiss that can be taken back until Save."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSizePolicy, QWidget

from deskcrm.domain.contact_parts import UnparsedValue
from deskcrm.ui.i18n import QT_TR_NOOP, tr
from deskcrm.ui.text import plain_label
from deskcrm.ui.type_scale import SPACE_TIGHT, set_text_role

# The field names importers give, as the user knows the fields.
FIELD_TITLES = {
    "first_name": QT_TR_NOOP("First name"),
    "last_name": QT_TR_NOOP("Last name"),
    "name": QT_TR_NOOP("Name"),
    "nickname": QT_TR_NOOP("Nickname"),
    "company": QT_TR_NOOP("Company"),
    "title": QT_TR_NOOP("Job title"),
    "department": QT_TR_NOOP("Department"),
    "email": QT_TR_NOOP("Email"),
    "emails": QT_TR_NOOP("Email"),
    "phone": QT_TR_NOOP("Phone"),
    "phones": QT_TR_NOOP("Phone"),
    "address": QT_TR_NOOP("Address"),
    "addresses": QT_TR_NOOP("Address"),
    "website": QT_TR_NOOP("Website"),
    "websites": QT_TR_NOOP("Website"),
    "birthday": QT_TR_NOOP("Birthday"),
    "anniversary": QT_TR_NOOP("Anniversary"),
    "notes": QT_TR_NOOP("Notes"),
    "tags": QT_TR_NOOP("Tags"),
}


def field_title(field_name: str) -> str:
    """The field an unparsed value was meant for, in words ("birthday" → "Birthday")."""
    known = FIELD_TITLES.get(field_name)
    return tr(known) if known else field_name


def describe(value: UnparsedValue) -> str:
    """Why a value is to be checked and where it came from, in one line."""
    return f"{value.reason} ({value.origin})" if value.origin else value.reason


class _Item:
    def __init__(self, value: UnparsedValue, parent: QWidget) -> None:
        self.value = value
        self.dismissed = False
        self.field = plain_label(field_title(value.field_name) + ":", parent)
        self.text = plain_label(value.value, parent, selectable=True)
        self.text.setWordWrap(True)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.why = plain_label(describe(value), parent)
        self.why.setWordWrap(True)
        # Smaller and in italics rather than greyed: grey text was too faint in light mode.
        set_text_role(self.why, "caption_italic")
        self.button = QPushButton(tr("Dismiss"), parent)
        self.button.setAutoDefault(False)
        self.button.setToolTip(tr("Drop this value from the contact when you save"))


class UnparsedList(QWidget):
    """One row per value: field, value as written, why and origin, and Dismiss / Undo.

    Signals:
    count_changed(int): how many values are still kept (not dismissed).
    """

    count_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[_Item] = []
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setColumnStretch(1, 1)
        self._grid.setVerticalSpacing(SPACE_TIGHT)

    def set_values(self, values: Sequence[UnparsedValue]) -> None:
        for item in self._items:
            for widget in (item.field, item.text, item.why, item.button):
                self._grid.removeWidget(widget)
                widget.deleteLater()
        self._items = []
        for value in values:
            item = _Item(value, self)
            row = 2 * len(self._items)
            self._grid.addWidget(item.field, row, 0)
            self._grid.addWidget(item.text, row, 1)
            self._grid.addWidget(item.button, row, 2)
            self._grid.addWidget(item.why, row + 1, 1, 1, 2)
            item.button.clicked.connect(lambda _checked=False, i=item: self._on_toggle(i))
            self._items.append(item)
        self.count_changed.emit(len(self.kept()))

    def kept(self) -> list[UnparsedValue]:
        """The values to save with the contact: all but the dismissed ones."""
        return [item.value for item in self._items if not item.dismissed]

    def total(self) -> int:
        return len(self._items)

    def dismiss_button(self, index: int) -> QPushButton:
        return self._items[index].button

    def value_label(self, index: int) -> QLabel:
        return self._items[index].text

    def is_dismissed(self, index: int) -> bool:
        return self._items[index].dismissed

    def focus_widgets(self) -> list[QWidget]:
        return [item.button for item in self._items]

    def _on_toggle(self, item: _Item) -> None:
        item.dismissed = not item.dismissed
        # Struck through and greyed, not hidden: the user sees what Save will drop.
        for label in (item.field, item.text):
            font = label.font()
            font.setStrikeOut(item.dismissed)
            label.setFont(font)
            label.setEnabled(not item.dismissed)
        item.button.setText(tr("Undo dismiss") if item.dismissed else tr("Dismiss"))
        self.count_changed.emit(len(self.kept()))
