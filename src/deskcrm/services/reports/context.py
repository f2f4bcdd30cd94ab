"""What every report needs besides its own figures: the database, period, clock and zone,
and the words: labels translated, counts in the right plural form."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, tzinfo

from deskcrm.db.engine import Database
from deskcrm.db.types import to_db_timestamp
from deskcrm.domain.periods import Period
from deskcrm.domain.plurals import english_count

# Counted text: "{n} answer(s)" picks its plural form by a count. A translation has its own
# forms (the GUI's count_text asks Qt's, which knows each language's); without one, English
# (domain.plurals.english_count): "(s)" is "s" unless the count is 1, and "(one|many)" is
# one of its two words. The GUI lists these source texts in ui/i18n.py for pyside6-lupdate.
CountText = Callable[[str, int], str]


@dataclass(frozen=True)
class ReportContext:
    db: Database
    period: Period
    now: datetime
    tz: tzinfo | None = None
    currency: str = "EUR"  # the business's main currency, ranked first
    tr: Callable[[str], str] = str  # translates labels; the GUI passes Qt's, the CLI none
    count_text: CountText = english_count  # counted text; the GUI's goes through Qt

    def bounds(self) -> dict[str, str]:
        """The period as SQL parameters :start and :end (UTC, end exclusive)."""
        start, end = self.period.utc_bounds(self.tz)
        return {"start": to_db_timestamp(start), "end": to_db_timestamp(end)}

    def answers(self, n: int) -> str:
        """ "1 answer", "1,234 answers"."""
        return self.count_text("{n} answer(s)", n).format(n=f"{n:,}")

    def days(self, value: float, decimals: int = 0) -> str:
        """A duration in days as shown: "1 day", "3.5 days", "12 days" (a whole number shows
        no ".0"; a fraction takes the plural form of the next whole number, as "1.5 days")."""
        shown = f"{value:.{decimals}f}"
        whole = float(shown).is_integer()
        if whole:
            shown = f"{round(float(shown))}"
        count = round(float(shown)) if whole else int(float(shown)) + 1
        return self.count_text("{days} day(s)", count).format(days=shown)
