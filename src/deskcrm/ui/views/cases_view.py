"""Support cases: the list with filters (overdue first), and one case's thread of notes,
where replies, the customer's messages and internal notes are added and the status moves
from open to waiting on the customer to resolved."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from deskcrm.domain.dates import format_date, format_datetime
from deskcrm.domain.enums import CaseStatus, NoteAuthor
from deskcrm.errors import DeskCrmError, NotFoundError
from deskcrm.services.support.cases import CaseFilter, CaseRow, NoteEntry
from deskcrm.ui.bus import ChangeBus, Changes
from deskcrm.ui.dialogs.case_dialog import PRIORITIES, CaseDialog
from deskcrm.ui.first_read import Reads
from deskcrm.ui.i18n import QT_TR_NOOP, tr
from deskcrm.ui.icons import set_icon
from deskcrm.ui.models.paged_table_model import Column
from deskcrm.ui.models.record_list_model import RecordListModel
from deskcrm.ui.models.record_table_model import RecordTableModel
from deskcrm.ui.services import Services
from deskcrm.ui.taskmanager import TaskManager
from deskcrm.ui.text import plain_label
from deskcrm.ui.type_scale import set_text_role, uniform_rows
from deskcrm.ui.undo import History, case_note_steps, case_status_steps
from deskcrm.ui.widgets.column_fit import ColumnFit
from deskcrm.ui.widgets.search_keys import SearchKeys

AUTHORS = {
    NoteAuthor.ME.value: QT_TR_NOOP("You"),
    NoteAuthor.CUSTOMER.value: QT_TR_NOOP("Customer"),
    NoteAuthor.INTERNAL.value: QT_TR_NOOP("Internal note"),
}
STATUS_FILTERS = (
    (QT_TR_NOOP("Open and waiting"), None, False),
    (QT_TR_NOOP("Open"), CaseStatus.OPEN.value, False),
    (QT_TR_NOOP("Waiting on customer"), CaseStatus.WAITING.value, False),
    (QT_TR_NOOP("Resolved"), CaseStatus.RESOLVED.value, False),
    (QT_TR_NOOP("All"), None, True),
)


class CasesView(QWidget):
    """Signals:
    status_message(str): something to show in the status bar.
    open_contact_requested(int): show this contact in the contacts view.
    overdue_changed(int): how many open cases wait too long for a reply.
    """

    status_message = Signal(str)
    open_contact_requested = Signal(int)
    overdue_changed = Signal(int)

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
        self._reads: Reads[tuple[int, list[CaseRow], list[CaseRow]]] = Reads(self, tasks)
        self.history = History(undo_stack, bus or ChangeBus(self))
        self._now = services.tasks.now
        self.overdue_count = 0  # open cases waiting too long for a reply (refresh counts)
        self._init_list()
        self._init_detail()
        self._init_layout()
        self._connect_signals()
        self._first_read()

    def column_tables(self) -> dict[str, QAbstractItemView]:
        """The lists whose columns the user chooses (the header's menu)."""
        return {"cases": self.table}

    # -- construction -----------------------------------------------------------
    def _init_list(self) -> None:
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("case_status_filter")
        for label, _status, _all in STATUS_FILTERS:
            self.status_filter.addItem(tr(label))
        self.overdue_only = QCheckBox(tr("Overdue only"))
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(tr("Search cases and customers"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_keys = SearchKeys(self.search_edit, self._to_first_result, self._to_list)
        self.count_label = plain_label()
        self.new_button = QPushButton(tr("New case…"))
        set_icon(self.new_button, "new")
        # Read once a refresh, not once a cell (a read of the settings is ~1 ms: 600 cases
        # took a third of a second to lay out); a saved setting announces "cases".
        self._reply_days = self._services.cases.reply_days()

        def days() -> int:
            return self._reply_days

        def waiting(case: CaseRow) -> str:
            if case.status == CaseStatus.RESOLVED:
                return tr("resolved {day}").format(day=format_date(case.closed_at))
            if case.waiting_since is None:
                return tr("answered")
            waited = (self._now() - case.waiting_since).days
            late = case.overdue(self._now(), days())
            text = tr("waiting %n day(s)", "", waited)
            return tr("OVERDUE · {text}").format(text=text) if late else text

        columns: list[Column[CaseRow]] = [
            Column(QT_TR_NOOP("Case"), lambda c: c.title),
            Column(QT_TR_NOOP("Customer"), lambda c: c.contact_name),
            Column(QT_TR_NOOP("Status"), lambda c: tr(CaseStatus(c.status).label)),
            Column(QT_TR_NOOP("Priority"), lambda c: tr(PRIORITIES[c.priority][0])),
            Column(QT_TR_NOOP("Opened"), lambda c: format_date(c.opened_at)),
            Column(
                QT_TR_NOOP("Reply"),
                waiting,
                alert=lambda c: c.overdue(self._now(), days()),
            ),
            Column(QT_TR_NOOP("Notes"), lambda c: str(c.notes), align_right=True),
        ]
        self.model: RecordTableModel[CaseRow] = RecordTableModel(columns, self)
        self.table = QTableView()
        uniform_rows(self.table)
        self.table.setObjectName("cases")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        # The case's title keeps a readable width; the other columns what they need.
        self.column_fit = ColumnFit(self.table, 0, main_chars=30, cap_chars=30)

    def _init_detail(self) -> None:
        self.title_label = plain_label(selectable=True)
        self.title_label.setObjectName("case_title")
        set_text_role(self.title_label, "heading")
        self.title_label.setWordWrap(True)
        self.meta_label = plain_label(selectable=True)
        self.meta_label.setWordWrap(True)
        self.contact_button = QPushButton(tr("Open contact"))
        set_icon(self.contact_button, "contact")
        self.waiting_button = QPushButton(tr("Waiting on customer"))
        set_icon(self.waiting_button, "waiting")
        self.resolve_button = QPushButton(tr("Resolve"))
        set_icon(self.resolve_button, "resolve")
        self.reopen_button = QPushButton(tr("Reopen"))
        set_icon(self.reopen_button, "reopen")
        self.delete_button = QPushButton(tr("Delete"))
        set_icon(self.delete_button, "delete")
        self.note_model: RecordListModel[NoteEntry] = RecordListModel(self._note_text, self)
        self.note_list = QListView()
        self.note_list.setObjectName("case_thread")
        self.note_list.setModel(self.note_model)
        self.note_list.setWordWrap(True)
        self.note_list.setAlternatingRowColors(True)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setObjectName("case_note")
        self.note_edit.setPlaceholderText(tr("Write a reply or a note…"))
        self.note_edit.setMaximumHeight(110)
        self.note_buttons = {
            NoteAuthor.ME.value: QPushButton(tr("Add my reply")),
            NoteAuthor.CUSTOMER.value: QPushButton(tr("Add customer's message")),
            NoteAuthor.INTERNAL.value: QPushButton(tr("Add internal note")),
        }
        for author, icon_name in (
            (NoteAuthor.ME.value, "reply"),
            (NoteAuthor.CUSTOMER.value, "customer_message"),
            (NoteAuthor.INTERNAL.value, "internal_note"),
        ):
            set_icon(self.note_buttons[author], icon_name)
        self.empty_label = plain_label(tr("Select a case to see its thread."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def _init_layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.status_filter)
        bar.addWidget(self.overdue_only)
        bar.addWidget(self.search_edit, 1)
        bar.addWidget(self.count_label)
        bar.addWidget(self.new_button)
        self.detail = QWidget()
        detail = QVBoxLayout(self.detail)
        detail.addWidget(self.title_label)
        detail.addWidget(self.meta_label)
        actions = QHBoxLayout()
        for button in (
            self.contact_button,
            self.waiting_button,
            self.resolve_button,
            self.reopen_button,
            self.delete_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        detail.addLayout(actions)
        detail.addWidget(self.note_list, 1)
        detail.addWidget(self.note_edit)
        notes = QHBoxLayout()
        notes.addStretch(1)
        for button in self.note_buttons.values():
            notes.addWidget(button)
        detail.addLayout(notes)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.empty_label)
        right_layout.addWidget(self.detail)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

    def _connect_signals(self) -> None:
        self.status_filter.currentIndexChanged.connect(self.refresh)
        self.overdue_only.toggled.connect(self.refresh)
        self.search_edit.textChanged.connect(self.refresh)
        self.new_button.clicked.connect(self._on_new)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.contact_button.clicked.connect(self._on_open_contact)
        self.waiting_button.clicked.connect(lambda: self._set_status(CaseStatus.WAITING.value))
        self.resolve_button.clicked.connect(lambda: self._set_status(CaseStatus.RESOLVED.value))
        self.reopen_button.clicked.connect(lambda: self._set_status(CaseStatus.OPEN.value))
        self.delete_button.clicked.connect(self._on_delete)
        for author, button in self.note_buttons.items():
            button.clicked.connect(lambda _checked=False, a=author: self._add_note(a))
        self.history.bus.changed.connect(self._on_changes)

    # -- public -----------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the list (keeping the selected case) and the overdue count."""
        self._reads.newer()
        cases = self._services.cases
        self._show_read(cases.reply_days(), cases.cases(self._filter()), cases.overdue())

    def _filter(self) -> CaseFilter:
        _label, status, include_all = STATUS_FILTERS[self.status_filter.currentIndex()]
        return CaseFilter(
            status=status,
            text=self.search_edit.text(),
            overdue_only=self.overdue_only.isChecked(),
            include_resolved=include_all,
        )

    def _first_read(self) -> None:
        """With a task manager the list is first read on a worker thread (`loaded` is
        False until it is shown); every later read is made here."""
        cases, flt = self._services.cases, self._filter()
        if not self._reads.start_first(
            lambda: (cases.reply_days(), cases.cases(flt), cases.overdue()),
            lambda read: self._show_read(*read),
            self.refresh,
        ):
            self.refresh()

    def _show_read(self, reply_days: int, rows: list[CaseRow], overdue: list[CaseRow]) -> None:
        current = self.current_case()
        self._reply_days = reply_days
        self.model.set_records(rows)
        self.count_label.setText(
            tr("1 case") if len(rows) == 1 else tr("{n} cases").format(n=f"{len(rows):,}")
        )
        if current is not None:
            self.select_case(current.id)
        self._show_case()
        self.loaded = True
        self.overdue_count = len(overdue)
        self.overdue_changed.emit(self.overdue_count)

    def select_case(self, case_id: int) -> None:
        for row, case in enumerate(self.model.records()):
            if case.id == case_id:
                self.table.selectRow(row)
                return

    def show_case(self, case_id: int) -> None:
        """Show a case whatever the filters say (opened from a contact)."""
        if not self.loaded:  # the first read is still out: read the list now
            self.refresh()
        if all(c.id != case_id for c in self.model.records()):
            self.status_filter.setCurrentIndex(len(STATUS_FILTERS) - 1)
            self.search_edit.clear()
            self.overdue_only.setChecked(False)
        self.select_case(case_id)

    def current_case(self) -> CaseRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    # -- slots ------------------------------------------------------------------
    def _to_first_result(self) -> None:
        """Enter or Down in the search field: the first case selected, the keyboard on it."""
        if self.model.rowCount() == 0:
            return
        self.table.selectRow(0)
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _to_list(self) -> None:
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_changes(self, changes: Changes) -> None:
        """Rows show the case and its customer's name."""
        if changes.touches("cases", "contacts", "deals", "purchases"):
            self.refresh()

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_case()

    def _show_case(self) -> None:
        case = self.current_case()
        self.detail.setVisible(case is not None)
        self.empty_label.setVisible(case is None)
        if case is None:
            return
        try:
            case = self._services.cases.get(case.id)
        except NotFoundError:
            return
        self.title_label.setText(case.title)
        self.meta_label.setText(
            tr("{customer}{about} · {status} · opened {opened}{closed}").format(
                customer=case.contact_name,
                about=f" · {case.about}" if case.about else "",
                status=tr(CaseStatus(case.status).label),
                opened=format_datetime(case.opened_at),
                closed=(
                    tr(" · resolved {day}").format(day=format_datetime(case.closed_at))
                    if case.closed_at
                    else ""
                ),
            )
        )
        self.waiting_button.setVisible(case.status == CaseStatus.OPEN)
        self.resolve_button.setVisible(case.status != CaseStatus.RESOLVED)
        self.reopen_button.setVisible(case.status != CaseStatus.OPEN)
        self.note_model.set_records(self._services.cases.notes(case.id))
        if self.note_model.rowCount():
            self.note_list.scrollToBottom()

    def _note_text(self, note: NoteEntry) -> str:
        who = tr(AUTHORS.get(note.author, note.author))
        return f"{format_datetime(note.written_at)} · {who}\n{note.body}"

    def _on_new(self) -> None:
        case_id = CaseDialog.ask(self, self._services, history=self.history)
        if case_id is not None:
            self.status_filter.setCurrentIndex(0)
            self.select_case(case_id)

    def _on_open_contact(self) -> None:
        case = self.current_case()
        if case is not None:
            self.open_contact_requested.emit(case.contact_id)

    def _set_status(self, status: str) -> None:
        case = self.current_case()
        if case is None:
            return
        do, undo = case_status_steps(self._services, case.id, status)
        label = tr("Case {status}").format(status=tr(CaseStatus(status).label).lower())
        self.history.push(label, do, undo)
        self.status_message.emit(
            tr("“{title}” is now {status} — Ctrl+Z to undo").format(
                title=case.title, status=tr(CaseStatus(status).label).lower()
            )
        )

    def _add_note(self, author: str) -> None:
        case = self.current_case()
        body = self.note_edit.toPlainText()
        if case is None or not body.strip():
            self.status_message.emit(tr("Write the note first"))
            return
        do, undo = case_note_steps(self._services, case.id, author, body)
        try:
            # Made before it is pushed, so a refused note leaves no step to undo.
            changes = do()
        except DeskCrmError as exc:
            self.status_message.emit(str(exc))
            return
        self.history.record(tr("Add note"), changes, do, undo)
        self.note_edit.clear()

    def _on_delete(self) -> None:
        case = self.current_case()
        if case is None:
            return
        cases = self._services.cases
        self.history.trash(tr("Delete case"), "cases", [case.id], cases.delete, cases.restore)
