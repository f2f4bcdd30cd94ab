"""Activity: interactions logged per week by kind, tasks completed in the period, tasks
overdue now (the Tasks view's count) and which of them fell due in the period, and contacts
nobody has touched in 90 days."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from deskcrm.db.reports import activity as activity_queries
from deskcrm.domain.dates import format_datetime, to_local
from deskcrm.domain.enums import InteractionKind
from deskcrm.domain.task_groups import OVERDUE_MEANING
from deskcrm.services.reports.context import ReportContext
from deskcrm.services.reports.cycle_figures import case_figures
from deskcrm.services.reports.model import Chart, Kpi, Report, Table
from deskcrm.services.tasks.tasks import TaskService

UNTOUCHED_DAYS = 90


@dataclass
class ActivityFigures:
    weeks: list[str] = field(default_factory=list)  # ISO weeks "2026-W47"
    per_week: dict[str, dict[str, int]] = field(default_factory=dict)  # kind -> week -> n
    interactions: int = 0
    tasks_completed: int = 0
    # Overdue as the Tasks view and the rail badge count it, at the report's "now" (whatever
    # the period), and of those the ones due within the period: a subset, never more.
    tasks_overdue_now: int = 0
    tasks_overdue_due_in_period: int = 0
    untouched: int = 0
    untouched_list: list[tuple[int, str, str, str]] = field(default_factory=list)


def _iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def activity_figures(ctx: ReportContext) -> ActivityFigures:
    f = ActivityFigures()
    day = ctx.period.start - timedelta(days=ctx.period.start.weekday())
    while day <= ctx.period.end:
        f.weeks.append(_iso_week(day))
        day += timedelta(days=7)
    f.per_week = {kind.value: dict.fromkeys(f.weeks, 0) for kind in InteractionKind}
    cutoff = ctx.now - timedelta(days=UNTOUCHED_DAYS)
    start, end = ctx.period.utc_bounds(ctx.tz)
    with ctx.db.reading() as session:
        # Grouped by UTC hour in SQL, then by local ISO week here (a few hundred rows).
        for hour, kind, count in activity_queries.interactions_by_hour(session, start, end):
            week = _iso_week(to_local(hour, ctx.tz).date())
            if kind in f.per_week and week in f.per_week[kind]:
                f.per_week[kind][week] += count
                f.interactions += count
        f.tasks_completed = activity_queries.tasks_completed(session, start, end)
        f.untouched = activity_queries.untouched_count(session, cutoff)
        f.untouched_list = activity_queries.untouched_first(session, cutoff, 100)
    # Due in the period: on one of its local days, i.e. between its bounds in UTC.
    f.tasks_overdue_now, f.tasks_overdue_due_in_period = TaskService(
        ctx.db, lambda: ctx.now, ctx.tz
    ).overdue_counts((start, end))
    return f


def activity_report(ctx: ReportContext) -> Report:
    f = activity_figures(ctx)
    report = Report("activity", ctx.tr("Activity"), ctx.period)
    report.kpis = [
        Kpi(ctx.tr("Interactions logged"), f"{f.interactions:,}"),
        Kpi(ctx.tr("Tasks completed"), f"{f.tasks_completed:,}"),
        Kpi(
            ctx.tr("Tasks overdue now · of them due in the period"),
            f"{f.tasks_overdue_now:,} · {f.tasks_overdue_due_in_period:,}",
            ctx.tr(
                "Tasks overdue now: the same count as the Tasks view and the Tasks badge, at"
                " {time}; of them, those due between the period's first and last day. {meaning}"
            ).format(time=format_datetime(ctx.now, ctx.tz), meaning=ctx.tr(OVERDUE_MEANING)),
        ),
        Kpi(ctx.tr("Contacts untouched {n}+ days").format(n=UNTOUCHED_DAYS), f"{f.untouched:,}"),
    ]
    report.charts.append(
        Chart(
            ctx.tr("Interactions per week"),
            f.weeks,
            {
                ctx.tr(kind.capitalize()): [f.per_week[kind][w] for w in f.weeks]
                for kind in f.per_week
            },
            kind="stacked",
            unit="interactions",
        )
    )
    weekly = Table(
        ctx.tr("Interactions per week"),
        [ctx.tr("Week"), *[ctx.tr(k.capitalize()) for k in f.per_week], ctx.tr("Total")],
        numeric=set(range(1, len(f.per_week) + 2)),
    )
    for week in f.weeks:
        counts = [f.per_week[k][week] for k in f.per_week]
        weekly.add(
            [week, *[f"{n:,}" for n in counts], f"{sum(counts):,}"], [week, *counts, sum(counts)]
        )
    untouched = Table(
        f"Not touched in {UNTOUCHED_DAYS} days (customers first)",
        ["Contact", "Lifecycle", "Last contacted"],
    )
    for contact_id, name, lifecycle, last in f.untouched_list:
        untouched.add(
            [name, ctx.tr(lifecycle.capitalize()), last or ctx.tr("never")],
            [name, lifecycle, last],
            ("contact", contact_id),
        )
    untouched.note = ctx.tr("The first 100 of {n}.").format(n=f"{f.untouched:,}")
    report.tables = [weekly, untouched]
    cases = case_figures(ctx)
    days = cases.median_days_to_resolve
    report.kpis += [
        Kpi(ctx.tr("Cases opened · resolved"), f"{cases.opened:,} · {cases.resolved:,}"),
        Kpi(ctx.tr("Median time to resolve"), "—" if days is None else ctx.days(days, 1)),
        Kpi(ctx.tr("Cases open now"), f"{cases.open_now:,}"),
    ]
    return report
