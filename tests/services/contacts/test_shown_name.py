"""Someone an address book knew only by an email, a phone or a nickname keeps no invented
first name: the name fields stay empty, as the file left them, and every list, card,
report and export shows them by what there is (domain.names / db.names, one rule in
Python and in SQL). Identity is not loosened by it: two nameless records are the same
person only when what they go by is the same."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from deskcrm.db.contact_queries import ContactFilter
from deskcrm.domain.names import name_sort_key, shown_name
from deskcrm.domain.validation import PhoneNumber
from deskcrm.errors import ValidationError
from deskcrm.services.contacts import new_contacts
from deskcrm.services.contacts.contacts import ContactInput
from deskcrm.services.contacts.writing import CleanContact
from deskcrm.services.import_export.importing import ImportService
from deskcrm.services.pipeline.deals import DealInput
from deskcrm.services.tasks.tasks import TaskInput
from tests.conftest import NOW


def _csv(path: Path, rows: list[list[str]]) -> Path:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


HEADER = ["First Name", "Last Name", "Nickname", "E-mail Address", "Mobile Phone", "Company"]


def _by_name(services) -> dict[str, object]:
    ids = services.contacts.list_ids(ContactFilter())
    rows = services.contacts.rows(ids)
    return {rows[i].name: services.contacts.get(i).data for i in ids}


def test_records_without_a_name_keep_empty_names_and_are_shown_by_what_they_have(
    services, tmp_path: Path
) -> None:
    path = _csv(
        tmp_path / "people.csv",
        [
            HEADER,
            ["", "", "", "info@kaffeerösterei.example", "", ""],
            ["", "", "", "", "+49 171 2345678", ""],
            ["", "", "Mo", "", "", ""],
            ["", "", "", "anna(at)example", "", ""],
            ["Anna", "Zeller", "", "anna@example.com", "", ""],
        ],
    )
    report = ImportService(services.contacts._db, services.settings).import_contacts_csv(path)
    assert (report.new, report.invalid) == (5, [])
    people = _by_name(services)
    # Someone known only by a number is shown the way the Phone column writes it.
    for name in ("info@kaffeerösterei.example", "+49 171 2345678", "Mo"):
        assert (people[name].first_name, people[name].last_name) == ("", "")  # type: ignore[attr-defined]
    # The one clue that is not a valid address is kept as written, and goes by it.
    kept = people["anna(at)example"]
    assert (kept.first_name, kept.display_name) == ("", "anna(at)example")  # type: ignore[attr-defined]
    # Sorted by the name shown, like everyone else ("+" sorts before letters).
    ids = services.contacts.list_ids(ContactFilter())
    assert [services.contacts.rows(ids)[i].name for i in ids] == [
        "+49 171 2345678",
        "Anna Zeller",
        "anna(at)example",
        "info@kaffeerösterei.example",
        "Mo",
    ]
    # Importing the file again adds nobody.
    again = ImportService(services.contacts._db, services.settings).import_contacts_csv(path)
    assert again.new == 0
    assert services.contacts.count() == 5


def _on_deal_and_task(services, contact_id: int) -> tuple[str, str]:
    """The contact's name as a deal card and a task row show it."""
    (pipeline,) = services.pipeline.pipelines()
    deal = services.deals.create(
        DealInput(
            title="Espresso beans",
            pipeline_id=pipeline.id,
            stage_id=pipeline.stages[0].id,
            contact_id=contact_id,
        )
    )
    task = services.tasks.create(TaskInput(title="Call back", contact_id=contact_id))
    return (
        services.pipeline.cards([deal.id])[deal.id].contact_name,
        services.tasks.rows([task.id])[task.id].contact_name,
    )


def test_deals_tasks_search_and_the_contact_card_show_a_nameless_contact_by_its_email(
    services, tmp_path: Path
) -> None:
    path = _csv(tmp_path / "one.csv", [HEADER, ["", "", "", "ops@nordlicht.example", "", ""]])
    ImportService(services.contacts._db, services.settings).import_contacts_csv(path)
    (contact_id,) = services.contacts.list_ids(ContactFilter())
    assert services.contacts.get(contact_id).name == "ops@nordlicht.example"
    assert _on_deal_and_task(services, contact_id) == ("ops@nordlicht.example",) * 2
    assert services.contacts.list_ids(ContactFilter(text="ops@nordlicht")) == [contact_id]


def test_a_contact_known_only_by_a_number_is_shown_by_it_readably_everywhere(
    services, tmp_path: Path
) -> None:
    path = _csv(tmp_path / "one.csv", [HEADER, ["", "", "", "", "+49 171 2345678", ""]])
    ImportService(services.contacts._db, services.settings).import_contacts_csv(path)
    (contact_id,) = services.contacts.list_ids(ContactFilter())
    shown = "+49 171 2345678"
    assert services.contacts.get(contact_id).name == shown
    assert services.contacts.rows([contact_id])[contact_id].name == shown
    assert _on_deal_and_task(services, contact_id) == (shown, shown)
    # Searching by the number as typed still finds them; the stored number is untouched.
    assert services.contacts.list_ids(ContactFilter(text="0171 2345678")) == [contact_id]
    assert services.contacts.get(contact_id).data.phones[0] == "+491712345678"
    services.contacts.delete([contact_id])
    (item,) = services.trash.items("contact")
    assert item.title == shown


def test_a_nameless_contact_can_be_edited_without_inventing_a_name(services) -> None:
    created = services.contacts.create(ContactInput(emails=["desk@example.org"]))
    data = services.contacts.get(created.id).data
    data.notes = "Front desk, mornings only"
    services.contacts.update(created.id, data)
    detail = services.contacts.get(created.id)
    assert (detail.data.first_name, detail.data.notes, detail.name) == (
        "",
        "Front desk, mornings only",
        "desk@example.org",
    )
    # With nothing at all to go by, a name is still asked for.
    with pytest.raises(ValidationError) as raised:
        services.contacts.create(ContactInput(notes="who?"))
    assert raised.value.errors == {"first_name": "A first or last name is required"}


def test_nameless_records_sharing_a_number_are_not_folded_into_one(
    services, tmp_path: Path
) -> None:
    # A shop's landline under two different addresses, and a named colleague with it too:
    # three people (before, both nameless rows went by "info" and became one).
    path = _csv(
        tmp_path / "shared.csv",
        [
            HEADER,
            ["", "", "", "info@laden-a.example", "030 1234567", ""],
            ["", "", "", "info@laden-b.example", "030 1234567", ""],
            ["Jens", "Ohlsen", "", "jens@laden-a.example", "030 1234567", ""],
        ],
    )
    report = ImportService(services.contacts._db, services.settings).import_contacts_csv(path)
    assert report.new == 3
    # The same nameless row again is the same person (by its email).
    again = ImportService(services.contacts._db, services.settings).import_contacts_csv(path)
    assert again.new == 0


_PART = st.sampled_from(["", "", "Anna", "Zoë", "van der Berg", "名無し", "O'Brien"])
_EMAIL = st.sampled_from(["", "", "a@example.com", "Ünal@example.de"])
_PHONE = st.sampled_from(["", "", "+4930123456", "+12025550100"])


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(first=_PART, last=_PART, display=_PART, nickname=_PART, email=_EMAIL, phone=_PHONE)
def test_the_sql_name_and_the_python_name_agree(
    db, services, first, last, display, nickname, email, phone
) -> None:
    contact = CleanContact(
        first_name=first,
        last_name=last,
        display_name=display,
        nickname=nickname,
        emails=[(email, "")] if email else [],
        phones=[(PhoneNumber(phone, phone[3:]), "")] if phone else [],
    )
    with db.transaction() as session:
        (contact_id,) = new_contacts.write_new_contacts(session, [contact], NOW)
    try:
        expected = shown_name(
            first, last, display_name=display, nickname=nickname, email=email, phone=phone
        )
        assert services.contacts.rows([contact_id])[contact_id].name == expected
        assert services.contacts.get(contact_id).name == expected
        with db.reading() as session:
            from deskcrm.db import contact_writes

            stored = {row[0]: row[-1] for row in contact_writes.names_and_sort_names(session)}
        assert stored[contact_id] == name_sort_key(
            first, last, display_name=display, nickname=nickname, email=email, phone=phone
        )
    finally:
        services.contacts.delete([contact_id])
        services.contacts.empty_trash()
