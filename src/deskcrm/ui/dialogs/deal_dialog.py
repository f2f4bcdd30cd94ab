"""Create or edit a deal: title, contact, company, value, currency, probability override,
expected close, stage and notes, with the same field-by-field validation as contacts."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from deskcrm.domain.money import format_money, parse_amount
from deskcrm.errors import ValidationError
from deskcrm.services.editing import Editing
from deskcrm.services.pipeline.deals import DealInput
from deskcrm.services.tasks.tasks import TaskSummary
from deskcrm.ui.dialogs.edit_conflict_dialog import AskConflict, ask_in_dialog, save_checked
from deskcrm.ui.i18n import tr
from deskcrm.ui.models.record_list_model import RecordListModel
from deskcrm.ui.record_text import task_text
from deskcrm.ui.services import Services
from deskcrm.ui.undo import History
from deskcrm.ui.widgets.contact_picker import ContactPicker
from deskcrm.ui.widgets.form_dialog import FormDialog
from deskcrm.ui.widgets.screen_fit import fit_to_screen


class DealDialog(FormDialog):
    def __init__(
        self,
        services: Services,
        deal_id: int | None = None,
        *,
        pipeline_id: int | None = None,
        stage_id: int | None = None,
        contact_id: int | None = None,
        parent: QWidget | None = None,
        history: History | None = None,
    ) -> None:
        super().__init__(tr("Edit deal") if deal_id else tr("New deal"), parent)
        self._services = services
        self._deal_id = deal_id
        self._history = history
        self.saved_id: int | None = None
        # The row version the form was filled from: a save is refused if the deal has
        # been changed since (another window, a colleague, a card moved on the board).
        self._version: int | None = None
        self.ask_conflict: AskConflict = ask_in_dialog(self)  # replaceable in tests
        if deal_id is not None:
            opened = services.deals.opened(deal_id)
            data, self._version = opened.data, opened.row_version
            self._status = services.deals.get(deal_id)[1]
        else:
            pipelines = services.pipeline.pipelines()
            pipeline = next((p for p in pipelines if p.id == pipeline_id), pipelines[0])
            data = DealInput(
                pipeline_id=pipeline.id,
                stage_id=stage_id or pipeline.open_stages[0].id,
                contact_id=contact_id,
                currency=services.settings.load().default_currency,
            )
            self._status = "open"
        self._data = data
        self._init_fields()
        self._load(data)
        fit_to_screen(self, 480, self.sizeHint().height())

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        services: Services,
        deal_id: int | None = None,
        *,
        pipeline_id: int | None = None,
        stage_id: int | None = None,
        contact_id: int | None = None,
        history: History | None = None,
    ) -> int | None:
        """The id saved (one undo step on `history`), or None if cancelled."""
        dialog = cls(
            services,
            deal_id,
            pipeline_id=pipeline_id,
            stage_id=stage_id,
            contact_id=contact_id,
            parent=parent,
            history=history,
        )
        return dialog.saved_id if dialog.exec() else None

    def _init_fields(self) -> None:
        self.title = QLineEdit()
        self.contact = ContactPicker(self._services.contacts)
        self.company = QComboBox()
        self.company.addItem("", None)
        for company_id, name in self._services.companies.names():
            self.company.addItem(name, company_id)
        self.stage = QComboBox()
        pipeline = self._services.pipeline.pipeline(self._data.pipeline_id)
        for stage in pipeline.stages:
            if stage.is_open or self._status != "open":
                self.stage.addItem(f"{stage.name} ({stage.probability} %)", stage.id)
        self.value = QLineEdit()
        self.value.setPlaceholderText(tr("e.g. 4,800.00"))
        self.currency = QLineEdit()
        self.currency.setMaxLength(3)
        self.probability = QSpinBox()
        self.probability.setRange(-1, 100)
        self.probability.setSpecialValueText(tr("Stage default"))
        self.probability.setSuffix(tr(" %"))
        self.expected_close = QLineEdit()
        self.expected_close.setPlaceholderText(tr("YYYY-MM-DD"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(80)
        self.add_field(tr("Title"), self.title, "title")
        self.add_field(tr("Contact"), self.contact, "contact")
        self.add_field(tr("Company"), self.company, "company")
        self.add_field(tr("Stage"), self.stage, "stage")
        self.add_field(tr("Value"), self.value, "value")
        self.add_field(tr("Currency"), self.currency, "currency")
        self.add_field(tr("Probability"), self.probability, "probability")
        self.add_field(tr("Expected close"), self.expected_close, "expected_close")
        self.add_field(tr("Notes"), self.notes)
        if self._deal_id is not None:
            self.task_model: RecordListModel[TaskSummary] = RecordListModel(task_text, self)
            self.task_view = QListView()
            self.task_view.setModel(self.task_model)
            self.task_view.setMaximumHeight(110)
            self.add_task_button = QPushButton(tr("Add task…"))
            self.add_task_button.clicked.connect(self._on_add_task)
            self.add_field(tr("Open tasks"), self.task_view)
            self.add_field("", self.add_task_button)
            self._load_tasks()

    def _load_tasks(self) -> None:
        assert self._deal_id is not None
        self.task_model.set_records(self._services.tasks.open_for_deal(self._deal_id))

    def _on_add_task(self) -> None:
        from deskcrm.ui.dialogs.task_dialog import TaskDialog  # the task dialog links deals

        assert self._deal_id is not None
        if TaskDialog.ask(
            self,
            self._services,
            contact_id=self._data.contact_id,
            deal_id=self._deal_id,
            history=self._history,
        ):
            self._load_tasks()

    def _load(self, data: DealInput) -> None:
        self.title.setText(data.title)
        if data.contact_id is not None:
            detail = self._services.contacts.get(data.contact_id)
            self.contact.set_contact(data.contact_id, detail.name)
        self.company.setCurrentIndex(max(self.company.findData(data.company_id), 0))
        self.stage.setCurrentIndex(max(self.stage.findData(data.stage_id), 0))
        if data.value_minor or self._deal_id is not None:
            shown = format_money(data.value_minor, data.currency)
            self.value.setText("".join(ch for ch in shown if ch.isdigit() or ch in ".,-"))
        self.currency.setText(data.currency)
        self.probability.setValue(
            -1 if data.probability_override is None else data.probability_override
        )
        self.expected_close.setText(data.expected_close.isoformat() if data.expected_close else "")
        self.notes.setPlainText(data.notes)

    def _show_saved(self, saved: Editing[DealInput]) -> None:
        """The deal as someone else saved it, in the form (their version is now the base)."""
        self._data = saved.data
        self._load(saved.data)
        self._version = saved.row_version

    def collect(self) -> DealInput:
        errors: dict[str, str] = {}
        currency = self.currency.text().strip().upper()
        value = 0
        if self.value.text().strip():
            try:
                value = parse_amount(self.value.text(), currency or "EUR")
            except ValueError:
                errors["value"] = "Type an amount such as 4800 or 4,800.00"
        expected: date | None = None
        if self.expected_close.text().strip():
            try:
                expected = date.fromisoformat(self.expected_close.text().strip())
            except ValueError:
                errors["expected_close"] = "Use the form YYYY-MM-DD"
        if self.contact.text().strip() and self.contact.contact_id is None:
            errors["contact"] = "Pick a contact from the list (or clear the field)"
        if errors:
            raise ValidationError(errors)
        probability = self.probability.value()
        return DealInput(
            title=self.title.text(),
            pipeline_id=self._data.pipeline_id,
            stage_id=self.stage.currentData(),
            contact_id=self.contact.contact_id,
            company_id=self.company.currentData(),
            value_minor=value,
            currency=currency,
            probability_override=None if probability < 0 else probability,
            expected_close=expected,
            notes=self.notes.toPlainText(),
        )

    def save(self) -> None:
        data = self.collect()
        deals = self._services.deals
        if self._deal_id is None:
            created = deals.create(data)
            self.saved_id = created.id
            if self._history is not None:
                self._history.created(tr("New deal"), created, deals.delete, deals.restore)
        else:
            changes, before = save_checked(
                deals,
                self._deal_id,
                data,
                self._version,
                ask=self.ask_conflict,
                show_saved=self._show_saved,
            )
            self.saved_id = self._deal_id
            if self._history is not None:
                self._history.edited(
                    tr("Edit deal"), self.saved_id, before, data, deals.update, changes
                )
