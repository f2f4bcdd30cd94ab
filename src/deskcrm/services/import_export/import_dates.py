"""Dates as address books write them in their files: ISO, 19220310, --04-22 (no year),
Google's year 1 or 0 (no year), 15.10.1953, US and European slashes, and Thunderbird's
birth year, month (a number or a month's name) and day in three columns."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

# A birthday written without its year is kept in this leap year (29 February fits).
YEARLESS_YEAR = 2000
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan", "januar", "janvier", "enero", "gennaio", "januari"),
            ("february", "feb", "februar", "février", "febrero", "febbraio", "februari"),
            ("march", "mar", "märz", "mars", "marzo", "maart"),
            ("april", "apr", "avril", "abril", "aprile"),
            ("may", "mai", "mayo", "maggio", "mei"),
            ("june", "jun", "juni", "juin", "junio", "giugno"),
            ("july", "jul", "juli", "juillet", "julio", "luglio"),
            ("august", "aug", "août", "agosto", "augustus"),
            ("september", "sep", "sept", "septembre", "septiembre", "settembre"),
            ("october", "oct", "oktober", "octobre", "octubre", "ottobre"),
            ("november", "nov", "novembre", "noviembre"),
            ("december", "dec", "dezember", "décembre", "diciembre", "dicembre"),
        ),
        start=1,
    )
    for name in names
}
_YEARLESS = re.compile(r"^--(\d{2})-?(\d{2})$")  # vCard 3/4: --04-22, --0422
_ISO = re.compile(r"^(\d{1,4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$")  # 1953-10-15T00:00:00Z
_BASIC = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T.*)?$")  # 19220310
_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{2,4})?$")  # 15.10.1953, 15.10.
_SLASHED = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2,4})$")  # 10/15/1953, 15/10/1953


@dataclass(frozen=True)
class ReadDate:
    """A date read from a file; `year_known` False when it was written without a year."""

    day: date
    year_known: bool = True

    def iso(self) -> str:
        return self.day.isoformat() if self.year_known else self.day.strftime("--%m-%d")


def _date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def read_date(value: str) -> ReadDate | None:
    """A date as address books write it, or None when it is not one DeskCRM can read.

    Reads ISO (with or without a time), 19220310, --04-22 and --0422 (no year), Google's
    "   1-01-01" and 0000-… (year 0–4: no year), 15.10.1953, 15.10. and US / European
    slashes (month first when both fit, as Outlook writes them)."""
    text = value.strip()
    if match := _YEARLESS.match(text):
        found = _date(YEARLESS_YEAR, int(match[1]), int(match[2]))
        return ReadDate(found, False) if found else None
    if match := _ISO.match(text) or _BASIC.match(text):
        year, month, day = int(match[1]), int(match[2]), int(match[3])
        if year <= 4:  # Google writes a birthday with no year as year 1 (or 0)
            found = _date(YEARLESS_YEAR, month, day)
            return ReadDate(found, False) if found else None
        found = _date(year, month, day) if year >= 1000 else None
        return ReadDate(found) if found else None
    if match := _DOTTED.match(text):
        day, month = int(match[1]), int(match[2])
        if match[3] is None:
            found = _date(YEARLESS_YEAR, month, day)
            return ReadDate(found, False) if found else None
        found = _date(_full_year(match[3]), month, day)
        return ReadDate(found) if found else None
    if match := _SLASHED.match(text):
        first, second, year = int(match[1]), int(match[2]), _full_year(match[3])
        found = _date(year, first, second) or _date(year, second, first)
        return ReadDate(found) if found else None
    return None


def _full_year(text: str) -> int:
    year = int(text)
    if len(text) == 2:  # 15/10/53: the most recent century that makes it past
        year += 1900 if year > 30 else 2000
    return year


def parse_birthday(value: str) -> date | None:
    """A date, or ValueError naming the text (year-less dates come back in YEARLESS_YEAR)."""
    if not value.strip():
        return None
    found = read_date(value)
    if found is None:
        raise ValueError(f"“{value.strip()}” is not a date (use YYYY-MM-DD)")
    return found.day


def read_parts_date(year: str, month: str, day: str) -> ReadDate | None:
    """Thunderbird's Birth Year / Birth Month / Birth Day (month may be a word)."""
    month_text = month.strip().lower().rstrip(".")
    month_number = _MONTHS.get(month_text) or (int(month_text) if month_text.isdigit() else 0)
    if not (day.strip().isdigit() and month_number):
        return None
    if year.strip().isdigit() and int(year) >= 1000:
        found = _date(int(year), month_number, int(day))
        return ReadDate(found) if found else None
    found = _date(YEARLESS_YEAR, month_number, int(day))
    return ReadDate(found, False) if found else None
