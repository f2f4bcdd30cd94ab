"""No lost update: a contact form saved after someone else changed the contact (a second
window or program on the same file, a colleague on the same server) is refused, and the
other person's change stays. Every write to what the form shows raises the row version;
writes the form does not show (a logged e-mail) do not get in the way."""

from __future__ import annotations

from dataclasses import replace

import pytest

from deskcrm.app import build_services
from deskcrm.db.opening import open_database
from deskcrm.errors import EditConflictError
from deskcrm.services.contacts.conflicts import differences
from deskcrm.services.contacts.contacts import ContactInput
from tests.conftest import NOW, TZ


def _anna(services) -> int:
    return services.contacts.create(
        ContactInput(first_name="Anna", last_name="Berg", emails=["anna@example.com"])
    ).id


@pytest.fixture
def elsewhere(db_address):
    """A second client of the same database: its own engine and connections."""
    other = open_database(db_address)
    yield build_services(other, clock=lambda: NOW, tz=TZ)
    other.close()


def test_a_save_over_someone_elses_change_is_refused_and_theirs_stays(services, elsewhere) -> None:
    contact_id = _anna(services)
    opened = services.contacts.get(contact_id)  # my form
    theirs = elsewhere.contacts.get(contact_id)
    elsewhere.contacts.update(
        contact_id,
        replace(theirs.data, title="Head of Purchasing"),
        expected_version=theirs.row_version,
    )
    mine = replace(opened.data, notes="Prefers calls")
    with pytest.raises(EditConflictError) as conflict:
        services.contacts.update(contact_id, mine, expected_version=opened.row_version)
    now = services.contacts.get(contact_id)
    assert (now.data.title, now.data.notes) == ("Head of Purchasing", "")
    assert conflict.value.version == now.row_version > opened.row_version
    # What the user is shown: only the fields that differ, theirs beside mine.
    assert differences(now.data, mine) == [
        ("Title", "Head of Purchasing", ""),
        ("Notes", "", "Prefers calls"),
    ]
    # Knowingly over their version: saved.
    services.contacts.update(contact_id, mine, expected_version=conflict.value.version)
    assert services.contacts.get(contact_id).data.notes == "Prefers calls"


def test_every_write_to_what_the_form_shows_raises_the_version(services) -> None:
    contact_id = _anna(services)
    bulk = services.bulk
    writes = [
        (
            "edit",
            lambda: services.contacts.update(contact_id, services.contacts.get(contact_id).data),
        ),
        ("add a tag", lambda: bulk.add_tag([contact_id], "VIP")),
        ("remove a tag", lambda: bulk.remove_tag([contact_id], "VIP")),
        ("change lifecycle", lambda: bulk.set_lifecycle([contact_id], "customer")),
    ]
    for what, write in writes:
        opened = services.contacts.get(contact_id)
        write()
        with pytest.raises(EditConflictError):
            services.contacts.update(contact_id, opened.data, expected_version=opened.row_version)
        assert services.contacts.get(contact_id).row_version > opened.row_version, what


def test_undoing_a_lifecycle_change_raises_the_version_too(services) -> None:
    contact_id = _anna(services)
    change = services.bulk.set_lifecycle([contact_id], "customer")
    opened = services.contacts.get(contact_id)
    services.bulk.undo(change)
    assert services.contacts.get(contact_id).data.lifecycle == "lead"
    with pytest.raises(EditConflictError):
        services.contacts.update(contact_id, opened.data, expected_version=opened.row_version)


def test_what_the_form_does_not_show_does_not_block_a_save(services) -> None:
    contact_id = _anna(services)
    opened = services.contacts.get(contact_id)
    services.bulk.log_email([contact_id], "Newsletter")  # last contacted moves
    mine = replace(opened.data, notes="Met at the fair")
    services.contacts.update(contact_id, mine, expected_version=opened.row_version)
    assert services.contacts.get(contact_id).data.notes == "Met at the fair"


def test_saves_without_a_version_are_not_checked(services, elsewhere) -> None:
    # Undo and merges write what the user just saw: they pass no version.
    contact_id = _anna(services)
    opened = services.contacts.get(contact_id)
    elsewhere.contacts.update(contact_id, replace(opened.data, title="CEO"))
    services.contacts.update(contact_id, replace(opened.data, title="CFO"))
    assert services.contacts.get(contact_id).data.title == "CFO"
