"""The main window's views in one stack: each built the first time it is shown (start-up
pays only for the contacts list), its requests passed on as the stack's own signals, and
the counts and reports of views not built or not seen kept right from the change bus."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QSettings, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QAbstractItemView, QStackedWidget, QWidget

from deskcrm.ui.bus import ChangeBus, Changes
from deskcrm.ui.i18n import QT_TR_NOOP
from deskcrm.ui.services import Services
from deskcrm.ui.taskmanager import TaskManager
from deskcrm.ui.views.contacts_view import ContactsView
from deskcrm.ui.widgets.column_chooser import ColumnChooser

# The other views' code is loaded once the window has been idle a moment, one module a
# step (20-30 ms each, Qt Charts for the reports): their first showing then only builds.
WARM_UP_AFTER_MS = 1500
WARM_UP_STEP_MS = 150
WARM_UP_MODULES = (
    "deskcrm.ui.views.pipeline_view",
    "deskcrm.ui.views.tasks_view",
    "deskcrm.ui.views.cases_view",
    "deskcrm.ui.views.reports_view",
)

if TYPE_CHECKING:
    from deskcrm.ui.views.cases_view import CasesView
    from deskcrm.ui.views.pipeline_view import PipelineView
    from deskcrm.ui.views.reports_view import ReportsView
    from deskcrm.ui.views.tasks_view import TasksView

V = TypeVar("V", bound=QWidget)

# (name, title), in the order the navigation rail lists them.
VIEWS: list[tuple[str, str]] = [
    ("contacts", QT_TR_NOOP("Contacts")),
    ("pipeline", QT_TR_NOOP("Pipeline")),
    ("tasks", QT_TR_NOOP("Tasks")),
    ("reports", QT_TR_NOOP("Reports")),
    ("cases", QT_TR_NOOP("Cases")),
]


class ViewStack(QStackedWidget):
    """Signals:
    status_message(str): what a view did, for the status bar.
    open_contact_requested(int): a view asked to show this contact.
    open_deal_requested(int): a report asked to open this deal.
    open_case_requested(int): the contact pane asked to show this case.
    add_task_requested(int): the contact pane asked for a new task for this contact.
    overdue_tasks_changed(int): how many tasks are overdue now.
    overdue_cases_changed(int): how many cases are overdue now.
    """

    status_message = Signal(str)
    open_contact_requested = Signal(int)
    open_deal_requested = Signal(int)
    open_case_requested = Signal(int)
    add_task_requested = Signal(int)
    overdue_tasks_changed = Signal(int)
    overdue_cases_changed = Signal(int)

    def __init__(
        self,
        services: Services,
        undo_stack: QUndoStack,
        bus: ChangeBus,
        tasks: TaskManager,
        parent: QWidget | None = None,
        *,
        ui_state: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._ui_state = ui_state  # where each table's chosen columns are kept
        self.column_choosers: dict[str, ColumnChooser] = {}
        self._undo_stack = undo_stack
        self._bus = bus
        self._tasks = tasks
        self._built: dict[str, QWidget] = {}
        self._contacts: ContactsView | None = None
        self._pipeline: PipelineView | None = None
        self._tasks_view: TasksView | None = None
        self._reports: ReportsView | None = None
        self._cases: CasesView | None = None
        self._reports_stale = False  # the reports re-run when next shown
        self._getters: dict[str, Callable[[], QWidget]] = {
            "contacts": self.contacts,
            "pipeline": self.pipeline,
            "tasks": self.tasks,
            "reports": self.reports,
            "cases": self.cases,
        }
        bus.changed.connect(self._on_changes)
        self._warm_up = QTimer(self)
        self._warm_up.setSingleShot(True)
        self._warm_up.timeout.connect(self._load_next_module)
        self._warm_up.start(WARM_UP_AFTER_MS)

    def _load_next_module(self) -> None:
        waiting = [name for name in WARM_UP_MODULES if name not in sys.modules]
        if waiting:
            importlib.import_module(waiting[0])
        if len(waiting) > 1:
            self._warm_up.start(WARM_UP_STEP_MS)

    # -- the views, each built on first use -------------------------------------------
    def view(self, name: str) -> QWidget:
        """The view called `name`, built (and wired) on first use."""
        return self._getters[name]()

    def is_built(self, name: str) -> bool:
        return name in self._built

    def show_view(self, name: str) -> None:
        fresh = not self.is_built(name)
        widget = self.view(name)
        if name == "reports" and self._reports_stale and not fresh:
            # The other views follow the change bus; the reports are re-run only when seen.
            self._reports_stale = False
            self.reports().refresh()
        self.setCurrentWidget(widget)

    def current_name(self) -> str:
        current = self.currentWidget()
        return next(name for name, widget in self._built.items() if widget is current)

    def contacts(self) -> ContactsView:
        if self._contacts is None:
            view = ContactsView(self._services, self._undo_stack, bus=self._bus, tasks=self._tasks)
            view.status_message.connect(self.status_message)
            view.contact_pane.add_task_requested.connect(self.add_task_requested)
            view.contact_pane.open_case_requested.connect(self.open_case_requested)
            self._contacts = self._add("contacts", view)
        return self._contacts

    def pipeline(self) -> PipelineView:
        if self._pipeline is None:
            from deskcrm.ui.views.pipeline_view import PipelineView

            view = PipelineView(self._services, self._undo_stack, bus=self._bus, tasks=self._tasks)
            view.status_message.connect(self.status_message)
            self._pipeline = self._add("pipeline", view)
        return self._pipeline

    def tasks(self) -> TasksView:
        if self._tasks_view is None:
            from deskcrm.ui.views.tasks_view import TasksView

            view = TasksView(self._services, self._undo_stack, bus=self._bus, tasks=self._tasks)
            view.status_message.connect(self.status_message)
            view.open_contact_requested.connect(self.open_contact_requested)
            view.overdue_changed.connect(self.overdue_tasks_changed)
            self._tasks_view = self._add("tasks", view)
            if view.loaded:  # counted already (else its first read says it when it comes)
                self.overdue_tasks_changed.emit(view.model.group_size("Overdue"))
        return self._tasks_view

    def reports(self) -> ReportsView:
        if self._reports is None:
            from deskcrm.ui.views.reports_view import ReportsView  # Qt Charts loads only here

            view = ReportsView(self._services, self._tasks)
            view.status_message.connect(self.status_message)
            view.open_contact_requested.connect(self.open_contact_requested)
            view.open_deal_requested.connect(self.open_deal_requested)
            self._reports = self._add("reports", view)
        return self._reports

    def cases(self) -> CasesView:
        if self._cases is None:
            from deskcrm.ui.views.cases_view import CasesView

            view = CasesView(self._services, self._undo_stack, bus=self._bus, tasks=self._tasks)
            view.status_message.connect(self.status_message)
            view.open_contact_requested.connect(self.open_contact_requested)
            view.overdue_changed.connect(self.overdue_cases_changed)
            self._cases = self._add("cases", view)
            if view.loaded:  # counted already (else its first read says it when it comes)
                self.overdue_cases_changed.emit(view.overdue_count)
        return self._cases

    def _add(self, name: str, view: V) -> V:
        self._built[name] = view
        self.addWidget(view)
        # Every list the view shows gets the header menu to choose its columns.
        tables: dict[str, QAbstractItemView] = getattr(view, "column_tables", dict)()
        for key, table in tables.items():
            where = f"{name}/{key}"
            self.column_choosers[where] = ColumnChooser(table, self._ui_state, where)
        return view

    # -- slots --------------------------------------------------------------------------
    def _on_changes(self, changes: Changes) -> None:
        """The rail's counts for views not built yet (built ones keep them themselves)."""
        self._reports_stale = True
        if not self.is_built("tasks") and changes.touches("tasks"):
            self.overdue_tasks_changed.emit(self._services.tasks.overdue_count())
        if not self.is_built("cases") and changes.touches("cases"):
            self.overdue_cases_changed.emit(len(self._services.cases.overdue()))
