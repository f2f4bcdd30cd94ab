"""One pipeline column: the ids of its deal cards, cards fetched lazily, drag and drop."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from deskcrm.db.deal_queries import DealCard

DEAL_MIME = "application/x-deskcrm-deal-ids"
CardRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


def encode_deal_ids(ids: Sequence[int]) -> QMimeData:
    mime = QMimeData()
    mime.setData(DEAL_MIME, QByteArray(",".join(str(i) for i in ids).encode()))
    return mime


def decode_deal_ids(mime: QMimeData) -> list[int]:
    if not mime.hasFormat(DEAL_MIME):
        return []
    raw = bytes(mime.data(DEAL_MIME).data()).decode()
    return [int(part) for part in raw.split(",") if part.strip().isdigit()]


class StageDealsModel(QAbstractListModel):
    """Signals:
    deal_dropped(int, int, int): deal id, this stage id, id of the card it was dropped
        before (0 for the end of the column). The board decides what to do with it.
    """

    deal_dropped = Signal(int, int, int)
    PAGE_SIZE = 60

    def __init__(
        self,
        stage_id: int,
        fetch_cards: Callable[[list[int]], dict[int, DealCard]],
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.stage_id = stage_id
        self._fetch_cards = fetch_cards
        self._ids: list[int] = []
        self._cards: dict[int, DealCard] = {}

    def set_ids(self, ids: list[int]) -> None:
        self.beginResetModel()
        try:
            self._ids = list(ids)
            self._cards = {}
        finally:
            self.endResetModel()

    def ids(self) -> list[int]:
        return list(self._ids)

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, deal_id: int) -> int | None:
        try:
            return self._ids.index(deal_id)
        except ValueError:
            return None

    def card(self, row: int) -> DealCard | None:
        deal_id = self.id_at(row)
        if deal_id is None:
            return None
        if deal_id not in self._cards:
            start = (row // self.PAGE_SIZE) * self.PAGE_SIZE
            self._cards.update(self._fetch_cards(self._ids[start : start + self.PAGE_SIZE]))
        return self._cards.get(deal_id)

    # -- Qt overrides -----------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            card = self.card(index.row())
            return card.title if card else ""
        if role == CardRole:
            return self.card(index.row())
        if role == Qt.ItemDataRole.UserRole:
            return self._ids[index.row()]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemIsDropEnabled
        )

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [DEAL_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return encode_deal_ids([self._ids[r] for r in rows])

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return data.hasFormat(DEAL_MIME)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        ids = decode_deal_ids(data)
        if not ids or action == Qt.DropAction.IgnoreAction:
            return False
        if parent.isValid():
            row = parent.row()  # dropped onto a card: it goes before that card
        before = self.id_at(row) if row >= 0 else None
        for deal_id in ids:
            self.deal_dropped.emit(deal_id, self.stage_id, before or 0)
        # The move is the board's to make and persist; nothing changes here until it has.
        return False
