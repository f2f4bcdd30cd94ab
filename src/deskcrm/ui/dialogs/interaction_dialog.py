"""Log a call, meeting, email or note on a contact's timeline."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from deskcrm.domain.enums import InteractionKind
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
    ) -> None:
        super().__init__(f"Log {InteractionKind(kind).label.lower()}", parent)
        self._services = services
        self._history = history
        self._contact_id = contact_id
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

    def save(self) -> None:
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
