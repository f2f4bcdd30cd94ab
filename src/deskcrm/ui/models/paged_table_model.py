"""A table model that holds only ids and fetches row data a page at a time."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from deskcrm.ui.i18n import tr

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[Row]):
    title: str
    text: Callable[[Row], str]
    sort_key: str | None = None  # what the query service sorts by; None = not sortable
    align_right: bool = False
    alert: Callable[[Row], bool] | None = None  # shown in red when it says so (overdue …)


class PagedTableModel(QAbstractTableModel, Generic[Row]):
    """Rows are ids from `fetch_ids()`; data comes from `fetch_rows(ids)` in pages.

    Sorting is done by the query service (in SQL): `sort()` stores the key and reloads.
    """

    PAGE_SIZE = 100  # about three screens of rows
    MAX_PAGES = 100

    def __init__(
        self,
        columns: Sequence[Column[Row]],
        fetch_rows: Callable[[list[int]], dict[int, Row]],
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._fetch_rows = fetch_rows
        self._ids: list[int] = []
        self._pages: OrderedDict[int, dict[int, Row]] = OrderedDict()
        self.sort_key: str | None = next((c.sort_key for c in columns if c.sort_key), None)
        self.descending = False
        self.loaded = False  # nothing is queried until the first reload()

    # -- to be provided by subclasses -------------------------------------------
    def fetch_ids(self) -> list[int]:
        raise NotImplementedError

    # -- public API -------------------------------------------------------------
    def reload(self) -> None:
        self.beginResetModel()
        try:
            self._pages.clear()
            self._ids = self.fetch_ids()
            self.loaded = True
        finally:
            self.endResetModel()

    def _reset_to(self, ids: list[int]) -> None:
        """List these ids (a reset: views go back to the top)."""
        self.beginResetModel()
        try:
            self._pages.clear()
            self._ids = ids
            self.loaded = True
        finally:
            self.endResetModel()

    def _extend_to(self, ids: list[int]) -> None:
        """List these ids, which begin with those listed: the rest are added after them
        (what is shown and selected stays), else the list is reset to them."""
        listed = len(self._ids)
        if ids[:listed] != self._ids:
            self._reset_to(ids)
            return
        if len(ids) > listed:
            self.beginInsertRows(QModelIndex(), listed, len(ids) - 1)
            self._ids = ids
            self.endInsertRows()

    def refresh_rows(self) -> None:
        """Drop cached row data (after an edit) without changing which ids are listed."""
        self._pages.clear()
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, len(self._columns) - 1)
            )

    def refresh_ids(self, ids: Iterable[int]) -> None:
        """Re-read the rows of these records (edited elsewhere), if they are listed."""
        wanted = set(ids)
        if not wanted or len(wanted) > self.PAGE_SIZE:
            self.refresh_rows()  # many, or unknown: cheaper to drop every cached page
            return
        rows = [row for row, record_id in enumerate(self._ids) if record_id in wanted]
        for page_no in {row // self.PAGE_SIZE for row in rows}:
            self._pages.pop(page_no, None)
        last = len(self._columns) - 1
        for row in rows:
            self.dataChanged.emit(self.index(row, 0), self.index(row, last))

    def ids(self) -> list[int]:
        """Every id listed, in its order (loaded or not)."""
        return list(self._ids)

    def all_ids(self) -> list[int]:
        """Every id of the list, even those not listed yet (ContactTableModel)."""
        return self.ids()

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, record_id: int) -> int | None:
        try:
            return self._ids.index(record_id)
        except ValueError:
            return None

    def record(self, row: int) -> Row | None:
        if not 0 <= row < len(self._ids):
            return None
        page_no = row // self.PAGE_SIZE
        page = self._pages.get(page_no)
        if page is None:
            page = self._load_page(page_no)
        else:
            self._pages.move_to_end(page_no)
        return page.get(self._ids[row])

    # -- Qt overrides -----------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            record = self.record(index.row())
            return column.text(record) if record is not None else ""
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return self._ids[index.row()]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return tr(self._columns[section].title)
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns) or self._columns[column].sort_key is None:
            return
        key = self._columns[column].sort_key
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.sort_key, self.descending) and self.loaded:
            return
        self.sort_key, self.descending = key, descending
        if self.loaded:  # a view turning sorting on must not trigger a query
            self.reload()

    # -- internals --------------------------------------------------------------
    def _load_page(self, page_no: int) -> dict[int, Row]:
        start = page_no * self.PAGE_SIZE
        ids = self._ids[start : start + self.PAGE_SIZE]
        page = self._fetch_rows(ids)
        self._pages[page_no] = page
        while len(self._pages) > self.MAX_PAGES:
            self._pages.popitem(last=False)
        return page
