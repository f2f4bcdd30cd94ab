"""GUI fixtures: a main window over a temp database with its own QSettings file."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from deskcrm.ui.mainwindow import MainWindow
from deskcrm.ui.taskmanager import TaskManager


@pytest.fixture
def ui_state(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui-state.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def task_manager(qtbot, db) -> Iterator[TaskManager]:
    """The app's one task manager; shut down before the database closes, as on quit."""
    manager = TaskManager()
    yield manager
    manager.shutdown()


@pytest.fixture
def window(qtbot, db, services, ui_state, db_path, task_manager) -> MainWindow:
    win = MainWindow(services, ui_state, str(db_path), task_manager, database=db)
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


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type like a user. QTest.keyClicks only knows ASCII, so other letters (ü, ł, é) are
    sent as key events carrying their text, as a keyboard layout would send them."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)
