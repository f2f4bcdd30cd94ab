"""Report tables size their columns from the font's metrics alone (cheaper than Qt's
per-cell measure): the widths are exactly the ones Qt's own measure gives, at any font
size, so no amount or name is cut."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSortFilterProxyModel

from deskcrm.services.reports.model import Table
from deskcrm.ui.models.report_table_model import ReportTableModel
from deskcrm.ui.widgets.report_table_view import FIT_ROWS, ReportTableView


def _table() -> Table:
    rows = [
        [
            f"Name {i}",
            f"€{i * 12345.67:,.2f}",
            "Müller & Söhne GmbH — 東京支店"[: i % 26],
            "WWWWWWW" if i == 7 else "iii",
            f"2026-03-{i % 28 + 1:02d}",
        ]
        for i in range(300)
    ]
    return Table("T", ["Name", "Amount", "Company", "Code", "Date"], rows, numeric={1})


@pytest.mark.parametrize("points", [8, 10, 13, 17])
def test_column_widths_are_the_ones_qt_measures(qtbot, points: int) -> None:
    view = ReportTableView()
    qtbot.addWidget(view)
    font = view.font()
    font.setPointSize(points)
    view.setFont(font)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(ReportTableModel(_table()))
    view.setModel(proxy)
    view.horizontalHeader().setResizeContentsPrecision(FIT_ROWS)
    header = view.horizontalHeader()
    for column in range(1, proxy.columnCount()):
        assert view._text_width(column) == view.sizeHintForColumn(column), column
        assert header.sectionSize(column) >= view.sizeHintForColumn(column)
