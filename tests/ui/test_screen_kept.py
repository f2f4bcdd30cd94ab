"""The application's screen outlives every window. Found this session: the command
palette's tests died making the next window, in QScreen::virtualSiblings; under valgrind
the QScreen had been deleted by shiboken while collecting garbage. Asking a widget for
`screen()` makes it the Python parent of the application's QScreen (PySide 6.11:
shiboken6.dump shows it), and the screen went with that widget's wrapper. DeskCRM finds
screens only through QGuiApplication's static functions (screen_fit.screen_of); the
palette's tests (tests/ui/dialogs/test_command_palette.py), which crashed every run
before, pass with that, and this test keeps `.screen()` out of the code."""

from __future__ import annotations

import re
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "deskcrm"


def test_no_widget_is_asked_for_its_screen() -> None:
    asked = [
        f"{path.relative_to(SRC)}:{number}"
        for path in SRC.rglob("*.py")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"\.screen\(\)", line) and "Never `window.screen()`" not in line
    ]
    assert asked == []


def test_screen_of_leaves_the_screen_without_a_python_parent(qtbot) -> None:
    """widget.screen() would make `widget` the screen's parent (shiboken6.dump says
    "parent.... <QWidget …>"); screen_of does not."""
    import shiboken6
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QWidget

    from deskcrm.ui.widgets.screen_fit import screen_of

    widget = QWidget()
    qtbot.addWidget(widget)
    assert screen_of(widget) is QGuiApplication.primaryScreen()
    assert "parent............ <" not in shiboken6.dump(QGuiApplication.primaryScreen())
