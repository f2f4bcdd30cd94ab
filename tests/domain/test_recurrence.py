"""Repeat rules: month ends, leap days, chosen weekdays, every N; wall-clock times kept."""

from datetime import datetime

import pytest

from deskcrm.domain.recurrence import Recurrence, next_occurrence


def chain(rule: Recurrence, start: datetime, n: int) -> list[datetime]:
    out, current = [], start
    for _ in range(n):
        current = next_occurrence(rule, current)
        out.append(current)
    return out


def test_monthly_on_the_31st_uses_the_last_day_of_shorter_months_without_drifting() -> None:
    start = datetime(2026, 1, 31, 9, 0)
    rule = Recurrence.anchored("MONTHLY", start.date())
    assert [d.date().isoformat() for d in chain(rule, start, 4)] == [
        "2026-02-28",
        "2026-03-31",
        "2026-04-30",
        "2026-05-31",
    ]
    leap = chain(
        Recurrence.anchored("MONTHLY", datetime(2028, 1, 31).date()), datetime(2028, 1, 31), 1
    )
    assert leap[0].date().isoformat() == "2028-02-29"


def test_yearly_on_a_leap_day_falls_on_feb_28_then_back_on_29() -> None:
    start = datetime(2028, 2, 29, 8, 0)
    rule = Recurrence.anchored("YEARLY", start.date())
    assert [d.date().isoformat() for d in chain(rule, start, 4)] == [
        "2029-02-28",
        "2030-02-28",
        "2031-02-28",
        "2032-02-29",
    ]


def test_weekly_on_chosen_days_and_every_two_weeks() -> None:
    start = datetime(2026, 11, 23, 10, 0)  # a Monday
    rule = Recurrence("WEEKLY", by_day=("MO", "TH"))
    assert [d.strftime("%a %d") for d in chain(rule, start, 4)] == [
        "Thu 26",
        "Mon 30",
        "Thu 03",
        "Mon 07",
    ]
    fortnight = Recurrence("WEEKLY", 2, by_day=("MO",))
    assert [d.day for d in chain(fortnight, start, 2)] == [7, 21]


def test_every_n_days_and_plain_weekly() -> None:
    start = datetime(2026, 12, 30, 7, 30)
    assert chain(Recurrence("DAILY", 3), start, 1) == [datetime(2027, 1, 2, 7, 30)]
    assert chain(Recurrence.anchored("WEEKLY", start.date(), 1), start, 1) == [
        datetime(2027, 1, 6, 7, 30)
    ]


def test_rules_round_trip_as_rrule_text() -> None:
    rule = Recurrence("WEEKLY", 2, by_day=("TH", "MO"))
    assert Recurrence.parse(rule.to_rrule()) == Recurrence("WEEKLY", 2, by_day=("MO", "TH"))
    assert Recurrence.parse("FREQ=MONTHLY;BYMONTHDAY=31").describe() == "every month on the 31st"
    with pytest.raises(ValueError):
        Recurrence.parse("FREQ=HOURLY")


def test_rules_read_in_words() -> None:
    """Issue 19: "every week on We" read like a code, not a sentence."""
    assert Recurrence.parse("FREQ=WEEKLY;BYDAY=WE").describe() == "every week on Wednesday"
    assert (
        Recurrence.parse("FREQ=WEEKLY;INTERVAL=2;BYDAY=TH,MO").describe()
        == "every 2 weeks on Monday and Thursday"
    )
    assert (
        Recurrence.parse("FREQ=WEEKLY;BYDAY=FR,MO,WE").describe()
        == "every week on Monday, Wednesday and Friday"
    )
    for day, words in (
        (1, "1st"),
        (2, "2nd"),
        (3, "3rd"),
        (11, "11th"),
        (12, "12th"),
        (13, "13th"),
        (21, "21st"),
        (22, "22nd"),
        (23, "23rd"),
        (30, "30th"),
    ):
        rule = Recurrence.parse(f"FREQ=MONTHLY;BYMONTHDAY={day}")
        assert rule.describe() == f"every month on the {words}"
