"""Customer-cycle figures the reports add: the lead funnel by source (sales), satisfaction
by month (customers) and support cases (activity)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from statistics import median

from deskcrm.db.reports import cycle as cycle_queries
from deskcrm.domain.periods import Period
from deskcrm.domain.satisfaction import NpsResult, average_csat_of_counts, nps_of_counts
from deskcrm.services.reports.context import ReportContext


@dataclass(frozen=True)
class FunnelLine:
    source: str
    leads: int
    customers: int
    median_days: float | None

    @property
    def rate(self) -> float | None:
        return self.customers / self.leads if self.leads else None


@dataclass
class Funnel:
    by_source: list[FunnelLine] = field(default_factory=list)  # most leads first
    total: FunnelLine = field(default_factory=lambda: FunnelLine("", 0, 0, None))


def lead_funnel(ctx: ReportContext) -> Funnel:
    """Leads created in the period (a contact whose history starts as a lead), how many
    have become customers since, and the median days that took, by lead source."""
    start, end = ctx.period.utc_bounds(ctx.tz)
    with ctx.db.reading() as session:
        rows = cycle_queries.lead_conversions(session, start, end)
    groups: dict[str, list[float | None]] = {}
    for source, days in rows:
        groups.setdefault(source.strip() or ctx.tr("(no source)"), []).append(days)

    def line(source: str, values: list[float | None]) -> FunnelLine:
        done = [d for d in values if d is not None]
        return FunnelLine(source, len(values), len(done), median(done) if done else None)

    funnel = Funnel()
    funnel.by_source = sorted(
        (line(s, v) for s, v in groups.items()), key=lambda f: (-f.leads, f.source)
    )
    funnel.total = line(ctx.tr("All sources"), [d for v in groups.values() for d in v])
    return funnel


@dataclass(frozen=True)
class SatisfactionMonth:
    month: str  # "2026-03"
    nps: NpsResult
    csat_answers: int
    csat_average: float | None


@dataclass
class Satisfaction:
    months: list[SatisfactionMonth] = field(default_factory=list)
    nps: NpsResult = field(default_factory=lambda: NpsResult(0, 0, 0, 0))
    csat_answers: int = 0
    csat_average: float | None = None


def _months(start: date, end: date) -> list[str]:
    months, day = [], start.replace(day=1)
    while day <= end:
        months.append(f"{day.year}-{day.month:02d}")
        day = day.replace(year=day.year + day.month // 12, month=day.month % 12 + 1)
    return months


def satisfaction(ctx: ReportContext) -> Satisfaction:
    """NPS and average CSAT of the answers given in the period, in all and by local month
    (counted by the engine between the instants the local months begin)."""
    months = _months(ctx.period.start, ctx.period.end)
    begins = [ctx.period.utc_bounds(ctx.tz)[0]]
    for month in months[1:]:
        first = date(int(month[:4]), int(month[5:]), 1)
        begins.append(Period(first, first).utc_bounds(ctx.tz)[0])
    with ctx.db.reading() as session:
        rows = cycle_queries.feedback_by_month(session, begins, ctx.period.utc_bounds(ctx.tz)[1])
    counts: dict[str, list[Counter[int]]] = {m: [Counter(), Counter()] for m in months}
    every: list[Counter[int]] = [Counter(), Counter()]  # NPS, CSAT
    for index, kind, score, answers in rows:
        which = 0 if kind == "nps" else 1
        counts[months[index]][which][score] += answers
        every[which][score] += answers
    result = Satisfaction()
    for month, (nps_counts, csat_counts) in counts.items():
        result.months.append(
            SatisfactionMonth(
                month,
                nps_of_counts(nps_counts),
                sum(csat_counts.values()),
                average_csat_of_counts(csat_counts),
            )
        )
    result.nps = nps_of_counts(every[0])
    result.csat_answers = sum(every[1].values())
    result.csat_average = average_csat_of_counts(every[1])
    return result


@dataclass(frozen=True)
class CaseFigures:
    opened: int
    resolved: int
    median_days_to_resolve: float | None
    open_now: int


def case_figures(ctx: ReportContext) -> CaseFigures:
    from deskcrm.services.support.cases import resolution_figures

    start, end = ctx.period.utc_bounds(ctx.tz)
    opened, resolved, median_days = resolution_figures(ctx.db, start, end)
    with ctx.db.reading() as session:
        open_now = cycle_queries.cases_open_now(session)
    return CaseFigures(opened, resolved, median_days, open_now)
