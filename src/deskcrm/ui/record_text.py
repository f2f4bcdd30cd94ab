"""One-line plain-text renderings of records for the small lists in panes and dialogs."""

from __future__ import annotations

from deskcrm.domain.dates import format_datetime
from deskcrm.domain.money import format_money
from deskcrm.services.pipeline.deals import DealSummary
from deskcrm.services.tasks.tasks import TaskSummary
from deskcrm.ui.i18n import tr


def deal_text(deal: DealSummary) -> str:
    closes = f" · closes {deal.expected_close.isoformat()}" if deal.expected_close else ""
    state = deal.stage if deal.status == "open" else deal.status.capitalize()
    return f"{deal.title} — {state} · {format_money(deal.value_minor, deal.currency)}{closes}"


def task_text(task: TaskSummary) -> str:
    due = format_datetime(task.due_at) if task.due_at else tr("no date")
    return f"{task.title} — due {due}"
