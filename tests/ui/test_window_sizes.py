"""Every size from a 1024×640 window up: the main window on each view and the dialogs
that were too big for a laptop screen (issue 19: "the window cannot be narrower than
1152 px; PDF Preview is fixed at 900×1000 and Import at 760×820")."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget

from deskcrm.domain.contact_parts import Website
from deskcrm.domain.periods import Period
from deskcrm.services.contacts.contacts import ContactInput
from deskcrm.services.demo.demo import generate_demo
from deskcrm.ui.dialogs.import_dialog import ImportDialog
from deskcrm.ui.dialogs.pdf_preview_dialog import PdfPreviewDialog
from deskcrm.ui.widgets.screen_fit import available_size

REAL = Path(__file__).resolve().parents[1] / "data" / "real"
VIEWS = ["contacts", "pipeline", "tasks", "cases", "reports"]


@pytest.fixture
def demo(services, db):
    generate_demo(db, contacts=300, seed=4, now=services.clock())


def _inside(widget: QWidget, outer: QWidget) -> bool:
    """`widget` lies wholly within `outer` (both shown)."""
    top_left = widget.mapTo(outer, widget.rect().topLeft())
    return outer.rect().contains(QRect(top_left, widget.size()))


def test_the_window_is_1024_by_640_on_every_view(window, demo, qtbot) -> None:
    for name in VIEWS:
        window.show_view(name)
        window.resize(1024, 640)
        qtbot.wait(50)
        QApplication.processEvents()
        hint = window.minimumSizeHint()
        assert hint.width() <= 1024 and hint.height() <= 640, (name, hint)
        assert (window.width(), window.height()) == (1024, 640), name


def test_the_reports_tool_bar_wraps_in_a_narrow_window_and_is_one_row_in_a_wide_one(
    window, demo, qtbot
) -> None:
    window.show_view("reports")
    view = window.reports_view
    qtbot.waitUntil(
        lambda: view.report is not None and not view.busy and not view.charts_pending,
        timeout=20_000,
    )
    controls = [
        view.report_combo,
        view.period_combo,
        view.from_date,
        view.to_date,
        view.appendix,
        view.refresh_button,
        view.preview_button,
        view.export_button,
        view.print_button,
    ]
    for width, rows in ((1024, 2), (1920, 1)):
        window.resize(width, 640)
        qtbot.wait(50)
        QApplication.processEvents()
        bar = view.tool_bar
        for control in controls:
            assert control.isVisible() and _inside(control, bar), (width, control)
        # No two controls overlap, and the page starts below the bar.
        spots = [QRect(c.mapTo(bar, c.rect().topLeft()), c.size()) for c in controls]
        for i, spot in enumerate(spots):
            assert not any(spot.intersects(other) for other in spots[i + 1 :]), width
        assert len({spot.center().y() // 8 for spot in spots}) >= rows
        assert len({c.mapTo(view, c.rect().topLeft()).y() // 20 for c in controls}) == rows
        assert view.scroll_area.y() >= bar.y() + bar.height()
        # The print button keeps to the right edge, as after a stretch.
        right = view.print_button.mapTo(bar, view.print_button.rect().topRight()).x()
        assert right >= bar.width() - 2


def test_import_with_many_columns_fits_the_screen_and_scrolls_its_mapping(
    services, qtbot, task_manager
) -> None:
    dialog = ImportDialog(services, task_manager, REAL / "outlook" / "outlook-web-test-data.csv")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    room = available_size(dialog)
    assert room is not None
    assert dialog.width() <= room[0] and dialog.height() <= room[1]
    hint = dialog.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 640 - 40, hint
    dialog.resize(760, 560)  # a small laptop screen
    qtbot.wait(50)
    for button in (dialog.check_button, dialog.import_button, dialog.cancel_button):
        assert button.isVisible() and _inside(button, dialog)
    # The ~30 fields' mapping scrolls inside the dialog instead of pushing it taller.
    assert dialog.mapping_scroll.verticalScrollBar().maximum() > 0
    last = dialog.columns["notes"]
    dialog.mapping_scroll.ensureWidgetVisible(last)
    qtbot.wait(20)
    assert last.visibleRegion().boundingRect().height() == last.height()


def test_the_pdf_preview_fits_the_screen(services, qtbot) -> None:
    pdf = services.reports.pdf("sales", Period(date(2026, 3, 1), date(2026, 3, 31)))
    dialog = PdfPreviewDialog(pdf, "Sales")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    room = available_size(dialog)
    assert room is not None
    assert dialog.width() <= room[0] and dialog.height() <= room[1]
    assert dialog.print_button.isVisible() and _inside(dialog.print_button, dialog)


def _contacts(services) -> tuple[int, int]:
    short = services.contacts.create(ContactInput(first_name="Al", last_name="Li")).id
    long = services.contacts.create(
        ContactInput(
            first_name="Bartholomew-Maximilian",
            last_name="Featherstonehaugh-Cholmondeley-Worthington",
            emails=["bartholomew.maximilian.featherstonehaugh@consulting.example-company.co.uk"],
            websites=[Website("https://www.example-company.co.uk/people/featherstonehaugh-b-m")],
            company_name="Featherstonehaugh, Cholmondeley & Worthington International Consulting",
        )
    ).id
    return short, long


def test_the_divider_stays_put_from_contact_to_contact(window, services, qtbot) -> None:
    short, long = _contacts(services)
    window.resize(1366, 768)
    view = window.contacts_view
    view.refresh()
    sizes = []
    for contact_id in (short, long, short, long):
        view.open_contact(contact_id)
        qtbot.wait(20)
        QApplication.processEvents()
        sizes.append(view.splitter.sizes())
    assert all(s == sizes[0] for s in sizes), sizes


def test_every_tab_of_the_contact_pane_shows_at_1024(window, services, qtbot) -> None:
    _short, long = _contacts(services)
    window.resize(1024, 640)
    view = window.contacts_view
    view.refresh()
    view.open_contact(long)
    qtbot.wait(20)
    QApplication.processEvents()
    bar = view.contact_pane.tabs.tabBar()
    titles = [bar.tabText(i) for i in range(bar.count())]
    assert titles[-1] == "Feedback"
    for i in range(bar.count()):
        assert bar.rect().contains(bar.tabRect(i)), (titles[i], bar.tabRect(i), bar.rect())
        # Whole, not two letters and "…": the title, or in a narrow pane icon and count.
        assert bar.tabRect(i).width() >= bar.tabSizeHint(i).width(), titles[i]
    # The pane is not wider than its place: nothing of it is cut at the window's edge,
    # and the long name, address and links fit it without scrolling sideways.
    pane = view.panes
    assert pane.mapTo(window, pane.rect().topRight()).x() < window.width()
    scroll = pane.currentWidget()
    assert scroll.horizontalScrollBar().maximum() == 0
    for button in view.contact_pane.link_lists["emails"].buttons():
        assert button.width() <= scroll.viewport().width()
        assert button.text() != button.shown_text and "…" in button.text()
        assert button.shown_text in button.toolTip()


def test_a_narrow_segment_list_keeps_each_count_whole(window, demo, qtbot) -> None:
    sidebar = window.contacts_view.sidebar
    qtbot.waitUntil(lambda: all(s.count is not None for s in sidebar.model._rows), timeout=10_000)
    window.resize(1024, 640)
    sizes = window.contacts_view.splitter.sizes()
    window.contacts_view.splitter.setSizes([sidebar.minimumWidth(), *sizes[1:]])
    qtbot.wait(20)
    view = sidebar.list
    assert view.horizontalScrollBar().maximum() == 0 or not view.horizontalScrollBar().isVisible()
    model = view.model()
    for row in range(1, model.rowCount()):
        index = model.index(row)
        text = model.data(index)
        info = model.segment(row)
        assert text.endswith(f"({info.count:,})")
        assert info.name in model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert view.textElideMode() == Qt.TextElideMode.ElideMiddle


def test_a_case_title_stays_readable_at_1024(window, demo, qtbot) -> None:
    window.resize(1024, 640)
    window.show_view("cases")
    view = window.cases_view
    qtbot.waitUntil(lambda: view.loaded)
    view.refresh()
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=10_000)
    QApplication.processEvents()
    header = view.table.horizontalHeader()
    average = view.table.fontMetrics().averageCharWidth()
    assert header.sectionSize(0) >= 22 * average  # the title, not "P… a…"
    # The other columns take what they need, up to a cap; the table scrolls sideways only
    # when the title would otherwise get less than its readable width.
    for column in range(1, view.model.columnCount()):
        assert header.sectionSize(column) <= 30 * average + 1
