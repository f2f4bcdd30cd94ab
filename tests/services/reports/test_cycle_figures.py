"""The customer-cycle figures in the reports: lead funnel by source (sales), NPS and CSAT by
month (customers), cases opened/resolved and time to resolve (activity). March 2026, Berlin."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from deskcrm.domain.periods import Period
from deskcrm.services.contacts.contacts import ContactInput, ContactService
from deskcrm.services.contacts.timeline import TimelineService
from deskcrm.services.reports.catalogue import build_report
from deskcrm.services.reports.context import ReportContext
from deskcrm.services.reports.cycle_figures import case_figures, lead_funnel, satisfaction
from deskcrm.services.storage.settings import SettingsService
from deskcrm.services.support.cases import CaseInput, CaseService
from deskcrm.services.support.feedback import FeedbackService
from tests.conftest import Clock

BERLIN = ZoneInfo("Europe/Berlin")
Q1 = Period(date(2026, 1, 1), date(2026, 3, 31))
NOW = datetime(2026, 4, 2, 12, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> Clock:
    return Clock(NOW)


@pytest.fixture
def ctx(db) -> ReportContext:
    return ReportContext(db, Q1, NOW, BERLIN, "EUR")


def test_lead_funnel_by_source(db, clock, ctx) -> None:
    contacts = ContactService(db, SettingsService(db), clock)
    timeline = TimelineService(db)

    def lead(name: str, source: str, created: datetime, bought_after_days: float | None) -> None:
        clock.now = created
        cid = contacts.create(ContactInput(first_name=name, source=source)).id
        if bought_after_days is not None:
            timeline.record_purchase(
                cid, "Tea", 5_00, "EUR", created + timedelta(days=bought_after_days)
            )

    start = datetime(2026, 1, 10, 9, tzinfo=UTC)
    lead("A", "Website", start, 2)
    lead("B", "Website", start, 10)
    lead("C", "Website", start, None)
    lead("D", "Website", start, 30)
    lead("E", "Fair", start, None)
    lead("F", "", start, 4)
    lead("Old", "Website", datetime(2025, 12, 31, 9, tzinfo=UTC), 1)  # before the period
    clock.now = start
    contacts.create(ContactInput(first_name="G", source="Fair", lifecycle="prospect"))  # no lead

    funnel = lead_funnel(ctx)

    lines = {f.source: (f.leads, f.customers, f.median_days) for f in funnel.by_source}
    assert lines == {"Website": (4, 3, 10.0), "Fair": (1, 0, None), "(no source)": (1, 1, 4.0)}
    assert funnel.by_source[0].source == "Website"  # most leads first
    total = funnel.total
    assert (total.leads, total.customers, total.median_days) == (6, 4, 7.0)
    assert total.rate == pytest.approx(4 / 6)
    report = build_report("sales", ctx)
    kpis = {k.label: k.value for k in report.kpis}
    assert kpis["Leads → customers"] == "4 / 6 · 66.7 %"
    assert kpis["Median time to convert"] == "7 days"
    assert report.tables[-1].rows[-1] == ["All sources", "6", "4", "66.7 %", "7"]


def test_nps_and_csat_by_month(db, clock, ctx) -> None:
    contacts = ContactService(db, SettingsService(db), clock)
    feedback = FeedbackService(db, clock, BERLIN)
    anna = contacts.create(ContactInput(first_name="Anna")).id
    for day, score in ((date(2026, 1, 5), 10), (date(2026, 1, 6), 9), (date(2026, 1, 7), 3)):
        feedback.record(anna, "nps", score, day)
    feedback.record(anna, "nps", 2, date(2026, 3, 1))
    feedback.record(anna, "csat", 5, date(2026, 3, 2))
    feedback.record(anna, "csat", 2, date(2026, 3, 3))
    # 23:30 UTC on 31 March is 1 April in Berlin: outside the period.
    feedback.record(anna, "nps", 10, datetime(2026, 3, 31, 23, 30, tzinfo=UTC))
    # Local months: 22:59 UTC on 31 January is still January in Berlin, 23:30 UTC on
    # 28 February already March.
    feedback.record(anna, "nps", 10, datetime(2026, 1, 31, 22, 59, tzinfo=UTC))
    feedback.record(anna, "nps", 9, datetime(2026, 2, 28, 23, 30, tzinfo=UTC))

    sat = satisfaction(ctx)

    assert [m.month for m in sat.months] == ["2026-01", "2026-02", "2026-03"]
    january, february, march = sat.months
    assert (january.nps.answers, january.nps.score) == (4, 50)
    assert february.nps.score is None and february.csat_average is None
    assert (march.nps.answers, march.nps.score) == (2, 0)
    assert (march.csat_answers, march.csat_average) == (2, 3.5)
    assert (sat.nps.answers, sat.nps.score) == (6, 33)  # 4 promoters, 2 detractors
    kpis = {k.label: k.value for k in build_report("customers", ctx).kpis}
    assert kpis["NPS"] == "+33 (6 answers)"
    assert kpis["Average CSAT"] == "3.50 / 5 (2 answers)"


def test_cases_in_the_activity_report(db, clock, ctx) -> None:
    contacts = ContactService(db, SettingsService(db), clock)
    cases = CaseService(db, clock)
    anna = contacts.create(ContactInput(first_name="Anna")).id
    for opened, days in (
        (datetime(2026, 2, 1, tzinfo=UTC), 2),
        (datetime(2026, 3, 1, tzinfo=UTC), 5),
    ):
        clock.now = opened
        case = cases.open_case(CaseInput("Broken", anna)).id
        clock.now = opened + timedelta(days=days)
        cases.set_status(case, "resolved")
    clock.now = datetime(2026, 3, 20, tzinfo=UTC)
    cases.open_case(CaseInput("Still open", anna))

    figures = case_figures(ctx)

    assert (figures.opened, figures.resolved, figures.open_now) == (3, 2, 1)
    assert figures.median_days_to_resolve == 3.5
    kpis = {k.label: k.value for k in build_report("activity", ctx).kpis}
    assert kpis["Cases opened · resolved"] == "3 · 2"
    assert kpis["Median time to resolve"] == "3.5 days"
