"""The four reports by key, for the CLI, the Reports view and the PDF."""

from __future__ import annotations

from collections.abc import Callable

from deskcrm.errors import DeskCrmError
from deskcrm.services.reports.activity_report import activity_report
from deskcrm.services.reports.context import ReportContext
from deskcrm.services.reports.customers_report import customers_report
from deskcrm.services.reports.model import Report
from deskcrm.services.reports.pipeline_report import pipeline_report
from deskcrm.services.reports.sales_report import sales_report

REPORTS: dict[str, tuple[str, Callable[[ReportContext], Report]]] = {
    "pipeline": ("Pipeline", pipeline_report),
    "sales": ("Sales performance", sales_report),
    "customers": ("Customers", customers_report),
    "activity": ("Activity", activity_report),
}


def build_report(key: str, ctx: ReportContext, *, appendix: bool = False) -> Report:
    if key not in REPORTS:
        raise DeskCrmError(f"unknown report {key!r}; choose one of {', '.join(REPORTS)}")
    if appendix and key == "pipeline":
        return pipeline_report(ctx, appendix=True)
    return REPORTS[key][1](ctx)
