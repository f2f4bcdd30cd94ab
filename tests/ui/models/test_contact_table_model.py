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


def test_the_whole_list_shows_its_first_page_at_once_and_the_rest_from_a_worker(
    qtbot, db, services
) -> None:
    # A million contacts' ids take 0.2–0.4 s to read: with a task manager the list shows
    # its first page from the name index at once and the rest when a worker brings it —
    # but in an order by company or city, whose first page costs what the whole does.
    from deskcrm.db.contact_queries import ContactSort
    from deskcrm.ui.taskmanager import TaskManager

    generate_demo(db, contacts=450, seed=2, now=NOW)
    whole = services.contacts.list_ids(ContactFilter())
    tasks = TaskManager()
    try:
        model = ContactTableModel(services.contacts, tasks=tasks)
        model.set_filter(ContactFilter())
        assert (model.rowCount(), model.complete) == (100, False)
        assert model.ids() == whole[:100]
        with qtbot.waitSignal(model.completed, timeout=10_000):
            pass
        assert model.complete and model.ids() == whole
        model.set_filter(ContactFilter())  # again: the first page, the rest on its way
        assert not model.complete
        model.sort(4)  # by city: the first page would cost the whole list, read here
        assert model.complete and model.rowCount() == 450
        assert model.ids() == services.contacts.list_ids(ContactFilter(sort=ContactSort.CITY))
    finally:
        tasks.shutdown(10_000)
