"""One table of a report, sortable by its raw values (through a QSortFilterProxyModel)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from deskcrm.services.reports.model import Table

Index = QModelIndex | QPersistentModelIndex
SortRole = Qt.ItemDataRole.UserRole + 1
LinkRole = Qt.ItemDataRole.UserRole + 2


class ReportTableModel(QAbstractTableModel):
    def __init__(self, table: Table, parent: Any = None) -> None:
        super().__init__(parent)
        self.table = table

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.table.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.table.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if (
            role == Qt.ItemDataRole.DisplayRole
            and horizontal
            and 0 <= section < len(self.table.columns)
        ):
            return self.table.columns[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.table.rows[row][column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.table.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == SortRole:
            keys = self.table.sort_keys[row] if row < len(self.table.sort_keys) else []
            value = keys[column] if column < len(keys) else self.table.rows[row][column]
            return value if isinstance(value, int | float | str) else str(value)
        if role == LinkRole:
            return self.table.links[row] if row < len(self.table.links) else None
        return None
