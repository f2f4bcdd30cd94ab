"""A target to drop deal cards on (Won, Lost) instead of a column."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from deskcrm.ui.models.stage_deals_model import DEAL_MIME, decode_deal_ids
from deskcrm.ui.text import plain_label
from deskcrm.ui.theme import tone_colour


class DropZone(QFrame):
    """Signals:
    deal_dropped(int): a deal card was dropped here.
    """

    deal_dropped = Signal(int)

    def __init__(self, name: str, text: str, tone: str, parent: QWidget | None = None) -> None:
        """`name`: its object name's end ("won"); `text`: what it says; `tone`:
        type_scale's tone its border and fill take ("success", "error")."""
        super().__init__(parent)
        self.setObjectName(f"drop_{name}")
        self.setAcceptDrops(True)
        self.setMinimumSize(150, 44)
        self._tone = tone
        self._set_highlight(False)
        label = plain_label(text)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(label)

    def _set_highlight(self, on: bool) -> None:
        color = tone_colour(self._tone)
        fill = f"rgba({color.red()}, {color.green()}, {color.blue()}, {90 if on else 30})"
        self.setStyleSheet(
            f"#{self.objectName()} {{ border: 2px dashed {color.name()}; border-radius: 8px;"
            f" background: {fill}; }}"
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(DEAL_MIME):
            event.acceptProposedAction()
            self._set_highlight(True)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasFormat(DEAL_MIME):
            event.acceptProposedAction()

    def dragLeaveEvent(self, event) -> None:
        self._set_highlight(False)

    def dropEvent(self, event: QDropEvent) -> None:
        self._set_highlight(False)
        ids = decode_deal_ids(event.mimeData())
        if not ids:
            return
        event.acceptProposedAction()
        for deal_id in ids:
            self.deal_dropped.emit(deal_id)
