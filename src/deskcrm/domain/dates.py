"""The one place that makes UTC timestamps and formats them for the user's time zone."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, tzinfo


def utc_now() -> datetime:
    return datetime.now(UTC)


def ensure_utc(value: datetime) -> datetime:
    """Aware datetimes are converted; naive ones are taken to be UTC already."""
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def to_local(value: datetime, tz: tzinfo | None = None) -> datetime:
    return ensure_utc(value).astimezone(tz)


def format_datetime(value: datetime | None, tz: tzinfo | None = None) -> str:
    if value is None:
        return ""
    return to_local(value, tz).strftime("%Y-%m-%d %H:%M")


def format_date(value: date | datetime | None, tz: tzinfo | None = None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = to_local(value, tz).date()
    return value.isoformat()


def days_between(earlier: datetime, later: datetime) -> int:
    return (ensure_utc(later) - ensure_utc(earlier)).days


def local_day_start(now: datetime, tz: tzinfo | None = None) -> datetime:
    """The first instant (in UTC) of the local day `now` falls on, in `tz` (None: the
    machine's zone): an instant's local date is before today exactly when it is before
    this. (Where a clock change skips midnight, the day starts at the first time shown.)"""
    today = to_local(now, tz).date()
    midnight = datetime.combine(today, time())
    local = midnight.replace(tzinfo=tz) if tz is not None else midnight.astimezone()
    return local.astimezone(UTC)
