"""Light and dark themes: Fusion with Qt 6's colour scheme (following the system unless
the user picked one), an explicit palette for a picked scheme (some platforms ignore the
request), and DeskCRM's small stylesheet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from deskcrm.config import resources_dir
from deskcrm.ui.i18n import QT_TR_NOOP

THEMES = {
    "system": QT_TR_NOOP("Follow the system"),
    "light": QT_TR_NOOP("Light"),
    "dark": QT_TR_NOOP("Dark"),
}

_DARK = {
    QPalette.ColorRole.Window: "#202124",
    QPalette.ColorRole.WindowText: "#e8eaed",
    QPalette.ColorRole.Base: "#2a2b2e",
    QPalette.ColorRole.AlternateBase: "#303134",
    QPalette.ColorRole.Text: "#e8eaed",
    QPalette.ColorRole.Button: "#303134",
    QPalette.ColorRole.ButtonText: "#e8eaed",
    QPalette.ColorRole.Highlight: "#3d7bd9",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#303134",
    QPalette.ColorRole.ToolTipText: "#e8eaed",
    QPalette.ColorRole.PlaceholderText: "#9aa0a6",
    QPalette.ColorRole.Mid: "#5f6368",
    QPalette.ColorRole.Link: "#8ab4f8",
}


def palette_for(theme: str, app: QApplication) -> QPalette:
    if theme != "dark":
        return app.style().standardPalette()
    palette = app.style().standardPalette()
    for role, colour in _DARK.items():
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.WindowText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#80868b"))
    return palette


def apply_theme(app: QApplication, theme: str) -> None:
    app.setStyle("Fusion")
    scheme = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}.get(
        theme,
        Qt.ColorScheme.Unknown,  # Unknown = follow the system
    )
    app.styleHints().setColorScheme(scheme)
    if theme in ("light", "dark"):
        app.setPalette(palette_for(theme, app))
    style = resources_dir() / "styles" / "deskcrm.qss"
    app.setStyleSheet(style.read_text(encoding="utf-8") if style.is_file() else "")
