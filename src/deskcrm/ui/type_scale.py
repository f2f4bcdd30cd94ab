"""DeskCRM's type scale, spacing and text tones: the few sizes text comes in, the grid
widgets are spaced on, and the colours messages are written in — each named once here.

A heading, a figure, a caption or a warning picks a role (set_text_role) or a tone
(set_tone) rather than scaling its own font or writing its own colour, so every view
reads as one design and a change of look is made in one place. Sizes are multiples of
the application font (which follows the system and the user's settings); spacing is a
4-pixel grid that DeskStyle hands to every layout; tones are a widget property the one
stylesheet (resources/styles/deskcrm.qss) colours, with a value per theme (theme.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QHeaderView, QTableView, QWidget


@dataclass(frozen=True)
class TextRole:
    scale: float  # of the application font's size
    bold: bool
    italic: bool = False


# From the largest down; the steps grow by about 1.15 each.
TEXT_ROLES: dict[str, TextRole] = {
    "display": TextRole(1.75, True),  # the welcome's greeting
    "title": TextRole(1.5, True),  # a record's name on its page; a report's title and figures
    "heading": TextRole(1.3, True),  # a case's title
    "lead": TextRole(1.3, False),  # a sentence that stands in for a page ("Working…")
    "subheading": TextRole(1.15, True),  # a pipeline stage's name
    "strong": TextRole(1.0, True),  # a count that matters
    "body": TextRole(1.0, False),
    "caption": TextRole(0.9, False),  # why a value was kept as written
    "caption_italic": TextRole(0.9, False, italic=True),
}

# The spacing grid, in pixels: everything is spaced by one of these.
SPACE_TIGHT = 4  # within one control's parts (rows of a list, lines of a card)
SPACE = 8  # between controls, and around a panel inside a window
SPACE_WINDOW = 12  # around a window's or dialog's content
SPACE_SECTION = 16  # between sections of a page

# A row of a list, tree or table: a line of text with SPACE_TIGHT and a pixel above and
# below it — the same in every view.
ROW_PADDING = 2 * SPACE_TIGHT + 2


def row_height(metrics: QFontMetrics) -> int:
    return metrics.height() + ROW_PADDING


def uniform_rows(table: QTableView) -> None:
    """Give a table's rows the one row height (trees and lists get it from DeskStyle)."""
    rows = table.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(row_height(table.fontMetrics()))


# The tones text can take besides the palette's own; coloured by the stylesheet.
TONES = ("error", "warning", "muted", "success", "")


def role_font(base: QFont, role: str) -> QFont:
    """`base` in the role's size and weight (relative to the application font's size, so
    a role set twice is the same size)."""
    spec = TEXT_ROLES[role]
    font = QFont(base)
    size = QApplication.font().pointSizeF()
    if size > 0:
        font.setPointSizeF(size * spec.scale)
    font.setBold(spec.bold)
    font.setItalic(spec.italic)
    return font


def set_text_role(widget: QWidget, role: str) -> None:
    """Give the widget's text the role's size and weight."""
    widget.setFont(role_font(widget.font(), role))
    widget.setProperty("text_role", role)


def set_tone(widget: QWidget, tone: str) -> None:
    """Colour the widget's text (and an edit's border) in a tone ("" for the palette's
    own); the stylesheet is asked to look at the widget again."""
    if tone not in TONES:
        raise ValueError(f"unknown tone {tone!r}")
    if widget.property("tone") == tone:
        return
    widget.setProperty("tone", tone)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()
