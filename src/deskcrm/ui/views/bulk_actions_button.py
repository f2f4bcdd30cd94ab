"""The contact list's "Bulk actions" menu: tag, untag, lifecycle, follow-up tasks, export
and email for the selected contacts, or for the whole list (a segment) when one or none is
selected. Each change is one step on the undo stack."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QUndoStack
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QToolButton, QWidget

from deskcrm.domain.enums import Lifecycle
from deskcrm.services.contacts.bulk_actions import BulkChange, EmailBatch
from deskcrm.ui.dialogs.bulk_dialogs import ChoiceDialog, EmailDialog, FollowUpDialog
from deskcrm.ui.i18n import tr
from deskcrm.ui.services import Services
from deskcrm.ui.taskmanager import TaskManager
from deskcrm.ui.undo import BulkCommand

R = TypeVar("R")  # what a job run off the GUI thread hands back to its `done`


class BulkActionsButton(QToolButton):
    """Signals:
    status_message(str): what was done, for the status bar.
    """

    status_message = Signal(str)
    TASK_KEY = "bulk_action"  # one bulk change at a time: each is one undo step

    def __init__(
        self,
        services: Services,
        undo_stack: QUndoStack,
        targets: Callable[[], list[int]],
        on_change: Callable[[], None],
        tasks: TaskManager,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._tasks = tasks
        self._undo_stack = undo_stack
        self._targets = targets
        self._on_change = on_change
        # Replaced in tests: opening the mail app, asking where to save.
        self.open_url: Callable[[str], bool] = lambda url: QDesktopServices.openUrl(QUrl(url))
        self.ask_save_path: Callable[[str], Path | None] = self._ask_save_path
        self.setText(tr("Bulk actions"))
        self.setObjectName("bulk_actions")
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_ = QMenu(self)
        self.target_label = self.menu_.addAction("")  # says what the actions will work on
        self.target_label.setEnabled(False)
        self.menu_.addSeparator()
        self.actions_ = {
            "add_tag": self.menu_.addAction(tr("Add tag…")),
            "remove_tag": self.menu_.addAction(tr("Remove tag…")),
            "lifecycle": self.menu_.addAction(tr("Change lifecycle…")),
            "follow_up": self.menu_.addAction(tr("Create follow-up task for each…")),
            "email": self.menu_.addAction(tr("Email…")),
        }
        self.menu_.addSeparator()
        self.actions_["csv"] = self.menu_.addAction(tr("Export as CSV…"))
        self.actions_["vcf"] = self.menu_.addAction(tr("Export as vCard…"))
        self.setMenu(self.menu_)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.menu_.aboutToShow.connect(self._on_menu_shown)
        handlers = {
            "add_tag": self.add_tag,
            "remove_tag": self.remove_tag,
            "lifecycle": self.change_lifecycle,
            "follow_up": self.create_follow_ups,
            "email": self.email,
            "csv": lambda: self.export("csv"),
            "vcf": lambda: self.export("vcf"),
        }
        for key, action in self.actions_.items():
            action.triggered.connect(handlers[key])

    def _on_menu_shown(self) -> None:
        count = len(self._targets())
        self.target_label.setText(
            tr("For 1 contact") if count == 1 else tr("For {n} contacts").format(n=f"{count:,}")
        )
        for action in self.actions_.values():
            action.setEnabled(count > 0)

    def _push(self, text: str, change: BulkChange) -> None:
        self._undo_stack.push(
            BulkCommand(
                text,
                change,
                self._services.bulk,
                lambda _changes: self._on_change(),
                # Undo and redo run in the worker too, with the button disabled meanwhile.
                lambda op, done: self._run(tr("Working…"), op, done),
            )
        )
        self.status_message.emit(tr("{action} — Ctrl+Z to undo").format(action=text))

    def _tag_choices(self) -> list[tuple[str, str]]:
        return [(t.name, t.name) for t in self._services.tags.all_with_counts()]

    # -- running a change off the GUI thread ----------------------------------------
    def _run(self, working: str, job: Callable[[], R], done: Callable[[R], None]) -> None:
        """The change runs in a worker (100,000 contacts take a second or two); the undo
        step is pushed when it is done. One bulk action at a time."""

        def finished(result: R) -> None:
            self.setEnabled(True)
            done(result)

        def failed(message: str) -> None:
            self.setEnabled(True)
            self.status_message.emit(message)

        if self._tasks.run(
            lambda _context: job(), finished, on_error=failed, key=self.TASK_KEY, owner=self
        ):
            self.setEnabled(False)
            self.status_message.emit(working)

    @property
    def busy(self) -> bool:
        """True while a bulk change or export runs."""
        return self._tasks.busy(self.TASK_KEY)

    def _change(
        self, working: str, job: Callable[[], BulkChange], text: Callable[[BulkChange], str]
    ) -> None:
        def done(change: BulkChange) -> None:
            self._push(text(change), change)

        self._run(working, job, done)

    # -- the actions ----------------------------------------------------------------
    def add_tag(self) -> None:
        ids = self._targets()
        tag = ChoiceDialog.ask(
            self, tr("Add a tag"), tr("Tag"), self._tag_choices(), len(ids), editable=True
        )
        if tag:
            bulk = self._services.bulk
            self._change(
                tr("Tagging %n contact(s)…", "", len(ids)),
                lambda: bulk.add_tag(ids, tag),
                lambda c: tr("Tagged %n contact(s) “{tag}”", "", c.count).format(tag=tag),
            )

    def remove_tag(self) -> None:
        ids = self._targets()
        tag = ChoiceDialog.ask(self, tr("Remove a tag"), tr("Tag"), self._tag_choices(), len(ids))
        if tag:
            bulk = self._services.bulk
            self._change(
                tr("Removing the tag from %n contact(s)…", "", len(ids)),
                lambda: bulk.remove_tag(ids, tag),
                lambda c: tr("Removed “{tag}” from %n contact(s)", "", c.count).format(tag=tag),
            )

    def change_lifecycle(self) -> None:
        ids = self._targets()
        stages = [(tr(stage.label), stage.value) for stage in Lifecycle]
        stage = ChoiceDialog.ask(self, tr("Change lifecycle"), tr("Lifecycle"), stages, len(ids))
        if stage:
            bulk, label = self._services.bulk, tr(Lifecycle(stage).label)
            self._change(
                tr("Moving %n contact(s) to {stage}…", "", len(ids)).format(stage=label),
                lambda: bulk.set_lifecycle(ids, stage),
                lambda c: tr("Moved %n contact(s) to {stage}", "", c.count).format(stage=label),
            )

    def create_follow_ups(self) -> None:
        ids = self._targets()
        answer = FollowUpDialog.ask(self, len(ids), self._services.tasks.now())
        if answer:
            title, due = answer
            bulk = self._services.bulk
            self._change(
                tr("Creating %n task(s)…", "", len(ids)),
                lambda: bulk.create_follow_ups(ids, title, due),
                lambda c: tr("Created %n follow-up task(s)", "", c.count),
            )

    def email(self) -> None:
        plan = self._services.bulk.email_plan(self._targets())
        if not plan.with_email:
            self.status_message.emit(tr("None of these contacts has an email address"))
            return
        answer = EmailDialog.ask(self, len(plan.with_email), len(plan.without_email))
        if answer is None:
            return
        subject, summary = answer
        batches = plan.batches_for(subject)
        # An email is logged only where the mail application took the message: openUrl
        # returns False when no mail application could be opened.
        opened: list[EmailBatch] = []
        failed: list[EmailBatch] = []
        for batch in batches:
            (opened if bool(self.open_url(batch.link)) else failed).append(batch)
        sent_to = [cid for batch in opened for cid in batch.contact_ids]
        if sent_to:
            bulk = self._services.bulk
            self._change(
                tr("Logging the email on %n contact(s)…", "", len(sent_to)),
                lambda: bulk.log_email(sent_to, summary),
                lambda c: (
                    tr("Opened %n message(s)", "", len(opened))
                    + " "
                    + tr("to %n contact(s) and logged the email", "", c.count)
                ),
            )
        if failed:
            self._warn_not_opened(len(batches), failed)

    def _warn_not_opened(self, messages: int, failed: list[EmailBatch]) -> None:
        contacts = sum(len(batch.contact_ids) for batch in failed)
        if len(failed) == messages:
            text = tr(
                "Your mail application could not be opened, so no message was written and"
                " no email was logged on the {n} contacts."
            ).format(n=f"{contacts:,}")
        else:
            text = tr(
                "{failed} of {m} messages could not be opened in your mail application."
                " Nothing was logged on their {n} contacts; the email is logged only on"
                " the contacts of the messages that opened."
            ).format(failed=len(failed), m=messages, n=f"{contacts:,}")
        self.status_message.emit(text)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            tr("Email not opened"),
            text,
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(
            tr("Check that a default mail application is set in your system's settings.")
        )
        box.exec()

    def export(self, kind: str) -> None:
        ids = self._targets()
        target = self.ask_save_path(f"contacts.{kind}")
        if target is None:
            return
        if target.suffix.lower() not in (".csv", ".vcf"):
            target = target.with_name(f"{target.name}.{kind}")
        bulk = self._services.bulk

        def done(count: object) -> None:
            self.status_message.emit(
                tr(
                    "Exported %n contact(s) to {path}", "", count if isinstance(count, int) else 0
                ).format(path=target)
            )

        self._run(
            tr("Exporting %n contact(s)…", "", len(ids)),
            lambda: bulk.export(ids, target),
            done,
        )

    def _ask_save_path(self, default_name: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self, tr("Export"), str(Path.home() / default_name))
        return Path(path) if path else None
