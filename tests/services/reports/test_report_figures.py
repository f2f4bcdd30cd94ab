"""Report figures against hand-computed expectations on a small fixed data set
(March 2026, Europe/Berlin)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from deskcrm.domain.periods import Period
from deskcrm.domain.task_groups import TaskGroup
from deskcrm.services.contacts.contacts import ContactInput, ContactService
from deskcrm.services.contacts.timeline import TimelineService
from deskcrm.services.pipeline.deals import DealInput, DealService
from deskcrm.services.pipeline.pipeline import PipelineService
from deskcrm.services.reports.activity_report import activity_figures
from deskcrm.services.reports.catalogue import build_report
from deskcrm.services.reports.context import ReportContext
from deskcrm.services.reports.customers_report import customer_figures
from deskcrm.services.reports.pipeline_report import pipeline_figures
from deskcrm.services.reports.sales_report import sales_figures
from deskcrm.services.storage.settings import SettingsService
from deskcrm.services.tasks.tasks import TaskInput, TaskService
from tests.conftest import Clock

BERLIN = ZoneInfo("Europe/Berlin")
MARCH = Period(date(2026, 3, 1), date(2026, 3, 31))
NOW = datetime(2026, 4, 2, 12, 0, tzinfo=UTC)


def at(day: int, month: int = 3, hour: int = 10) -> datetime:
    return datetime(2026, month, day, hour, 0, tzinfo=UTC)


@pytest.fixture
def ctx(db) -> ReportContext:
    return ReportContext(db, MARCH, NOW, BERLIN, "EUR")


@pytest.fixture
def sales_data(db):
    clock = Clock(NOW)
    deals, board = DealService(db, clock), PipelineService(db, clock)
    stages = board.pipeline(1).open_stages

    def deal(title: str, created: datetime, value: int, currency: str = "EUR") -> int:
        clock.now = created
        return deals.create(
            DealInput(
                title=title,
                pipeline_id=1,
                stage_id=stages[0].id,
                value_minor=value,
                currency=currency,
            )
        ).id

    def move(deal_id: int, index: int, when: datetime) -> None:
        clock.now = when
        board.move_deal(deal_id, stages[index].id)

    a = deal("A", at(20, 2), 1000_00)
    move(a, 1, at(25, 2))
    move(a, 2, at(1))
    clock.now = at(2)
    board.close_won(a)  # cycle 10 days
    b = deal("B", at(1), 3000_00)
    move(b, 1, at(3))
    move(b, 2, at(5))
    move(b, 3, at(8))
    clock.now = at(11)
    board.close_won(b)  # 10 days
    c = deal("C", at(5), 500_00, "USD")
    clock.now = at(25)
    board.close_won(c)  # 20 days, straight from Lead
    d = deal("D", at(6), 700_00)
    move(d, 1, at(7))
    clock.now = at(9)
    board.close_lost(d, "Price")
    e = deal("E", at(7), 900_00)
    clock.now = at(10)
    board.close_lost(e, "Timing")
    f = deal("F", at(1, 4), 100_00)  # won after the period
    clock.now = at(1, 4, 11)
    board.close_won(f)
    g = deal("G", at(12), 400_00)  # still open, in Lead
    return {"a": a, "b": b, "c": c, "d": d, "e": e, "f": f, "g": g}


def test_sales_figures(ctx, sales_data) -> None:
    f = sales_figures(ctx)
    assert (f.won, f.lost) == (3, 2)
    assert f.win_rate == pytest.approx(0.6)
    assert f.won_value == {"EUR": 4000_00, "USD": 500_00}
    assert f.average_deal == {"EUR": 2000_00, "USD": 500_00}
    assert f.average_cycle_days == pytest.approx(40 / 3)
    assert f.lost_reasons == [("Price", 1), ("Timing", 1)]
    # Deals created in March: B, C, D, E, G (A was created in February).
    conversion = {c.stage: (c.reached, c.went_on) for c in f.conversion}
    assert conversion == {
        "Lead": (5, 3),  # B and D went on to Qualified, C to Won
        "Qualified": (2, 1),  # B went on, D was lost there
        "Proposal": (1, 1),
        "Negotiation": (1, 1),
    }


def test_pipeline_figures_snapshot(ctx, sales_data) -> None:
    f = pipeline_figures(ctx)
    lead = dict(f.stages)["Lead"]
    assert lead.count == 1 and lead.value == {"EUR": 400_00} and lead.weighted == {"EUR": 40_00}
    # G entered Lead on 12 March; Lead rots after 14 days: on 2 April it has sat 21 days.
    assert [(r[1], r[6]) for r in f.rotting] == [("G", 21)]


@pytest.fixture
def shop(db):
    settings = SettingsService(db)
    contacts, timeline = ContactService(db, settings), TimelineService(db)
    people = {
        name: contacts.create(ContactInput(first_name=name, lifecycle="customer")).id
        for name in ("Ann", "Ben", "Cem", "Dora")
    }
    buy = timeline.record_purchase
    buy(people["Ann"], "Beans", 20_00, "EUR", at(10, 1))  # returning: bought before March
    buy(people["Ann"], "Beans", 30_00, "EUR", at(5))
    buy(people["Ann"], "Mug", 10_00, "EUR", at(20))
    buy(people["Ben"], "Workshop", 500_00, "EUR", at(15))  # new in March
    buy(people["Cem"], "Kit", 80_00, "USD", at(16))  # new in March, another currency
    buy(people["Dora"], "Beans", 25_00, "EUR", datetime(2025, 10, 1, 9, tzinfo=UTC))
    buy(people["Dora"], "Beans", 25_00, "EUR", datetime(2025, 11, 1, 9, tzinfo=UTC))
    return people


def test_customer_figures(ctx, shop) -> None:
    f = customer_figures(ctx)
    assert f.revenue == {"EUR": 540_00, "USD": 80_00}
    assert f.orders == 4
    assert f.average_order == {"EUR": 180_00, "USD": 80_00}
    assert (f.buyers, f.new_customers, f.returning_customers) == (3, 2, 1)
    assert f.repeat_rate == pytest.approx(1 / 3)  # of March's 3 buyers, Ann bought twice in it
    assert f.average_interval_days == pytest.approx(15)  # Ann: 5 → 20 March
    assert [c.name for c in f.top] == ["Ben", "Ann", "Dora", "Cem"]  # EUR first, then USD
    assert [(c.name, since) for c, since, _r in f.at_risk] == [("Dora", 150)]  # vs a 31-day habit
    members = {name: {c.name for c, _s in items} for name, items in f.segments.items()}
    assert sum(len(m) for m in members.values()) == 4


def test_every_customer_figure_follows_the_period(db, shop) -> None:
    def figures(start: date, end: date):
        return customer_figures(ReportContext(db, Period(start, end), NOW, BERLIN, "EUR"))

    march = figures(date(2026, 3, 1), date(2026, 3, 31))
    assert (march.buyers, march.new_customers, march.returning_customers) == (3, 2, 1)
    assert march.repeat_rate == pytest.approx(1 / 3)  # Ann (5 and 20 March); not Ben, Cem
    assert march.average_interval_days == pytest.approx(15)
    # October to March: Dora's two autumn purchases and Ann's January one come in.
    half_year = figures(date(2025, 10, 1), date(2026, 3, 31))
    assert (half_year.buyers, half_year.new_customers, half_year.returning_customers) == (4, 4, 0)
    assert half_year.repeat_rate == pytest.approx(2 / 4)  # Ann (3 purchases) and Dora (2)
    # Ann 10 Jan → 5 Mar (54 days) → 20 Mar (15); Dora 1 Oct → 1 Nov (31): 100 / 3.
    assert half_year.average_interval_days == pytest.approx(100 / 3)
    assert half_year.revenue == {"EUR": 610_00, "USD": 80_00}
    assert half_year.orders == 7
    january = figures(date(2026, 1, 1), date(2026, 1, 31))
    assert (january.buyers, january.repeat_rate, january.average_interval_days) == (1, 0.0, None)
    empty = figures(date(2026, 2, 1), date(2026, 2, 28))
    assert (empty.buyers, empty.repeat_rate, empty.average_interval_days) == (0, None, None)


def test_customers_report_states_its_definitions_and_what_is_all_time(db, shop) -> None:
    report = build_report("customers", ReportContext(db, MARCH, NOW, BERLIN, "EUR"))
    kpis = {k.label: k for k in report.kpis}
    assert kpis["Repeat purchase rate"].value == "33.3 %"
    assert "at least twice in it" in kpis["Repeat purchase rate"].note
    assert kpis["Average purchase interval"].value == "15 days"
    assert "both in the period" in kpis["Average purchase interval"].note
    top, segments, at_risk = report.tables[:3]
    for table in (top, segments, at_risk):
        assert table.note.startswith("All time:") and "2026-03-31" in table.note


def test_activity_figures(db, ctx) -> None:
    settings = SettingsService(db)
    contacts, timeline = ContactService(db, settings), TimelineService(db)
    anna = contacts.create(ContactInput(first_name="Anna")).id
    contacts.create(ContactInput(first_name="Quiet"))  # never contacted
    timeline.log_interaction(anna, "call", "Hi", occurred_at=at(2))  # Monday, 2026-W10
    timeline.log_interaction(anna, "email", "Offer", occurred_at=at(4))
    timeline.log_interaction(anna, "call", "Follow-up", occurred_at=at(31))  # 2026-W14
    clock = Clock(NOW)
    tasks = TaskService(db, clock, BERLIN)
    done = tasks.create(TaskInput(title="Done in March", due_at=at(3))).id
    clock.now = at(3, hour=12)
    tasks.complete(done)
    clock.now = NOW
    tasks.create(TaskInput(title="Overdue", due_at=at(20), due_has_time=True))
    f = activity_figures(ctx)
    assert f.weeks[0] == "2026-W09" and f.weeks[-1] == "2026-W14"
    assert f.per_week["call"]["2026-W10"] == 1 and f.per_week["email"]["2026-W10"] == 1
    assert f.per_week["call"]["2026-W14"] == 1 and f.interactions == 3
    assert (f.tasks_completed, f.tasks_overdue_now, f.tasks_overdue_due_in_period) == (1, 1, 1)
    assert f.untouched == 1 and f.untouched_list[0][1] == "Quiet"


def test_every_report_builds_with_tables_of_equal_shape(ctx, sales_data, shop) -> None:
    for key in ("pipeline", "sales", "customers", "activity"):
        report = build_report(key, ctx)
        assert report.kpis and report.charts
        for table in report.tables:
            assert all(len(row) == len(table.columns) for row in table.rows)
            assert len(table.links) == len(table.rows) == len(table.sort_keys)


def test_deal_appendix_lists_every_deal(ctx, sales_data) -> None:
    report = build_report("pipeline", ctx, appendix=True)
    assert len(report.tables[-1].rows) == len(sales_data)


def test_overdue_in_the_activity_report_is_the_tasks_view_count_at_every_boundary(db) -> None:
    """Sunday 15 March 2026, 11:30 in Berlin. Overdue: an open task whose time has passed,
    or whose date (without a time) is before today in Berlin."""
    now = datetime(2026, 3, 15, 10, 30, tzinfo=UTC)
    clock = Clock(now)
    tasks = TaskService(db, clock, BERLIN)

    def berlin(*args: int) -> datetime:
        return datetime(*args, tzinfo=BERLIN).astimezone(UTC)

    def add(title: str, due: datetime, timed: bool = True) -> int:
        return tasks.create(TaskInput(title=title, due_at=due, due_has_time=timed)).id

    overdue = {
        add("Due a minute ago", berlin(2026, 3, 15, 11, 29)),
        add("Yesterday, all day", berlin(2026, 3, 14), timed=False),
        add("Today 00:15 (still the 14th in UTC)", berlin(2026, 3, 15, 0, 15)),
        add("February, timed", berlin(2026, 2, 20, 9, 0)),
        add("February, all day", berlin(2026, 2, 27), timed=False),
    }
    add("Today 18:00", berlin(2026, 3, 15, 18, 0))
    add("Today, all day (13 March 23:00 UTC)", berlin(2026, 3, 15), timed=False)
    add("Tomorrow 00:30 (still today in UTC)", berlin(2026, 3, 16, 0, 30))
    done = add("Done, was late", berlin(2026, 3, 2), timed=False)
    tasks.complete(done)

    assert set(tasks.grouped()[TaskGroup.OVERDUE]) == overdue == set(tasks.overdue())
    march = activity_figures(ReportContext(db, MARCH, now, BERLIN))
    february = activity_figures(
        ReportContext(db, Period(date(2026, 2, 1), date(2026, 2, 28)), now, BERLIN)
    )
    assert (march.tasks_overdue_now, march.tasks_overdue_due_in_period) == (5, 3)
    assert (february.tasks_overdue_now, february.tasks_overdue_due_in_period) == (5, 2)
    kpis = {
        k.label: k for k in build_report("activity", ReportContext(db, MARCH, now, BERLIN)).kpis
    }
    kpi = kpis["Tasks overdue now · of them due in the period"]
    assert kpi.value == "5 · 3"
    assert "2026-03-15 11:30" in kpi.note and "the day after" in kpi.note


def _lines(figures) -> dict[str, object]:
    return {line.name: line for members in figures.segments.values() for line, _s in members}


def test_a_customer_paying_in_several_currencies_is_one_line(db, ctx) -> None:
    settings = SettingsService(db)
    contacts, timeline = ContactService(db, settings), TimelineService(db)
    eve = contacts.create(ContactInput(first_name="Eve")).id
    fay = contacts.create(ContactInput(first_name="Fay")).id
    timeline.record_purchase(eve, "Tea", 10_00, "EUR", at(1))
    timeline.record_purchase(eve, "Kit", 100_00, "USD", at(5))
    timeline.record_purchase(eve, "Tea", 20_00, "EUR", at(10))
    timeline.record_purchase(fay, "Tea", 5_00, "USD", at(1, month=1))
    timeline.record_purchase(fay, "Tea", 7_00, "EUR", at(2, month=1))
    f = customer_figures(ctx)
    lines = _lines(f)
    # Most of Eve's purchases are in euros: her line is in euros, her lifetime value the
    # euro total, her purchases and span count all three.
    assert (lines["Eve"].currency, lines["Eve"].purchases, lines["Eve"].lifetime_minor) == (
        "EUR",
        3,
        30_00,
    )
    assert lines["Eve"].interval_days == pytest.approx(4.5)  # 1 → 10 March, 2 gaps
    # One purchase in each: the first currency by code.
    assert (lines["Fay"].currency, lines["Fay"].lifetime_minor) == ("EUR", 7_00)
    assert (f.buyers, f.new_customers, f.repeat_rate) == (1, 1, 1.0)  # Eve, new in March
    assert f.average_interval_days == pytest.approx(4.5)
    assert f.revenue == {"EUR": 30_00, "USD": 100_00}


def test_days_since_the_last_purchase_count_whole_days(db, ctx) -> None:
    """As timedelta.days counts them, on both engines: a purchase exactly 30 days before
    the period's end is 30 days ago, a microsecond later 29."""
    settings = SettingsService(db)
    contacts, timeline = ContactService(db, settings), TimelineService(db)
    end = ctx.period.utc_bounds(ctx.tz)[1]  # as of the period's end: NOW is after it
    when = {
        "Exact": end - timedelta(days=30),
        "Later": end - timedelta(days=30) + timedelta(microseconds=1),
        "Earlier": end - timedelta(days=30, microseconds=1),
        "Future": end + timedelta(hours=1),  # after the period: not in its figures
        "Hour": end - timedelta(hours=1),
    }
    for name, bought in when.items():
        person = contacts.create(ContactInput(first_name=name)).id
        timeline.record_purchase(person, "Tea", 1_00, "EUR", bought)
    lines = _lines(customer_figures(ctx))
    since = {name: line.days_since for name, line in lines.items()}
    assert since == {"Exact": 30, "Later": 29, "Earlier": 30, "Hour": 0}
    assert lines["Later"].last_at == when["Later"]  # read back to the microsecond
