"""What an edit form needs so that no one's change is lost unseen: the record as it was
opened (its values and row version), and, when a save is refused because someone else
saved first, the fields that differ in words a person reads (no Qt here).

A service's `opened(id)` gives an Editing; its `update(id, data, expected_version=…)`
refuses with EditConflictError when the record's version moved on; its `described(data)`
gives the (field, text) pairs that `differences` compares."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from deskcrm.errors import EditConflictError

T = TypeVar("T")

Described = Sequence[tuple[str, str]]  # (field as the form labels it, its value as text)


@dataclass(frozen=True)
class Editing(Generic[T]):
    """A record as an edit form opens it: its values, the row version they were read at,
    and the name the record goes by (for the dialog's words)."""

    data: T
    row_version: int
    name: str


def check_version(record_id: int, current: int, expected: int | None) -> None:
    """Raise EditConflictError unless the record is still at the version the form was
    filled from (`expected` None: a write that knows what it overwrites, such as undo).
    Called inside the write transaction, which holds the write lock from its start: no
    one can change the record between this check and the write."""
    if expected is not None and current != expected:
        raise EditConflictError(record_id, current)


def differences(saved: Described, mine: Described) -> list[tuple[str, str, str]]:
    """(field, as saved now, as the form has it) for every field the two disagree on, in
    the form's order."""
    theirs = dict(saved)
    return [
        (field, theirs.get(field, ""), text)
        for field, text in mine
        if theirs.get(field, "") != text
    ]
