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

from PySide6.QtGui import QUndoCommand, QUndoStack

from deskcrm.domain.segments import SegmentConditions
from deskcrm.errors import DeskCrmError, NotFoundError
from deskcrm.services.contacts.bulk_actions import BulkActionService, BulkChange
from deskcrm.services.contacts.segments import SegmentService
from deskcrm.ui.bus import ChangeBus, Changes
from deskcrm.ui.i18n import tr
from deskcrm.ui.services import Services

log = logging.getLogger(__name__)
T = TypeVar("T")

Step = Callable[[], Changes]
Announce = Callable[[Changes], None]


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
    ) -> None:
        super().__init__(label)
        self._do = do
        self._undo = undo
        self._announce = announce
        self._done = done

    def redo(self) -> None:
        if self._done is not None:  # the push of a write already made
            changes, self._done = self._done, None
        else:
            changes = self._run(self._do)
        self._announce(changes)

    def undo(self) -> None:
        self._announce(self._run(self._undo))

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
        ids: list[int],
        delete: Callable[[list[int]], list[int]],
        restore: Callable[[list[int]], None],
        changes: Changes,
        *,
        restoring: bool = False,
    ) -> None:
        """Records to the trash (or, restoring, out of it); undo reverses. Only what was
        really moved comes back."""
        moved = list(ids)

        def to_trash() -> Changes:
            moved[:] = delete(list(ids))
            return changes

        def back() -> Changes:
            restore(list(moved))
            return changes

        if restoring:
            self.push(label, back, to_trash)
        else:
            self.push(label, to_trash, back)

    def created(
        self,
        label: str,
        record_id: int,
        delete: Callable[[list[int]], object],
        restore: Callable[[list[int]], None],
        changes: Changes,
    ) -> None:
        """A record just created: undo moves it to the trash, redo brings it back."""

        def back() -> Changes:
            restore([record_id])
            return changes

        def away() -> Changes:
            delete([record_id])
            return changes

        self.record(label, changes, back, away)

    def edited(
        self,
        label: str,
        record_id: int,
        before: T,
        after: T,
        update: Callable[[int, T], object],
        changes: Changes,
    ) -> None:
        """A record just saved from `before` to `after`: undo writes `before` back."""

        def write(data: T) -> Step:
            def step() -> Changes:
                update(record_id, data)
                return changes

            return step

        self.record(label, changes, write(after), write(before))


# -- what a write touches -----------------------------------------------------------------
def task_changes(services: Services, ids: list[int], *, reshaped: bool = False) -> Changes:
    """Tasks and the contacts they belong to (their panes list open tasks)."""
    owners = set()
    for task_id in ids:
        try:
            contact_id = services.tasks.get(task_id).contact_id
        except NotFoundError:
            continue
        if contact_id is not None:
            owners.add(contact_id)
    return Changes.of(tasks=ids, owners=owners, added_or_removed=["tasks"] if reshaped else [])


def deal_changes(services: Services, ids: list[int], *, reshaped: bool = False) -> Changes:
    owners = set()
    for deal_id in ids:
        try:
            contact_id = services.deals.get(deal_id)[0].contact_id
        except NotFoundError:
            continue
        if contact_id is not None:
            owners.add(contact_id)
    return Changes.of(deals=ids, owners=owners, added_or_removed=["deals"] if reshaped else [])


def case_changes(services: Services, ids: list[int], *, reshaped: bool = False) -> Changes:
    owners = set()
    for case_id in ids:
        try:
            owners.add(services.cases.get(case_id).contact_id)
        except NotFoundError:
            continue
    return Changes.of(cases=ids, owners=owners, added_or_removed=["cases"] if reshaped else [])


# -- writes with their own undo in a service ------------------------------------------------
def put_back_steps(put_back: Callable[[T], T], before: T, changes: Changes) -> tuple[Step, Step]:
    """(redo, undo) for a write already made whose service returned what it replaced, and
    can put any such state back, returning the one it replaced (a deal's placement, a
    task's due times): undo puts `before` back, redo what undo replaced."""
    states = {"before": before}

    def undo() -> Changes:
        states["after"] = put_back(states["before"])
        return changes

    def redo() -> Changes:
        states["before"] = put_back(states["after"])
        return changes

    return redo, undo


def BulkCommand(
    text: str, change: BulkChange, bulk: BulkActionService, on_change: Callable[[], None]
) -> ChangeCommand:
    """A bulk action already done on many contacts; undo takes all of it back.
    (Built where the bulk button pushes it; `on_change` announces on the bus.)"""
    changes = Changes.of(
        contacts=change.contact_ids, whole=["tags", "tasks"], added_or_removed=["tasks"]
    )
    state = {"change": change}

    def do() -> Changes:
        state["change"] = bulk.redo(state["change"])
        return changes

    def undo() -> Changes:
        bulk.undo(state["change"])
        return changes

    return ChangeCommand(text, do, undo, lambda _changes: on_change(), done=changes)


def DeleteSegmentCommand(
    segment_id: int, segments: SegmentService, on_change: Callable[[], None]
) -> ChangeCommand:
    """A saved segment deleted; undo saves it again under its name (a new id).
    (Built where the segment list pushes it; `on_change` re-reads the list.)"""
    current = [segment_id]
    saved: list[tuple[str, SegmentConditions, int]] = []

    def changes() -> Changes:
        return Changes.of(segments=current, added_or_removed=["segments"])

    def do() -> Changes:
        saved[:] = [segments.delete(current[0])]
        return changes()

    def undo() -> Changes:
        name, conditions, _position = saved[0]
        current[:] = [segments.save(name, conditions)]
        return changes()

    return ChangeCommand(tr("Delete segment"), do, undo, lambda _changes: on_change())


def case_status_steps(services: Services, case_id: int, status: str) -> tuple[Step, Step]:
    """A case moved to another status (waiting, resolved, open again); undo moves it back."""
    cases = services.cases
    changes = case_changes(services, [case_id])
    before: list[tuple[str, datetime | None]] = []

    def do() -> Changes:
        before[:] = [cases.set_status(case_id, status)]
        return changes

    def undo() -> Changes:
        cases.restore_status(case_id, *before[0])
        return changes

    return do, undo


def case_note_steps(services: Services, case_id: int, author: str, body: str) -> tuple[Step, Step]:
    """A note added to a case's thread; undo removes it (and restores the case's status)."""
    cases = services.cases
    changes = case_changes(services, [case_id])
    state: dict[str, object] = {}

    def do() -> Changes:
        case = cases.get(case_id)
        state["status"] = (case.status, case.closed_at)
        state["note"] = cases.add_note(case_id, author, body)
        return changes

    def undo() -> Changes:
        cases.delete_note(state["note"])  # type: ignore[arg-type]
        cases.restore_status(case_id, *state["status"])  # type: ignore[misc]
        return changes

    return do, undo
