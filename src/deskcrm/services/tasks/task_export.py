"""`deskcrm export tasks FILE.ics`: open tasks as iCalendar VTODOs, written atomically."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from deskcrm import __version__
from deskcrm.domain import ical
from deskcrm.domain.dates import to_local
from deskcrm.domain.task_groups import TaskGroup
from deskcrm.services.storage.files import write_atomically
from deskcrm.services.tasks.tasks import TaskRow, TaskService

# RFC 5545 priority: 1 highest, 9 lowest, 0 undefined.
_PRIORITY = {0: 0, 1: 9, 2: 5, 3: 1}


def vtodo(task: TaskRow, stamp: datetime, service: TaskService) -> list[str]:
    lines = [
        "BEGIN:VTODO",
        ical.content_line("UID", f"deskcrm-task-{task.id}@deskcrm.invalid"),
        ical.content_line("DTSTAMP", ical.utc_stamp(stamp)),
        ical.content_line("SUMMARY", ical.escape_text(task.title)),
        ical.content_line("STATUS", "NEEDS-ACTION"),
        ical.content_line("PRIORITY", str(_PRIORITY.get(task.priority, 0))),
    ]
    if task.notes:
        lines.append(ical.content_line("DESCRIPTION", ical.escape_text(task.notes)))
    if task.due_at is not None:
        if task.due_has_time:
            lines.append(ical.content_line("DUE", ical.utc_stamp(task.due_at)))
        else:
            day = to_local(task.due_at, service.tz).date()
            lines.append(ical.content_line("DUE", ical.date_value(day), "VALUE=DATE"))
        if task.recurrence:
            lines.append(ical.content_line("RRULE", task.recurrence))
    if task.contact_name:
        lines.append(ical.content_line("CONTACT", ical.escape_text(task.contact_name)))
    lines.append("END:VTODO")
    return lines


def export_open_tasks(service: TaskService, path: Path) -> int:
    """Write every open task; returns how many. Nothing is left behind on failure."""
    groups = service.grouped()
    ids = [i for group, items in groups.items() if group is not TaskGroup.DONE for i in items]
    rows = service.rows(ids)
    stamp = service.now()
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:-//DeskCRM//DeskCRM {__version__}//EN"]
    for task_id in ids:
        lines.extend(vtodo(rows[task_id], stamp, service))
    lines.append("END:VCALENDAR")
    payload = ("\r\n".join(lines) + "\r\n").encode()
    write_atomically(path, payload)
    return len(ids)
