"""NPS and CSAT arithmetic."""

from __future__ import annotations

import pytest

from deskcrm.domain.satisfaction import average_csat, nps, nps_group


@pytest.mark.parametrize(
    ("score", "group"),
    [
        (0, "detractor"),
        (6, "detractor"),
        (7, "passive"),
        (8, "passive"),
        (9, "promoter"),
        (10, "promoter"),
    ],
)
def test_groups_at_their_boundaries(score: int, group: str) -> None:
    assert nps_group(score) == group


def test_nps_is_percent_promoters_minus_percent_detractors() -> None:
    result = nps([10, 9, 9, 8, 7, 6, 0, 10, 3, 9])  # 5 promoters, 2 passives, 3 detractors
    assert (result.promoters, result.passives, result.detractors) == (5, 2, 3)
    assert result.score == 20


def test_nps_rounds_half_away_from_zero_and_spans_minus_to_plus_100() -> None:
    assert nps([10, 9, 0]).score == 33  # 33.3
    assert nps([10, 0, 0]).score == -33
    assert nps([10, 10, 7, 7, 7, 7, 7, 0]).score == 13  # 12.5 rounds away from zero
    assert nps([0, 5, 6, 8, 7, 7, 7, 9]).score == -25
    assert nps([10] * 4).score == 100 and nps([2] * 4).score == -100
    assert nps([]).score is None


def test_average_csat() -> None:
    assert average_csat([5, 4, 2, 5]) == 4.0
    assert average_csat([]) is None
