"""The one text form of a stored timestamp: the fast path writes exactly what the
ISO_FORMAT strftime wrote before it (from the year 1000 on), naive (UTC) or aware, and
every timestamp reads back equal."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st

from deskcrm.db.types import ISO_FORMAT, from_db_timestamp, to_db_timestamp

OFFSETS = st.integers(min_value=-23 * 60, max_value=23 * 60).map(
    lambda minutes: timezone(timedelta(minutes=minutes))
)


@given(st.datetimes(min_value=datetime(1000, 1, 1), max_value=datetime(9999, 12, 31)))
def test_a_naive_timestamp_is_written_as_iso_format_says(value: datetime) -> None:
    assert to_db_timestamp(value) == value.strftime(ISO_FORMAT)


@given(
    st.datetimes(min_value=datetime(2, 1, 1), max_value=datetime(9998, 12, 31)),
    OFFSETS,
)
def test_an_aware_timestamp_is_written_in_utc_and_read_back_equal(
    value: datetime, zone: timezone
) -> None:
    aware = value.replace(tzinfo=zone)
    text = to_db_timestamp(aware)
    if aware.astimezone(UTC).year >= 1000:
        assert text == aware.astimezone(UTC).strftime(ISO_FORMAT)
    assert from_db_timestamp(text) == aware


def test_a_whole_second_keeps_its_microseconds_and_an_early_year_its_form() -> None:
    assert to_db_timestamp(datetime(2026, 12, 1, 7, 0, tzinfo=UTC)) == "2026-12-01 07:00:00.000000"
    early = datetime(999, 5, 4, 3, 2, 1, 7, tzinfo=UTC)
    assert to_db_timestamp(early) == "0999-05-04 03:02:01.000007"  # sorts before 1000
    assert from_db_timestamp(to_db_timestamp(early)) == early
