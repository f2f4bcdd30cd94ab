"""One pipeline column: the ids of its deal cards with what its totals sum, cards fetched
lazily, drag and drop, and a write to one card shown by changing that card's row only."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    Signal,
)

from deskcrm.db.deal_queries import BoardCard, DealCard, StageTotals

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


class StageDealsModel(QStringListModel):
    """The card ids of one column; Qt reads its row count from a C++ list of as many empty
    strings (QStringListModel), not from Python: a list view lays out every row after each
    insert or removal and asks for the count twice per row, a Python call each (2 x 6,000
    calls after a move between two columns of 3,000 cards). The ids, cards and amounts are
    kept here; the C++ list changes only through this class, always with them.

    Signals:
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
        # Per deal: currency, value, value x probability; and their sums per currency (count,
        # value, value x probability), kept as cards come and go so totals need no query.
        self._amounts: dict[int, tuple[str, int, int]] = {}
        self._sums: dict[str, list[int]] = {}
        self._resizing = False  # the C++ list is changed only while this is set

    def set_ids(self, ids: list[int]) -> None:
        """Show these deals (without amounts: the totals count nothing)."""
        self.set_cards([(deal_id, "", 0, 0) for deal_id in ids])

    def set_cards(self, cards: list[BoardCard]) -> None:
        """Show these cards, in this order, instead of every current one."""
        self._ids = [card[0] for card in cards]
        self._cards = {}
        amounts: dict[int, tuple[str, int, int]] = {}
        sums: dict[str, list[int]] = {}
        for deal_id, currency, value, weighted in cards:  # _add_amount, inlined: 12,000 cards
            amounts[deal_id] = (currency, value, weighted)
            if (entry := sums.get(currency)) is None:
                entry = sums[currency] = [0, 0, 0]
            entry[0] += 1
            entry[1] += value
            entry[2] += weighted
        self._amounts, self._sums = amounts, sums
        self._resizing = True
        try:
            self.setStringList([""] * len(self._ids))  # one reset
        finally:
            self._resizing = False

    def totals(self) -> StageTotals:
        """Count, value and weighted value per currency of the cards shown (the sum of
        value x probability is divided once, as the board's SQL totals do)."""
        totals = StageTotals(count=len(self._ids))
        for currency, (_count, value, weighted) in sorted(self._sums.items()):
            if currency:
                totals.value[currency] = value
                totals.weighted[currency] = (weighted + 50) // 100
        return totals

    def remove_card(self, deal_id: int) -> None:
        """The card has left the column."""
        row = self.row_of(deal_id)
        if row is None:
            return
        self._cards.pop(deal_id, None)
        self._take_amount(deal_id)
        self._resize(lambda: QStringListModel.removeRows(self, row, 1, QModelIndex()))
        del self._ids[row]

    def place_card(self, card: BoardCard, next_id: int | None) -> bool:
        """Show the card just above the card `next_id` (None: last), fetched again: one
        inserted row, or one moved or repainted row when it was here already. False when
        `next_id` is not in this column (the column is out of date: read it again)."""
        deal_id = card[0]
        if next_id is not None and (next_id == deal_id or self.row_of(next_id) is None):
            return False
        self._cards.pop(deal_id, None)
        row = self.row_of(deal_id)
        self._take_amount(deal_id)
        self._add_amount(card)
        to = len(self._ids) if next_id is None else self._ids.index(next_id)
        if row is None:
            self._ids.insert(to, deal_id)
            self._resize(lambda: QStringListModel.insertRows(self, to, 1, QModelIndex()))
        elif to in (row, row + 1):  # already just above it
            self.dataChanged.emit(self.index(row, 0), self.index(row, 0))
        else:
            del self._ids[row]
            self._ids.insert(to - 1 if to > row else to, deal_id)
            self._resize(
                lambda: QStringListModel.moveRows(self, QModelIndex(), row, 1, QModelIndex(), to)
            )
        return True

    def _resize(self, change: Callable[[], bool]) -> None:
        self._resizing = True
        try:
            change()
        finally:
            self._resizing = False

    def _add_amount(self, card: BoardCard) -> None:
        deal_id, currency, value, weighted = card
        self._amounts[deal_id] = (currency, value, weighted)
        sums = self._sums.setdefault(currency, [0, 0, 0])
        sums[0] += 1
        sums[1] += value
        sums[2] += weighted

    def _take_amount(self, deal_id: int) -> None:
        amount = self._amounts.pop(deal_id, None)
        if amount is None:
            return
        currency, value, weighted = amount
        sums = self._sums[currency]
        sums[0] -= 1
        sums[1] -= value
        sums[2] -= weighted
        if not sums[0]:
            del self._sums[currency]

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
            # The page around the row, less what is held: after a move, just the moved card.
            start = (row // self.PAGE_SIZE) * self.PAGE_SIZE
            page = self._ids[start : start + self.PAGE_SIZE]
            self._cards.update(self._fetch_cards([i for i in page if i not in self._cards]))
        return self._cards.get(deal_id)

    # -- Qt overrides -----------------------------------------------------------
    # rowCount is QStringListModel's (see the class docstring). The rows change only through
    # set_cards, remove_card and place_card: a view's own edits, drops or removals after a
    # drag are refused (a drop is the board's to make and persist).
    def insertRows(self, row: int, count: int, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return self._resizing and super().insertRows(row, count, parent)

    def removeRows(self, row: int, count: int, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return self._resizing and super().removeRows(row, count, parent)

    def moveRows(self, source: Index, row: int, count: int, destination: Index, child: int) -> bool:
        return self._resizing and super().moveRows(source, row, count, destination, child)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        return False

    def setItemData(self, index: Index, roles: dict[int, Any]) -> bool:
        return False

    def itemData(self, index: Index) -> dict[int, Any]:
        return QAbstractItemModel.itemData(self, index)

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
