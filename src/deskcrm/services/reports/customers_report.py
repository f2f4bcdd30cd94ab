"""Customers: revenue, orders, new vs returning, repeat rate and purchase interval — all
within the period — then top customers by lifetime value, RFM segments and customers at
risk, which look at all purchases up to the period's end."""

from __future__ import annotations

import calendar
import heapq
from dataclasses import dataclass, field

from deskcrm.db.reports import customers as customer_queries
from deskcrm.domain import rfm
from deskcrm.domain.dates import format_date
from deskcrm.domain.money import format_money, format_totals
from deskcrm.services.reports.context import ReportContext
from deskcrm.services.reports.cycle_figures import satisfaction
from deskcrm.services.reports.model import Chart, Kpi, Report, Table, percent

AT_RISK_FACTOR = 2  # "well past their usual interval": more than twice it


# One line per customer shown (its name filled in).
CustomerLine = customer_queries.CustomerTotals


@dataclass
class CustomerFigures:
    revenue: dict[str, int] = field(default_factory=dict)
    orders: int = 0
    average_order: dict[str, int] = field(default_factory=dict)
    buyers: int = 0  # customers with a purchase in the period
    new_customers: int = 0  # of the buyers, those whose first purchase ever is in it
    returning_customers: int = 0
    repeat_rate: float | None = None  # of the buyers, the share who bought twice or more in it
    # Days from one purchase to the same customer's next, both in the period, averaged over
    # every such pair.
    average_interval_days: float | None = None
    top: list[CustomerLine] = field(default_factory=list)
    # Each RFM segment's size, every member's contact id (highest lifetime value first,
    # then by id) and the first SEGMENT_SHOWN of them as lines with their scores.
    segment_sizes: dict[str, int] = field(default_factory=dict)
    segment_members: dict[str, list[int]] = field(default_factory=dict)
    segments: dict[str, list[tuple[CustomerLine, rfm.RfmScore]]] = field(default_factory=dict)
    # The first AT_RISK_SHOWN customers at risk (customer, days since, times the interval).
    at_risk: list[tuple[CustomerLine, int, float]] = field(default_factory=list)
    at_risk_count: int = 0


# How many lines of each list the report shows (their names are read; the others' not).
TOP_SHOWN, SEGMENT_SHOWN, AT_RISK_SHOWN = 25, 15, 50


def customer_figures(ctx: ReportContext, top_n: int = TOP_SHOWN) -> CustomerFigures:
    """The figures, with the customers' names filled in for the lines the report shows:
    the top `top_n`, the first SEGMENT_SHOWN of each segment and AT_RISK_SHOWN at risk.
    Every customer is scored (a segment filter lists them all), over columns of numbers:
    lines are made only for those shown."""
    figures = CustomerFigures()
    start, end = ctx.period.utc_bounds(ctx.tz)
    with ctx.db.reading() as session:
        c = customer_queries.customer_columns(session, start, end, min(ctx.now, end))
    for currency in sorted(c.revenue):
        count, total = c.revenue[currency]
        figures.revenue[currency] = total
        figures.orders += count
        figures.average_order[currency] = round(total / count)
    _period_figures(figures, c)
    everyone = range(len(c))
    groups: dict[str, list[int]] = {}  # each currency's customers, as positions
    for i, currency in enumerate(c.currency):
        groups.setdefault(currency, []).append(i)
    lifetime = c.lifetime_minor.__getitem__
    # Top by lifetime value: the report's currency first, then the others by code.
    top: list[int] = []
    for currency in sorted(groups, key=lambda code: (code != ctx.currency, code)):
        if len(top) >= top_n:
            break
        top += heapq.nlargest(top_n - len(top), groups[currency], key=lifetime)
    # RFM: each currency's customers scored among themselves. Each group's values are kept
    # sorted, to score the lines shown again (rfm.quintile) rather than keep every score.
    since = [d if d > 0 else 0 for d in c.days_since]
    by_segment: dict[str, list[int]] = {name: [] for name in rfm.SEGMENTS}
    segment_of = rfm.segment_of
    ordered: dict[str, tuple[list[int], list[int], list[int]]] = {}
    for currency, members in groups.items():
        if len(groups) == 1:  # most shops: every customer, no copies
            columns = [-d for d in since], c.purchases, c.lifetime_minor
        else:
            columns = (
                [-since[i] for i in members],
                [c.purchases[i] for i in members],
                [c.lifetime_minor[i] for i in members],
            )
        ordered[currency] = (sorted(columns[0]), sorted(columns[1]), sorted(columns[2]))
        recency = rfm.quintiles(columns[0], ordered[currency][0])
        frequency = rfm.quintiles(columns[1], ordered[currency][1])
        for i, segment in zip(members, map(segment_of, recency, frequency), strict=True):
            by_segment[segment].append(i)

    def score(i: int) -> rfm.RfmScore:
        r, f, m = ordered[c.currency[i]]
        return rfm.RfmScore(
            c.contact_id[i],
            rfm.quintile(r, -since[i]),
            rfm.quintile(f, c.purchases[i]),
            rfm.quintile(m, c.lifetime_minor[i]),
        )

    for name, members in by_segment.items():
        # Positions are in contact order: a stable sort breaks ties by id.
        members.sort(key=lifetime, reverse=True)
        figures.segment_sizes[name] = len(members)
        figures.segment_members[name] = [c.contact_id[i] for i in members]
    # At risk: well past their usual interval (more than AT_RISK_FACTOR times it).
    at_risk = [
        i
        for i, n, span, days in zip(everyone, c.purchases, c.span_days, since, strict=True)
        if n >= 2 and span >= n - 1 and days > AT_RISK_FACTOR * (span / (n - 1))
    ]
    at_risk.sort(key=lambda i: (c.currency[i] != ctx.currency, -c.lifetime_minor[i]))
    figures.at_risk_count = len(at_risk)
    # Lines for what is shown, with names.
    shown = {
        i: c.line(i)
        for i in (
            *top,
            *(i for members in by_segment.values() for i in members[:SEGMENT_SHOWN]),
            *at_risk[:AT_RISK_SHOWN],
        )
    }
    with ctx.db.reading() as session:
        names = customer_queries.shown_names(session, [line.contact_id for line in shown.values()])
    for line in shown.values():
        line.name = names.get(line.contact_id, "")
    figures.top = [shown[i] for i in top]
    figures.segments = {
        name: [(shown[i], score(i)) for i in members[:SEGMENT_SHOWN]]
        for name, members in by_segment.items()
    }
    for i in at_risk[:AT_RISK_SHOWN]:
        figures.at_risk.append(
            (shown[i], since[i], since[i] / (c.span_days[i] / (c.purchases[i] - 1)))
        )
    return figures


def _period_figures(figures: CustomerFigures, c: customer_queries.CustomerColumns) -> None:
    """Buyers, new and returning, repeat rate and purchase interval, within the period."""
    buyers = new = repeat = gaps = 0
    span = 0.0
    for n, is_new, days in zip(c.purchases_in_period, c.new, c.span_in_period_days, strict=True):
        if n:
            buyers += 1
            new += is_new
            if n >= 2:
                repeat += 1
                gaps += n - 1
                span += days
    figures.buyers, figures.new_customers = buyers, new
    figures.returning_customers = buyers - new
    if buyers:
        figures.repeat_rate = repeat / buyers
    # The mean gap between consecutive purchases: a buyer's gaps add up to last - first.
    if gaps:
        figures.average_interval_days = span / gaps


def customers_report(ctx: ReportContext) -> Report:
    f = customer_figures(ctx)
    report = Report("customers", ctx.tr("Customers"), ctx.period)
    interval = f.average_interval_days
    report.kpis = [
        Kpi(ctx.tr("Revenue"), format_totals(f.revenue)),
        Kpi(ctx.tr("Orders · average order"), f"{f.orders:,} · {format_totals(f.average_order)}"),
        Kpi(
            ctx.tr("New · returning customers"), f"{f.new_customers:,} · {f.returning_customers:,}"
        ),
        Kpi(
            ctx.tr("Repeat purchase rate"),
            percent(f.repeat_rate),
            ctx.tr(
                "Repeat purchase rate: of the customers who bought in the period, the share"
                " who bought at least twice in it."
            ),
        ),
        Kpi(
            ctx.tr("Average purchase interval"),
            "—" if interval is None else ctx.days(interval),
            ctx.tr(
                "Average purchase interval: the days from one purchase to the same customer's"
                " next, both in the period, averaged over every such pair."
            ),
        ),
    ]
    report.charts.append(
        Chart(
            ctx.tr("Customers by RFM segment"),
            [ctx.tr(s) for s in rfm.SEGMENTS],
            {ctx.tr("Customers"): [f.segment_sizes[s] for s in rfm.SEGMENTS]},
            unit="customers",
        )
    )
    top = Table(
        ctx.tr("Top customers by lifetime value"),
        [
            ctx.tr("Customer"),
            ctx.tr("Purchases"),
            ctx.tr("Lifetime value"),
            ctx.tr("Last purchase"),
        ],
        numeric={1, 2},
    )
    # The day the all-time figures run to: the period's last day, or today within it.
    end = ctx.period.utc_bounds(ctx.tz)[1]
    as_of = format_date(ctx.now, ctx.tz) if ctx.now < end else ctx.period.end.isoformat()
    top.note = ctx.tr(
        "All time: lifetime value counts every purchase up to {date}, not only the period's."
    ).format(date=as_of)
    for c in f.top:
        top.add(
            [
                c.name,
                f"{c.purchases:,}",
                format_money(c.lifetime_minor, c.currency),
                c.last_at.date().isoformat(),
            ],
            [c.name, c.purchases, c.lifetime_minor, c.last_at.isoformat()],
            ("contact", c.contact_id),
        )
    segments = Table(
        ctx.tr("RFM segments"),
        [
            ctx.tr("Segment"),
            ctx.tr("Customer"),
            ctx.tr("R"),
            ctx.tr("F"),
            ctx.tr("M"),
            ctx.tr("Lifetime value"),
        ],
        numeric={2, 3, 4, 5},
    )
    for name in rfm.SEGMENTS:
        for c, s in f.segments[name][:SEGMENT_SHOWN]:
            segments.add(
                [
                    ctx.tr(name),
                    c.name,
                    str(s.r),
                    str(s.f),
                    str(s.m),
                    format_money(c.lifetime_minor, c.currency),
                ],
                [name, c.name, s.r, s.f, s.m, c.lifetime_minor],
                ("contact", c.contact_id),
            )
    segments.note = ctx.tr(
        "All time: scored on every purchase up to {date}. Up to 15 customers per segment,"
        " highest lifetime value first."
    ).format(date=as_of)
    at_risk = Table(
        ctx.tr("At risk: well past their usual interval"),
        [
            ctx.tr("Customer"),
            ctx.tr("Usual interval"),
            ctx.tr("Days since last"),
            ctx.tr("Lifetime value"),
        ],
        numeric={1, 2, 3},
    )
    at_risk.note = ctx.tr(
        "All time: a customer's usual interval is from all their purchases up to {date};"
        " at risk when more than twice that has passed since the last one."
    ).format(date=as_of)
    for c, since, _ratio in f.at_risk[:AT_RISK_SHOWN]:
        interval = c.interval_days
        at_risk.add(
            [
                c.name,
                "—" if interval is None else ctx.days(interval),  # at risk: never None
                f"{since:,}",
                format_money(c.lifetime_minor, c.currency),
            ],
            [c.name, c.interval_days, since, c.lifetime_minor],
            ("contact", c.contact_id),
        )
    report.tables = [top, segments, at_risk]
    _add_satisfaction(ctx, report)
    return report


def _add_satisfaction(ctx: ReportContext, report: Report) -> None:
    sat = satisfaction(ctx)
    csat = sat.csat_average
    report.kpis += [
        Kpi(
            ctx.tr("NPS"),
            "—"
            if sat.nps.score is None
            else f"{sat.nps.score:+d} ({ctx.answers(sat.nps.answers)})",
        ),
        Kpi(
            ctx.tr("Average CSAT"),
            "—" if csat is None else f"{csat:.2f} / 5 ({ctx.answers(sat.csat_answers)})",
        ),
    ]
    if sat.nps.answers or sat.csat_answers:
        report.charts.append(
            Chart(
                ctx.tr("NPS by month"),
                _short_months([m.month for m in sat.months]),
                {ctx.tr("NPS"): [float(m.nps.score or 0) for m in sat.months]},
                unit="NPS",
            )
        )
    table = Table(
        ctx.tr("Satisfaction by month"),
        [
            ctx.tr("Month"),
            ctx.tr("NPS answers"),
            ctx.tr("Promoters"),
            ctx.tr("Detractors"),
            ctx.tr("NPS"),
            ctx.tr("CSAT answers"),
            ctx.tr("Average CSAT"),
        ],
        numeric={1, 2, 3, 4, 5, 6},
    )
    for m in sat.months:
        table.add(
            [
                m.month,
                f"{m.nps.answers:,}",
                f"{m.nps.promoters:,}",
                f"{m.nps.detractors:,}",
                "—" if m.nps.score is None else f"{m.nps.score:+d}",
                f"{m.csat_answers:,}",
                "—" if m.csat_average is None else f"{m.csat_average:.2f}",
            ],
            [
                m.month,
                m.nps.answers,
                m.nps.promoters,
                m.nps.detractors,
                m.nps.score or 0,
                m.csat_answers,
                m.csat_average or 0,
            ],
        )
    table.note = ctx.tr("NPS = % promoters (9–10) − % detractors (0–6); CSAT is the 1–5 average.")
    report.tables.append(table)


def _short_months(months: list[str]) -> list[str]:
    """2026-01 as "Jan 26" where a year starts (and at the first month), else "Feb"."""
    labels = []
    for index, month in enumerate(months):
        year, number = month.split("-")
        name = calendar.month_abbr[int(number)]
        labels.append(f"{name} {year[2:]}" if index == 0 or number == "01" else name)
    return labels
