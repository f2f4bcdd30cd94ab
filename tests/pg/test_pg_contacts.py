"""The services on a PostgreSQL server, through the real composition root: contacts with
every field, the list, accent-insensitive prefix search, trash, companies, a deal moved
between stages and a task done."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest

from deskcrm.bootstrap import OpenServices, open_services
from deskcrm.db.contact_queries import ContactFilter
from deskcrm.db.deal_queries import DealFilter
from deskcrm.domain.contact_parts import PostalAddress, UnparsedValue, Website
from deskcrm.services.contacts.companies import CompanyInput
from deskcrm.services.contacts.contacts import ContactInput
from deskcrm.services.pipeline.deals import DealInput
from deskcrm.services.storage.settings import AppSettings
from deskcrm.services.tasks.tasks import TaskInput
from tests.conftest import NOW, TZ


@pytest.fixture
def opened(pg_url: str) -> Iterator[OpenServices]:
    with open_services(pg_url, clock=lambda: NOW, tz=TZ, create=True) as bundle:
        bundle.services.settings.save(
            AppSettings(business_name="Test Shop", default_currency="EUR", phone_region="DE")
        )
        yield bundle


def _everything() -> ContactInput:
    return ContactInput(
        first_name="José",
        last_name="Müller",
        middle_name="Maria",
        name_prefix="Dr.",
        name_suffix="PhD",
        nickname="Pepe",
        company_name="Ørsted GmbH",
        title="Buyer",
        department="Purchasing",
        emails=["jose@example.com", "pepe@home.example"],
        email_labels=["work", "home"],
        phones=["+49 30 1234567", "+49 170 7654321"],
        phone_labels=["work", "mobile"],
        addresses=[
            PostalAddress(
                label="work",
                street="Hauptstr. 1",
                city="Köln",
                postal_code="50667",
                country="Germany",
            ),
            PostalAddress(
                label="home",
                street="Ringweg 9",
                city="Bonn",
                postal_code="53111",
                country="Germany",
            ),
        ],
        websites=[Website("https://example.com/jose", "work")],
        birthday=date(1980, 5, 17),
        anniversary=date(2000, 9, 1),
        anniversary_year_known=False,
        lifecycle="prospect",
        source="Fair",
        source_uid="uid-123",
        notes="Met at the fair",
        follow_up_days=30,
        tags=["VIP", "fair"],
        unparsed=[UnparsedValue("birthday", "circa 1800", "not a date DeskCRM can read")],
    )


def test_a_contact_with_every_field_reads_back_as_written(opened: OpenServices) -> None:
    contacts = opened.services.contacts
    created = contacts.create(_everything())
    detail = contacts.get(created.id)
    assert detail.company_name == "Ørsted GmbH"
    data = detail.data
    assert (data.first_name, data.last_name, data.middle_name) == ("José", "Müller", "Maria")
    assert (data.name_prefix, data.name_suffix, data.nickname) == ("Dr.", "PhD", "Pepe")
    assert (data.title, data.department) == ("Buyer", "Purchasing")
    assert data.emails == ["jose@example.com", "pepe@home.example"]
    assert data.email_labels == ["work", "home"]
    assert len(data.phones) == 2 and data.phone_labels == ["work", "mobile"]
    assert [a.city for a in data.addresses] == ["Köln", "Bonn"]
    assert data.websites == [Website("https://example.com/jose", "work")]
    assert data.birthday == date(1980, 5, 17) and data.birthday_year_known
    assert data.anniversary is not None and not data.anniversary_year_known
    assert (data.lifecycle, data.source, data.source_uid) == ("prospect", "Fair", "uid-123")
    assert (data.notes, data.follow_up_days) == ("Met at the fair", 30)
    assert sorted(data.tags) == ["VIP", "fair"]
    assert [u.value for u in data.unparsed] == ["circa 1800"]


def test_the_list_is_in_name_order_and_search_ignores_accents(opened: OpenServices) -> None:
    contacts = opened.services.contacts
    ids = {
        name: contacts.create(ContactInput(first_name=first, last_name=name)).id
        for first, name in (("Zoë", "Adams"), ("José", "Müller"), ("Anna", "Zimmer"))
    }
    # By the sort name, first name first, accents folded: Anna, José, Zoë.
    assert contacts.list_ids(ContactFilter()) == [ids["Zimmer"], ids["Müller"], ids["Adams"]]
    assert contacts.list_ids(ContactFilter(text="jose")) == [ids["Müller"]]
    assert contacts.list_ids(ContactFilter(text="jo mu")) == [ids["Müller"]]
    assert contacts.list_ids(ContactFilter(text="zoe")) == [ids["Adams"]]
    assert [row.id for row in contacts.search("MÜLL")] == [ids["Müller"]]
    assert contacts.list_ids(ContactFilter(text="nobody")) == []


def test_trash_and_restore(opened: OpenServices) -> None:
    contacts = opened.services.contacts
    kept = contacts.create(ContactInput(first_name="Kept", last_name="One")).id
    gone = contacts.create(ContactInput(first_name="Gone", last_name="Two")).id
    contacts.delete([gone])
    assert contacts.list_ids(ContactFilter()) == [kept]
    assert contacts.list_ids(ContactFilter(in_trash=True)) == [gone]
    contacts.restore([gone])
    assert sorted(contacts.list_ids(ContactFilter())) == sorted([kept, gone])
    assert contacts.count() == 2


def test_companies_are_found_case_insensitively(opened: OpenServices) -> None:
    companies = opened.services.companies
    acme = companies.create(CompanyInput(name="Acme Ltd", city="Leeds")).id
    companies.create(CompanyInput(name="Zeta AG"))
    assert companies.find_by_name("ACME LTD") == acme
    assert companies.list_ids("acme") == [acme]
    assert companies.get(acme).city == "Leeds"


def test_a_deal_moves_between_stages_and_a_task_is_done(opened: OpenServices) -> None:
    services = opened.services
    person = services.contacts.create(ContactInput(first_name="Ana", last_name="Lima")).id
    pipeline_id = 1
    lead, qualified = (stage.id for stage in services.pipeline.pipeline(pipeline_id).stages[:2])
    deal = services.deals.create(
        DealInput(
            title="Website",
            pipeline_id=pipeline_id,
            stage_id=lead,
            contact_id=person,
            value_minor=120_000,
            currency="EUR",
        )
    ).id
    second = services.deals.create(
        DealInput(title="Logo", pipeline_id=pipeline_id, stage_id=qualified, value_minor=5_000)
    ).id
    assert services.pipeline.board(pipeline_id, DealFilter())[lead] == [deal]
    services.pipeline.move_deal(deal, qualified, before_deal_id=second)
    board = services.pipeline.board(pipeline_id, DealFilter())
    assert board.get(lead, []) == [] and board[qualified] == [deal, second]
    task = services.tasks.create(
        TaskInput(title="Call Ana", contact_id=person, due_at=NOW + timedelta(days=1))
    ).id
    assert [t.id for t in services.tasks.open_for_contact(person)] == [task]
    services.tasks.complete(task)
    assert services.tasks.open_for_contact(person) == []
