"""Log a call, meeting, email or note on a contact's timeline, or open one logged before
in full to read or edit it."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from deskcrm.domain.enums import InteractionKind
from deskcrm.services.contacts.timeline import InteractionEdit, InteractionEntry
from deskcrm.ui.i18n import tr
from deskcrm.ui.services import Services
from deskcrm.ui.undo import History
from deskcrm.ui.widgets.datetime_edit import LocalDateTimeEdit
from deskcrm.ui.widgets.form_dialog import FormDialog
from deskcrm.ui.widgets.screen_fit import fit_to_screen


class InteractionDialog(FormDialog):
    def __init__(
        self,
        services: Services,
        contact_id: int,
        kind: str = InteractionKind.NOTE.value,
        now: datetime | None = None,
        parent: QWidget | None = None,
        *,
        history: History | None = None,
        entry: InteractionEntry | None = None,
    ) -> None:
        kind = entry.kind if entry is not None else kind
        label = InteractionKind(kind).label.lower()
        title = (
            f"Log {label}" if entry is None else f"{InteractionKind(kind).label}: {entry.summary}"
        )
        super().__init__(title, parent)
        self._services = services
        self._history = history
        self._contact_id = contact_id
        self.entry = entry  # the entry opened (None: a new one)
        self.saved_id: int | None = None
        self.kind = QComboBox()
        for item in InteractionKind:
            self.kind.addItem(item.label, item.value)
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.when = LocalDateTimeEdit(now)
        self.summary = QLineEdit()
        self.summary.setPlaceholderText(tr("What happened, in a line"))
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        self.add_field(tr("Kind"), self.kind, "kind")
        self.add_field(tr("When"), self.when)
        self.add_field(tr("Summary"), self.summary, "summary")
        self.add_field(tr("Details"), self.body)
        self.first_field = self.summary  # the kind and time come filled in
        if entry is not None:  # the whole entry, as logged, to read or change
            self.when.set_utc(entry.occurred_at)
            self.summary.setText(entry.summary)
            self.body.setPlainText(entry.body)
            fit_to_screen(self, 560, 480)
        else:
            fit_to_screen(self, 460, 320)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        services: Services,
        contact_id: int,
        kind: str,
        *,
        history: History | None = None,
    ) -> int | None:
        """The entry logged (one undo step on `history`), or None if cancelled."""
        dialog = cls(services, contact_id, kind, parent=parent, history=history)
        return dialog.saved_id if dialog.exec() else None

    @classmethod
    def open_entry(
        cls,
        parent: QWidget | None,
        services: Services,
        contact_id: int,
        entry: InteractionEntry,
        *,
        history: History | None = None,
    ) -> bool:
        """Show a logged entry in full; True when the user saved a change (one undo step
        on `history` back to the entry as it was opened)."""
        dialog = cls(services, contact_id, parent=parent, history=history, entry=entry)
        return bool(dialog.exec())

    def _edit(self) -> InteractionEdit:
        return InteractionEdit(
            self.kind.currentData(), self.when.utc(), self.summary.text(), self.body.toPlainText()
        )

    def save(self) -> None:
        if self.entry is not None:
            self._save_edit(self.entry)
            return
        created = self._services.timeline.log_interaction(
            self._contact_id,
            self.kind.currentData(),
            self.summary.text(),
            self.body.toPlainText(),
            occurred_at=self.when.utc(),
        )
        self.saved_id = created.id
        if self._history is not None:
            timeline = self._services.timeline
            self._history.created(
                tr("Log {kind}").format(kind=tr(InteractionKind(self.kind.currentData()).label)),
                created,
                timeline.delete_interactions,
                timeline.restore_interactions,
            )

    def _save_edit(self, entry: InteractionEntry) -> None:
        timeline = self._services.timeline
        before = InteractionEdit(entry.kind, entry.occurred_at, entry.summary, entry.body)
        after = self._edit()
        done = timeline.update_interaction(entry.id, after)
        self.saved_id = entry.id
        if self._history is not None:
            label = tr("Edit {kind}").format(kind=tr(InteractionKind(after.kind).label).lower())
            self._history.edited(label, entry.id, before, after, timeline.update_interaction, done)
