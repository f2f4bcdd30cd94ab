"""Undoable commands pushed on the main window's QUndoStack (Edit ▸ Undo, Ctrl+Z)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtGui import QUndoCommand

from deskcrm.domain.segments import SegmentConditions
from deskcrm.services.bulk_actions import BulkActionService, BulkChange
from deskcrm.services.cases import CaseService
from deskcrm.services.duplicates import DuplicateService, MergeRecord
from deskcrm.services.pipeline import DealPlacement
from deskcrm.services.segments import SegmentService
from deskcrm.services.tasks import DueSnapshot


class TrashCommand(QUndoCommand):
    """Moves records to the trash (or, with restoring=True, out of it); undo reverses."""

    def __init__(
        self,
        text: str,
        ids: list[int],
        move_to_trash: Callable[[list[int]], list[int]],
        restore: Callable[[list[int]], None],
        on_change: Callable[[], None],
        *,
        restoring: bool = False,
    ) -> None:
        super().__init__(text)
        self._ids = list(ids)
        self._move_to_trash = move_to_trash
        self._restore = restore
        self._on_change = on_change
        self._restoring = restoring

    def redo(self) -> None:
        self._apply(to_trash=not self._restoring)

    def undo(self) -> None:
        self._apply(to_trash=self._restoring)

    def _apply(self, *, to_trash: bool) -> None:
        if to_trash:
            # Only what was really moved is restored on undo.
            self._ids = self._move_to_trash(self._ids)
        else:
            self._restore(self._ids)
        self._on_change()


class DealPlacementCommand(QUndoCommand):
    """A deal move or close that has already been made; undo puts the deal back where it
    was (stage, position, status, dates), redo puts it where the move had left it."""

    def __init__(
        self,
        text: str,
        deal_id: int,
        before: DealPlacement,
        restore: Callable[[int, DealPlacement], DealPlacement],
        on_change: Callable[[], None],
    ) -> None:
        super().__init__(text)
        self._deal_id = deal_id
        self._before = before
        self._after: DealPlacement | None = None
        self._restore = restore
        self._on_change = on_change

    def redo(self) -> None:
        if self._after is not None:  # not on the push: the move is already made
            self._before = self._restore(self._deal_id, self._after)
        self._on_change()

    def undo(self) -> None:
        self._after = self._restore(self._deal_id, self._before)
        self._on_change()


class CompleteTaskCommand(QUndoCommand):
    """Ticking a task off (already done when pushed); undo reopens it and removes the
    next occurrence a repeating task created."""

    def __init__(
        self,
        task_id: int,
        spawned_id: int | None,
        complete: Callable[[int], int | None],
        uncomplete: Callable[[int, int | None], None],
        on_change: Callable[[], None],
    ) -> None:
        super().__init__("Complete task")
        self._task_id = task_id
        self._spawned = spawned_id
        self._complete = complete
        self._uncomplete = uncomplete
        self._on_change = on_change
        self._pushed = False

    def redo(self) -> None:
        if self._pushed:
            self._spawned = self._complete(self._task_id)
        self._pushed = True
        self._on_change()

    def undo(self) -> None:
        self._uncomplete(self._task_id, self._spawned)
        self._on_change()


class SnoozeCommand(QUndoCommand):
    """A snooze already made; undo puts the due and reminder times back."""

    def __init__(
        self,
        task_id: int,
        before: DueSnapshot,
        set_due: Callable[[int, DueSnapshot], DueSnapshot],
        on_change: Callable[[], None],
    ) -> None:
        super().__init__("Snooze task")
        self._task_id = task_id
        self._before = before
        self._after: DueSnapshot | None = None
        self._set_due = set_due
        self._on_change = on_change

    def redo(self) -> None:
        if self._after is not None:
            self._before = self._set_due(self._task_id, self._after)
        self._on_change()

    def undo(self) -> None:
        self._after = self._set_due(self._task_id, self._before)
        self._on_change()


class ImportCommand(QUndoCommand):
    """An import already made; undo moves its contacts to the trash, redo brings them back."""

    def __init__(
        self,
        text: str,
        batch: str,
        undo_import: Callable[[str], int],
        restore_import: Callable[[str], None],
        on_change: Callable[[], None],
    ) -> None:
        super().__init__(text)
        self._batch = batch
        self._undo_import = undo_import
        self._restore_import = restore_import
        self._on_change = on_change
        self._pushed = False

    def redo(self) -> None:
        if self._pushed:
            self._restore_import(self._batch)
        self._pushed = True
        self._on_change()

    def undo(self) -> None:
        self._undo_import(self._batch)
        self._on_change()


class MergeCommand(QUndoCommand):
    """A merge already made; undo splits the two contacts again, redo merges them again."""

    def __init__(
        self,
        record: MergeRecord,
        duplicates: DuplicateService,
        on_change: Callable[[], None],
    ) -> None:
        super().__init__("Merge contacts")
        self._record = record
        self._duplicates = duplicates
        self._on_change = on_change
        self._pushed = False

    def redo(self) -> None:
        if self._pushed:
            survivor, merged = self._record.survivor_id, self._record.merged_id
            self._record = self._duplicates.merge(survivor, merged, self._record.data)
        self._pushed = True
        self._on_change()

    def undo(self) -> None:
        self._duplicates.undo_merge(self._record)
        self._on_change()


class NotDuplicatesCommand(QUndoCommand):
    """Two contacts marked "not duplicates"; undo lets Find duplicates pair them again."""

    def __init__(self, pair: tuple[int, int], duplicates: DuplicateService) -> None:
        super().__init__("Mark as not duplicates")
        self._pair = pair
        self._duplicates = duplicates

    def redo(self) -> None:
        self._duplicates.mark_not_duplicates(*self._pair)

    def undo(self) -> None:
        self._duplicates.unmark_not_duplicates(*self._pair)


class BulkCommand(QUndoCommand):
    """A bulk action already done on many contacts; undo takes all of it back."""

    def __init__(
        self,
        text: str,
        change: BulkChange,
        bulk: BulkActionService,
        on_change: Callable[[], None],
    ) -> None:
        super().__init__(text)
        self._change = change
        self._bulk = bulk
        self._on_change = on_change
        self._pushed = False

    def redo(self) -> None:
        if self._pushed:
            self._change = self._bulk.redo(self._change)
        self._pushed = True
        self._on_change()

    def undo(self) -> None:
        self._bulk.undo(self._change)
        self._on_change()


class DeleteSegmentCommand(QUndoCommand):
    """A saved segment deleted; undo saves it again under its name."""

    def __init__(
        self, segment_id: int, segments: SegmentService, on_change: Callable[[], None]
    ) -> None:
        super().__init__("Delete segment")
        self._id = segment_id
        self._segments = segments
        self._on_change = on_change
        self._saved: tuple[str, SegmentConditions, int] | None = None

    def redo(self) -> None:
        self._saved = self._segments.delete(self._id)
        self._on_change()

    def undo(self) -> None:
        assert self._saved is not None
        name, conditions, _position = self._saved
        self._id = self._segments.save(name, conditions)
        self._on_change()


class CaseStatusCommand(QUndoCommand):
    """A case moved to another status (waiting, resolved, open again); undo moves it back."""

    def __init__(
        self, case_id: int, status: str, cases: CaseService, on_change: Callable[[], None]
    ) -> None:
        super().__init__(f"Case {status}")
        self._case_id = case_id
        self._status = status
        self._cases = cases
        self._on_change = on_change
        self._before: tuple[str, datetime | None] | None = None

    def redo(self) -> None:
        self._before = self._cases.set_status(self._case_id, self._status)
        self._on_change()

    def undo(self) -> None:
        assert self._before is not None
        self._cases.restore_status(self._case_id, *self._before)
        self._on_change()


class CaseNoteCommand(QUndoCommand):
    """A note added to a case's thread; undo removes it again."""

    def __init__(
        self,
        case_id: int,
        author: str,
        body: str,
        cases: CaseService,
        on_change: Callable[[], None],
    ) -> None:
        super().__init__("Add note")
        self._args = (case_id, author, body)
        self._cases = cases
        self._on_change = on_change
        self._note_id: int | None = None
        self._status_before: tuple[str, datetime | None] | None = None

    def redo(self) -> None:
        case = self._cases.get(self._args[0])
        self._status_before = (case.status, case.closed_at)
        self._note_id = self._cases.add_note(*self._args)
        self._on_change()

    def undo(self) -> None:
        assert self._note_id is not None and self._status_before is not None
        self._cases.delete_note(self._note_id)
        self._cases.restore_status(self._args[0], *self._status_before)
        self._on_change()
