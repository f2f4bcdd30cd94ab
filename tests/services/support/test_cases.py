"""Support cases: opening, the note thread, status transitions, overdue judging, figures."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from deskcrm.errors import ValidationError
from deskcrm.services.contacts.contacts import ContactInput
from deskcrm.services.support.cases import CaseFilter, CaseInput, CaseService, resolution_figures
from tests.conftest import NOW, Clock


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def cases(db, clock) -> CaseService:
    return CaseService(db, clock, lambda: 2)


@pytest.fixture
def anna(services) -> int:
    return services.contacts.create(ContactInput(first_name="Anna", last_name="<b>Berg</b>")).id


def test_open_with_the_customers_words_then_reply_and_resolve(cases, clock, anna) -> None:
    case = cases.open_case(CaseInput("Kettle leaks", anna, priority=3, first_note="It drips")).id
    row = cases.get(case)
    assert (row.status, row.contact_name, row.notes, row.waiting_since) == (
        "open",
        "Anna <b>Berg</b>",
        1,
        NOW,
    )
    clock.now = NOW + timedelta(hours=3)
    cases.add_note(case, "me", "Sending a new seal")
    assert cases.get(case).waiting_since is None  # answered
    before = cases.set_status(case, "waiting").value
    assert before == ("open", None)
    clock.now = NOW + timedelta(days=1)
    cases.add_note(case, "customer", "Seal did not fit")  # they answered: open again
    row = cases.get(case)
    assert row.status == "open" and row.waiting_since == clock.now
    clock.now = NOW + timedelta(days=2)
    cases.set_status(case, "resolved")
    row = cases.get(case)
    assert (row.status, row.closed_at) == ("resolved", clock.now)
    assert [n.author for n in cases.notes(case)] == ["customer", "me", "customer"]
    cases.set_status(case, "open")  # reopened
    assert cases.get(case).closed_at is None


def test_invalid_input_names_the_field(cases, anna, services) -> None:
    with pytest.raises(ValidationError) as error:
        cases.open_case(CaseInput("  ", anna, priority=9))
    assert set(error.value.errors) == {"title", "priority"}
    case = cases.open_case(CaseInput("Late parcel", anna)).id
    with pytest.raises(ValidationError):
        cases.add_note(case, "me", "   ")
    with pytest.raises(ValidationError):
        cases.set_status(case, "closed-ish")
    services.contacts.delete([anna])
    with pytest.raises(ValidationError):
        cases.open_case(CaseInput("Another", anna))


def test_overdue_after_the_reply_days_without_a_reply(cases, clock, anna) -> None:
    late = cases.open_case(CaseInput("Late parcel", anna, first_note="Where is it?")).id
    answered = cases.open_case(CaseInput("Wrong colour", anna)).id
    cases.add_note(answered, "me", "Exchanging it")
    waiting = cases.open_case(CaseInput("Needs photo", anna)).id
    cases.set_status(waiting, "waiting")  # the ball is in the customer's court
    clock.now = NOW + timedelta(days=2) - timedelta(minutes=1)
    assert cases.overdue() == []
    clock.now = NOW + timedelta(days=2)
    assert [r.id for r in cases.overdue()] == [late]
    listed = cases.cases(CaseFilter())
    assert listed[0].id == late  # overdue first
    assert {r.id for r in cases.cases(CaseFilter(status="waiting"))} == {waiting}
    assert [r.id for r in cases.cases(CaseFilter(text="parcel"))] == [late]
    assert [r.id for r in cases.cases(CaseFilter(text="berg"))] == [late, answered, waiting]


def test_trash_and_restore(cases, anna) -> None:
    case = cases.open_case(CaseInput("Late parcel", anna)).id
    cases.delete([case])
    assert cases.cases(CaseFilter(include_resolved=True)) == []
    cases.restore([case])
    assert len(cases.cases()) == 1


def test_opened_resolved_and_median_time_to_resolve(db, cases, clock, anna) -> None:
    durations = [1, 3, 10]  # days
    for days in durations:
        clock.now = NOW
        case = cases.open_case(CaseInput(f"Case {days}", anna)).id
        clock.now = NOW + timedelta(days=days)
        cases.set_status(case, "resolved")
    clock.now = NOW
    cases.open_case(CaseInput("Still open", anna))
    start = datetime(2026, 3, 1, tzinfo=UTC)
    end = datetime(2026, 4, 1, tzinfo=UTC)
    assert resolution_figures(db, start, end) == (4, 3, 3.0)
    assert resolution_figures(db, start, NOW + timedelta(days=5)) == (4, 2, 2.0)
    assert resolution_figures(db, end, end + timedelta(days=30)) == (0, 0, None)


def test_a_case_can_be_about_one_of_the_customers_deals_or_purchases(cases, anna, services) -> None:
    from deskcrm.services.pipeline.deals import DealInput

    bought = services.timeline.record_purchase(anna, "Kettle", 40_00, "EUR").id
    deal = services.deals.create(
        DealInput(title="Office kettles", pipeline_id=1, stage_id=1, contact_id=anna)
    ).id
    on_purchase = cases.open_case(CaseInput("Leaks", anna, purchase_id=bought)).id
    on_deal = cases.open_case(CaseInput("Quote unclear", anna, deal_id=deal)).id
    assert cases.get(on_purchase).about == "Purchase: Kettle"
    assert cases.get(on_deal).about == "Deal: Office kettles"
    bob = services.contacts.create(ContactInput(first_name="Bob")).id
    with pytest.raises(ValidationError) as error:
        cases.open_case(CaseInput("Not his", bob, purchase_id=bought))
    assert "purchase" in error.value.errors
