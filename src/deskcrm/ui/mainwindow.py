"""The main window: a shell with a navigation rail, menus and shortcuts; views live elsewhere.
It owns the undo stack and the change bus and hands both to the views it builds."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from deskcrm import __version__
from deskcrm.domain.task_groups import OVERDUE_MEANING
from deskcrm.errors import DeskCrmError
from deskcrm.services.contacts.duplicates import MergeRecord
from deskcrm.services.storage.backups import BackupService
from deskcrm.ui.bus import ChangeBus, Changes
from deskcrm.ui.dialogs.backups_dialog import BackupsDialog
from deskcrm.ui.dialogs.deal_dialog import DealDialog
from deskcrm.ui.dialogs.duplicates_dialog import DuplicatesDialog
from deskcrm.ui.dialogs.import_dialog import ImportDialog
from deskcrm.ui.dialogs.settings_dialog import SettingsDialog
from deskcrm.ui.dialogs.trash_dialog import TrashDialog
from deskcrm.ui.i18n import QT_TR_NOOP, tr
from deskcrm.ui.services import Services
from deskcrm.ui.taskrunner import TaskRunner
from deskcrm.ui.text import escape_rich
from deskcrm.ui.theme import apply_theme
from deskcrm.ui.undo import History
from deskcrm.ui.views.contacts_view import ContactsView

if TYPE_CHECKING:
    from deskcrm.ui.views.cases_view import CasesView
    from deskcrm.ui.views.pipeline_view import PipelineView
    from deskcrm.ui.views.reports_view import ReportsView
    from deskcrm.ui.views.tasks_view import TasksView


class MainWindow(QMainWindow):
    restore_requested = Signal(str)  # a backup file the user chose to restore

    def __init__(
        self,
        services: Services,
        ui_state: QSettings,
        db_label: str,
        parent: QWidget | None = None,
        backups: BackupService | None = None,
    ) -> None:
        super().__init__(parent)
        self.backups = backups
        self.database: Any = None  # set by the composition root, closed by it
        self.backup_runner = TaskRunner(self)
        self._services = services
        self.services = services  # for the composition root (reminders)
        self._ui_state = ui_state
        self._db_label = db_label
        self.undo_stack = QUndoStack(self)
        self.bus = ChangeBus(self)
        self.history = History(self.undo_stack, self.bus)
        self._reports_stale = False  # the reports re-run when next shown
        self.setWindowTitle(tr("DeskCRM"))
        self._init_views()
        self._init_actions()
        self._init_menus()
        self._init_navigation()
        self._connect_signals()
        self.statusBar().showMessage(tr("Database: {path}").format(path=db_label))
        self._restore_state()

    # -- construction -----------------------------------------------------------
    def _init_views(self) -> None:
        self.stack = QStackedWidget()
        # (name, title): the rail shows only views that exist. Each view is built the
        # first time it is shown, so start-up pays only for the contacts list.
        self.views: list[tuple[str, str]] = [
            ("contacts", QT_TR_NOOP("Contacts")),
            ("pipeline", QT_TR_NOOP("Pipeline")),
            ("tasks", QT_TR_NOOP("Tasks")),
            ("reports", QT_TR_NOOP("Reports")),
            ("cases", QT_TR_NOOP("Cases")),
        ]
        self._built: dict[str, QWidget] = {}
        self.setCentralWidget(self.stack)
        self.view("contacts")

    def view(self, name: str) -> QWidget:
        """The view called `name`, built (and wired) on first use."""
        widget = self._built.get(name)
        if widget is None:
            widget = getattr(self, f"_build_{name}")()
            self._built[name] = widget
            self.stack.addWidget(widget)
        return widget

    def _build_contacts(self) -> QWidget:
        view = ContactsView(self._services, self.undo_stack, bus=self.bus)
        view.status_message.connect(self._on_status_message)
        view.contact_pane.add_task_requested.connect(self._on_add_task_for_contact)
        view.contact_pane.open_case_requested.connect(self.open_case)
        return view

    def _build_pipeline(self) -> QWidget:
        from deskcrm.ui.views.pipeline_view import PipelineView

        view = PipelineView(self._services, self.undo_stack, bus=self.bus)
        view.status_message.connect(self._on_status_message)
        return view

    def _build_tasks(self) -> QWidget:
        from deskcrm.ui.views.tasks_view import TasksView

        view = TasksView(self._services, self.undo_stack, bus=self.bus)
        view.status_message.connect(self._on_status_message)
        view.open_contact_requested.connect(self._on_open_contact)
        view.overdue_changed.connect(self.set_overdue_count)
        self.set_overdue_count(view.model.group_size("Overdue"))  # it counted while built
        return view

    def _build_reports(self) -> QWidget:
        from deskcrm.ui.views.reports_view import ReportsView  # Qt Charts loads only here

        view = ReportsView(self._services)
        view.status_message.connect(self._on_status_message)
        view.open_contact_requested.connect(self._on_open_contact)
        view.open_deal_requested.connect(self._on_open_deal)
        return view

    def _build_cases(self) -> QWidget:
        from deskcrm.ui.views.cases_view import CasesView

        view = CasesView(self._services, self.undo_stack, bus=self.bus)
        view.status_message.connect(self._on_status_message)
        view.open_contact_requested.connect(self._on_open_contact)
        view.overdue_changed.connect(self.set_overdue_cases)
        self.set_overdue_cases(len(self._services.cases.overdue()))
        return view

    @property
    def cases_view(self) -> CasesView:
        return self.view("cases")  # type: ignore[return-value]

    def open_case(self, case_id: int) -> None:
        self.show_view("cases")
        self.cases_view.show_case(case_id)

    @property
    def contacts_view(self) -> ContactsView:
        return self.view("contacts")  # type: ignore[return-value]

    @property
    def pipeline_view(self) -> PipelineView:
        return self.view("pipeline")  # type: ignore[return-value]

    @property
    def tasks_view(self) -> TasksView:
        return self.view("tasks")  # type: ignore[return-value]

    @property
    def reports_view(self) -> ReportsView:
        return self.view("reports")  # type: ignore[return-value]

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
        self.export_actions = {
            key: QAction(tr(label), self)
            for key, label in (
                ("contacts.csv", QT_TR_NOOP("Contacts as CSV…")),
                ("contacts.vcf", QT_TR_NOOP("Contacts as vCard…")),
                ("deals.csv", QT_TR_NOOP("Deals as CSV…")),
                ("tasks.ics", QT_TR_NOOP("Open tasks as iCalendar…")),
                ("everything.json", QT_TR_NOOP("Everything as JSON…")),
            )
        }
        self.export_runner = TaskRunner(self)
        self.settings_action = QAction(tr("&Settings…"), self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.quit_action = QAction(tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.undo_action = self.undo_stack.createUndoAction(self, tr("&Undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, tr("&Redo"))
        # Every binding of the platform: Ctrl+Y and Ctrl+Shift+Z on Linux and Windows.
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)
        self.delete_action = QAction(tr("&Delete"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.find_action = QAction(tr("&Find…"), self)
        self.find_action.setShortcuts([QKeySequence("Ctrl+K"), QKeySequence.StandardKey.Find])
        self.trash_actions = {
            kind: QAction(tr("Deleted {things}…").format(things=tr(label)), self)
            for kind, label in (
                ("company", QT_TR_NOOP("companies")),
                ("deal", QT_TR_NOOP("deals")),
                ("task", QT_TR_NOOP("tasks")),
                ("case", QT_TR_NOOP("support cases")),
            )
        }
        self.people_action = QAction(tr("&People"), self)
        self.companies_action = QAction(tr("C&ompanies"), self)
        self.trash_action = QAction(tr("&Trash"), self)
        self.about_action = QAction(tr("&About DeskCRM"), self)

    def _init_menus(self) -> None:
        menubar = self.menuBar()
        file_menu = menubar.addMenu(tr("&File"))
        file_menu.addActions([self.new_contact_action, self.new_company_action])
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
        edit_menu.addActions([self.delete_action, self.find_action, self.duplicates_action])
        edit_menu.addSeparator()
        edit_menu.addActions(list(self.trash_actions.values()))
        view_menu = menubar.addMenu(tr("&View"))
        view_menu.addActions([self.people_action, self.companies_action, self.trash_action])
        help_menu = menubar.addMenu(tr("&Help"))
        help_menu.addAction(self.about_action)

    def _init_navigation(self) -> None:
        self.rail = QToolBar("Navigation")
        self.rail.setObjectName("navigation")
        self.rail.setMovable(False)
        self.rail.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(Qt.ToolBarArea.LeftToolBarArea, self.rail)
        self.nav_group = QActionGroup(self)
        self.nav_actions: dict[str, QAction] = {}
        for index, (name, title) in enumerate(self.views):
            action = QAction(tr(title), self)
            action.setCheckable(True)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.setData(name)
            self.nav_group.addAction(action)
            self.rail.addAction(action)
            self.nav_actions[name] = action

    def _connect_signals(self) -> None:
        self.new_contact_action.triggered.connect(self._on_new_contact)
        self.new_company_action.triggered.connect(self._on_new_company)
        self.settings_action.triggered.connect(self._on_settings)
        self.backups_action.triggered.connect(self._on_backups)
        self.import_action.triggered.connect(self.import_contacts)
        self.duplicates_action.triggered.connect(self._on_find_duplicates)
        self.import_feedback_action.triggered.connect(self.import_feedback)
        for key, action in self.export_actions.items():
            action.triggered.connect(lambda _c=False, k=key: self.export(k))
        self.export_runner.finished.connect(self._on_status_message)
        self.export_runner.failed.connect(self._on_status_message)
        for kind, action in self.trash_actions.items():
            action.triggered.connect(lambda _c=False, k=kind: self._on_trash(k))
        self.backup_runner.finished.connect(self._on_backup_done)
        self.backup_runner.failed.connect(self._on_status_message)
        self.quit_action.triggered.connect(self.close)
        self.delete_action.triggered.connect(self._on_delete)
        self.find_action.triggered.connect(self._on_find)
        self.people_action.triggered.connect(lambda: self._on_contacts_mode(0))
        self.companies_action.triggered.connect(lambda: self._on_contacts_mode(1))
        self.trash_action.triggered.connect(lambda: self._on_contacts_mode(2))
        self.about_action.triggered.connect(self._on_about)
        self.nav_group.triggered.connect(self._on_navigate)
        self.bus.changed.connect(self._on_changes)

    # -- state ------------------------------------------------------------------
    def show_view(self, name: str) -> None:
        if name not in dict(self.views):
            return
        fresh = name not in self._built
        widget = self.view(name)
        if name == "reports" and self._reports_stale and not fresh:
            # The other views follow the change bus; the reports are re-run only when seen.
            self._reports_stale = False
            self.reports_view.refresh()
        self.stack.setCurrentWidget(widget)
        self.nav_actions[name].setChecked(True)

    def current_view_name(self) -> str:
        current = self.stack.currentWidget()
        return next(name for name, widget in self._built.items() if widget is current)

    def _restore_state(self) -> None:
        geometry = self._ui_state.value("main/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        splitter = self._ui_state.value("contacts/splitter")
        if isinstance(splitter, QByteArray):
            self.contacts_view.splitter.restoreState(splitter)
        else:
            self.contacts_view.splitter.setSizes([760, 520])
        last = self._ui_state.value("main/view", "contacts")
        self.show_view(last if last in self.nav_actions else "contacts")

    def save_state(self) -> None:
        self._ui_state.setValue("main/geometry", self.saveGeometry())
        self._ui_state.setValue("main/view", self.current_view_name())
        self._ui_state.setValue("contacts/splitter", self.contacts_view.splitter.saveState())
        self._ui_state.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        reports = self._built.get("reports")
        if reports is not None:
            reports.runner.cancel()  # type: ignore[attr-defined]
            reports.runner.wait()  # type: ignore[attr-defined]  # must not outlive the db
        self.backup_runner.wait()
        self.export_runner.wait()
        self.contacts_view.sidebar.model.stop()  # the segment counts: not past the db
        self.contacts_view.bulk_button.runner.wait()  # a bulk change finishes first
        self.save_state()
        super().closeEvent(event)

    # -- slots ------------------------------------------------------------------
    def _on_changes(self, changes: Changes) -> None:
        """The rail's counts, for views not built yet (built ones keep them themselves)."""
        self._reports_stale = True
        if "tasks" not in self._built and changes.touches("tasks"):
            self.set_overdue_count(self._services.tasks.overdue_count())
        if "cases" not in self._built and changes.touches("cases"):
            self.set_overdue_cases(len(self._services.cases.overdue()))

    def _on_navigate(self, action: QAction) -> None:
        self.show_view(action.data())

    def _on_new_contact(self) -> None:
        self.show_view("contacts")
        self.contacts_view.new_contact()

    def _on_new_company(self) -> None:
        self.show_view("contacts")
        self.contacts_view.new_company()

    def _on_delete(self) -> None:
        name = self.current_view_name()
        if name == "contacts":
            self.contacts_view.delete_selected()
        elif name == "pipeline":
            self.pipeline_view.delete_selected()
        elif name == "tasks":
            self.tasks_view.delete_current()

    def _on_find(self) -> None:
        self.show_view("contacts")
        self.contacts_view.focus_search()

    def _on_contacts_mode(self, mode: int) -> None:
        self.show_view("contacts")
        self.contacts_view.set_mode(mode)

    def _on_settings(self) -> None:
        folder = Path(self._db_label).parent
        saved = SettingsDialog.ask(self, self._services, folder)
        if saved is not None:
            app = QApplication.instance()
            if isinstance(app, QApplication):
                apply_theme(app, saved.theme)
            self.statusBar().showMessage(tr("Settings saved"), 4000)

    def _on_about(self) -> None:
        QMessageBox.about(
            self,
            "About DeskCRM",
            tr(
                "<b>DeskCRM {version}</b><br>A local-first desktop CRM.<br><br>"
                "Data file: {path}<br>"
                "Licence: GNU General Public License, version 3 or later.<br>"
                "Reports embed DejaVu Sans (Bitstream Vera licence)."
            ).format(version=__version__, path=escape_rich(self._db_label)),
        )

    def _on_open_contact(self, contact_id: int) -> None:
        self.show_view("contacts")
        self.contacts_view.open_contact(contact_id)

    def _on_open_deal(self, deal_id: int) -> None:
        DealDialog.ask(self, self._services, deal_id, history=self.history)

    def _on_add_task_for_contact(self, contact_id: int) -> None:
        self.tasks_view.add_task_for_contact(contact_id)
        self.contacts_view.contact_pane.show_contact(contact_id)

    def start_daily_backup(self) -> None:
        """The first start of each day backs up in the background (verified, rotated)."""
        if self._services.settings.load().backups == "off":
            return
        if self.backups is not None and not self.backup_runner.busy:
            backups = self.backups
            self.backup_runner.start(lambda _progress, _cancelled: backups.daily_if_due())

    def _on_backup_done(self, made: object) -> None:
        if made is not None:
            self.statusBar().showMessage(tr("Daily backup made and verified"), 6000)

    def _on_trash(self, kind: str) -> None:
        deletes = {
            "company": self._services.companies.delete,
            "deal": self._services.deals.delete,
            "task": self._services.tasks.delete,
            "case": self._services.cases.delete,
        }
        TrashDialog.ask(
            self, self._services.trash, kind, history=self.history, delete=deletes[kind]
        )

    def ask_import_path(self) -> Path | None:
        """Which file to import (a file dialog; tests replace this)."""
        path, _ = QFileDialog.getOpenFileName(
            self,
            tr("Import contacts"),
            str(Path.home()),
            tr(
                "Contacts (*.csv *.txt *.vcf *.vcard);;CSV files (*.csv *.txt);;"
                "vCards (*.vcf *.vcard);;All files (*)"
            ),
        )
        return Path(path) if path else None

    def import_contacts(self) -> None:
        """File ▸ Import contacts…: preview, map, check, import — then Ctrl+Z undoes it."""
        path = self.ask_import_path()
        if path is None:
            return
        try:
            report = ImportDialog.ask(self, self._services, path)
        except DeskCrmError as exc:  # the file could not even be previewed
            QMessageBox.warning(self, tr("Import contacts"), escape_rich(str(exc)))
            return
        if report is None or report.batch is None:
            return
        importing = self._services.importing
        batch = report.batch
        text = tr("Import {n} contacts").format(n=f"{report.new:,}")
        # Rows merged into existing contacts stay merged; undo trashes the new contacts.
        changes = Changes.of(added_or_removed=["contacts"], whole=["contacts", "tags", "companies"])

        def redo() -> Changes:
            importing.restore_import(batch)
            return changes

        def undo() -> Changes:
            importing.undo_import(batch)
            return changes

        self.history.record(text, changes, redo, undo)
        self.show_view("contacts")
        self._on_status_message(tr("{action} — Ctrl+Z to undo").format(action=text))

    def _on_find_duplicates(self) -> None:
        """Edit ▸ Find duplicates…: each merge made there is one step on the undo stack."""
        duplicates = self._services.duplicates
        actions = DuplicatesDialog.ask(self, duplicates, self._services.contacts)
        merges = [a for a in actions if isinstance(a, MergeRecord)]
        for action in actions:
            if isinstance(action, MergeRecord):
                self._record_merge(action)
            else:
                self._mark_not_duplicates(action)
        if merges:
            self.show_view("contacts")
            self._on_status_message(
                tr("Merged {n} contacts — Ctrl+Z to undo").format(n=len(merges))
            )

    def _record_merge(self, record: MergeRecord) -> None:
        """A merge already made: undo splits the two contacts again, redo merges again."""
        duplicates = self._services.duplicates
        pair = [record.survivor_id, record.merged_id]
        # Everything that hung off the merged contact moved to the survivor.
        changes = Changes.of(
            contacts=pair,
            owners=pair,
            added_or_removed=["contacts"],
            whole=["tags", "tasks", "deals", "cases", "feedback", "interactions", "purchases"],
        )
        records = [record]

        def redo() -> Changes:
            done = records[0]
            records[0] = duplicates.merge(done.survivor_id, done.merged_id, done.data)
            return changes

        def undo() -> Changes:
            duplicates.undo_merge(records[0])
            return changes

        self.history.record(tr("Merge contacts"), changes, redo, undo)

    def _mark_not_duplicates(self, pair: tuple[int, int]) -> None:
        """Find duplicates will not pair these two again; undo lets it."""
        duplicates = self._services.duplicates
        changes = Changes.of(contacts=pair)

        def mark() -> Changes:
            duplicates.mark_not_duplicates(*pair)
            return changes

        def unmark() -> Changes:
            duplicates.unmark_not_duplicates(*pair)
            return changes

        self.history.push(tr("Mark as not duplicates"), mark, unmark)

    def ask_feedback_path(self) -> Path | None:
        """Which survey CSV to import (a file dialog; tests replace this)."""
        path, _ = QFileDialog.getOpenFileName(
            self,
            tr("Import feedback"),
            str(Path.home()),
            tr("CSV files (*.csv *.txt);;All files (*)"),
        )
        return Path(path) if path else None

    def import_feedback(self) -> None:
        """File ▸ Import feedback: survey answers matched to contacts by email."""
        path = self.ask_feedback_path()
        if path is None:
            return
        try:
            result = self._services.feedback.import_csv(path)
        except DeskCrmError as exc:
            QMessageBox.warning(self, tr("Import feedback"), escape_rich(str(exc)))
            return
        text = tr("Added {n} answers from {rows} rows of {file}.").format(
            n=result.added, rows=result.rows, file=path.name
        )
        if result.skipped:
            shown = "\n".join(result.skipped[:20])
            more = len(result.skipped) - 20
            text += "\n\n" + tr("Skipped:") + "\n" + shown
            if more > 0:
                text += "\n" + tr("… and {n} more").format(n=more)
        self.last_feedback_import = result
        box = QMessageBox(QMessageBox.Icon.Information, tr("Import feedback"), text, parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()
        # Not undoable: the import does not say which answers it added.
        self.bus.announce(Changes.of(whole=["feedback"], added_or_removed=["feedback"]))

    def ask_export_path(self, default_name: str) -> Path | None:
        """Where to write an export (a file dialog; tests replace this)."""
        start = str(Path.home() / default_name)
        path, _ = QFileDialog.getSaveFileName(self, tr("Export"), start)
        return Path(path) if path else None

    def export(self, key: str) -> None:
        """File ▸ Export: written in the background, atomically, readable by the user only."""
        from deskcrm.services.import_export import exporting
        from deskcrm.services.tasks.task_export import export_open_tasks

        if self.database is None or self.export_runner.busy:
            return
        target = self.ask_export_path(key)
        if target is None:
            return
        db, tasks, clock = self.database, self._services.tasks, self._services.clock
        jobs = {
            "contacts.csv": lambda: exporting.export_contacts_csv(db, target),
            "contacts.vcf": lambda: exporting.export_contacts_vcard(db, target),
            "deals.csv": lambda: exporting.export_deals_csv(db, target),
            "tasks.ics": lambda: export_open_tasks(tasks, target),
            "everything.json": lambda: sum(
                exporting.export_all_json(db, target, clock=clock).values()
            ),
        }
        job = jobs[key]
        message = tr("Exported {n} records to {path}")
        self.export_runner.start(
            lambda _progress, _cancelled: message.format(n=f"{job():,}", path=target)
        )

    def _on_backups(self) -> None:
        if self.backups is None:
            return
        chosen = BackupsDialog.ask(self, self.backups)
        if chosen is not None:
            self.restore_requested.emit(str(chosen.path))

    def bring_to_front(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def set_overdue_count(self, count: int) -> None:
        """The rail says how many tasks are overdue."""
        action = self.nav_actions.get("tasks")
        if action is not None:
            action.setText(tr("Tasks ({count})").format(count=count) if count else tr("Tasks"))
            overdue = tr("{n} overdue tasks").format(n=count) if count else tr("No overdue tasks")
            action.setToolTip(f"{overdue}\n{tr(OVERDUE_MEANING)}")

    def set_overdue_cases(self, count: int) -> None:
        """The rail says how many cases wait too long for a reply."""
        action = self.nav_actions.get("cases")
        if action is not None:
            action.setText(tr("Cases ({count})").format(count=count) if count else tr("Cases"))
            action.setToolTip(
                tr("{n} cases waiting too long for a reply").format(n=count)
                if count
                else tr("Support cases")
            )

    def _on_status_message(self, message: str) -> None:
        self.statusBar().showMessage(message, 6000)
