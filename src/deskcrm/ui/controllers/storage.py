"""Backups (the daily one and File ▸ Backups…), the deleted-records dialogs and
File ▸ Settings: the storage side of the app, started from the main window's menus."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QWidget

from deskcrm.services.storage.backups import BackupService
from deskcrm.ui.dialogs.backups_dialog import BackupsDialog
from deskcrm.ui.dialogs.settings_dialog import SettingsDialog
from deskcrm.ui.dialogs.trash_dialog import TrashDialog
from deskcrm.ui.i18n import QT_TR_NOOP, tr
from deskcrm.ui.services import Services
from deskcrm.ui.taskmanager import TaskManager
from deskcrm.ui.theme import apply_theme
from deskcrm.ui.undo import History

log = logging.getLogger(__name__)
# Edit's "Deleted …" entries: the kind of record, and the words the menu uses for it.
TRASH_KINDS = {
    "company": QT_TR_NOOP("companies"),
    "deal": QT_TR_NOOP("deals"),
    "task": QT_TR_NOOP("tasks"),
    "case": QT_TR_NOOP("support cases"),
}


class StorageController(QObject):
    """Signals:
    status_message(str, int): what happened, and for how many milliseconds to say it.
    restore_requested(str): a backup file the user chose to restore.
    """

    status_message = Signal(str, int)
    restore_requested = Signal(str)
    BACKUP_TASK = "daily_backup"

    def __init__(
        self,
        window: QWidget,
        services: Services,
        history: History,
        tasks: TaskManager,
        backups: BackupService | None,
        data_folder: Path,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._history = history
        self._tasks = tasks
        self._backups = backups
        self._data_folder = data_folder
        # Edit's "Deleted …" entries, one per kind; the window places them in its menu.
        self.trash_actions: dict[str, QAction] = {}
        for kind, label in TRASH_KINDS.items():
            action = QAction(tr("Deleted {things}…").format(things=tr(label)), window)
            action.triggered.connect(lambda _checked=False, k=kind: self.show_trash(k))
            self.trash_actions[kind] = action

    def start_daily_backup(self) -> None:
        """The first start of each day backs up in the background (verified, rotated)."""
        if self._services.settings.load().backups == "off":
            return
        backups = self._backups
        if backups is None or self._tasks.busy(self.BACKUP_TASK):
            return
        self._tasks.run(
            lambda _context: backups.daily_if_due(),
            self._on_backup_done,
            on_error=self._on_backup_failed,
            key=self.BACKUP_TASK,
            owner=self,
        )

    def _on_backup_done(self, made: object) -> None:
        if made is not None:
            self.status_message.emit(tr("Daily backup made and verified"), 6000)

    def _on_backup_failed(self, message: str) -> None:
        log.warning("daily backup failed: %s", message)
        self.status_message.emit(message, 6000)

    def show_backups(self) -> None:
        """File ▸ Backups…: list, make and restore backups."""
        if self._backups is None:
            return
        chosen = BackupsDialog.ask(self._window, self._backups)
        if chosen is not None:
            self.restore_requested.emit(str(chosen.path))

    def show_trash(self, kind: str) -> None:
        """Edit ▸ Deleted companies/deals/tasks/cases…: restore or purge them."""
        deletes = {
            "company": self._services.companies.delete,
            "deal": self._services.deals.delete,
            "task": self._services.tasks.delete,
            "case": self._services.cases.delete,
        }
        TrashDialog.ask(
            self._window, self._services.trash, kind, history=self._history, delete=deletes[kind]
        )

    def show_settings(self) -> None:
        """File ▸ Settings…: a saved theme applies at once."""
        saved = SettingsDialog.ask(self._window, self._services, self._data_folder)
        if saved is not None:
            app = QApplication.instance()
            if isinstance(app, QApplication):
                apply_theme(app, saved.theme)
            self.status_message.emit(tr("Settings saved"), 4000)
