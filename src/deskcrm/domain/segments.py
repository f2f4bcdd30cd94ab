"""Segment conditions: which contacts a saved segment holds, as plain values (JSON-able)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from datetime import date

from deskcrm.domain.enums import Lifecycle
from deskcrm.domain.money import is_currency_code
from deskcrm.domain.rfm import SEGMENTS as RFM_SEGMENTS


@dataclass(frozen=True)
class SegmentConditions:
    """Every condition set must hold (AND); an unset one (None / empty) does not filter.

    Dates are local calendar days, inclusive: "first purchase after 2026-03-01" includes
    purchases on the 1st; "before 2026-04-01" includes the 1st of April as well.
    """

    tags_any: tuple[str, ...] = ()  # has at least one of these tags
    tags_none: tuple[str, ...] = ()  # has none of these tags
    lifecycles: tuple[str, ...] = ()  # is in one of these stages
    city: str | None = None  # exactly, ignoring case
    country: str | None = None
    company: str | None = None  # the company's name, exactly, ignoring case
    source: str | None = None
    first_purchase_after: date | None = None
    first_purchase_before: date | None = None
    last_purchase_after: date | None = None
    last_purchase_before: date | None = None
    purchases_min: int | None = None
    purchases_max: int | None = None
    lifetime_currency: str = "EUR"  # lifetime value is counted in this currency only
    lifetime_min_minor: int | None = None
    lifetime_max_minor: int | None = None
    rfm_segment: str | None = None  # one of domain.rfm.SEGMENTS
    has_open_deal: bool | None = None  # True: has one; False: has none
    not_contacted_days: int | None = None  # no interaction for at least this many days
    extra: dict[str, object] = field(default_factory=dict, compare=False, repr=False)

    @property
    def is_empty(self) -> bool:
        return self == SegmentConditions(lifetime_currency=self.lifetime_currency)

    def problems(self) -> dict[str, str]:
        """Conditions that cannot be right, by field name."""
        found: dict[str, str] = {}
        for name in self.lifecycles:
            if name not in {item.value for item in Lifecycle}:
                found["lifecycles"] = f"“{name}” is not a lifecycle stage"
        pairs = (
            ("purchases_min", "purchases_max"),
            ("lifetime_min_minor", "lifetime_max_minor"),
            ("first_purchase_after", "first_purchase_before"),
            ("last_purchase_after", "last_purchase_before"),
        )
        for low, high in pairs:
            a, b = getattr(self, low), getattr(self, high)
            if a is not None and b is not None and a > b:
                found[high] = "The upper end is below the lower end"
        for name in (
            "purchases_min",
            "purchases_max",
            "not_contacted_days",
            "lifetime_min_minor",
            "lifetime_max_minor",
        ):
            value = getattr(self, name)
            if value is not None and value < 0:
                found[name] = "Cannot be negative"
        if not is_currency_code(self.lifetime_currency):
            found["lifetime_currency"] = "Use a three-letter ISO code such as EUR"
        if self.rfm_segment is not None and self.rfm_segment not in RFM_SEGMENTS:
            found["rfm_segment"] = f"“{self.rfm_segment}” is not an RFM segment"
        return found

    def to_json(self) -> str:
        values = {}
        for f in fields(self):
            if f.name == "extra":
                continue
            value = getattr(self, f.name)
            if value in (None, ()) or (f.name == "lifetime_currency" and value == "EUR"):
                continue
            values[f.name] = (
                value.isoformat()
                if isinstance(value, date)
                else list(value)
                if isinstance(value, tuple)
                else value
            )
        return json.dumps(values, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> SegmentConditions:
        """Read what to_json wrote; keys this version does not know are kept in `extra`."""
        raw = json.loads(text or "{}")
        if not isinstance(raw, dict):
            raise ValueError("segment conditions must be a JSON object")
        known = {f.name: f for f in fields(cls) if f.name != "extra"}
        values: dict[str, object] = {}
        extra: dict[str, object] = {}
        for key, value in raw.items():
            if key not in known:
                extra[key] = value
            elif key.endswith(("_after", "_before")):
                values[key] = date.fromisoformat(value) if value else None
            elif isinstance(value, list):
                values[key] = tuple(str(v) for v in value)
            else:
                values[key] = value
        return cls(**values, extra=extra)  # type: ignore[arg-type]

    def as_dict(self) -> dict[str, object]:
        return {k: v for k, v in asdict(self).items() if k != "extra"}
