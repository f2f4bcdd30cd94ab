"""Themes: a picked dark or light scheme really changes the palette; system follows Qt."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from deskcrm.ui.theme import apply_theme


def test_dark_and_light_themes_change_the_palette(qapp: QApplication) -> None:
    before = qapp.palette()
    try:
        apply_theme(qapp, "dark")
        dark = qapp.palette().color(QPalette.ColorRole.Window)
        apply_theme(qapp, "light")
        light = qapp.palette().color(QPalette.ColorRole.Window)
        assert dark.lightness() < 60 < light.lightness()
        assert "QToolBar#navigation" in qapp.styleSheet()
    finally:
        qapp.setStyleSheet("")
        qapp.setPalette(before)
