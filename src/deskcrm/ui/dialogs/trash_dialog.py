"""Deleted companies, deals, tasks or cases: restore them (one undo step), or delete them
for good (which clears the undo history: earlier steps may point at them)."""

from __future__ import annotations

from collections.abc import Callable

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

from deskcrm.db.trash_queries import TrashItem
from deskcrm.domain.dates import format_datetime
from deskcrm.services.storage.trash import LABELS, TrashService
from deskcrm.ui.bus import Changes
from deskcrm.ui.i18n import QT_TR_NOOP, tr
from deskcrm.ui.models.paged_table_model import Column
from deskcrm.ui.models.record_table_model import RecordTableModel
from deskcrm.ui.text import plain_label
from deskcrm.ui.type_scale import uniform_rows
from deskcrm.ui.undo import History
from deskcrm.ui.widgets.screen_fit import fit_to_screen

KINDS = {  # the change bus's name for each kind of record in the trash
    "contact": "contacts",
    "company": "companies",
    "deal": "deals",
    "task": "tasks",
    "case": "cases",
}

COLUMNS: list[Column[TrashItem]] = [
    Column(QT_TR_NOOP("Name"), lambda t: t.title),
    Column(QT_TR_NOOP("Deleted"), lambda t: format_datetime(t.deleted_at)),
]


class TrashDialog(QDialog):
    """`ask()` returns whether anything was restored or deleted."""

    def __init__(
        self,
        trash: TrashService,
        kind: str,
        parent: QWidget | None = None,
        *,
        history: History | None = None,
        delete: Callable[[list[int]], Changes] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Deleted {LABELS[kind]}")
        self._trash = trash
        self._kind = kind
        self._history = history
        self._delete = delete  # moves records of this kind to the trash: undoes a restore
        self.changed = False
        self.model: RecordTableModel[TrashItem] = RecordTableModel(COLUMNS, self)
        self.table = QTableView()
        uniform_rows(self.table)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.restore_button = QPushButton(tr("Restore selected"))
        self.purge_button = QPushButton(tr("Delete selected for good…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.purge_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(f"Deleted {LABELS[kind]} stay here until you delete them for good.")
        )
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self._on_restore)
        self.purge_button.clicked.connect(self._on_purge)
        self.reload()
        fit_to_screen(self, 560, 400)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        trash: TrashService,
        kind: str,
        *,
        history: History | None = None,
        delete: Callable[[list[int]], Changes] | None = None,
    ) -> bool:
        dialog = cls(trash, kind, parent, history=history, delete=delete)
        dialog.exec()
        return dialog.changed

    def reload(self) -> None:
        self.model.set_records(self._trash.items(self._kind))

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [item.id for r in rows if (item := self.model.record(r)) is not None]

    def confirm_purge(self, count: int) -> bool:
        answer = QMessageBox.question(
            self,
            "Delete for good",
            f"Delete {count} {LABELS[self._kind]} for good? This cannot be undone.",
        )
        return answer == QMessageBox.StandardButton.Yes

    def _on_restore(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        kind = self._kind
        if self._history is not None and self._delete is not None:
            self._history.trash(
                tr("Restore {n} {things}").format(n=len(ids), things=tr(LABELS[kind])),
                KINDS[kind],
                ids,
                self._delete,
                lambda restored: self._trash.restore(kind, restored),
                restoring=True,
            )
        else:
            changes = self._trash.restore(kind, ids)
            if self._history is not None:
                self._history.bus.announce(changes)
        self.changed = True
        self.reload()

    def _on_purge(self) -> None:
        ids = self.selected_ids()
        if ids and self.confirm_purge(len(ids)):
            purged = self._trash.purge(self._kind, ids)
            if self._history is not None:
                # Undo steps may point at what is gone; what hung off it is gone too.
                self._history.forget(purged.changes)
            self.changed = True
            self.reload()
