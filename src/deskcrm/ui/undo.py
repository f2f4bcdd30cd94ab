"""Undo (Edit ▸ Undo, Ctrl+Z): one command shape for every write the GUI makes.

A ChangeCommand is built from a label and two callables, `do` and `undo`; each calls
services and returns the Changes it made, which the command announces on the change bus.
A write that has already been made when it is pushed (a dialog saved, a card dropped)
passes its Changes as `done`: the push then only announces it, and `do` runs on redo.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from deskcrm.domain.segments import SegmentConditions
from deskcrm.errors import DeskCrmError
from deskcrm.services.changes import Applied, Created
from deskcrm.services.contacts.bulk_actions import BulkActionService, BulkChange
from deskcrm.services.contacts.segments import SegmentService
from deskcrm.ui.bus import ChangeBus, Changes
from deskcrm.ui.i18n import tr
from deskcrm.ui.services import Services

log = logging.getLogger(__name__)
T = TypeVar("T")

Step = Callable[[], Changes]
Announce = Callable[[Changes], None]
# run_in_background(op, on_done): runs op off the GUI thread, then on_done(result) on it.
RunInBackground = Callable[[Step, Announce], object]


class ChangeCommand(QUndoCommand):
    """The one undo command: (label, do, undo), each step returning Changes."""

    def __init__(
        self,
        label: str,
        do: Step,
        undo: Step,
        announce: Announce,
        *,
        done: Changes | None = None,
        run_in_background: RunInBackground | None = None,
    ) -> None:
        super().__init__(label)
        self._do = do
        self._undo = undo
        self._announce = announce
        self._done = done
        self._background = run_in_background

    def redo(self) -> None:
        if self._done is not None:  # the push of a write already made
            changes, self._done = self._done, None
            self._announce(changes)
        else:
            self._apply(self._do)

    def undo(self) -> None:
        self._apply(self._undo)

    def _apply(self, step: Step) -> None:
        """Long steps (a bulk action on 100,000 contacts) run off the GUI thread, as their
        first run did; the Changes are announced when they are done."""
        if self._background is None:
            self._announce(self._run(step))
        else:
            self._background(lambda: self._run(step), self._announce)

    def _run(self, step: Step) -> Changes:
        try:
            return step()
        except DeskCrmError:
            # The record is gone (deleted for good, say): this step cannot be replayed.
            log.warning("Undo step %r could not be applied", self.text(), exc_info=True)
            self.setObsolete(True)
            return Changes.everything()


class History:
    """The window's undo stack and change bus: every GUI write goes through here, so it is
    one undo step and one announcement."""

    def __init__(self, stack: QUndoStack, bus: ChangeBus) -> None:
        self.stack = stack
        self.bus = bus

    def command(
        self, label: str, do: Step, undo: Step, *, done: Changes | None = None
    ) -> ChangeCommand:
        return ChangeCommand(label, do, undo, self.bus.announce, done=done)

    def push(self, label: str, do: Step, undo: Step) -> None:
        """Make the change now (the push runs `do`)."""
        self.stack.push(self.command(label, do, undo))

    def record(self, label: str, done: Changes, do: Step, undo: Step) -> None:
        """A change already made: announced now, `undo` takes it back, `do` makes it again."""
        self.stack.push(self.command(label, do, undo, done=done))

    def forget(self, changes: Changes) -> None:
        """A write that cannot be undone (deleted for good): earlier steps may point at what
        it removed, so the history goes; the change is still announced."""
        self.stack.clear()
        self.bus.announce(changes)

    # -- the common shapes -------------------------------------------------------------
    def trash(
        self,
        label: str,
        kind: str,
        ids: list[int],
        delete: Callable[[list[int]], Changes],
        restore: Callable[[list[int]], Changes],
        *,
        restoring: bool = False,
    ) -> None:
        """Records of one kind to the trash (or, restoring, out of it); undo reverses. Only
        what was really moved (the ids of `kind` in delete's Changes) comes back."""
        moved = list(ids)

        def to_trash() -> Changes:
            changes = delete(list(ids))
            if not restoring:
                moved[:] = sorted(changes.ids(kind)) if kind not in changes.whole else ids
            return changes

        def back() -> Changes:
            return restore(list(moved))

        if restoring:
            self.push(label, back, to_trash)
        else:
            self.push(label, to_trash, back)

    def created(
        self,
        label: str,
        created: Created,
        delete: Callable[[list[int]], Changes],
        restore: Callable[[list[int]], Changes],
    ) -> None:
        """A record just created: undo moves it to the trash, redo brings it back."""
        record_id = created.id
        self.record(
            label,
            created.changes,
            lambda: restore([record_id]),
            lambda: delete([record_id]),
        )

    def edited(
        self,
        label: str,
        record_id: int,
        before: T,
        after: T,
        update: Callable[[int, T], Changes],
        done: Changes,
    ) -> None:
        """A record just saved from `before` to `after` (the save returned `done`): undo
        writes `before` back."""

        def write(data: T) -> Step:
            return lambda: update(record_id, data)

        self.record(label, done, write(after), write(before))

    def applied(self, label: str, applied: Applied[T], put_back: Callable[[T], Applied[T]]) -> None:
        """A write already made that returned the state it replaced (`applied.value`), whose
        service can put any such state back, returning the one it replaced (a deal's
        placement, a task's due times): undo puts the old state back, redo the new one."""
        redo, undo = put_back_steps(put_back, applied.value)
        self.record(label, applied.changes, redo, undo)


class UndoReporter(QObject):
    """Says what Undo and Redo did, for the status bar: "Undone: Delete 1 contact". Without
    it the hint of the write ("… — Ctrl+Z to undo") stays up after the undo, as if nothing
    had happened. Watches the stack, so every command is covered whoever pushed it; a push
    (the write itself) says nothing here: the view that made it says what it did.

    Signals:
    message(str): what was undone or redone.
    """

    message = Signal(str)

    def __init__(self, stack: QUndoStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stack = stack
        self._remember()
        stack.indexChanged.connect(self._on_index_changed)

    def _remember(self) -> None:
        """What Undo and Redo would do now (read before they run: a step that cannot be
        replayed is dropped from the stack once undone, taking its text with it)."""
        stack = self._stack
        self._index = stack.index()
        self._undo_text = stack.undoText()
        self._redo_text = stack.redoText()
        # Redo moves the index onto this very command; a push puts a new one there.
        self._next = stack.command(self._index) if self._index < stack.count() else None

    def _on_index_changed(self, index: int) -> None:
        stack = self._stack
        if not shiboken6.isValid(stack):
            return  # the window closing: the stack clears itself as it goes
        before, undo_text, redo_text, upcoming = (
            self._index,
            self._undo_text,
            self._redo_text,
            self._next,
        )
        self._remember()
        if index < before and stack.count() and undo_text:
            self.message.emit(tr("Undone: {action}").format(action=undo_text))
        elif (
            index == before + 1
            and upcoming is not None
            and redo_text
            and stack.command(index - 1) is upcoming
        ):
            self.message.emit(tr("Redone: {action}").format(action=redo_text))


# -- writes with their own undo in a service ------------------------------------------------
def put_back_steps(put_back: Callable[[T], Applied[T]], before: T) -> tuple[Step, Step]:
    """(redo, undo) for a write already made whose service returned what it replaced:
    undo puts `before` back, redo what undo replaced."""
    states = {"before": before}

    def undo() -> Changes:
        result = put_back(states["before"])
        states["after"] = result.value
        return result.changes

    def redo() -> Changes:
        result = put_back(states["after"])
        states["before"] = result.value
        return result.changes

    return redo, undo


def BulkCommand(
    text: str,
    change: BulkChange,
    bulk: BulkActionService,
    announce: Announce,
    run_in_background: RunInBackground,
) -> ChangeCommand:
    """A bulk action already done on many contacts (in the background); undo takes all of
    it back and redo makes it again, off the GUI thread too (`run_in_background`, the
    window's TaskManager.run). `announce` receives the Changes."""
    state = {"change": change}

    def do() -> Changes:
        state["change"] = bulk.redo(state["change"])
        return state["change"].changes

    def undo() -> Changes:
        return bulk.undo(state["change"])

    return ChangeCommand(
        text, do, undo, announce, done=change.changes, run_in_background=run_in_background
    )


def DeleteSegmentCommand(
    segment_id: int, segments: SegmentService, on_change: Callable[[], None]
) -> ChangeCommand:
    """A saved segment deleted; undo saves it again under its name (a new id).
    (Built where the segment list pushes it; `on_change` re-reads the list.)"""
    current = [segment_id]
    saved: list[tuple[str, SegmentConditions, int]] = []

    def do() -> Changes:
        deleted = segments.delete(current[0])
        saved[:] = [deleted.value]
        return deleted.changes

    def undo() -> Changes:
        name, conditions, _position = saved[0]
        created = segments.save(name, conditions)
        current[:] = [created.id]
        return created.changes

    return ChangeCommand(tr("Delete segment"), do, undo, lambda _changes: on_change())


def case_status_steps(services: Services, case_id: int, status: str) -> tuple[Step, Step]:
    """A case moved to another status (waiting, resolved, open again); undo moves it back."""
    cases = services.cases
    before: list[tuple[str, datetime | None]] = []

    def do() -> Changes:
        applied = cases.set_status(case_id, status)
        before[:] = [applied.value]
        return applied.changes

    def undo() -> Changes:
        return cases.restore_status(case_id, *before[0])

    return do, undo


def case_note_steps(services: Services, case_id: int, author: str, body: str) -> tuple[Step, Step]:
    """A note added to a case's thread; undo removes it (and restores the case's status)."""
    cases = services.cases
    state: dict[str, object] = {}

    def do() -> Changes:
        case = cases.get(case_id)
        state["status"] = (case.status, case.closed_at)
        created = cases.add_note(case_id, author, body)
        state["note"] = created.id
        return created.changes

    def undo() -> Changes:
        changes = cases.delete_note(state["note"])  # type: ignore[arg-type]
        return changes | cases.restore_status(case_id, *state["status"])  # type: ignore[misc]

    return do, undo
