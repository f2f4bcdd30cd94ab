"""Qt's dates and times as Python's: PySide6 types `toPython()` as `object`, so these
read the fields and hand back a typed `date` or `time`."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, QTime


def to_date(value: QDate) -> date:
    """The day a (valid) QDate holds; date pickers never hold an invalid one."""
    return date(value.year(), value.month(), value.day())


def to_time(value: QTime) -> time:
    """The time of day a (valid) QTime holds, to the millisecond."""
    return time(value.hour(), value.minute(), value.second(), value.msec() * 1000)
