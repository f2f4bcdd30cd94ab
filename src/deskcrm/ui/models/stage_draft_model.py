"""The editable stage list of the pipeline settings dialog (nothing is saved until Save)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from deskcrm.services.pipeline.pipeline_settings import StageDraft
from deskcrm.ui.i18n import QT_TR_NOOP, tr

Index = QModelIndex | QPersistentModelIndex
HEADERS = (
    QT_TR_NOOP("Stage"),
    QT_TR_NOOP("Probability %"),
    QT_TR_NOOP("Rotting after (days)"),
    QT_TR_NOOP("Kind"),
)


def _kind(draft: StageDraft) -> str:
    return tr("Won") if draft.is_won else tr("Lost") if draft.is_lost else tr("Open")


class StageDraftModel(QAbstractTableModel):
    def __init__(self, drafts: list[StageDraft], parent: Any = None) -> None:
        super().__init__(parent)
        self.drafts = list(drafts)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.drafts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(HEADERS[section]) if 0 <= section < len(HEADERS) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
        ):
            return None
        draft = self.drafts[index.row()]
        column = index.column()
        if column == 0:
            return draft.name
        if column == 1:
            return draft.probability
        if column == 2:
            if draft.rotting_days is None:
                return 0 if role == Qt.ItemDataRole.EditRole else tr("never")
            return draft.rotting_days
        return _kind(draft)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        draft = self.drafts[index.row()]
        editable = index.column() in (0, 1) or (
            index.column() == 2 and not (draft.is_won or draft.is_lost)
        )
        return base | Qt.ItemFlag.ItemIsEditable if editable else base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        draft = self.drafts[index.row()]
        try:
            if index.column() == 0:
                draft.name = str(value).strip()[:200]
            elif index.column() == 1:
                draft.probability = max(0, min(100, int(value)))
            elif index.column() == 2:
                days = int(value)
                draft.rotting_days = days if days > 0 else None
            else:
                return False
        except (TypeError, ValueError):
            return False
        self.dataChanged.emit(index, index)
        return True

    def add_open_stage(self, name: str) -> int:
        """Inserted after the last open stage (before Won and Lost); returns its row."""
        row = max(
            (i + 1 for i, d in enumerate(self.drafts) if not (d.is_won or d.is_lost)), default=0
        )
        self.beginInsertRows(QModelIndex(), row, row)
        self.drafts.insert(row, StageDraft(None, name, 50, 14))
        self.endInsertRows()
        return row

    def remove(self, row: int) -> StageDraft:
        self.beginRemoveRows(QModelIndex(), row, row)
        draft = self.drafts.pop(row)
        self.endRemoveRows()
        return draft

    def move(self, row: int, delta: int) -> int:
        target = row + delta
        if not (0 <= row < len(self.drafts) and 0 <= target < len(self.drafts)):
            return row
        destination = target + 1 if delta > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self.drafts.insert(target, self.drafts.pop(row))
        self.endMoveRows()
        return target
