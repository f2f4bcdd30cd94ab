"""Repeating tasks: a small RFC 5545 RRULE subset and the next occurrence after a due time.

Rules are computed on local wall-clock time, so "every day at 9:00" stays at 9:00 across
daylight-saving changes, and "monthly on the 31st" falls on the last day of shorter
months (Feb 28/29) without drifting to the 28th afterwards.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from dateutil.rrule import DAILY, WEEKLY, rrule, weekday

WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
# How a rule's days read ("every week on Monday and Thursday"), and their short forms.
DAY_NAMES = dict(
    zip(
        WEEKDAYS,
        ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
        strict=True,
    )
)
SHORT_DAY_NAMES = {day: name[:3] for day, name in DAY_NAMES.items()}
FREQUENCIES = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")


@dataclass(frozen=True)
class Recurrence:
    freq: str
    interval: int = 1
    by_day: tuple[str, ...] = ()  # WEEKLY only: MO … SU
    month_day: int | None = None  # MONTHLY/YEARLY: the anchor day (1–31)
    month: int | None = None  # YEARLY: the anchor month

    def __post_init__(self) -> None:
        if self.freq not in FREQUENCIES:
            raise ValueError(f"unknown frequency {self.freq!r}")
        if not 1 <= self.interval <= 999:
            raise ValueError("interval must be 1–999")
        if any(day not in WEEKDAYS for day in self.by_day):
            raise ValueError(f"unknown weekday in {self.by_day!r}")

    def to_rrule(self) -> str:
        parts = [f"FREQ={self.freq}"]
        if self.interval != 1:
            parts.append(f"INTERVAL={self.interval}")
        if self.by_day:
            parts.append("BYDAY=" + ",".join(self.by_day))
        if self.month_day is not None:
            parts.append(f"BYMONTHDAY={self.month_day}")
        if self.month is not None:
            parts.append(f"BYMONTH={self.month}")
        return ";".join(parts)

    @classmethod
    def parse(cls, text: str) -> Recurrence:
        fields = dict(part.split("=", 1) for part in text.strip().split(";") if "=" in part)
        by_day = tuple(d for d in fields.get("BYDAY", "").split(",") if d)
        return cls(
            freq=fields.get("FREQ", ""),
            interval=int(fields.get("INTERVAL", "1")),
            by_day=tuple(sorted(by_day, key=WEEKDAYS.index)),
            month_day=int(fields["BYMONTHDAY"]) if "BYMONTHDAY" in fields else None,
            month=int(fields["BYMONTH"]) if "BYMONTH" in fields else None,
        )

    @classmethod
    def anchored(
        cls, freq: str, start: date, interval: int = 1, by_day: tuple[str, ...] = ()
    ) -> Recurrence:
        """A rule that remembers the first due date's day (and month) as its anchor."""
        if freq == "MONTHLY":
            return cls(freq, interval, month_day=start.day)
        if freq == "YEARLY":
            return cls(freq, interval, month_day=start.day, month=start.month)
        if freq == "WEEKLY" and not by_day:
            by_day = (WEEKDAYS[start.weekday()],)
        return cls(freq, interval, by_day=by_day)

    def describe(self) -> str:
        n = self.interval
        if self.freq == "DAILY":
            return "every day" if n == 1 else f"every {n} days"
        if self.freq == "WEEKLY":
            days = _listed([DAY_NAMES[d] for d in WEEKDAYS if d in self.by_day])
            base = "every week" if n == 1 else f"every {n} weeks"
            return f"{base} on {days}" if days else base
        if self.freq == "MONTHLY":
            base = "every month" if n == 1 else f"every {n} months"
            return f"{base} on the {_ordinal(self.month_day)}" if self.month_day else base
        return "every year" if n == 1 else f"every {n} years"


def _listed(names: list[str]) -> str:
    """'Monday', 'Monday and Thursday', 'Monday, Wednesday and Friday'."""
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} and {names[-1]}"


def _ordinal(day: int) -> str:
    """1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st, 22nd, 23rd … 31st."""
    suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def next_occurrence(rule: Recurrence, after_local: datetime) -> datetime:
    """The first occurrence strictly after `after_local` (naive local wall time)."""
    if rule.freq == "DAILY":
        return after_local + timedelta(days=rule.interval)
    if rule.freq == "WEEKLY":
        days = [weekday(WEEKDAYS.index(d)) for d in rule.by_day] or None
        found = rrule(
            WEEKLY if days else DAILY,
            interval=rule.interval if days else 7 * rule.interval,
            byweekday=days,
            dtstart=after_local,
        ).after(after_local)
        assert found is not None
        return found
    months = rule.interval if rule.freq == "MONTHLY" else 12 * rule.interval
    anchor_day = rule.month_day or after_local.day
    total = after_local.year * 12 + (after_local.month - 1) + months
    year, month = divmod(total, 12)
    month += 1
    if rule.freq == "YEARLY" and rule.month is not None:
        month = rule.month
    day = min(anchor_day, calendar.monthrange(year, month)[1])
    return after_local.replace(year=year, month=month, day=day)
