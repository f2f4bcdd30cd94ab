"""Record a satisfaction answer on a contact: NPS 0–10 or CSAT 1–5, its date, a comment."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QSpinBox, QWidget

from deskcrm.domain.enums import FeedbackKind
from deskcrm.ui.i18n import tr
from deskcrm.ui.qt_dates import to_date
from deskcrm.ui.services import Services
from deskcrm.ui.undo import History
from deskcrm.ui.widgets.form_dialog import FormDialog
from deskcrm.ui.widgets.screen_fit import fit_to_screen


class FeedbackDialog(FormDialog):
    def __init__(
        self,
        services: Services,
        contact_id: int,
        today: datetime,
        parent: QWidget | None = None,
        *,
        history: History | None = None,
    ) -> None:
        super().__init__(tr("Record feedback"), parent)
        self._services = services
        self._history = history
        self._contact_id = contact_id
        self.saved_id: int | None = None
        self.kind = QComboBox()
        self.kind.addItem(tr("NPS — how likely to recommend us (0–10)"), FeedbackKind.NPS.value)
        self.kind.addItem(tr("CSAT — how satisfied (1–5)"), FeedbackKind.CSAT.value)
        self.score = QSpinBox()
        self.answered = QDateEdit()
        self.answered.setCalendarPopup(True)
        self.answered.setDisplayFormat("yyyy-MM-dd")
        day = today.date()
        self.answered.setDate(QDate(day.year, day.month, day.day))
        self.comment = QLineEdit()
        self.comment.setPlaceholderText(tr("What they said (optional)"))
        self.add_field(tr("Survey"), self.kind, "kind")
        self.add_field(tr("Score"), self.score, "score")
        self.add_field(tr("Answered on"), self.answered)
        self.add_field(tr("Comment"), self.comment)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self._on_kind_changed()
        fit_to_screen(self, 440, self.sizeHint().height())

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        services: Services,
        contact_id: int,
        *,
        history: History | None = None,
    ) -> int | None:
        """The answer recorded (one undo step on `history`), or None if cancelled."""
        dialog = cls(services, contact_id, services.tasks.now(), parent, history=history)
        return dialog.saved_id if dialog.exec() else None

    def _on_kind_changed(self) -> None:
        low, high = FeedbackKind(self.kind.currentData()).scale
        self.score.setRange(low, high)

    def save(self) -> None:
        created = self._services.feedback.record(
            self._contact_id,
            self.kind.currentData(),
            self.score.value(),
            to_date(self.answered.date()),
            self.comment.text(),
        )
        self.saved_id = created.id
        if self._history is not None:
            feedback = self._services.feedback
            self._history.created(tr("Record feedback"), created, feedback.delete, feedback.restore)
