"""The small questions a bulk action asks first: which tag, which stage, what task, what
subject. Each says how many contacts it will change."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QWidget

from deskcrm.errors import ValidationError
from deskcrm.ui.i18n import tr
from deskcrm.ui.qt_dates import to_date
from deskcrm.ui.text import plain_label
from deskcrm.ui.widgets.form_dialog import FormDialog


def _count_text(count: int) -> str:
    return tr("1 contact") if count == 1 else tr("{n} contacts").format(n=f"{count:,}")


class ChoiceDialog(FormDialog):
    """One value picked from a list (or typed, when `editable`)."""

    def __init__(
        self,
        title: str,
        label: str,
        choices: list[tuple[str, str]],
        count: int,
        *,
        editable: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        self.save_button.setText(tr("Apply"))
        self.choice = QComboBox()
        self.choice.setEditable(editable)
        for shown, value in choices:
            self.choice.addItem(shown, value)
        if editable:
            self.choice.setCurrentIndex(-1)
            choice_edit = self.choice.lineEdit()
            assert choice_edit is not None  # editable
            choice_edit.setPlaceholderText(tr("Pick or type a new one"))
        self.add_field(tr("For"), plain_label(_count_text(count)))
        self.add_field(label, self.choice, "value")
        self.value: str | None = None

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        title: str,
        label: str,
        choices: list[tuple[str, str]],
        count: int,
        *,
        editable: bool = False,
    ) -> str | None:
        dialog = cls(title, label, choices, count, editable=editable, parent=parent)
        return dialog.value if dialog.exec() else None

    def save(self) -> None:
        typed = self.choice.currentText().strip()
        index = self.choice.findText(typed)
        value = self.choice.itemData(index) if index >= 0 else typed
        if not value:
            raise ValidationError({"value": tr("Pick one")})
        self.value = str(value)


class FollowUpDialog(FormDialog):
    """A task for each contact: its title ({name} becomes the contact's name) and due day."""

    def __init__(self, count: int, today: datetime, parent: QWidget | None = None) -> None:
        super().__init__(tr("Create a follow-up task for each"), parent)
        self.save_button.setText(tr("Create tasks"))
        self.title = QLineEdit(tr("Follow up with {name}"))
        self.due = QDateEdit()
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        tomorrow = (today + timedelta(days=1)).date()
        self.due.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
        self.add_field(tr("For"), plain_label(_count_text(count)))
        self.add_field(tr("Task"), self.title, "title")
        self.add_field(tr("Due"), self.due)
        self.result_value: tuple[str, datetime] | None = None

    @classmethod
    def ask(
        cls, parent: QWidget | None, count: int, today: datetime
    ) -> tuple[str, datetime] | None:
        """(title, due) — due is the chosen day at 09:00 local time."""
        dialog = cls(count, today, parent)
        return dialog.result_value if dialog.exec() else None

    def save(self) -> None:
        if not self.title.text().strip():
            raise ValidationError({"title": tr("Say what to do")})
        day = to_date(self.due.date())
        due = datetime.combine(day, time(9)).astimezone()
        self.result_value = (self.title.text(), due)


class EmailDialog(FormDialog):
    """Confirms writing to many: how many have an address, how many messages it takes."""

    def __init__(self, with_email: int, without_email: int, parent: QWidget | None = None) -> None:
        super().__init__(tr("Email contacts"), parent)
        self.save_button.setText(tr("Open in mail app"))
        self.subject = QLineEdit()
        self.subject.setPlaceholderText(tr("Subject (optional)"))
        self.log_as = QLineEdit(tr("Newsletter"))
        self.add_field(tr("To (BCC)"), plain_label(_count_text(with_email)))
        if without_email:
            self.add_field(
                "",
                plain_label(
                    tr("{n} without an email address are left out").format(n=f"{without_email:,}")
                ),
            )
        self.add_field(tr("Subject"), self.subject)
        self.add_field(tr("Log on each contact as"), self.log_as, "summary")
        self.answer: tuple[str, str] | None = None

    @classmethod
    def ask(
        cls, parent: QWidget | None, with_email: int, without_email: int
    ) -> tuple[str, str] | None:
        """(subject, timeline summary) or None."""
        dialog = cls(with_email, without_email, parent)
        return dialog.answer if dialog.exec() else None

    def save(self) -> None:
        if not self.log_as.text().strip():
            raise ValidationError({"summary": tr("Say what to log, e.g. Newsletter")})
        self.answer = (self.subject.text().strip(), self.log_as.text().strip())
