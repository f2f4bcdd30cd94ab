"""Edit ▸ Find duplicates: the review dialog, and each merge or "not duplicates" made there
as one step on the undo stack."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from deskcrm.services.contacts.duplicates import MergeRecord
from deskcrm.ui.bus import Changes
from deskcrm.ui.i18n import tr
from deskcrm.ui.services import Services
from deskcrm.ui.taskmanager import TaskManager
from deskcrm.ui.undo import History


class DuplicatesController(QObject):
    """Signals:
    status_message(str, int): what happened, and for how many milliseconds to say it.
    view_requested(str): the view to bring forward (the contacts, after merges).
    """

    status_message = Signal(str, int)
    view_requested = Signal(str)

    def __init__(
        self, window: QWidget, services: Services, history: History, tasks: TaskManager
    ) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._history = history
        self._tasks = tasks

    def find_duplicates(self) -> None:
        """Edit ▸ Find duplicates…: each merge made there is one step on the undo stack."""
        duplicates = self._services.duplicates
        from deskcrm.ui.dialogs.duplicates_dialog import DuplicatesDialog  # on first use

        actions = DuplicatesDialog.ask(
            self._window, duplicates, self._services.contacts, self._tasks
        )
        merges = [a for a in actions if isinstance(a, MergeRecord)]
        for action in actions:
            if isinstance(action, MergeRecord):
                self._record_merge(action)
            else:
                self._mark_not_duplicates(action)
        if merges:
            self.view_requested.emit("contacts")
            self.status_message.emit(
                tr("Merged %n contact(s) — Ctrl+Z to undo", "", len(merges)), 6000
            )

    def _record_merge(self, record: MergeRecord) -> None:
        """A merge already made: undo splits the two contacts again, redo merges again.
        Each step announces what the service says it wrote (the merge record's changes)."""
        duplicates = self._services.duplicates
        records = [record]

        def redo() -> Changes:
            done = records[0]
            records[0] = duplicates.merge(done.survivor_id, done.merged_id, done.data)
            return records[0].changes

        def undo() -> Changes:
            return duplicates.undo_merge(records[0])

        self._history.record(tr("Merge contacts"), record.changes, redo, undo)

    def _mark_not_duplicates(self, pair: tuple[int, int]) -> None:
        """Find duplicates will not pair these two again; undo lets it."""
        duplicates = self._services.duplicates

        def mark() -> Changes:
            return duplicates.mark_not_duplicates(*pair)

        def unmark() -> Changes:
            return duplicates.unmark_not_duplicates(*pair)

        self._history.push(tr("Mark as not duplicates"), mark, unmark)
