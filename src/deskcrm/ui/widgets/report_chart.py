"""One report chart on screen, sized to what it shows: short labels (weeks, months) stand
under columns and are thinned out rather than cut; long labels (stages, reasons, sources)
go beside horizontal bars, each on its own line. Colours come from the palette (ui/theme),
so the chart follows the light or dark theme, also when it changes."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QEvent, QLocale, QMargins, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QCursor, QFont, QFontMetrics, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from deskcrm.services.reports.model import Chart
from deskcrm.ui.i18n import tr
from deskcrm.ui.text import escape_rich
from deskcrm.ui.theme import chart_colours

SHORT_LABEL = 10  # labels up to about this many characters fit under columns
MIN_WIDTH = 360  # below this a chart's title and axes no longer read well
COLUMNS_HEIGHT = 300
# Qt Charts gives a side axis at most about 40 % of the chart's width and cuts labels that
# need more: a bar chart is made wide enough for its longest label within 36 %.
SIDE_AXIS_SHARE = 0.36
BAR_THICKNESS = 13  # px per bar beside a label
CATEGORY_GAP = 12  # px between one label's bars and the next
COLUMN_SLOT = 10  # px a column (or a group's column) needs at the least
WIDE_AFTER = 16  # more columns than this: the chart takes a whole row
MAX_WIDTH = 820  # the most a chart asks for: what a 1024 px window has beside the rail
LABEL_GAP = 14  # px between two axis labels
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_RECOLOUR_ON = (  # the palette or style changed: the theme was switched
    QEvent.Type.PaletteChange,
    QEvent.Type.ApplicationPaletteChange,
    QEvent.Type.StyleChange,
)


@dataclass(frozen=True)
class Categories:
    """What a chart's axis shows for its categories, and what a hover tells in full."""

    labels: list[str]
    details: list[str]
    axis_title: str = ""


def readable_categories(categories: list[str]) -> Categories:
    """ISO weeks ("2026-W10") as the date of their Monday ("2 Mar") and months ("2026-03")
    as "Mar 26" at the first and at each January, "Apr" after; anything else as it is."""
    locale = QLocale()
    weeks = [_WEEK.match(c) for c in categories]
    if categories and all(weeks):
        mondays = [date.fromisocalendar(int(m[1]), int(m[2]), 1) for m in weeks if m]
        years = sorted({d.year for d in mondays})
        span = str(years[0]) if len(years) == 1 else f"{years[0]}–{years[-1]}"
        return Categories(
            _unique([locale.toString(_qdate(d), "d MMM") for d in mondays]),
            [
                tr("Week {week} of {year}, from Monday {date}").format(
                    week=d.isocalendar()[1],
                    year=d.isocalendar()[0],
                    date=locale.toString(_qdate(d), "d MMMM yyyy"),
                )
                for d in mondays
            ],
            tr("Weeks by their Monday, {years}").format(years=span),
        )
    labels: list[str] = []
    details: list[str] = []
    seen_month = False
    for category in categories:
        month = _MONTH.match(category)
        day = QDate(int(month[1]), int(month[2]), 1) if month else QDate()
        if not day.isValid():
            labels.append(category)
            details.append(category)
            continue
        first = not seen_month or day.month() == 1
        seen_month = True
        labels.append(locale.toString(day, "MMM yy" if first else "MMM"))
        details.append(locale.toString(day, "MMMM yyyy"))
    return Categories(_unique(labels), details)


def nice_step(span: float, most: int) -> float:
    """The round step (1, 2 or 5 times a power of ten) that covers `span` in at most
    `most` steps."""
    if span <= 0:
        return 1.0
    raw = span / max(1, most)
    power = 10.0 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if factor * power >= raw * (1 - 1e-9):
            return max(1.0, factor * power)  # counts and money: no fractional ticks
    return 10 * power


class ReportChartView(QChartView):
    """A report's chart: horizontal bars when its labels are long, columns when short."""

    def __init__(self, chart: Chart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = chart
        categories = readable_categories(chart.categories)
        self._metrics = QFontMetrics(self.font())
        self._label_width = max(
            (self._metrics.horizontalAdvance(label) for label in categories.labels), default=0
        )
        self.horizontal = self._label_width > self._metrics.averageCharWidth() * SHORT_LABEL
        self.series_values = dict(chart.series)
        if self.horizontal:
            # Qt draws the first category at the bottom: reversed, the bars read top-down in
            # the report's order, as the table below lists them.
            categories = Categories(
                categories.labels[::-1], categories.details[::-1], categories.axis_title
            )
            # Likewise within a group: the first series is drawn lowest, so the series go in
            # last first (the legend lists them the other way round again).
            self.series_values = {
                name: values[::-1] for name, values in reversed(chart.series.items())
            }
        self.categories = categories
        self.stacked = chart.kind == "stacked"
        self._step = 0  # how many columns from one shown label to the next
        self._values_step = 0.0
        self._init_chart()
        self._init_size()
        self.apply_colours()
        self.chart().plotAreaChanged.connect(self._on_plot_area_changed)
        self._ready = True

    # -- building ---------------------------------------------------------------------------
    def _init_chart(self) -> None:
        qchart = QChart()
        qchart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        qchart.setLocalizeNumbers(True)  # 400,000 rather than 400000
        qchart.setLocale(number_locale())
        qchart.setMargins(QMargins(6, 4, 10, 4))
        qchart.setBackgroundRoundness(6)
        title_font = QFont(self.font())
        title_font.setBold(True)
        qchart.setTitleFont(title_font)
        # Titles, axis labels and legend entries are rich text in Qt Charts: user text
        # (stage names, lost reasons, sources) is escaped.
        qchart.setTitle(escape_rich(self.source.title))
        self.series = self._new_series()
        for name, values in self.series_values.items():
            bar_set = QBarSet(escape_rich(name))
            bar_set.append([float(v) for v in values])
            self.series.append(bar_set)
        self.series.hovered.connect(self._on_hovered)
        qchart.addSeries(self.series)
        self.values_axis = QValueAxis()
        self.values_axis.setLabelFormat("%.0f")
        self.values_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        self.values_axis.setTickAnchor(0)
        self.values_axis.setMinorTickCount(0)
        self.category_axis: QBarCategoryAxis | QCategoryAxis
        if self.horizontal:
            axis = QBarCategoryAxis()
            axis.append([escape_rich(label) for label in self.categories.labels])
            self.category_axis = axis
            qchart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
            qchart.addAxis(self.values_axis, Qt.AlignmentFlag.AlignBottom)
        else:
            columns = QCategoryAxis()
            columns.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
            columns.setRange(-0.5, len(self.categories.labels) - 0.5)
            columns.setStartValue(-0.5)
            columns.setGridLineVisible(False)
            if self.categories.axis_title:
                columns.setTitleText(escape_rich(self.categories.axis_title))
                small = QFont(self.font())
                small.setPointSizeF(small.pointSizeF() * 0.9)
                columns.setTitleFont(small)
            self.category_axis = columns
            qchart.addAxis(columns, Qt.AlignmentFlag.AlignBottom)
            qchart.addAxis(self.values_axis, Qt.AlignmentFlag.AlignLeft)
            self._set_column_labels(1)
        for axis_ in (self.category_axis, self.values_axis):
            axis_.setLabelsFont(self.font())
            self.series.attachAxis(axis_)
        self._set_value_ticks(5)
        legend = qchart.legend()
        legend.setVisible(len(self.source.series) > 1)
        legend.setAlignment(Qt.AlignmentFlag.AlignTop)
        legend.setReverseMarkers(self.horizontal)  # in the report's order of series
        legend.setFont(self.font())
        self.setChart(qchart)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFrameShape(QChartView.Shape.NoFrame)

    def _new_series(self) -> QAbstractBarSeries:
        if self.horizontal:
            return QHorizontalStackedBarSeries() if self.stacked else QHorizontalBarSeries()
        return QStackedBarSeries() if self.stacked else QBarSeries()

    def _init_size(self) -> None:
        count = len(self.categories.labels)
        bars = 1 if self.stacked else max(1, len(self.source.series))
        line = self._metrics.height()
        header = 2 * line + 24  # the title and the space around the plot
        if len(self.source.series) > 1:
            header += line + 12  # the legend
        legend_width = sum(
            self._metrics.horizontalAdvance(name) + 34 for name in self.source.series
        )
        title_font = QFont(self.font())
        title_font.setBold(True)
        title_width = QFontMetrics(title_font).horizontalAdvance(self.source.title) + 48
        if self.horizontal:
            per_category = bars * BAR_THICKNESS + CATEGORY_GAP
            height = header + count * per_category + 2 * line + 16  # + the values axis
            axis_width = math.ceil((self._label_width + 28) / SIDE_AXIS_SHARE)
            width = max(MIN_WIDTH, axis_width, title_width, legend_width)
        else:
            height = COLUMNS_HEIGHT + (line + 8 if self.categories.axis_title else 0)
            columns_width = count * (bars * COLUMN_SLOT + 4) + 90
            width = max(MIN_WIDTH, columns_width, title_width, legend_width)
        # Never wider than the narrowest page (1024 px windows): past that a label is cut
        # (its bar's tooltip has it in full) rather than the page scrolling sideways.
        width = min(width, MAX_WIDTH)
        self.wide = count > WIDE_AFTER or width >= MAX_WIDTH
        self.content_height = height  # a neighbour in the same row may make it taller
        self._minimum = QSize(width, height)
        self.setMinimumSize(self._minimum)
        # As tall as its content and no taller: the page scrolls, the chart is not squeezed.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # A first guess at the plot's width (the chart less its value axis and margins), so
        # that even the first frame shows labels that fit; the plot area then refines it.
        if not self.horizontal and self.categories.labels:
            plot_width = max(1, event.size().width() - 100)
            self._fit_column_labels(plot_width)
        super().resizeEvent(event)

    def sizeHint(self) -> QSize:
        return self._minimum

    def minimumSizeHint(self) -> QSize:
        return self._minimum

    # -- colours ----------------------------------------------------------------------------
    def apply_colours(self) -> None:
        """Paint with the palette's colours (called again when the theme changes)."""
        colours = chart_colours(self.palette())
        qchart = self.chart()
        qchart.setBackgroundBrush(QBrush(colours.background))
        qchart.setBackgroundPen(QPen(colours.border))
        qchart.setTitleBrush(QBrush(colours.text))
        qchart.setPlotAreaBackgroundVisible(False)
        qchart.legend().setLabelColor(colours.text)
        qchart.legend().setBrush(QBrush(Qt.BrushStyle.NoBrush))
        qchart.legend().setPen(QPen(Qt.PenStyle.NoPen))
        for axis in (self.category_axis, self.values_axis):
            axis.setLabelsColor(colours.text)
            axis.setTitleBrush(QBrush(colours.text))
            axis.setLinePenColor(colours.axis)
            axis.setGridLineColor(colours.grid)
        self.values_axis.setShadesVisible(False)
        names = list(self.source.series)  # a series keeps its colour however it is drawn
        for name, bar_set in zip(self.series_values, self.series.barSets(), strict=True):
            colour = colours.series[names.index(name) % len(colours.series)]
            bar_set.setColor(colour)
            bar_set.setBorderColor(colour)
            bar_set.setLabelColor(colours.text)
        self.setBackgroundBrush(QBrush(self.palette().color(self.backgroundRole())))

    def event(self, event: QEvent) -> bool:
        # (Qt may send a palette change while the view is still being built.)
        if event.type() in _RECOLOUR_ON and getattr(self, "_ready", False):
            self.apply_colours()
        return super().event(event)

    # -- axes that fit ----------------------------------------------------------------------
    def _on_plot_area_changed(self, plot: QRectF) -> None:
        if self.horizontal:
            widest = self._widest_value_label()
            self._set_value_ticks(int(plot.width() // (widest + LABEL_GAP)))
            return
        self._set_value_ticks(int(plot.height() // (self._metrics.height() * 2.2)))
        if self.categories.labels and plot.width() > 0:
            self._fit_column_labels(plot.width())

    def _fit_column_labels(self, plot_width: float) -> None:
        slot = plot_width / len(self.categories.labels)
        self._set_column_labels(max(1, math.ceil((self._label_width + LABEL_GAP) / slot)))

    def _set_column_labels(self, step: int) -> None:
        """Label every `step`-th column: a label that fits rather than every label cut."""
        if step == self._step or not isinstance(self.category_axis, QCategoryAxis):
            return
        self._step = step
        axis = self.category_axis
        for label in axis.categoriesLabels():
            axis.remove(label)
        for index in range(0, len(self.categories.labels), step):
            axis.append(escape_rich(self.categories.labels[index]), index)

    def _value_range(self) -> tuple[float, float]:
        values = [v for values in self.source.series.values() for v in values]
        if self.stacked:
            columns = list(zip(*self.source.series.values(), strict=False))
            top = max((sum(v for v in column if v > 0) for column in columns), default=0.0)
            bottom = min((sum(v for v in column if v < 0) for column in columns), default=0.0)
        else:
            top = max(values, default=0.0)
            bottom = min(values, default=0.0)
        # Bars grow from zero; a negative figure (an NPS below zero) extends the axis down.
        return min(0.0, bottom), max(0.0, top)

    def _set_value_ticks(self, most: int) -> None:
        bottom, top = self._value_range()
        step = nice_step(top - bottom, max(2, min(most, 8)))
        if step == self._values_step:
            return
        self._values_step = step
        low = math.floor(bottom / step) * step
        high = math.ceil(top / step) * step
        if high <= low:
            high = low + step  # an empty chart still gets a sane axis
        self.values_axis.setTickInterval(step)
        self.values_axis.setRange(low, high)

    def _widest_value_label(self) -> int:
        bottom, top = self._value_range()
        locale = number_locale()
        return max(
            self._metrics.horizontalAdvance(locale.toString(float(v), "f", 0))
            for v in (bottom, top, 10.0)
        )

    # -- hover ------------------------------------------------------------------------------
    def _on_hovered(self, status: bool, index: int, bar_set: QBarSet) -> None:
        if not status:
            QToolTip.hideText()
            return
        name = list(self.series_values)[self.series.barSets().index(bar_set)]
        value = number_locale().toString(float(self.series_values[name][index]), "f", 0)
        text = f"{self.categories.details[index]}\n{name}: {value}"
        QToolTip.showText(QCursor.pos(), escape_rich(text), self)


def number_locale() -> QLocale:
    """The user's locale for numbers on axes; where that is the bare C locale (no language
    set), English, whose thousands separator the report tables use too."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return locale


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _unique(labels: list[str]) -> list[str]:
    """Axis categories must differ: a repeated label gets a count ("Lead (2)")."""
    seen: dict[str, int] = {}
    unique = []
    for label in labels:
        seen[label] = seen.get(label, 0) + 1
        unique.append(label if seen[label] == 1 else f"{label} ({seen[label]})")
    return unique
