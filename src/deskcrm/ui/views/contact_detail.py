"""The right-hand pane of the contacts view: one person's fields, timeline, purchases,
deals, tasks, support cases and feedback, with two-click logging of calls, meetings, emails
and notes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QLocale, QModelIndex, Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from deskcrm.domain import validation
from deskcrm.domain.contact_parts import PostalAddress
from deskcrm.domain.dates import format_date, format_datetime, to_local
from deskcrm.domain.enums import CaseStatus, InteractionKind, Lifecycle
from deskcrm.domain.money import format_money, format_totals
from deskcrm.errors import NotFoundError
from deskcrm.services.contacts.contacts import ContactDetail, ContactInput
from deskcrm.services.contacts.timeline import InteractionEntry, PurchaseEntry
from deskcrm.services.pipeline.deals import DealSummary
from deskcrm.services.support.cases import CaseFilter, CaseRow
from deskcrm.services.support.feedback import FeedbackEntry
from deskcrm.services.tasks.tasks import TaskSummary
from deskcrm.ui.bus import Changes
from deskcrm.ui.delegates.timeline_delegate import TimelineDelegate
from deskcrm.ui.dialogs.case_dialog import CaseDialog
from deskcrm.ui.dialogs.contact_dialog import ContactDialog
from deskcrm.ui.dialogs.deal_dialog import DealDialog
from deskcrm.ui.dialogs.feedback_dialog import FeedbackDialog
from deskcrm.ui.dialogs.interaction_dialog import InteractionDialog
from deskcrm.ui.dialogs.purchase_dialog import PurchaseDialog
from deskcrm.ui.i18n import QT_TR_NOOP, tr
from deskcrm.ui.icons import set_icon
from deskcrm.ui.models.paged_table_model import Column
from deskcrm.ui.models.record_list_model import RecordListModel
from deskcrm.ui.models.record_table_model import RecordTableModel
from deskcrm.ui.record_text import deal_text, task_text
from deskcrm.ui.services import Services
from deskcrm.ui.text import plain_label
from deskcrm.ui.type_scale import set_text_role, set_tone, uniform_rows
from deskcrm.ui.undo import History
from deskcrm.ui.views.contact_fields_edit import KEYS as FIELD_KEYS
from deskcrm.ui.views.contact_fields_edit import FieldsEdit
from deskcrm.ui.views.contact_heading_edit import HeadingEdit
from deskcrm.ui.widgets.avatar import Avatar, keep_words_whole
from deskcrm.ui.widgets.compact_tabs import CompactTabs
from deskcrm.ui.widgets.flow_layout import FlowLayout, wrapping_row
from deskcrm.ui.widgets.labelled_rows import display_label
from deskcrm.ui.widgets.link_list import LinkList, mail_url, open_link, phone_url, web_url
from deskcrm.ui.widgets.unparsed_list import describe, field_title

LINK_TOOLTIPS = {
    "emails": QT_TR_NOOP("Write an email"),
    "phones": QT_TR_NOOP("Call"),
    "websites": QT_TR_NOOP("Open in the web browser"),
}
PURCHASE_COLUMNS: list[Column[PurchaseEntry]] = [
    Column(QT_TR_NOOP("Date"), lambda p: format_date(p.purchased_at)),
    Column(QT_TR_NOOP("Item"), lambda p: p.description),
    Column(QT_TR_NOOP("Qty"), lambda p: str(p.quantity), align_right=True),
    Column(
        QT_TR_NOOP("Amount"), lambda p: format_money(p.amount_minor, p.currency), align_right=True
    ),
]


class ContactDetailPane(QWidget):
    """Re-reads itself when the change bus says its contact, or a record it lists, changed.

    Signals:
    delete_requested(int): the user asked to move this contact to the trash.
    add_task_requested(int): the user wants a new task for this contact.
    open_case_requested(int): the user wants to see a support case (its id).
    delete_feedback_requested(int): the user wants a feedback answer deleted (its id).
    delete_interaction_requested(int): the user wants a timeline entry deleted (its id).
    """

    delete_requested = Signal(int)
    add_task_requested = Signal(int)
    open_case_requested = Signal(int)
    delete_feedback_requested = Signal(int)
    delete_interaction_requested = Signal(int)

    def __init__(self, services: Services, history: History, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._history = history
        self.contact_id: int | None = None
        self._shown: dict[str, set[int]] = {}  # kind → ids of the records listed here
        # Opens a clicked email (mailto:), phone (tel:) or website; tests replace it.
        self.open_url: Callable[[QUrl], bool] = open_link
        self._init_header()
        self._init_fields()
        self._init_tabs()
        self._init_layout()
        self._connect_signals()
        self.show_contact(None)

    def _init_header(self) -> None:
        self.avatar = Avatar(44)
        self.name_label = plain_label(selectable=True)
        self.name_label.setWordWrap(True)  # a long name wraps: it never widens the pane
        self.name_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 8)
        self.name_label.setObjectName("contact_name")
        set_text_role(self.name_label, "title")
        self.subtitle_label = plain_label(selectable=True)
        self.subtitle_label.setWordWrap(True)
        # The name and the job line are edited where they are shown (double-click, F2).
        self.heading_edit = HeadingEdit(
            self._services,
            self._history,
            self.name_label,
            self.subtitle_label,
            lambda: self.contact_id,
            self.show_contact,
        )
        self.name_editor = self.heading_edit.name_editor
        self.role_editor = self.heading_edit.job_editor
        # Emails and phones too: a pencil beside them (contact_fields_edit).
        self.fields_edit = FieldsEdit(
            self._services, self._history, lambda: self.contact_id, self.show_contact, self
        )
        # One in-place edit at a time: opening one saves what was typed in the other.
        self.fields_edit.finish_others = self.heading_edit.finish
        self.heading_edit.finish_others = self.fields_edit.finish
        self.edit_button = QPushButton(tr("Edit…"))
        set_icon(self.edit_button, "edit")
        self.delete_button = QPushButton(tr("Delete"))
        set_icon(self.delete_button, "delete")
        self.log_buttons = {kind.value: QPushButton(kind.label) for kind in InteractionKind}
        for kind, button in self.log_buttons.items():
            button.setObjectName(f"log_{kind}")
            set_icon(button, f"log_{kind}")
            button.setToolTip(tr("Log it on the timeline"))

    def _init_fields(self) -> None:
        self.field_labels: dict[str, QLabel] = {}
        # Emails, phones and web addresses: a line each, a link where one can be opened.
        self.link_lists: dict[str, LinkList] = {}
        self._field_rows: dict[str, QWidget] = {}  # the form's row of each link list
        self.fields_form = QFormLayout()
        self.fields_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        for key, title in (
            ("to_check", QT_TR_NOOP("To check")),
            ("emails", QT_TR_NOOP("Email")),
            ("phones", QT_TR_NOOP("Phone")),
            ("address", QT_TR_NOOP("Address")),
            ("websites", QT_TR_NOOP("Web")),
            ("lifecycle", QT_TR_NOOP("Lifecycle")),
            ("tags", QT_TR_NOOP("Tags")),
            ("birthday", QT_TR_NOOP("Birthday")),
            ("anniversary", QT_TR_NOOP("Anniversary")),
            ("source", QT_TR_NOOP("Source")),
            ("follow_up", QT_TR_NOOP("Stay in touch")),
            ("last_contacted", QT_TR_NOOP("Last contacted")),
            ("notes", QT_TR_NOOP("Notes")),
        ):
            if key in LINK_TOOLTIPS:
                links = LinkList(tr(LINK_TOOLTIPS[key]))
                links.setObjectName(f"field_{key}")
                links.link_clicked.connect(lambda url: self.open_url(url))
                self.link_lists[key] = links
                row = self.fields_edit.row(key, links) if key in FIELD_KEYS else links
                self._field_rows[key] = row
                self.fields_form.addRow(tr(title) + ":", row)
                continue
            label = plain_label(selectable=True)
            label.setObjectName(f"field_{key}")
            label.setWordWrap(True)
            self.field_labels[key] = label
            self.fields_form.addRow(tr(title) + ":", label)
        # Values an import could not read: in the warning colour, so they are seen.
        set_tone(self.field_labels["to_check"], "warning")

    def _init_tabs(self) -> None:
        self.tabs = CompactTabs()
        # Every tab stays in sight (no scroll arrows hiding Feedback): in a narrow pane
        # each shows its icon and count (widgets.compact_tabs), the title in its tooltip.
        self.tabs.setUsesScrollButtons(False)
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
        self.timeline_model: RecordListModel[InteractionEntry] = RecordListModel(
            lambda e: f"{e.kind}: {e.summary}", self
        )
        self.timeline_view = QListView()
        self.timeline_view.setModel(self.timeline_model)
        self.timeline_view.setItemDelegate(TimelineDelegate(self.timeline_view))
        self.timeline_view.setUniformItemSizes(False)
        self.timeline_view.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.timeline_view.setToolTip(tr("Double-click or press Enter to open an entry"))
        self.open_entry_button = QPushButton(tr("Open…"))
        set_icon(self.open_entry_button, "open_record")
        self.open_entry_button.setEnabled(False)
        self.delete_entry_button = QPushButton(tr("Delete entry"))
        set_icon(self.delete_entry_button, "delete")
        self.delete_entry_button.setEnabled(False)
        timeline = QWidget()
        timeline_layout = QVBoxLayout(timeline)
        entry_buttons = QHBoxLayout()
        entry_buttons.addStretch(1)
        entry_buttons.addWidget(self.open_entry_button)
        entry_buttons.addWidget(self.delete_entry_button)
        timeline_layout.addLayout(entry_buttons)
        timeline_layout.addWidget(self.timeline_view)

        self.purchase_model: RecordTableModel[PurchaseEntry] = RecordTableModel(
            PURCHASE_COLUMNS, self
        )
        self.purchase_view = QTableView()
        uniform_rows(self.purchase_view)
        self.purchase_view.setModel(self.purchase_model)
        self.purchase_view.verticalHeader().hide()
        self.purchase_view.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch
        )
        self.purchase_summary = plain_label()
        self.purchase_summary.setObjectName("purchase_summary")
        self.add_purchase_button = QPushButton(tr("Record purchase…"))
        set_icon(self.add_purchase_button, "purchase")
        purchases = QWidget()
        purchases_layout = QVBoxLayout(purchases)
        top = QHBoxLayout()
        top.addWidget(self.purchase_summary, 1)
        top.addWidget(self.add_purchase_button)
        purchases_layout.addLayout(top)
        purchases_layout.addWidget(self.purchase_view)

        self.deal_model: RecordListModel[DealSummary] = RecordListModel(deal_text, self)
        self.deal_view = QListView()
        self.deal_view.setModel(self.deal_model)
        self.add_deal_button = QPushButton(tr("Add deal…"))
        set_icon(self.add_deal_button, "deal")
        deals = QWidget()
        deals_layout = QVBoxLayout(deals)
        deals_layout.addWidget(self.add_deal_button, 0, Qt.AlignmentFlag.AlignRight)
        deals_layout.addWidget(self.deal_view)
        self.task_model: RecordListModel[TaskSummary] = RecordListModel(task_text, self)
        self.task_view = QListView()
        self.task_view.setModel(self.task_model)
        self.add_task_button = QPushButton(tr("Add task…"))
        set_icon(self.add_task_button, "task")
        tasks = QWidget()
        tasks_layout = QVBoxLayout(tasks)
        tasks_layout.addWidget(self.add_task_button, 0, Qt.AlignmentFlag.AlignRight)
        tasks_layout.addWidget(self.task_view)

        self.case_model: RecordListModel[CaseRow] = RecordListModel(_case_text, self)
        self.case_view = QListView()
        self.case_view.setModel(self.case_model)
        self.add_case_button = QPushButton(tr("Open case…"))
        set_icon(self.add_case_button, "case")
        cases = QWidget()
        cases_layout = QVBoxLayout(cases)
        cases_layout.addWidget(self.add_case_button, 0, Qt.AlignmentFlag.AlignRight)
        cases_layout.addWidget(self.case_view)
        self.feedback_model: RecordListModel[FeedbackEntry] = RecordListModel(_feedback_text, self)
        self.feedback_view = QListView()
        self.feedback_view.setModel(self.feedback_model)
        self.add_feedback_button = QPushButton(tr("Record feedback…"))
        set_icon(self.add_feedback_button, "feedback")
        self.delete_feedback_button = QPushButton(tr("Delete answer"))
        set_icon(self.delete_feedback_button, "delete")
        self.delete_feedback_button.setEnabled(False)
        feedback = QWidget()
        feedback_layout = QVBoxLayout(feedback)
        feedback_buttons = QHBoxLayout()
        feedback_buttons.addStretch(1)
        feedback_buttons.addWidget(self.delete_feedback_button)
        feedback_buttons.addWidget(self.add_feedback_button)
        feedback_layout.addLayout(feedback_buttons)
        feedback_layout.addWidget(self.feedback_view)

        self.tabs.addTab(timeline, "Timeline")
        self.tabs.addTab(purchases, "Purchases")
        self.tabs.addTab(deals, "Deals")
        self.tabs.addTab(tasks, "Tasks")
        self.tabs.addTab(cases, "Cases")
        self.tabs.addTab(feedback, "Feedback")
        self.tabs.set_icons(["timeline", "purchase", "deal", "task", "case", "feedback"])
        for index in range(self.tabs.count()):
            self.tabs.setTabToolTip(index, self.tabs.tabText(index))

    def _init_layout(self) -> None:
        self.empty_label = plain_label(tr("Select a contact to see their details."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.content = QWidget()
        content_layout = QVBoxLayout(self.content)
        header = QHBoxLayout()
        header.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.addWidget(self.name_label)
        titles.addWidget(self.name_editor)
        titles.addWidget(self.subtitle_label)
        titles.addWidget(self.role_editor)
        header.addLayout(titles, 1)
        # Edit and Delete side by side, one above the other in a narrow pane.
        self.header_buttons = wrapping_row(self.edit_button, self.delete_button)
        header.addWidget(self.header_buttons, 0, Qt.AlignmentFlag.AlignTop)
        content_layout.addLayout(header)
        content_layout.addLayout(self.fields_form)
        # The log buttons wrap onto a second row in a narrow pane.
        self.log_row = QWidget()
        log_row = FlowLayout(self.log_row)
        log_row.setContentsMargins(0, 0, 0, 0)
        log_row.addWidget(plain_label(tr("Log:")))
        for button in self.log_buttons.values():
            log_row.addWidget(button)
        content_layout.addWidget(self.log_row)
        content_layout.addWidget(self.tabs, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.content)

    def _connect_signals(self) -> None:
        self.edit_button.clicked.connect(self._on_edit)
        self.delete_button.clicked.connect(self._on_delete)
        self.add_purchase_button.clicked.connect(self._on_add_purchase)
        self.add_deal_button.clicked.connect(self._on_add_deal)
        self.add_task_button.clicked.connect(self._on_add_task)
        self.deal_view.doubleClicked.connect(self._on_deal_double_clicked)
        self.add_case_button.clicked.connect(self._on_add_case)
        self.case_view.doubleClicked.connect(self._on_case_double_clicked)
        self.add_feedback_button.clicked.connect(self._on_add_feedback)
        self.delete_feedback_button.clicked.connect(self._on_delete_feedback)
        self.delete_entry_button.clicked.connect(self._on_delete_entry)
        self.open_entry_button.clicked.connect(self.open_selected_entry)
        self.timeline_view.activated.connect(lambda _index: self.open_selected_entry())
        for view in (self.timeline_view, self.feedback_view):
            view.selectionModel().selectionChanged.connect(self._update_delete_buttons)
        for kind, button in self.log_buttons.items():
            button.clicked.connect(lambda _checked=False, k=kind: self._on_log(k))
        self._history.bus.changed.connect(self._on_changes)

    # -- public -----------------------------------------------------------------
    def show_contact(self, contact_id: int | None) -> None:
        # Another contact (or this one afresh): a name or job being edited is left as it
        # was saved.
        self.heading_edit.leave()
        self.fields_edit.leave()
        detail: ContactDetail | None = None
        if contact_id is not None:
            try:
                detail = self._services.contacts.get(contact_id)
            except NotFoundError:
                detail = None
        self.contact_id = detail.id if detail else None
        self.content.setVisible(detail is not None)
        self.empty_label.setVisible(detail is None)
        if detail is None:
            self._shown = {}
        else:
            self._fill_fields(detail)
            self._fill_history(detail.id)
        # Refilled lists drop their selection without saying so (a model reset emits no
        # selectionChanged): a button left enabled would delete nothing, or the wrong thing.
        self._update_delete_buttons()

    # -- filling ----------------------------------------------------------------
    def _fill_fields(self, detail: ContactDetail) -> None:
        data = detail.data
        parts_name = _display_name(data)
        # A whole name the source wrote ("名無しの権兵衛") heads the pane; the parts below it.
        self.name_label.setText(data.display_name or parts_name or detail.name)
        self.avatar.set_name(self.name_label.text())
        keep_words_whole(self.name_label)
        role = ", ".join(part for part in (data.title, data.department) if part)
        subtitle = " at ".join(part for part in (role, detail.company_name) if part)
        if data.display_name and parts_name and parts_name != data.display_name:
            subtitle = "\n".join(line for line in (parts_name, subtitle) if line)
        self.subtitle_label.setText(subtitle)
        self.subtitle_label.setVisible(bool(subtitle))
        today = to_local(self._services.clock()).date()
        follow = tr("every %n day(s)", "", data.follow_up_days) if data.follow_up_days else ""
        lifecycle = _stage(data.lifecycle)
        history = self._services.contacts.lifecycle_history(detail.id)
        if history and history[-1][0] == data.lifecycle:
            lifecycle = tr("{stage} since {day}").format(
                stage=lifecycle, day=format_date(history[-1][1])
            )
        if len(history) > 1:
            path = " → ".join(f"{_stage(stage)} {format_date(at)}" for stage, at, _ in history)
            lifecycle += "\n" + path
        values = {
            "to_check": "\n".join(
                f"{field_title(v.field_name)}: {v.value} — {describe(v)}" for v in data.unparsed
            ),
            "address": "\n".join(_address_text(a) for a in _addresses(data)),
            "lifecycle": lifecycle,
            "tags": ", ".join(data.tags),
            "birthday": _partial_date(data.birthday, data.birthday_year_known, today, "age"),
            "anniversary": _partial_date(
                data.anniversary, data.anniversary_year_known, today, "years"
            ),
            "source": data.source,
            "follow_up": follow,
            "last_contacted": format_datetime(detail.last_contacted_at) or "never",
            "notes": data.notes,
        }
        for key, value in values.items():
            label = self.field_labels[key]
            label.setText(value)
            self.fields_form.setRowVisible(label, bool(value))
        links = {
            "emails": [
                (_with_label(email, label), mail_url(email))
                for email, label in zip(
                    data.emails, _pad(data.email_labels, data.emails), strict=True
                )
            ],
            "phones": _phone_lines(data, detail.phones_to_check),
            "websites": [
                (_with_label(site.url, site.label), web_url(site.url)) for site in data.websites
            ],
        }
        for key, lines in links.items():
            self.link_lists[key].set_lines(lines)
            # Email and Phone show even when empty: their pencil adds the first one.
            always = key in FIELD_KEYS
            self.fields_form.setRowVisible(self._field_rows[key], bool(lines) or always)
        title = self.fields_form.labelForField(self.field_labels["to_check"])
        if isinstance(title, QLabel):
            title.setText(tr("To check ({n}):").format(n=len(data.unparsed)))

    def _fill_history(self, contact_id: int) -> None:
        services = self._services
        interactions = services.timeline.interactions(contact_id)
        purchases = services.timeline.purchases(contact_id)
        summary = services.timeline.purchase_summary(contact_id)
        deals = services.deals.for_contact(contact_id)
        tasks = services.tasks.open_for_contact(contact_id)
        cases = services.cases.cases(CaseFilter(contact_id=contact_id))
        feedback = services.feedback.for_contact(contact_id)
        self.case_model.set_records(cases)
        self.feedback_model.set_records(feedback)
        self.timeline_model.set_records(interactions)
        self.purchase_model.set_records(purchases)
        self.deal_model.set_records(deals)
        self.task_model.set_records(tasks)
        self._shown = {
            "interactions": {e.id for e in interactions},
            "purchases": {p.id for p in purchases},
            "deals": {d.id for d in deals},
            "tasks": {t.id for t in tasks},
            "cases": {c.id for c in cases},
            "feedback": {f.id for f in feedback},
        }
        if summary.count:
            last = format_date(summary.last_purchase_at)
            self.purchase_summary.setText(
                tr("{n} purchases · lifetime value {value} · last {last}").format(
                    n=summary.count, value=format_totals(summary.lifetime_value), last=last
                )
            )
        else:
            self.purchase_summary.setText(tr("No purchases yet"))
        for tab, (title, count) in enumerate(
            (
                (tr("Timeline"), len(interactions)),
                (tr("Purchases"), summary.count),
                (tr("Deals"), len(deals)),
                (tr("Tasks"), len(tasks)),
                (tr("Cases"), len(cases)),
                (tr("Feedback"), len(feedback)),
            )
        ):
            # Counts only where there is something: six tabs must fit a narrow pane.
            text = f"{title} ({count})" if count else title
            self.tabs.setTabText(tab, text)
            self.tabs.setTabToolTip(tab, text)

    # -- slots ------------------------------------------------------------------
    def _on_changes(self, changes: Changes) -> None:
        """Re-read when this contact, or anything hanging off it, changed."""
        contact_id = self.contact_id
        if contact_id is None:
            return
        if changes.touches_contact(contact_id) or any(
            changes.touches_ids(kind, ids) for kind, ids in self._shown.items()
        ):
            self.show_contact(contact_id)

    def edit_name(self) -> None:
        """Rename the shown contact in its card (F2)."""
        self.heading_edit.edit_name()

    def _on_edit(self) -> None:
        if self.contact_id is None:
            return
        ContactDialog.ask(self, self._services, self.contact_id, history=self._history)

    def _on_delete(self) -> None:
        if self.contact_id is not None:
            self.delete_requested.emit(self.contact_id)

    def _on_log(self, kind: str) -> None:
        if self.contact_id is None:
            return
        if (
            InteractionDialog.ask(
                self, self._services, self.contact_id, kind, history=self._history
            )
            is not None
        ):
            self.tabs.setCurrentIndex(0)

    def _on_add_purchase(self) -> None:
        if self.contact_id is None:
            return
        if PurchaseDialog.ask(self, self._services, self.contact_id, history=self._history):
            self.tabs.setCurrentIndex(1)

    def _on_add_task(self) -> None:
        if self.contact_id is not None:
            self.add_task_requested.emit(self.contact_id)

    def _on_add_deal(self) -> None:
        if self.contact_id is None:
            return
        if (
            DealDialog.ask(self, self._services, contact_id=self.contact_id, history=self._history)
            is not None
        ):
            self.tabs.setCurrentIndex(2)

    def _on_deal_double_clicked(self, index: QModelIndex) -> None:
        deal = self.deal_model.record(index.row())
        if deal is not None:
            DealDialog.ask(self, self._services, deal.id, history=self._history)

    def _on_add_case(self) -> None:
        if self.contact_id is None:
            return
        if CaseDialog.ask(self, self._services, self.contact_id, history=self._history):
            self.tabs.setCurrentIndex(4)

    def _on_case_double_clicked(self, index: QModelIndex) -> None:
        case = self.case_model.record(index.row())
        if case is not None:
            self.open_case_requested.emit(case.id)

    def _on_add_feedback(self) -> None:
        if self.contact_id is None:
            return
        if FeedbackDialog.ask(self, self._services, self.contact_id, history=self._history):
            self.tabs.setCurrentIndex(5)

    def _update_delete_buttons(self) -> None:
        """Delete entry / Delete answer: only while one of this contact's is selected."""
        self.delete_entry_button.setEnabled(self._selected_entry() is not None)
        self.open_entry_button.setEnabled(self._selected_entry() is not None)
        self.delete_feedback_button.setEnabled(self._selected_feedback() is not None)

    def _selected_entry(self) -> InteractionEntry | None:
        rows = self.timeline_view.selectionModel().selectedRows()
        if self.contact_id is None or not rows:
            return None
        return self.timeline_model.record(rows[0].row())

    def _selected_feedback(self) -> FeedbackEntry | None:
        rows = self.feedback_view.selectionModel().selectedRows()
        if self.contact_id is None or not rows:
            return None
        return self.feedback_model.record(rows[0].row())

    def open_selected_entry(self) -> None:
        """The selected timeline entry in full, to read or edit (double-click, Enter)."""
        selected = self._selected_entry()
        if selected is not None:
            self.open_entry(selected.id)

    def open_entry(self, entry_id: int) -> None:
        """One of the shown contact's timeline entries in full (from the list, or found by
        the command palette): the Timeline tab shows it selected behind the dialog."""
        if self.contact_id is None:
            return
        try:
            entry = self._services.timeline.interaction(entry_id)
        except NotFoundError:
            return  # deleted meanwhile (another window): the bus refreshes the list
        self.tabs.setCurrentIndex(0)
        model = self.timeline_model
        for row in range(model.rowCount()):
            record = model.record(row)
            if record is not None and record.id == entry_id:
                self.timeline_view.setCurrentIndex(model.index(row, 0))
                break
        InteractionDialog.open_entry(
            self, self._services, self.contact_id, entry, history=self._history
        )

    def _on_delete_entry(self) -> None:
        entry = self._selected_entry()
        if entry is not None:
            self.delete_interaction_requested.emit(entry.id)

    def _on_delete_feedback(self) -> None:
        entry = self._selected_feedback()
        if entry is not None:
            self.delete_feedback_requested.emit(entry.id)


def _case_text(case: CaseRow) -> str:
    status = tr(CaseStatus(case.status).label)
    return f"{case.title} — {status} · {tr('opened')} {format_date(case.opened_at)}"


def _feedback_text(entry: FeedbackEntry) -> str:
    scale = "/10" if entry.kind == "nps" else "/5"
    comment = f" — {entry.comment}" if entry.comment else ""
    return f"{format_date(entry.answered_at)} · {entry.kind.upper()} {entry.score}{scale}{comment}"


def _stage(value: str) -> str:
    try:
        return tr(Lifecycle(value).label)
    except ValueError:
        return value


def _display_name(data: ContactInput) -> str:
    """Prefix, first, middle and last name, suffix; the nickname after it in quotes."""
    parts = (data.name_prefix, data.first_name, data.middle_name, data.last_name, data.name_suffix)
    full = " ".join(part.strip() for part in parts if part.strip())
    nickname = data.nickname.strip()
    if nickname and full:
        return f"{full} “{nickname}”"
    return full or nickname


def _pad(labels: list[str], values: list[str]) -> list[str]:
    return (labels + [""] * len(values))[: len(values)]


def _with_label(value: str, label: str) -> str:
    return f"{value} ({display_label(label)})" if label else value


def _phone_lines(data: ContactInput, to_check: list[str]) -> list[tuple[str, QUrl | None]]:
    lines: list[tuple[str, QUrl | None]] = []
    for number, label in zip(data.phones, _pad(data.phone_labels, data.phones), strict=True):
        if number in to_check:
            # Kept as typed because it is not a valid number: say so, and dial nothing
            # (without its country code, tel: could ring someone else).
            lines.append((f"{_with_label(number, label)} — {tr('check this number')}", None))
        else:
            lines.append((_with_label(validation.display_phone(number), label), phone_url(number)))
    return lines


def _addresses(data: ContactInput) -> list[PostalAddress]:
    if data.addresses:
        return list(data.addresses)
    flat = PostalAddress(
        street=data.address, postal_code=data.postal_code, city=data.city, country=data.country
    )
    return [] if flat.is_empty() else [flat]


def _address_text(address: PostalAddress) -> str:
    """Two lines, the label first: the street part, then the town, region and country.
    (One line per part made two addresses push the tabs off a 640-pixel screen.)"""
    label = display_label(address.label)
    town = " ".join(part for part in (address.postal_code, address.city) if part)
    street = ", ".join(p for p in (address.street, address.extended, address.po_box) if p)
    place = ", ".join(p for p in (town, address.region, address.country) if p)
    lines = [line for line in (street, place) if line]
    if label and lines:
        lines[0] = f"{label[:1].upper()}{label[1:]}: {lines[0]}"
    return "\n".join(lines)


def _partial_date(value: date | None, year_known: bool, today: date, count: str) -> str:
    """ "22 April" for a day without its year (stored in 2000, never shown so); with the
    year, the age ("22 April 1970 (55)") or the years since ("(12 years)")."""
    if value is None:
        return ""
    locale = QLocale()
    if not year_known:
        return locale.toString(QDate(2000, value.month, value.day), "d MMMM")
    text = locale.toString(QDate(value.year, value.month, value.day), "d MMMM yyyy")
    years = today.year - value.year - ((today.month, today.day) < (value.month, value.day))
    if years < 0:
        return text
    if count == "age":
        return f"{text} ({years})"
    return f"{text} ({tr('{n} years').format(n=years)})"
