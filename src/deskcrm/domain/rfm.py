"""RFM scoring: recency, frequency and monetary value scored 1–5 by quintile, and the
segment names a shop owner acts on."""

from __future__ import annotations

from bisect import bisect_left
from typing import NamedTuple

SEGMENTS = ("Champions", "Loyal", "Promising", "Needs attention", "At risk", "Lost")


class RfmInput(NamedTuple):  # a tuple: a report makes one per customer
    key: int
    recency_days: int
    frequency: int
    monetary: int


class RfmScore(NamedTuple):
    key: int
    r: int
    f: int
    m: int

    @property
    def segment(self) -> str:
        return _SEGMENT_OF[self.r, self.f]


def quintile(sorted_values: list[int], value: int) -> int:
    """1–5: the share of values strictly below this one, in fifths (ties score alike)."""
    if len(sorted_values) <= 1:
        return 3
    below = bisect_left(sorted_values, value)
    return min(5, 1 + below * 5 // len(sorted_values))


def quintiles(values: list[int], ordered: list[int] | None = None) -> list[int]:
    """quintile() of each value among `values`, in their order: one sort for them all (or
    `ordered`, the values sorted, where the caller has them), one look-up in it for each
    distinct value."""
    count = len(values)
    if count <= 1:
        return [3] * count
    if ordered is None:
        ordered = sorted(values)
    scored = {v: min(5, 1 + bisect_left(ordered, v) * 5 // count) for v in set(values)}
    return list(map(scored.__getitem__, values))


def score(customers: list[RfmInput]) -> list[RfmScore]:
    """Recent buyers score high on R (fewer days since the last purchase is better)."""
    return score_columns(
        [c.key for c in customers],
        [c.recency_days for c in customers],
        [c.frequency for c in customers],
        [c.monetary for c in customers],
    )


def score_columns(
    keys: list[int], recency_days: list[int], frequency: list[int], monetary: list[int]
) -> list[RfmScore]:
    """score() of customers given as columns (the i-th of each list is one customer's)."""
    r = quintiles([-days for days in recency_days])
    f = quintiles(frequency)
    m = quintiles(monetary)
    return [RfmScore(*scores) for scores in zip(keys, r, f, m, strict=True)]


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


# Every (R, F) pair's segment, worked out once: a report scores hundreds of thousands.
_SEGMENT_OF = {(r, f): segment_for(r, f) for r in range(1, 6) for f in range(1, 6)}


def segment_of(r: int, f: int) -> str:
    """segment_for(r, f), looked up."""
    return _SEGMENT_OF[r, f]
