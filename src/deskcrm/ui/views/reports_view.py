"""The Reports view: pick a report and a period; KPIs, charts and sortable tables from the
same service code as the PDF, built off the GUI thread; export, preview and print.

The page is one scrolling column: charts are as large as their content needs (two a row
where both fit, else one), tables show all their rows, so the wheel always scrolls the page."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLayout,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from deskcrm.domain.periods import PRESET_LABELS, PRESETS, Period, preset_period
from deskcrm.services.reports.catalogue import REPORTS
from deskcrm.services.reports.model import Report
from deskcrm.services.storage.files import write_atomically
from deskcrm.ui.dialogs.pdf_preview_dialog import PdfPreviewDialog, ask_and_print
from deskcrm.ui.i18n import tr
from deskcrm.ui.icons import set_icon
from deskcrm.ui.models.report_table_model import LinkRole, ReportTableModel, SortRole
from deskcrm.ui.qt_dates import to_date
from deskcrm.ui.services import Services
from deskcrm.ui.taskmanager import TaskContext, TaskManager
from deskcrm.ui.text import plain_label
from deskcrm.ui.type_scale import set_text_role
from deskcrm.ui.widgets.flow_layout import FlowLayout
from deskcrm.ui.widgets.report_chart import ReportChartView
from deskcrm.ui.widgets.report_table_view import ReportTableView

KPIS_PER_ROW = 5


class ReportsView(QWidget):
    """Signals:
    status_message(str): something to show in the status bar.
    open_contact_requested(int), open_deal_requested(int): a table row was activated.
    report_shown(object): a Report finished building and is on screen.
    """

    status_message = Signal(str)
    open_contact_requested = Signal(int)
    open_deal_requested = Signal(int)
    report_shown = Signal(object)

    TASK_KEY = "reports"  # one report or PDF at a time

    def __init__(
        self, services: Services, tasks: TaskManager, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._tasks = tasks
        self.report: Report | None = None
        self._after_pdf: str = ""  # "save", "preview" or "print"
        self._pending_refresh = False
        self._pdf_path: Path | None = None
        self.tables: list[ReportTableView] = []
        self.chart_views: list[ReportChartView] = []
        self.charts_pending = False  # a report's charts are shown a turn after its figures
        # Where each chart is now: (view, row, column, columns spanned).
        self._chart_places: list[tuple[ReportChartView, int, int, int]] = []
        self._init_controls()
        self._init_body()
        self._init_layout()
        self._connect_signals()
        self._on_preset_changed()

    def _init_controls(self) -> None:
        self.report_combo = QComboBox()
        for key, (title, _build) in REPORTS.items():
            self.report_combo.addItem(title, key)
        self.period_combo = QComboBox()
        for key in PRESETS:
            self.period_combo.addItem(PRESET_LABELS[key], key)
        self.period_combo.setCurrentIndex(PRESETS.index("last12"))
        self.from_date = QDateEdit()
        self.to_date = QDateEdit()
        for edit in (self.from_date, self.to_date):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.appendix = QCheckBox(tr("Appendix: every deal"))
        self.refresh_button = QPushButton(tr("Show"))
        set_icon(self.refresh_button, "show")
        self.preview_button = QPushButton(tr("Preview…"))
        set_icon(self.preview_button, "preview")
        self.export_button = QPushButton(tr("Export PDF…"))
        set_icon(self.export_button, "export_pdf")
        self.print_button = QPushButton(tr("Print…"))
        set_icon(self.print_button, "print")
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setTextVisible(False)
        self.progress_label = plain_label()
        self.cancel_button = QPushButton(tr("Cancel"))
        set_icon(self.cancel_button, "cancel")

    def _init_body(self) -> None:
        self.kpi_grid = QGridLayout()
        self.charts_row = QGridLayout()  # two charts a row where both fit, else one
        # Equal halves: otherwise the chart with more categories takes nearly all the width.
        self.charts_row.setColumnStretch(0, 1)
        self.charts_row.setColumnStretch(1, 1)
        self.tables_box = QVBoxLayout()
        body = QWidget()
        body_layout = self._body_layout = QVBoxLayout(body)
        # Until the first report arrives the page says that it is coming, not a blank area.
        self.placeholder = plain_label(tr("Working…"))
        self.placeholder.setObjectName("reports_placeholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        set_text_role(self.placeholder, "lead")
        self.placeholder.setMinimumHeight(160)
        body_layout.addWidget(self.placeholder)
        self.title_label = plain_label()
        set_text_role(self.title_label, "title")
        body_layout.addWidget(self.title_label)
        body_layout.addLayout(self.kpi_grid)
        self.kpi_notes = plain_label()  # what the less obvious figures mean
        self.kpi_notes.setObjectName("kpi_notes")
        self.kpi_notes.setWordWrap(True)
        body_layout.addWidget(self.kpi_notes)
        body_layout.addLayout(self.charts_row)
        body_layout.addLayout(self.tables_box)
        body_layout.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(body)
        self.scroll_area.verticalScrollBar().setSingleStep(self.fontMetrics().height() * 2)
        # Charts are placed again when the page's width changes (two a row, or one).
        self.scroll_area.viewport().installEventFilter(self)

    def _init_layout(self) -> None:
        # The tool bar's groups wrap onto a second row in a narrow window (one row of all
        # of them is ~1,050 px wide: the window could not be narrower than that).
        self.tool_bar = QWidget()
        self.tool_bar.setObjectName("reports_tool_bar")
        bar = FlowLayout(self.tool_bar, last_to_the_right=True)
        bar.setContentsMargins(0, 0, 0, 0)
        for group in (
            (self.report_combo, self.period_combo),
            (self.from_date, plain_label(tr("to")), self.to_date),
            (self.appendix, self.refresh_button),
            (self.preview_button, self.export_button, self.print_button),
        ):
            box = QWidget()
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            for widget in group:
                row.addWidget(widget)
            bar.addWidget(box)
        busy = QHBoxLayout()
        busy.addWidget(self.progress, 1)
        busy.addWidget(self.progress_label, 1)
        busy.addWidget(self.cancel_button)
        self.busy_row = QWidget()
        self.busy_row.setLayout(busy)
        self.busy_row.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.tool_bar)
        layout.addWidget(self.busy_row)
        layout.addWidget(self.scroll_area, 1)

    def _connect_signals(self) -> None:
        self.report_combo.currentIndexChanged.connect(self.refresh)
        self.period_combo.currentIndexChanged.connect(self._on_preset_changed)
        self.refresh_button.clicked.connect(self.refresh)
        self.from_date.dateChanged.connect(self._on_custom_dates)
        self.to_date.dateChanged.connect(self._on_custom_dates)
        self.preview_button.clicked.connect(lambda: self._make_pdf("preview"))
        self.export_button.clicked.connect(lambda: self._make_pdf("save"))
        self.print_button.clicked.connect(lambda: self._make_pdf("print"))
        self.cancel_button.clicked.connect(lambda: self._tasks.cancel(self.TASK_KEY))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.scroll_area.viewport() and event.type() == QEvent.Type.Resize:
            self._place_charts()
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:
        """The first time the view is shown, show the chosen report (not a blank page)."""
        super().showEvent(event)
        if self.report is None and not self.busy:
            self.refresh()

    # -- public ----------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        """True while a report or a PDF is being made."""
        return self._tasks.busy(self.TASK_KEY)

    def current_period(self) -> Period:
        return Period(to_date(self.from_date.date()), to_date(self.to_date.date()))

    def refresh(self) -> None:
        """Build the chosen report in the background and show it."""
        if self.busy:
            self._pending_refresh = True  # run again with the new choice when this one ends
            return
        self._pending_refresh = False
        try:
            period = self.current_period()
        except ValueError as exc:
            self.status_message.emit(str(exc))
            return
        key = self.report_combo.currentData()
        reports = self._services.reports
        self._after_pdf = ""
        self._start(lambda _context: reports.build(key, period), tr("Working…"), steps=False)

    def ask_pdf_path(self) -> Path | None:
        """Where to save the PDF (a file dialog; tests replace this)."""
        default = f"{self.report_combo.currentData()}-{date.today().isoformat()}.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self, tr("Export PDF"), default, tr("PDF files (*.pdf)")
        )
        return Path(path) if path else None

    # -- building ----------------------------------------------------------------------
    def _start(
        self, job: Callable[[TaskContext], Report | bytes], message: str, *, steps: bool = True
    ) -> None:
        """Run `job` through the task manager with the busy row showing `message`; a job
        without `steps` (building a report) says nothing of its progress: the bar just moves."""
        self.busy_row.show()
        self.progress.setRange(0, 100 if steps else 0)
        self.progress.setValue(0)
        self.progress_label.setText(message)
        if self.report is None:
            self.placeholder.setText(message)
            self.placeholder.show()
        for button in (
            self.refresh_button,
            self.preview_button,
            self.export_button,
            self.print_button,
        ):
            button.setEnabled(False)
        self._tasks.run(
            job,
            self._on_finished,
            on_error=self._on_failed,
            on_progress=self._on_progress,
            on_cancelled=self._on_cancelled,
            key=self.TASK_KEY,
            cancellable=True,
            owner=self,
        )

    def _make_pdf(self, then: str) -> None:
        if self.busy:
            return
        if then == "save":
            self._pdf_path = self.ask_pdf_path()
            if self._pdf_path is None:
                return
        try:
            period = self.current_period()
        except ValueError as exc:
            self.status_message.emit(str(exc))
            return
        key = self.report_combo.currentData()
        appendix = self.appendix.isChecked() and key == "pipeline"
        reports = self._services.reports
        path = self._pdf_path

        def job(context: TaskContext) -> bytes:
            pdf = reports.pdf(
                key,
                period,
                appendix=appendix,
                progress=context.progress,
                cancelled=context.cancelled,
            )
            if then == "save" and path is not None:
                write_atomically(path, pdf)
            return pdf

        self._after_pdf = then
        self._start(job, tr("Making the PDF…"))

    def _finish_busy(self) -> None:
        self.busy_row.hide()
        for button in (
            self.refresh_button,
            self.preview_button,
            self.export_button,
            self.print_button,
        ):
            button.setEnabled(True)

    def _on_custom_dates(self) -> None:
        if self.period_combo.currentData() == "custom" and self.isVisible():
            self.refresh()

    def _after_task(self) -> None:
        """The task's key is free again: a choice made meanwhile is shown now."""
        if self._pending_refresh:
            self.refresh()

    def _on_progress(self, fraction: float, message: str) -> None:
        self.progress.setValue(int(fraction * 100))
        self.progress_label.setText(message)

    def _on_finished(self, result: Report | bytes) -> None:
        self._finish_busy()
        if isinstance(result, Report):
            self.show_report(result)
            self._after_task()
            return
        assert isinstance(result, bytes)
        title = self.report_combo.currentText()
        if self._after_pdf == "save":
            self.status_message.emit(tr("Saved {path}").format(path=self._pdf_path))
        elif self._after_pdf == "preview":
            PdfPreviewDialog.ask(self, result, title)
        elif self._after_pdf == "print":
            pages = ask_and_print(self, result)
            if pages:
                self.status_message.emit(tr("Sent %n page(s) to the printer", "", pages))
        self.last_pdf = result
        self._after_task()

    def _on_failed(self, message: str) -> None:
        self._finish_busy()
        self.status_message.emit(message)
        self.placeholder.setText(message)  # shown only while no report is on the page
        self._after_task()

    def _on_cancelled(self) -> None:
        self._finish_busy()
        self.status_message.emit(tr("Cancelled"))
        self.placeholder.setText(tr("Cancelled"))
        self._after_task()

    def _on_preset_changed(self) -> None:
        preset = self.period_combo.currentData()
        custom = preset == "custom"
        # The period's dates are read in full either way (greyed out they could not be
        # read); only a custom period takes typed dates.
        for edit in (self.from_date, self.to_date):
            edit.setReadOnly(not custom)
            edit.setButtonSymbols(
                QAbstractSpinBox.ButtonSymbols.UpDownArrows
                if custom
                else QAbstractSpinBox.ButtonSymbols.NoButtons
            )
            edit.setToolTip("" if custom else tr("Choose “Custom” to type dates of your own"))
        if not custom:
            period = preset_period(
                preset, self._services.reports.today().astimezone(self._services.reports.tz).date()
            )
            self.from_date.setDate(QDate(period.start.year, period.start.month, period.start.day))
            self.to_date.setDate(QDate(period.end.year, period.end.month, period.end.day))
            if self.isVisible():  # built when first shown, not while the window starts
                self.refresh()

    # -- showing -----------------------------------------------------------------------
    def show_report(self, report: Report) -> None:
        self.report = report
        self.placeholder.hide()
        self.title_label.setText(f"{report.title} · {report.period.label}")
        _clear(self.kpi_grid)
        for index, kpi in enumerate(report.kpis):
            box = QFrame()
            box.setFrameShape(QFrame.Shape.StyledPanel)
            inner = QVBoxLayout(box)
            label = plain_label(kpi.label)
            label.setWordWrap(True)
            value = plain_label(kpi.value)
            value.setWordWrap(True)
            set_text_role(value, "title")
            inner.addWidget(label)
            inner.addWidget(value)
            box.setToolTip(kpi.note)
            self.kpi_grid.addWidget(box, index // KPIS_PER_ROW, index % KPIS_PER_ROW)
        notes = [kpi.note for kpi in report.kpis if kpi.note]
        self.kpi_notes.setText("\n".join(notes))
        self.kpi_notes.setVisible(bool(notes))
        _clear(self.charts_row)
        self._chart_places = []
        self.chart_views = []
        # The charts on the event loop's next turn: the figures and tables are painted
        # first, and the window answers in between (building both at once held it ~60 ms).
        self.charts_pending = any(chart.categories for chart in report.charts)
        if self.charts_pending:
            QTimer.singleShot(0, self, lambda: self._show_charts(report))
        _clear(self.tables_box)
        self.tables = []
        for table in report.tables:
            self.tables_box.addWidget(plain_label(table.title))
            model = ReportTableModel(table, self)
            proxy = QSortFilterProxyModel(self)
            proxy.setSourceModel(model)
            proxy.setSortRole(SortRole)
            table_view = ReportTableView()
            table_view.setModel(proxy)
            table_view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
            table_view.activated.connect(self._on_row_activated)
            table_view.doubleClicked.connect(self._on_row_activated)
            self.tables_box.addWidget(table_view)
            if table.note:
                note = plain_label(table.note)
                note.setWordWrap(True)
                self.tables_box.addWidget(note)
            self.tables.append(table_view)
        self.report_shown.emit(report)

    def _show_charts(self, report: Report) -> None:
        if report is not self.report:
            return  # another report is shown (or on its way): its own charts follow it
        self.charts_pending = False
        self.chart_views = [ReportChartView(chart) for chart in report.charts if chart.categories]
        self._place_charts()

    def _place_charts(self) -> None:
        """Two charts side by side where both fit in half the page's width, else one a row;
        a chart with many columns (weeks of a year) always gets a row of its own, and one
        that needs more than half the width spans the row."""
        margins = self._body_layout.contentsMargins()
        width = self.scroll_area.viewport().width() - margins.left() - margins.right()
        half = (width - self.charts_row.horizontalSpacing()) / 2
        rows: list[list[ReportChartView]] = []
        for view in self.chart_views:
            last = rows[-1] if rows else None
            if _fits_half(view, half) and last and len(last) == 1 and _fits_half(last[0], half):
                last.append(view)
            else:
                rows.append([view])
        places = [
            (view, row, column, 2 if not _fits_half(view, half) else 1)
            for row, views in enumerate(rows)
            for column, view in enumerate(views)
        ]
        if places == self._chart_places:
            return
        self._chart_places = places
        while self.charts_row.count():
            self.charts_row.takeAt(0)  # the views stay; only their places change
        for views in rows:
            height = max(view.content_height for view in views)  # side by side, alike
            for view in views:
                view.setFixedHeight(height)
        for view, row, column, span in places:
            self.charts_row.addWidget(view, row, column, 1, span)

    def _on_row_activated(self, index: QModelIndex) -> None:
        link = index.data(LinkRole)
        if not link:
            return
        kind, record_id = link
        if kind == "contact":
            self.open_contact_requested.emit(record_id)
        elif kind == "deal":
            self.open_deal_requested.emit(record_id)


def _fits_half(view: ReportChartView, half: float) -> bool:
    return not view.wide and view.minimumWidth() <= half


def _clear(layout: QLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()
