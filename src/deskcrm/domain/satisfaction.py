"""Customer satisfaction arithmetic: NPS from 0–10 answers, average CSAT from 1–5 answers."""

from __future__ import annotations

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
    groups = [nps_group(s) for s in scores]
    return NpsResult(
        len(scores),
        groups.count("promoter"),
        groups.count("passive"),
        groups.count("detractor"),
    )


def average_csat(scores: list[int]) -> float | None:
    return sum(scores) / len(scores) if scores else None
