"""Task reminders while the app runs: a tray notification when one falls due, the count
of overdue tasks in the tray, and reminders missed while closed shown once at start."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from deskcrm.domain.dates import format_datetime
from deskcrm.services.tasks.tasks import TaskService
from deskcrm.ui.i18n import tr

CHECK_INTERVAL_MS = 30_000


class ReminderNotifier(QObject):
    """Signals:
    reminder_shown(int, str): task id and the message shown for it.
    overdue_changed(int): the number of overdue tasks.
    show_window_requested(): the tray icon or its menu asked for the main window.
    """

    reminder_shown = Signal(int, str)
    overdue_changed = Signal(int)
    show_window_requested = Signal()

    def __init__(self, tasks: TaskService, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(icon, self)
            menu = QMenu()
            self.overdue_action = QAction(tr("No overdue tasks"), menu)
            self.overdue_action.triggered.connect(self.show_window_requested)
            open_action = QAction(tr("Open DeskCRM"), menu)
            open_action.triggered.connect(self.show_window_requested)
            menu.addActions([self.overdue_action, open_action])
            self._menu = menu
            self.tray.setContextMenu(menu)
            self.tray.activated.connect(lambda _reason: self.show_window_requested.emit())
            self.tray.show()
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        """Check now (this shows reminders missed while the app was closed), then every 30 s."""
        self.check()
        self.timer.start()

    def check(self) -> None:
        due = self._tasks.due_reminders()
        for task in due:
            when = format_datetime(task.due_at, self._tasks.tz) if task.due_at else ""
            message = f"{task.title}" + (f" — due {when}" if when else "")
            if self.tray is not None:
                self.tray.showMessage(
                    "DeskCRM reminder", message, QSystemTrayIcon.MessageIcon.Information
                )
            self.reminder_shown.emit(task.id, message)
        if due:
            self._tasks.mark_reminded([t.id for t in due])
        overdue = self._tasks.overdue_count()
        if self.tray is not None:
            text = (
                f"{overdue} overdue task{'s' if overdue != 1 else ''}"
                if overdue
                else tr("No overdue tasks")
            )
            self.tray.setToolTip(f"DeskCRM — {text}")
            self.overdue_action.setText(text)
        self.overdue_changed.emit(overdue)
