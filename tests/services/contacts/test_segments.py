"""Saved segments against hand-built contacts: each condition alone, boundaries of date and
value ranges (days are Berlin days), combinations, saving, and the list filter."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from deskcrm.db.contact_queries import ContactFilter
from deskcrm.domain.segments import SegmentConditions as Seg
from deskcrm.errors import NotFoundError, ValidationError
from deskcrm.services.contacts.contacts import ContactInput
from deskcrm.services.pipeline.deals import DealInput


def at(y: int, m: int, d: int, hh: int = 12) -> datetime:
    return datetime(y, m, d, hh, tzinfo=UTC)


@pytest.fixture
def people(services) -> dict[str, int]:
    c, t = services.contacts, services.timeline
    ids = {
        "anna": c.create(
            ContactInput(
                first_name="Anna",
                city="Köln",
                country="Germany",
                company_name="Acme",
                source="Website",
                tags=["VIP", "Newsletter"],
            )
        ).id,
        "bob": c.create(
            ContactInput(first_name="Bob", city="köln", source="Fair", tags=["Newsletter"])
        ).id,
        "cara": c.create(ContactInput(first_name="Cara", city="Bonn", company_name="acme")).id,
        "dan": c.create(ContactInput(first_name="Dan", lifecycle="prospect", tags=["VIP"])).id,
        "eve": c.create(ContactInput(first_name="Eve", lifecycle="former")).id,
    }
    # Anna: 3 purchases, EUR 150.00 in all, first 1 Jan, last 10 Mar.
    t.record_purchase(ids["anna"], "Tea", 50_00, "EUR", at(2026, 1, 1))
    t.record_purchase(ids["anna"], "Tea", 50_00, "EUR", at(2026, 2, 1))
    t.record_purchase(ids["anna"], "Tea", 50_00, "EUR", at(2026, 3, 10))
    # Bob: one purchase at 23:30 UTC on 31 Jan, which is already 1 Feb in Berlin.
    t.record_purchase(ids["bob"], "Cup", 20_00, "EUR", datetime(2026, 1, 31, 23, 30, tzinfo=UTC))
    # Cara buys in dollars: her EUR lifetime value is 0.
    t.record_purchase(ids["cara"], "Pot", 500_00, "USD", at(2026, 3, 1))
    t.log_interaction(ids["anna"], "call", "Hi", occurred_at=at(2026, 3, 14))
    t.log_interaction(ids["bob"], "call", "Hi", occurred_at=at(2025, 11, 1))
    services.deals.create(
        DealInput(title="Big order", pipeline_id=1, stage_id=1, contact_id=ids["dan"])
    )
    return ids


def members(services, people, **conditions) -> set[str]:
    by_id = {v: k for k, v in people.items()}
    seg = Seg(**conditions)
    ids = services.segments.contact_ids(seg)
    assert services.segments.count(seg) == len(ids)
    return {by_id[i] for i in ids}


def test_each_condition_alone(services, people) -> None:
    assert members(services, people) == set(people)
    assert members(services, people, tags_any=("vip",)) == {"anna", "dan"}
    assert members(services, people, tags_none=("Newsletter",)) == {"cara", "dan", "eve"}
    # A purchase made each of Anna, Bob and Cara a customer.
    assert members(services, people, lifecycles=("customer",)) == {"anna", "bob", "cara"}
    assert members(services, people, lifecycles=("prospect", "former")) == {"dan", "eve"}
    assert members(services, people, city="KÖLN") == {"anna", "bob"}  # not just ASCII folded
    assert members(services, people, city=" köln ") == {"anna", "bob"}
    assert members(services, people, country="germany") == {"anna"}
    assert members(services, people, company="ACME") == {"anna", "cara"}
    assert members(services, people, source="fair") == {"bob"}
    assert members(services, people, has_open_deal=True) == {"dan"}
    assert members(services, people, has_open_deal=False) == {"anna", "bob", "cara", "eve"}
    # Today is 15 March: Anna spoke to us yesterday; Bob in November; the rest never.
    assert members(services, people, not_contacted_days=30) == {"bob", "cara", "dan", "eve"}
    assert members(services, people, not_contacted_days=200) == {"cara", "dan", "eve"}


def test_purchase_counts_and_lifetime_value_boundaries(services, people) -> None:
    assert members(services, people, purchases_min=3) == {"anna"}
    assert members(services, people, purchases_min=1, purchases_max=1) == {"bob", "cara"}
    assert members(services, people, purchases_max=0) == {"dan", "eve"}  # never bought
    assert members(services, people, lifetime_min_minor=150_00) == {"anna"}  # inclusive
    assert members(services, people, lifetime_min_minor=150_01) == set()
    assert members(services, people, lifetime_max_minor=20_00) == {"bob", "cara", "dan", "eve"}
    assert members(services, people, lifetime_currency="USD", lifetime_min_minor=1) == {"cara"}


def test_purchase_dates_are_whole_local_days_inclusive(services, people) -> None:
    # Bob's purchase was on 1 Feb in Berlin, though 31 Jan in UTC.
    assert members(services, people, first_purchase_after=date(2026, 2, 1)) == {"bob", "cara"}
    assert members(services, people, first_purchase_before=date(2026, 1, 31)) == {"anna"}
    assert members(services, people, first_purchase_before=date(2026, 2, 1)) == {"anna", "bob"}
    assert members(services, people, last_purchase_after=date(2026, 3, 10)) == {"anna"}
    assert members(services, people, last_purchase_after=date(2026, 3, 11)) == set()
    assert members(services, people, last_purchase_before=date(2026, 3, 1)) == {"bob", "cara"}
    # "Bought twice but not since spring" — the brief's example.
    assert (
        members(services, people, purchases_min=2, last_purchase_before=date(2026, 2, 28)) == set()
    )
    assert members(services, people, purchases_min=2, last_purchase_before=date(2026, 3, 10)) == {
        "anna"
    }


def test_conditions_combine_with_and(services, people) -> None:
    assert members(
        services, people, tags_any=("Newsletter",), lifecycles=("customer",), country="GERMANY"
    ) == {"anna"}
    assert members(services, people, tags_any=("VIP",), has_open_deal=False) == {"anna"}
    assert members(services, people, company="Acme", purchases_min=2) == {"anna"}


def test_rfm_segment_uses_the_customers_report_scores(services, people) -> None:
    found = {
        name: members(services, people, rfm_segment=name)
        for name in ("Champions", "Loyal", "Promising", "Needs attention", "At risk", "Lost")
    }
    assert set().union(*found.values()) == {"anna", "bob", "cara"}  # buyers only
    assert sum(len(v) for v in found.values()) == 3


def test_saved_segments_with_counts_edit_and_delete(services, people) -> None:
    vip = services.segments.save("VIP buyers", Seg(tags_any=("VIP",), purchases_min=1)).id
    services.segments.save("Quiet", Seg(not_contacted_days=30))
    assert [(s.name, s.count) for s in services.segments.with_counts()] == [
        ("VIP buyers", 1),
        ("Quiet", 4),
    ]
    with pytest.raises(ValidationError) as error:
        services.segments.save("vip BUYERS", Seg())
    assert "name" in error.value.errors
    with pytest.raises(ValidationError):
        services.segments.save("Broken", Seg(purchases_min=3, purchases_max=1))
    services.segments.save("VIP anyone", Seg(tags_any=("VIP",)), vip)
    assert services.segments.find("vip anyone").count is None  # found; counted on demand
    assert services.segments.count(services.segments.get(vip).conditions) == 2
    name, conditions, _position = services.segments.delete(vip).value
    assert (name, conditions) == ("VIP anyone", Seg(tags_any=("VIP",)))
    with pytest.raises(NotFoundError):
        services.segments.find("VIP anyone")


def test_the_contact_list_filters_by_a_segment_and_search_together(services, people) -> None:
    query = services.segments.query(Seg(tags_any=("Newsletter",)))
    ids = services.contacts.list_ids(ContactFilter(segment=query))
    assert ids == [people["anna"], people["bob"]]
    assert services.contacts.list_ids(ContactFilter(text="bob", segment=query)) == [people["bob"]]
    services.contacts.delete([people["bob"]])
    assert services.segments.count(Seg(tags_any=("Newsletter",))) == 1  # not the trash


def test_rfm_scores_are_kept_until_purchases_change(services, people, monkeypatch) -> None:
    from deskcrm.services.reports import customers_report

    calls = []
    real = customers_report.customer_figures

    def counting(ctx):
        calls.append(1)
        return real(ctx)

    monkeypatch.setattr(customers_report, "customer_figures", counting)
    seg = Seg(rfm_segment="Champions")
    first = services.segments.count(seg)
    assert services.segments.count(seg) == first and len(calls) == 1
    services.timeline.record_purchase(people["dan"], "Tea", 5_00, "EUR")
    services.segments.count(seg)
    assert len(calls) == 2  # a new purchase: scored again
