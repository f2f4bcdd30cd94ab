"""Editing a contact's card heading where it is shown: double-click (or F2) the name and it
becomes its fields (the whole name as written, when there is one, first and last name),
double-click the job line and it becomes the job title and department. Enter saves over
the contact as it was when the edit began (one undo step); Esc leaves it; a refused value
or a colleague's change in between is said in the row (widgets.inline_editor)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel

from deskcrm.errors import EditConflictError, NotFoundError, ValidationError
from deskcrm.services.contacts.contacts import ContactDetail
from deskcrm.ui.i18n import tr
from deskcrm.ui.services import Services
from deskcrm.ui.undo import History
from deskcrm.ui.widgets.inline_editor import InlineEditor


class HeadingEdit(QObject):
    """The in-place editors of one card's name label and job line. `contact_id()` says
    which contact the card shows; `shown(contact_id)` shows it again as saved."""

    def __init__(
        self,
        services: Services,
        history: History,
        name_label: QLabel,
        job_label: QLabel,
        contact_id: Callable[[], int | None],
        shown: Callable[[int], None],
    ) -> None:
        super().__init__(name_label)
        self._services = services
        self._history = history
        self._name_label = name_label
        self._job_label = job_label
        self._contact_id = contact_id
        self._shown = shown
        self._version = 0  # the contact's row_version when the edit began
        # Called before an editor opens: the card's other in-place editor saves what was
        # typed in it, and says False (staying open, with the reason) if it cannot.
        self.finish_others: Callable[[], bool] = lambda: True
        self.name_editor = InlineEditor(
            [
                ("display_name", tr("Whole name as written")),
                ("first_name", tr("First name")),
                ("last_name", tr("Last name")),
            ],
            lambda values: self._save(tr("Rename contact"), values),
        )
        self.job_editor = InlineEditor(
            [("title", tr("Job title")), ("department", tr("Department"))],
            lambda values: self._save(tr("Change job title"), values),
        )
        for editor in (self.name_editor, self.job_editor):
            editor.done.connect(self._done)
        name_label.installEventFilter(self)
        job_label.installEventFilter(self)
        name_label.setToolTip(tr("Double-click (or F2) to rename"))
        job_label.setToolTip(tr("Double-click to change the job title"))

    def finish(self) -> bool:
        """Save what is typed in an open editor (as Enter); False if it was refused (the
        editor stays open, saying why)."""
        for editor in (self.name_editor, self.job_editor):
            if editor.isVisible():
                editor.commit()
                if editor.isVisible():
                    return False
        return True

    def leave(self) -> None:
        """Close both editors unsaved (another contact is shown, or this one afresh)."""
        for editor in (self.name_editor, self.job_editor):
            editor.hide()
        self._name_label.show()

    def edit_name(self) -> None:
        """The name heading becomes its fields, to rename the contact where it is."""
        detail = self._start()
        if detail is None:
            return
        data = detail.data
        self.name_editor.edits["display_name"].setVisible(bool(data.display_name))
        self._name_label.hide()
        self.name_editor.start(
            {
                "display_name": data.display_name,
                "first_name": data.first_name,
                "last_name": data.last_name,
            }
        )

    def edit_job(self) -> None:
        """The job line becomes the job title and department fields."""
        detail = self._start()
        if detail is None:
            return
        self._job_label.hide()
        self.job_editor.start({"title": detail.data.title, "department": detail.data.department})

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonDblClick:
            if watched is self._name_label:
                self.edit_name()
                return True
            if watched is self._job_label:
                self.edit_job()
                return True
        return super().eventFilter(watched, event)

    def _start(self) -> ContactDetail | None:
        if not (self.finish_others() and self.finish()):
            return None  # what was typed elsewhere is kept, not lost
        contact_id = self._contact_id()
        if contact_id is None:
            return None
        try:
            detail = self._services.contacts.get(contact_id)
        except NotFoundError:
            return None
        self._version = detail.row_version
        return detail

    def _done(self) -> None:
        self._name_label.show()  # the job line shows again when it has something to say
        contact_id = self._contact_id()
        if contact_id is not None:
            self._shown(contact_id)  # the labels back, as saved

    def _save(self, label: str, values: dict[str, str]) -> str | None:
        """Write the edited fields over the contact as it was when the edit began (one
        undo step); the reason when not saved."""
        contact_id = self._contact_id()
        if contact_id is None:
            return None
        return save_over(self._services, self._history, contact_id, self._version, label, values)


def save_over(
    services: Services,
    history: History,
    contact_id: int,
    version: int,
    label: str,
    fields: dict[str, Any],
) -> str | None:
    """Write `fields` (names of ContactInput's fields) over the contact, refused if it
    changed since `version` (the row version when the edit began); one undo step named
    `label`. Returns None when saved (or nothing changed), else the reason in words."""
    contacts = services.contacts
    try:
        before = contacts.get(contact_id)
    except NotFoundError:
        return tr("This contact is gone (deleted elsewhere).")
    after = replace(before.data, **fields)
    if after == before.data:
        return None
    try:
        changes = contacts.update(contact_id, after, expected_version=version)
    except NotFoundError:  # trashed elsewhere while the edit was open
        return tr("This contact is gone (deleted elsewhere).")
    except EditConflictError:
        return tr("Not saved: someone else changed this contact meanwhile. Esc, then edit again.")
    except ValidationError as exc:
        return "; ".join(exc.errors.values()) or str(exc)
    history.edited(label, contact_id, before.data, after, contacts.update, changes)
    return None
