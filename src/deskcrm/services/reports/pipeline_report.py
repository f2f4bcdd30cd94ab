"""Pipeline report: open deals by stage (count, value, weighted value per currency), the
forecast by expected close month, and rotting deals — a snapshot as of today."""

from __future__ import annotations

from dataclasses import dataclass, field

from deskcrm.db import deal_queries
from deskcrm.db.deal_queries import DealFilter, StageTotals
from deskcrm.db.reports import pipeline as pipeline_queries
from deskcrm.domain import pipeline as rules
from deskcrm.domain.money import format_money, format_totals, totals_by_currency
from deskcrm.services.pipeline.pipeline import PipelineService
from deskcrm.services.reports.context import ReportContext
from deskcrm.services.reports.model import Chart, Kpi, Report, Table


@dataclass
class PipelineFigures:
    stages: list[tuple[str, StageTotals]]  # open stages of every pipeline, in order
    forecast: dict[str, StageTotals] = field(default_factory=dict)  # "2026-12" -> totals
    rotting: list[tuple[int, str, str, str, int, str, int]] = field(default_factory=list)
    # (deal id, title, contact, stage, value minor, currency, days in stage)


def pipeline_figures(ctx: ReportContext) -> PipelineFigures:
    board = PipelineService(ctx.db, lambda: ctx.now)
    stages: list[tuple[str, StageTotals]] = []
    pipelines = board.pipelines()
    for info in pipelines:
        totals = board.totals(info.id, DealFilter())
        prefix = f"{info.name}: " if len(pipelines) > 1 else ""
        stages += [(prefix + s.name, totals.get(s.id, StageTotals())) for s in info.open_stages]
    forecast: dict[str, StageTotals] = {}
    with ctx.db.reading() as session:
        # The forecast looks forward from today whatever the period: deals whose expected
        # close has passed are one "Overdue" bucket, the rest by month.
        this_month = ctx.now.date().isoformat()[:7]
        rows = pipeline_queries.open_by_close_month(session)
        for month, currency, count, value, weighted in rows:
            key = "Overdue" if month < this_month else month
            entry = forecast.setdefault(key, StageTotals())
            entry.count += count
            entry.value[currency] = entry.value.get(currency, 0) + value
            entry.weighted[currency] = entry.weighted.get(currency, 0) + (weighted + 50) // 100
        rotting = []
        for info in pipelines:
            columns = deal_queries.board_ids(
                session, info.id, DealFilter(only_rotting=True), ctx.now
            )
            ids = [i for col in columns.values() for i in col]
            cards = deal_queries.cards(session, ids)
            names = {s.id: s.name for s in info.stages}
            for card in cards.values():
                days = rules.days_in_stage(card.stage_entered_at, ctx.now)
                rotting.append(
                    (
                        card.id,
                        card.title,
                        card.contact_name,
                        names.get(card.stage_id, ""),
                        card.value_minor,
                        card.currency,
                        days,
                    )
                )
    rotting.sort(key=lambda r: -r[6])
    return PipelineFigures(stages, forecast, rotting)


def pipeline_report(ctx: ReportContext, appendix: bool = False) -> Report:
    figures = pipeline_figures(ctx)
    report = Report("pipeline", ctx.tr("Pipeline"), ctx.period)
    all_value = totals_by_currency([(v, c) for _n, t in figures.stages for c, v in t.value.items()])
    all_weighted = totals_by_currency(
        [(v, c) for _n, t in figures.stages for c, v in t.weighted.items()]
    )
    report.kpis = [
        Kpi(ctx.tr("Open deals"), f"{sum(t.count for _n, t in figures.stages):,}"),
        Kpi(ctx.tr("Pipeline value"), format_totals(all_value)),
        Kpi(ctx.tr("Weighted forecast"), format_totals(all_weighted)),
        Kpi(ctx.tr("Rotting deals"), f"{len(figures.rotting):,}"),
    ]
    currencies = sorted(all_value, key=lambda c: (c != ctx.currency, c))
    names = [name for name, _t in figures.stages]
    report.charts.append(
        Chart(
            ctx.tr("Open value by stage"),
            names,
            {c: [t.value.get(c, 0) / 100 for _n, t in figures.stages] for c in currencies},
            unit="value",
        )
    )
    months = sorted(figures.forecast, key=lambda m: (m != "Overdue", m))
    month_labels = [ctx.tr(m) if m == "Overdue" else m for m in months]
    report.charts.append(
        Chart(
            ctx.tr("Weighted forecast by expected close month"),
            month_labels,
            {c: [figures.forecast[m].weighted.get(c, 0) / 100 for m in months] for c in currencies},
            unit="value",
        )
    )
    stage_table = Table(
        ctx.tr("Open deals by stage"),
        [ctx.tr("Stage"), ctx.tr("Deals"), ctx.tr("Value"), ctx.tr("Weighted value")],
        numeric={1, 2, 3},
    )
    for name, totals in figures.stages:
        stage_table.add(
            [
                name,
                f"{totals.count:,}",
                format_totals(totals.value),
                format_totals(totals.weighted),
            ],
            [name, totals.count, sum(totals.value.values()), sum(totals.weighted.values())],
        )
    forecast_table = Table(
        ctx.tr("Forecast by expected close month"),
        [ctx.tr("Month"), ctx.tr("Deals"), ctx.tr("Value"), ctx.tr("Weighted value")],
        numeric={1, 2, 3},
    )
    for month in months:
        totals = figures.forecast[month]
        forecast_table.add(
            [
                ctx.tr(month) if month == "Overdue" else month,
                f"{totals.count:,}",
                format_totals(totals.value),
                format_totals(totals.weighted),
            ],
            [month, totals.count, sum(totals.value.values()), sum(totals.weighted.values())],
        )
    rotting = Table(
        ctx.tr("Rotting deals"),
        [
            ctx.tr("Deal"),
            ctx.tr("Contact"),
            ctx.tr("Stage"),
            ctx.tr("Value"),
            ctx.tr("Days in stage"),
        ],
        numeric={3, 4},
    )
    for deal_id, title, contact, stage, value, currency, days in figures.rotting:
        rotting.add(
            [title, contact, stage, format_money(value, currency), str(days)],
            [title, contact, stage, value, days],
            ("deal", deal_id),
        )
    report.tables = [stage_table, forecast_table, rotting]
    if appendix:
        report.tables.append(deal_appendix(ctx))
    return report


def deal_appendix(ctx: ReportContext) -> Table:
    """Every deal, for the PDF appendix (about 280 pages for 20,000 deals)."""
    table = Table(
        ctx.tr("Appendix: all deals"),
        [
            ctx.tr("Deal"),
            ctx.tr("Contact"),
            ctx.tr("Stage"),
            ctx.tr("Status"),
            ctx.tr("Value"),
            ctx.tr("Expected close"),
        ],
        numeric={4},
    )
    with ctx.db.reading() as session:
        rows = pipeline_queries.every_deal(session)
        for deal_id, title, contact, stage, status, value, currency, expected in rows:
            table.add(
                [title, contact, stage, ctx.tr(status), format_money(value, currency), expected],
                [title, contact, stage, status, value, expected],
                ("deal", deal_id),
            )
    return table
