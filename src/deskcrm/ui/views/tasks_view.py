"""The daily to-do list: quick add, tasks grouped by when they are due, follow-ups and
rotting deals as nudges; complete with a tick or Space, snooze, edit in place. Every write
is one undo step; the list refreshes from the change bus (and, for time alone, a timer)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from deskcrm.db.deal_queries import DealCard
from deskcrm.domain.task_groups import TaskGroup
from deskcrm.errors import DeskCrmError
from deskcrm.services.tasks.quick_add import QuickAdd, parse_quick_add
from deskcrm.services.tasks.tasks import SNOOZES, FollowUp, TaskInput
from deskcrm.ui.bus import ChangeBus, Changes
from deskcrm.ui.dialogs.deal_dialog import DealDialog
from deskcrm.ui.dialogs.task_dialog import TaskDialog
from deskcrm.ui.first_read import Reads
from deskcrm.ui.i18n import tr
from deskcrm.ui.icons import set_icon
from deskcrm.ui.models.task_tree_model import IdRole, KindRole, TaskTreeModel
from deskcrm.ui.services import Services
from deskcrm.ui.taskmanager import TaskManager
from deskcrm.ui.text import plain_label
from deskcrm.ui.type_scale import SPACE_SECTION
from deskcrm.ui.undo import History

PREVIEW_DELAY_MS = 150
REGROUP_INTERVAL_MS = 30_000  # as often as the tray re-counts overdue tasks for the badge
# A group lists more of its items once the row at the bottom of the view is this close to
# the last one it lists.
FETCH_AHEAD_ROWS = 40


@dataclass(frozen=True)
class TaskList:
    """What the to-do list shows: task ids per group and the two kinds of nudges."""

    grouped: dict[TaskGroup, list[int]]
    follow_ups: list[FollowUp]
    rotting: list[tuple[DealCard, str]]


def read_task_list(services: Services) -> TaskList:
    """Everything the Tasks view lists, read from the database (on any thread: no Qt)."""
    return TaskList(
        services.tasks.grouped(), _follow_ups(services), services.pipeline.rotting_deals()
    )


def _follow_ups(services: Services) -> list[FollowUp]:
    """Cases waiting too long for a reply first, then unhappy customers nobody has
    answered, then stay-in-touch cadences run out."""
    now = services.tasks.now()
    cases = [
        FollowUp(
            c.contact_id,
            c.contact_name,
            0,
            (now - c.waiting_since).days if c.waiting_since else 0,
            "case",
            c.title,
        )
        for c in services.cases.overdue()
    ]
    unhappy = [
        FollowUp(
            d.contact_id,
            d.name,
            0,
            (now - d.answered_at).days,
            "detractor",
            f"{d.kind.upper()} {d.score}" + (f": {d.comment}" if d.comment else ""),
        )
        for d in services.feedback.detractors_to_follow_up()
    ]
    return [*cases, *unhappy, *services.tasks.follow_ups()]


class TaskTree(QTreeView):
    """Signals:
    space_pressed(): Space on the current row (toggles a task's completion).
    """

    space_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and self.state() != QAbstractItemView.State.EditingState:
            self.space_pressed.emit()
            return
        super().keyPressEvent(event)


class TasksView(QWidget):
    """Signals:
    status_message(str): something to show in the status bar.
    open_contact_requested(int): a follow-up or a task's contact was opened.
    overdue_changed(int): how many tasks are overdue now.

    With a task manager the list is first read on a worker thread (`loaded` is False until
    it is shown): the view appears at once, its rows a moment later. Later refreshes (after
    a write, from the change bus) read on the GUI thread, so what was changed is listed
    when the change returns.
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
        self._task_manager = tasks
        self.loaded = False
        self._reads: Reads[TaskList] = Reads(self, tasks)
        self.history = History(undo_stack, bus or ChangeBus(self))
        self._parsed: QuickAdd | None = None
        # Where the task just ticked (or unticked) was: its group and row. The next refresh
        # selects what is there now, the task below it, rather than following it to Done.
        self._keep_place: tuple[str, int] | None = None
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        # Time moves tasks between groups (a due time passes, midnight comes) with no
        # write to announce it; the tray's count for the badge moves with it, so do we.
        self.regroup_timer = QTimer(self)
        self.regroup_timer.setInterval(REGROUP_INTERVAL_MS)
        self._init_quick_add()
        self._init_tree()
        self._init_buttons()
        self._init_layout()
        self._connect_signals()
        self._first_read()
        self.regroup_timer.start()

    def column_tables(self) -> dict[str, QAbstractItemView]:
        """The lists whose columns the user chooses (the header's menu)."""
        return {"tasks": self.tree}

    def _init_quick_add(self) -> None:
        self.quick_add = QLineEdit()
        self.quick_add.setObjectName("task_quick_add")
        self.quick_add.setPlaceholderText(
            "Add a task: “Call Anna tomorrow 9am”, “Send invoice fri”, “Renew 2026-12-01”"
        )
        self.add_button = QPushButton(tr("Add"))
        set_icon(self.add_button, "new")
        self.understood = plain_label("")
        self.understood.setObjectName("understood")

    def _init_tree(self) -> None:
        self.model = TaskTreeModel(self._services.tasks, self)
        self.tree = TaskTree()
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Renaming in place by F2 only: a click on the selected task must not start it
        # (Space then typed into the title instead of ticking). A double-click opens the
        # task's dialog.
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for column, width in ((1, 190), (2, 80), (3, 260)):
            self.tree.setColumnWidth(column, width)

    def _init_buttons(self) -> None:
        self.new_button = QPushButton(tr("New task…"))
        set_icon(self.new_button, "new")
        self.edit_button = QPushButton(tr("Edit…"))
        set_icon(self.edit_button, "edit")
        self.snooze_buttons = {
            "hour": QPushButton(tr("+1 hour")),
            "tomorrow": QPushButton(tr("Tomorrow")),
            "next_week": QPushButton(tr("Next week")),
        }
        for when, icon_name in (
            ("hour", "snooze_hour"),
            ("tomorrow", "snooze_tomorrow"),
            ("next_week", "snooze_week"),
        ):
            set_icon(self.snooze_buttons[when], icon_name)
        self.delete_action = QAction(tr("Delete task"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.tree.addAction(self.delete_action)

    def _init_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.quick_add, 1)
        top.addWidget(self.add_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addSpacing(SPACE_SECTION)
        buttons.addWidget(plain_label(tr("Snooze:")))
        for button in self.snooze_buttons.values():
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.understood)
        layout.addLayout(buttons)
        layout.addWidget(self.tree, 1)

    def _connect_signals(self) -> None:
        self.quick_add.textChanged.connect(lambda _t: self._preview_timer.start())
        self._preview_timer.timeout.connect(self._on_preview)
        self.quick_add.returnPressed.connect(self._on_quick_add)
        self.add_button.clicked.connect(self._on_quick_add)
        self.new_button.clicked.connect(self._on_new)
        self.edit_button.clicked.connect(self._on_edit)
        for option, button in self.snooze_buttons.items():
            button.clicked.connect(lambda _c=False, o=option: self.snooze_current(o))
        self.model.completion_toggled.connect(
            self._on_completion_toggled, Qt.ConnectionType.QueuedConnection
        )
        self.model.title_edited.connect(self._on_title_edited, Qt.ConnectionType.QueuedConnection)
        self.tree.space_pressed.connect(self.toggle_current)
        self.tree.doubleClicked.connect(self._on_double_clicked)
        self.delete_action.triggered.connect(self.delete_current)
        self.regroup_timer.timeout.connect(self.regroup_if_time_moved_tasks)
        self.tree.verticalScrollBar().valueChanged.connect(self._list_more_if_near_end)
        self.history.bus.changed.connect(self._on_changes)

    # -- public ----------------------------------------------------------------------
    def _first_read(self) -> None:
        services = self._services
        if not self._reads.start_first(lambda: read_task_list(services), self._show, self.refresh):
            self.refresh()

    def refresh(self) -> None:
        """Read the list again and show it (on this thread)."""
        self._reads.newer()
        self._show(read_task_list(self._services))

    def _show(self, task_list: TaskList) -> None:
        expanded = {
            self.model.index(r, 0).data()
            for r in range(self.model.rowCount())
            if self.tree.isExpanded(self.model.index(r, 0))
        }
        current = self.current_item()
        first_load = not self.loaded
        self.model.load(task_list.grouped, task_list.follow_ups, task_list.rotting)
        self.loaded = True
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            title = index.data().rsplit(" (", 1)[0]
            was_open = any(str(t).startswith(title + " (") for t in expanded)
            self.tree.setExpanded(index, (title != "Done" and first_load) or was_open)
        place, self._keep_place = self._keep_place, None
        if place is not None:
            self._select_place(*place)
        elif current is not None and current[0] == "task":
            index = self.model.index_of_task(current[1])
            if index.isValid():
                self.tree.setCurrentIndex(index)
        self.overdue_changed.emit(self.model.group_size("Overdue"))

    def _select_place(self, group_title: str, row: int) -> None:
        """Select the item at `row` of a group (its last one if fewer are left; the group's
        heading once it is empty)."""
        group = self.model.index(self.model.group_row(group_title), 0)
        self.model.show_up_to(group, row + 1)  # a place beyond what is listed yet
        size = self.model.rowCount(group)
        self.tree.setCurrentIndex(self.model.index(min(row, size - 1), 0, group) if size else group)

    def regroup_if_time_moved_tasks(self) -> None:
        """Refresh when the clock alone has moved a task to another group (overdue now).
        With a task manager the groups are read on a worker thread."""
        if not self.loaded:
            return
        tasks = self._services.tasks
        if self._task_manager is None:
            self._regroup(self._reads.token(), tasks.grouped())
            return
        if self._task_manager.busy("tasks-regroup"):
            return  # the last look has not come back yet
        generation = self._reads.token()
        self._task_manager.run(
            lambda _context: tasks.grouped(),
            lambda grouped: self._regroup(generation, grouped),
            on_error=lambda _message: None,  # the next look, or the next write, tries again
            key="tasks-regroup",
            owner=self,
        )

    def _regroup(self, generation: int, grouped: dict[TaskGroup, list[int]]) -> None:
        if not self._reads.is_current(generation):
            return  # refreshed since: what was read may be older than what is listed
        if any(self.model.task_ids(group.value) != ids for group, ids in grouped.items()):
            self.refresh()

    def follow_ups(self) -> list[FollowUp]:
        """Cases waiting too long for a reply first, then unhappy customers nobody has
        answered, then stay-in-touch cadences run out."""
        return _follow_ups(self._services)

    def _list_more_if_near_end(self) -> None:
        """A group lists more of its items once its last listed one is in view or within
        FETCH_AHEAD_ROWS rows below it."""
        model, tree = self.model, self.tree
        reach = tree.viewport().height() + FETCH_AHEAD_ROWS * max(1, tree.sizeHintForRow(0))
        for row in range(model.rowCount()):
            group = model.index(row, 0)
            if not tree.isExpanded(group) or not model.can_list_more(group):
                continue
            last = tree.visualRect(model.index(model.rowCount(group) - 1, 0, group))
            # In view or just below it; not once scrolled past (into the groups after).
            if last.isValid() and last.bottom() >= 0 and last.top() <= reach:
                model.list_more(group)

    def current_item(self) -> tuple[str, int] | None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        index = index.siblingAtColumn(0)
        kind, item_id = index.data(KindRole), index.data(IdRole)
        return (kind, item_id) if kind != "group" and item_id is not None else None

    def current_task(self) -> int | None:
        item = self.current_item()
        return item[1] if item and item[0] == "task" else None

    def toggle_current(self) -> None:
        task_id = self.current_task()
        if task_id is None:
            return
        row = self.model.task_row(task_id)
        if row is not None:
            self._on_completion_toggled(task_id, row.done_at is None)

    def snooze_current(self, option: str) -> None:
        task_id = self.current_task()
        if task_id is None or option not in SNOOZES:
            return
        tasks = self._services.tasks
        snoozed = tasks.snooze(task_id, option)
        self.history.applied(tr("Snooze task"), snoozed, lambda due: tasks.set_due(task_id, due))
        self.status_message.emit(tr("Task snoozed — Ctrl+Z to undo"))

    def delete_current(self) -> None:
        task_id = self.current_task()
        if task_id is None:
            return
        tasks = self._services.tasks
        self.history.trash(tr("Delete task"), "tasks", [task_id], tasks.delete, tasks.restore)
        self.status_message.emit(tr("Task moved to the trash — Ctrl+Z to undo"))

    def add_task_for_contact(self, contact_id: int) -> None:
        TaskDialog.ask(self, self._services, contact_id=contact_id, history=self.history)

    # -- slots -------------------------------------------------------------------------
    def _on_changes(self, changes: Changes) -> None:
        """Tasks, and the nudges: follow-ups (contacts, cases, feedback, the timeline) and
        rotting deals."""
        if changes.touches(
            "tasks", "contacts", "deals", "cases", "feedback", "interactions", "pipelines"
        ):
            self.refresh()

    def _parse(self) -> QuickAdd:
        tasks = self._services.tasks
        return parse_quick_add(self.quick_add.text(), tasks.now(), tasks.tz)

    def _on_preview(self) -> None:
        if not self.quick_add.text().strip():
            self.understood.setText("")
            return
        self._parsed = self._parse()
        self.understood.setText(tr("Will add ") + self._parsed.understood(self._services.tasks.tz))

    def _on_quick_add(self) -> None:
        if not self.quick_add.text().strip():
            return
        self._preview_timer.stop()
        parsed = self._parse()
        tasks = self._services.tasks
        try:
            created = tasks.create(
                TaskInput(title=parsed.title, due_at=parsed.due_at, due_has_time=parsed.has_time)
            )
        except DeskCrmError as exc:
            self.status_message.emit(str(exc))
            return
        self.quick_add.clear()
        self.understood.setText(tr("Added ") + parsed.understood(tasks.tz))
        self.history.created(tr("Add task"), created, tasks.delete, tasks.restore)
        index = self.model.index_of_task(created.id)
        self.tree.setExpanded(index.parent(), True)
        self.tree.setCurrentIndex(index)

    def _on_completion_toggled(self, task_id: int, done: bool) -> None:
        """Ticking a task off, or on again; a repeating task's next occurrence (created by
        the tick) goes again with the undo."""
        tasks = self._services.tasks
        spawned: list[int | None] = [None]
        if task_id == self.current_task():
            index = self.model.index_of_task(task_id)
            if index.isValid():
                self._keep_place = (self.model.group_title(index.parent().row()), index.row())

        def complete() -> Changes:
            applied = tasks.complete(task_id)
            spawned[0] = applied.value
            return applied.changes

        def reopen() -> Changes:
            return tasks.uncomplete(task_id, spawned[0])

        if done:
            self.history.record(tr("Complete task"), complete(), complete, reopen)
            note = tr(" — the next one is scheduled") if spawned[0] else ""
            self.status_message.emit(tr("Task done{note} — Ctrl+Z to undo").format(note=note))
        else:
            self.history.push(tr("Reopen task"), reopen, complete)

    def _on_title_edited(self, task_id: int, title: str) -> None:
        tasks = self._services.tasks
        try:
            before = tasks.get(task_id).title
            changes = tasks.rename(task_id, title)
        except DeskCrmError as exc:
            self.status_message.emit(str(exc))
            self.refresh()  # show the title as it is stored
            return
        self.history.edited(tr("Rename task"), task_id, before, title, tasks.rename, changes)

    def _on_new(self) -> None:
        TaskDialog.ask(self, self._services, history=self.history)

    def open_task(self, task_id: int) -> None:
        """Select a task (where its group shows it) and open it to read or edit."""
        if not self.loaded:  # the first read is still out: read the list now
            self.refresh()
        index = self.model.index_of_task(task_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)
        TaskDialog.ask(self, self._services, task_id, history=self.history)

    def _on_edit(self) -> None:
        task_id = self.current_task()
        if task_id is not None:
            TaskDialog.ask(self, self._services, task_id, history=self.history)

    def _on_double_clicked(self, index: QModelIndex) -> None:
        item = self.current_item()
        if item is None:
            return
        kind, item_id = item
        if kind == "follow_up":
            self.open_contact_requested.emit(item_id)
        elif kind == "deal":
            DealDialog.ask(self, self._services, item_id, history=self.history)
        elif index.column() == 3:
            row = self.model.task_row(item_id)
            if row is not None and row.contact_id is not None:
                self.open_contact_requested.emit(row.contact_id)
            elif row is not None and row.deal_id is not None:
                DealDialog.ask(self, self._services, row.deal_id, history=self.history)
        else:
            self._on_edit()
