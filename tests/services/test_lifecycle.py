"""Lifecycle history and automation: a purchase or a won deal makes a customer; undoing
the win or the edit takes the change back."""

from __future__ import annotations

from sqlalchemy import text

from deskcrm.services.contacts import ContactInput
from deskcrm.services.deals import DealInput


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
    cid = services.contacts.create(ContactInput(first_name="Anna"))
    data = services.contacts.get(cid).data
    services.contacts.update(cid, ContactInput(**{**vars(data), "lifecycle": "prospect"}))
    assert history(db, cid) == [("", "lead", "created"), ("lead", "prospect", "edited")]
    services.contacts.update(cid, ContactInput(**{**vars(data), "lifecycle": "lead"}))  # undo
    assert history(db, cid) == [("", "lead", "created")]


def test_first_purchase_makes_a_customer_once(services, db) -> None:
    cid = services.contacts.create(ContactInput(first_name="Bob", lifecycle="prospect"))
    first = services.timeline.record_purchase(cid, "Tea", 5_00, "EUR")
    services.timeline.record_purchase(cid, "More tea", 5_00, "EUR")
    assert services.contacts.get(cid).data.lifecycle == "customer"
    assert history(db, cid)[1:] == [("prospect", "customer", f"purchase {first}")]


def test_a_former_customer_buying_again_is_a_customer_again(services, db) -> None:
    cid = services.contacts.create(ContactInput(first_name="Eve", lifecycle="former"))
    services.timeline.record_purchase(cid, "Tea", 5_00, "EUR")
    assert services.contacts.get(cid).data.lifecycle == "customer"


def test_won_deal_makes_a_customer_and_undoing_the_win_takes_it_back(services, db) -> None:
    cid = services.contacts.create(ContactInput(first_name="Cara"))
    deal = services.deals.create(DealInput(title="Site", pipeline_id=1, stage_id=1, contact_id=cid))
    before = services.pipeline.close_won(deal)
    assert services.contacts.get(cid).data.lifecycle == "customer"
    assert history(db, cid)[-1] == ("lead", "customer", f"deal {deal}")
    services.pipeline.restore_placement(deal, before)  # Ctrl+Z on the board
    assert services.contacts.get(cid).data.lifecycle == "lead"
    assert history(db, cid) == [("", "lead", "created")]
    services.pipeline.close_lost(deal, "Too expensive")
    assert services.contacts.get(cid).data.lifecycle == "lead"
