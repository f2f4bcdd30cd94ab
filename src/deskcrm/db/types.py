"""Column types: timezone-aware UTC datetimes stored as sortable ISO text."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy.types import String, TypeDecorator

ISO_FORMAT = "%Y-%m-%d %H:%M:%S.%f"


def to_db_timestamp(value: datetime) -> str:
    """The single encoding of a timestamp in the database (also used by bulk inserts).

    isoformat writes ISO_FORMAT's text several times faster than strftime (an import or
    the demo encodes a million of these), and pads a year before 1000 to four digits,
    which strftime did not (such a text could not be read back, nor sorted)."""
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value.isoformat(" ", "microseconds")


def from_db_timestamp(value: str) -> datetime:
    # fromisoformat reads ISO_FORMAT and is several times faster than strptime.
    return datetime.fromisoformat(value).replace(tzinfo=UTC)


def from_db_date(value: str | date | None) -> date | None:
    """A DATE column read through a text() query: ISO text from SQLite, a date from
    PostgreSQL's driver."""
    if value is None or value == "":
        return None
    return value if isinstance(value, date) else date.fromisoformat(value)


class UTCDateTime(TypeDecorator[datetime]):
    """Accepts aware (or UTC-naive) datetimes; always returns aware UTC ones."""

    impl = String(26)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> str | None:
        if value is None:
            return None
        if not isinstance(value, datetime):
            raise TypeError(f"expected datetime, got {type(value).__name__}")
        return to_db_timestamp(value)

    def process_result_value(self, value: Any, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return from_db_timestamp(value)
