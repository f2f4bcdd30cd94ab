"""The Reports view: built off the GUI thread, same numbers as the PDF, export, preview."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtPrintSupport import QPrinter

from deskcrm.services.contacts.contacts import ContactInput
from deskcrm.services.pipeline.deals import DealInput
from deskcrm.ui.dialogs.pdf_preview_dialog import PdfPreviewDialog, print_pdf


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


def test_opening_reports_shows_the_chosen_report_without_pressing_show(window, qtbot):
    window.show_view("reports")
    view = window.reports_view
    qtbot.waitUntil(lambda: view.report is not None and not view.busy, timeout=10_000)
    assert view.report.key == view.report_combo.currentData()
    assert view.title_label.text()
