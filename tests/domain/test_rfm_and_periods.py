"""RFM quintiles and segments; report periods."""

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from deskcrm.domain.periods import Period, preset_period
from deskcrm.domain.rfm import RfmInput, quintile, score, segment_for


def test_quintiles_split_ten_values_into_fifths() -> None:
    values = list(range(10))
    assert [quintile(values, v) for v in values] == [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]
    assert quintile([5, 5, 5, 5], 5) == 1  # ties score alike


def test_scores_and_segments_for_hand_built_customers() -> None:
    customers = [
        RfmInput(1, recency_days=3, frequency=12, monetary=900_00),  # recent, frequent
        RfmInput(2, recency_days=10, frequency=8, monetary=500_00),
        RfmInput(3, recency_days=200, frequency=9, monetary=700_00),  # used to buy a lot
        RfmInput(4, recency_days=5, frequency=1, monetary=40_00),  # new
        RfmInput(5, recency_days=400, frequency=1, monetary=20_00),  # gone
    ]
    by_key = {s.key: s for s in score(customers)}
    assert (by_key[1].r, by_key[1].f, by_key[1].m) == (5, 5, 5)
    assert by_key[1].segment == "Champions"
    assert by_key[2].segment == "Loyal"
    assert by_key[3].segment == "At risk"
    assert by_key[4].segment == "Promising"
    assert by_key[5].segment == "Lost"
    assert segment_for(3, 2) == "Needs attention"


def test_presets_and_utc_bounds_in_the_users_zone() -> None:
    today = date(2026, 11, 22)
    assert preset_period("month", today) == Period(date(2026, 11, 1), date(2026, 11, 30))
    assert preset_period("quarter", today) == Period(date(2026, 10, 1), date(2026, 12, 31))
    assert preset_period("year", today) == Period(date(2026, 1, 1), date(2026, 12, 31))
    assert preset_period("last12", today) == Period(date(2025, 12, 1), date(2026, 11, 22))
    start, end = Period(date(2026, 3, 1), date(2026, 3, 31)).utc_bounds(ZoneInfo("Europe/Berlin"))
    assert start == datetime(2026, 2, 28, 23, 0, tzinfo=UTC)
    assert end == datetime(2026, 3, 31, 22, 0, tzinfo=UTC)  # CEST from 29 March
    with pytest.raises(ValueError, match="before it starts"):
        Period(date(2026, 3, 2), date(2026, 3, 1))
