"""DeskCRM's widget style: Fusion, spaced on type_scale's grid, with tick boxes of its own
that read in light and dark.

Every layout that does not set its own margins and spacing asks the style: here a window's
content sits SPACE_WINDOW from its edges, a panel's SPACE, and controls are SPACE apart —
one grid for every view and dialog instead of Fusion's 9 and 6 pixels.

Fusion outlines a tick box in a darker shade of the window colour: on a dark window that
is black on near-black, and the tasks' boxes could not be seen. Here every tick box (a
check box, a checkable row in a list or tree) is a rounded square outlined in the text
colour, filled with the highlight colour and a white tick when ticked.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import (
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleHintReturn,
    QStyleOption,
    QWidget,
)

from deskcrm.ui.type_scale import SPACE, SPACE_WINDOW, row_height

_MARGINS = (
    QStyle.PixelMetric.PM_LayoutLeftMargin,
    QStyle.PixelMetric.PM_LayoutTopMargin,
    QStyle.PixelMetric.PM_LayoutRightMargin,
    QStyle.PixelMetric.PM_LayoutBottomMargin,
)
_SPACINGS = (
    QStyle.PixelMetric.PM_LayoutHorizontalSpacing,
    QStyle.PixelMetric.PM_LayoutVerticalSpacing,
)
_TICK_BOXES = (
    QStyle.PrimitiveElement.PE_IndicatorCheckBox,
    QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck,
)


class DeskStyle(QProxyStyle):
    def __init__(self) -> None:
        super().__init__(QStyleFactory.create("Fusion"))

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        if metric in _MARGINS:
            window = widget is not None and widget.isWindow()
            return SPACE_WINDOW if window else SPACE
        if metric in _SPACINGS:
            return SPACE
        return super().pixelMetric(metric, option, widget)

    def sizeFromContents(
        self,
        contents: QStyle.ContentsType,
        option: QStyleOption,
        size: QSize,
        widget: QWidget | None = None,
    ) -> QSize:
        found = super().sizeFromContents(contents, option, size, widget)  # type: ignore[arg-type]
        if contents == QStyle.ContentsType.CT_ItemViewItem:
            # One row height in every list and tree (tables: type_scale.uniform_rows): a
            # line of text and a tight space above and below it (Fusion packs tree rows
            # at the font's height).
            least = row_height(option.fontMetrics)
            if found.height() < least:
                found.setHeight(least)
        return found

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element in _TICK_BOXES:
            draw_tick_box(option, painter)
            return
        if element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            draw_radio(option, painter)
            return
        super().drawPrimitive(element, option, painter, widget)

    def styleHint(
        self,
        hint: QStyle.StyleHint,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
        returnData: QStyleHintReturn | None = None,  # noqa: N803 (Qt's name)
    ) -> int:
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            # Fusion's stock OK/Close icons are black: unreadable on a dark button, and
            # no other button of DeskCRM's dialogs has one.
            return 0
        return super().styleHint(hint, option, widget, returnData)  # type: ignore[arg-type]


def draw_radio(option: QStyleOption, painter: QPainter) -> None:
    """A round choice: outlined in the text colour; chosen, filled with the highlight and
    a dot in the highlighted-text colour (Fusion's dim grey dot was lost on dark)."""
    state = option.state
    palette = option.palette
    enabled = bool(state & QStyle.StateFlag.State_Enabled)
    chosen = bool(state & QStyle.StateFlag.State_On)
    group = QPalette.ColorGroup.Active if enabled else QPalette.ColorGroup.Disabled
    side = min(option.rect.width(), option.rect.height()) - 2.0
    ring = QRectF(0, 0, side, side)
    ring.moveCenter(QRectF(option.rect).center())
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if chosen:
        fill = palette.color(group, QPalette.ColorRole.Highlight)
        outline = fill.darker(120)
    else:
        fill = palette.color(group, QPalette.ColorRole.Base)
        outline = QColor(palette.color(group, QPalette.ColorRole.Text))
        outline.setAlphaF(0.7 if enabled else 0.4)
    painter.setPen(QPen(outline, 1.2))
    painter.setBrush(fill)
    painter.drawEllipse(ring.adjusted(0.6, 0.6, -0.6, -0.6))
    if chosen:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color(group, QPalette.ColorRole.HighlightedText))
        dot = side * 0.36
        painter.drawEllipse(
            QRectF(ring.center().x() - dot / 2, ring.center().y() - dot / 2, dot, dot)
        )
    painter.restore()


def draw_tick_box(option: QStyleOption, painter: QPainter) -> None:
    state = option.state
    palette = option.palette
    enabled = bool(state & QStyle.StateFlag.State_Enabled)
    ticked = bool(state & QStyle.StateFlag.State_On)
    partly = bool(state & QStyle.StateFlag.State_NoChange)
    group = QPalette.ColorGroup.Active if enabled else QPalette.ColorGroup.Disabled
    text = palette.color(group, QPalette.ColorRole.Text)
    side = min(option.rect.width(), option.rect.height()) - 2.0
    box = QRectF(0, 0, side, side)
    box.moveCenter(QRectF(option.rect).center())
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if ticked or partly:
        fill = palette.color(group, QPalette.ColorRole.Highlight)
        outline = fill.darker(120)
    else:
        fill = palette.color(group, QPalette.ColorRole.Base)
        outline = QColor(text)
        outline.setAlphaF(0.7 if enabled else 0.4)
    painter.setPen(QPen(outline, 1.2))
    painter.setBrush(fill)
    painter.drawRoundedRect(box.adjusted(0.6, 0.6, -0.6, -0.6), 3.0, 3.0)
    mark = QPen(palette.color(group, QPalette.ColorRole.HighlightedText), max(1.6, side / 7))
    mark.setCapStyle(Qt.PenCapStyle.RoundCap)
    mark.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(mark)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    x, y = box.x(), box.y()
    if ticked:
        tick = QPainterPath(QPointF(x + side * 0.24, y + side * 0.52))
        tick.lineTo(QPointF(x + side * 0.43, y + side * 0.71))
        tick.lineTo(QPointF(x + side * 0.77, y + side * 0.30))
        painter.drawPath(tick)
    elif partly:
        painter.drawLine(
            QPointF(x + side * 0.27, y + side / 2), QPointF(x + side * 0.73, y + side / 2)
        )
    painter.restore()
