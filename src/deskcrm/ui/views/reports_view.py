"""The Reports view: pick a report and a period; KPIs, charts and sortable tables from the
same service code as the PDF, built off the GUI thread; export, preview and print."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from deskcrm.domain.periods import PRESET_LABELS, PRESETS, Period, preset_period
from deskcrm.services.reports.catalogue import REPORTS
from deskcrm.services.reports.model import Chart, Report
from deskcrm.services.storage.files import write_atomically
from deskcrm.ui.dialogs.pdf_preview_dialog import PdfPreviewDialog, ask_and_print
from deskcrm.ui.i18n import tr
from deskcrm.ui.models.report_table_model import LinkRole, ReportTableModel, SortRole
from deskcrm.ui.qt_dates import to_date
from deskcrm.ui.services import Services
from deskcrm.ui.taskmanager import TaskContext, TaskManager
from deskcrm.ui.text import escape_rich, plain_label

PALETTE = ["#1e6fd9", "#2e7d32", "#ef6c00", "#8e24aa", "#00897b", "#c62828", "#6d4c41"]


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
        self.tables: list[QTableView] = []
        self.chart_views: list[QChartView] = []
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
        self.preview_button = QPushButton(tr("Preview…"))
        self.export_button = QPushButton(tr("Export PDF…"))
        self.print_button = QPushButton(tr("Print…"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress_label = plain_label()
        self.cancel_button = QPushButton(tr("Cancel"))

    def _init_body(self) -> None:
        self.kpi_grid = QGridLayout()
        self.charts_row = QGridLayout()  # two charts a row, so each stays readable
        # Equal halves: otherwise the chart with more categories takes nearly all the width.
        self.charts_row.setColumnStretch(0, 1)
        self.charts_row.setColumnStretch(1, 1)
        self.tables_box = QVBoxLayout()
        body = QWidget()
        body_layout = QVBoxLayout(body)
        self.title_label = plain_label()
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title_label.setFont(font)
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
        self.scroll_area.setWidget(body)

    def _init_layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.report_combo)
        bar.addWidget(self.period_combo)
        bar.addWidget(self.from_date)
        bar.addWidget(plain_label(tr("to")))
        bar.addWidget(self.to_date)
        bar.addWidget(self.appendix)
        bar.addWidget(self.refresh_button)
        bar.addStretch(1)
        bar.addWidget(self.preview_button)
        bar.addWidget(self.export_button)
        bar.addWidget(self.print_button)
        busy = QHBoxLayout()
        busy.addWidget(self.progress, 1)
        busy.addWidget(self.progress_label, 1)
        busy.addWidget(self.cancel_button)
        self.busy_row = QWidget()
        self.busy_row.setLayout(busy)
        self.busy_row.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
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
        self._start(lambda _context: reports.build(key, period), "Gathering figures")

    def ask_pdf_path(self) -> Path | None:
        """Where to save the PDF (a file dialog; tests replace this)."""
        default = f"{self.report_combo.currentData()}-{date.today().isoformat()}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, "Export PDF", default, "PDF files (*.pdf)")
        return Path(path) if path else None

    # -- building ----------------------------------------------------------------------
    def _start(self, job: Callable[[TaskContext], Report | bytes], message: str) -> None:
        self.busy_row.show()
        self.progress.setValue(0)
        self.progress_label.setText(message)
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
        self._start(job, "Making the PDF")

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
                self.status_message.emit(tr("Sent {n} pages to the printer").format(n=pages))
        self.last_pdf = result
        self._after_task()

    def _on_failed(self, message: str) -> None:
        self._finish_busy()
        self.status_message.emit(message)
        self._after_task()

    def _on_cancelled(self) -> None:
        self._finish_busy()
        self.status_message.emit(tr("Cancelled"))
        self._after_task()

    def _on_preset_changed(self) -> None:
        preset = self.period_combo.currentData()
        custom = preset == "custom"
        self.from_date.setEnabled(custom)
        self.to_date.setEnabled(custom)
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
        self.title_label.setText(f"{report.title} · {report.period.label}")
        _clear(self.kpi_grid)
        for index, kpi in enumerate(report.kpis):
            box = QFrame()
            box.setFrameShape(QFrame.Shape.StyledPanel)
            inner = QVBoxLayout(box)
            label = plain_label(kpi.label)
            value = plain_label(kpi.value)
            value.setWordWrap(True)
            font = value.font()
            font.setPointSizeF(font.pointSizeF() * 1.5)
            font.setBold(True)
            value.setFont(font)
            inner.addWidget(label)
            inner.addWidget(value)
            box.setToolTip(kpi.note)
            self.kpi_grid.addWidget(box, index // 5, index % 5)
        notes = [kpi.note for kpi in report.kpis if kpi.note]
        self.kpi_notes.setText("\n".join(notes))
        self.kpi_notes.setVisible(bool(notes))
        _clear(self.charts_row)
        self.chart_views = [self._chart_view(chart) for chart in report.charts if chart.categories]
        for index, chart_view in enumerate(self.chart_views):
            self.charts_row.addWidget(chart_view, index // 2, index % 2)
        _clear(self.tables_box)
        self.tables = []
        for table in report.tables:
            self.tables_box.addWidget(plain_label(table.title))
            model = ReportTableModel(table, self)
            proxy = QSortFilterProxyModel(self)
            proxy.setSourceModel(model)
            proxy.setSortRole(SortRole)
            table_view = QTableView()
            table_view.setModel(proxy)
            table_view.setSortingEnabled(True)
            table_view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
            table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table_view.verticalHeader().hide()
            header = table_view.horizontalHeader()
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            for column in table.numeric:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
            table_view.setMinimumHeight(min(420, 60 + 24 * min(len(table.rows), 15)))
            table_view.activated.connect(self._on_row_activated)
            table_view.doubleClicked.connect(self._on_row_activated)
            self.tables_box.addWidget(table_view)
            if table.note:
                self.tables_box.addWidget(plain_label(table.note))
            self.tables.append(table_view)
        self.report_shown.emit(report)

    def _chart_view(self, chart: Chart) -> QChartView:
        qchart = QChart()
        if self.palette().color(QPalette.ColorRole.Window).lightness() < 128:
            # Charts paint their own white card unless told the app is dark.
            qchart.setTheme(QChart.ChartTheme.ChartThemeDark)
        qchart.setTitle(escape_rich(chart.title))
        qchart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        series = QStackedBarSeries() if chart.kind == "stacked" else QBarSeries()
        for index, (name, values) in enumerate(chart.series.items()):
            bar_set = QBarSet(escape_rich(name))
            bar_set.append([float(v) for v in values])
            bar_set.setColor(QColor(PALETTE[index % len(PALETTE)]))
            series.append(bar_set)
        qchart.addSeries(series)
        # Axis labels are rendered as rich text: user text (stage names, lost reasons) is escaped.
        axis_x = QBarCategoryAxis()
        axis_x.append([escape_rich(c) for c in chart.categories])
        axis_y = QValueAxis()
        axis_y.setLabelFormat("%.0f")
        if chart.kind == "stacked":
            sums = [sum(values) for values in zip(*chart.series.values(), strict=False)]
            top = max(sums, default=0)
        else:
            top = max((v for values in chart.series.values() for v in values), default=0)
        # Bars grow from zero; a negative figure (an NPS below zero) extends the axis down.
        bottom = min((v for values in chart.series.values() for v in values), default=0)
        axis_y.setRange(min(0, bottom), top or 1)  # an empty chart still gets a sane axis
        if top or bottom < 0:
            axis_y.applyNiceNumbers()
        qchart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        qchart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        qchart.legend().setVisible(len(chart.series) > 1)
        view = QChartView(qchart)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumHeight(280)
        return view

    def _on_row_activated(self, index: QModelIndex) -> None:
        link = index.data(LinkRole)
        if not link:
            return
        kind, record_id = link
        if kind == "contact":
            self.open_contact_requested.emit(record_id)
        elif kind == "deal":
            self.open_deal_requested.emit(record_id)


def _clear(layout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.deleteLater()
