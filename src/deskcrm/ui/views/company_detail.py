"""The right-hand pane when companies are listed: the company's fields and its people.
Its website, email and phone are links (the web browser, a new email, a call)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from deskcrm.db.company_page_queries import CompanyDeal, CompanyEntry
from deskcrm.db.contact_queries import ContactFilter, ContactRow
from deskcrm.domain import validation
from deskcrm.domain.dates import format_date
from deskcrm.domain.money import format_money, format_totals
from deskcrm.errors import NotFoundError
from deskcrm.ui.bus import Changes
from deskcrm.ui.dialogs.company_dialog import CompanyDialog
from deskcrm.ui.dialogs.deal_dialog import DealDialog
from deskcrm.ui.dialogs.interaction_dialog import InteractionDialog
from deskcrm.ui.i18n import QT_TR_NOOP, tr
from deskcrm.ui.icons import set_icon
from deskcrm.ui.models.record_list_model import RecordListModel
from deskcrm.ui.services import Services
from deskcrm.ui.text import plain_label
from deskcrm.ui.type_scale import set_text_role
from deskcrm.ui.undo import History
from deskcrm.ui.widgets.avatar import Avatar, keep_words_whole
from deskcrm.ui.widgets.flow_layout import wrapping_row
from deskcrm.ui.widgets.link_list import LinkList, mail_url, open_link, phone_url, web_url

LINK_TOOLTIPS = {
    "website": QT_TR_NOOP("Open in the web browser"),
    "email": QT_TR_NOOP("Write an email"),
    "phone": QT_TR_NOOP("Call"),
}


class CompanyDetailPane(QWidget):
    """Re-reads itself when the change bus says its company or its people changed.

    Signals:
    delete_requested(int): the user asked to move this company to the trash.
    person_activated(int): a person of this company was double-clicked.
    """

    delete_requested = Signal(int)
    person_activated = Signal(int)

    def __init__(self, services: Services, history: History, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._history = history
        self.company_id: int | None = None
        # Opens a clicked website, email (mailto:) or phone (tel:); tests replace it.
        self.open_url: Callable[[QUrl], bool] = open_link
        self.avatar = Avatar(44)
        self.name_label = plain_label(selectable=True)
        self.name_label.setWordWrap(True)  # a long name wraps: it never widens the pane
        self.name_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 8)
        set_text_role(self.name_label, "title")
        self.edit_button = QPushButton(tr("Edit…"))
        set_icon(self.edit_button, "edit")
        self.delete_button = QPushButton(tr("Delete"))
        set_icon(self.delete_button, "delete")
        self.form = QFormLayout()
        self.field_labels: dict[str, QLabel] = {}
        self.link_lists: dict[str, LinkList] = {}
        for key, title in (
            ("website", QT_TR_NOOP("Website")),
            ("email", QT_TR_NOOP("Email")),
            ("phone", QT_TR_NOOP("Phone")),
            ("address", QT_TR_NOOP("Address")),
            ("revenue", QT_TR_NOOP("Revenue")),
            ("notes", QT_TR_NOOP("Notes")),
        ):
            if key in LINK_TOOLTIPS:
                links = LinkList(tr(LINK_TOOLTIPS[key]))
                links.setObjectName(f"company_{key}")
                links.link_clicked.connect(lambda url: self.open_url(url))
                self.link_lists[key] = links
                self.form.addRow(tr(title) + ":", links)
                continue
            label = plain_label(selectable=True)
            label.setWordWrap(True)
            self.field_labels[key] = label
            self.form.addRow(tr(title) + ":", label)
        self.people_model: RecordListModel[ContactRow] = RecordListModel(
            lambda r: " · ".join(p for p in (r.name, r.email) if p), self
        )
        self.people_view = QListView()
        self.people_view.setModel(self.people_model)
        self.deals_model: RecordListModel[CompanyDeal] = RecordListModel(_deal_text, self)
        self.deals_view = QListView()
        self.deals_view.setModel(self.deals_model)
        self.deals_view.setToolTip(tr("Double-click a deal to open it"))
        self.timeline_model: RecordListModel[CompanyEntry] = RecordListModel(_entry_text, self)
        self.timeline_view = QListView()
        self.timeline_view.setModel(self.timeline_model)
        self.timeline_view.setToolTip(tr("Double-click an entry to read or edit it"))
        for view in (self.people_view, self.deals_view, self.timeline_view):
            view.setTextElideMode(Qt.TextElideMode.ElideRight)
            view.setUniformItemSizes(True)
        # People, deals and the combined timeline, one tab each (titles carry counts).
        self.tabs = QTabWidget()
        self.tabs.setUsesScrollButtons(False)
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
        self.tabs.addTab(self.people_view, tr("People"))
        self.tabs.addTab(self.deals_view, tr("Deals"))
        self.tabs.addTab(self.timeline_view, tr("Timeline"))
        self.empty_label = plain_label(tr("Select a company to see its details."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.content = QWidget()
        content_layout = QVBoxLayout(self.content)
        header = QHBoxLayout()
        header.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.name_label, 1)
        # Edit and Delete side by side, one above the other in a narrow pane.
        self.header_buttons = wrapping_row(self.edit_button, self.delete_button)
        header.addWidget(self.header_buttons, 0, Qt.AlignmentFlag.AlignTop)
        content_layout.addLayout(header)
        content_layout.addLayout(self.form)
        content_layout.addWidget(self.tabs, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.content)
        self._connect_signals()
        self.show_company(None)

    def _connect_signals(self) -> None:
        self.edit_button.clicked.connect(self._on_edit)
        self.delete_button.clicked.connect(self._on_delete)
        self.people_view.doubleClicked.connect(self._on_person_activated)
        self.deals_view.doubleClicked.connect(self._on_deal_activated)
        self.timeline_view.doubleClicked.connect(self._on_entry_activated)
        self._history.bus.changed.connect(self._on_changes)

    def show_company(self, company_id: int | None) -> None:
        data = None
        if company_id is not None:
            try:
                data = self._services.companies.get(company_id)
            except NotFoundError:
                data = None
        self.company_id = company_id if data else None
        self.content.setVisible(data is not None)
        self.empty_label.setVisible(data is None)
        if data is None or company_id is None:
            return
        self.name_label.setText(data.name)
        self.avatar.set_name(data.name)
        keep_words_whole(self.name_label)
        address = ", ".join(p for p in (data.address, data.city, data.country) if p)
        page = self._services.companies.page(company_id)
        revenue = format_totals(page.revenue) if page.revenue else ""
        values = {"address": address, "revenue": revenue, "notes": data.notes}
        for key, value in values.items():
            label = self.field_labels[key]
            label.setText(value)
            self.form.setRowVisible(label, bool(value))
        region = validation.phone_region(data.country, self._services.settings.load().phone_region)
        links = {
            "website": (data.website, web_url(data.website)),
            "email": (data.email, mail_url(data.email)),
            "phone": (data.phone, _dial_url(data.phone, region)),
        }
        for key, (text, url) in links.items():
            # An address that opens nothing (a file: URL, a typo) still shows, as text.
            self.link_lists[key].set_lines([(text, url)] if text else [])
            self.form.setRowVisible(self.link_lists[key], bool(text))
        contacts = self._services.contacts
        ids = contacts.list_ids(ContactFilter(company_id=company_id))
        rows = contacts.rows(ids)
        self.people_model.set_records([rows[i] for i in ids if i in rows])
        self.deals_model.set_records(page.deals)
        self.timeline_model.set_records(page.timeline)
        self.tabs.setTabText(0, tr("People ({n})").format(n=f"{len(ids):,}"))
        self.tabs.setTabText(1, tr("Deals ({n})").format(n=f"{len(page.deals):,}"))
        self.tabs.setTabText(2, tr("Timeline ({n})").format(n=f"{page.timeline_total:,}"))
        self.field_labels["revenue"].setToolTip(
            tr("What its people have bought (recorded purchases), per currency")
        )

    def _on_changes(self, changes: Changes) -> None:
        company_id = self.company_id
        if company_id is None:
            return
        # Any contact written may have joined or left the company, so any contact counts.
        if changes.touches_ids("companies", [company_id]) or any(
            changes.touches(kind) for kind in ("contacts", "deals", "interactions", "purchases")
        ):
            self.show_company(company_id)

    def _on_edit(self) -> None:
        if self.company_id is not None:
            CompanyDialog.ask(self, self._services, self.company_id, history=self._history)

    def _on_delete(self) -> None:
        if self.company_id is not None:
            self.delete_requested.emit(self.company_id)

    def _on_deal_activated(self, index: QModelIndex) -> None:
        deal = self.deals_model.record(index.row())
        if deal is not None:
            DealDialog.ask(self, self._services, deal.id, history=self._history)

    def _on_entry_activated(self, index: QModelIndex) -> None:
        entry = self.timeline_model.record(index.row())
        if entry is None:
            return
        try:
            found = self._services.timeline.interaction(entry.id)
        except NotFoundError:
            return  # gone meanwhile: the change bus refreshes the page
        InteractionDialog.open_entry(
            self, self._services, entry.contact_id, found, history=self._history
        )

    def _on_person_activated(self, index: QModelIndex) -> None:
        record = self.people_model.record(index.row())
        if record is not None:
            self.person_activated.emit(record.id)


def _deal_text(deal: CompanyDeal) -> str:
    """ "Machines — Lead · €500.00 · Anna Lee" (won and lost deals say so)."""
    place = deal.stage if deal.status == "open" else deal.status
    value = format_money(deal.value_minor, deal.currency) if deal.value_minor else ""
    return " · ".join(p for p in (f"{deal.title} — {place}", value, deal.contact_name) if p)


def _entry_text(entry: CompanyEntry) -> str:
    """ "2026-11-28 · Call · Anna Lee: Left a voicemail" (the date in local time)."""
    when = format_date(entry.occurred_at)
    return f"{when} · {entry.kind.capitalize()} · {entry.contact_name}: {entry.summary}"


def _dial_url(phone: str, region: str) -> QUrl | None:
    """tel: for the company's number, kept as written ("+1 800 FLOWERS x123"): only a valid
    number is dialled, by its E.164 digits; anything else stays text, as without its
    country code tel: could ring someone else."""
    try:
        number = validation.normalise_phone(phone, region)
    except ValueError:
        return None
    return phone_url(number.e164)
