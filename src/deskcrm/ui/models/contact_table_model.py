"""The contact list: ids from the contact service's filter, rows fetched in pages."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from deskcrm.db.contact_queries import ContactFilter, ContactRow, ContactSort
from deskcrm.domain.dates import format_date
from deskcrm.domain.enums import Lifecycle
from deskcrm.domain.validation import display_phone
from deskcrm.services.contacts.contacts import ContactService
from deskcrm.ui.i18n import QT_TR_NOOP
from deskcrm.ui.models.paged_table_model import Column, PagedTableModel


def _lifecycle(row: ContactRow) -> str:
    try:
        return Lifecycle(row.lifecycle).label
    except ValueError:
        return row.lifecycle


COLUMNS: list[Column[ContactRow]] = [
    Column(QT_TR_NOOP("Name"), lambda r: r.name, ContactSort.NAME),
    Column(QT_TR_NOOP("Company"), lambda r: r.company, ContactSort.COMPANY),
    Column(QT_TR_NOOP("Email"), lambda r: r.email, ContactSort.EMAIL),
    Column(
        QT_TR_NOOP("Phone"), lambda r: display_phone(r.phone) if r.phone else "", ContactSort.PHONE
    ),
    Column(QT_TR_NOOP("City"), lambda r: r.city, ContactSort.CITY),
    Column(QT_TR_NOOP("Lifecycle"), _lifecycle, ContactSort.LIFECYCLE),
    Column(
        "Last contacted", lambda r: format_date(r.last_contacted_at), ContactSort.LAST_CONTACTED
    ),
]


class ContactTableModel(PagedTableModel[ContactRow]):
    def __init__(self, contacts: ContactService, parent: Any = None) -> None:
        super().__init__(COLUMNS, contacts.rows, parent)
        self._contacts = contacts
        self.filter = ContactFilter()

    def set_filter(self, flt: ContactFilter) -> None:
        self.filter = flt
        self.reload()

    def fetch_ids(self) -> list[int]:
        flt = replace(
            self.filter, sort=ContactSort(self.sort_key or "name"), descending=self.descending
        )
        return self._contacts.list_ids(flt)
