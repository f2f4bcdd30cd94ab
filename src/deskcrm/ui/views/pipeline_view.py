"""The pipeline board: a column per stage, cards dragged between them, filters, Won/Lost
drop zones and totals. Every move is saved at once and can be undone; the board refreshes
from the change bus."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, timedelta
from functools import partial

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from deskcrm.db.deal_queries import BoardCard, DealFilter, StageTotals
from deskcrm.domain.money import format_totals, parse_amount, totals_by_currency
from deskcrm.errors import DeskCrmError
from deskcrm.services.changes import Applied
from deskcrm.services.pipeline.deals import DealInput
from deskcrm.services.pipeline.pipeline import DealPlacement, PipelineInfo
from deskcrm.ui.bus import ChangeBus, Changes
from deskcrm.ui.dialogs.closed_deals_dialog import ClosedDealsDialog
from deskcrm.ui.dialogs.deal_dialog import DealDialog
from deskcrm.ui.dialogs.lost_reason_dialog import LostReasonDialog
from deskcrm.ui.dialogs.stages_dialog import StagesDialog
from deskcrm.ui.first_read import Reads
from deskcrm.ui.i18n import tr
from deskcrm.ui.icons import set_icon
from deskcrm.ui.models.stage_deals_model import StageDealsModel
from deskcrm.ui.services import Services
from deskcrm.ui.taskmanager import TaskManager
from deskcrm.ui.text import plain_label
from deskcrm.ui.type_scale import set_tone
from deskcrm.ui.undo import History
from deskcrm.ui.views.stage_column import StageColumn
from deskcrm.ui.widgets.contact_picker import ContactPicker
from deskcrm.ui.widgets.drop_zone import DropZone
from deskcrm.ui.widgets.search_keys import SearchKeys

PERIODS = ("Any close date", "Overdue", "This month", "Next 30 days", "This quarter")


def period_range(choice: int, today: date) -> tuple[date | None, date | None]:
    if choice == 1:
        return None, today - timedelta(days=1)
    if choice == 2:
        start = today.replace(day=1)
        end = (start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        return start, end
    if choice == 3:
        return today, today + timedelta(days=30)
    if choice == 4:
        first_month = 3 * ((today.month - 1) // 3) + 1
        start = today.replace(month=first_month, day=1)
        end = (start + timedelta(days=95)).replace(day=1) - timedelta(days=1)
        return start, end
    return None, None


class PipelineView(QWidget):
    """With a task manager the board's cards are first read on a worker thread (`loaded`
    is False until they are shown): the board appears at once, its cards a moment later.
    Later reads (a filter, a change) are made here, so a write's cards are shown when it
    returns.

    Signals:
    status_message(str): something to show in the status bar.
    """

    status_message = Signal(str)

    def __init__(
        self,
        services: Services,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        *,
        bus: ChangeBus | None = None,
        tasks: TaskManager | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self.loaded = False
        self._first_read_started = False
        self._reads: Reads[dict[int, list[BoardCard]]] = Reads(self, tasks)
        self.history = History(undo_stack, bus or ChangeBus(self))
        self.pipeline_info: PipelineInfo | None = None
        self.columns: list[StageColumn] = []
        self._totals: dict[int, StageTotals] = {}  # per stage, as the columns show them
        self._current: StageColumn | None = None
        self._init_filters()
        self._init_board()
        self._init_actions()
        self._init_layout()
        self._connect_signals()
        self._fill_pipelines()

    # -- construction -----------------------------------------------------------
    def _init_filters(self) -> None:
        self.pipeline_combo = QComboBox()
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(tr("Filter deals"))
        self.search_edit.setToolTip(tr("Matches deal titles and notes, contact and company names"))
        self.search_edit.setClearButtonEnabled(True)
        self.contact_filter = ContactPicker(self._services.contacts)
        self.contact_filter.setPlaceholderText(tr("Any contact"))
        self.contact_filter.setMaximumWidth(180)
        self.tag_filter = QComboBox()
        self.min_value = QLineEdit()
        self.min_value.setPlaceholderText(tr("min value"))
        self.min_value.setMaximumWidth(90)
        self.max_value = QLineEdit()
        self.max_value.setPlaceholderText(tr("max value"))
        self.max_value.setMaximumWidth(90)
        self.period = QComboBox()
        self.period.addItems(PERIODS)
        self.rotting_only = QCheckBox(tr("Rotting"))
        self.rotting_only.setToolTip(tr("Only deals that sat in their stage past its rotting days"))
        self.new_button = QPushButton(tr("New deal"))
        set_icon(self.new_button, "new")
        self.closed_action = QAction(tr("Closed deals…"), self)
        self.stages_action = QAction(tr("Edit stages and name…"), self)
        self.new_pipeline_action = QAction(tr("New pipeline…"), self)
        self.pipeline_menu_button = QToolButton()
        self.pipeline_menu_button.setText(tr("Pipeline"))
        self.pipeline_menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.pipeline_menu_button)
        menu.addActions([self.closed_action, self.stages_action, self.new_pipeline_action])
        self.pipeline_menu_button.setMenu(menu)
        # The board searches on every keystroke (textChanged -> reload), so no search is
        # ever pending when Enter arrives: the cards shown are those of the typed text.
        self.search_keys = SearchKeys(self.search_edit, self._to_first_card, self._to_board)

    def _init_board(self) -> None:
        self.board = QWidget()
        self.board_layout = QHBoxLayout(self.board)
        self.board_layout.setContentsMargins(0, 0, 0, 0)
        self.board_layout.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.board)
        self.won_zone = DropZone("won", tr("Drop here: Won"), "success")
        self.lost_zone = DropZone("lost", tr("Drop here: Lost"), "error")
        self.footer = plain_label()
        self.footer.setObjectName("pipeline_footer")
        # Totals in three currencies make a line longer than a 1024 px window: it wraps.
        self.footer.setWordWrap(True)

    def _init_actions(self) -> None:
        def action(text: str, shortcut: str, slot: Callable[[], None]) -> QAction:
            act = QAction(text, self)
            act.setShortcut(QKeySequence(shortcut))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.next_stage_action = action(
            tr("Move to next stage"), "Ctrl+Shift+Right", lambda: self.move_selected_by(1)
        )
        self.prev_stage_action = action(
            tr("Move to previous stage"), "Ctrl+Shift+Left", lambda: self.move_selected_by(-1)
        )
        self.up_action = action(tr("Move up"), "Ctrl+Shift+Up", lambda: self.reorder_selected(-1))
        self.down_action = action(
            tr("Move down"), "Ctrl+Shift+Down", lambda: self.reorder_selected(1)
        )
        self.won_action = action(tr("Mark won"), "Ctrl+Shift+W", self.close_selected_won)
        self.lost_action = action(tr("Mark lost…"), "Ctrl+Shift+L", self.close_selected_lost)
        # Enter on a card arrives through the list view's activated() signal instead:
        # a Return shortcut here would swallow Enter in the quick-add fields.
        self.edit_action = QAction(tr("Edit deal…"), self)
        self.edit_action.triggered.connect(self.edit_selected)

    def _init_layout(self) -> None:
        bar = QHBoxLayout()
        for widget in (
            self.pipeline_combo,
            self.search_edit,
            self.contact_filter,
            self.tag_filter,
            self.min_value,
            self.max_value,
            self.period,
            self.rotting_only,
        ):
            bar.addWidget(widget, 1 if widget is self.search_edit else 0)
        bar.addWidget(self.new_button)
        bar.addWidget(self.pipeline_menu_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.footer, 1)
        bottom.addWidget(self.won_zone)
        bottom.addWidget(self.lost_zone)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(bottom)

    def _connect_signals(self) -> None:
        self.pipeline_combo.currentIndexChanged.connect(self._on_pipeline_changed)
        self.search_edit.textChanged.connect(self.reload)
        self.tag_filter.currentIndexChanged.connect(self.reload)
        self.contact_filter.contact_changed.connect(self._on_contact_filter_changed)
        self.min_value.editingFinished.connect(self.reload)
        self.max_value.editingFinished.connect(self.reload)
        self.period.currentIndexChanged.connect(self.reload)
        self.rotting_only.toggled.connect(self.reload)
        self.new_button.clicked.connect(self._on_new_deal)
        self.closed_action.triggered.connect(self._on_closed_deals)
        self.stages_action.triggered.connect(self._on_edit_stages)
        self.new_pipeline_action.triggered.connect(self._on_new_pipeline)
        self.won_zone.deal_dropped.connect(self.close_won, Qt.ConnectionType.QueuedConnection)
        self.lost_zone.deal_dropped.connect(self.close_lost, Qt.ConnectionType.QueuedConnection)
        self.history.bus.changed.connect(self._on_changes)

    # -- building the board -----------------------------------------------------
    def _fill_pipelines(self) -> None:
        current = self.pipeline_combo.currentData()
        self.pipeline_combo.blockSignals(True)
        self.pipeline_combo.clear()
        for info in self._services.pipeline.pipelines():
            self.pipeline_combo.addItem(info.name, info.id)
        index = self.pipeline_combo.findData(current) if current is not None else 0
        self.pipeline_combo.setCurrentIndex(max(index, 0))
        self.pipeline_combo.setVisible(self.pipeline_combo.count() > 1)
        self.pipeline_combo.blockSignals(False)
        self.tag_filter.blockSignals(True)
        tag = self.tag_filter.currentData()
        self.tag_filter.clear()
        self.tag_filter.addItem(tr("Any tag"), None)
        for item in self._services.tags.all_with_counts():
            self.tag_filter.addItem(item.name, item.id)
        self.tag_filter.setCurrentIndex(max(self.tag_filter.findData(tag), 0) if tag else 0)
        self.tag_filter.blockSignals(False)
        self._build_columns()

    def _build_columns(self) -> None:
        pipeline_id = self.pipeline_combo.currentData()
        self.pipeline_info = self._services.pipeline.pipeline(pipeline_id)
        for column in self.columns:
            self.board_layout.removeWidget(column)
            column.hide()
            column.deleteLater()
        self.columns = []
        self._current = None
        self._totals = {}
        for index, stage in enumerate(self.pipeline_info.open_stages):
            model = StageDealsModel(stage.id, self._services.pipeline.cards, self)
            column = StageColumn(stage, model, self._services.pipeline.now)
            model.deal_dropped.connect(self.move_deal, Qt.ConnectionType.QueuedConnection)
            column.quick_add_requested.connect(self._on_quick_add)
            column.view.activated.connect(self._on_card_activated)
            column.view.customContextMenuRequested.connect(
                lambda pos, c=column: self._on_context_menu(c, pos)
            )
            column.view.selectionModel().currentChanged.connect(
                lambda current, _prev, c=column: self._on_current_changed(c, current)
            )
            self.board_layout.insertWidget(index, column)
            self.columns.append(column)
        self.reload()

    def current_filter(self) -> DealFilter:
        today = self._services.pipeline.now().date()
        close_from, close_to = period_range(self.period.currentIndex(), today)
        # The amounts' currency decides where the decimal point goes; no amount, no read.
        amounts = self.min_value.text().strip() or self.max_value.text().strip()
        currency = self._services.settings.load().default_currency if amounts else ""
        return DealFilter(
            text=self.search_edit.text(),
            contact_id=self.contact_filter.contact_id,
            tag_id=self.tag_filter.currentData(),
            min_value_minor=_amount_or_none(self.min_value, currency),
            max_value_minor=_amount_or_none(self.max_value, currency),
            close_from=close_from,
            close_to=close_to,
            only_rotting=self.rotting_only.isChecked(),
        )

    def reload(self) -> None:
        if self.pipeline_info is None:
            return
        pipeline_id, flt = self.pipeline_info.id, self.current_filter()
        if not self._first_read_started:
            self._first_read_started = True
            pipeline = self._services.pipeline
            if self._reads.start_first(
                lambda: pipeline.board_cards(pipeline_id, flt), self._show_cards, self.reload
            ):
                return
        self._reads.newer()
        self._show_cards(self._services.pipeline.board_cards(pipeline_id, flt))

    def _show_cards(self, columns: dict[int, list[BoardCard]]) -> None:
        self.loaded = True
        selected = self.selected_deal_id()
        for column in self.columns:
            column.model.set_cards(columns.get(column.stage.id, []))
        self._show_totals(self.columns)
        if selected is not None:
            self.select_deal(selected)

    def refresh_deals(self, deal_ids: Iterable[int]) -> None:
        """After a write to these deals only (a move, its undo, an edit, a new deal): each
        card leaves the column that showed it and takes its place in the one that holds it
        now (a removed, an inserted or a moved row); every other card and column stays."""
        if self.pipeline_info is None:
            return
        if not self.loaded:  # the first read is still out: read the whole board now
            self.reload()
            return
        changed = set(deal_ids)
        selected = self.selected_deal_id()
        flt = self.current_filter()
        placed = self._services.pipeline.placements(self.pipeline_info.id, flt, changed)
        touched: list[StageColumn] = []
        stale: list[StageColumn] = []
        for deal_id in changed:
            held = self.column_of(deal_id)
            now = placed.get(deal_id)
            target = next((c for c in self.columns if now and c.stage.id == now.stage_id), None)
            if held is not None and held is not target:
                held.model.remove_card(deal_id)
                touched.append(held)
            if target is not None and now is not None:
                touched.append(target)
                if not target.model.place_card(now.card, now.next_id):
                    stale.append(target)  # e.g. several cards of one column moved at once
        if stale:
            columns = self._services.pipeline.board_cards(
                self.pipeline_info.id, flt, {c.stage.id for c in stale}
            )
            for column in stale:
                column.model.set_cards(columns.get(column.stage.id, []))
        self._show_totals(touched)
        if selected is not None and self.selected_deal_id() != selected:
            self.select_deal(selected)

    def _show_totals(self, columns: list[StageColumn]) -> None:
        """The headers of these columns and the footer, from the cards the columns hold."""
        for column in dict.fromkeys(columns):
            self._totals[column.stage.id] = column.model.totals()
            column.set_totals(self._totals[column.stage.id])
        self._show_footer(self._totals)

    def _show_footer(self, totals: dict[int, StageTotals]) -> None:
        value = totals_by_currency([(v, c) for t in totals.values() for c, v in t.value.items()])
        weighted = totals_by_currency(
            [(v, c) for t in totals.values() for c, v in t.weighted.items()]
        )
        count = sum(t.count for t in totals.values())
        self.footer.setText(
            tr("{n} open deals · total {total} · weighted forecast {weighted}").format(
                n=f"{count:,}", total=format_totals(value), weighted=format_totals(weighted)
            )
        )

    # -- selection --------------------------------------------------------------
    def selected_deal_id(self) -> int | None:
        if self._current is None:
            return None
        index = self._current.view.currentIndex()
        if not index.isValid() or not self._current.view.selectionModel().isSelected(index):
            return None
        return self._current.model.id_at(index.row())

    def select_deal(self, deal_id: int) -> bool:
        if not self.loaded:  # the first read is still out: read the board now
            self.reload()
        for column in self.columns:
            row = column.model.row_of(deal_id)
            if row is not None:
                index = column.model.index(row, 0)
                column.view.setCurrentIndex(index)
                column.view.scrollTo(index)
                self._current = column
                return True
        return False

    def _to_first_card(self) -> None:
        """Enter or Down in the search field: the first card of the first stage that shows
        any selected, the keyboard on it."""
        column = next((c for c in self.columns if c.model.rowCount() > 0), None)
        if column is None:
            return
        first = column.model.index(0, 0)
        column.view.setCurrentIndex(first)  # _on_current_changed makes it the current column
        column.view.scrollTo(first)
        self.scroll_area.ensureWidgetVisible(column)
        column.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _to_board(self) -> None:
        """Escape in the empty search field: back to the column last worked in (else the
        first), keeping its selected card."""
        column = self._current or next(iter(self.columns), None)
        if column is not None:
            column.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def column_of(self, deal_id: int) -> StageColumn | None:
        return next((c for c in self.columns if c.model.row_of(deal_id) is not None), None)

    # -- actions (menus, shortcuts, drops and tests call these) ------------------
    def move_deal(self, deal_id: int, stage_id: int, before_id: int = 0) -> None:
        stage = next((c.stage for c in self.columns if c.stage.id == stage_id), None)
        name = stage.name if stage else tr("stage")
        self._apply(
            tr("Move deal to {stage}").format(stage=name),
            deal_id,
            lambda: self._services.pipeline.move_deal(deal_id, stage_id, before_id or None),
        )

    def move_selected_by(self, delta: int) -> None:
        deal_id = self.selected_deal_id()
        column = self._current
        if deal_id is None or column is None:
            return
        target = self.columns.index(column) + delta
        if 0 <= target < len(self.columns):
            self.move_deal(deal_id, self.columns[target].stage.id)

    def reorder_selected(self, delta: int) -> None:
        deal_id = self.selected_deal_id()
        column = self._current
        if deal_id is None or column is None:
            return
        ids = column.model.ids()
        row = ids.index(deal_id)
        if delta < 0 and row > 0:
            self.move_deal(deal_id, column.stage.id, ids[row - 1])
        elif delta > 0 and row + 1 < len(ids):
            after_next = ids[row + 2] if row + 2 < len(ids) else 0
            self.move_deal(deal_id, column.stage.id, after_next)

    def close_won(self, deal_id: int) -> None:
        self._apply(
            tr("Mark deal won"), deal_id, lambda: self._services.pipeline.close_won(deal_id)
        )

    def close_lost(self, deal_id: int) -> None:
        cards = self._services.pipeline.cards([deal_id])
        title = cards[deal_id].title if deal_id in cards else ""
        answer = LostReasonDialog.ask(self, self._services.pipeline.lost_reasons(), title)
        if answer is None:
            return
        self._apply(
            tr("Mark deal lost"),
            deal_id,
            lambda: self._services.pipeline.close_lost(
                deal_id, answer.text, remember_reason=answer.remember
            ),
        )

    def close_selected_won(self) -> None:
        deal_id = self.selected_deal_id()
        if deal_id is not None:
            self.close_won(deal_id)

    def close_selected_lost(self) -> None:
        deal_id = self.selected_deal_id()
        if deal_id is not None:
            self.close_lost(deal_id)

    def edit_selected(self) -> None:
        deal_id = self.selected_deal_id()
        if deal_id is not None:
            DealDialog.ask(self, self._services, deal_id, history=self.history)

    def delete_selected(self) -> None:
        deal_id = self.selected_deal_id()
        if deal_id is None:
            return
        deals = self._services.deals
        self.history.trash(tr("Delete deal"), "deals", [deal_id], deals.delete, deals.restore)
        self.status_message.emit(tr("Deal moved to the trash — Ctrl+Z to undo"))

    def refresh(self) -> None:
        """Re-read after changes made elsewhere; columns are rebuilt only if stages changed."""
        info = self._services.pipeline.pipeline(self.pipeline_combo.currentData())
        if self.pipeline_info is None or info.stages != self.pipeline_info.stages:
            self._fill_pipelines()
        else:
            self.reload()

    # -- slots ------------------------------------------------------------------
    def _on_changes(self, changes: Changes) -> None:
        """Cards show deals with their contact's and company's names and tags. A write to
        named deals alone (a move, its undo, an edit) refreshes their columns only."""
        if changes.touches("contacts", "companies", "tags", "pipelines") or (
            "deals" in changes.whole
        ):
            self.refresh()
        elif changes.deals:
            self.refresh_deals(changes.deals)

    def _apply(self, text: str, deal_id: int, action: Callable[[], Applied[DealPlacement]]) -> None:
        """A move or close made at once; undo puts the deal back where it was (stage,
        position, status, dates), redo where the move had left it."""
        try:
            applied = action()
        except DeskCrmError as exc:
            self.status_message.emit(str(exc))
            return
        restore = self._services.pipeline.restore_placement
        self.history.applied(text, applied, lambda place: restore(deal_id, place))
        self.status_message.emit(tr("{action} — Ctrl+Z to undo").format(action=text))

    def _on_contact_filter_changed(self, contact_id: int) -> None:
        # Cleared (0) while typing: reload only once it is empty, not on every keystroke.
        if contact_id or not self.contact_filter.text().strip():
            self.reload()

    def _on_new_pipeline(self) -> None:
        name, ok = QInputDialog.getText(self, "New pipeline", "Name of the new pipeline:")
        if not ok:
            return
        try:
            created = self._services.pipeline_settings.create_pipeline(name)
        except DeskCrmError as exc:
            self.status_message.emit(str(exc))
            return
        self._fill_pipelines()
        self.pipeline_combo.setCurrentIndex(self.pipeline_combo.findData(created.id))
        self.history.bus.announce(created.changes)

    def _on_pipeline_changed(self, _index: int) -> None:
        self._build_columns()

    def _on_current_changed(self, column: StageColumn, current: QModelIndex) -> None:
        if not current.isValid():
            return
        self._current = column
        for other in self.columns:
            if other is not column:
                other.view.clearSelection()

    def _on_card_activated(self, index: QModelIndex) -> None:
        model = index.model()
        if isinstance(model, StageDealsModel):
            deal_id = model.id_at(index.row())
            if deal_id is not None:
                DealDialog.ask(self, self._services, deal_id, history=self.history)

    def _on_quick_add(self, stage_id: int, title: str) -> None:
        assert self.pipeline_info is not None
        currency = self._services.settings.load().default_currency
        deals = self._services.deals
        try:
            created = deals.create(
                DealInput(
                    title=title,
                    pipeline_id=self.pipeline_info.id,
                    stage_id=stage_id,
                    currency=currency,
                )
            )
        except DeskCrmError as exc:
            self.status_message.emit(str(exc))
            return
        self.history.created(tr("Add deal"), created, deals.delete, deals.restore)
        self.select_deal(created.id)

    def _on_new_deal(self) -> None:
        assert self.pipeline_info is not None
        deal_id = DealDialog.ask(
            self, self._services, pipeline_id=self.pipeline_info.id, history=self.history
        )
        if deal_id is not None:
            self.select_deal(deal_id)

    def _on_closed_deals(self) -> None:
        assert self.pipeline_info is not None
        for deal_id, stage_id in ClosedDealsDialog.ask(self, self._services, self.pipeline_info.id):
            self._apply(
                tr("Reopen deal"),
                deal_id,
                partial(self._services.pipeline.reopen, deal_id, stage_id),
            )

    def _on_edit_stages(self) -> None:
        assert self.pipeline_info is not None
        if StagesDialog.ask(self, self._services, self.pipeline_info.id):
            # Stored placements may point at removed stages: the history goes.
            self.history.forget(Changes.of(whole=["pipelines", "deals"]))

    def _on_context_menu(self, column: StageColumn, pos: QPoint) -> None:
        index = column.view.indexAt(pos)
        if not index.isValid():
            return
        column.view.setCurrentIndex(index)
        deal_id = column.model.id_at(index.row())
        if deal_id is None:
            return
        menu = QMenu(self)
        move_menu = menu.addMenu(tr("Move to stage"))
        for other in self.columns:
            act = move_menu.addAction(other.stage.name)
            act.setEnabled(other is not column)
            act.triggered.connect(lambda _c=False, s=other.stage.id: self.move_deal(deal_id, s))
        menu.addActions([self.up_action, self.down_action])
        menu.addSeparator()
        menu.addActions([self.won_action, self.lost_action])
        menu.addSeparator()
        menu.addAction(self.edit_action)
        menu.exec(column.view.viewport().mapToGlobal(pos))


def _amount_or_none(edit: QLineEdit, currency: str) -> int | None:
    text = edit.text().strip()
    if not text:
        set_tone(edit, "")
        return None
    try:
        value = parse_amount(text, currency)
    except ValueError:
        set_tone(edit, "error")
        return None
    set_tone(edit, "")
    return value
