"""A small read-only list model over already-loaded records (timeline, deals, tasks)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

Record = TypeVar("Record")
Index = QModelIndex | QPersistentModelIndex
RecordRole = Qt.ItemDataRole.UserRole + 1


class RecordListModel(QAbstractListModel, Generic[Record]):
    """Holds the records of one contact's pane; `text` renders a record as plain text."""

    def __init__(self, text: Callable[[Record], str], parent: Any = None) -> None:
        super().__init__(parent)
        self._text = text
        self._records: list[Record] = []

    def set_records(self, records: Sequence[Record]) -> None:
        self.beginResetModel()
        try:
            self._records = list(records)
        finally:
            self.endResetModel()

    def record(self, row: int) -> Record | None:
        return self._records[row] if 0 <= row < len(self._records) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        record = self._records[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(record)
        if role == RecordRole:
            return record
        return None
