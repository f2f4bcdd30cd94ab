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


def plain_tooltip(text: str) -> str:
    """A tooltip that shows `text` as written. Qt reads a tooltip as rich text when it
    looks like it ("<b>Berg</b>" would show bold), and as plain text otherwise (where an
    escaped "&amp;" would show as such): so it is always given as rich text, escaped,
    its lines kept as they are."""
    return f"<p style='white-space:pre'>{escape_rich(text)}</p>"
