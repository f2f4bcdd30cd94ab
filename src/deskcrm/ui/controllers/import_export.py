"""File ▸ Import contacts and File ▸ Export: ask for a file, run the work through the task
manager, and put an import on the undo stack."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from deskcrm.errors import DeskCrmError
from deskcrm.ui.bus import Changes
from deskcrm.ui.dialogs.import_dialog import ImportDialog
from deskcrm.ui.i18n import QT_TR_NOOP, tr
from deskcrm.ui.services import Services
from deskcrm.ui.taskmanager import TaskContext, TaskManager
from deskcrm.ui.text import escape_rich
from deskcrm.ui.undo import History

if TYPE_CHECKING:
    from deskcrm.db.engine import Database

# File ▸ Export's entries: what each writes, and its menu label.
EXPORT_FORMATS = {
    "contacts.csv": QT_TR_NOOP("Contacts as CSV…"),
    "contacts.vcf": QT_TR_NOOP("Contacts as vCard…"),
    "deals.csv": QT_TR_NOOP("Deals as CSV…"),
    "tasks.ics": QT_TR_NOOP("Open tasks as iCalendar…"),
    "everything.json": QT_TR_NOOP("Everything as JSON…"),
}


class ImportExportController(QObject):
    """Signals:
    status_message(str, int): what happened, and for how many milliseconds to say it.
    view_requested(str): the view to bring forward (the contacts, after an import).
    """

    status_message = Signal(str, int)
    view_requested = Signal(str)
    EXPORT_TASK = "export"  # one export at a time: each writes a whole file

    def __init__(
        self,
        window: QWidget,
        services: Services,
        history: History,
        tasks: TaskManager,
        database: Database | None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._history = history
        self._tasks = tasks
        self._database = database
        # File ▸ Export's entries, one per format; the window places them in its menu.
        self.export_actions: dict[str, QAction] = {}
        for key, label in EXPORT_FORMATS.items():
            action = QAction(tr(label), window)
            action.triggered.connect(lambda _checked=False, k=key: self.export(k))
            self.export_actions[key] = action

    # -- import ---------------------------------------------------------------------
    def ask_import_path(self) -> Path | None:
        """Which file to import (a file dialog; tests replace this)."""
        path, _ = QFileDialog.getOpenFileName(
            self._window,
            tr("Import contacts"),
            str(Path.home()),
            tr(
                "Contacts (*.csv *.txt *.vcf *.vcard);;CSV files (*.csv *.txt);;"
                "vCards (*.vcf *.vcard);;All files (*)"
            ),
        )
        return Path(path) if path else None

    def import_contacts(self) -> None:
        """File ▸ Import contacts…: preview, map, check, import, read the report — then
        Ctrl+Z undoes it."""
        path = self.ask_import_path()
        if path is None:
            return
        try:
            report = ImportDialog.ask(self._window, self._services, self._tasks, path)
        except DeskCrmError as exc:  # the file could not even be previewed
            QMessageBox.warning(self._window, tr("Import contacts"), escape_rich(str(exc)))
            return
        if report is None or report.batch is None:
            return
        importing = self._services.importing
        batch = report.batch
        text = tr("Import %n contact(s)", "", report.new)
        # Rows merged into existing contacts stay merged; undo trashes the new contacts.
        changes = Changes.of(added_or_removed=["contacts"], whole=["contacts", "tags", "companies"])

        def redo() -> Changes:
            return importing.restore_import(batch)

        def undo() -> Changes:
            return importing.undo_import(batch).changes

        self._history.record(text, changes, redo, undo)
        self.view_requested.emit("contacts")
        self.status_message.emit(tr("{action} — Ctrl+Z to undo").format(action=text), 6000)

    # -- export -----------------------------------------------------------------------
    def ask_export_path(self, default_name: str) -> Path | None:
        """Where to write an export (a file dialog; tests replace this)."""
        start = str(Path.home() / default_name)
        path, _ = QFileDialog.getSaveFileName(self._window, tr("Export"), start)
        return Path(path) if path else None

    def export(self, key: str) -> None:
        """File ▸ Export: written in the background, atomically, readable by the user only."""
        from deskcrm.services.import_export import exporting
        from deskcrm.services.tasks.task_export import export_open_tasks

        db = self._database
        if db is None or self._tasks.busy(self.EXPORT_TASK):
            return
        target = self.ask_export_path(key)
        if target is None:
            return
        tasks, clock = self._services.tasks, self._services.clock
        writers = {
            "contacts.csv": lambda: exporting.export_contacts_csv(db, target),
            "contacts.vcf": lambda: exporting.export_contacts_vcard(db, target),
            "deals.csv": lambda: exporting.export_deals_csv(db, target),
            "tasks.ics": lambda: export_open_tasks(tasks, target),
            "everything.json": lambda: sum(
                exporting.export_all_json(db, target, clock=clock).values()
            ),
        }
        write = writers[key]
        message = tr("Exported {n} records to {path}")

        def job(_context: TaskContext) -> str:
            return message.format(n=f"{write():,}", path=target)

        self._tasks.run(
            job,
            self._on_exported,
            on_error=self._on_exported,
            key=self.EXPORT_TASK,
            owner=self,
        )

    def _on_exported(self, message: str) -> None:
        self.status_message.emit(message, 6000)
