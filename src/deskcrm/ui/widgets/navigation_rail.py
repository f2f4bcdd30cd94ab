"""The main window's navigation rail: one checkable entry per view (Ctrl+1 …), and the
overdue counts the tasks and cases entries show."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QToolBar, QWidget

from deskcrm.domain.task_groups import OVERDUE_MEANING
from deskcrm.ui.i18n import tr
from deskcrm.ui.icons import set_icon


class NavigationRail(QToolBar):
    """Signals:
    view_chosen(str): the name of the view the user picked.
    """

    view_chosen = Signal(str)

    def __init__(self, views: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__("Navigation", parent)
        self.setObjectName("navigation")
        self.setMovable(False)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        self.setIconSize(QSize(22, 22))
        self.group = QActionGroup(self)
        self.actions_by_name: dict[str, QAction] = {}
        for index, (name, title) in enumerate(views):
            action = QAction(tr(title), self)
            action.setCheckable(True)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.setData(name)
            set_icon(action, name)
            self.group.addAction(action)
            self.addAction(action)
            self.actions_by_name[name] = action
        self.group.triggered.connect(self._on_triggered)

    def check(self, name: str) -> None:
        self.actions_by_name[name].setChecked(True)

    def set_overdue_tasks(self, count: int) -> None:
        """The tasks entry says how many tasks are overdue."""
        action = self.actions_by_name.get("tasks")
        if action is not None:
            action.setText(tr("Tasks ({count})").format(count=count) if count else tr("Tasks"))
            overdue = tr("%n overdue task(s)", "", count) if count else tr("No overdue tasks")
            action.setToolTip(f"{overdue}\n{tr(OVERDUE_MEANING)}")

    def set_overdue_cases(self, count: int) -> None:
        """The cases entry says how many cases wait too long for a reply."""
        action = self.actions_by_name.get("cases")
        if action is not None:
            action.setText(tr("Cases ({count})").format(count=count) if count else tr("Cases"))
            action.setToolTip(
                tr("%n case(s) waiting too long for a reply", "", count)
                if count
                else tr("Support cases")
            )

    def _on_triggered(self, action: QAction) -> None:
        self.view_chosen.emit(action.data())
