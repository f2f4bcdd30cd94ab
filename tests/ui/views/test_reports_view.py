"""The Reports view: built off the GUI thread, same numbers as the PDF, export, preview."""

from __future__ import annotations

import io
import statistics
import threading
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QLocale, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QWheelEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QGraphicsTextItem, QToolTip

from deskcrm.services.contacts.contacts import ContactInput
from deskcrm.services.demo.demo import generate_demo
from deskcrm.services.pipeline.deals import DealInput
from deskcrm.ui.dialogs.pdf_preview_dialog import PdfPreviewDialog, print_pdf
from deskcrm.ui.i18n import tr
from deskcrm.ui.theme import palette_for
from deskcrm.ui.widgets.report_chart import MIN_WIDTH, ReportChartView, readable_categories


def _sales_data(services) -> None:
    anna = services.contacts.create(ContactInput(first_name="Anna", last_name="<b>Müller</b>")).id
    stage = services.pipeline.pipeline(1).open_stages[0].id
    for title, value in (("R&D <draft>", 1000_00), ("Logo", 3000_00)):
        deal = services.deals.create(
            DealInput(
                title=title, pipeline_id=1, stage_id=stage, value_minor=value, contact_id=anna
            )
        ).id
        services.pipeline.close_won(deal)
    lost = services.deals.create(DealInput(title="Lost one", pipeline_id=1, stage_id=stage)).id
    services.pipeline.close_lost(lost, "Price too high")


def _show_sales(window, qtbot):
    window.show_view("reports")
    view = window.reports_view
    view.report_combo.setCurrentIndex(view.report_combo.findData("sales"))
    view.period_combo.setCurrentIndex(view.period_combo.findData("custom"))
    view.from_date.setDate(QDate(2026, 3, 1))
    view.to_date.setDate(QDate(2026, 3, 31))
    qtbot.mouseClick(view.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            view.report is not None
            and view.report.key == "sales"
            and view.report.period.start == date(2026, 3, 1)
            and not view.busy
            and not view.charts_pending
        ),
        timeout=20_000,
    )
    return view


def test_sales_report_on_screen_matches_the_service(
    window,
    services,
    qtbot,
    when_dialog_opens,
) -> None:
    _sales_data(services)
    view = _show_sales(window, qtbot)
    kpis = {k.label: k.value for k in view.report.kpis}
    assert kpis["Win rate"] == "66.7 %"
    assert kpis["Won"] == "2 · €4,000.00"
    won = view.tables[2].model()  # "Deals won"
    titles = {won.index(r, 0).data() for r in range(won.rowCount())}
    assert titles == {"R&D <draft>", "Logo"}
    assert len(view.chart_views) == 3  # conversion, lost reasons, lead funnel
    seen = []

    def close_deal_dialog(dialog) -> None:
        seen.append(dialog.title.text())
        dialog.reject()

    when_dialog_opens(close_deal_dialog)
    with qtbot.waitSignal(view.open_deal_requested) as opened:
        view.tables[-1].activated.emit(won.index(0, 0))  # Enter or a double-click on the row
    assert opened.args[0] > 0
    assert seen and seen[0] in {"R&D <draft>", "Logo"}


def test_export_pdf_runs_in_the_background_and_writes_the_same_numbers(
    window,
    services,
    qtbot,
    tmp_path: Path,
) -> None:
    _sales_data(services)
    view = _show_sales(window, qtbot)
    target = tmp_path / "sales.pdf"
    view.ask_pdf_path = lambda: target
    with qtbot.waitSignal(window.tasks.task_finished, timeout=30_000):
        qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert not view.busy_row.isVisible()
    text = "\n".join(p.extract_text() for p in PdfReader(target).pages)
    assert "66.7 %" in text and "R&D <draft>" in text and "€4,000.00" in text


def test_preview_and_print_render_the_pdf(services, qtbot, tmp_path: Path) -> None:
    _sales_data(services)
    from deskcrm.domain.periods import Period

    pdf = services.reports.pdf("sales", Period(date(2026, 3, 1), date(2026, 3, 31)))
    dialog = PdfPreviewDialog(pdf, "Sales")
    qtbot.addWidget(dialog)
    assert dialog.page_count == len(dialog.page_labels) >= 1
    assert not dialog.page_labels[0].pixmap().isNull()
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert print_pdf(pdf, printer) == dialog.page_count
    assert (
        len(PdfReader(io.BytesIO((tmp_path / "printed.pdf").read_bytes())).pages)
        == dialog.page_count
    )


def test_a_long_pdf_can_be_cancelled(window, services, qtbot) -> None:
    stage = services.pipeline.pipeline(1).open_stages[0].id
    for i in range(1500):
        services.deals.create(DealInput(title=f"Deal {i}", pipeline_id=1, stage_id=stage))
    window.show_view("reports")
    view = window.reports_view
    view.report_combo.setCurrentIndex(view.report_combo.findData("pipeline"))
    qtbot.waitUntil(lambda: not view.busy, timeout=20_000)
    view.appendix.setChecked(True)
    with qtbot.waitSignal(
        view.status_message, timeout=30_000, check_params_cb=lambda text: text == "Cancelled"
    ):
        view._make_pdf("preview")
        qtbot.mouseClick(view.cancel_button, Qt.MouseButton.LeftButton)
    assert not view.busy_row.isVisible()


def _show_report(window, qtbot, key: str):
    view = window.reports_view
    view.report_combo.setCurrentIndex(view.report_combo.findData(key))
    qtbot.waitUntil(
        lambda: (
            view.report is not None
            and view.report.key == key
            and not view.busy
            and not view.charts_pending
        ),
        timeout=20_000,
    )
    return view


def _chart_texts(chart_view: ReportChartView) -> list[str]:
    """The text a chart has drawn: its title, axis labels and legend, as Qt laid them out
    (Qt Charts cuts a label that has no room to "Negotia...")."""
    texts = []
    for item in chart_view.scene().items():
        graphic = item.toGraphicsObject()
        if isinstance(graphic, QGraphicsTextItem) and graphic.toPlainText():
            texts.append(graphic.toPlainText())
    return texts


def _lightness(view) -> float:
    image = view.grab().toImage()
    return statistics.median(
        QColor(image.pixel(x, y)).lightness()
        for x in range(0, image.width(), 7)
        for y in range(0, image.height(), 7)
    )


@pytest.fixture
def demo(services, db):
    generate_demo(db, contacts=300, seed=4, now=services.clock())


def test_opening_reports_shows_the_chosen_report_while_saying_it_is_working(
    window, services, qtbot, monkeypatch
) -> None:
    released = threading.Event()
    build = services.reports.build

    def slow_build(*args, **kwargs):
        released.wait(30)  # the test lets the figures arrive once it has looked
        return build(*args, **kwargs)

    monkeypatch.setattr(services.reports, "build", slow_build)
    window.show_view("reports")
    view = window.reports_view
    qtbot.waitUntil(lambda: view.busy, timeout=5_000)
    # The figures are being gathered off the GUI thread, which keeps drawing: the page
    # says so instead of standing blank.
    assert view.placeholder.isVisible()
    assert view.placeholder.text() == "Working…"
    assert view.busy_row.isVisible()
    assert not view.refresh_button.isEnabled()
    released.set()
    qtbot.waitUntil(
        lambda: view.report is not None and not view.busy and not view.charts_pending,
        timeout=20_000,
    )
    assert view.report.key == view.report_combo.currentData()
    assert not view.placeholder.isVisible()
    assert view.title_label.text().startswith(view.report.title)
    assert len(view.chart_views) == len([c for c in view.report.charts if c.categories]) >= 1


@pytest.mark.parametrize("key", ["pipeline", "sales", "customers", "activity"])
def test_every_chart_reads_in_full_at_1024x640(window, demo, qtbot, key: str) -> None:
    window.resize(1024, 640)
    window.show_view("reports")
    view = _show_report(window, qtbot, key)
    qtbot.waitUntil(lambda: view.scroll_area.widget().width() > 0)
    QApplication.processEvents()
    assert view.scroll_area.horizontalScrollBar().maximum() == 0  # nothing off to the side
    assert view.chart_views
    for chart_view in view.chart_views:
        title = chart_view.source.title
        plot = chart_view.chart().plotArea()
        # Not squeezed: the chart is at least its readable size and its bars have room.
        assert chart_view.width() >= max(MIN_WIDTH, chart_view.minimumWidth()), title
        assert chart_view.height() >= chart_view.content_height, title
        assert plot.width() >= 150 and plot.height() >= 100, (title, plot)
        texts = _chart_texts(chart_view)
        elided = [t for t in texts if "..." in t or "…" in t]
        assert not elided, (title, elided)
        assert title in texts
        labels = chart_view.categories.labels
        shown = [label for label in labels if label in texts]
        if chart_view.horizontal:
            assert shown == labels, title  # every bar has its label beside it
        else:
            # Columns: labels are thinned out to fit, never cut; the first is always shown.
            assert labels[0] in shown and len(shown) >= min(len(labels), 4), (title, shown)
    if key == "activity":
        weeks = view.chart_views[0]
        start = view.report.period.start
        monday = QDate(start.year, start.month, start.day).addDays(-start.weekday())
        assert weeks.categories.labels[0] == QLocale().toString(monday, "d MMM")
        assert not any("-W" in label for label in _chart_texts(weeks))


def test_long_labels_get_horizontal_bars_and_weeks_their_monday(qtbot) -> None:
    from deskcrm.services.reports.model import Chart

    reasons = ReportChartView(
        Chart("Lost reasons", ["Chose a competitor", "No budget"], {"Deals": [3, 1]})
    )
    qtbot.addWidget(reasons)
    assert reasons.horizontal
    assert reasons.categories.labels == ["No budget", "Chose a competitor"]  # top-down order
    weeks = readable_categories(["2025-W52", "2026-W01", "2026-W02"])
    locale = QLocale()
    assert weeks.labels == [
        locale.toString(QDate(2025, 12, 22), "d MMM"),
        locale.toString(QDate(2025, 12, 29), "d MMM"),
        locale.toString(QDate(2026, 1, 5), "d MMM"),
    ]
    assert weeks.details[1].startswith("Week 1 of 2026, from Monday")
    assert "2025–2026" in weeks.axis_title
    months = readable_categories(["Overdue", "2026-12", "2027-01", "2027-02"])
    assert months.labels[0] == "Overdue"
    assert months.labels[1:] == [
        locale.toString(QDate(2026, 12, 1), "MMM yy"),
        locale.toString(QDate(2027, 1, 1), "MMM yy"),
        locale.toString(QDate(2027, 2, 1), "MMM"),
    ]


def test_three_years_of_weeks_and_a_long_reason_still_fit_a_1024_window(qtbot) -> None:
    from deskcrm.services.reports.model import Chart

    weeks = [f"{year}-W{week:02d}" for year in (2024, 2025, 2026) for week in range(1, 53)]
    long_reason = "Went with the cheaper offer from a competitor after a long trial"
    charts = [
        Chart("Interactions per week", weeks, {"Call": [1.0] * len(weeks)}, kind="stacked"),
        Chart("Lost reasons", [long_reason, "No budget"], {"Deals": [2, 1]}),
    ]
    for chart in charts:
        view = ReportChartView(chart)
        qtbot.addWidget(view)
        assert view.minimumWidth() <= 820  # fits beside the rail of a 1024 px window
        view.resize(820, view.content_height)
        view.show()
        qtbot.waitExposed(view)
        QApplication.processEvents()
        texts = _chart_texts(view)
        if view.horizontal:
            # Past any width a window can give, the label is cut; its tooltip has it whole.
            assert "No budget" in texts
            view.series.hovered.emit(True, 1, view.series.barSets()[0])  # the top bar
            assert QToolTip.text() == f"{long_reason}<br>Deals: 2"
        else:
            assert not [t for t in texts if "..." in t or "…" in t]
            assert sum(label in texts for label in view.categories.labels) >= 8


def test_dark_theme_paints_charts_dark_and_back_light(window, demo, qtbot) -> None:
    window.resize(1366, 768)
    window.show_view("reports")
    view = _show_report(window, qtbot, "sales")
    app = QApplication.instance()
    light = [_lightness(chart_view) for chart_view in view.chart_views]
    assert min(light) > 150
    window.setPalette(palette_for("dark", app))
    QApplication.processEvents()
    for chart_view in view.chart_views:
        qchart = chart_view.chart()
        background = qchart.backgroundBrush().color()
        assert background.lightness() < 80
        assert qchart.titleBrush().color().lightness() > 170
        for axis in qchart.axes():
            assert axis.labelsColor().lightness() > 170
        for bar_set in chart_view.series.barSets():
            assert abs(bar_set.color().lightness() - background.lightness()) > 80
        assert _lightness(chart_view) < 100  # what is painted, not only what is set
    # Reports shown after the switch are dark from the start.
    view = _show_report(window, qtbot, "pipeline")
    assert all(_lightness(chart_view) < 100 for chart_view in view.chart_views)
    window.setPalette(palette_for("light", app))
    QApplication.processEvents()
    assert all(_lightness(chart_view) > 150 for chart_view in view.chart_views)


def test_the_wheel_over_a_table_or_a_chart_scrolls_the_page(window, demo, qtbot) -> None:
    window.resize(1024, 640)
    window.show_view("reports")
    view = _show_report(window, qtbot, "customers")
    QApplication.processEvents()
    page = view.scroll_area.verticalScrollBar()
    assert page.maximum() > 0
    for table in view.tables:
        # Every row is on the page: the table has nothing to scroll of its own.
        assert table.verticalScrollBar().maximum() == 0
        assert table.viewport().height() >= table.verticalHeader().length()
    for widget in (view.tables[0].viewport(), view.chart_views[0].viewport()):
        before = page.value()
        _turn_wheel_down(widget)
        assert page.value() > before, widget.parent()
    assert view.tables[0].verticalScrollBar().value() == 0


def _turn_wheel_down(widget) -> None:
    """One notch of the wheel over `widget`, handed on as Qt hands on a real one: to each
    parent in turn until a widget accepts it (QApplication::notify does this only for
    events that come from the window system, which a test cannot make)."""
    position = QPointF(widget.width() / 2, widget.height() / 2)
    while widget is not None:
        event = QWheelEvent(
            position,
            QPointF(widget.mapToGlobal(position.toPoint())),
            QPoint(),
            QPoint(0, -120),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        if QApplication.sendEvent(widget, event) and event.isAccepted():
            return
        if widget.isWindow() or widget.testAttribute(Qt.WidgetAttribute.WA_NoMousePropagation):
            return
        position += QPointF(widget.pos())
        widget = widget.parentWidget()


def test_counts_in_words_take_the_right_plural() -> None:
    assert tr("%n answer(s)", "", 1) == "1 answer"
    assert tr("%n answer(s)", "", 0) == "0 answers"
    assert tr("Sent %n page(s) to the printer", "", 2) == "Sent 2 pages to the printer"
    assert tr("Show") == "Show"  # a string without a count is left alone


def test_a_preset_period_shows_its_dates_readable_and_custom_takes_typed_ones(
    window, qtbot
) -> None:
    window.show_view("reports")
    view = window.reports_view
    combo = view.period_combo
    preset = next(i for i in range(combo.count()) if combo.itemData(i) != "custom")
    combo.setCurrentIndex(preset)
    for edit in (view.from_date, view.to_date):
        # Not greyed out (1.6:1 on white): read-only, in the normal text colour.
        assert edit.isEnabled() and edit.isReadOnly()
        assert "Custom" in edit.toolTip()
    before = view.from_date.date()
    qtbot.keyClick(view.from_date, Qt.Key.Key_Up)
    assert view.from_date.date() == before
    combo.setCurrentIndex(combo.findData("custom"))
    assert not view.from_date.isReadOnly() and not view.to_date.isReadOnly()
    view.from_date.setDate(QDate(2026, 3, 1))
    assert view.from_date.date() == QDate(2026, 3, 1)


def test_a_reports_charts_come_a_turn_after_its_figures_and_only_its_own(
    window, services, qtbot
) -> None:
    """The figures and tables first, the charts on the event loop's next turn (the window
    answers in between); a report shown before the last one's charts came gets its own
    charts only."""
    _sales_data(services)
    view = _show_sales(window, qtbot)
    period = view.current_period()
    sales = services.reports.build("sales", period)
    pipeline = services.reports.build("pipeline", period)
    view.show_report(sales)
    assert view.charts_pending and view.chart_views == []
    assert view.tables  # the tables are there at once
    view.show_report(pipeline)  # before the sales charts came
    qtbot.waitUntil(lambda: not view.charts_pending, timeout=5_000)
    QApplication.processEvents()  # the sales report's turn, too late: nothing to show
    assert view.report is pipeline
    expected = [c.title for c in pipeline.charts if c.categories]
    assert expected and all(expected)
    assert [chart.chart().title() for chart in view.chart_views] == expected
