"""Paints a timeline entry: kind badge, date, summary and the first line of the body."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from deskcrm.domain.dates import format_datetime
from deskcrm.services.contacts.timeline import InteractionEntry
from deskcrm.ui.models.record_list_model import RecordRole

KIND_COLORS = {
    "call": QColor("#1e88e5"),
    "meeting": QColor("#8e24aa"),
    "email": QColor("#00897b"),
    "note": QColor("#6d4c41"),
}
PADDING = 6


class TimelineDelegate(QStyledItemDelegate):
    """Everything is drawn with drawText, so user text is never parsed as markup."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        entry = index.data(RecordRole)
        if not isinstance(entry, InteractionEntry):
            super().paint(painter, option, index)
            return
        painter.save()
        rect: QRect = option.rect
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(rect, palette.highlight())
        text_color = palette.highlightedText().color() if selected else palette.text().color()
        muted = QColor(text_color)
        muted.setAlpha(150)
        font = option.font
        metrics = QFontMetrics(font)
        line = metrics.height()
        inner = rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)

        badge_text = entry.kind.capitalize()
        badge_w = metrics.horizontalAdvance("Meeting") + 12
        badge = QRect(inner.left(), inner.top(), badge_w, line + 2)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(KIND_COLORS.get(entry.kind, QColor("#757575")))
        painter.drawRoundedRect(badge, 4, 4)
        painter.setPen(QColor("white"))
        painter.setFont(font)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, badge_text)

        when = format_datetime(entry.occurred_at)
        when_w = metrics.horizontalAdvance(when)
        painter.setPen(muted)
        painter.drawText(
            QRect(inner.right() - when_w, inner.top(), when_w, line + 2),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
            when,
        )
        text_left = badge.right() + 8
        text_w = max(0, inner.right() - when_w - 8 - text_left)
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_color)
        summary = QFontMetrics(bold).elidedText(entry.summary, Qt.TextElideMode.ElideRight, text_w)
        painter.drawText(
            QRect(text_left, inner.top(), text_w, line + 2), Qt.AlignmentFlag.AlignVCenter, summary
        )
        if entry.body:
            painter.setFont(font)
            painter.setPen(muted)
            first_line = entry.body.splitlines()[0] if entry.body.strip() else ""
            body_w = inner.right() - text_left
            body = metrics.elidedText(first_line, Qt.TextElideMode.ElideRight, body_w)
            painter.drawText(
                QRect(text_left, inner.top() + line + 4, body_w, line),
                Qt.AlignmentFlag.AlignVCenter,
                body,
            )
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        entry = index.data(RecordRole)
        line = QFontMetrics(option.font).height()
        lines = 2 if isinstance(entry, InteractionEntry) and entry.body else 1
        return QSize(200, lines * line + (lines - 1) * 4 + 2 * PADDING + 2)
