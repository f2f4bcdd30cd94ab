"""Paints a deal card: title, contact and company, value, expected close, days in stage;
rotting cards get a red edge, overdue close dates turn red. Text is drawn, never parsed.

Each card is drawn once into a pixmap and painted from it while nothing it shows changes
(the card, its days in stage, rotting or overdue, its size, selection, palette, font):
laying out its five lines of text was most of a card move's repaint of two columns."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable
from datetime import datetime

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from deskcrm.db.deal_queries import DealCard
from deskcrm.domain import pipeline as rules
from deskcrm.domain.money import format_money
from deskcrm.ui.i18n import tr
from deskcrm.ui.models.stage_deals_model import CardRole

ROTTING = QColor("#d32f2f")
OVERDUE = QColor("#c62828")
MARGIN = 4
PADDING = 8
# Drawn cards are kept, shared by every column's delegate, up to this many bytes (a card
# of 240 x 100 pixels is ~96 KB, four times that on a 2x screen): a few screenfuls.
CACHE_BYTES = 24 * 2**20


class DealCardDelegate(QStyledItemDelegate):
    # Shared by the board's columns: what was drawn, least recently painted first.
    _drawn: OrderedDict[Hashable, QPixmap] = OrderedDict()
    _drawn_bytes = 0

    def __init__(self, now: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._now = now
        self.draws = 0  # cards drawn (not painted from a kept pixmap): for tests

    @classmethod
    def forget_drawn(cls) -> None:
        cls._drawn.clear()
        cls._drawn_bytes = 0

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        card = index.data(CardRole)
        if not isinstance(card, DealCard):
            return
        now = self._now()
        rotting = rules.is_rotting(card.stage_entered_at, card.rotting_days, now)
        overdue = rules.is_overdue(card.expected_close, now.date())
        days = rules.days_in_stage(card.stage_entered_at, now)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        size = option.rect.size()
        ratio = painter.device().devicePixelRatioF()
        palette, font = option.palette, option.font
        shown = (card, days, rotting, overdue, selected)
        looks = (palette.cacheKey(), palette.currentColorGroup(), font.key(), ratio)
        key: Hashable = (*shown, size.width(), size.height(), *looks)
        drawn = DealCardDelegate._drawn
        pixmap = drawn.get(key)
        if pixmap is None:
            pixmap = QPixmap(size * ratio)
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            drawing = QPainter(pixmap)
            self._draw(drawing, QRect(0, 0, size.width(), size.height()), palette, font, card,
                       days=days, rotting=rotting, overdue=overdue, selected=selected)  # fmt: skip
            drawing.end()
            self.draws += 1
            drawn[key] = pixmap
            DealCardDelegate._drawn_bytes += _bytes(pixmap)
            while DealCardDelegate._drawn_bytes > CACHE_BYTES and len(drawn) > 1:
                _key, oldest = drawn.popitem(last=False)
                DealCardDelegate._drawn_bytes -= _bytes(oldest)
        else:
            drawn.move_to_end(key)
        painter.drawPixmap(option.rect.topLeft(), pixmap)

    @staticmethod
    def _draw(
        painter: QPainter,
        area: QRect,
        palette: QPalette,
        font: QFont,
        card: DealCard,
        *,
        days: int,
        rotting: bool,
        overdue: bool,
        selected: bool,
    ) -> None:
        rect: QRect = area.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        border = palette.highlight().color() if selected else palette.mid().color()
        painter.setPen(QPen(border, 2 if selected else 1))
        painter.setBrush(palette.base())
        painter.drawRoundedRect(rect, 6, 6)
        if rotting:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(ROTTING)
            painter.drawRoundedRect(QRect(rect.left(), rect.top(), 5, rect.height()), 2, 2)

        metrics = QFontMetrics(font)
        line = metrics.height()
        inner = rect.adjusted(PADDING + 2, PADDING - 2, -PADDING, -PADDING)
        text_color = palette.text().color()
        muted = QColor(text_color)
        muted.setAlpha(160)

        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_color)
        title = QFontMetrics(bold).elidedText(
            card.title, Qt.TextElideMode.ElideRight, inner.width()
        )
        painter.drawText(
            QRect(inner.left(), inner.top(), inner.width(), line),
            Qt.AlignmentFlag.AlignVCenter,
            title,
        )

        painter.setFont(font)
        painter.setPen(muted)
        who = " · ".join(p for p in (card.contact_name, card.company_name) if p) or "No contact"
        who = metrics.elidedText(who, Qt.TextElideMode.ElideRight, inner.width())
        painter.drawText(
            QRect(inner.left(), inner.top() + line + 2, inner.width(), line),
            Qt.AlignmentFlag.AlignVCenter,
            who,
        )

        third = QRect(inner.left(), inner.top() + 2 * line + 6, inner.width(), line)
        painter.setFont(bold)
        painter.setPen(text_color)
        value = format_money(card.value_minor, card.currency)
        painter.drawText(third, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, value)
        if card.expected_close is not None:
            painter.setFont(font)
            painter.setPen(OVERDUE if overdue else muted)
            closes = (tr("overdue ") if overdue else tr("closes ")) + card.expected_close.strftime(
                "%d %b"
            )
            painter.drawText(
                third, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, closes
            )
        fourth = QRect(inner.left(), inner.top() + 3 * line + 8, inner.width(), line)
        painter.setFont(font)
        in_stage = (
            tr("1 day in stage") if days == 1 else tr("{n} days in stage").format(n=days)
        ) + (tr(" · rotting") if rotting else "")
        painter.setPen(ROTTING if rotting else muted)
        painter.drawText(
            fourth, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, in_stage
        )
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        line = QFontMetrics(option.font).height()
        return QSize(220, 4 * line + 8 + 2 * PADDING + 2 * MARGIN)


def _bytes(pixmap: QPixmap) -> int:
    return pixmap.width() * pixmap.height() * 4  # (its device pixels)
