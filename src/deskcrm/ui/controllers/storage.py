"""Backups (the daily one and File ▸ Backups…), the deleted-records dialogs, File ▸
Settings and File ▸ Open (a database file, a server, a recent one): the storage side of
the app, started from the main window's menus."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QMessageBox, QWidget

from deskcrm import config
from deskcrm.services.changes import Changes
from deskcrm.services.storage.backups import Backups
from deskcrm.ui.dialogs.backups_dialog import BackupsDialog
from deskcrm.ui.dialogs.server_dialog import ServerDialog
from deskcrm.ui.dialogs.settings_dialog import SettingsDialog
from deskcrm.ui.dialogs.trash_dialog import TrashDialog
from deskcrm.ui.i18n import QT_TR_NOOP, tr
from deskcrm.ui.services import Services
from deskcrm.ui.taskmanager import TaskManager
from deskcrm.ui.text import escape_rich
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
RECENT_KEY = "recent/databases"
RECENT_COUNT = 8


def recent_databases(ui_state: QSettings) -> list[str]:
    """The databases opened last, newest first: file paths and server URLs (never with a
    password: they are stored as shown)."""
    stored = ui_state.value(RECENT_KEY, [])
    if isinstance(stored, str):  # QSettings reads a one-item list back as its item
        stored = [stored]
    if not isinstance(stored, list):
        return []
    return [str(item) for item in stored if str(item).strip()]


def remember_database(ui_state: QSettings, location: Path | str) -> list[str]:
    """Put `location` first in the recent list (its password, if any, stripped)."""
    shown = config.shown_location(location)
    if not config.is_server(location):
        shown = str(Path(location).expanduser().resolve())
    kept = [shown, *(item for item in recent_databases(ui_state) if item != shown)]
    ui_state.setValue(RECENT_KEY, kept[:RECENT_COUNT])
    ui_state.sync()
    return kept[:RECENT_COUNT]


class StorageController(QObject):
    """Signals:
    status_message(str, int): what happened, and for how many milliseconds to say it.
    restore_requested(str): a backup file the user chose to restore.
    open_requested(str): a database (file path or server URL) the user chose to open.
    demo_requested(): File ▸ Open ▸ Demo Database (made on first use, in its own file).
    new_requested(str): File ▸ New Database…: the path of a file to make and open.
    """

    status_message = Signal(str, int)
    restore_requested = Signal(str)
    open_requested = Signal(str)
    demo_requested = Signal()
    new_requested = Signal(str)
    BACKUP_TASK = "daily_backup"

    def __init__(
        self,
        window: QWidget,
        services: Services,
        history: History,
        tasks: TaskManager,
        backups: Backups | None,
        data_folder: Path,
        ui_state: QSettings | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._history = history
        self._tasks = tasks
        self._backups = backups
        self._data_folder = data_folder
        self._ui_state = ui_state
        # File ▸ Open ▸ …; the window places them in its menu.
        self.open_file_action = QAction(tr("Database &File…"), window)
        self.open_server_action = QAction(tr("&Server…"), window)
        self.recent_menu = QMenu(tr("Open &Recent"), window)
        self.new_database_action = QAction(tr("&New Database…"), window)
        self.new_database_action.setToolTip(
            tr("An empty database file of its own: another business, a fresh start")
        )
        self.new_database_action.triggered.connect(self.new_database)
        self.open_demo_action = QAction(tr("&Demo Database"), window)
        self.open_demo_action.setToolTip(
            tr("Sample customers, deals and tasks to try things on, in a file of their own")
        )
        self.open_demo_action.triggered.connect(self.demo_requested)
        self.open_file_action.triggered.connect(self.open_file)
        self.open_server_action.triggered.connect(self.open_server)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
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
        chosen = BackupsDialog.ask(
            self._window,
            self._backups,
            self._tasks,
            lambda message: self.status_message.emit(message, 8000),
        )
        if chosen is not None:
            self.restore_requested.emit(str(chosen.path))

    def remember_database(self, location: Path | str) -> None:
        """Called once a database is open: it goes first in File ▸ Open Recent."""
        if self._ui_state is not None:
            remember_database(self._ui_state, location)

    def recent_databases(self) -> list[str]:
        return recent_databases(self._ui_state) if self._ui_state is not None else []

    def open_file(self) -> None:
        """File ▸ Open ▸ Database File…: another DeskCRM file on this computer."""
        chosen, _filter = QFileDialog.getOpenFileName(
            self._window,
            tr("Open a Database File"),
            str(self._data_folder),
            tr("DeskCRM databases (*.sqlite3 *.db);;All files (*)"),
        )
        if chosen:
            self.open_requested.emit(chosen)

    def new_database(self) -> None:
        """File ▸ New Database…: a new, empty file, opened in this one's place. An
        existing file is never overwritten (that is File ▸ Open)."""
        chosen, _filter = QFileDialog.getSaveFileName(
            self._window,
            tr("New Database File"),
            str(self._data_folder / "deskcrm-new.sqlite3"),
            tr("DeskCRM databases (*.sqlite3 *.db)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() not in (".sqlite3", ".db"):
            path = path.with_name(f"{path.name}.sqlite3")
        if path.exists():
            QMessageBox.information(
                self._window,
                tr("New Database"),
                tr(
                    "{path} already exists: File ▸ Open opens it; a new database needs a new name."
                ).format(path=escape_rich(str(path))),
            )
            return
        self.new_requested.emit(str(path))

    def open_server(self) -> None:
        """File ▸ Open ▸ Server…: host, port, database and user of a PostgreSQL database."""
        servers = [r for r in self.recent_databases() if config.is_server(r)]
        chosen = ServerDialog.ask(self._window, servers[0] if servers else None)
        if chosen:
            self.open_requested.emit(chosen)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.recent_databases()
        for location in recent:
            action = self.recent_menu.addAction(location.replace("&", "&&"))
            action.triggered.connect(
                lambda _checked=False, where=location: self.open_requested.emit(where)
            )
        if not recent:
            self.recent_menu.addAction(tr("(none yet)")).setEnabled(False)

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
        reply_days = self._services.settings.load().case_reply_days
        saved = SettingsDialog.ask(self._window, self._services, self._data_folder)
        if saved is not None:
            app = QApplication.instance()
            if isinstance(app, QApplication):
                apply_theme(app, saved.theme)
            # When a support case counts as overdue is a setting: the lists that show it
            # (Cases, the Tasks view's follow-ups) read it once a refresh, so they re-read.
            if saved.case_reply_days != reply_days:
                self._history.bus.announce(Changes.of(whole=["cases"]))
            self.status_message.emit(tr("Settings saved"), 4000)
