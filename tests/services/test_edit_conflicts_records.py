"""No lost update on companies, deals and tasks either: an edit form saved after someone
else changed the record (a second client of the same file or server) is refused and
their change stays. The database raises the row version itself (migration 0012's
triggers), so every writer counts — a form, a card moved on the board, a deal won, a
task snoozed, a plain SQL UPDATE — while bookkeeping the form does not show (a card's
place in its column, a task ticked done) does not get in the way."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import text

from deskcrm.app import build_services
from deskcrm.db.opening import open_database
from deskcrm.errors import EditConflictError
from deskcrm.services.contacts.companies import CompanyInput
from deskcrm.services.contacts.contacts import ContactInput
from deskcrm.services.editing import differences
from deskcrm.services.pipeline.deals import DealInput
from deskcrm.services.tasks.tasks import TaskInput
from tests.conftest import NOW, TZ


@pytest.fixture
def elsewhere(db_address):
    """A second client of the same database: its own engine and connections."""
    other = open_database(db_address)
    yield build_services(other, clock=lambda: NOW, tz=TZ)
    other.close()


def _deal(services, title: str = "Espresso machine", **values) -> int:
    (pipeline,) = services.pipeline.pipelines()
    data = DealInput(
        title=title,
        pipeline_id=pipeline.id,
        stage_id=pipeline.open_stages[0].id,
        value_minor=480_000,
        currency="EUR",
        **values,
    )
    return services.deals.create(data).id


def test_a_company_saved_over_someone_elses_change_is_refused(services, elsewhere) -> None:
    company_id = services.companies.create(CompanyInput(name="Nordlicht GmbH")).id
    mine = services.companies.opened(company_id)
    theirs = elsewhere.companies.opened(company_id)
    elsewhere.companies.update(
        company_id, replace(theirs.data, city="Kiel"), expected_version=theirs.row_version
    )
    changed = replace(mine.data, notes="Pays within 10 days")
    with pytest.raises(EditConflictError) as conflict:
        services.companies.update(company_id, changed, expected_version=mine.row_version)
    now = services.companies.opened(company_id)
    assert (now.data.city, now.data.notes) == ("Kiel", "")
    assert conflict.value.version == now.row_version > mine.row_version
    assert differences(
        services.companies.described(now.data), services.companies.described(changed)
    ) == [("City", "Kiel", ""), ("Notes", "", "Pays within 10 days")]
    # Knowingly over their version: saved.
    services.companies.update(company_id, changed, expected_version=conflict.value.version)
    assert services.companies.get(company_id).notes == "Pays within 10 days"


def test_a_deal_moved_or_won_elsewhere_refuses_an_edit_made_before(services, elsewhere) -> None:
    anna = services.contacts.create(ContactInput(first_name="Anna", last_name="Berg")).id
    deal_id = _deal(services, contact_id=anna)
    (pipeline,) = services.pipeline.pipelines()
    second = pipeline.open_stages[1]
    writes = [
        ("moved to another stage", lambda: elsewhere.pipeline.move_deal(deal_id, second.id)),
        ("won", lambda: elsewhere.pipeline.close_won(deal_id)),
        ("reopened", lambda: elsewhere.pipeline.reopen(deal_id)),
        (
            "edited",
            lambda: elsewhere.deals.update(
                deal_id, replace(elsewhere.deals.get(deal_id)[0], value_minor=520_000)
            ),
        ),
    ]
    for what, write in writes:
        opened = services.deals.opened(deal_id)
        write()
        with pytest.raises(EditConflictError):
            services.deals.update(
                deal_id,
                replace(opened.data, notes="Call Friday"),
                expected_version=opened.row_version,
            )
        assert services.deals.opened(deal_id).row_version > opened.row_version, what
    # The user is shown what differs in words: names for ids, money as money.
    opened = services.deals.opened(deal_id)
    mine = replace(opened.data, value_minor=500_000, expected_close=date(2027, 1, 15))
    assert differences(services.deals.described(opened.data), services.deals.described(mine)) == [
        ("Value", "€5,200.00", "€5,000.00"),
        ("Expected close", "", "2027-01-15"),
    ]
    described = dict(services.deals.described(opened.data))
    assert described["Contact"] == "Anna Berg"
    assert described["Stage"].startswith(f"{pipeline.name}: ")


def test_reordering_a_column_does_not_block_editing_a_card_in_it(services, elsewhere) -> None:
    first = _deal(services, "First")
    second = _deal(services, "Second")
    opened = services.deals.opened(first)
    stage_id = opened.data.stage_id
    # Someone drops the second card above the first: the first's position may change,
    # nothing its form shows does.
    elsewhere.pipeline.move_deal(second, stage_id, before_deal_id=first)
    services.deals.update(
        first, replace(opened.data, notes="Still mine"), expected_version=opened.row_version
    )
    assert services.deals.get(first)[0].notes == "Still mine"


def test_a_task_snoozed_elsewhere_refuses_an_edit_made_before_but_ticking_does_not(
    services, elsewhere
) -> None:
    task_id = services.tasks.create(TaskInput(title="Send the quote", due_at=NOW)).id
    opened = services.tasks.opened(task_id)
    elsewhere.tasks.snooze(task_id, "tomorrow")
    with pytest.raises(EditConflictError):
        services.tasks.update(
            task_id, replace(opened.data, priority=3), expected_version=opened.row_version
        )
    saved = services.tasks.opened(task_id)
    rows = differences(
        services.tasks.described(saved.data),
        services.tasks.described(replace(opened.data, priority=3)),
    )
    assert [field for field, _theirs, _mine in rows] == ["Due", "Priority"]
    assert rows[1][1:] == ("None", "High")
    # Ticked done elsewhere: the form does not show it and a save does not undo it.
    elsewhere.tasks.complete(task_id)
    services.tasks.update(
        task_id, replace(saved.data, notes="Attach the PDF"), expected_version=saved.row_version
    )
    assert services.tasks.get(task_id).notes == "Attach the PDF"


def test_any_writer_raises_the_version_even_plain_sql(services, db) -> None:
    company_id = services.companies.create(CompanyInput(name="Laden A")).id
    deal_id = _deal(services)
    task_id = services.tasks.create(TaskInput(title="Call back")).id
    before = (
        services.companies.opened(company_id).row_version,
        services.deals.opened(deal_id).row_version,
        services.tasks.opened(task_id).row_version,
    )
    with db.transaction() as session:  # as another program or an older DeskCRM would
        session.execute(
            text("UPDATE company SET phone = '+49 30 1' WHERE id = :i"), {"i": company_id}
        )
        session.execute(text("UPDATE deal SET title = 'Grinder' WHERE id = :i"), {"i": deal_id})
        session.execute(text("UPDATE task SET priority = 2 WHERE id = :i"), {"i": task_id})
        # Bookkeeping only: no new version.
        session.execute(
            text("UPDATE deal SET position = position + 7 WHERE id = :i"), {"i": deal_id}
        )
    after = (
        services.companies.opened(company_id).row_version,
        services.deals.opened(deal_id).row_version,
        services.tasks.opened(task_id).row_version,
    )
    assert after == tuple(v + 1 for v in before)


def test_undo_of_an_edit_passes_no_version_and_is_not_refused(services, elsewhere) -> None:
    deal_id = _deal(services)
    before = services.deals.opened(deal_id)
    services.deals.update(deal_id, replace(before.data, title="Grinder"))
    elsewhere.deals.update(deal_id, replace(before.data, title="Grinder XL"))
    services.deals.update(deal_id, before.data)  # what the undo step writes
    assert services.deals.get(deal_id)[0].title == "Espresso machine"
