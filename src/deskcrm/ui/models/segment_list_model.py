"""The contacts sidebar: "All people" and each saved segment with its live count."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from deskcrm.services.segments import SegmentInfo, SegmentService
from deskcrm.ui.i18n import tr

Index = QModelIndex | QPersistentModelIndex
SegmentIdRole = Qt.ItemDataRole.UserRole + 1


class SegmentListModel(QAbstractListModel):
    """Row 0 is everyone; the rest are saved segments (SegmentIdRole gives their id)."""

    def __init__(self, segments: SegmentService, parent: Any = None) -> None:
        super().__init__(parent)
        self._segments = segments
        self._rows: list[SegmentInfo] = []

    def reload(self) -> None:
        self.beginResetModel()
        try:
            self._rows = self._segments.with_counts()
        finally:
            self.endResetModel()

    def segment(self, row: int) -> SegmentInfo | None:
        return self._rows[row - 1] if 1 <= row <= len(self._rows) else None

    def row_of(self, segment_id: int | None) -> int:
        if segment_id is None:
            return 0
        return next((i + 1 for i, s in enumerate(self._rows) if s.id == segment_id), 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows) + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() <= len(self._rows):
            return None
        info = self.segment(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            if info is None:
                return tr("All people")
            count = "?" if info.count is None else f"{info.count:,}"
            return f"{info.name}  ({count})"
        if role == Qt.ItemDataRole.ToolTipRole and info is not None:
            return tr("{n} contacts match this segment now").format(
                n="?" if info.count is None else f"{info.count:,}"
            )
        if role == SegmentIdRole:
            return None if info is None else info.id
        return None
