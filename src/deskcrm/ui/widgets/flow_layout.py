"""A layout that lays its items out in a row and wraps them onto further rows when the
row is too narrow (a tool bar of several groups in a narrow window)."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QStyle, QWidget


class FlowLayout(QLayout):
    """Items left to right at their preferred widths; an item that does not fit on the
    current row starts the next. The last item may be kept to the right edge of its row
    (`last_to_the_right`), like the buttons after a stretch in a tool bar.

    The layout's minimum width is its widest item's, so a window holding it can be as
    narrow as that; its height follows its width (heightForWidth)."""

    def __init__(self, parent: QWidget | None = None, *, last_to_the_right: bool = False):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._last_to_the_right = last_to_the_right

    # QLayout's item list --------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    # Sizes -------------------------------------------------------------------------
    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def sizeHint(self) -> QSize:
        """Everything on one row."""
        margins = self.contentsMargins()
        visible = self._visible()
        width = sum(item.sizeHint().width() for item in visible)
        width += self._spacing() * max(0, len(visible) - 1)
        height = max((item.sizeHint().height() for item in visible), default=0)
        return QSize(width, height).grownBy(margins)

    def minimumSize(self) -> QSize:
        """The widest item: anything narrower wraps."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        return size.grownBy(self.contentsMargins())

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    # Placing -----------------------------------------------------------------------
    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _spacing(self) -> int:
        spacing = self.spacing()
        if spacing >= 0:
            return spacing
        parent = self.parentWidget()
        if parent is None:
            return 6
        return parent.style().pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)

    def _place(self, rect: QRect, *, move: bool) -> int:
        """Lay the items out in `rect` (only measuring unless `move`); returns the height
        they take."""
        margins: QMargins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        gap = self._spacing()
        rows: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._visible():
            width = min(item.sizeHint().width(), area.width())
            if rows[-1] and used + gap + width > area.width():
                rows.append([])
                used = 0
            used += (gap if rows[-1] else 0) + width
            rows[-1].append(item)
        y = area.y()
        for number, row in enumerate(rows):
            if not row:
                continue
            height = max(item.sizeHint().height() for item in row)
            x = area.x()
            for at, item in enumerate(row):
                width = min(item.sizeHint().width(), area.width())
                last = number == len(rows) - 1 and at == len(row) - 1
                if last and self._last_to_the_right and len(self._visible()) > 1:
                    x = max(x, area.right() + 1 - width)
                if move:  # each at its own height, centred on the row
                    item_height = item.sizeHint().height()
                    top = y + (height - item_height) // 2
                    item.setGeometry(QRect(QPoint(x, top), QSize(width, item_height)))
                x += width + gap
            y += height + gap
        return y - gap - area.y() + margins.top() + margins.bottom() if rows[0] else 0


def wrapping_row(*widgets: QWidget) -> QWidget:
    """`widgets` side by side, one above the other where there is no room (Edit and
    Delete beside a card's heading)."""
    row = QWidget()
    layout = FlowLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    return row
