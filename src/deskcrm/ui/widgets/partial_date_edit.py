"""A date that may be unset or have no year (a birthday known as "22 April"): a date edit,
a "Year unknown" box that hides the year, and a clear button."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget

from deskcrm.ui.i18n import tr
from deskcrm.ui.widgets.labelled_rows import small_button
from deskcrm.ui.widgets.wheel_guard import guard_wheel

# A date without its year is stored in 2000: a leap year, so 29 February fits.
NO_YEAR = 2000
_FIRST = QDate(1800, 1, 1)
_LAST = QDate(2100, 12, 31)
FULL_FORMAT = "d MMMM yyyy"
DAY_MONTH_FORMAT = "d MMMM"

# Keys that start editing an unset date (Tab and the like only pass through it).
_EDIT_KEYS = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}


class PartialDateEdit(QWidget):
    """`value()` is (date or None, year known). With the year unknown the date is in 2000
    and the year is neither shown nor editable."""

    def __init__(self, start: date = date(NO_YEAR, 1, 1), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Where editing an unset date begins; the minimum date means "not set".
        self._start = start
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setSpecialValueText(tr("Not set"))
        self.date_edit.setMinimumWidth(150)
        guard_wheel(self.date_edit)  # in a scrolling form: the wheel scrolls the form
        self.year_unknown = QCheckBox(tr("Year unknown"), self)
        self.clear_button = small_button("✕", tr("Clear the date"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.date_edit)
        layout.addWidget(self.year_unknown)
        layout.addWidget(self.clear_button)
        layout.addStretch(1)
        self._apply_mode(year_known=True)
        self.date_edit.setDate(self._unset())
        self.date_edit.installEventFilter(self)
        self.year_unknown.toggled.connect(self._on_year_unknown_toggled)
        self.clear_button.clicked.connect(self.clear)

    # -- value --------------------------------------------------------------------
    def value(self) -> tuple[date | None, bool]:
        if self.is_unset():
            return None, not self.year_unknown.isChecked()
        picked = self.date_edit.date()
        return date(picked.year(), picked.month(), picked.day()), not self.year_unknown.isChecked()

    def set_value(self, value: date | None, year_known: bool = True) -> None:
        self.year_unknown.blockSignals(True)
        self.year_unknown.setChecked(not year_known)
        self.year_unknown.blockSignals(False)
        self._apply_mode(year_known)
        if value is None:
            self.date_edit.setDate(self._unset())
        elif year_known:
            self.date_edit.setDate(QDate(value.year, value.month, value.day))
        else:
            self.date_edit.setDate(QDate(NO_YEAR, value.month, value.day))

    def is_unset(self) -> bool:
        return self.date_edit.date() == self.date_edit.minimumDate()

    def clear(self) -> None:
        self.date_edit.setDate(self._unset())

    def text(self) -> str:
        """What the date edit shows."""
        return self.date_edit.text()

    def focus_widgets(self) -> list[QWidget]:
        return [self.date_edit, self.year_unknown, self.clear_button]

    # -- internals ------------------------------------------------------------------
    def _unset(self) -> QDate:
        return self.date_edit.minimumDate()

    def _apply_mode(self, year_known: bool) -> None:
        """The year shown and editable, or a day and month within 2000 only."""
        if year_known:
            self.date_edit.setDateRange(_FIRST.addDays(-1), _LAST)
            self.date_edit.setDisplayFormat(FULL_FORMAT)
        else:
            self.date_edit.setDateRange(QDate(NO_YEAR - 1, 12, 31), QDate(NO_YEAR, 12, 31))
            self.date_edit.setDisplayFormat(DAY_MONTH_FORMAT)

    def _on_year_unknown_toggled(self, unknown: bool) -> None:
        was_unset = self.is_unset()
        picked = self.date_edit.date()
        self._apply_mode(year_known=not unknown)
        if was_unset:
            self.date_edit.setDate(self._unset())
        elif unknown:
            self.date_edit.setDate(QDate(NO_YEAR, picked.month(), picked.day()))
        else:
            # The year was unknown: it shows as 2000 until typed, so it is selected to type.
            self.date_edit.setDate(picked)
            self.date_edit.setCurrentSection(QDateEdit.Section.YearSection)

    def _begin(self) -> None:
        """Editing an unset date starts from a real day, not from the "not set" marker."""
        year = self._start.year if not self.year_unknown.isChecked() else NO_YEAR
        self.date_edit.setDate(QDate(year, self._start.month, self._start.day))
        self.date_edit.setCurrentSection(QDateEdit.Section.DaySection)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.date_edit and self.is_unset():
            clicked = event.type() == QEvent.Type.MouseButtonPress
            if clicked or (isinstance(event, QKeyEvent) and _starts_editing(event)):
                self._begin()
        return super().eventFilter(watched, event)


def _starts_editing(event: QKeyEvent) -> bool:
    """A digit or an arrow begins a date; Tab, Escape and the like only pass by."""
    return event.type() == QEvent.Type.KeyPress and (
        event.text().isdigit() or event.key() in _EDIT_KEYS
    )
