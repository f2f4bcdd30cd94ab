"""A table whose main column stays readable at any width: the other columns take what
their contents need, up to a cap, and the main one the rest, never less than a readable
width (the table scrolls sideways below that). Worked out again whenever the table is
resized or its rows change (a width the user dragged lasts until then)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractItemView, QHeaderView

# How many rows a column's width is measured over (those in view first, then the nearest
# others): Qt's default of 1,000 asks the model ~50,000 questions for a 6-column table,
# a quarter of a second on the GUI thread each time the table is resized or reloaded.
# About a screenful: a wider value further down is elided, and shown whole in its row.
FIT_ROWS = 40


class ColumnFit(QObject):
    def __init__(
        self,
        view: QAbstractItemView,
        main: int = 0,
        *,
        main_chars: int = 22,
        cap_chars: int = 24,
    ) -> None:
        """`main`: the column that gets the room left; `main_chars`: its least width in
        average characters; `cap_chars`: the most any other column takes."""
        super().__init__(view)
        self._view = view
        self._main = main
        average = view.fontMetrics().averageCharWidth()
        self._main_least = main_chars * average
        self._cap = cap_chars * average
        header = self._header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(FIT_ROWS)
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted):
            signal.connect(self.fit)
        self.fit()

    def _header(self) -> QHeaderView:
        return self._view.horizontalHeader()  # type: ignore[attr-defined,no-any-return]

    def fit(self) -> None:
        view, header = self._view, self._header()
        columns = view.model().columnCount()
        others = 0
        for column in range(columns):
            if column == self._main or header.isSectionHidden(column):
                continue
            need = max(view.sizeHintForColumn(column), header.sectionSizeHint(column))
            width = min(need, self._cap)
            header.resizeSection(column, width)
            others += width
        room = view.viewport().width() - others
        header.resizeSection(self._main, max(self._main_least, room))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False
