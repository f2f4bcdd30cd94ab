"""Bulk actions on many contacts: each one undone whole, and done again by redo."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from deskcrm.errors import ValidationError
from deskcrm.services.contacts.contacts import ContactInput
from tests.conftest import NOW


@pytest.fixture
def three(services) -> list[int]:
    c = services.contacts
    return [
        c.create(ContactInput(first_name="Anna", emails=["anna@example.com"], tags=["VIP"])).id,
        c.create(ContactInput(first_name="Bob", emails=["bob@example.com"])).id,
        c.create(ContactInput(first_name="Cara", lifecycle="prospect")).id,
    ]


def tags_of(services, ids: list[int]) -> list[list[str]]:
    return [services.contacts.get(i).data.tags for i in ids]


def test_add_tag_then_undo_and_redo(services, three) -> None:
    change = services.bulk.add_tag(three, "Spring sale")
    assert change.count == 3 and change.tag_created
    assert tags_of(services, three) == [["Spring sale", "VIP"], ["Spring sale"], ["Spring sale"]]
    services.bulk.undo(change)
    assert tags_of(services, three) == [["VIP"], [], []]
    assert "Spring sale" not in {t.name for t in services.tags.all_with_counts()}
    again = services.bulk.redo(change)
    assert again.count == 3 and tags_of(services, three)[1] == ["Spring sale"]


def test_adding_an_existing_tag_only_touches_those_without_it(services, three) -> None:
    change = services.bulk.add_tag(three, "vip")  # the same tag, other case
    assert change.changed == three[1:] and not change.tag_created
    services.bulk.undo(change)
    assert tags_of(services, three) == [["VIP"], [], []]  # Anna keeps hers
    with pytest.raises(ValidationError):
        services.bulk.add_tag(three, "  ")


def test_remove_tag_and_undo(services, three) -> None:
    services.bulk.add_tag(three[:2], "Newsletter")
    change = services.bulk.remove_tag(three, "Newsletter")
    assert change.changed == three[:2]
    assert tags_of(services, three) == [["VIP"], [], []]
    services.bulk.undo(change)
    assert tags_of(services, three) == [["Newsletter", "VIP"], ["Newsletter"], []]
    nothing = services.bulk.remove_tag(three, "No such tag")
    assert nothing.count == 0
    services.bulk.undo(nothing)  # undoing nothing leaves everything as it was
    assert tags_of(services, three) == [["Newsletter", "VIP"], ["Newsletter"], []]


def test_change_lifecycle_records_history_and_undo_removes_it(services, db, three) -> None:
    from sqlalchemy import text

    change = services.bulk.set_lifecycle(three, "customer")
    assert change.lifecycles_before == {three[0]: "lead", three[1]: "lead", three[2]: "prospect"}
    assert {services.contacts.get(i).data.lifecycle for i in three} == {"customer"}
    history = "SELECT count(*) FROM lifecycle_event WHERE cause = 'bulk'"
    with db.reading() as session:
        assert session.execute(text(history)).scalar_one() == 3
    services.bulk.undo(change)
    assert [services.contacts.get(i).data.lifecycle for i in three] == ["lead", "lead", "prospect"]
    with db.reading() as session:
        assert session.execute(text(history)).scalar_one() == 0
    with pytest.raises(ValidationError):
        services.bulk.set_lifecycle(three, "vip")


def test_follow_up_task_for_each_and_undo(services, three) -> None:
    due = datetime(2026, 3, 20, 8, tzinfo=UTC)
    change = services.bulk.create_follow_ups(three, "Call {name} about spring", due)
    titles = sorted(services.tasks.open_for_contact(i)[0].title for i in three)
    assert titles == ["Call Anna about spring", "Call Bob about spring", "Call Cara about spring"]
    assert services.tasks.open_for_contact(three[0])[0].due_at == due
    services.bulk.undo(change)
    assert all(services.tasks.open_for_contact(i) == [] for i in three)


def test_email_plan_and_logged_email_undo(services, three) -> None:
    plan = services.bulk.email_plan(three, "News")
    assert plan.links == ["mailto:?bcc=anna@example.com,bob@example.com&subject=News"]
    assert plan.without_email == [three[2]]
    change = services.bulk.log_email(plan.with_email, "Spring newsletter")
    assert [e.summary for e in services.timeline.interactions(three[0])] == ["Spring newsletter"]
    assert services.contacts.get(three[0]).last_contacted_at == NOW
    services.bulk.undo(change)
    assert services.timeline.interactions(three[0]) == []
    assert services.contacts.get(three[0]).last_contacted_at is None


def test_each_message_of_an_email_plan_names_the_contacts_in_its_bcc(services, three) -> None:
    # A shared address is written to once, in one message, which covers both contacts.
    shared = services.contacts.create(
        ContactInput(first_name="Ann", emails=["anna@example.com"])
    ).id
    plan = services.bulk.email_plan([*three, shared])
    (batch,) = plan.batches_for("News")
    assert batch.link == "mailto:?bcc=anna@example.com,bob@example.com&subject=News"
    assert batch.contact_ids == [three[0], three[1], shared]
    assert plan.links_for("News") == [batch.link]


def test_contacts_in_the_trash_are_left_alone(services, three) -> None:
    services.contacts.delete([three[1]])
    change = services.bulk.add_tag(three, "X")
    assert change.changed == [three[0], three[2]]
