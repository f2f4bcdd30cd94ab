"""A report table on a scrolling page: as tall as its rows, with no scroll bar of its own,
so the mouse wheel over it scrolls the page instead of being caught by the table."""

from __future__ import annotations

import math

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QFontMetricsF, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QSizePolicy,
    QStyle,
    QTableView,
    QWidget,
)

from deskcrm.ui.type_scale import uniform_rows

# Rows a column's width is measured over. Every row of a report table is in view, so Qt
# would measure up to its default 1,000 rows on each resize (a third of a second for a
# long report); the widest value is almost always among the first rows of a sorted report.
FIT_ROWS = 200


class ReportTableView(QTableView):
    """Sortable, read-only rows; every row shown, the page scrolls instead of the table."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # No column sorted at first (the report's own order): set before sorting is on, so
        # that a model given to the view is not sorted by the first column and back.
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.verticalHeader().hide()
        uniform_rows(self)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is None:
            return
        header = self.horizontalHeader()
        header.setResizeContentsPrecision(FIT_ROWS)
        # The first column (a name, a stage, a week) takes what is left; the others are as
        # wide as their widest cell, so names and amounts are not cut or wrapped. Measured
        # when the rows change, not on every resize (Qt's ResizeToContents measures again
        # each time: six resizes of a long report held the window 0.1 s).
        for column in range(model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        if model.columnCount():
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self._fit)
        model.layoutChanged.connect(self._fit)  # sorted: other rows come first
        self._fit()

    def _fit(self) -> None:
        model, header = self.model(), self.horizontalHeader()
        for column in range(1, model.columnCount()):
            header.resizeSection(
                column, max(self._text_width(column), header.sectionSizeHint(column))
            )
        self._fit_height()

    def _text_width(self, column: int) -> int:
        """The width the column's widest text among the first FIT_ROWS rows needs. A report
        cell is plain text, so the font's metrics measure it alone: Qt's own measure
        (sizeHintForColumn) asks the delegate for each cell's whole size, which held the
        window ~60 ms when Reports was first shown."""
        model = self.model()
        metrics = QFontMetricsF(self.font())
        widest = 0.0
        for row in range(min(FIT_ROWS, model.rowCount())):
            text = model.data(model.index(row, column))
            if text is not None:
                widest = max(widest, metrics.horizontalAdvance(str(text)))
        # The delegate's margins either side of the text, and the grid line.
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self)
        return math.ceil(widest) + 2 * (margin + 1) + (1 if self.showGrid() else 0)

    def _fit_height(self) -> None:
        height = self.horizontalHeader().sizeHint().height() + self.verticalHeader().length()
        if self.horizontalScrollBar().maximum() > 0:  # columns wider than the page
            height += self.horizontalScrollBar().sizeHint().height()
        if self.frameShape() != QFrame.Shape.NoFrame:
            height += 2 * self.frameWidth()
        self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()  # a horizontal scroll bar may have come or gone

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta()
        if abs(delta.y()) >= abs(delta.x()):
            # Every row is shown: an up or down turn is the page's, not left here unused.
            event.ignore()
            return
        super().wheelEvent(event)  # sideways: the table's own columns, if they overflow
