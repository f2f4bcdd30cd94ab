"""Record what a customer bought: date, item, quantity and amount in a currency."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QSpinBox, QWidget

from deskcrm.domain.money import parse_amount
from deskcrm.errors import ValidationError
from deskcrm.ui.i18n import tr
from deskcrm.ui.services import Services
from deskcrm.ui.undo import History
from deskcrm.ui.widgets.datetime_edit import LocalDateTimeEdit
from deskcrm.ui.widgets.form_dialog import FormDialog
from deskcrm.ui.widgets.screen_fit import fit_to_screen


class PurchaseDialog(FormDialog):
    def __init__(
        self,
        services: Services,
        contact_id: int,
        parent: QWidget | None = None,
        *,
        history: History | None = None,
    ) -> None:
        super().__init__(tr("Record purchase"), parent)
        self._services = services
        self._history = history
        self._contact_id = contact_id
        self.saved_id: int | None = None
        self.when = LocalDateTimeEdit()
        self.description = QLineEdit()
        self.description.setPlaceholderText(tr("What was bought"))
        self.quantity = QSpinBox()
        self.quantity.setRange(1, 1_000_000)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(tr("Total, e.g. 49.90"))
        self.currency = QLineEdit(services.settings.load().default_currency)
        self.currency.setMaxLength(3)
        self.add_field(tr("Date"), self.when)
        self.add_field(tr("Item"), self.description, "description")
        self.add_field(tr("Quantity"), self.quantity, "quantity")
        self.add_field(tr("Amount"), self.amount, "amount")
        self.add_field(tr("Currency"), self.currency, "currency")
        self.first_field = self.description  # the date comes filled in: today
        fit_to_screen(self, 400, self.sizeHint().height())

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        services: Services,
        contact_id: int,
        *,
        history: History | None = None,
    ) -> int | None:
        """The purchase recorded (one undo step on `history`), or None if cancelled."""
        dialog = cls(services, contact_id, parent, history=history)
        return dialog.saved_id if dialog.exec() else None

    def save(self) -> None:
        currency = self.currency.text().strip().upper()
        try:
            minor = parse_amount(self.amount.text(), currency or "EUR")
        except ValueError:
            raise ValidationError({"amount": "Type an amount such as 49.90"}) from None
        created = self._services.timeline.record_purchase(
            self._contact_id,
            self.description.text(),
            minor,
            currency,
            purchased_at=self.when.utc(),
            quantity=self.quantity.value(),
        )
        self.saved_id = created.id
        if self._history is not None:
            timeline = self._services.timeline
            # Recording may have made the contact a customer; undo takes that back too.
            self._history.created(
                tr("Record purchase"),
                created,
                timeline.delete_purchases,
                timeline.restore_purchases,
            )
