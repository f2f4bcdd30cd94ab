"""The to-do list as a two-level tree: groups (Overdue, Today, …) and their items.

Items are tasks (checkable, title editable in place), contacts due a follow-up, and
rotting deals. Task rows are fetched from the task service a page at a time, and a group
lists its first SHOWN_STEP items, more as the list is scrolled (list_more; not Qt's
fetchMore, which a tree also calls on expanding): a tree lays out every row it is given,
and 12,000 open tasks took half a second on each refresh.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont

from deskcrm.db.deal_queries import DealCard
from deskcrm.domain import pipeline as deal_rules
from deskcrm.domain.dates import format_date, format_datetime
from deskcrm.domain.recurrence import Recurrence
from deskcrm.domain.task_groups import OVERDUE_MEANING, TaskGroup
from deskcrm.services.tasks.tasks import FollowUp, TaskRow, TaskService
from deskcrm.ui.i18n import QT_TR_NOOP, tr
from deskcrm.ui.theme import tone_colour

Index = QModelIndex | QPersistentModelIndex
HEADERS = (QT_TR_NOOP("Task"), QT_TR_NOOP("Due"), QT_TR_NOOP("Priority"), QT_TR_NOOP("Linked to"))
PRIORITIES = ("", "Low", "Normal", "High")
FOLLOW_UPS = "Follow-ups"
ROTTING = "Rotting deals"
KindRole = Qt.ItemDataRole.UserRole + 1  # "task", "follow_up", "deal" or "group"
IdRole = Qt.ItemDataRole.UserRole + 2


@dataclass
class _Group:
    title: str
    kind: str  # what its children are
    ids: list[int] = field(default_factory=list)
    follow_ups: list[FollowUp] = field(default_factory=list)
    deals: list[tuple[DealCard, str]] = field(default_factory=list)

    shown: int = 0  # how many of them the tree is given (can_list_more/list_more)

    def __len__(self) -> int:
        if self.kind == "follow_up":
            return len(self.follow_ups)
        if self.kind == "deal":
            return len(self.deals)
        return len(self.ids)


class TaskTreeModel(QAbstractItemModel):
    """Signals:
    completion_toggled(int, bool): the user ticked (True) or unticked a task.
    title_edited(int, str): a task's title was edited in place.
    """

    completion_toggled = Signal(int, bool)
    title_edited = Signal(int, str)
    PAGE_SIZE = 100
    SHOWN_STEP = 200  # items a group lists at first, and how many more each time

    def __init__(self, tasks: TaskService, parent: Any = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._groups: list[_Group] = []
        self._rows: dict[int, TaskRow] = {}
        self._now: datetime = tasks.now()

    def load(
        self,
        grouped: dict[TaskGroup, list[int]],
        follow_ups: list[FollowUp],
        rotting: list[tuple[DealCard, str]],
    ) -> None:
        shown = {group.title: group.shown for group in self._groups}
        self.beginResetModel()
        try:
            self._now = self._tasks.now()
            self._rows = {}
            tasks = {g: _Group(g.value, "task", ids=grouped.get(g, [])) for g in TaskGroup}
            # What is due now first, then the nudges, then what can wait.
            self._groups = [
                tasks[TaskGroup.OVERDUE],
                tasks[TaskGroup.TODAY],
                _Group(FOLLOW_UPS, "follow_up", follow_ups=follow_ups),
                _Group(ROTTING, "deal", deals=rotting),
                tasks[TaskGroup.NEXT_7_DAYS],
                tasks[TaskGroup.LATER],
                tasks[TaskGroup.NO_DATE],
                tasks[TaskGroup.DONE],
            ]
            for group in self._groups:  # as far as each was listed (scrolled) before
                group.shown = min(len(group), max(self.SHOWN_STEP, shown.get(group.title, 0)))
        finally:
            self.endResetModel()

    def group_row(self, title: str) -> int:
        return next(i for i, g in enumerate(self._groups) if g.title == title)

    def group_title(self, row: int) -> str:
        return self._groups[row].title

    def group_size(self, title: str) -> int:
        return len(self._groups[self.group_row(title)])

    def task_ids(self, title: str) -> list[int]:
        return list(self._groups[self.group_row(title)].ids)

    def task_row(self, task_id: int) -> TaskRow | None:
        if task_id not in self._rows:
            for group in self._groups:
                if task_id in group.ids:
                    start = group.ids.index(task_id) // self.PAGE_SIZE * self.PAGE_SIZE
                    self._rows.update(self._tasks.rows(group.ids[start : start + self.PAGE_SIZE]))
                    break
        return self._rows.get(task_id)

    def index_of_task(self, task_id: int) -> QModelIndex:
        """Where the task is listed (its group lists that far first, if it did not yet)."""
        for g, group in enumerate(self._groups):
            if group.kind == "task" and task_id in group.ids:
                row = group.ids.index(task_id)
                parent = self.index(g, 0)
                if row >= group.shown:
                    self._show_up_to(parent, row + 1)
                return self.index(row, 0, parent)
        return QModelIndex()

    def can_list_more(self, parent: Index) -> bool:
        if not parent.isValid() or parent.internalId() != 0:
            return False
        group = self._groups[parent.row()]
        return group.shown < len(group)

    def list_more(self, parent: Index) -> None:
        if self.can_list_more(parent):
            self._show_up_to(parent, self._groups[parent.row()].shown + self.SHOWN_STEP)

    def show_up_to(self, parent: Index, count: int) -> None:
        """List the group's items up to `count` (its own number at most)."""
        self._show_up_to(parent, count)

    def _show_up_to(self, parent: Index, count: int) -> None:
        group = self._groups[parent.row()]
        count = min(len(group), count)
        if count <= group.shown:
            return
        self.beginInsertRows(parent, group.shown, count - 1)
        group.shown = count
        self.endInsertRows()

    # -- structure ----------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return self._groups[parent.row()].shown
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(HEADERS[section]) if 0 <= section < len(HEADERS) else None
        return None

    # -- data ----------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._group_data(self._groups[index.row()], index.column(), role)
        group = self._groups[index.internalId() - 1]
        if group.kind == "follow_up":
            return self._follow_up_data(group.follow_ups[index.row()], index.column(), role)
        if group.kind == "deal":
            return self._deal_data(*group.deals[index.row()], index.column(), role)
        task_id = group.ids[index.row()]
        return self._task_data(task_id, group.title, index.column(), role)

    def _group_data(self, group: _Group, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and column == 0:
            return f"{tr(group.title)} ({len(group)})"
        if role == Qt.ItemDataRole.FontRole and column == 0:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and group.title == TaskGroup.OVERDUE:
            return tr(OVERDUE_MEANING)  # the same words as the rail badge and the report
        if role == KindRole:
            return "group"
        return None

    def _follow_up_data(self, item: FollowUp, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and item.reason == "case":
            if column == 0:
                return tr("Answer {name}: {title}").format(name=item.name, title=item.detail)
            if column == 1:
                return tr("waiting %n day(s) for a reply", "", item.days_since or 0)
            if column == 3:
                return item.name
        elif role == Qt.ItemDataRole.DisplayRole and item.reason == "detractor":
            if column == 0:
                return tr("Get back to {name}, who is unhappy").format(name=item.name)
            if column == 1:
                if not item.days_since:
                    return tr("answered today")
                if item.days_since == 1:
                    return tr("answered yesterday")
                return tr("answered %n day(s) ago", "", item.days_since)
            if column == 3:
                return item.detail
        elif role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return tr("Get in touch with {name}").format(name=item.name)
            if column == 1:
                if item.days_since is None:
                    return "never contacted"
                return tr("last contacted %n day(s) ago", "", item.days_since)
            if column == 3:
                return tr("{name} (every %n day(s))", "", item.cadence_days).format(name=item.name)
        if role == KindRole:
            return "follow_up"
        if role == IdRole:
            return item.contact_id
        return None

    def _deal_data(self, card: DealCard, stage: str, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            days = deal_rules.days_in_stage(card.stage_entered_at, self._now)
            if column == 0:
                return tr("Move “{title}” on").format(title=card.title)
            if column == 1:
                return tr("{n} days in {stage}").format(n=days, stage=stage)
            if column == 3:
                return " · ".join(p for p in (card.title, card.contact_name) if p)
        if role == KindRole:
            return "deal"
        if role == IdRole:
            return card.id
        return None

    def _task_data(self, task_id: int, group: str, column: int, role: int) -> Any:
        if role == KindRole:
            return "task"
        if role == IdRole:
            return task_id
        row = self.task_row(task_id)
        if row is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == 0:
                repeat = ""
                if row.recurrence and role == Qt.ItemDataRole.DisplayRole:
                    try:
                        repeat = f"  ↻ {Recurrence.parse(row.recurrence).describe()}"
                    except ValueError:
                        repeat = "  ↻"
                return row.title + repeat
            if column == 1:
                if row.due_at is None:
                    return ""
                return format_datetime(row.due_at) if row.due_has_time else format_date(row.due_at)
            if column == 2:
                return PRIORITIES[row.priority] if 0 <= row.priority < 4 else ""
            if column == 3:
                return " · ".join(p for p in (row.contact_name, row.deal_title) if p)
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            return Qt.CheckState.Checked if row.done_at else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and column == 1 and group == TaskGroup.OVERDUE:
            return tone_colour("error")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.internalId() != 0 and index.column() == 0:
            group = self._groups[index.internalId() - 1]
            if group.kind == "task":
                return base | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.internalId() == 0 or index.column() != 0:
            return False
        group = self._groups[index.internalId() - 1]
        if group.kind != "task":
            return False
        task_id = group.ids[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            self.completion_toggled.emit(task_id, checked)
            return True
        if role == Qt.ItemDataRole.EditRole:
            title = str(value).strip()
            if not title:
                return False
            self.title_edited.emit(task_id, title)
            return True
        return False
