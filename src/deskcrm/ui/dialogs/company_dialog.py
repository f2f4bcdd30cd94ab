"""Create or edit a company."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from deskcrm.services.contacts.companies import CompanyInput
from deskcrm.services.editing import Editing
from deskcrm.ui.dialogs.edit_conflict_dialog import AskConflict, ask_in_dialog, save_checked
from deskcrm.ui.i18n import tr
from deskcrm.ui.services import Services
from deskcrm.ui.undo import History
from deskcrm.ui.widgets.form_dialog import FormDialog
from deskcrm.ui.widgets.screen_fit import fit_to_screen


class CompanyDialog(FormDialog):
    def __init__(
        self,
        services: Services,
        company_id: int | None = None,
        parent: QWidget | None = None,
        *,
        history: History | None = None,
    ) -> None:
        super().__init__(tr("Edit company") if company_id else tr("New company"), parent)
        self._services = services
        self._company_id = company_id
        self._history = history
        self.saved_id: int | None = None
        self.name = QLineEdit()
        self.website = QLineEdit()
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.address = QLineEdit()
        self.city = QLineEdit()
        self.country = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(80)
        self.add_field(tr("Name"), self.name, "name")
        self.add_field(tr("Website"), self.website)
        self.add_field(tr("Email"), self.email, "email")
        self.add_field(tr("Phone"), self.phone)
        self.add_field(tr("Street"), self.address)
        self.add_field(tr("City"), self.city)
        self.add_field(tr("Country"), self.country)
        self.add_field(tr("Notes"), self.notes)
        # The row version the form was filled from: a save is refused if the company
        # has been changed since (another window, a colleague, the deskcrm command).
        self._version: int | None = None
        self.ask_conflict: AskConflict = ask_in_dialog(self)  # replaceable in tests
        if company_id is not None:
            self._show_saved(services.companies.opened(company_id))
        fit_to_screen(self, 460, self.sizeHint().height())

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        services: Services,
        company_id: int | None = None,
        *,
        history: History | None = None,
    ) -> int | None:
        """The id saved (one undo step on `history`), or None if cancelled."""
        dialog = cls(services, company_id, parent, history=history)
        return dialog.saved_id if dialog.exec() else None

    def _show_saved(self, saved: Editing[CompanyInput]) -> None:
        """Fill the form from the company as saved (and take its version as the base)."""
        data = saved.data
        for widget, value in (
            (self.name, data.name),
            (self.website, data.website),
            (self.email, data.email),
            (self.phone, data.phone),
            (self.address, data.address),
            (self.city, data.city),
            (self.country, data.country),
        ):
            widget.setText(value)
        self.notes.setPlainText(data.notes)
        self._version = saved.row_version

    def save(self) -> None:
        data = CompanyInput(
            name=self.name.text(),
            website=self.website.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            address=self.address.text(),
            city=self.city.text(),
            country=self.country.text(),
            notes=self.notes.toPlainText(),
        )
        companies = self._services.companies
        if self._company_id is None:
            created = companies.create(data)
            self.saved_id = created.id
            if self._history is not None:
                self._history.created(
                    tr("New company"), created, companies.delete, companies.restore
                )
        else:
            changes, before = save_checked(
                companies,
                self._company_id,
                data,
                self._version,
                ask=self.ask_conflict,
                show_saved=self._show_saved,
            )
            self.saved_id = self._company_id
            if self._history is not None:
                self._history.edited(
                    tr("Edit company"), self.saved_id, before, data, companies.update, changes
                )
