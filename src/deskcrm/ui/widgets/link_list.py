"""Email addresses, phone numbers and web addresses shown as links: each one a flat button
in the link colour whose text is plain (never rich text), so a click (or Space) writes an
email, dials, or opens the page. Values that are no such link stay plain, selectable text.
The URLs are made here: mailto: for an address, tel: for a checked number, http(s) only for
a web page (a file: or script URL from an imported card is shown, never run)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QResizeEvent
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from deskcrm.ui.text import plain_label, plain_tooltip


def open_link(url: QUrl) -> bool:
    """Hand a link to the desktop: the mail app, the phone app, the web browser. The one
    way links leave DeskCRM (tests replace QDesktopServices.openUrl or the opener)."""
    return QDesktopServices.openUrl(url)


def mail_url(address: str) -> QUrl | None:
    """mailto: for an email address, or None when it is none."""
    address = address.strip()
    if address.count("@") != 1 or any(c.isspace() or c in "<>?" for c in address):
        return None
    url = QUrl()
    url.setScheme("mailto")
    url.setPath(address)
    return url if url.isValid() else None


def phone_url(number: str) -> QUrl | None:
    """tel: with the number's digits (and its leading +), or None when it has too few."""
    digits = "".join(c for c in number if c.isdigit())
    if len(digits) < 3:
        return None
    plus = "+" if number.strip().startswith("+") else ""
    return QUrl(f"tel:{plus}{digits}")


def web_url(text: str) -> QUrl | None:
    """The web address to open, or None when it is not an http(s) page."""
    url = QUrl.fromUserInput(text.strip())
    if not url.isValid() or url.scheme().lower() not in ("http", "https"):
        return None
    return url


class LinkButton(QPushButton):
    """A link: flat, in the palette's link colour, its text shown as written."""

    def __init__(self, text: str, url: QUrl, tooltip: str, parent: QWidget | None = None) -> None:
        # Button text is plain, but & would make a mnemonic: doubled, it shows as is.
        super().__init__(text.replace("&", "&&"), parent)
        self.shown_text = text
        self.url = url
        self.setFlat(True)
        self.setAutoDefault(False)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(tooltip)
        # The link colour from the palette whenever it is drawn: a theme switch recolours
        # links already shown (a palette copied here kept the old theme's blue).
        self.setStyleSheet("text-align: left; padding: 0px; color: palette(link);")
        self._tooltip = tooltip
        # A long address is shortened in the middle to the room there is (the whole of it
        # in the tooltip), so one contact's long address does not widen the pane.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(
            min(hint.width(), self.fontMetrics().horizontalAdvance("M") * 8), hint.height()
        )

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        width = self.fontMetrics().horizontalAdvance(self.shown_text) + 8
        return QSize(width, hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        room = max(0, self.width() - 8)
        shown = self.fontMetrics().elidedText(self.shown_text, Qt.TextElideMode.ElideMiddle, room)
        self.setText(shown.replace("&", "&&"))
        elided = shown != self.shown_text
        self.setToolTip(
            plain_tooltip(f"{self.shown_text}\n{self._tooltip}") if elided else self._tooltip
        )


class LinkList(QWidget):
    """Lines one under the other, each a link or plain text.

    Signals:
    link_clicked(QUrl): a link was clicked (or pressed with Space).
    """

    link_clicked = Signal(QUrl)

    def __init__(self, tooltip: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tooltip = tooltip
        self._lines: list[QWidget] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)

    def set_lines(self, lines: Sequence[tuple[str, QUrl | None]]) -> None:
        """Each line's text, and the URL it opens (None: plain text)."""
        for widget in self._lines:
            self._layout.removeWidget(widget)
            widget.deleteLater()
        self._lines = []
        for text, url in lines:
            line: QWidget
            if url is None:
                line = plain_label(text, self, selectable=True)
                line.setWordWrap(True)
            else:
                line = LinkButton(text, url, self._tooltip, self)
                line.clicked.connect(lambda _checked=False, u=url: self.link_clicked.emit(u))
            self._layout.addWidget(line)
            self._lines.append(line)

    def lines(self) -> list[str]:
        """The text of each line, as shown."""
        return [
            line.shown_text if isinstance(line, LinkButton) else line.text()
            for line in self._lines
            if isinstance(line, (LinkButton, QLabel))
        ]

    def buttons(self) -> list[LinkButton]:
        return [line for line in self._lines if isinstance(line, LinkButton)]
