"""Customer satisfaction arithmetic: NPS from 0–10 answers, average CSAT from 1–5 answers."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass


def nps_group(score: int) -> str:
    """Promoters answer 9–10, passives 7–8, detractors 0–6."""
    if score >= 9:
        return "promoter"
    if score >= 7:
        return "passive"
    return "detractor"


@dataclass(frozen=True)
class NpsResult:
    answers: int
    promoters: int
    passives: int
    detractors: int

    @property
    def score(self) -> int | None:
        """% promoters − % detractors, rounded half away from zero; None without answers."""
        if not self.answers:
            return None
        exact = 100 * (self.promoters - self.detractors) / self.answers
        return int(exact + 0.5) if exact >= 0 else -int(-exact + 0.5)


def nps(scores: list[int]) -> NpsResult:
    return nps_of_counts(Counter(scores))


def nps_of_counts(counts: Mapping[int, int]) -> NpsResult:
    """nps() of answers given as {score: how many answered it}."""
    tally = {"promoter": 0, "passive": 0, "detractor": 0}
    for score, answers in counts.items():
        tally[nps_group(score)] += answers
    return NpsResult(sum(tally.values()), tally["promoter"], tally["passive"], tally["detractor"])


def average_csat(scores: list[int]) -> float | None:
    return sum(scores) / len(scores) if scores else None


def average_csat_of_counts(counts: Mapping[int, int]) -> float | None:
    """average_csat() of answers given as {score: how many answered it}."""
    answers = sum(counts.values())
    return sum(score * n for score, n in counts.items()) / answers if answers else None
