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


class CaseStatus(StrEnum):
    OPEN = "open"
    WAITING = "waiting"  # on the customer
    RESOLVED = "resolved"

    @property
    def label(self) -> str:
        return {"open": "Open", "waiting": "Waiting on customer", "resolved": "Resolved"}[
            self.value
        ]


class NoteAuthor(StrEnum):
    """Who a case note is from: a reply of mine, the customer's message, or an aside."""

    ME = "me"
    CUSTOMER = "customer"
    INTERNAL = "internal"


class FeedbackKind(StrEnum):
    CSAT = "csat"  # 1–5
    NPS = "nps"  # 0–10

    @property
    def label(self) -> str:
        return self.value.upper()

    @property
    def scale(self) -> tuple[int, int]:
        return (1, 5) if self is FeedbackKind.CSAT else (0, 10)
