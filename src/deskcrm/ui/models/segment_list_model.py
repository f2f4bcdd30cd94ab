"""The contacts sidebar: "All people" and each saved segment with its live count."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from deskcrm.errors import ValidationError
from deskcrm.services.contacts.segments import SegmentInfo, SegmentService
from deskcrm.ui.i18n import tr
from deskcrm.ui.taskmanager import TaskContext, TaskManager

Index = QModelIndex | QPersistentModelIndex
SegmentIdRole = Qt.ItemDataRole.UserRole + 1


class SegmentListModel(QAbstractListModel):
    """Row 0 is everyone; the rest are saved segments (SegmentIdRole gives their id).

    Names show at once; counts follow from a worker thread (an RFM segment scores every
    customer first), so the sidebar never holds up the window.
    """

    TASK_KEY = "segment_counts"

    def __init__(self, segments: SegmentService, tasks: TaskManager, parent: Any = None) -> None:
        super().__init__(parent)
        self._segments = segments
        self._tasks = tasks
        self._rows: list[SegmentInfo] = []
        self._count_again = False

    def reload(self) -> None:
        counts = {info.id: info.count for info in self._rows}  # shown until recounted
        self.beginResetModel()
        try:
            self._rows = [replace(i, count=counts.get(i.id)) for i in self._segments.all()]
        finally:
            self.endResetModel()
        self.recount()

    @property
    def counting(self) -> bool:
        """True while the counts are being worked out."""
        return self._tasks.busy(self.TASK_KEY)

    def recount(self) -> None:
        if self.counting:
            self._count_again = True
            return
        segments, infos = self._segments, list(self._rows)

        def count_all(context: TaskContext) -> dict[int, int | None]:
            counts: dict[int, int | None] = {}
            for info in infos:
                if context.cancelled():
                    break
                try:
                    counts[info.id] = segments.count(info.conditions)
                except ValidationError:  # conditions edited into nonsense elsewhere
                    counts[info.id] = None
            return counts

        self._tasks.run(
            count_all,
            self._on_counted,
            on_error=self._on_count_failed,
            key=self.TASK_KEY,
            cancellable=True,
            owner=self,
        )

    def _on_counted(self, counts: dict[int, int | None]) -> None:
        for row, info in enumerate(self._rows, start=1):
            if info.id in counts:
                self._rows[row - 1] = replace(info, count=counts[info.id])
                index = self.index(row)
                self.dataChanged.emit(index, index)
        self._recount_if_asked()

    def _on_count_failed(self, _message: str) -> None:
        # The names stay, without counts; a count that cannot be made is no reason to nag.
        self._recount_if_asked()

    def _recount_if_asked(self) -> None:
        if self._count_again:
            self._count_again = False
            self.recount()

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
            return info.name if info.count is None else f"{info.name}  ({info.count:,})"
        if role == Qt.ItemDataRole.ToolTipRole and info is not None:
            # The whole name too: a narrow sidebar shortens it.
            if info.count is None:
                return tr("{name}: counting…").format(name=info.name)
            return tr("{name}: {n} contacts match this segment now").format(
                name=info.name, n=f"{info.count:,}"
            )
        if role == SegmentIdRole:
            return None if info is None else info.id
        return None
