"""What one write changed: ids per kind of record (like Anki's OpChanges), Qt-free so
services return it and the GUI's bus delivers it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from typing import Any, Generic, TypeVar

from sqlalchemy.orm import Session

T = TypeVar("T")

KINDS = (
    "contacts",
    "companies",
    "deals",
    "tasks",
    "cases",
    "feedback",
    "interactions",
    "purchases",
    "segments",
    "tags",
    "pipelines",
)


def _ids(values: Iterable[int] | None) -> frozenset[int]:
    return frozenset(values or ())


@dataclass(frozen=True)
class Changes:
    """What one write changed (like Anki's OpChanges, with ids).

    Each kind holds the ids of the records written. `owners` are contacts whose related
    records (tasks, deals, cases, feedback, timeline, purchases) changed, so a contact's
    pane knows to re-read. `added_or_removed` names the kinds where records appeared or
    left (created, trashed, restored): lists re-query their ids then, not just rows.
    `whole` names kinds changed without a list of ids (an import, a bulk action, a purge).
    """

    contacts: frozenset[int] = field(default_factory=frozenset)
    companies: frozenset[int] = field(default_factory=frozenset)
    deals: frozenset[int] = field(default_factory=frozenset)
    tasks: frozenset[int] = field(default_factory=frozenset)
    cases: frozenset[int] = field(default_factory=frozenset)
    feedback: frozenset[int] = field(default_factory=frozenset)
    interactions: frozenset[int] = field(default_factory=frozenset)
    purchases: frozenset[int] = field(default_factory=frozenset)
    segments: frozenset[int] = field(default_factory=frozenset)
    owners: frozenset[int] = field(default_factory=frozenset)
    added_or_removed: frozenset[str] = field(default_factory=frozenset)
    whole: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def of(
        cls,
        *,
        owners: Iterable[int] | None = None,
        added_or_removed: Iterable[str] = (),
        whole: Iterable[str] = (),
        **ids: Iterable[int] | None,
    ) -> Changes:
        """Changes.of(tasks=[3], owners=[7], added_or_removed=["tasks"]) — any iterables."""
        unknown = set(ids) - {f.name for f in fields(cls)} | (set(whole) - set(KINDS))
        if unknown:
            raise ValueError(f"unknown kinds: {sorted(unknown)}")
        return cls(
            **{kind: _ids(values) for kind, values in ids.items()},
            owners=_ids(owners),
            added_or_removed=frozenset(added_or_removed),
            whole=frozenset(whole),
        )

    @classmethod
    def everything(cls) -> Changes:
        """For a write whose reach is unknown (records deleted for good, a restore)."""
        return cls(whole=frozenset(KINDS), added_or_removed=frozenset(KINDS))

    def ids(self, kind: str) -> frozenset[int]:
        return (
            getattr(self, kind)
            if kind in KINDS and kind not in ("tags", "pipelines")
            else frozenset()
        )

    def touches(self, *kinds: str) -> bool:
        """Whether any record of these kinds changed."""
        return any(kind in self.whole or self.ids(kind) for kind in kinds)

    def touches_ids(self, kind: str, ids: Iterable[int]) -> bool:
        """Whether one of these records (of this kind) changed."""
        return kind in self.whole or not self.ids(kind).isdisjoint(ids)

    def reshapes(self, kind: str) -> bool:
        """Whether records of this kind appeared or left (a list must re-query its ids)."""
        return kind in self.added_or_removed or kind in self.whole

    def touches_contact(self, contact_id: int) -> bool:
        """Whether the contact itself or anything hanging off it changed."""
        return contact_id in self.contacts or contact_id in self.owners or "contacts" in self.whole

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            **{f.name: getattr(self, f.name) | getattr(other, f.name) for f in fields(self)}
        )

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))


@dataclass(frozen=True)
class Created:
    """What a create returns: the new record's id and what the write changed (like
    Anki's OpChangesWithId)."""

    id: int
    changes: Changes


@dataclass(frozen=True)
class Applied(Generic[T]):
    """What a write returns when its undo needs a value besides the Changes: the state it
    replaced (a deal's placement, a task's due times) or a record it spawned."""

    value: T
    changes: Changes


def owned_changes(
    session: Session,
    model: type[Any],
    kind: str,
    ids: Iterable[int],
    *,
    reshaped: bool = False,
    extra_owners: Iterable[int | None] = (),
) -> Changes:
    """Changes of records of one kind, naming the contacts they hang off (`contact_id`),
    read in the write's own session (trashed records included)."""
    written = list(ids)
    owners = {o for o in extra_owners if o is not None}
    for record_id in written:
        record = session.get(model, record_id)
        contact_id = getattr(record, "contact_id", None) if record is not None else None
        if contact_id is not None:
            owners.add(contact_id)
    reshaped_kinds = [kind] if reshaped and written else []
    return Changes.of(**{kind: written}) | Changes.of(  # type: ignore[arg-type]
        owners=owners, added_or_removed=reshaped_kinds
    )
