"""GUI fixtures: a main window over a temp database with its own QSettings file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from deskcrm.ui.mainwindow import MainWindow


@pytest.fixture
def ui_state(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui-state.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, services, ui_state, db_path) -> MainWindow:
    win = MainWindow(services, ui_state, str(db_path))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def when_dialog_opens(qtbot) -> Callable[[Callable[[QWidget], None]], None]:
    """Run `handler(dialog)` once a modal dialog is up (its exec() is blocking the test)."""

    def arm(handler: Callable[[QWidget], None]) -> None:
        def poll() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                QTimer.singleShot(10, poll)
                return
            handler(dialog)

        QTimer.singleShot(0, poll)

    return arm
