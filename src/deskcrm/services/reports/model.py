"""What a report is made of — KPIs, charts and tables as display-ready values — so the
screen and the PDF show the same numbers from the same code."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from deskcrm.domain.periods import Period


@dataclass(frozen=True)
class Kpi:
    label: str
    value: str
    note: str = ""  # what the figure means, where that is not obvious: a tooltip, a footnote


@dataclass
class Chart:
    title: str
    categories: list[str]
    series: dict[str, list[float]]  # legend label -> one value per category
    kind: str = "bar"  # "bar", "stacked" or "line"
    unit: str = ""


@dataclass
class Table:
    title: str
    columns: list[str]
    rows: list[list[str]] = field(default_factory=list)
    numeric: set[int] = field(default_factory=set)  # right-aligned columns
    links: list[tuple[str, int] | None] = field(default_factory=list)  # ("contact"|"deal", id)
    sort_keys: list[list[object]] = field(default_factory=list)  # raw values for sorting
    note: str = ""

    def add(
        self, cells: list[str], sort_keys: list[object], link: tuple[str, int] | None = None
    ) -> None:
        """One row: what is shown, the raw values it sorts by, and what it opens."""
        self.rows.append(cells)
        self.sort_keys.append(sort_keys)
        self.links.append(link)


@dataclass
class Report:
    key: str
    title: str
    period: Period
    kpis: list[Kpi] = field(default_factory=list)
    charts: list[Chart] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)


Progress = Callable[[float, str], None]


def no_progress(_fraction: float, _message: str) -> None:
    return None


def percent(value: float | None) -> str:
    """A share as shown in reports: "57.5 %", or "—" when there is nothing to divide."""
    return "—" if value is None else f"{value * 100:.1f} %"
