"""Lifecycle history and automation: a purchase or a won deal makes a customer; undoing
the win or the edit takes the change back."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import text

from deskcrm.services.contacts.contacts import ContactInput
from deskcrm.services.pipeline.deals import DealInput
from tests.conftest import NOW


def history(db, contact_id: int) -> list[tuple[str, str, str]]:
    with db.reading() as session:
        return [
            tuple(r)
            for r in session.execute(
                text(
                    "SELECT from_lifecycle, to_lifecycle, cause FROM lifecycle_event"
                    " WHERE contact_id = :c ORDER BY changed_at, id"
                ),
                {"c": contact_id},
            )
        ]


def test_created_edited_and_an_edit_taken_back(services, db) -> None:
    cid = services.contacts.create(ContactInput(first_name="Anna")).id
    data = services.contacts.get(cid).data
    services.contacts.update(cid, ContactInput(**{**vars(data), "lifecycle": "prospect"}))
    assert history(db, cid) == [("", "lead", "created"), ("lead", "prospect", "edited")]
    services.contacts.update(cid, ContactInput(**{**vars(data), "lifecycle": "lead"}))  # undo
    assert history(db, cid) == [("", "lead", "created")]


def test_first_purchase_makes_a_customer_once(services, db) -> None:
    cid = services.contacts.create(ContactInput(first_name="Bob", lifecycle="prospect")).id
    first = services.timeline.record_purchase(cid, "Tea", 5_00, "EUR").id
    services.timeline.record_purchase(cid, "More tea", 5_00, "EUR")
    assert services.contacts.get(cid).data.lifecycle == "customer"
    assert history(db, cid)[1:] == [("prospect", "customer", f"purchase {first}")]


def test_a_former_customer_buying_again_is_a_customer_again(services, db) -> None:
    cid = services.contacts.create(ContactInput(first_name="Eve", lifecycle="former")).id
    services.timeline.record_purchase(cid, "Tea", 5_00, "EUR")
    assert services.contacts.get(cid).data.lifecycle == "customer"


def test_won_deal_makes_a_customer_and_undoing_the_win_takes_it_back(services, db) -> None:
    cid = services.contacts.create(ContactInput(first_name="Cara")).id
    deal = services.deals.create(
        DealInput(title="Site", pipeline_id=1, stage_id=1, contact_id=cid)
    ).id
    before = services.pipeline.close_won(deal).value
    assert services.contacts.get(cid).data.lifecycle == "customer"
    assert history(db, cid)[-1] == ("lead", "customer", f"deal {deal}")
    services.pipeline.restore_placement(deal, before)  # Ctrl+Z on the board
    assert services.contacts.get(cid).data.lifecycle == "lead"
    assert history(db, cid) == [("", "lead", "created")]
    services.pipeline.close_lost(deal, "Too expensive")
    assert services.contacts.get(cid).data.lifecycle == "lead"


def test_deleting_the_purchase_that_made_a_lead_a_customer_makes_it_a_lead_again(
    services, db
) -> None:
    cid = services.contacts.create(ContactInput(first_name="Dan")).id
    before = history(db, cid)
    purchase = services.timeline.record_purchase(cid, "Tea", 5_00, "EUR").id
    assert services.contacts.get(cid).data.lifecycle == "customer"

    services.timeline.delete_purchases([purchase])  # Ctrl+Z after recording it
    assert services.contacts.get(cid).data.lifecycle == "lead"
    assert history(db, cid) == before == [("", "lead", "created")]
    assert services.timeline.purchases(cid) == []
    assert services.timeline.purchase_summary(cid).lifetime_value == {}

    services.timeline.restore_purchases([purchase])  # Ctrl+Shift+Z
    assert services.contacts.get(cid).data.lifecycle == "customer"
    assert history(db, cid) == [*before, ("lead", "customer", f"purchase {purchase}")]
    assert services.timeline.purchase_summary(cid).lifetime_value == {"EUR": 5_00}


def test_a_purchase_dated_in_the_past_is_taken_back_too(services, db) -> None:
    # Its event is dated before the contact's creation, yet it is the latest change made.
    cid = services.contacts.create(ContactInput(first_name="Fay", lifecycle="prospect")).id
    purchase = services.timeline.record_purchase(
        cid, "Tea", 5_00, "EUR", purchased_at=datetime(2020, 1, 1, tzinfo=UTC)
    ).id
    services.timeline.delete_purchases([purchase])
    assert services.contacts.get(cid).data.lifecycle == "prospect"
    assert history(db, cid) == [("", "prospect", "created")]


def test_a_former_customer_buying_again_and_the_purchase_undone_is_former_again(
    services, db
) -> None:
    cid = services.contacts.create(ContactInput(first_name="Gus", lifecycle="customer")).id
    data = services.contacts.get(cid).data
    services.contacts.update(cid, ContactInput(**{**vars(data), "lifecycle": "former"}))
    purchase = services.timeline.record_purchase(cid, "Tea", 5_00, "EUR").id
    assert services.contacts.get(cid).data.lifecycle == "customer"
    services.timeline.delete_purchases([purchase])
    assert services.contacts.get(cid).data.lifecycle == "former"
    assert history(db, cid)[-1] == ("customer", "former", "edited")


def test_a_purchase_by_a_customer_changes_no_lifecycle_either_way(services, db) -> None:
    cid = services.contacts.create(ContactInput(first_name="Hal", lifecycle="customer")).id
    before = history(db, cid)
    purchase = services.timeline.record_purchase(cid, "Tea", 5_00, "EUR").id
    services.timeline.delete_purchases([purchase])
    assert services.contacts.get(cid).data.lifecycle == "customer"
    assert history(db, cid) == before
    services.timeline.restore_purchases([purchase])
    assert services.contacts.get(cid).data.lifecycle == "customer"
    assert history(db, cid) == before


def test_deleting_a_purchase_leaves_a_stage_changed_since_by_hand(services, db) -> None:
    cid = services.contacts.create(ContactInput(first_name="Ida")).id
    purchase = services.timeline.record_purchase(cid, "Tea", 5_00, "EUR", purchased_at=NOW).id
    data = services.contacts.get(cid).data
    services.contacts.update(cid, ContactInput(**{**vars(data), "lifecycle": "former"}))
    services.timeline.delete_purchases([purchase])
    assert services.contacts.get(cid).data.lifecycle == "former"
    assert history(db, cid)[1:] == [
        ("lead", "customer", f"purchase {purchase}"),
        ("customer", "former", "edited"),
    ]
