"""The paged contact and company models: correct for Qt, lazy, sorted and filtered in SQL."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from deskcrm.db.contact_queries import ContactFilter
from deskcrm.domain.sorting import sort_key
from deskcrm.services.demo.demo import generate_demo
from deskcrm.ui.models.company_table_model import CompanyTableModel
from deskcrm.ui.models.contact_table_model import ContactTableModel
from tests.conftest import NOW


def test_contact_model_passes_qt_model_tester(qtmodeltester, db, services) -> None:
    generate_demo(db, contacts=450, seed=2, now=NOW)
    model = ContactTableModel(services.contacts)
    model.reload()
    assert model.rowCount() == 450
    qtmodeltester.check(model)
    model.set_filter(ContactFilter(text="anna"))
    qtmodeltester.check(model)


def test_company_model_passes_qt_model_tester(qtmodeltester, db, services) -> None:
    generate_demo(db, contacts=200, seed=2, now=NOW)
    model = CompanyTableModel(services.companies)
    model.reload()
    assert model.rowCount() == 25
    qtmodeltester.check(model)


def test_rows_are_fetched_a_page_at_a_time(db, services) -> None:
    generate_demo(db, contacts=650, seed=5, now=NOW)
    asked: list[int] = []

    def counting_rows(ids: list[int]):
        asked.append(len(ids))
        return services.contacts.rows(ids)

    model = ContactTableModel(services.contacts)
    model._fetch_rows = counting_rows
    model.reload()
    assert asked == []  # ids only until something is shown
    model.data(model.index(0, 0))
    model.data(model.index(5, 2))
    assert asked == [100]
    model.data(model.index(640, 0))
    assert asked == [100, 50]


def test_sorting_is_done_by_the_query_service(db, services) -> None:
    generate_demo(db, contacts=300, seed=1, now=NOW)
    model = ContactTableModel(services.contacts)
    model.reload()
    names = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert names == sorted(names, key=sort_key)
    model.sort(4, Qt.SortOrder.DescendingOrder)  # City, descending
    cities = [model.data(model.index(r, 4)) for r in range(model.rowCount())]
    filled = [c for c in cities if c]
    assert filled == sorted(filled, key=sort_key, reverse=True)  # "Łódź" beside "Lodz"
    assert model.sort_key == "city" and model.descending


def test_header_and_parent_rules(services) -> None:
    model = ContactTableModel(services.contacts)
    model.reload()
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.data(QModelIndex()) is None
