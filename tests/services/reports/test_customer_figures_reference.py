"""The customers report's figures against a plain computation from the purchases as
recorded: a seeded shop of forty customers, some paying in several currencies, some
buying after the period, some purchases and some customers in the trash (both engines).
The report reads one row per customer in SQL and works over columns; this is the
straightforward reading of its definitions, purchase by purchase."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from deskcrm.domain import rfm
from deskcrm.domain.periods import Period
from deskcrm.services.contacts.contacts import ContactInput, ContactService
from deskcrm.services.contacts.timeline import TimelineService
from deskcrm.services.reports.context import ReportContext
from deskcrm.services.reports.customers_report import AT_RISK_FACTOR, customer_figures
from deskcrm.services.storage.settings import SettingsService

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 4, 2, 12, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Bought:
    contact: int
    at: datetime
    amount: int
    currency: str


@pytest.fixture
def recorded(db) -> list[Bought]:
    """What stays recorded: live purchases of live customers."""
    rng = random.Random(20261203)
    contacts, timeline = ContactService(db, SettingsService(db)), TimelineService(db)
    first = datetime(2025, 1, 1, tzinfo=UTC)
    kept: list[tuple[int, Bought]] = []
    people = []
    for n in range(40):
        person = contacts.create(ContactInput(first_name=f"P{n:02d}")).id
        people.append(person)
        usual = rng.choice(("EUR", "EUR", "EUR", "USD"))
        for _ in range(rng.randint(1, 8)):
            currency = usual if rng.random() < 0.8 else rng.choice(("EUR", "USD", "GBP"))
            # Up to the end of May 2026: some after March and after NOW.
            at = first + timedelta(minutes=rng.randrange(0, 515 * 24 * 60))
            amount = rng.choice((5_00, 12_50, 40_00, 99_99, 250_00))
            made = timeline.record_purchase(person, "Goods", amount, currency, at)
            kept.append((made.id, Bought(person, at, amount, currency)))
    dropped = rng.sample([purchase for purchase, _b in kept], 6)
    timeline.delete_purchases(dropped)
    trashed = rng.sample(people, 3)
    contacts.delete(trashed)
    return [b for purchase, b in kept if purchase not in dropped and b.contact not in trashed]


def _expected(recorded: list[Bought], period: Period, home: str):
    start, end = period.utc_bounds(BERLIN)
    as_of = min(NOW, end)
    before_end = [b for b in recorded if b.at < end]
    lines = {}
    for person in {b.contact for b in before_end}:
        mine = [b for b in before_end if b.contact == person]
        counts = Counter(b.currency for b in mine)
        currency = min(counts, key=lambda code: (-counts[code], code))
        times = sorted(b.at for b in mine)
        within = [t for t in times if t >= start]
        lines[person] = {
            "currency": currency,
            "purchases": len(mine),
            "lifetime": sum(b.amount for b in mine if b.currency == currency),
            "since": max(0, (as_of - times[-1]).days),
            "span": (times[-1] - times[0]).total_seconds() / 86400,
            "new": times[0] >= start,
            "in": len(within),
            "span_in": (within[-1] - within[0]).total_seconds() / 86400 if within else 0.0,
        }
    revenue: dict[str, int] = {}
    orders = 0
    for b in before_end:
        if b.at >= start:
            revenue[b.currency] = revenue.get(b.currency, 0) + b.amount
            orders += 1
    return lines, revenue, orders


@pytest.mark.parametrize(
    "period",
    [
        Period(date(2026, 3, 1), date(2026, 3, 31)),
        Period(date(2025, 10, 1), date(2026, 3, 31)),
        Period(date(2026, 4, 1), date(2026, 4, 30)),  # ends after NOW: as of NOW
        Period(date(2020, 1, 1), date(2026, 12, 31)),  # every purchase
    ],
    ids=["march", "half-year", "to-date", "all"],
)
def test_customer_figures_follow_their_definitions(db, recorded, period) -> None:
    f = customer_figures(ReportContext(db, period, NOW, BERLIN, "EUR"), top_n=10)
    lines, revenue, orders = _expected(recorded, period, "EUR")
    assert f.revenue == revenue and f.orders == orders
    buyers = [line for line in lines.values() if line["in"]]
    assert f.buyers == len(buyers) > 0
    assert f.new_customers == sum(1 for line in buyers if line["new"])
    assert f.returning_customers == f.buyers - f.new_customers
    assert f.repeat_rate == pytest.approx(sum(1 for x in buyers if x["in"] >= 2) / len(buyers))
    gaps = sum(line["in"] - 1 for line in buyers)
    if gaps:
        span = sum(line["span_in"] for line in buyers)
        assert f.average_interval_days == pytest.approx(span / gaps)
    else:
        assert f.average_interval_days is None
    # Every line shown holds its customer's figures.
    shown = [*f.top, *(c for members in f.segments.values() for c, _s in members)]
    shown += [c for c, _since, _ratio in f.at_risk]
    for c in shown:
        want = lines[c.contact_id]
        assert (c.currency, c.purchases, c.lifetime_minor) == (
            want["currency"],
            want["purchases"],
            want["lifetime"],
        )
        assert (max(c.days_since, 0), c.new, c.purchases_in_period) == (
            want["since"],
            want["new"],
            want["in"],
        )
        assert c.span_days == pytest.approx(want["span"], abs=1e-6)
        assert c.span_in_period_days == pytest.approx(want["span_in"], abs=1e-6)
        assert c.name.startswith("P")
    # The top: the report's currency first, then the others by code, highest value first.
    ranked = sorted(lines, key=lambda p: (lines[p]["currency"] != "EUR", lines[p]["currency"]))
    ranked.sort(key=lambda p: -lines[p]["lifetime"])
    ranked.sort(key=lambda p: (lines[p]["currency"] != "EUR", lines[p]["currency"]))
    assert [c.lifetime_minor for c in f.top] == [lines[p]["lifetime"] for p in ranked[:10]]
    # RFM: each currency's customers scored among themselves; every customer in one segment.
    segment_of, scores = {}, {}
    for code in {line["currency"] for line in lines.values()}:
        group = [p for p in sorted(lines) if lines[p]["currency"] == code]
        inputs = [
            rfm.RfmInput(p, lines[p]["since"], lines[p]["purchases"], lines[p]["lifetime"])
            for p in group
        ]
        for score in rfm.score(inputs):
            segment_of[score.key] = score.segment
            scores[score.key] = score
    for name in rfm.SEGMENTS:
        members = {p for p, segment in segment_of.items() if segment == name}
        assert set(f.segment_members[name]) == members
        assert f.segment_sizes[name] == len(members)
        values = [lines[p]["lifetime"] for p in f.segment_members[name]]
        assert values == sorted(values, reverse=True)
        # The lines shown, with their scores.
        assert [(c.contact_id, s) for c, s in f.segments[name]] == [
            (p, scores[p]) for p in f.segment_members[name][:15]
        ]
    # At risk: more than AT_RISK_FACTOR times their usual interval since the last purchase.
    at_risk = {
        p
        for p, line in lines.items()
        if line["purchases"] >= 2
        and (interval := line["span"] / (line["purchases"] - 1)) >= 1
        and line["since"] > AT_RISK_FACTOR * interval
    }
    assert f.at_risk_count == len(at_risk)
    assert {c.contact_id for c, _since, _ratio in f.at_risk} == at_risk
