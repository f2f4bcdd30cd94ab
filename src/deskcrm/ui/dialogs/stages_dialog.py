"""Pipeline settings: rename the pipeline, add, rename, reorder and remove stages, set
probabilities and rotting days. Removing a stage with deals asks where they go."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from deskcrm.errors import ValidationError
from deskcrm.services.pipeline.pipeline_settings import StageDraft
from deskcrm.ui.i18n import tr
from deskcrm.ui.models.stage_draft_model import StageDraftModel
from deskcrm.ui.services import Services
from deskcrm.ui.type_scale import uniform_rows
from deskcrm.ui.widgets.column_fit import ColumnFit
from deskcrm.ui.widgets.form_dialog import FormDialog
from deskcrm.ui.widgets.screen_fit import fit_to_screen


class StagesDialog(FormDialog):
    def __init__(self, services: Services, pipeline_id: int, parent: QWidget | None = None) -> None:
        super().__init__(tr("Pipeline stages"), parent)
        self._services = services
        self._pipeline_id = pipeline_id
        info = services.pipeline.pipeline(pipeline_id)
        self._counts = services.pipeline_settings.deal_counts(pipeline_id)
        self._names = {s.id: s.name for s in info.stages}
        self.reassign: dict[int, int] = {}
        self.saved = False
        self.name = QLineEdit(info.name)
        self.model = StageDraftModel(
            [
                StageDraft(s.id, s.name, s.probability, s.rotting_days, s.is_won, s.is_lost)
                for s in info.stages
            ],
            self,
        )
        self.table = QTableView()
        uniform_rows(self.table)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        # The first column takes the room the others leave; their headers stay whole.
        self.column_fit = ColumnFit(self.table, 0, main_chars=14)
        self.table.setMinimumHeight(240)
        self.add_button = QPushButton(tr("Add stage"))
        self.remove_button = QPushButton(tr("Remove…"))
        self.up_button = QPushButton(tr("Move up"))
        self.down_button = QPushButton(tr("Move down"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QWidget()
        row.setLayout(buttons)
        self.add_field(tr("Pipeline name"), self.name, "name")
        self.add_field(tr("Stages"), self.table, "stages")
        self.add_field("", row)
        self._connect_signals()
        fit_to_screen(self, 620, 460)

    @classmethod
    def ask(cls, parent: QWidget | None, services: Services, pipeline_id: int) -> bool:
        dialog = cls(services, pipeline_id, parent)
        return bool(dialog.exec()) and dialog.saved

    def _connect_signals(self) -> None:
        self.add_button.clicked.connect(self._on_add)
        self.remove_button.clicked.connect(self._on_remove)
        self.up_button.clicked.connect(lambda: self._on_move(-1))
        self.down_button.clicked.connect(lambda: self._on_move(1))

    def _current_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _on_add(self) -> None:
        row = self.model.add_open_stage("New stage")
        self.table.selectRow(row)
        self.table.edit(self.model.index(row, 0))

    def _on_remove(self) -> None:
        row = self._current_row()
        if row < 0:
            return
        draft = self.model.drafts[row]
        if draft.id is not None and self._counts.get(draft.id):
            kind = (draft.is_won, draft.is_lost)
            same_kind = [
                d
                for i, d in enumerate(self.model.drafts)
                if i != row and d.id is not None and (d.is_won, d.is_lost) == kind
            ]
            if not same_kind:
                self.show_errors({"stages": f"“{draft.name}” is the only stage of its kind"})
                return
            target = self.choose_target(draft, [d.name for d in same_kind])
            if target is None:
                return
            self.reassign[draft.id] = same_kind[target].id  # type: ignore[assignment]
        self.model.remove(row)

    def choose_target(self, draft: StageDraft, names: list[str]) -> int | None:
        """Which kept stage gets the removed stage's deals (an index into names)."""
        count = self._counts.get(draft.id or 0, 0)
        name, ok = QInputDialog.getItem(
            self, "Move deals", f"“{draft.name}” has {count} deals. Move them to:", names, 0, False
        )
        return names.index(name) if ok else None

    def _on_move(self, delta: int) -> None:
        row = self._current_row()
        if row >= 0:
            self.table.selectRow(self.model.move(row, delta))

    def save(self) -> None:
        if not self.name.text().strip():
            raise ValidationError({"name": "A pipeline needs a name"})
        settings = self._services.pipeline_settings
        settings.save_stages(self._pipeline_id, self.model.drafts, self.reassign)
        settings.rename_pipeline(self._pipeline_id, self.name.text())
        self.saved = True
