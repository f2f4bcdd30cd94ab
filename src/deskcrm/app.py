"""GUI start-up: the QApplication, one instance per database, the main window (its
services come from the Qt-free composition root, deskcrm.bootstrap)."""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable
from datetime import datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from deskcrm import APP_NAME, __version__, config

if TYPE_CHECKING:  # imported lazily at run time so start-up shows the window sooner
    from PySide6.QtWidgets import QWidget

    from deskcrm.bootstrap import Services
    from deskcrm.db.engine import Database
    from deskcrm.ui.mainwindow import MainWindow
    from deskcrm.ui.single_instance import SingleInstance


def build_services(
    db: Database,
    clock: Callable[[], datetime] | None = None,
    tz: tzinfo | None = None,
    translate: Callable[[str], str] = str,
) -> Services:
    """Kept for callers of the old place; the services are built in deskcrm.bootstrap."""
    from deskcrm.bootstrap import build_services as build

    return build(db, clock, tz, translate)


def build_main_window(
    db_path: Path | str,
    ui_state_path: Path | None = None,
    passphrase: str | None = None,
    password: str | None = None,
) -> MainWindow:
    """Open the database (a file, or a server's `postgresql://…` address with `password`
    if one was typed into a dialog) and return a ready (not yet shown) main window."""
    from PySide6.QtCore import QSettings

    from deskcrm.bootstrap import build_backups, build_services
    from deskcrm.db.dialects import with_password
    from deskcrm.db.opening import open_database
    from deskcrm.ui.i18n import tr
    from deskcrm.ui.mainwindow import MainWindow
    from deskcrm.ui.taskmanager import TaskManager

    location: Path | str = db_path
    if config.is_server(db_path) and password is not None:
        location = with_password(str(db_path), password)  # in memory only
    db = open_database(location, create=True, passphrase=passphrase)
    state_path = ui_state_path or config.ui_settings_path()
    ui_state = QSettings(str(state_path), QSettings.Format.IniFormat)
    backups = build_backups(location, passphrase=db.passphrase)
    tasks = TaskManager()  # the one way work leaves the GUI thread, for this window
    services = build_services(db, translate=tr)
    window = MainWindow(
        services, ui_state, config.shown_location(db_path), tasks, backups=backups, database=db
    )
    tasks.setParent(window)  # lives, and is shut down, with its window
    return window


def settle_collector() -> None:
    """Once the main window shows: what the start made stays, so it is set aside from
    Python's cycle collector (gc.freeze), which runs again from now on if the start
    paused it (run_gui). A full collection otherwise walked those ~115,000 objects each
    time, 30–90 ms on the GUI thread, and a view's first showing stalled by one (Reports:
    112 → 32 ms, benchmarks/bench_views.py at 100,000 contacts). The few cycles the start
    left are kept with them. Only the first window's start is set aside (a window opened
    on another database later leaves the collector as it is)."""
    if not gc.get_freeze_count():
        gc.freeze()
    gc.enable()


DEMO_TITLE = "DeskCRM — demo data (your real database is untouched)"
# The reminders' first look, after the main window is shown (its first paint comes first).
REMINDERS_AFTER_MS = 300


def make_demo() -> Path:
    """The demo database (500 made-up customers with their deals, tasks and cases), in its
    own file beside the user's: made when it is missing or empty."""
    from deskcrm.bootstrap import open_services
    from deskcrm.services.demo.demo import generate_demo

    path = config.demo_db_path()
    with open_services(path, create=True) as opened:
        services = opened.services
        if not services.contacts.count():
            generate_demo(opened.db, contacts=500, clock=services.clock)
        services.settings.mark_welcomed()
    return path


class GuiSession:
    """The running app: one window on one database, which a restore replaces and which
    File ▸ Open (a file, a server, a recent one) changes."""

    def __init__(self, db_path: Path | str) -> None:
        from PySide6.QtGui import QIcon

        from deskcrm.db.dialects import password_of, without_password

        # A server's password never stays in the address: kept apart, in memory, for
        # this run only (from a --db URL or the password dialog).
        self.password: str | None = None
        if config.is_server(db_path):
            self.password = password_of(str(db_path))
            db_path = without_password(str(db_path))
        self.db_path: Path | str = db_path
        self.icon = QIcon(str(config.resources_dir() / "icons" / "deskcrm.svg"))
        self.window: MainWindow | None = None
        self.passphrase: str | None = None
        self.guard: SingleInstance | None = None  # run_gui's, moved along on File ▸ Open
        self.start_window: QWidget | None = None  # run_gui's, until the main window shows

    def close_start_window(self) -> None:
        if self.start_window is not None:
            self.start_window.close()
            self.start_window.deleteLater()
            self.start_window = None

    def open(self) -> bool:
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        from deskcrm.db.dialects import password_problem
        from deskcrm.db.opening import PassphraseNeededError, WrongPassphraseError
        from deskcrm.errors import DatabaseOpenError, DeskCrmError

        for _attempt in range(4):
            try:
                window = build_main_window(
                    self.db_path, passphrase=self.passphrase, password=self.password
                )
            except (PassphraseNeededError, WrongPassphraseError) as exc:
                # Perhaps an encrypted database: ask for its passphrase (three tries).
                if _attempt == 3:
                    return self._recover(exc)
                wrong = isinstance(exc, WrongPassphraseError)
                text, ok = QInputDialog.getText(
                    None,
                    APP_NAME,
                    ("That passphrase does not open it. " if wrong else "")
                    + f"{Path(self.db_path).name} may be encrypted. Passphrase:",
                    QLineEdit.EchoMode.Password,
                )
                if not ok:
                    return self._recover(exc)
                self.passphrase = text
                continue
            except DatabaseOpenError as exc:
                problem = password_problem(exc) if config.is_server(self.db_path) else None
                if problem is None or _attempt == 3:
                    return self._recover(exc)
                # The server wants a password that $PGPASSWORD and ~/.pgpass did not give:
                # ask for it (three tries). It is used for this run and never saved.
                password = ask_server_password(str(self.db_path), wrong=problem == "wrong")
                if password is None:
                    return self._recover(exc)
                self.password = password
                continue
            except DeskCrmError as exc:
                return self._recover(exc)
            window.storage.remember_database(self.db_path)
            choice = self._welcome(window)
            if choice == "demo":
                self._discard(window)
                return self._open_demo()
            self._show(window)
            if choice == "import":
                window.import_export.import_contacts()
            elif choice == "server":
                # File ▸ Open ▸ Server…: a chosen server replaces this window (switch_to);
                # cancelled, the user stays on the file, which they can still use.
                window.storage.open_server()
            return True
        return False

    def switch_to(self, location: str) -> bool:
        """File ▸ Open: close this window and open `location` (a file or a server address)
        in its place; another DeskCRM already on it is brought forward instead. When the
        new one cannot be opened, the one before is opened again."""
        from PySide6.QtWidgets import QMessageBox

        from deskcrm.db.dialects import password_of, without_password
        from deskcrm.errors import DeskCrmError
        from deskcrm.ui.single_instance import SingleInstance
        from deskcrm.ui.text import escape_rich

        password = None
        target: Path | str = Path(location).expanduser()
        if config.is_server(location):
            password, target = password_of(location), without_password(location)
        if config.shown_location(target) == config.shown_location(self.db_path):
            return True
        if isinstance(target, Path) and not target.is_file():
            # A recent file that has gone: say so rather than make a new, empty one there.
            QMessageBox.warning(self.window, APP_NAME, escape_rich(f"{target} no longer exists."))
            return False
        try:
            guard = SingleInstance(target)
            acquired = guard.acquire()
        except DeskCrmError as exc:
            QMessageBox.warning(self.window, APP_NAME, escape_rich(str(exc)))
            return False
        if not acquired:
            if not guard.ask_owner_to_show():
                QMessageBox.information(
                    self.window,
                    APP_NAME,
                    f"DeskCRM is already open on {config.shown_location(target)}.",
                )
            return False
        before = (self.db_path, self.password, self.passphrase, self.guard)
        if self.window is not None:
            self._discard(self.window)
            self.window = None
        self.db_path, self.password, self.passphrase = target, password, None
        self.take_guard(guard)
        if self.open():
            if before[3] is not None:
                before[3].release()
            return True
        guard.release()
        self.db_path, self.password, self.passphrase, self.guard = before
        self.open()
        return False

    def take_guard(self, guard: SingleInstance) -> None:
        self.guard = guard
        guard.activated.connect(lambda: self.window.bring_to_front() if self.window else None)

    @staticmethod
    def _discard(window: MainWindow) -> None:
        """Close a window, then the database it was built on (every window built here has
        one; only tests build a window without)."""
        window.close()
        if window.database is not None:
            window.database.close()
        window.deleteLater()

    def _welcome(self, window: MainWindow) -> str:
        """First start on an empty database: "empty", "demo", "import", "server" or ""."""
        from deskcrm.ui.dialogs.welcome_dialog import WelcomeDialog

        services = window.services
        if services.settings.load().welcomed or services.contacts.count():
            return ""
        services.settings.mark_welcomed()
        return WelcomeDialog.ask(None, services.settings.load().phone_region)

    def _open_demo(self) -> bool:
        self.db_path = make_demo()
        window = build_main_window(self.db_path)
        self._show(window)
        return True

    def new_database(self, location: str) -> bool:
        """File ▸ New Database…: an empty database made at `location` (never over an
        existing file) and opened in this window's place."""
        from PySide6.QtWidgets import QMessageBox

        from deskcrm.bootstrap import open_services
        from deskcrm.errors import DeskCrmError
        from deskcrm.ui.text import escape_rich

        path = Path(location).expanduser()
        if path.exists():
            return False
        try:
            with open_services(path, create=True):
                pass
        except (DeskCrmError, OSError) as exc:
            QMessageBox.warning(self.window, APP_NAME, escape_rich(str(exc)))
            return False
        return self.switch_to(str(path))

    def open_demo(self) -> bool:
        """File ▸ Open ▸ Demo Database: the demo (made first if there is none yet) in this
        window's place; File ▸ Open Recent leads back."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QApplication, QMessageBox

        from deskcrm.errors import DeskCrmError
        from deskcrm.ui.text import escape_rich

        if not config.demo_db_path().is_file():
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                make_demo()
            except DeskCrmError as exc:
                QMessageBox.warning(self.window, APP_NAME, escape_rich(str(exc)))
                return False
            finally:
                QApplication.restoreOverrideCursor()
        return self.switch_to(str(config.demo_db_path()))

    def _show(self, window: MainWindow) -> None:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        from deskcrm.ui.reminders import ReminderNotifier
        from deskcrm.ui.start_window import remember_theme
        from deskcrm.ui.theme import apply_theme

        app = QApplication.instance()
        theme = window.services.settings.load().theme
        if isinstance(app, QApplication):
            apply_theme(app, theme)
        remember_theme(theme)  # the next start's first window is painted in it
        self.window = window
        window.setWindowIcon(self.icon)
        window.restore_requested.connect(self.restore)
        window.open_requested.connect(self.switch_to)
        window.demo_requested.connect(self.open_demo)
        window.new_requested.connect(self.new_database)
        if config.shown_location(self.db_path) == config.shown_location(config.demo_db_path()):
            window.setWindowTitle(DEMO_TITLE)
        window.show()
        settle_collector()
        self.close_start_window()
        notifier = ReminderNotifier(window.services.tasks, self.icon, window)
        notifier.overdue_changed.connect(window.rail.set_overdue_tasks)
        notifier.reminder_shown.connect(
            lambda _id, text: window.statusBar().showMessage(f"Reminder: {text}")
        )
        notifier.show_window_requested.connect(window.bring_to_front)
        # Its first look (reminders missed while closed, the overdue count) reads the
        # database: once the window has painted, not between its show and its first paint.
        QTimer.singleShot(REMINDERS_AFTER_MS, notifier, notifier.start)
        window.storage.start_daily_backup()

    def _recover(self, exc: Exception) -> bool:
        """A file that cannot be opened is left as it is; offer the newest good backup."""
        from PySide6.QtWidgets import QMessageBox

        from deskcrm.bootstrap import build_file_backups
        from deskcrm.domain.dates import format_datetime
        from deskcrm.errors import DatabaseOpenError, DeskCrmError
        from deskcrm.ui.text import escape_rich

        backup_may_help = isinstance(exc, DatabaseOpenError) and exc.backup_may_help
        server = config.is_server(self.db_path)
        backups = []
        if backup_may_help and not server:  # a server's backups are its administrator's
            backups = build_file_backups(Path(self.db_path), self.passphrase).backups()
        message = str(exc)
        if self.password:
            message = message.replace(self.password, "…")
        box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, "DeskCRM cannot open its database.")
        unchanged = (
            "The database has not been changed." if server else "The file has not been changed."
        )
        detail = escape_rich(message) + "<br><br>" + unchanged
        if backups:
            newest = backups[0]
            box.setInformativeText(
                f"{detail}<br><br>Restore the backup made {format_datetime(newest.created_at)}?"
                " (The damaged file is kept as it is, beside it.)"
            )
            box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
            if box.exec() == QMessageBox.StandardButton.Yes:
                try:
                    self._set_aside_and_restore(newest.path)
                except DeskCrmError as again:
                    print(f"deskcrm: error: {again}", file=sys.stderr)
                    return False
                return self.open()
        else:
            box.setInformativeText(detail)
            box.exec()
        print(f"deskcrm: error: {message}", file=sys.stderr)
        return False

    def _set_aside_and_restore(self, backup: Path) -> None:
        from deskcrm.bootstrap import build_file_backups

        # The damaged file is kept, untouched, beside it for whoever wants to look.
        build_file_backups(Path(self.db_path), self.passphrase).restore_over_damaged(backup)

    def restore(self, backup: str) -> None:
        """Close the window and database, restore, reopen (upgrading an older backup)."""
        from PySide6.QtWidgets import QMessageBox

        from deskcrm.bootstrap import build_file_backups
        from deskcrm.errors import DeskCrmError

        if self.window is not None:
            self._discard(self.window)
        try:
            kept = build_file_backups(Path(self.db_path), self.passphrase).restore(Path(backup))
            message = f"Restored. The database it replaced is kept as {kept.path.name}."
        except DeskCrmError as exc:
            message = f"Nothing was restored: {exc}"
        if self.open() and self.window is not None:
            QMessageBox.information(self.window, APP_NAME, message)


def _import_the_rest() -> None:
    """SQLAlchemy, the tables and the services: most of a start's time, loaded while the
    start window shows (ui.start_window: with PySide's quicker check installed, loading
    them after Qt costs what it costs before it)."""
    import deskcrm.bootstrap  # noqa: F401
    from deskcrm.db.tables import configure_now

    configure_now()


def run_gui(db_path: Path | str) -> int:
    # No cycle collection while the start makes its ~115,000 lasting objects (two full
    # collections of 30 and 70 ms otherwise): settle_collector turns it on again.
    gc.disable()
    from PySide6.QtWidgets import QApplication, QMessageBox

    from deskcrm.ui.start_window import install_quick_feature_check

    install_quick_feature_check()  # before any other module is imported
    from deskcrm.errors import DeskCrmError
    from deskcrm.ui.i18n import install_translator
    from deskcrm.ui.single_instance import SingleInstance
    from deskcrm.ui.start_window import StartWindow, last_theme
    from deskcrm.ui.theme import apply_theme

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    QApplication.setDesktopFileName("deskcrm")  # a QGuiApplication static
    install_translator(app)
    shown = config.shown_location(db_path)
    try:
        # A new user's data folder does not exist yet: the lock file lives beside the
        # database (a server's in the data folder), so the folder comes first
        # (owner-only, like everything DeskCRM writes).
        if config.is_server(db_path):
            config.ensure_folder(config.server_locks_dir())
        else:
            config.ensure_folder(Path(db_path).parent)
        guard = SingleInstance(db_path)
        acquired = guard.acquire()
    except DeskCrmError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        print(f"deskcrm: error: {exc}", file=sys.stderr)
        return 1
    if not acquired:
        if not guard.ask_owner_to_show():
            QMessageBox.information(None, APP_NAME, f"DeskCRM is already open on {shown}.")
        print(f"deskcrm: DeskCRM is already open on {shown}; brought it forward", file=sys.stderr)
        return 0
    # A window at once, where the main window will be, while the rest loads.
    if isinstance(app, QApplication):
        apply_theme(app, last_theme())
    start = StartWindow(shown)
    start.show_now()
    _import_the_rest()
    session = GuiSession(db_path)
    session.take_guard(guard)
    start.setWindowIcon(session.icon)
    session.start_window = start
    opened = session.open()
    session.close_start_window()
    if not opened:
        if session.guard is not None:
            session.guard.release()
        return 1
    code = app.exec()
    if session.guard is not None:
        session.guard.release()
    return code


def ask_server_password(address: str, *, wrong: bool = False) -> str | None:
    """The password dialog for a server that asks for one (None when cancelled)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QInputDialog, QLabel, QLineEdit

    from deskcrm.db.dialects import server_parts

    host, port, database, user = server_parts(address)
    where = f"{host or 'localhost'}{f':{port}' if port else ''}"
    dialog = QInputDialog()
    dialog.setWindowTitle(APP_NAME)
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
    dialog.setLabelText(
        ("That password was refused. " if wrong else "")
        + f"The server {where} asks for the password of {user or 'your user'} to open"
        f" {database}. It is used for this session only and never saved."
        " (A ~/.pgpass file or $PGPASSWORD spares you this question.)\n\nPassword:"
    )
    # The long question wraps: on one line the dialog was wider than a laptop's screen.
    for label in dialog.findChildren(QLabel):
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
    dialog.setMinimumWidth(min(520, dialog.fontMetrics().averageCharWidth() * 70))
    ok = dialog.exec() == QInputDialog.DialogCode.Accepted
    return dialog.textValue() if ok else None
