"""Open a support case: what the problem is, whose it is, how urgent, what they said."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from deskcrm.domain.dates import format_date
from deskcrm.errors import ValidationError
from deskcrm.services.support.cases import CaseInput
from deskcrm.ui.i18n import tr
from deskcrm.ui.services import Services
from deskcrm.ui.undo import History
from deskcrm.ui.widgets.contact_picker import ContactPicker
from deskcrm.ui.widgets.form_dialog import FormDialog
from deskcrm.ui.widgets.screen_fit import fit_to_screen

PRIORITIES = (("None", 0), ("Low", 1), ("Normal", 2), ("High", 3))


class CaseDialog(FormDialog):
    def __init__(
        self,
        services: Services,
        contact_id: int | None = None,
        parent: QWidget | None = None,
        *,
        history: History | None = None,
    ) -> None:
        super().__init__(tr("Open a support case"), parent)
        self._services = services
        self._history = history
        self.saved_id: int | None = None
        self.title = QLineEdit()
        self.title.setPlaceholderText(tr("e.g. Kettle leaks after two weeks"))
        self.contact = ContactPicker(services.contacts)
        if contact_id is not None:
            self.contact.set_contact(contact_id, services.contacts.get(contact_id).name)
        self.priority = QComboBox()
        for label, value in PRIORITIES:
            self.priority.addItem(tr(label), value)
        self.priority.setCurrentIndex(2)
        self.related = QComboBox()
        self.related.setObjectName("case_related")
        self.contact.contact_changed.connect(self._on_contact_changed)
        self._fill_related(contact_id)
        self.first_note = QPlainTextEdit()
        self.first_note.setPlaceholderText(tr("What the customer told you (optional)"))
        self.first_note.setTabChangesFocus(True)
        self.add_field(tr("Problem"), self.title, "title")
        self.add_field(tr("Customer"), self.contact, "contact")
        self.add_field(tr("About"), self.related)
        self.add_field(tr("Priority"), self.priority, "priority")
        self.add_field(tr("Their words"), self.first_note)
        fit_to_screen(self, 460, self.sizeHint().height())

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        services: Services,
        contact_id: int | None = None,
        *,
        history: History | None = None,
    ) -> int | None:
        """The case opened (one undo step on `history`), or None if cancelled."""
        dialog = cls(services, contact_id, parent, history=history)
        return dialog.saved_id if dialog.exec() else None

    def _on_contact_changed(self, contact_id: int) -> None:
        self._fill_related(contact_id or None)

    def _fill_related(self, contact_id: int | None) -> None:
        """The customer's deals and purchases, to tie the case to one (optional)."""
        self.related.clear()
        self.related.addItem(tr("Nothing in particular"), None)
        if contact_id is None:
            return
        for deal in self._services.deals.for_contact(contact_id):
            self.related.addItem(tr("Deal: {title}").format(title=deal.title), ("deal", deal.id))
        for purchase in self._services.timeline.purchases(contact_id)[:50]:
            self.related.addItem(
                tr("Purchase: {item} on {day}").format(
                    item=purchase.description, day=format_date(purchase.purchased_at)
                ),
                ("purchase", purchase.id),
            )

    def save(self) -> None:
        if self.contact.contact_id is None:
            raise ValidationError({"contact": tr("Pick the customer from the list")})
        related = self.related.currentData()
        created = self._services.cases.open_case(
            CaseInput(
                self.title.text(),
                self.contact.contact_id,
                priority=self.priority.currentData(),
                deal_id=related[1] if related and related[0] == "deal" else None,
                purchase_id=related[1] if related and related[0] == "purchase" else None,
                first_note=self.first_note.toPlainText(),
            )
        )
        self.saved_id = created.id
        if self._history is not None:
            cases = self._services.cases
            self._history.created(tr("Open case"), created, cases.delete, cases.restore)
