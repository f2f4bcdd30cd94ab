"""Quick add: "Call Anna tomorrow 9am" becomes a title and a due date (via dateparser)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, tzinfo

from deskcrm.domain.dates import ensure_utc, to_local

# A time of day written in the phrase; without one the task is due all day.
_TIME_RE = re.compile(
    r"\d{1,2}\s*(?::\d{2})?\s*(?:am|pm)\b|\b\d{1,2}:\d{2}\b|\bnoon\b|\bmidnight\b", re.I
)
_LEFTOVER = re.compile(r"\s+(?:on|at|by|due)$", re.I)


@dataclass(frozen=True)
class QuickAdd:
    title: str
    due_at: datetime | None  # UTC; for all-day tasks local midnight of the day
    has_time: bool

    def understood(self, tz: tzinfo | None = None) -> str:
        if self.due_at is None:
            return f"“{self.title}” — no due date"
        local = to_local(self.due_at, tz)
        when = (
            local.strftime("%a %d %b %Y, %H:%M") if self.has_time else local.strftime("%a %d %b %Y")
        )
        return f"“{self.title}” — due {when}"


def parse_quick_add(typed: str, now: datetime, tz: tzinfo | None = None) -> QuickAdd:
    """Find a date phrase ("tomorrow 3pm", "fri", "next week", "in 3 days", "2026-12-01")
    in what was typed; the rest is the title. Dates are read in the future, in `tz`."""
    from dateparser.search import search_dates  # imported on first use: it is not small

    text = " ".join(typed.split())
    if not text:
        return QuickAdd("", None, False)
    local_now = to_local(now, tz)
    found = search_dates(
        text,
        languages=["en"],
        settings={
            "PREFER_DATES_FROM": "future",
            "RELATIVE_BASE": local_now.replace(tzinfo=None),
            "RETURN_AS_TIMEZONE_AWARE": False,
        },
    )
    if not found:
        return QuickAdd(text, None, False)
    phrase, when = found[-1]
    title = _LEFTOVER.sub("", text.replace(phrase, " ").strip())
    title = " ".join(title.split()) or text
    has_time = bool(_TIME_RE.search(phrase))
    if not has_time:
        when = when.replace(hour=0, minute=0, second=0, microsecond=0)
    aware = when.replace(tzinfo=tz) if tz is not None else when.astimezone()
    return QuickAdd(title, ensure_utc(aware), has_time)
