"""Light and dark themes: Fusion with Qt 6's colour scheme (following the system unless
the user picked one) and DeskCRM's small stylesheet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from deskcrm.config import resources_dir

THEMES = {"system": "Follow the system", "light": "Light", "dark": "Dark"}


def apply_theme(app: QApplication, theme: str) -> None:
    app.setStyle("Fusion")
    scheme = {
        "light": Qt.ColorScheme.Light,
        "dark": Qt.ColorScheme.Dark,
    }.get(theme, Qt.ColorScheme.Unknown)  # Unknown = follow the system
    app.styleHints().setColorScheme(scheme)
    style = resources_dir() / "styles" / "deskcrm.qss"
    app.setStyleSheet(style.read_text(encoding="utf-8") if style.is_file() else "")
