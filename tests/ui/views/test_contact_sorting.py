"""Clicking the Company or City header sorts as a reader expects: "Bäckerei" before
"Bright", "Überlingen" before "Ulm", lower case among upper case; the empty ones last."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from deskcrm.services.contacts.contacts import ContactInput

PEOPLE = (
    ("Anna", "Bright Ideas", "Ulm"),
    ("Ben", "Bäckerei Sonne", "Überlingen"),
    ("Cem", "alpha GmbH", "Zürich"),
    ("Dora", "Zeta AG", "aachen"),
    ("Emil", "", ""),
)


def _click_header(qtbot, table, column: int) -> None:
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )


def _column(view, column: int) -> list[str]:
    model = view.people_model
    return [model.index(row, column).data() or "" for row in range(model.rowCount())]


def test_company_and_city_headers_sort_by_letters_not_bytes(window, services, qtbot) -> None:
    for first, company, city in PEOPLE:
        services.contacts.create(ContactInput(first_name=first, company_name=company, city=city))
    view = window.contacts_view
    view.refresh()
    table = view.people_table

    _click_header(qtbot, table, 1)
    qtbot.waitUntil(lambda: _column(view, 1)[0] == "alpha GmbH")
    assert _column(view, 1) == ["alpha GmbH", "Bäckerei Sonne", "Bright Ideas", "Zeta AG", ""]
    _click_header(qtbot, table, 1)
    qtbot.waitUntil(lambda: _column(view, 1)[0] == "Zeta AG")
    assert _column(view, 1) == ["Zeta AG", "Bright Ideas", "Bäckerei Sonne", "alpha GmbH", ""]

    _click_header(qtbot, table, 4)
    qtbot.waitUntil(lambda: _column(view, 4)[0] == "aachen")
    assert _column(view, 4) == ["aachen", "Überlingen", "Ulm", "Zürich", ""]
