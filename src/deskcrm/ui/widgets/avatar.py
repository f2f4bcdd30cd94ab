"""An initials avatar: a round badge with a person's or company's initials, in a colour
that is always the same for the same name (so a face is recognised across views)."""

from __future__ import annotations

import zlib

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from deskcrm.domain.names import initials
from deskcrm.ui.text import plain_tooltip

# Hues dark enough for white letters on them, in light and dark themes alike.
AVATAR_HUES = (
    "#1e6fd9",
    "#2e7d32",
    "#c2410c",
    "#8e24aa",
    "#00796b",
    "#c62828",
    "#6d4c41",
    "#3949ab",
    "#ad1457",
    "#455a64",
)


def avatar_colour(name: str) -> QColor:
    """The badge colour of a name: the same name always gets the same hue."""
    key = name.strip().casefold().encode("utf-8")
    return QColor(AVATAR_HUES[zlib.crc32(key) % len(AVATAR_HUES)])


class Avatar(QWidget):
    """A circle `size` pixels across with the initials of the name it is given."""

    def __init__(self, size: int = 44, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._size = size
        self._name = ""
        self._initials = "#"
        self.setFixedSize(size, size)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAccessibleName("avatar")

    def set_name(self, name: str) -> None:
        self._name = name
        self._initials = initials(name)
        self.setToolTip(plain_tooltip(name))
        self.update()

    def text(self) -> str:
        """The initials shown."""
        return self._initials

    def colour(self) -> QColor:
        return avatar_colour(self._name)

    def sizeHint(self) -> QSize:
        return QSize(self._size, self._size)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.colour())
        circle = QRectF(0.5, 0.5, self._size - 1, self._size - 1)
        painter.drawEllipse(circle)
        font = self.font()
        font.setBold(True)
        font.setPixelSize(max(8, int(self._size * (0.4 if len(self._initials) < 3 else 0.3))))
        painter.setFont(font)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, self._initials)
        painter.end()


# A heading's words are kept whole up to this many "M"s wide; a longer one is cut.
LONGEST_WHOLE_WORD_M = 9


def keep_words_whole(label: QLabel) -> None:
    """A wrapping name heading as narrow as its longest word (a wrapped label breaks only
    between words, so a narrower one would cut "Hartmann" to "Hartmar"), and never less
    than 8 "M"s; beside it the buttons wrap instead."""
    metrics = label.fontMetrics()
    em = metrics.horizontalAdvance("M")
    longest = max((metrics.horizontalAdvance(word) for word in label.text().split()), default=0)
    label.setMinimumWidth(max(em * 8, min(longest + 4, em * LONGEST_WHOLE_WORD_M)))
