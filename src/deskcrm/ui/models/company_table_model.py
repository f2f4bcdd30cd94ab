"""The company list: ids from the company service, rows fetched in pages."""

from __future__ import annotations

from typing import Any

from deskcrm.db.company_queries import CompanyRow
from deskcrm.services.contacts.companies import CompanyService
from deskcrm.ui.i18n import QT_TR_NOOP
from deskcrm.ui.models.paged_table_model import Column, PagedTableModel

COLUMNS: list[Column[CompanyRow]] = [
    Column(QT_TR_NOOP("Company"), lambda r: r.name, "name"),
    Column(QT_TR_NOOP("Website"), lambda r: r.website),
    Column(QT_TR_NOOP("City"), lambda r: r.city, "city"),
    Column(QT_TR_NOOP("Country"), lambda r: r.country, "country"),
    Column(QT_TR_NOOP("People"), lambda r: str(r.contact_count), "contacts", align_right=True),
]


class CompanyTableModel(PagedTableModel[CompanyRow]):
    def __init__(self, companies: CompanyService, parent: Any = None) -> None:
        super().__init__(COLUMNS, companies.rows, parent)
        self._companies = companies
        self.search_text = ""

    def set_search_text(self, typed: str) -> None:
        self.search_text = typed
        self.reload()

    def fetch_ids(self) -> list[int]:
        return self._companies.list_ids(self.search_text, self.sort_key or "name", self.descending)
