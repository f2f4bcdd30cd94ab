"""Report periods: this month, quarter, year, last 12 months or custom, in the user's zone."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

PRESETS = ("month", "quarter", "year", "last12", "custom")
PRESET_LABELS = {
    "month": "This month",
    "quarter": "This quarter",
    "year": "This year",
    "last12": "Last 12 months",
    "custom": "Custom…",
}


@dataclass(frozen=True)
class Period:
    start: date  # first day, inclusive
    end: date  # last day, inclusive

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"the period ends ({self.end}) before it starts ({self.start})")

    @property
    def label(self) -> str:
        return f"{self.start.isoformat()} – {self.end.isoformat()}"

    def utc_bounds(self, tz: tzinfo | None = None) -> tuple[datetime, datetime]:
        """[start, end) as UTC instants: local midnight of the first day to local midnight
        after the last one."""
        zone = tz or datetime.now().astimezone().tzinfo
        start = datetime.combine(self.start, time.min, zone).astimezone(UTC)
        end = datetime.combine(self.end + timedelta(days=1), time.min, zone).astimezone(UTC)
        return start, end

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


def _month_end(day: date) -> date:
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)


def preset_period(preset: str, today: date) -> Period:
    if preset == "month":
        return Period(today.replace(day=1), _month_end(today))
    if preset == "quarter":
        first = today.replace(month=3 * ((today.month - 1) // 3) + 1, day=1)
        return Period(first, _month_end(first.replace(month=first.month + 2)))
    if preset == "year":
        return Period(date(today.year, 1, 1), date(today.year, 12, 31))
    if preset == "last12":
        return Period(_add_months(today.replace(day=1), -11), today)
    raise ValueError(f"unknown period {preset!r}")


def _add_months(day: date, months: int) -> date:
    total = day.year * 12 + day.month - 1 + months
    return date(total // 12, total % 12 + 1, 1)
