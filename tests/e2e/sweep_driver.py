"""Every view and dialog of the real app, on a real X screen: checked and photographed.

Run by tests/e2e/test_every_screen_sweep.py as a process of its own, on an Xvfb server
whose screen is the size under test, with a fresh HOME:

    QT_QPA_PLATFORM=xcb DISPLAY=:N HOME=/tmp/h python tests/e2e/sweep_driver.py \\
        --theme dark --out SHOTS_FOLDER --report report.json

It makes the demo database with the app's own code (deskcrm.app.make_demo, as File ▸ Open ▸
Demo Database does), saves the theme through the settings service, and starts the app the
way the `deskcrm` command does (deskcrm.cli.main → app.run_gui → GuiSession → build_main_window).
Once the main window is up, a QTimer-driven sequence fits it to the screen, shows every view
and opens every dialog (non-modal show(), the main window as parent; the About box and the
server password prompt only exist as modal calls and are closed by a timer), and for each:
checks that no button or one-line label is smaller than its text needs (`clipped`, the rule
of tests/ui/dialogs/test_dialogs_unclipped.py), that a dialog fits the screen's available
area, and saves a PNG grabbed from the X server (QScreen.grabWindow). Every Qt message of
warning level or worse is collected. Then the window is closed as a user would close it.

The report (JSON) lists what was shot and what was found; the driver exits 0 whatever it
found, and the test judges the report. An exception is recorded, never raised out; two
watchdogs (a QTimer, and a thread in case the GUI thread is stuck) write the report and end
the process if the sequence does not finish in time.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMessageLogContext, QRect, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLabel,
    QTabWidget,
    QWidget,
)

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))  # for tests.ui…: the one `clipped` rule

# Qt messages of warning level or worse that are not about DeskCRM, each with the reason it
# is not: (regular expression on "category: message", why). Empty: on this Xvfb the xcb
# plugin says nothing at warning level (no window manager, tray or D-Bus made no message in
# any of the six runs), so every warning fails the test.
PLATFORM_NOISE: dict[str, str] = {}
MESSAGE_TYPES = {
    QtMsgType.QtWarningMsg: "warning",
    QtMsgType.QtCriticalMsg: "critical",
    QtMsgType.QtFatalMsg: "fatal",
}

# Import file for the import dialog: a few people as a spreadsheet exports them, one with a
# number that needs checking and one with nothing to import, so the report has lists.
IMPORT_CSV = (
    "First Name,Last Name,E-mail Address,Mobile Phone,Company,Job Title,Notes,Birthday\n"
    "Anna,Schmidt,anna.schmidt@example.com,+49 151 23456789,Schmidt GmbH,Owner,"
    "Met at the fair,1984-03-02\n"
    "Bruno,Keller,bruno@example.ch,079 123 45 67,,Buyer,,\n"
    "Chloé,Martin,chloe.martin@example.fr,12,Atelier Martin,,Asked for a quote,not a date\n"
    ",,,,,,,\n"
)


@dataclass
class Report:
    path: Path
    theme: str
    data: dict[str, Any] = field(default_factory=dict)
    during: str = "start-up"
    lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        self.data.update(
            theme=self.theme,
            platform="",
            screen={},
            views={},
            dialogs={},
            clipped=[],
            off_screen=[],
            qt_warnings=[],
            ignored_qt_messages=[],
            exceptions=[],
            notes=[],
            timeouts=[],
            examined={},
            completed=False,
            app_exit_code=None,
            seconds=None,
        )

    def add(self, key: str, entry: Any) -> None:
        with self.lock:
            self.data[key].append(entry)

    def exception(self, during: str) -> None:
        self.add("exceptions", {"during": during, "traceback": traceback.format_exc()})
        sys.stderr.write(f"sweep: exception during {during}:\n{traceback.format_exc()}")

    def write(self) -> None:
        with self.lock:
            text = json.dumps(self.data, indent=2, default=str)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(self.path)


# --- waiting without blocking: a generator yields what to wait for, a QTimer steps it ------


@dataclass
class Until:
    """Wait until `ready()` is true (checked every 20 ms), at most `timeout_ms`."""

    ready: Callable[[], bool]
    timeout_ms: int
    what: str


Step = int | Until
Sequence = Iterator[Step]


class Runner:
    """Steps a generator from the event loop: `yield 100` waits 100 ms, `yield Until(…)`
    waits for a condition. `done(True)` is called when it has run to its end, `done(False)`
    when it raised (the exception is in the report)."""

    def __init__(self, steps: Sequence, report: Report, done: Callable[[bool], None]) -> None:
        self._steps = steps
        self._report = report
        self._done = done
        self._deadline = 0.0
        self._until: Until | None = None

    def start(self) -> None:
        QTimer.singleShot(0, self._next)

    def _next(self) -> None:
        try:
            step = next(self._steps)
        except StopIteration:
            self._done(True)
            return
        except Exception:
            self._report.exception(self._report.during)
            self._done(False)
            return
        if isinstance(step, Until):
            self._until = step
            self._deadline = time.monotonic() + step.timeout_ms / 1000
            QTimer.singleShot(0, self._poll)
        else:
            QTimer.singleShot(step, self._next)

    def _poll(self) -> None:
        until = self._until
        assert until is not None
        try:
            ready = until.ready()
        except Exception:
            self._report.exception(f"{self._report.during}: waiting for {until.what}")
            ready = True
        if ready:
            QTimer.singleShot(0, self._next)
        elif time.monotonic() > self._deadline:
            self._report.add(
                "timeouts",
                f"{self._report.during}: gave up waiting for {until.what} after"
                f" {until.timeout_ms} ms",
            )
            QTimer.singleShot(0, self._next)
        else:
            QTimer.singleShot(20, self._poll)


# --- the sweep -------------------------------------------------------------------------


def slug(text: str) -> str:
    """A tab's title as part of a file name: "Deals (3)" → "deals"."""
    text = re.sub(r"\(\d[\d,]*\)", "", text.replace("&", ""))
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")


def exposed(widget: QWidget) -> bool:
    handle = widget.windowHandle()
    return widget.isVisible() and handle is not None and handle.isExposed()


def rect(r: QRect) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


class Sweep:
    def __init__(self, report: Report, out: Path, size: str) -> None:
        from tests.ui.dialogs.test_dialogs_unclipped import clipped

        self.report = report
        self.out = out
        self.size = size  # "1024x640", for the file names
        self.clipped = clipped
        self.window: Any = None  # the MainWindow, once it is up
        self._tries = 0
        self._runners: list[Runner] = []

    # -- start and end ----------------------------------------------------------------
    def start(self) -> None:
        """Wait for the app's main window (run_gui shows it before its event loop)."""
        try:
            self._start()
        except Exception:
            self.report.exception(self.report.during)
            self.quit()

    def _start(self) -> None:
        from deskcrm.ui.mainwindow import MainWindow

        found = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        if not found:
            self._tries += 1
            if self._tries > 600:
                self.report.add("exceptions", {"during": "start-up", "traceback": "no window"})
                self.quit()
                return
            QTimer.singleShot(50, self.start)
            return
        self.window = found[0]
        self.run(self.sequence(), self.finish)

    def run(self, steps: Sequence, done: Callable[[bool], None]) -> None:
        runner = Runner(steps, self.report, done)
        self._runners.append(runner)  # kept: a QTimer does not keep its slot's object
        runner.start()

    def finish(self, completed: bool) -> None:
        self.report.data["completed"] = completed
        self.report.during = "closing the window"
        self.quit()

    def quit(self) -> None:
        """Close every window the way a user does: the app's own shutdown runs."""
        try:
            for widget in QApplication.topLevelWidgets():
                if isinstance(widget, QDialog) and widget.isVisible():
                    widget.reject()
            if self.window is not None:
                self.window.close()
        except Exception:
            self.report.exception("closing the window")
        app = QApplication.instance()
        if app is not None:
            QTimer.singleShot(2000, app.quit)  # in case a window refuses to close

    # -- the sequence -------------------------------------------------------------------
    def sequence(self) -> Sequence:
        window = self.window
        screen = QGuiApplication.primaryScreen()  # never widget.screen() (see screen_fit)
        available = screen.availableGeometry()
        self.report.data["screen"] = {
            "geometry": rect(screen.geometry()),
            "available": rect(available),
            "logical_dpi": screen.logicalDotsPerInch(),
            "device_pixel_ratio": screen.devicePixelRatio(),
        }
        self.report.data["platform"] = QGuiApplication.platformName()
        self.report.during = "fitting the main window to the screen"
        # Maximised, as on a small laptop. A bare Xvfb has no window manager to act on the
        # maximised state, so the window is also given the screen's area itself.
        window.showMaximized()
        yield Until(lambda: exposed(window), 10_000, "the main window to be exposed")
        if window.geometry() != available:
            window.setGeometry(available)
        yield 200
        minimum = window.minimumSizeHint().expandedTo(window.minimumSize())
        if not available.contains(window.frameGeometry()):
            self.report.add(
                "off_screen",
                {
                    "where": "main window",
                    "reason": "larger than the screen's available area when maximised",
                    "geometry": rect(window.frameGeometry()),
                    "minimum_size": [minimum.width(), minimum.height()],
                    "available": rect(available),
                },
            )
        ids = self._pick_records()
        yield from self.views(ids)
        yield from self.dialogs(ids)

    def _pick_records(self) -> dict[str, Any]:
        """Records of the demo to open: a customer with a case and deals, their company…"""
        from deskcrm.db.contact_queries import ContactFilter

        s = self.window.services
        ids: dict[str, Any] = {"pipeline": s.pipeline.pipelines()[0].id}
        cases = s.cases.cases()
        contact = cases[0].contact_id if cases else s.contacts.list_ids(ContactFilter())[0]
        for case in cases[:100]:
            if s.deals.for_contact(case.contact_id):
                contact = case.contact_id
                break
        ids["contact"] = contact
        ids["case"] = next((c.id for c in cases if c.contact_id == contact), None)
        ids["deal"] = next(iter(d.id for d in s.deals.for_contact(contact)), None)
        ids["company"] = s.companies.list_ids()[0]
        ids["task"] = next((i for group in s.tasks.grouped().values() for i in group), None)
        segments = s.segments.all()
        ids["segment"] = segments[0].id if segments else None
        self.report.data["records"] = ids
        return ids

    def settle(self, widget: QWidget) -> Sequence:
        """Shown on the X server, background work done, layouts and paints flushed."""
        window = self.window
        yield Until(lambda: exposed(widget), 10_000, "the window to be exposed")
        yield Until(lambda: window.tasks.running == 0, 30_000, "background work")
        yield 150
        QApplication.processEvents()

    def shoot(self, widget: QWidget, name: str) -> str:
        file_name = name.replace(" ", "-")
        target = self.out / f"{file_name}-{self.size}-{self.report.theme}.png"
        pixmap = QGuiApplication.primaryScreen().grabWindow(widget.winId())
        if pixmap.isNull():  # not on the X server: Qt's own rendering of it
            self.report.add("notes", f"{name}: grabWindow gave nothing; widget.grab() used")
            pixmap = widget.grab()
        if not pixmap.save(str(target), "PNG"):
            raise OSError(f"could not write {target}")
        return str(target)

    def check_clipped(self, widget: QWidget, where: str) -> None:
        for finding in self.clipped(widget):
            self.report.add("clipped", {"where": where, "widget": finding})
        # How many widgets the rule looked at: a check that sees nothing proves nothing.
        self.report.data["examined"][where] = sum(
            1
            for child in widget.findChildren(QWidget)
            if child.isVisibleTo(widget)
            and (
                isinstance(child, QAbstractButton)
                or (isinstance(child, QLabel) and not child.wordWrap() and child.text())
            )
        )

    def check_fits(self, dialog: QWidget, where: str) -> None:
        """Inside the screen's available area, and with room left for a title bar: the
        app's own allowance (screen_fit.TITLE_BAR), which fit_to_screen keeps free. A bare
        Xvfb has no window manager to draw one; a desktop does."""
        from deskcrm.ui.widgets.screen_fit import TITLE_BAR

        available = QGuiApplication.primaryScreen().availableGeometry()
        frame = dialog.frameGeometry()
        reason = ""
        if not available.contains(frame):
            reason = "outside the screen's available area"
        elif frame.height() + TITLE_BAR > available.height():
            reason = f"no room for a {TITLE_BAR}-pixel title bar (screen_fit.TITLE_BAR)"
        if reason:
            minimum = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
            self.report.add(
                "off_screen",
                {
                    "where": where,
                    "reason": reason,
                    "geometry": rect(frame),
                    "minimum_size": [minimum.width(), minimum.height()],
                    "available": rect(available),
                },
            )

    # -- views --------------------------------------------------------------------------
    def view(
        self, name: str, show: Callable[[], object], tabs: QTabWidget | None = None
    ) -> Sequence:
        """Show a view; check and shoot it (and each tab of `tabs`, as name-tab)."""
        self.report.during = f"view {name}"
        try:
            show()
        except Exception:
            self.report.exception(self.report.during)
            return
        yield from self.settle(self.window)
        pages = range(tabs.count()) if tabs is not None else range(1)
        for index in pages:
            shot = name
            if tabs is not None:
                tabs.setCurrentIndex(index)
                if index:
                    shot = f"{name}-{slug(tabs.tabText(index))}"
                    yield 100
            self.report.during = f"view {shot}"
            try:
                self.check_clipped(self.window, f"view {shot}")
                self.report.data["views"][shot] = self.shoot(self.window, shot)
            except Exception:
                self.report.exception(self.report.during)
        if tabs is not None:
            tabs.setCurrentIndex(0)

    def views(self, ids: dict[str, Any]) -> Sequence:
        w = self.window
        contacts = w.contacts_view
        yield from self.view("contacts", lambda: (w.show_view("contacts"), contacts.set_mode(0)))
        yield from self.view(
            "contact",
            lambda: w.open_found(_found("contact", ids["contact"])),
            contacts.contact_pane.tabs,
        )
        yield from self.view("companies", lambda: contacts.set_mode(1))
        yield from self.view(
            "company",
            lambda: w.open_found(_found("company", ids["company"])),
            contacts.company_pane.tabs,
        )
        yield from self.view("trash", lambda: contacts.set_mode(2))
        yield from self.view("pipeline", lambda: w.show_view("pipeline"))
        yield from self.view("tasks", lambda: w.show_view("tasks"))
        yield from self.view("reports", lambda: w.show_view("reports"))
        combo = w.reports_view.report_combo
        for index in range(1, combo.count()):
            key = str(combo.itemData(index))
            yield from self.view(f"reports-{key}", partial(combo.setCurrentIndex, index))
        yield from self.view("cases", lambda: w.show_view("cases"))
        if ids["case"] is not None:
            yield from self.view("case", lambda: w.open_case(ids["case"]))
        w.show_view("contacts")
        contacts.set_mode(0)

    # -- dialogs ------------------------------------------------------------------------
    def dialog(self, name: str, make: Callable[[], QWidget]) -> Sequence:
        """Build a dialog, show it (not modal), check and shoot it, close it."""
        self.report.during = f"dialog {name}"
        try:
            dialog = make()
            dialog.show()
        except Exception:
            self.report.exception(self.report.during)
            return
        try:
            yield from self.settle(dialog)
            yield from self.inspect(name, dialog)
            if name == "import":
                # Checked: the outcome and the lists of what was not read as written.
                dialog.check_button.click()  # type: ignore[attr-defined]
                yield from self.settle(dialog)
                yield from self.inspect("import-checked", dialog)
        finally:
            dialog.close()
            dialog.deleteLater()
        yield 50

    def inspect(self, name: str, dialog: QWidget) -> Sequence:
        self.report.during = f"dialog {name}"
        try:
            self.check_fits(dialog, f"dialog {name}")
            self.check_clipped(dialog, f"dialog {name}")
            self.report.data["dialogs"][name] = self.shoot(dialog, f"dialog-{name}")
        except Exception:
            self.report.exception(self.report.during)
        yield 0

    def modal(self, name: str, run: Callable[[], object]) -> Sequence:
        """A dialog that only exists as a blocking call (QMessageBox.about, QInputDialog):
        a second runner checks and shoots it from inside its exec(), then closes it."""
        self.report.during = f"dialog {name}"
        found: list[QWidget] = []

        def handle() -> Sequence:
            yield Until(lambda: QApplication.activeModalWidget() is not None, 10_000, name)
            modal = QApplication.activeModalWidget()
            if modal is None:
                self.report.add("timeouts", f"dialog {name}: no modal dialog appeared")
                return
            found.append(modal)
            yield from self.settle(modal)
            yield from self.inspect(name, modal)
            if isinstance(modal, QDialog):
                modal.reject()
            else:
                modal.close()

        def stop_if_stuck(_completed: bool) -> None:
            # Should the handler fail, the blocking call still returns.
            if found and found[0].isVisible():
                found[0].close()

        self.run(handle(), stop_if_stuck)
        try:
            run()
        except Exception:
            self.report.exception(self.report.during)
        yield 50

    def dialogs(self, ids: dict[str, Any]) -> Sequence:
        from deskcrm import config
        from deskcrm.app import ask_server_password
        from deskcrm.domain.periods import preset_period
        from deskcrm.ui.dialogs.about_dialog import show_about
        from deskcrm.ui.dialogs.backups_dialog import BackupsDialog
        from deskcrm.ui.dialogs.bulk_dialogs import ChoiceDialog, EmailDialog, FollowUpDialog
        from deskcrm.ui.dialogs.case_dialog import CaseDialog
        from deskcrm.ui.dialogs.closed_deals_dialog import ClosedDealsDialog
        from deskcrm.ui.dialogs.command_palette import CommandPalette
        from deskcrm.ui.dialogs.company_dialog import CompanyDialog
        from deskcrm.ui.dialogs.contact_dialog import ContactDialog
        from deskcrm.ui.dialogs.deal_dialog import DealDialog
        from deskcrm.ui.dialogs.duplicates_dialog import DuplicatesDialog
        from deskcrm.ui.dialogs.edit_conflict_dialog import EditConflictDialog
        from deskcrm.ui.dialogs.feedback_dialog import FeedbackDialog
        from deskcrm.ui.dialogs.import_dialog import ImportDialog
        from deskcrm.ui.dialogs.interaction_dialog import InteractionDialog
        from deskcrm.ui.dialogs.lost_reason_dialog import LostReasonDialog
        from deskcrm.ui.dialogs.pdf_preview_dialog import PdfPreviewDialog
        from deskcrm.ui.dialogs.purchase_dialog import PurchaseDialog
        from deskcrm.ui.dialogs.segment_dialog import SegmentDialog
        from deskcrm.ui.dialogs.server_dialog import ServerDialog
        from deskcrm.ui.dialogs.settings_dialog import SettingsDialog
        from deskcrm.ui.dialogs.shortcuts_dialog import ShortcutsDialog
        from deskcrm.ui.dialogs.stages_dialog import StagesDialog
        from deskcrm.ui.dialogs.task_dialog import TaskDialog
        from deskcrm.ui.dialogs.trash_dialog import TrashDialog
        from deskcrm.ui.dialogs.welcome_dialog import WelcomeDialog

        w = self.window
        s, tasks, history = w.services, w.tasks, w.history
        contact, pipeline = ids["contact"], ids["pipeline"]
        now = s.tasks.now()
        csv = Path.home() / "contacts-export.csv"
        csv.write_text(IMPORT_CSV, encoding="utf-8")
        name = s.contacts.get(contact).data
        shown_name = " ".join(p for p in (name.first_name, name.last_name) if p)
        tags = [(t.name, t.name) for t in s.tags.all_with_counts()]

        def pdf_preview() -> QWidget:
            period = preset_period("last12", now.date())
            pdf = s.reports.pdf("pipeline", period)
            return PdfPreviewDialog(pdf, "Pipeline", w)

        made: dict[str, Callable[[], QWidget]] = {
            # The dialogs of tests/ui/dialogs/test_dialog_focus.py's DIALOGS, same names.
            "new contact": lambda: ContactDialog(s, None, w, history=history),
            "edit contact": lambda: ContactDialog(s, contact, w, history=history),
            "new company": lambda: CompanyDialog(s, None, w, history=history),
            "new deal": lambda: DealDialog(s, pipeline_id=pipeline, parent=w, history=history),
            "edit deal": lambda: DealDialog(s, ids["deal"], parent=w, history=history),
            "new task": lambda: TaskDialog(s, parent=w, history=history),
            "edit task": lambda: TaskDialog(s, ids["task"], parent=w, history=history),
            "new case": lambda: CaseDialog(s, contact, w, history=history),
            "log a call": lambda: InteractionDialog(s, contact, "call", now, w, history=history),
            "record purchase": lambda: PurchaseDialog(s, contact, w, history=history),
            "record feedback": lambda: FeedbackDialog(s, contact, now, w, history=history),
            "settings": lambda: SettingsDialog(s, w, config.demo_db_path().parent),
            "pipeline stages": lambda: StagesDialog(s, pipeline, w),
            "lost reason": lambda: LostReasonDialog(s.pipeline.lost_reasons(), "Website", w),
            "bulk choice": lambda: ChoiceDialog(
                "Add a tag", "Tag", tags, 120, editable=True, parent=w
            ),
            "bulk follow-up": lambda: FollowUpDialog(120, now, w),
            "bulk email": lambda: EmailDialog(97, 23, w),
            # And the rest of the app's dialogs.
            "edit company": lambda: CompanyDialog(s, ids["company"], w, history=history),
            "shortcuts": lambda: ShortcutsDialog(w.shortcuts(), w),
            "command palette": lambda: CommandPalette(s, w.palette_commands(), w),
            "welcome": lambda: WelcomeDialog(w),
            "backups": lambda: BackupsDialog(w.backups, w),
            "import": lambda: ImportDialog(s, tasks, csv, w),
            "duplicates": lambda: DuplicatesDialog(s.duplicates, s.contacts, tasks, w),
            "closed deals": lambda: ClosedDealsDialog(s, pipeline, w),
            "new segment": lambda: SegmentDialog(s, tasks, None, w),
            "edit segment": lambda: SegmentDialog(s, tasks, ids["segment"], w),
            "server": lambda: ServerDialog(w),
            "pdf preview": pdf_preview,
            "edit conflict": lambda: EditConflictDialog(
                shown_name,
                [
                    ("Email", "anna.old@example.com", "anna.schmidt@example.com"),
                    ("Phone", "+49 30 1234567", "+49 151 23456789"),
                    (
                        "Notes",
                        "Prefers calls in the morning; ask about the spring order.",
                        "Prefers email. Spring order confirmed, delivery in May to the new"
                        " warehouse in Potsdam.",
                    ),
                ],
                w,
            ),
        }
        for kind in w.storage.trash_actions:
            made[f"trash {kind}"] = partial(TrashDialog, s.trash, kind, w, history=history)
        for dialog_name, make in made.items():
            yield from self.dialog(dialog_name, make)
        yield from self.modal(
            "about", lambda: show_about(w, config.shown_location(config.demo_db_path()))
        )
        yield from self.modal(
            "server password",
            lambda: ask_server_password("postgresql://anna@crm.example.com:5432/deskcrm"),
        )


def _found(kind: str, record_id: int) -> Any:
    """What the command palette hands the window for a record it found."""
    from deskcrm.services.quick_find import Found

    return Found(kind, record_id, "", "")


# --- the process ----------------------------------------------------------------------


def install_message_handler(report: Report) -> None:
    def on_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        category = context.category or ""
        sys.stderr.write(f"qt[{category}] {message}\n")
        if kind not in MESSAGE_TYPES:
            return
        text = f"{category}: {message}" if category and category != "default" else message
        entry = {
            "type": MESSAGE_TYPES[kind],
            "category": category,
            "message": message,
            "during": report.during,
        }
        reason = next(
            (why for pattern, why in PLATFORM_NOISE.items() if re.search(pattern, text)), None
        )
        if reason is not None:
            report.add("ignored_qt_messages", {**entry, "why": reason})
        else:
            report.add("qt_warnings", entry)
        if kind == QtMsgType.QtFatalMsg:
            report.write()  # Qt aborts after this

    qInstallMessageHandler(on_message)


def set_theme(db_path: Path, theme: str) -> None:
    """The theme the user picked in Settings, saved through the settings service."""
    from deskcrm.bootstrap import open_services

    with open_services(db_path) as opened:
        settings = opened.services.settings
        settings.save(replace(settings.load(), theme=theme))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--theme", required=True, choices=["light", "dark"])
    parser.add_argument("--out", type=Path, required=True, help="folder for the PNGs")
    parser.add_argument("--report", type=Path, required=True, help="the JSON report to write")
    parser.add_argument("--timeout", type=float, default=150, help="seconds before giving up")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    report = Report(args.report, args.theme)
    started = time.monotonic()

    def give_up(how: str) -> None:
        report.add(
            "exceptions",
            {
                "during": f"watchdog ({how})",
                "traceback": f"the sweep did not finish within {args.timeout:.0f} s;"
                f" it was at: {report.during}",
            },
        )
        report.data["seconds"] = round(time.monotonic() - started, 1)
        report.write()
        os._exit(0)

    # A stuck GUI thread cannot run a QTimer: a plain thread ends the process then.
    hard = threading.Timer(args.timeout + 20, give_up, args=("thread",))
    hard.daemon = True
    hard.start()
    try:
        from deskcrm import cli
        from deskcrm.app import make_demo

        report.during = "making the demo database"
        demo = make_demo()  # in $HOME's data folder, as File ▸ Open ▸ Demo Database makes it
        set_theme(demo, args.theme)
        install_message_handler(report)
        report.during = "starting the app"
        # The QApplication run_gui would make, made first so the sequence can be queued.
        app = QApplication([str(Path(sys.executable).parent / "deskcrm")])
        size = QGuiApplication.primaryScreen().size()
        sweep = Sweep(report, args.out, f"{size.width()}x{size.height()}")
        QTimer.singleShot(0, sweep.start)
        QTimer.singleShot(int(args.timeout * 1000), lambda: give_up("timer"))
        code = cli.main(["--db", str(demo)])  # what the `deskcrm` command runs
        report.data["app_exit_code"] = code
        del app
    except Exception:
        report.exception(report.during)
    hard.cancel()
    report.data["seconds"] = round(time.monotonic() - started, 1)
    report.write()
    return 0


if __name__ == "__main__":
    sys.exit(main())
