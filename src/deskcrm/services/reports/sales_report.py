"""Sales performance: deals won and lost in the period, win rate, average deal size and
sales cycle, lost reasons ranked, and stage-to-stage conversion."""

from __future__ import annotations

from dataclasses import dataclass, field

from deskcrm.db.reports import sales as sales_queries
from deskcrm.domain.money import format_money, format_totals
from deskcrm.services.pipeline.pipeline import PipelineService
from deskcrm.services.reports.context import ReportContext
from deskcrm.services.reports.cycle_figures import lead_funnel
from deskcrm.services.reports.model import Chart, Kpi, Report, Table, percent


@dataclass
class Conversion:
    stage: str
    reached: int
    went_on: int

    @property
    def rate(self) -> float | None:
        return self.went_on / self.reached if self.reached else None


@dataclass
class SalesFigures:
    won: int = 0
    lost: int = 0
    won_value: dict[str, int] = field(default_factory=dict)
    average_deal: dict[str, int] = field(default_factory=dict)
    average_cycle_days: float | None = None
    lost_reasons: list[tuple[str, int]] = field(default_factory=list)
    conversion: list[Conversion] = field(default_factory=list)
    won_deals: list[tuple[int, str, str, int, str, str]] = field(default_factory=list)

    @property
    def win_rate(self) -> float | None:
        closed = self.won + self.lost
        return self.won / closed if closed else None


def sales_figures(ctx: ReportContext) -> SalesFigures:
    figures = SalesFigures()
    start, end = ctx.period.utc_bounds(ctx.tz)
    with ctx.db.reading() as session:
        for status, currency, count, value, cycle in sales_queries.closed_by_status(
            session, start, end
        ):
            if status == "won":
                figures.won += count
                figures.won_value[currency] = value
                figures.average_deal[currency] = round(value / count)
                figures.average_cycle_days = (figures.average_cycle_days or 0) + cycle
            else:
                figures.lost += count
        if figures.won and figures.average_cycle_days is not None:
            figures.average_cycle_days /= figures.won
        figures.lost_reasons = [
            (reason or ctx.tr("(no reason)"), count)
            for reason, count in sales_queries.lost_reasons(session, start, end)
        ]
        figures.won_deals = sales_queries.won_deals(session, start, end)
        pipelines = PipelineService(ctx.db, lambda: ctx.now).pipelines()
        # Each stage's rank in its pipeline: the open ones in order from 1, Won after
        # them all, Lost 0 (a deal that went on reached a higher rank).
        ranks: dict[int, tuple[int, int]] = {}
        for info in pipelines:
            for index, stage in enumerate(info.open_stages):
                ranks[stage.id] = (info.id, index + 1)
            for stage in info.stages:
                if stage.is_won:
                    ranks[stage.id] = (info.id, len(info.open_stages) + 1)
        reach = sales_queries.stage_reach(session, start, end, ranks)
    # Of the deals created in the period that reached a stage, how many reached a later
    # open stage or Won.
    for info in pipelines:
        for index, stage in enumerate(info.open_stages):
            here = [(top, deals) for stage_id, top, deals in reach if stage_id == stage.id]
            went_on = sum(deals for top, deals in here if top > index + 1)
            figures.conversion.append(
                Conversion(stage.name, sum(deals for _top, deals in here), went_on)
            )
    return figures


def sales_report(ctx: ReportContext) -> Report:
    figures = sales_figures(ctx)
    report = Report("sales", ctx.tr("Sales performance"), ctx.period)
    cycle = figures.average_cycle_days
    report.kpis = [
        Kpi(ctx.tr("Won"), f"{figures.won:,} · {format_totals(figures.won_value)}"),
        Kpi(ctx.tr("Lost"), f"{figures.lost:,}"),
        Kpi(ctx.tr("Win rate"), percent(figures.win_rate)),
        Kpi(ctx.tr("Average deal"), format_totals(figures.average_deal)),
        Kpi(ctx.tr("Average sales cycle"), "—" if cycle is None else ctx.days(cycle, 1)),
    ]
    report.charts.append(
        Chart(
            ctx.tr("Stage conversion (deals created in the period)"),
            [c.stage for c in figures.conversion],
            {
                "Reached": [c.reached for c in figures.conversion],
                ctx.tr("Went on"): [c.went_on for c in figures.conversion],
            },
            unit="deals",
        )
    )
    if figures.lost_reasons:
        report.charts.append(
            Chart(
                ctx.tr("Lost reasons"),
                [r for r, _n in figures.lost_reasons],
                {ctx.tr("Deals"): [n for _r, n in figures.lost_reasons]},
                unit="deals",
            )
        )
    conversion = Table(
        ctx.tr("Stage-to-stage conversion"),
        [ctx.tr("Stage"), ctx.tr("Reached"), ctx.tr("Went on"), ctx.tr("Conversion")],
        numeric={1, 2, 3},
    )
    for c in figures.conversion:
        conversion.add(
            [c.stage, f"{c.reached:,}", f"{c.went_on:,}", percent(c.rate)],
            [c.stage, c.reached, c.went_on, c.rate or 0],
        )
    reasons = Table(ctx.tr("Lost reasons"), [ctx.tr("Reason"), ctx.tr("Deals")], numeric={1})
    for reason, count in figures.lost_reasons:
        reasons.add([reason, f"{count:,}"], [reason, count])
    won = Table(
        ctx.tr("Deals won"),
        [ctx.tr("Deal"), ctx.tr("Contact"), ctx.tr("Value"), ctx.tr("Closed")],
        numeric={2},
    )
    for deal_id, title, contact, value, currency, closed in figures.won_deals:
        won.add(
            [title, contact, format_money(value, currency), closed],
            [title, contact, value, closed],
            ("deal", deal_id),
        )
    report.tables = [conversion, reasons, won]
    _add_funnel(ctx, report)
    return report


def _add_funnel(ctx: ReportContext, report: Report) -> None:
    funnel = lead_funnel(ctx)
    total = funnel.total
    days = total.median_days
    report.kpis += [
        Kpi(
            ctx.tr("Leads → customers"),
            f"{total.customers:,} / {total.leads:,} · {percent(total.rate)}",
        ),
        Kpi(ctx.tr("Median time to convert"), "—" if days is None else ctx.days(days)),
    ]
    if funnel.by_source:
        shown = funnel.by_source[:12]
        report.charts.append(
            Chart(
                ctx.tr("Lead funnel by source (leads created in the period)"),
                [f.source for f in shown],
                {
                    ctx.tr("Leads"): [f.leads for f in shown],
                    ctx.tr("Became customers"): [f.customers for f in shown],
                },
                unit="contacts",
            )
        )
    table = Table(
        ctx.tr("Lead funnel by source"),
        [
            ctx.tr("Source"),
            ctx.tr("Leads"),
            ctx.tr("Customers"),
            ctx.tr("Rate"),
            ctx.tr("Median days"),
        ],
        numeric={1, 2, 3, 4},
    )
    for f in [*funnel.by_source, total]:
        table.add(
            [
                f.source,
                f"{f.leads:,}",
                f"{f.customers:,}",
                percent(f.rate),
                "—" if f.median_days is None else f"{f.median_days:.0f}",
            ],
            [f.source, f.leads, f.customers, f.rate or 0, f.median_days or 0],
        )
    table.note = ctx.tr(
        "Contacts created as leads in the period, how many have become customers since (by a"
        " purchase, a won deal or by hand), and the median days that took."
    )
    report.tables.append(table)
