"""Pipeline rules: weighted value, rotting and overdue deals, spaced card positions."""

from __future__ import annotations

from datetime import date, datetime

from deskcrm.domain.dates import ensure_utc

POSITION_GAP = 1024  # cards are spaced so a move usually rewrites one row only


def effective_probability(stage_probability: int, override: int | None) -> int:
    return stage_probability if override is None else override


def weighted_minor(value_minor: int, probability: int) -> int:
    """value × probability%, rounded half away from zero, in minor units."""
    product = value_minor * probability
    sign = -1 if product < 0 else 1
    return sign * ((abs(product) + 50) // 100)


def days_in_stage(stage_entered_at: datetime, now: datetime) -> int:
    return max(0, (ensure_utc(now) - ensure_utc(stage_entered_at)).days)


def is_rotting(stage_entered_at: datetime, rotting_days: int | None, now: datetime) -> bool:
    return rotting_days is not None and days_in_stage(stage_entered_at, now) > rotting_days


def is_overdue(expected_close: date | None, today: date) -> bool:
    return expected_close is not None and expected_close < today


def position_between(before: int | None, after: int | None) -> int | None:
    """A position strictly between two neighbours, or None when they are adjacent
    (then the column must be renumbered). `None` neighbours mean the column's ends."""
    if before is None and after is None:
        return POSITION_GAP
    if before is None:
        assert after is not None
        return after - POSITION_GAP
    if after is None:
        return before + POSITION_GAP
    if after - before < 2:
        return None
    return (before + after) // 2
