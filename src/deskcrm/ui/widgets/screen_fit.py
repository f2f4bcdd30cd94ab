"""Windows opened at a size that suits them, but never larger than the screen they open
on (a 1366×768 laptop, a 1024×640 window manager area): they scroll inside instead."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

# Room left for the title bar and a panel when a window is as tall as the screen allows.
TITLE_BAR = 40


def screen_of(window: QWidget) -> QScreen | None:
    """The screen `window` is on (else the primary one).

    Never `window.screen()`: PySide 6.11 makes the widget the Python parent of the
    application's QScreen, and when that widget's wrapper goes the QScreen is deleted with
    it (a crash on the next window made; seen under valgrind). QGuiApplication's static
    functions leave the screen alone."""
    top = window.window()
    centre = top.mapToGlobal(top.rect().center()) if top.isVisible() else None
    found = QGuiApplication.screenAt(centre) if centre is not None else None
    return found or QGuiApplication.primaryScreen()


def available_size(window: QWidget) -> tuple[int, int] | None:
    """The width and height a window on `window`'s screen may take, or None headless."""
    screen = screen_of(window)
    if screen is None:
        return None
    area = screen.availableGeometry()
    return area.width(), area.height() - TITLE_BAR


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize `window` to width × height, or to what its screen has room for."""
    room = available_size(window)
    if room is not None:
        width, height = min(width, room[0]), min(height, room[1])
    window.resize(width, height)
