"""File ▸ Backups…: the backups with their dates, kinds and sizes; back up now; restore.
On a server database: pg_dump archives (or JSON exports) made here, no restore, and a plain
word that the server's own backups are the real safety net."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from deskcrm.domain.dates import format_datetime
from deskcrm.errors import DeskCrmError
from deskcrm.services.storage.backups import BackupInfo, Backups, human_size
from deskcrm.ui.i18n import QT_TR_NOOP, tr
from deskcrm.ui.models.paged_table_model import Column
from deskcrm.ui.models.record_table_model import RecordTableModel
from deskcrm.ui.taskmanager import TaskManager
from deskcrm.ui.text import plain_label
from deskcrm.ui.type_scale import uniform_rows
from deskcrm.ui.widgets.screen_fit import fit_to_screen

COLUMNS: list[Column[BackupInfo]] = [
    Column(QT_TR_NOOP("Made"), lambda b: format_datetime(b.created_at)),
    Column(QT_TR_NOOP("Kind"), lambda b: b.kind.replace("-", " ")),
    Column(QT_TR_NOOP("Size"), lambda b: human_size(b.size), align_right=True),
    Column(QT_TR_NOOP("File"), lambda b: b.path.name),
]


class BackupsDialog(QDialog):
    """`ask()` returns the backup the user chose to restore (after confirming), or None.

    With a task manager, Back up now copies on a worker thread with the quick check (what
    the user waits for), then runs the full check on another; a copy that fails it is
    removed, and that is said here and in the status bar even if the dialog has closed.

    Signals:
    status_message(str): what became of a backup, for the status bar.
    """

    status_message = Signal(str)
    BACKUP_TASK = "backup-now"

    def __init__(
        self, backups: Backups, parent: QWidget | None = None, tasks: TaskManager | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Backups"))
        self._backups = backups
        self._tasks = tasks
        self.chosen: BackupInfo | None = None
        self.model: RecordTableModel[BackupInfo] = RecordTableModel(COLUMNS, self)
        self.table = QTableView()
        uniform_rows(self.table)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        if backups.is_server:
            self.info = plain_label(f"{backups.note}\n\nKept in {backups.folder}.")
        else:
            self.info = plain_label(
                f"Kept in {backups.folder}: 7 daily, 4 weekly and 12 monthly copies, "
                "plus every manual, pre-upgrade and pre-restore one."
            )
        self.info.setWordWrap(True)
        self.backup_button = QPushButton(tr("Back up now"))
        self.restore_button = QPushButton(tr("Restore selected…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.backup_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        # A server database is restored on the server (pg_restore), not from here.
        self.restore_button.setVisible(not backups.is_server)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        buttons.rejected.connect(self.reject)
        self.backup_button.clicked.connect(self._on_backup)
        self.restore_button.clicked.connect(self._on_restore)
        self.reload()
        fit_to_screen(self, 760, 420)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        backups: Backups,
        tasks: TaskManager | None = None,
        status: Callable[[str], None] | None = None,
    ) -> BackupInfo | None:
        dialog = cls(backups, parent, tasks)
        if status is not None:
            dialog.status_message.connect(status)
        return dialog.chosen if dialog.exec() else None

    def reload(self) -> None:
        self.model.set_records(self._backups.backups())

    def confirm_restore(self, backup: BackupInfo) -> bool:
        answer = QMessageBox.question(
            self,
            "Restore backup",
            f"Replace the current database with the backup made"
            f" {format_datetime(backup.created_at)}?\n\n"
            "A copy of the current database is kept first, so this can be undone by restoring it.",
        )
        return answer == QMessageBox.StandardButton.Yes

    def _on_backup(self) -> None:
        if self._tasks is None:
            try:
                self._backups.create("manual")
            except DeskCrmError as exc:
                self.info.setText(str(exc))
            self.reload()
            return
        backups = self._backups
        self.backup_button.setEnabled(False)
        self.info.setText(tr("Backing up…"))
        started = self._tasks.run(
            lambda _context: backups.create("manual", full_check=False),
            self._on_copied,
            on_error=self._on_backup_failed,
            key=self.BACKUP_TASK,
        )
        if not started:
            self.backup_button.setEnabled(True)

    def _on_copied(self, made: BackupInfo) -> None:
        self.reload()
        self.info.setText(
            tr("Backed up to {name} ({size}); checking it fully…").format(
                name=made.path.name, size=human_size(made.size)
            )
        )
        backups = self._backups
        started = self._tasks is not None and self._tasks.run(
            lambda _context: backups.check_fully(made),
            self._on_checked,
            on_error=self._on_backup_failed,
            key=self.BACKUP_TASK,
        )
        if not started:  # (checked fully already, or no worker to be had): here
            try:
                self._on_checked(backups.check_fully(made))
            except DeskCrmError as exc:
                self._on_backup_failed(str(exc))

    def _on_checked(self, made: BackupInfo) -> None:
        self.backup_button.setEnabled(True)
        message = tr("Backed up to {name} ({size}) and fully checked").format(
            name=made.path.name, size=human_size(made.size)
        )
        self.info.setText(message)
        self.status_message.emit(message)

    def _on_backup_failed(self, message: str) -> None:
        self.backup_button.setEnabled(True)
        self.info.setText(message)
        self.status_message.emit(message)
        self.reload()

    def _on_restore(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        backup = self.model.record(rows[0].row()) if rows else None
        if backup is None:
            return
        try:
            self._backups.check_restorable(backup.path)
        except DeskCrmError as exc:
            self.info.setText(str(exc))
            return
        if self.confirm_restore(backup):
            self.chosen = backup
            self.accept()
