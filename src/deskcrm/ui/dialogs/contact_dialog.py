"""Create or edit a person: validated fields, errors beside them, duplicate warning."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from deskcrm.domain import validation
from deskcrm.domain.enums import Lifecycle
from deskcrm.errors import ValidationError
from deskcrm.services.contacts.contacts import ContactInput
from deskcrm.ui.bus import Changes
from deskcrm.ui.i18n import tr
from deskcrm.ui.services import Services
from deskcrm.ui.text import plain_label
from deskcrm.ui.undo import History
from deskcrm.ui.widgets.form_dialog import FormDialog


def _lines(text: str) -> list[str]:
    return [part.strip() for part in text.replace(",", "\n").splitlines() if part.strip()]


class ContactDialog(FormDialog):
    """Saves through the contact service; `saved_id` is set once it has."""

    def __init__(
        self,
        services: Services,
        contact_id: int | None = None,
        parent: QWidget | None = None,
        *,
        history: History | None = None,
    ) -> None:
        super().__init__(tr("Edit contact") if contact_id else tr("New contact"), parent)
        self._services = services
        self._contact_id = contact_id
        self._history = history
        self.saved_id: int | None = None
        self._init_fields()
        self._connect_signals()
        if contact_id is not None:
            self._load(contact_id)
        self.resize(520, self.sizeHint().height())

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        services: Services,
        contact_id: int | None = None,
        *,
        history: History | None = None,
    ) -> int | None:
        """The id saved (one undo step on `history`), or None if cancelled."""
        dialog = cls(services, contact_id, parent, history=history)
        return dialog.saved_id if dialog.exec() else None

    def _init_fields(self) -> None:
        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.company = QComboBox()
        self.company.setEditable(True)
        self.company.addItem("", None)
        for company_id, name in self._services.companies.names():
            self.company.addItem(name, company_id)
        self.company.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.company.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.company.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.job_title = QLineEdit()
        self.emails = QLineEdit()
        self.emails.setPlaceholderText(tr("anna@example.com, second@example.com"))
        self.phones = QLineEdit()
        self.phone_check = plain_label("")
        self.phone_check.setObjectName("phone_check")
        self.phone_check.setStyleSheet("color: #ef6c00;")
        self.phone_check.setWordWrap(True)
        self.phone_check.setVisible(False)
        self.duplicate_warning = plain_label("")
        self.duplicate_warning.setObjectName("duplicate_warning")
        self.duplicate_warning.setStyleSheet("color: #ef6c00;")
        self.duplicate_warning.setWordWrap(True)
        self.duplicate_warning.setVisible(False)
        self.address = QLineEdit()
        self.postal_code = QLineEdit()
        self.city = QLineEdit()
        self.country = QLineEdit()
        self.birthday = QLineEdit()
        self.birthday.setPlaceholderText(tr("YYYY-MM-DD"))
        self.lifecycle = QComboBox()
        for stage in Lifecycle:
            self.lifecycle.addItem(stage.label, stage.value)
        self.source = QLineEdit()
        self.source.setPlaceholderText(tr("Website, referral, trade fair …"))
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(tr("VIP, Newsletter"))
        tag_names = [t.name for t in self._services.tags.all_with_counts()]
        self.tags.setCompleter(QCompleter(QStringListModel(tag_names, self.tags), self.tags))
        self.follow_up = QSpinBox()
        self.follow_up.setRange(0, 3650)
        self.follow_up.setSpecialValueText(tr("Off"))
        self.follow_up.setSuffix(tr(" days"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(80)

        self.add_field(tr("First name"), self.first_name, "first_name")
        self.add_field(tr("Last name"), self.last_name, "last_name")
        self.add_field(tr("Company"), self.company, "company")
        self.add_field(tr("Job title"), self.job_title)
        self.add_field(tr("Emails"), self.emails, "emails")
        self.add_field(tr("Phones"), self.phones, "phones")
        self.form.addRow("", self.phone_check)
        self.form.addRow("", self.duplicate_warning)
        self.add_field(tr("Street"), self.address)
        self.add_field(tr("Postal code"), self.postal_code)
        self.add_field(tr("City"), self.city)
        self.add_field(tr("Country"), self.country)
        self.add_field(tr("Birthday"), self.birthday, "birthday")
        self.add_field(tr("Lifecycle"), self.lifecycle, "lifecycle")
        self.add_field(tr("Source"), self.source)
        self.add_field(tr("Tags"), self.tags)
        self.add_field(tr("Stay in touch every"), self.follow_up, "follow_up_days")
        self.add_field(tr("Notes"), self.notes)
        self._on_country_edited()

    def _connect_signals(self) -> None:
        self.emails.editingFinished.connect(self._on_channels_edited)
        self.phones.editingFinished.connect(self._on_channels_edited)
        self.phones.editingFinished.connect(self._on_phones_edited)
        self.country.textChanged.connect(self._on_country_edited)
        self.country.editingFinished.connect(self._on_phones_edited)

    def _load(self, contact_id: int) -> None:
        detail = self._services.contacts.get(contact_id)
        data = detail.data
        self.first_name.setText(data.first_name)
        self.last_name.setText(data.last_name)
        index = self.company.findData(data.company_id) if data.company_id else 0
        self.company.setCurrentIndex(max(index, 0))
        self.job_title.setText(data.title)
        self.emails.setText(tr(", ").join(data.emails))
        # Numbers to check are shown exactly as they were typed, so they can be corrected.
        self.phones.setText(
            tr(", ").join(
                number if number in detail.phones_to_check else validation.display_phone(number)
                for number in data.phones
            )
        )
        self.address.setText(data.address)
        self.postal_code.setText(data.postal_code)
        self.city.setText(data.city)
        self.country.setText(data.country)
        self.birthday.setText(data.birthday.isoformat() if data.birthday else "")
        self.lifecycle.setCurrentIndex(max(self.lifecycle.findData(data.lifecycle), 0))
        self.source.setText(data.source)
        self.tags.setText(tr(", ").join(data.tags))
        self.follow_up.setValue(data.follow_up_days or 0)
        self.notes.setPlainText(data.notes)
        self._on_phones_edited()

    def collect(self) -> ContactInput:
        """The form as typed; raises ValidationError for what only the form can judge."""
        birthday: date | None = None
        text = self.birthday.text().strip()
        if text:
            try:
                birthday = date.fromisoformat(text)
            except ValueError:
                raise ValidationError({"birthday": "Use the form YYYY-MM-DD"}) from None
        company_text = self.company.currentText().strip()
        company_id = self.company.currentData()
        if (
            company_id is not None
            and self.company.itemText(self.company.currentIndex()) != company_text
        ):
            company_id = None  # the user typed over a picked company
        return ContactInput(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            company_id=company_id,
            company_name="" if company_id is not None else company_text,
            title=self.job_title.text(),
            emails=_lines(self.emails.text()),
            phones=_lines(self.phones.text()),
            address=self.address.text(),
            postal_code=self.postal_code.text(),
            city=self.city.text(),
            country=self.country.text(),
            birthday=birthday,
            lifecycle=self.lifecycle.currentData(),
            source=self.source.text(),
            notes=self.notes.toPlainText(),
            follow_up_days=self.follow_up.value() or None,
            tags=_lines(self.tags.text()),
        )

    def save(self) -> None:
        data = self.collect()
        contacts = self._services.contacts
        if self._contact_id is None:
            self.saved_id = contacts.create(data).id
            if self._history is not None:
                # A typed company or a new tag may have been created with the contact.
                changes = Changes.of(
                    contacts=[self.saved_id],
                    added_or_removed=["contacts"],
                    whole=["tags", "companies"],
                )
                self._history.created(
                    tr("New contact"), self.saved_id, contacts.delete, contacts.restore, changes
                )
        else:
            before = contacts.get(self._contact_id).data
            contacts.update(self._contact_id, data)
            self.saved_id = self._contact_id
            if self._history is not None:
                changes = Changes.of(contacts=[self.saved_id], whole=["tags", "companies"])
                self._history.edited(
                    tr("Edit contact"), self.saved_id, before, data, contacts.update, changes
                )

    def _phone_region(self) -> str:
        return self._services.contacts.phone_region(self.country.text())

    def _on_country_edited(self) -> None:
        """The example number is one that is valid where this contact lives."""
        region = self._phone_region()
        example = validation.example_phone(region)
        self.phones.setPlaceholderText(
            tr("e.g. {example}").format(example=example)
            if region
            else tr("with +country code, e.g. {example}").format(example=example)
        )

    def _on_phones_edited(self) -> None:
        """Numbers that are not valid for the contact's country are saved as typed; say so."""
        region = self._phone_region()
        doubtful = [
            raw
            for raw in _lines(self.phones.text())
            if not validation.read_phone(raw, region).checked
        ]
        if doubtful:
            where = region or tr("no country")
            self.phone_check.setText(
                tr("Check this number ({where}): {numbers} — it is saved as typed").format(
                    where=where, numbers=", ".join(doubtful[:3])
                )
            )
        self.phone_check.setVisible(bool(doubtful))

    def _on_channels_edited(self) -> None:
        duplicates = self._services.contacts.find_duplicates(
            _lines(self.emails.text()),
            _lines(self.phones.text()),
            exclude_id=self._contact_id,
            country=self.country.text(),
        )
        if duplicates:
            names = "; ".join(f"{d.name} ({d.reason})" for d in duplicates[:3])
            self.duplicate_warning.setText(f"Possible duplicate: {names}")
        self.duplicate_warning.setVisible(bool(duplicates))
