"""Date-time pickers that show local time and hand out UTC datetimes."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QDateTimeEdit, QWidget


class LocalDateTimeEdit(QDateTimeEdit):
    def __init__(self, value: datetime | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.set_utc(value or datetime.now(UTC))

    def set_utc(self, value: datetime) -> None:
        self.setDateTime(QDateTime.fromSecsSinceEpoch(int(value.timestamp())))

    def utc(self) -> datetime:
        return datetime.fromtimestamp(self.dateTime().toSecsSinceEpoch(), UTC)
