"""Interactions and purchases on a contact's timeline."""

from __future__ import annotations

from datetime import timedelta

import pytest

from deskcrm.errors import NotFoundError, ValidationError
from deskcrm.services.contacts.contacts import ContactInput
from deskcrm.services.contacts.timeline import InteractionEdit
from tests.conftest import NOW


@pytest.fixture
def contact_id(services) -> int:
    return services.contacts.create(ContactInput(first_name="Anna", last_name="Müller")).id


def test_logging_interactions_orders_newest_first_and_updates_last_contacted(
    services,
    contact_id,
) -> None:
    timeline = services.timeline
    older = timeline.log_interaction(
        contact_id, "call", "Intro call", occurred_at=NOW - timedelta(days=3)
    ).id
    newer = timeline.log_interaction(
        contact_id, "note", "Prefers email", "Long\nbody", occurred_at=NOW
    ).id
    timeline.log_interaction(
        contact_id, "email", "Late entry", occurred_at=NOW - timedelta(days=10)
    )
    entries = timeline.interactions(contact_id)
    assert [e.id for e in entries][:2] == [newer, older]
    assert entries[0].body == "Long\nbody"
    assert services.contacts.get(contact_id).last_contacted_at == NOW


def test_an_interaction_needs_a_known_kind_and_a_summary(services, contact_id) -> None:
    with pytest.raises(ValidationError) as caught:
        services.timeline.log_interaction(contact_id, "fax", "  ")
    assert set(caught.value.errors) == {"kind", "summary"}
    with pytest.raises(NotFoundError):
        services.timeline.log_interaction(9999, "call", "Hello")


def test_deleted_interactions_leave_the_timeline_and_can_come_back(services, contact_id) -> None:
    entry = services.timeline.log_interaction(contact_id, "call", "Hello", occurred_at=NOW).id
    assert services.timeline.delete_interactions([entry]).interactions == {entry}
    assert services.timeline.interactions(contact_id) == []
    services.timeline.restore_interactions([entry])
    assert [e.id for e in services.timeline.interactions(contact_id)] == [entry]


def test_purchase_totals_are_per_currency(services, contact_id) -> None:
    timeline = services.timeline
    timeline.record_purchase(contact_id, "Beans", 2490, "EUR", NOW - timedelta(days=30))
    timeline.record_purchase(contact_id, "Mug", 1250, "eur", NOW - timedelta(days=2), quantity=2)
    timeline.record_purchase(contact_id, "Workshop", 50000, "USD", NOW - timedelta(days=90))
    summary = timeline.purchase_summary(contact_id)
    assert summary.count == 3
    assert summary.lifetime_value == {"EUR": 3740, "USD": 50000}
    assert summary.last_purchase_at == NOW - timedelta(days=2)
    assert [p.description for p in timeline.purchases(contact_id)] == ["Mug", "Beans", "Workshop"]


def test_a_purchase_needs_an_item_a_currency_and_a_positive_amount(services, contact_id) -> None:
    with pytest.raises(ValidationError) as caught:
        services.timeline.record_purchase(contact_id, "", -5, "euro", quantity=0)
    assert set(caught.value.errors) == {"description", "amount", "currency", "quantity"}


def test_a_deleted_purchase_leaves_the_history_and_the_lifetime_value_and_comes_back(
    services, contact_id
) -> None:
    timeline = services.timeline
    kept = timeline.record_purchase(contact_id, "Beans", 2490, "EUR", NOW - timedelta(days=30)).id
    mug = timeline.record_purchase(contact_id, "Mug", 1250, "EUR", NOW - timedelta(days=2)).id

    assert timeline.delete_purchases([mug, 9999]).purchases == {mug}
    assert [p.id for p in timeline.purchases(contact_id)] == [kept]
    summary = timeline.purchase_summary(contact_id)
    assert (summary.count, summary.lifetime_value) == (1, {"EUR": 2490})
    assert summary.last_purchase_at == NOW - timedelta(days=30)
    assert not timeline.delete_purchases([mug])  # already in the trash: nothing changed

    timeline.restore_purchases([mug])
    assert [p.id for p in timeline.purchases(contact_id)] == [mug, kept]
    assert timeline.purchase_summary(contact_id).lifetime_value == {"EUR": 3740}


def test_an_entry_opens_in_full_and_an_edit_rewrites_it(services, contact_id) -> None:
    """Issue 19: timeline entries showed one line and could not be opened or edited."""
    timeline = services.timeline
    body = "Agreed on the scope.\nSend the quote by Friday.\n" + "More. " * 200
    entry = timeline.log_interaction(contact_id, "call", "Scope call", body, occurred_at=NOW).id
    opened = timeline.interaction(entry)
    assert (opened.kind, opened.summary, opened.body, opened.occurred_at) == (
        "call",
        "Scope call",
        body.strip(),
        NOW,
    )
    later = NOW + timedelta(hours=2)
    changes = timeline.update_interaction(
        entry, InteractionEdit("meeting", later, "Scope meeting", "Shorter notes")
    )
    assert changes.interactions == {entry} and changes.contacts == {contact_id}
    edited = timeline.interaction(entry)
    assert (edited.kind, edited.summary, edited.body, edited.occurred_at) == (
        "meeting",
        "Scope meeting",
        "Shorter notes",
        later,
    )
    assert services.contacts.get(contact_id).last_contacted_at == later
    # Undo writes the entry as it was opened: the contact's last contact moves back too.
    timeline.update_interaction(
        entry, InteractionEdit(opened.kind, opened.occurred_at, opened.summary, opened.body)
    )
    assert timeline.interaction(entry) == opened
    assert services.contacts.get(contact_id).last_contacted_at == NOW


def test_moving_the_latest_entry_back_makes_the_next_one_the_last_contact(
    services, contact_id
) -> None:
    timeline = services.timeline
    timeline.log_interaction(contact_id, "email", "Older", occurred_at=NOW - timedelta(days=5))
    latest = timeline.log_interaction(contact_id, "call", "Latest", occurred_at=NOW).id
    a_year_ago = NOW - timedelta(days=365)
    timeline.update_interaction(latest, InteractionEdit("call", a_year_ago, "Latest"))
    assert services.contacts.get(contact_id).last_contacted_at == NOW - timedelta(days=5)


def test_an_edit_is_checked_like_a_new_entry_and_a_trashed_one_is_gone(
    services, contact_id
) -> None:
    timeline = services.timeline
    entry = timeline.log_interaction(contact_id, "call", "Hello", occurred_at=NOW).id
    with pytest.raises(ValidationError) as caught:
        timeline.update_interaction(entry, InteractionEdit("fax", NOW, " "))
    assert set(caught.value.errors) == {"kind", "summary"}
    assert timeline.interaction(entry).summary == "Hello"  # nothing written
    timeline.delete_interactions([entry])
    with pytest.raises(NotFoundError):
        timeline.interaction(entry)
    with pytest.raises(NotFoundError):
        timeline.update_interaction(entry, InteractionEdit("call", NOW, "Again"))
