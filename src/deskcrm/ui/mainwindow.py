"""The main window: a shell with a navigation rail, menus and shortcuts. The views live in
its ViewStack (built on first use), the menus' workflows in ui/controllers. It owns the
undo stack and the change bus and hands them, with the application's task manager, to
the views and controllers it builds."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from deskcrm import config
from deskcrm.db.external_changes import probe_for
from deskcrm.services.quick_find import Found
from deskcrm.services.storage.backups import Backups
from deskcrm.ui.bus import ChangeBus
from deskcrm.ui.controllers.duplicates import DuplicatesController
from deskcrm.ui.controllers.import_export import ImportExportController
from deskcrm.ui.controllers.storage import StorageController
from deskcrm.ui.controllers.support import SupportController
from deskcrm.ui.dialogs.about_dialog import show_about
from deskcrm.ui.dialogs.command_palette import Command, CommandPalette
from deskcrm.ui.dialogs.deal_dialog import DealDialog
from deskcrm.ui.dialogs.shortcuts_dialog import (
    LISTED_NAME,
    Shortcut,
    ShortcutsDialog,
    action_keys,
    action_name,
    action_shortcuts,
    menu_shortcuts,
    view_shortcuts,
)
from deskcrm.ui.external_changes import ExternalChangeWatcher
from deskcrm.ui.i18n import tr
from deskcrm.ui.icons import set_icon
from deskcrm.ui.services import Services
from deskcrm.ui.taskmanager import TaskManager
from deskcrm.ui.undo import History
from deskcrm.ui.views.view_stack import VIEWS, ViewStack
from deskcrm.ui.widgets.navigation_rail import NavigationRail

if TYPE_CHECKING:
    from deskcrm.db.engine import Database
    from deskcrm.ui.views.cases_view import CasesView
    from deskcrm.ui.views.contacts_view import ContactsView
    from deskcrm.ui.views.pipeline_view import PipelineView
    from deskcrm.ui.views.reports_view import ReportsView
    from deskcrm.ui.views.tasks_view import TasksView


# The contacts view's divider positions (segments | list | card; the earlier two-part
# state under "contacts/splitter" is left alone).
SPLITTER_KEY = "contacts/splitter3"


class MainWindow(QMainWindow):
    """Signals:
    restore_requested(str): a backup file the user chose to restore.
    open_requested(str): a database (file path or server URL) to open in this one's place.
    demo_requested(): the demo database to open in this one's place.
    new_requested(str): a new database file to make and open in this one's place.
    """

    restore_requested = Signal(str)
    open_requested = Signal(str)
    demo_requested = Signal()
    new_requested = Signal(str)

    def __init__(
        self,
        services: Services,
        ui_state: QSettings,
        db_label: str,
        tasks: TaskManager,
        parent: QWidget | None = None,
        *,
        backups: Backups | None = None,
        database: Database | None = None,
    ) -> None:
        super().__init__(parent)
        self.backups = backups
        self.database = database  # opened by the composition root, closed by it
        self.tasks = tasks  # shut down when the window closes: no work outlives the database
        self._services = services
        self.services = services  # for the composition root (reminders)
        self._ui_state = ui_state
        self._db_label = db_label
        self.undo_stack = QUndoStack(self)
        self.bus = ChangeBus(self)
        self.history = History(self.undo_stack, self.bus)
        self.setWindowTitle(tr("DeskCRM"))
        self._init_controllers()
        self._init_views()
        self._init_actions()
        self._init_menus()
        self._init_navigation()
        self._connect_signals()
        # Writes made outside this window (the CLI, a second tool, a colleague on the same
        # server) show up within a second.
        self.external_changes: ExternalChangeWatcher | None = None
        if database is not None:
            probe = probe_for(database)
            self.external_changes = ExternalChangeWatcher(probe, self.bus, parent=self)
        self.statusBar().showMessage(tr("Database: {path}").format(path=db_label))
        self._restore_state()

    # -- construction -----------------------------------------------------------
    def _init_controllers(self) -> None:
        services, history, tasks = self._services, self.history, self.tasks
        self.import_export = ImportExportController(self, services, history, tasks, self.database)
        # A server database has no folder: its settings show the user's data folder.
        is_server = config.is_server(self._db_label)
        folder = config.data_dir() if is_server else Path(self._db_label).parent
        self.storage = StorageController(
            self, services, history, tasks, self.backups, folder, ui_state=self._ui_state
        )
        self.duplicates = DuplicatesController(self, services, history, tasks)
        self.support = SupportController(self, services, self.bus)

    def _init_views(self) -> None:
        self.stack = ViewStack(
            self._services, self.undo_stack, self.bus, self.tasks, ui_state=self._ui_state
        )
        self.setCentralWidget(self.stack)
        self.stack.contacts()

    def view(self, name: str) -> QWidget:
        """The view called `name`, built (and wired) on first use."""
        return self.stack.view(name)

    @property
    def contacts_view(self) -> ContactsView:
        return self.stack.contacts()

    @property
    def pipeline_view(self) -> PipelineView:
        return self.stack.pipeline()

    @property
    def tasks_view(self) -> TasksView:
        return self.stack.tasks()

    @property
    def reports_view(self) -> ReportsView:
        return self.stack.reports()

    @property
    def cases_view(self) -> CasesView:
        return self.stack.cases()

    def _init_actions(self) -> None:
        self.new_contact_action = QAction(tr("New &Contact…"), self)
        self.new_contact_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_company_action = QAction(tr("New Com&pany…"), self)
        self.new_company_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.import_action = QAction(tr("&Import Contacts…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.duplicates_action = QAction(tr("Find &Duplicates…"), self)
        self.import_feedback_action = QAction(tr("Import &Feedback (CSAT/NPS)…"), self)
        self.backups_action = QAction(tr("&Backups…"), self)
        self.export_actions = self.import_export.export_actions  # wired by their controller
        self.settings_action = QAction(tr("&Settings…"), self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.quit_action = QAction(tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.undo_action = self.undo_stack.createUndoAction(self, tr("&Undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.undo_action.setProperty(LISTED_NAME, tr("Undo"))
        self.redo_action = self.undo_stack.createRedoAction(self, tr("&Redo"))
        # Every binding of the platform: Ctrl+Y and Ctrl+Shift+Z on Linux and Windows.
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)
        self.redo_action.setProperty(LISTED_NAME, tr("Redo"))
        self.delete_action = QAction(tr("&Delete"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.find_action = QAction(tr("&Find…"), self)
        self.find_action.setShortcuts(QKeySequence.StandardKey.Find)
        self.palette_action = QAction(tr("&Go to Anything…"), self)
        self.palette_action.setShortcut(QKeySequence("Ctrl+K"))
        self.trash_actions = self.storage.trash_actions  # wired by their controller
        self.people_action = QAction(tr("&People"), self)
        self.companies_action = QAction(tr("C&ompanies"), self)
        self.trash_action = QAction(tr("&Trash"), self)
        self.about_action = QAction(tr("&About DeskCRM"), self)
        self.shortcuts_action = QAction(tr("&Keyboard Shortcuts"), self)
        self.shortcuts_action.setShortcuts([QKeySequence("Ctrl+/"), QKeySequence("F1")])

    def _init_menus(self) -> None:
        menubar = self.menuBar()
        file_menu = menubar.addMenu(tr("&File"))
        file_menu.addActions([self.new_contact_action, self.new_company_action])
        file_menu.addSeparator()
        file_menu.addAction(self.storage.new_database_action)
        open_menu = file_menu.addMenu(tr("&Open"))
        open_menu.addActions([self.storage.open_file_action, self.storage.open_server_action])
        open_menu.addSeparator()
        open_menu.addAction(self.storage.open_demo_action)
        file_menu.addMenu(self.storage.recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.import_feedback_action)
        export_menu = file_menu.addMenu(tr("&Export"))
        export_menu.addActions(list(self.export_actions.values()))
        file_menu.addAction(self.backups_action)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = menubar.addMenu(tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions(
            [self.delete_action, self.find_action, self.palette_action, self.duplicates_action]
        )
        edit_menu.addSeparator()
        edit_menu.addActions(list(self.trash_actions.values()))
        view_menu = menubar.addMenu(tr("&View"))
        view_menu.addActions([self.people_action, self.companies_action, self.trash_action])
        help_menu = menubar.addMenu(tr("&Help"))
        help_menu.addAction(self.shortcuts_action)
        for action, name in (
            (self.new_contact_action, "new_contact"),
            (self.new_company_action, "new_company"),
            (self.storage.new_database_action, "new"),
            (open_menu.menuAction(), "open"),
            (self.storage.open_file_action, "open"),
            (self.storage.open_server_action, "open_server"),
            (self.storage.recent_menu.menuAction(), "recent"),
            (self.import_action, "import"),
            (self.import_feedback_action, "feedback"),
            (export_menu.menuAction(), "export"),
            (self.backups_action, "backups"),
            (self.settings_action, "settings"),
            (self.quit_action, "quit"),
            (self.undo_action, "undo"),
            (self.redo_action, "redo"),
            (self.delete_action, "delete"),
            (self.find_action, "find"),
            (self.palette_action, "shortcuts"),
            (self.duplicates_action, "duplicates"),
            (self.shortcuts_action, "shortcuts"),
            (self.about_action, "about"),
        ):
            set_icon(action, name)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

    def _init_navigation(self) -> None:
        self.rail = NavigationRail(VIEWS, self)
        self.addToolBar(Qt.ToolBarArea.LeftToolBarArea, self.rail)
        self.nav_actions = self.rail.actions_by_name

    def _connect_signals(self) -> None:
        self.new_contact_action.triggered.connect(self._on_new_contact)
        self.new_company_action.triggered.connect(self._on_new_company)
        self.settings_action.triggered.connect(self.storage.show_settings)
        self.backups_action.triggered.connect(self.storage.show_backups)
        self.import_action.triggered.connect(self.import_export.import_contacts)
        self.duplicates_action.triggered.connect(self.duplicates.find_duplicates)
        self.import_feedback_action.triggered.connect(self.support.import_feedback)
        for controller in (self.import_export, self.storage, self.duplicates):
            controller.status_message.connect(self.statusBar().showMessage)
        self.import_export.view_requested.connect(self.show_view)
        self.duplicates.view_requested.connect(self.show_view)
        self.storage.restore_requested.connect(self.restore_requested)
        self.storage.open_requested.connect(self.open_requested)
        self.storage.demo_requested.connect(self.demo_requested)
        self.storage.new_requested.connect(self.new_requested)
        self.tasks.status_message.connect(self._on_status_message)
        self.quit_action.triggered.connect(self.close)
        self.delete_action.triggered.connect(self._on_delete)
        self.find_action.triggered.connect(self._on_find)
        self.people_action.triggered.connect(lambda: self._on_contacts_mode(0))
        self.companies_action.triggered.connect(lambda: self._on_contacts_mode(1))
        self.trash_action.triggered.connect(lambda: self._on_contacts_mode(2))
        self.about_action.triggered.connect(lambda: show_about(self, self._db_label))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.palette_action.triggered.connect(self.open_palette)
        self.rail.view_chosen.connect(self.show_view)
        self.stack.status_message.connect(self._on_status_message)
        self.stack.open_contact_requested.connect(self._on_open_contact)
        self.stack.open_deal_requested.connect(self._on_open_deal)
        self.stack.open_case_requested.connect(self.open_case)
        self.stack.add_task_requested.connect(self._on_add_task_for_contact)
        self.stack.overdue_tasks_changed.connect(self.rail.set_overdue_tasks)
        self.stack.overdue_cases_changed.connect(self.rail.set_overdue_cases)

    # -- state ------------------------------------------------------------------
    def show_view(self, name: str) -> None:
        if name not in dict(VIEWS):
            return
        self.stack.show_view(name)
        self.rail.check(name)

    def _restore_state(self) -> None:
        geometry = self._ui_state.value("main/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        splitter = self._ui_state.value(SPLITTER_KEY)
        if isinstance(splitter, QByteArray):
            self.contacts_view.splitter.restoreState(splitter)
        else:
            # Segments narrow, list and card alike (in proportion to the window).
            self.contacts_view.splitter.setSizes([200, 560, 520])
        last = self._ui_state.value("main/view", "contacts")
        self.show_view(last if last in self.nav_actions else "contacts")

    def save_state(self) -> None:
        self._ui_state.setValue("main/geometry", self.saveGeometry())
        self._ui_state.setValue("main/view", self.stack.current_name())
        self._ui_state.setValue(SPLITTER_KEY, self.contacts_view.splitter.saveState())
        self._ui_state.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Reports and counts are cancelled; a bulk change, export or backup is finished:
        # nothing may run on after this, since the composition root closes the database.
        self.tasks.shutdown()
        if self.external_changes is not None:
            self.external_changes.stop()  # its connection goes before the database closes
        self.save_state()
        super().closeEvent(event)

    # -- slots ------------------------------------------------------------------
    def _on_new_contact(self) -> None:
        self.show_view("contacts")
        self.contacts_view.new_contact()

    def _on_new_company(self) -> None:
        self.show_view("contacts")
        self.contacts_view.new_company()

    def _on_delete(self) -> None:
        name = self.stack.current_name()
        if name == "contacts":
            self.contacts_view.delete_selected()
        elif name == "pipeline":
            self.pipeline_view.delete_selected()
        elif name == "tasks":
            self.tasks_view.delete_current()

    def shortcuts(self) -> list[Shortcut]:
        """Every key of the window: the menus', the rail's, and those views handle."""
        return [
            *menu_shortcuts(self.menuBar()),
            *action_shortcuts(tr("Go to"), self.nav_actions.values()),
            *view_shortcuts(),
        ]

    def palette_commands(self) -> list[Command]:
        """Every menu entry and rail entry, by the name it is read by, for the palette."""
        commands: list[Command] = []
        seen: set[int] = set()

        def add(action: QAction) -> None:
            name = action_name(action)
            if name and action is not self.palette_action and id(action) not in seen:
                seen.add(id(action))
                commands.append(Command(name, action_keys(action), action))

        def walk(menu: QMenu) -> None:
            for action in menu.actions():
                submenu = action.menu()
                if isinstance(submenu, QMenu):
                    if submenu is not self.storage.recent_menu:  # filled when it opens
                        walk(submenu)
                elif not action.isSeparator():
                    add(action)

        for action in self.nav_actions.values():
            add(action)
        for action in self.menuBar().actions():
            menu = action.menu()
            if isinstance(menu, QMenu):
                walk(menu)
        return commands

    def open_palette(self) -> None:
        """Ctrl+K: find anything by typing, and open it."""
        palette = CommandPalette(self._services, self.palette_commands(), self)
        if not palette.exec():
            return
        chosen = palette.chosen
        if isinstance(chosen, Command):
            chosen.action.trigger()
        elif chosen is not None:
            self.open_found(chosen)

    def open_found(self, found: Found) -> None:
        """Open a record the palette found where it lives."""
        if found.kind == "contact":
            self._on_open_contact(found.id)
        elif found.kind == "company":
            self.show_view("contacts")
            self.contacts_view.open_company(found.id)
        elif found.kind == "deal":
            self.show_view("pipeline")
            self._on_open_deal(found.id)
        elif found.kind == "task":
            self.show_view("tasks")
            self.tasks_view.open_task(found.id)
        elif found.kind == "case":
            self.open_case(found.id)
        elif found.kind == "entry" and found.contact_id is not None:
            self._on_open_contact(found.contact_id)
            self.contacts_view.contact_pane.open_entry(found.id)

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self.shortcuts(), self).exec()

    def _on_find(self) -> None:
        self.show_view("contacts")
        self.contacts_view.focus_search()

    def _on_contacts_mode(self, mode: int) -> None:
        self.show_view("contacts")
        self.contacts_view.set_mode(mode)

    def open_case(self, case_id: int) -> None:
        self.show_view("cases")
        self.cases_view.show_case(case_id)

    def _on_open_contact(self, contact_id: int) -> None:
        self.show_view("contacts")
        self.contacts_view.open_contact(contact_id)

    def _on_open_deal(self, deal_id: int) -> None:
        DealDialog.ask(self, self._services, deal_id, history=self.history)

    def _on_add_task_for_contact(self, contact_id: int) -> None:
        self.tasks_view.add_task_for_contact(contact_id)
        self.contacts_view.contact_pane.show_contact(contact_id)

    def bring_to_front(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def _on_status_message(self, message: str) -> None:
        self.statusBar().showMessage(message, 6000)
