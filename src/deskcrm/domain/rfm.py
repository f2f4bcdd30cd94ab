"""RFM scoring: recency, frequency and monetary value scored 1–5 by quintile, and the
segment names a shop owner acts on."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

SEGMENTS = ("Champions", "Loyal", "Promising", "Needs attention", "At risk", "Lost")


@dataclass(frozen=True)
class RfmInput:
    key: int
    recency_days: int
    frequency: int
    monetary: int


@dataclass(frozen=True)
class RfmScore:
    key: int
    r: int
    f: int
    m: int

    @property
    def segment(self) -> str:
        return segment_for(self.r, self.f)


def quintile(sorted_values: list[int], value: int) -> int:
    """1–5: the share of values strictly below this one, in fifths (ties score alike)."""
    if len(sorted_values) <= 1:
        return 3
    below = bisect_left(sorted_values, value)
    return min(5, 1 + below * 5 // len(sorted_values))


def score(customers: list[RfmInput]) -> list[RfmScore]:
    """Recent buyers score high on R (fewer days since the last purchase is better)."""
    recency = sorted(-c.recency_days for c in customers)
    frequency = sorted(c.frequency for c in customers)
    monetary = sorted(c.monetary for c in customers)
    return [
        RfmScore(
            c.key,
            quintile(recency, -c.recency_days),
            quintile(frequency, c.frequency),
            quintile(monetary, c.monetary),
        )
        for c in customers
    ]


def segment_for(r: int, f: int) -> str:
    if r >= 4 and f >= 4:
        return "Champions"
    if r >= 3 and f >= 3:
        return "Loyal"
    if r >= 4:
        return "Promising"
    if r <= 2 and f >= 3:
        return "At risk"
    if r <= 1:
        return "Lost"
    return "Needs attention"
