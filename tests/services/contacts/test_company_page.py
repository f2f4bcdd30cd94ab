"""A company's page (issue 19: "a Company page with its people, deals, revenue and a
combined timeline"), on both engines: the deals of the company and of its people, what
its people bought per currency, and their timelines newest first — never anyone else's,
nor what is in the trash."""

from __future__ import annotations

from datetime import timedelta

from deskcrm.services.contacts.companies import CompanyInput
from deskcrm.services.contacts.contacts import ContactInput
from deskcrm.services.pipeline.deals import DealInput
from tests.conftest import NOW


def test_the_page_holds_its_deals_revenue_and_timeline(services) -> None:
    s = services
    verde = s.companies.create(CompanyInput(name="Kaffee Verde")).id
    other = s.companies.create(CompanyInput(name="Nordlicht AG")).id
    anna = s.contacts.create(ContactInput(first_name="Anna", company_id=verde)).id
    ben = s.contacts.create(ContactInput(first_name="Ben", company_id=verde)).id
    gone = s.contacts.create(ContactInput(first_name="Gone", company_id=verde)).id
    carl = s.contacts.create(ContactInput(first_name="Carl", company_id=other)).id
    (pipeline,) = s.pipeline.pipelines()
    lead = pipeline.stages[0].id

    def deal(title: str, **kwargs) -> int:
        return s.deals.create(
            DealInput(title=title, pipeline_id=pipeline.id, stage_id=lead, **kwargs)
        ).id

    on_company = deal("Machines", company_id=verde, value_minor=500_00)
    on_anna = deal("Beans", contact_id=anna, value_minor=120_00)
    won = deal("Cups", contact_id=ben)
    s.pipeline.close_won(won)
    deal("Not theirs", contact_id=carl)
    s.timeline.record_purchase(anna, "Beans", 40_00, "EUR", NOW - timedelta(days=3))
    s.timeline.record_purchase(ben, "Cups", 10_50, "EUR", NOW - timedelta(days=2))
    s.timeline.record_purchase(ben, "Mugs", 20_00, "USD", NOW - timedelta(days=1))
    s.timeline.record_purchase(carl, "Not theirs", 99_00, "EUR", NOW)
    s.timeline.record_purchase(gone, "In the trash", 77_00, "EUR", NOW)
    s.timeline.log_interaction(anna, "call", "First call", occurred_at=NOW - timedelta(days=5))
    s.timeline.log_interaction(ben, "email", "Quote sent", occurred_at=NOW - timedelta(days=1))
    s.timeline.log_interaction(carl, "call", "Not theirs", occurred_at=NOW)
    s.timeline.log_interaction(gone, "note", "In the trash", occurred_at=NOW)
    s.contacts.delete([gone])

    page = s.companies.page(verde)
    open_titles = [d.title for d in page.deals if d.status == "open"]
    assert sorted(open_titles) == ["Beans", "Machines"]
    assert [d.title for d in page.deals][-1] == "Cups"  # closed deals after the open ones
    assert {d.id for d in page.deals} == {on_company, on_anna, won}
    beans = next(d for d in page.deals if d.id == on_anna)
    assert (beans.contact_name, beans.value_minor, beans.stage) == ("Anna", 120_00, "Lead")
    assert page.revenue == {"EUR": 50_50, "USD": 20_00}
    assert [(e.contact_name, e.summary) for e in page.timeline] == [
        ("Ben", "Quote sent"),
        ("Anna", "First call"),
    ]
    assert page.timeline_total == 2
    assert s.companies.page(verde, entries=1).timeline_total == 2
    assert len(s.companies.page(verde, entries=1).timeline) == 1


def test_a_company_with_nobody_has_an_empty_page(services) -> None:
    empty = services.companies.create(CompanyInput(name="Leer GmbH")).id
    page = services.companies.page(empty)
    assert (page.deals, page.revenue, page.timeline, page.timeline_total) == ([], {}, [], 0)
