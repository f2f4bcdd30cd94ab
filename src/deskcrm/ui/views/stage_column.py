"""One column of the pipeline board: header with count and totals, quick add, card list."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QFrame, QLineEdit, QListView, QVBoxLayout, QWidget

from deskcrm.db.deal_queries import StageTotals
from deskcrm.domain.money import format_totals
from deskcrm.services.pipeline.pipeline import StageInfo
from deskcrm.ui.delegates.deal_card_delegate import DealCardDelegate
from deskcrm.ui.i18n import tr
from deskcrm.ui.models.stage_deals_model import StageDealsModel
from deskcrm.ui.text import plain_label
from deskcrm.ui.type_scale import SPACE_TIGHT, set_text_role, set_tone

COLUMN_WIDTH = 260


class StageColumn(QFrame):
    """Signals:
    quick_add_requested(int, str): stage id and the title typed into the quick-add field.
    """

    quick_add_requested = Signal(int, str)

    def __init__(
        self,
        stage: StageInfo,
        model: StageDealsModel,
        now: Callable[[], datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.stage = stage
        self.model = model
        self.setObjectName(f"stage_{stage.id}")
        self.setFixedWidth(COLUMN_WIDTH)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title_label = plain_label(stage.name)
        set_text_role(self.title_label, "subheading")
        self.count_label = plain_label()
        self.value_label = plain_label()
        self.value_label.setWordWrap(True)
        self.weighted_label = plain_label()
        self.weighted_label.setWordWrap(True)
        set_tone(self.weighted_label, "muted")
        # Two lines each, so quick-add fields and cards line up across columns.
        for label in (self.value_label, self.weighted_label):
            label.setFixedHeight(2 * label.fontMetrics().lineSpacing() + 2)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.quick_add = QLineEdit()
        self.quick_add.setPlaceholderText(tr("+ Add deal (type a title, Enter)"))
        self.view = QListView()
        self.view.setModel(model)
        self.view.setItemDelegate(DealCardDelegate(now, self.view))
        self.view.setUniformItemSizes(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACE_TIGHT, SPACE_TIGHT, SPACE_TIGHT, SPACE_TIGHT)
        layout.addWidget(self.title_label)
        layout.addWidget(self.count_label)
        layout.addWidget(self.value_label)
        layout.addWidget(self.weighted_label)
        layout.addWidget(self.quick_add)
        layout.addWidget(self.view, 1)
        self.quick_add.returnPressed.connect(self._on_quick_add)

    def set_totals(self, totals: StageTotals | None) -> None:
        totals = totals or StageTotals()
        noun = tr("deal") if totals.count == 1 else tr("deals")
        self.count_label.setText(
            tr("{n} {deals} · {p} %").format(
                n=f"{totals.count:,}", deals=noun, p=self.stage.probability
            )
        )
        self.value_label.setText(format_totals(totals.value))
        self.weighted_label.setText(
            tr("weighted {value}").format(value=format_totals(totals.weighted))
        )

    def _on_quick_add(self) -> None:
        title = self.quick_add.text().strip()
        if title:
            self.quick_add_requested.emit(self.stage.id, title)
            self.quick_add.clear()
