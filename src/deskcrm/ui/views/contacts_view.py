"""The contacts view: people, companies and the trash, with live search and filters.
It refreshes from the change bus: the rows written, or the list when records came or went."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from deskcrm.db.contact_queries import ContactFilter
from deskcrm.db.segment_queries import SegmentQuery
from deskcrm.domain.enums import Lifecycle
from deskcrm.errors import DeskCrmError
from deskcrm.services.contacts.tags import TagCount
from deskcrm.ui.bus import ChangeBus, Changes
from deskcrm.ui.dialogs.company_dialog import CompanyDialog
from deskcrm.ui.dialogs.contact_dialog import ContactDialog
from deskcrm.ui.first_read import Reads
from deskcrm.ui.i18n import tr
from deskcrm.ui.icons import icon, set_icon
from deskcrm.ui.models.company_table_model import CompanyTableModel
from deskcrm.ui.models.contact_table_model import ContactTableModel
from deskcrm.ui.models.paged_table_model import PagedTableModel
from deskcrm.ui.services import Services
from deskcrm.ui.taskmanager import TaskManager
from deskcrm.ui.text import plain_label
from deskcrm.ui.type_scale import SPACE_WINDOW, uniform_rows
from deskcrm.ui.undo import History, UndoReporter
from deskcrm.ui.views.bulk_actions_button import BulkActionsButton
from deskcrm.ui.views.company_detail import CompanyDetailPane
from deskcrm.ui.views.contact_detail import ContactDetailPane
from deskcrm.ui.views.segment_sidebar import SegmentSidebar
from deskcrm.ui.widgets.search_keys import SearchKeys

PEOPLE, COMPANIES, TRASH = 0, 1, 2
# A search runs once the keystrokes already waiting have been taken (a zero timer), not
# after a pause: its first page takes ~7 ms, and a 60 ms wait made each keystroke wait
# 90 ms for its list (benchmarks/bench_typing.py). The rest of a long list is read later
# (ContactTableModel.REST_AFTER_MS).
SEARCH_DELAY_MS = 0


def _make_table(model: PagedTableModel) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setShowGrid(False)
    table.verticalHeader().hide()
    uniform_rows(table)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(True)
    header.setDefaultSectionSize(150)
    header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
    table.setSortingEnabled(True)
    return table


class ContactsView(QWidget):
    """Signals:
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
        tasks: TaskManager,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._undo_stack = undo_stack
        self._tasks = tasks
        self._all_selected: dict[int, bool] = {}  # table -> all rows selected (Ctrl+A)
        self.history = History(undo_stack, bus or ChangeBus(self))
        # What Undo and Redo did, said in the status bar. Every window builds its contacts
        # view, and only this view watches the stack, so each undo is said once, whichever
        # view made the step.
        self.undo_reporter = UndoReporter(undo_stack, self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._segment_id: int | None = None
        self._init_toolbar()
        self._init_tables()
        self._init_layout()
        self._connect_signals()
        self.tag_filter.blockSignals(True)  # its first item is no choice: no search yet
        self.tag_filter.addItem(tr("Any tag"), None)
        self.tag_filter.blockSignals(False)
        # Tag counts read every tag's links (54 ms at a million contacts): on a worker, so
        # that the list paints first; filled in when they are back.
        self._tag_reads: Reads[list[TagCount]] = Reads(self, self._tasks)
        tags = self._services.tags
        if not self._tag_reads.start_first(
            tags.all_with_counts, self._fill_tag_filter, self.reload_filters
        ):
            QTimer.singleShot(0, self.reload_filters)
        self._on_mode_changed(PEOPLE)  # the list, read once

    def column_tables(self) -> dict[str, QAbstractItemView]:
        """The lists whose columns the user chooses (the header's menu)."""
        return {
            "people": self.people_table,
            "companies": self.company_table,
            "trash": self.trash_table,
        }

    # -- construction -----------------------------------------------------------
    def _init_toolbar(self) -> None:
        self.mode_group = QButtonGroup(self)
        self.mode_buttons = []
        for mode, title in ((PEOPLE, "People"), (COMPANIES, "Companies"), (TRASH, "Trash")):
            button = QToolButton()
            button.setText(title)
            button.setCheckable(True)
            button.setProperty("toggle", True)  # styled as a toggle (deskcrm.qss)
            button.setObjectName(f"mode_{title.lower()}")
            self.mode_group.addButton(button, mode)
            self.mode_buttons.append(button)
        self.mode_buttons[PEOPLE].setChecked(True)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("search")
        self.search_edit.setPlaceholderText(
            tr("Search names, emails, phones, companies, notes  (Ctrl+F)")
        )
        self.search_edit.setClearButtonEnabled(True)
        # A magnifier says what the box is for even when a narrow window cuts its words.
        self.search_icon = self.search_edit.addAction(
            icon("find"), QLineEdit.ActionPosition.LeadingPosition
        )
        set_icon(self.search_icon, "find")
        self.search_edit.setMinimumWidth(self.fontMetrics().averageCharWidth() * 18)
        self.search_keys = SearchKeys(self.search_edit, self._to_first_result, self._to_list)
        self.tag_filter = QComboBox()
        self.tag_filter.setObjectName("tag_filter")
        self.tag_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.lifecycle_filter = QComboBox()
        self.lifecycle_filter.setObjectName("lifecycle_filter")
        self.lifecycle_filter.addItem(tr("Any lifecycle"), None)
        for stage in Lifecycle:
            self.lifecycle_filter.addItem(stage.label, stage.value)
        self.count_label = plain_label()
        self.count_label.setObjectName("count")
        self.bulk_button = BulkActionsButton(
            self._services,
            self._undo_stack,
            self.bulk_targets,
            self._on_bulk_change,
            self._tasks,
            self,
        )
        self.new_button = QPushButton(tr("New contact"))
        set_icon(self.new_button, "new_contact")
        self.restore_button = QPushButton(tr("Restore"))
        set_icon(self.restore_button, "restore")
        self.empty_trash_button = QPushButton(tr("Empty trash…"))
        set_icon(self.empty_trash_button, "delete")

    def _init_tables(self) -> None:
        self.sidebar = SegmentSidebar(self._services, self._undo_stack, self._tasks, self)
        self.people_model = ContactTableModel(self._services.contacts, self, self._tasks)
        self.company_model = CompanyTableModel(self._services.companies, self)
        self.trash_model = ContactTableModel(self._services.contacts, self, self._tasks)
        self.trash_model.filter = ContactFilter(in_trash=True)
        self.people_table = _make_table(self.people_model)
        self.company_table = _make_table(self.company_model)
        self.trash_table = _make_table(self.trash_model)
        self.people_table.setColumnWidth(0, 190)
        self.people_table.setColumnWidth(2, 240)
        self.company_table.setColumnWidth(0, 240)
        self.company_table.setColumnWidth(1, 220)
        self.tables = QStackedWidget()
        for table in (self.people_table, self.company_table, self.trash_table):
            self.tables.addWidget(table)
        self.contact_pane = ContactDetailPane(self._services, self.history)
        self.company_pane = CompanyDetailPane(self._services, self.history)
        self.trash_hint = plain_label(
            tr("Contacts in the trash can be restored or deleted for good.")
        )
        self.trash_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.trash_hint.setWordWrap(True)
        self.panes = QStackedWidget()
        # Each pane scrolls inside its place when a small screen is too short for it; its
        # width is the divider's to choose, never the shown contact's.
        for pane in (self.contact_pane, self.company_pane):
            scroll = QScrollArea()
            scroll.setWidget(pane)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            # As narrow as what every contact shows (buttons, tabs), not narrower: the
            # rest (names, addresses, links) wraps or is shortened to fit.
            bar = scroll.verticalScrollBar().sizeHint().width()
            scroll.setMinimumWidth(pane.content.minimumSizeHint().width() + bar)
            self.panes.addWidget(scroll)
        self.panes.addWidget(self.trash_hint)

    def _init_layout(self) -> None:
        bar = QHBoxLayout()
        for button in self.mode_buttons:
            bar.addWidget(button)
        bar.addSpacing(SPACE_WINDOW)
        bar.addWidget(self.search_edit, 1)
        bar.addWidget(self.tag_filter)
        bar.addWidget(self.lifecycle_filter)
        bar.addWidget(self.count_label)
        bar.addWidget(self.bulk_button)
        bar.addWidget(self.new_button)
        bar.addWidget(self.restore_button)
        bar.addWidget(self.empty_trash_button)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("contacts_splitter")
        # Segments, list and card, each as wide as the user drags it. The segments keep
        # their width when the window changes; list and card share the rest (the card's
        # six tabs read in full from ~440 px).
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.tables)
        self.splitter.addWidget(self.panes)
        self.splitter.setCollapsible(1, False)
        self.splitter.setCollapsible(2, False)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 1)
        body = QHBoxLayout()
        body.addWidget(self.splitter, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(body, 1)

    def _connect_signals(self) -> None:
        # F2 renames the open contact in its card, as F2 renames a file.
        self.rename_action = QAction(tr("Rename"), self)
        self.rename_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.rename_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.rename_action.triggered.connect(self._on_rename)
        self.addAction(self.rename_action)
        self.mode_group.idClicked.connect(self._on_mode_changed)
        self.search_edit.textChanged.connect(self._on_search_text_changed)
        self._search_timer.timeout.connect(self._apply_filter)
        self.tag_filter.currentIndexChanged.connect(self._apply_filter)
        self.lifecycle_filter.currentIndexChanged.connect(self._apply_filter)
        self.new_button.clicked.connect(self._on_new)
        self.restore_button.clicked.connect(self._on_restore)
        self.empty_trash_button.clicked.connect(self._on_empty_trash)
        self.people_table.selectionModel().selectionChanged.connect(self._on_people_selection)
        self.company_table.selectionModel().selectionChanged.connect(self._on_company_selection)
        self.trash_table.selectionModel().selectionChanged.connect(lambda *_: self._update_count())
        self.people_table.doubleClicked.connect(self._on_people_double_clicked)
        self.company_table.doubleClicked.connect(self._on_company_double_clicked)
        for model in (self.people_model, self.company_model, self.trash_model):
            model.modelReset.connect(self._update_count)
        for table, listed in (
            (self.people_table, self.people_model),
            (self.trash_table, self.trash_model),
        ):
            listed.completed.connect(self._update_count)  # the rest of a long search
            listed.rowsAboutToBeInserted.connect(
                lambda *_args, t=table, m=listed: self._note_all_selected(t, m)
            )
            listed.rowsInserted.connect(
                lambda _parent, first, last, t=table: self._keep_all_selected(t, first, last)
            )
        self.contact_pane.delete_requested.connect(lambda cid: self.delete_contacts([cid]))
        self.contact_pane.delete_feedback_requested.connect(self._on_delete_feedback)
        self.contact_pane.delete_interaction_requested.connect(self._on_delete_interaction)
        self.company_pane.delete_requested.connect(self._on_delete_company)
        self.company_pane.person_activated.connect(self.open_contact)
        self.sidebar.segment_selected.connect(self._on_segment_selected)
        self.bulk_button.status_message.connect(self.status_message)
        self.history.bus.changed.connect(self._on_changes)
        self.undo_reporter.message.connect(self.status_message)

    # -- public API (menus and shortcuts of the main window call these) ---------
    @property
    def mode(self) -> int:
        return self.mode_group.checkedId()

    def set_mode(self, mode: int) -> None:
        self.mode_buttons[mode].setChecked(True)
        self._on_mode_changed(mode)

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def new_contact(self) -> None:
        contact_id = ContactDialog.ask(self, self._services, history=self.history)
        if contact_id is not None:
            self.open_contact(contact_id)

    def new_company(self) -> None:
        company_id = CompanyDialog.ask(self, self._services, history=self.history)
        if company_id is not None:
            self.set_mode(COMPANIES)
            self._select_id(self.company_table, self.company_model, company_id)

    def open_contact(self, contact_id: int) -> None:
        """Show a contact in the people list (clearing filters that would hide it)."""
        self.set_mode(PEOPLE)
        if self.people_model.row_of(contact_id) is None:
            self.search_edit.blockSignals(True)
            self.search_edit.clear()
            self.search_edit.blockSignals(False)
            self.tag_filter.setCurrentIndex(0)
            self.lifecycle_filter.setCurrentIndex(0)
            self._apply_filter()
        self._select_id(self.people_table, self.people_model, contact_id)
        self.contact_pane.show_contact(contact_id)

    def open_company(self, company_id: int) -> None:
        """Show a company in the companies list (clearing a search that would hide it)."""
        self.set_mode(COMPANIES)
        if self.company_model.row_of(company_id) is None and self.search_edit.text():
            self.search_edit.clear()
            self._apply_filter()
        self._select_id(self.company_table, self.company_model, company_id)
        self.company_pane.show_company(company_id)

    def selected_ids(self) -> list[int]:
        table = self._current_table()
        model = table.model()
        assert isinstance(model, PagedTableModel)
        rows = sorted({index.row() for index in table.selectionModel().selectedRows()})
        incomplete = isinstance(model, ContactTableModel) and not model.complete
        if incomplete and rows and len(rows) == model.rowCount():
            return model.all_ids()  # all of a long search's first page selected: all of it
        return [i for i in (model.id_at(r) for r in rows) if i is not None]

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        if self.mode == PEOPLE:
            self.delete_contacts(ids)
        elif self.mode == COMPANIES:
            self._delete_companies(ids)

    def delete_contacts(self, ids: list[int]) -> None:
        self._push_trash("contact", "contacts", ids, *self._contact_trash_steps())

    def reload_filters(self) -> None:
        self._tag_reads.newer()
        self._fill_tag_filter(self._services.tags.all_with_counts())

    def _fill_tag_filter(self, tags: list[TagCount]) -> None:
        current = self.tag_filter.currentData()
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(tr("Any tag"), None)
        for tag in tags:
            self.tag_filter.addItem(f"{tag.name} ({tag.contacts})", tag.id)
        index = self.tag_filter.findData(current) if current is not None else 0
        self.tag_filter.setCurrentIndex(max(index, 0))
        self.tag_filter.blockSignals(False)

    def bulk_targets(self) -> list[int]:
        """What a bulk action works on: the selected people, or when one or none is
        selected, everyone in the list as filtered (a segment, a search, a tag)."""
        selected = self.selected_ids() if self.mode == PEOPLE else []
        if len(selected) > 1:
            return selected
        # While a long search's rest is still being read, the whole list, read now.
        return self.people_model.all_ids()

    def show_segment(self, segment_id: int | None) -> None:
        self.sidebar.select(segment_id)

    def refresh(self) -> None:
        """Re-read everything (after a change made outside the GUI, such as in a test)."""
        self.reload_filters()
        self.sidebar.reload()
        for table, model in (
            (self.people_table, self.people_model),
            (self.company_table, self.company_model),
            (self.trash_table, self.trash_model),
        ):
            if not model.loaded:
                continue  # loaded when its mode is first shown
            selected = self._current_id(table, model)
            model.reload()
            if selected is not None:
                self._select_id(table, model, selected)
        self._show_current_detail()

    # -- slots ------------------------------------------------------------------
    def _on_changes(self, changes: Changes) -> None:
        """Refresh what a write touched: rows that changed, lists whose records came or
        went, tag and segment counts. The panes refresh themselves."""
        if changes.touches("contacts", "tags"):
            self.reload_filters()
        if changes.touches("contacts", "tags", "segments", "purchases", "interactions", "deals"):
            self.sidebar.reload()  # segments count by these
        reloaded = False
        for table, model, kind, reshaped in (
            (self.people_table, self.people_model, "contacts", changes.reshapes("contacts")),
            (self.trash_table, self.trash_model, "contacts", changes.reshapes("contacts")),
            (
                self.company_table,
                self.company_model,
                "companies",
                # The people count per company moves with contacts.
                changes.reshapes("companies") or changes.touches("contacts"),
            ),
        ):
            if not model.loaded:
                continue  # loaded when its mode is first shown
            if reshaped:
                selected = self._current_id(table, model)
                model.reload()
                if selected is not None:
                    self._select_id(table, model, selected)
                reloaded = True
            elif changes.touches(kind):
                model.refresh_ids(changes.ids(kind))
        if reloaded:
            self._show_current_detail()

    def _on_bulk_change(self) -> None:
        """A bulk action was made, undone or redone (its undo step is built by the button)."""
        self.history.bus.announce(
            Changes.of(
                whole=["contacts", "tags", "tasks", "interactions"],
                added_or_removed=["tasks", "interactions"],
            )
        )

    def _on_mode_changed(self, mode: int) -> None:
        self.tables.setCurrentIndex(mode)
        self.panes.setCurrentIndex(mode)
        people_like = mode in (PEOPLE, TRASH)
        self.bulk_button.setVisible(mode == PEOPLE)
        self.sidebar.setVisible(mode == PEOPLE)
        self.tag_filter.setVisible(people_like)
        self.lifecycle_filter.setVisible(people_like)
        self.new_button.setVisible(mode != TRASH)
        self.new_button.setText(tr("New company") if mode == COMPANIES else tr("New contact"))
        self.restore_button.setVisible(mode == TRASH)
        self.empty_trash_button.setVisible(mode == TRASH)
        placeholder = (
            tr("Search companies")
            if mode == COMPANIES
            else tr("Search names, emails, phones, companies, notes")
        )
        self.search_edit.setPlaceholderText(f"{placeholder}  (Ctrl+F)")
        self.search_edit.blockSignals(True)
        self.search_edit.clear()  # each list starts unfiltered; a stale query confuses
        self.search_edit.blockSignals(False)
        self._apply_filter()

    def _to_first_result(self) -> None:
        """Enter or Down in the search field: the first result selected, the keyboard on it."""
        if self._search_timer.isActive():
            self._apply_filter()  # typed faster than the search waits: search now
        table = self._current_table()
        first = table.model().index(0, 0)
        if not first.isValid():
            return
        table.selectionModel().setCurrentIndex(
            first,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        table.scrollTo(first)
        table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _to_list(self) -> None:
        self._current_table().setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _current_table(self) -> QTableView:
        table = self.tables.currentWidget()
        assert isinstance(table, QTableView)
        return table

    def _on_search_text_changed(self, _text: str) -> None:
        self._search_timer.start()

    def _apply_filter(self) -> None:
        self._search_timer.stop()
        typed = self.search_edit.text()
        mode = self.mode
        if mode == COMPANIES:
            self.company_model.set_search_text(typed)
        else:
            model = self.trash_model if mode == TRASH else self.people_model
            table = self.trash_table if mode == TRASH else self.people_table
            kept = self._current_id(table, model)  # still found: it stays selected
            model.set_filter(
                ContactFilter(
                    text=typed,
                    tag_id=self.tag_filter.currentData(),
                    lifecycle=self.lifecycle_filter.currentData(),
                    in_trash=mode == TRASH,
                    segment=self._segment_query() if mode == PEOPLE else None,
                )
            )
            if kept is not None:
                self._select_id(table, model, kept)
        self._show_current_detail()

    def _segment_query(self) -> SegmentQuery | None:
        if self._segment_id is None:
            return None
        try:
            conditions = self._services.segments.get(self._segment_id).conditions
            return self._services.segments.query(conditions)
        except DeskCrmError as exc:  # deleted meanwhile, or conditions no longer valid
            self.status_message.emit(str(exc))
            self._segment_id = None
            return None

    def _on_delete_interaction(self, interaction_id: int) -> None:
        timeline = self._services.timeline
        self._push_trash(
            "timeline entry",
            "interactions",
            [interaction_id],
            timeline.delete_interactions,
            timeline.restore_interactions,
        )

    def _on_delete_feedback(self, feedback_id: int) -> None:
        feedback = self._services.feedback
        self._push_trash(
            "feedback answer", "feedback", [feedback_id], feedback.delete, feedback.restore
        )

    def _on_segment_selected(self, segment_id: int | None) -> None:
        self._segment_id = segment_id
        if self.mode != PEOPLE:
            self.set_mode(PEOPLE)
        else:
            self._apply_filter()

    def _update_count(self) -> None:
        mode = self.mode
        if mode == COMPANIES:
            n = self.company_model.rowCount()
            text = tr("1 company") if n == 1 else tr("{n} companies").format(n=f"{n:,}")
        elif mode == TRASH:
            n = self.trash_model.rowCount()
            text = tr("{n} in the trash").format(n=f"{n:,}")
            if not self.trash_model.complete:
                text = tr("{n}+ in the trash").format(n=f"{n:,}")
        else:
            n = self.people_model.rowCount()
            text = tr("1 person") if n == 1 else tr("{n} people").format(n=f"{n:,}")
            if not self.people_model.complete:  # its first page, the rest on its way
                text = tr("{n}+ people").format(n=f"{n:,}")
        chosen = _selected_count(self._current_table())
        if chosen > 1:
            # Several chosen: what Delete and Bulk actions will work on, said where the
            # count is.
            listed = self.trash_model if mode == TRASH else self.people_model
            whole = f"{n:,}" if mode == COMPANIES or listed.complete else f"{n:,}+"
            text = tr("{chosen} of {n} selected").format(chosen=f"{chosen:,}", n=whole)
        self.count_label.setText(text)

    def _note_all_selected(self, table: QTableView, model: ContactTableModel) -> None:
        """Before the rest of a long search is added: is every listed row selected?"""
        rows = model.rowCount()
        self._all_selected[id(table)] = rows > 0 and _selected_count(table) == rows

    def _keep_all_selected(self, table: QTableView, first: int, last: int) -> None:
        """Everything was selected (Ctrl+A) before the rest came: select the rest too."""
        if self._all_selected.pop(id(table), False):
            _select_rows(table, first, last)

    def _on_people_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.contact_pane.show_contact(self._current_id(self.people_table, self.people_model))
        self._update_count()

    def _on_company_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.company_pane.show_company(self._current_id(self.company_table, self.company_model))
        self._update_count()

    def _on_people_double_clicked(self, index: QModelIndex) -> None:
        contact_id = self.people_model.id_at(index.row())
        if contact_id is not None:
            ContactDialog.ask(self, self._services, contact_id, history=self.history)

    def _on_company_double_clicked(self, index: QModelIndex) -> None:
        company_id = self.company_model.id_at(index.row())
        if company_id is not None:
            CompanyDialog.ask(self, self._services, company_id, history=self.history)

    def _on_rename(self) -> None:
        if self.mode == PEOPLE and self.contact_pane.contact_id is not None:
            self.contact_pane.edit_name()

    def _on_new(self) -> None:
        if self.mode == COMPANIES:
            self.new_company()
        else:
            self.new_contact()

    def _on_delete_company(self, company_id: int) -> None:
        self._delete_companies([company_id])

    def _delete_companies(self, ids: list[int]) -> None:
        companies = self._services.companies
        self._push_trash("company", "companies", ids, companies.delete, companies.restore)

    def _on_restore(self) -> None:
        ids = self.selected_ids()
        if ids and self.mode == TRASH:
            self.history.trash(
                tr("Restore %n contact(s)", "", len(ids)),
                "contacts",
                ids,
                *self._contact_trash_steps(),
                restoring=True,
            )

    def _on_empty_trash(self) -> None:
        # The whole trash, whatever the search shows of it: that is what goes.
        n = len(self._services.contacts.list_ids(ContactFilter(in_trash=True)))
        if n == 0:
            return
        answer = QMessageBox.question(
            self,
            "Empty trash",
            tr("Delete {n} contacts in the trash for good? This cannot be undone.").format(
                n=f"{n:,}"
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            removed = self._services.contacts.empty_trash()
            # Earlier deletes can no longer be undone; what hung off them is gone too.
            self.history.forget(Changes.everything())
            self.status_message.emit(tr("Deleted %n contact(s) for good", "", removed))

    # -- helpers ----------------------------------------------------------------
    def _contact_trash_steps(
        self,
    ) -> tuple[Callable[[list[int]], Changes], Callable[[list[int]], Changes]]:
        """Contacts to the trash and back; each names what it moved (tag counts drop, and
        their tasks, deals and cases leave the other views' lists)."""
        contacts = self._services.contacts
        return contacts.delete, contacts.restore

    def _push_trash(
        self,
        noun: str,
        kind: str,
        ids: list[int],
        delete: Callable[[list[int]], Changes],
        restore: Callable[[list[int]], Changes],
    ) -> None:
        things = {
            "company": (tr("company"), tr("companies")),
            "contact": (tr("contact"), tr("contacts")),
            "timeline entry": (tr("timeline entry"), tr("timeline entries")),
            "feedback answer": (tr("feedback answer"), tr("feedback answers")),
        }
        one, many = things.get(noun, (noun, noun))
        text = tr("Delete {n} {things}").format(n=len(ids), things=one if len(ids) == 1 else many)
        self.history.trash(text, kind, ids, delete, restore)
        self.status_message.emit(tr("{action} — Ctrl+Z to undo").format(action=text))

    def _show_current_detail(self) -> None:
        if self.mode == PEOPLE:
            self.contact_pane.show_contact(self._current_id(self.people_table, self.people_model))
        elif self.mode == COMPANIES:
            self.company_pane.show_company(self._current_id(self.company_table, self.company_model))

    @staticmethod
    def _current_id(table: QTableView, model: PagedTableModel) -> int | None:
        """The record the detail pane shows: the current row if it is selected (Ctrl+A
        keeps the card where it was), else the first selected row."""
        selection = table.selectionModel()
        current = table.currentIndex()
        if current.isValid() and selection.isRowSelected(current.row(), QModelIndex()):
            return model.id_at(current.row())
        rows = selection.selectedRows()
        return model.id_at(rows[0].row()) if rows else None

    @staticmethod
    def _select_id(table: QTableView, model: PagedTableModel, record_id: int) -> None:
        row = model.row_of(record_id)
        if row is None:
            return
        table.selectRow(row)
        table.scrollTo(model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtCenter)


def _selected_count(table: QTableView) -> int:
    """How many rows are selected, from the selection's ranges (select-all of 100,000
    rows is one range, not 100,000 indexes)."""
    model = table.selectionModel()
    if model is None:
        return 0
    ranges = model.selection()
    return sum(
        r.bottom() - r.top() + 1
        for r in (ranges.at(i) for i in range(ranges.size()))
        if r.left() == 0
    )


def _select_rows(table: QTableView, first: int, last: int) -> None:
    """Add rows first..last to the table's selection (whole rows)."""
    model = table.model()
    chosen = QItemSelection(model.index(first, 0), model.index(last, model.columnCount() - 1))
    table.selectionModel().select(chosen, QItemSelectionModel.SelectionFlag.Select)
