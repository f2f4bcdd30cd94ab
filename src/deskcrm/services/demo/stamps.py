"""The demo history's timestamps, made from a day's number and a time of day."""

from __future__ import annotations

from datetime import date, datetime

from deskcrm.db.types import from_db_timestamp, to_db_timestamp


class DayStamps:
    """The history's timestamps as the database stores them (db.types.to_db_timestamp),
    made from a day's number and a time of day: a million people have some six million,
    on a few thousand days, and datetime arithmetic for each took a third of the demo's
    time. `now` is in UTC."""

    def __init__(self, now: datetime) -> None:
        self.now = to_db_timestamp(now)
        self.today = now.date().toordinal()
        self._clock_now = self.now[11:]  # "HH:MM:SS.ffffff": compares as the time does
        self._days: dict[int, str] = {}
        self._working = [f"{7 + m // 60:02d}:{m % 60:02d}:00.000000" for m in range(660)]

    def _day(self, on: int) -> str:
        text = self._days.get(on)
        if text is None:
            text = self._days[on] = date.fromordinal(on).isoformat()
        return text

    def working(self, on: int, minute: int) -> str:
        """`minute` minutes after 07:00 on day `on` — or now, if that is later today."""
        clock = self._working[minute]
        if on == self.today and clock > self._clock_now:
            return self.now
        return f"{self._day(on)} {clock}"

    def now_on(self, on: int) -> str:
        """Day `on` at the time of day it is now."""
        return f"{self._day(on)} {self._clock_now}"

    @staticmethod
    def read(stamp: str) -> datetime:
        return from_db_timestamp(stamp)
