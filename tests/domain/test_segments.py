"""Segment conditions: checks, and JSON that survives a round trip and newer versions."""

from __future__ import annotations

from datetime import date

from deskcrm.domain.segments import SegmentConditions


def test_json_round_trip_keeps_every_condition() -> None:
    conditions = SegmentConditions(
        tags_any=("VIP", "Newsletter"),
        tags_none=("Do not mail",),
        lifecycles=("customer",),
        city="Köln",
        first_purchase_after=date(2026, 1, 1),
        last_purchase_before=date(2026, 3, 31),
        purchases_min=2,
        lifetime_currency="USD",
        lifetime_min_minor=10_000,
        rfm_segment="At risk",
        has_open_deal=False,
        not_contacted_days=90,
    )
    assert SegmentConditions.from_json(conditions.to_json()) == conditions
    assert SegmentConditions.from_json("{}").is_empty
    assert not conditions.is_empty


def test_unknown_keys_from_a_newer_version_are_kept_aside() -> None:
    read = SegmentConditions.from_json('{"city": "Bonn", "speaks": "de"}')
    assert read.city == "Bonn" and read.extra == {"speaks": "de"}


def test_problems_name_the_field() -> None:
    bad = SegmentConditions(
        lifecycles=("alien",),
        purchases_min=5,
        purchases_max=2,
        lifetime_currency="euro",
        rfm_segment="Heroes",
        not_contacted_days=-1,
        first_purchase_after=date(2026, 5, 1),
        first_purchase_before=date(2026, 4, 1),
    )
    assert set(bad.problems()) == {
        "lifecycles",
        "purchases_max",
        "lifetime_currency",
        "rfm_segment",
        "not_contacted_days",
        "first_purchase_before",
    }
    assert SegmentConditions(purchases_min=2, purchases_max=2).problems() == {}
