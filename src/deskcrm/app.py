"""Composition root: opens the database, builds the services and the main window."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from deskcrm import APP_NAME, __version__, config

if TYPE_CHECKING:  # imported lazily at run time so start-up shows the window sooner
    from deskcrm.db.engine import Database
    from deskcrm.ui.mainwindow import MainWindow
    from deskcrm.ui.services import Services


def build_services(
    db: Database, clock: Callable[[], datetime] | None = None, tz: tzinfo | None = None
) -> Services:
    """Every service over one database; tests inject the clock and the time zone."""
    from deskcrm.domain.dates import utc_now
    from deskcrm.services.companies import CompanyService
    from deskcrm.services.contacts import ContactService
    from deskcrm.services.deals import DealService
    from deskcrm.services.pipeline import PipelineService
    from deskcrm.services.pipeline_settings import PipelineSettingsService
    from deskcrm.services.reports.service import ReportService
    from deskcrm.services.settings import SettingsService
    from deskcrm.services.tags import TagService
    from deskcrm.services.tasks import TaskService
    from deskcrm.services.timeline import TimelineService
    from deskcrm.ui.services import Services

    now = clock or utc_now
    settings = SettingsService(db)
    return Services(
        settings=settings,
        contacts=ContactService(db, settings),
        companies=CompanyService(db),
        timeline=TimelineService(db),
        deals=DealService(db, now),
        pipeline=PipelineService(db, now),
        pipeline_settings=PipelineSettingsService(db, now),
        tasks=TaskService(db, now, tz),
        tags=TagService(db),
        reports=ReportService(db, settings, now, tz),
    )


def build_main_window(db_path: Path, ui_state_path: Path | None = None) -> MainWindow:
    """Open the database and return a ready (not yet shown) main window."""
    from PySide6.QtCore import QSettings

    from deskcrm.db.opening import open_database
    from deskcrm.ui.mainwindow import MainWindow

    db = open_database(db_path, create=True)
    state_path = ui_state_path or config.ui_settings_path()
    ui_state = QSettings(str(state_path), QSettings.Format.IniFormat)
    window = MainWindow(build_services(db), ui_state, str(db_path))
    window.destroyed.connect(lambda *_: db.close())
    return window


def run_gui(db_path: Path) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from deskcrm.errors import DeskCrmError
    from deskcrm.ui.text import escape_rich

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName("deskcrm")
    try:
        window = build_main_window(db_path)
    except DeskCrmError as exc:
        box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, "DeskCRM cannot open its database.")
        box.setInformativeText(escape_rich(str(exc)))
        box.exec()
        print(f"deskcrm: error: {exc}", file=sys.stderr)
        return 1
    from PySide6.QtGui import QIcon

    from deskcrm.ui.reminders import ReminderNotifier

    icon = QIcon(str(config.resources_dir() / "icons" / "deskcrm.svg"))
    app.setWindowIcon(icon)
    window.show()
    notifier = ReminderNotifier(window.services.tasks, icon, window)
    notifier.overdue_changed.connect(window.set_overdue_count)
    notifier.reminder_shown.connect(
        lambda _id, text: window.statusBar().showMessage(f"Reminder: {text}")
    )
    notifier.show_window_requested.connect(window.bring_to_front)
    notifier.start()
    return app.exec()
