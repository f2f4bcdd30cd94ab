"""User text in widgets: always plain, never interpreted as HTML."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


def plain_label(
    text: str = "", parent: QWidget | None = None, *, selectable: bool = False
) -> QLabel:
    """A QLabel that shows `text` literally (`<b>Bob</b>` keeps its angle brackets)."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def escape_rich(text: str) -> str:
    """The one escape for user text placed inside rich text (tooltips, message boxes)."""
    return html.escape(text, quote=True).replace("\n", "<br>")
