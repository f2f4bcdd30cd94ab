"""What every report needs besides its own figures: the database, period, clock and zone."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, tzinfo

from deskcrm.db.engine import Database
from deskcrm.db.types import to_db_timestamp
from deskcrm.domain.periods import Period


@dataclass(frozen=True)
class ReportContext:
    db: Database
    period: Period
    now: datetime
    tz: tzinfo | None = None
    currency: str = "EUR"  # the business's main currency, ranked first
    tr: Callable[[str], str] = str  # translates labels; the GUI passes Qt's, the CLI none

    def bounds(self) -> dict[str, str]:
        """The period as SQL parameters :start and :end (UTC, end exclusive)."""
        start, end = self.period.utc_bounds(self.tz)
        return {"start": to_db_timestamp(start), "end": to_db_timestamp(end)}
