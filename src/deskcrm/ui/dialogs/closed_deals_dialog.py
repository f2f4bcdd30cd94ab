"""Won and lost deals of a pipeline, with a way back onto the board."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from deskcrm.domain.dates import format_date
from deskcrm.domain.money import format_money
from deskcrm.services.pipeline.deals import ClosedDeal
from deskcrm.ui.i18n import QT_TR_NOOP, tr
from deskcrm.ui.models.paged_table_model import Column
from deskcrm.ui.models.record_table_model import RecordTableModel
from deskcrm.ui.services import Services
from deskcrm.ui.text import plain_label
from deskcrm.ui.type_scale import uniform_rows
from deskcrm.ui.widgets.column_fit import ColumnFit
from deskcrm.ui.widgets.screen_fit import fit_to_screen

COLUMNS: list[Column[ClosedDeal]] = [
    Column(QT_TR_NOOP("Deal"), lambda d: d.title),
    Column(QT_TR_NOOP("Contact"), lambda d: d.contact_name),
    Column(QT_TR_NOOP("Result"), lambda d: d.status.capitalize()),
    Column(
        QT_TR_NOOP("Value"), lambda d: format_money(d.value_minor, d.currency), align_right=True
    ),
    Column(QT_TR_NOOP("Closed"), lambda d: format_date(d.closed_at)),
    Column(QT_TR_NOOP("Lost reason"), lambda d: d.lost_reason),
]


class ClosedDealsDialog(QDialog):
    """`ask()` returns (deal id, stage id) pairs the user chose to reopen."""

    def __init__(self, services: Services, pipeline_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Closed deals"))
        self.chosen: list[tuple[int, int]] = []
        self.model: RecordTableModel[ClosedDeal] = RecordTableModel(COLUMNS, self)
        self.model.set_records(services.deals.closed(pipeline_id))
        self.table = QTableView()
        uniform_rows(self.table)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        # The first column takes the room the others leave; their headers stay whole.
        self.column_fit = ColumnFit(self.table, 0, main_chars=14)
        self.stage = QComboBox()
        for stage in services.pipeline.pipeline(pipeline_id).open_stages:
            self.stage.addItem(stage.name, stage.id)
        self.stage.setCurrentIndex(self.stage.count() - 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.reopen_button = self.buttons.addButton(
            "Reopen selected", QDialogButtonBox.ButtonRole.AcceptRole
        )
        bottom = QHBoxLayout()
        bottom.addWidget(plain_label(tr("Reopen into stage:")))
        bottom.addWidget(self.stage)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(f"{self.model.rowCount():,} closed deals, newest first"))
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.buttons.rejected.connect(self.reject)
        self.reopen_button.clicked.connect(self._on_reopen)
        fit_to_screen(self, 860, 520)

    @classmethod
    def ask(
        cls, parent: QWidget | None, services: Services, pipeline_id: int
    ) -> list[tuple[int, int]]:
        dialog = cls(services, pipeline_id, parent)
        return dialog.chosen if dialog.exec() else []

    def _on_reopen(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        stage_id = self.stage.currentData()
        self.chosen = [
            (record.id, stage_id) for r in rows if (record := self.model.record(r)) is not None
        ]
        if self.chosen:
            self.accept()
