"""Enumerations stored in the database as their string values."""

from __future__ import annotations

from enum import IntEnum, StrEnum


class Lifecycle(StrEnum):
    LEAD = "lead"
    PROSPECT = "prospect"
    CUSTOMER = "customer"
    FORMER = "former"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class InteractionKind(StrEnum):
    CALL = "call"
    MEETING = "meeting"
    EMAIL = "email"
    NOTE = "note"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class DealStatus(StrEnum):
    OPEN = "open"
    WON = "won"
    LOST = "lost"


class TaskPriority(IntEnum):
    """Stored as an int so tasks sort by priority in SQL."""

    NONE = 0
    LOW = 1
    NORMAL = 2
    HIGH = 3
