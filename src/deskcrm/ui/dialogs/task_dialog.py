"""Create or edit a task: due date and time, priority, contact and deal, reminder, repeat."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from deskcrm.domain.dates import to_local
from deskcrm.domain.recurrence import DAY_NAMES, SHORT_DAY_NAMES, WEEKDAYS, Recurrence
from deskcrm.errors import ValidationError
from deskcrm.services.editing import Editing
from deskcrm.services.tasks.tasks import TaskInput
from deskcrm.ui.dialogs.edit_conflict_dialog import AskConflict, ask_in_dialog, save_checked
from deskcrm.ui.i18n import tr
from deskcrm.ui.qt_dates import to_date, to_time
from deskcrm.ui.services import Services
from deskcrm.ui.undo import History
from deskcrm.ui.widgets.contact_picker import ContactPicker
from deskcrm.ui.widgets.form_dialog import FormDialog
from deskcrm.ui.widgets.screen_fit import fit_to_screen

REMINDERS = (
    ("No reminder", None),
    ("At the due time", timedelta(0)),
    ("15 minutes before", timedelta(minutes=15)),
    ("1 hour before", timedelta(hours=1)),
    ("1 day before", timedelta(days=1)),
)
REPEATS = (
    ("Never", ""),
    ("Daily", "DAILY"),
    ("Weekly", "WEEKLY"),
    ("Monthly", "MONTHLY"),
    ("Yearly", "YEARLY"),
)


def _row(*widgets: QWidget) -> QWidget:
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    return holder


class TaskDialog(FormDialog):
    def __init__(
        self,
        services: Services,
        task_id: int | None = None,
        *,
        contact_id: int | None = None,
        deal_id: int | None = None,
        parent: QWidget | None = None,
        history: History | None = None,
    ) -> None:
        super().__init__(tr("Edit task") if task_id else tr("New task"), parent)
        self._services = services
        self._task_id = task_id
        self._history = history
        self.saved_id: int | None = None
        # The row version the form was filled from: a save is refused if the task has
        # been changed since (another window, a colleague, a snooze).
        self._version: int | None = None
        self.ask_conflict: AskConflict = ask_in_dialog(self)  # replaceable in tests
        if task_id:
            opened = services.tasks.opened(task_id)
            data, self._version = opened.data, opened.row_version
        else:
            data = TaskInput(contact_id=contact_id, deal_id=deal_id)
        self._init_fields()
        self._load(data)
        fit_to_screen(self, 520, self.sizeHint().height())

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        services: Services,
        task_id: int | None = None,
        *,
        contact_id: int | None = None,
        deal_id: int | None = None,
        history: History | None = None,
    ) -> int | None:
        """The id saved (one undo step on `history`), or None if cancelled."""
        dialog = cls(
            services,
            task_id,
            contact_id=contact_id,
            deal_id=deal_id,
            parent=parent,
            history=history,
        )
        return dialog.saved_id if dialog.exec() else None

    def _init_fields(self) -> None:
        self.title = QLineEdit()
        self.has_due = QCheckBox(tr("Due on"))
        self.due_date = QDateEdit()
        self.due_date.setCalendarPopup(True)
        self.due_date.setDisplayFormat("yyyy-MM-dd")
        self.has_time = QCheckBox(tr("at"))
        self.due_time = QTimeEdit()
        self.due_time.setDisplayFormat("HH:mm")
        self.priority = QComboBox()
        for value, label in enumerate(("None", "Low", "Normal", "High")):
            self.priority.addItem(label, value)
        self.contact = ContactPicker(self._services.contacts)
        self.deal = QComboBox()
        self.reminder = QComboBox()
        for label, _offset in REMINDERS:
            self.reminder.addItem(label)
        self.repeat = QComboBox()
        for label, freq in REPEATS:
            self.repeat.addItem(label, freq)
        self.interval = QSpinBox()
        self.interval.setRange(1, 999)
        self.interval.setPrefix(tr("every "))
        self.weekdays = {day: QCheckBox(SHORT_DAY_NAMES[day]) for day in WEEKDAYS}
        for day, box in self.weekdays.items():
            box.setToolTip(DAY_NAMES[day])
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(70)
        self.add_field(tr("Title"), self.title, "title")
        self.add_field(tr("Due"), _row(self.has_due, self.due_date, self.has_time, self.due_time))
        self.add_field(tr("Priority"), self.priority, "priority")
        self.add_field(tr("Contact"), self.contact, "contact")
        self.add_field(tr("Deal"), self.deal, "deal")
        self.add_field(tr("Reminder"), self.reminder)
        self.add_field(tr("Repeat"), _row(self.repeat, self.interval), "recurrence")
        self.add_field(tr("On"), _row(*self.weekdays.values()))
        self.add_field(tr("Notes"), self.notes)
        self.has_due.toggled.connect(self._on_enable)
        self.has_time.toggled.connect(self._on_enable)
        self.repeat.currentIndexChanged.connect(self._on_enable)
        self.contact.contact_changed.connect(self._on_contact_changed)

    def _show_saved(self, saved: Editing[TaskInput]) -> None:
        """The task as someone else saved it, in the form (their version is now the base)."""
        self._load(saved.data)
        self._version = saved.row_version

    def _load(self, data: TaskInput) -> None:
        tz = self._services.tasks.tz
        self.title.setText(data.title)
        due_local = (
            to_local(data.due_at, tz) if data.due_at else to_local(self._services.tasks.now(), tz)
        )
        self.has_due.setChecked(data.due_at is not None)
        self.due_date.setDate(QDate(due_local.year, due_local.month, due_local.day))
        self.has_time.setChecked(data.due_has_time)
        self.due_time.setTime(
            QTime(due_local.hour, due_local.minute) if data.due_has_time else QTime(9, 0)
        )
        self.priority.setCurrentIndex(data.priority)
        if data.contact_id is not None:
            self.contact.set_contact(
                data.contact_id, self._services.contacts.get(data.contact_id).name
            )
        self._fill_deals(data.contact_id, data.deal_id)
        if data.remind_at is not None and data.due_at is not None:
            offset = data.due_at - data.remind_at
            matches = [i for i, (_l, o) in enumerate(REMINDERS) if o == offset]
            self.reminder.setCurrentIndex(matches[0] if matches else 1)
        if data.recurrence:
            rule = Recurrence.parse(data.recurrence)
            self.repeat.setCurrentIndex(max(self.repeat.findData(rule.freq), 0))
            self.interval.setValue(rule.interval)
            for day in rule.by_day:
                self.weekdays[day].setChecked(True)
        self.notes.setPlainText(data.notes)
        self._on_enable()

    def _fill_deals(self, contact_id: int | None, selected: int | None) -> None:
        self.deal.clear()
        self.deal.addItem("", None)
        deals = self._services.deals.for_contact(contact_id) if contact_id else []
        for deal in deals:
            self.deal.addItem(deal.title, deal.id)
        if selected is not None and self.deal.findData(selected) < 0:
            self.deal.addItem(f"Deal {selected}", selected)
        self.deal.setCurrentIndex(max(self.deal.findData(selected), 0))

    def _on_contact_changed(self, contact_id: int) -> None:
        self._fill_deals(contact_id or None, self.deal.currentData())

    def _on_enable(self) -> None:
        due = self.has_due.isChecked()
        self.due_date.setEnabled(due)
        self.has_time.setEnabled(due)
        self.due_time.setEnabled(due and self.has_time.isChecked())
        repeating = bool(self.repeat.currentData())
        self.interval.setEnabled(repeating)
        weekly = self.repeat.currentData() == "WEEKLY"
        for box in self.weekdays.values():
            box.setEnabled(weekly)

    def collect(self) -> TaskInput:
        tasks = self._services.tasks
        due_at = None
        if self.has_due.isChecked():
            day = to_date(self.due_date.date())
            clock = to_time(self.due_time.time()) if self.has_time.isChecked() else time.min
            due_at = tasks.from_local(datetime.combine(day, clock))
        offset = REMINDERS[self.reminder.currentIndex()][1]
        if offset is not None and due_at is None:
            raise ValidationError({"title": "A reminder needs a due date"})
        recurrence = ""
        freq = self.repeat.currentData()
        if freq:
            if due_at is None:
                raise ValidationError({"recurrence": "A repeating task needs a due date"})
            days = tuple(day for day, box in self.weekdays.items() if box.isChecked())
            rule = Recurrence.anchored(
                freq,
                to_date(self.due_date.date()),  # the local day anchors month/year rules
                self.interval.value(),
                days,
            )
            recurrence = rule.to_rrule()
        if self.contact.text().strip() and self.contact.contact_id is None:
            raise ValidationError({"contact": "Pick a contact from the list (or clear the field)"})
        return TaskInput(
            title=self.title.text(),
            notes=self.notes.toPlainText(),
            due_at=due_at,
            due_has_time=self.has_time.isChecked(),
            priority=self.priority.currentData(),
            contact_id=self.contact.contact_id,
            deal_id=self.deal.currentData(),
            recurrence=recurrence,
            remind_at=due_at - offset if due_at is not None and offset is not None else None,
        )

    def save(self) -> None:
        data = self.collect()
        tasks = self._services.tasks
        if self._task_id is None:
            created = tasks.create(data)
            self.saved_id = created.id
            if self._history is not None:
                self._history.created(tr("New task"), created, tasks.delete, tasks.restore)
        else:
            changes, before = save_checked(
                tasks,
                self._task_id,
                data,
                self._version,
                ask=self.ask_conflict,
                show_saved=self._show_saved,
            )
            self.saved_id = self._task_id
            if self._history is not None:
                self._history.edited(
                    tr("Edit task"), self.saved_id, before, data, tasks.update, changes
                )
