"""Read queries behind the pipeline board: card ids per stage, cards by id, stage totals."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import text
from sqlalchemy.orm import Session

from deskcrm.db.types import from_db_timestamp, to_db_timestamp
from deskcrm.domain.pipeline import POSITION_GAP


@dataclass(frozen=True)
class DealFilter:
    text: str = ""
    contact_id: int | None = None
    tag_id: int | None = None
    min_value_minor: int | None = None
    max_value_minor: int | None = None
    close_from: date | None = None
    close_to: date | None = None
    only_rotting: bool = False


@dataclass(frozen=True, slots=True)
class DealCard:
    id: int
    title: str
    contact_name: str
    company_name: str
    value_minor: int
    currency: str
    expected_close: date | None
    stage_id: int
    stage_entered_at: datetime
    probability: int  # effective: the override, else the stage's
    rotting_days: int | None


@dataclass
class StageTotals:
    count: int = 0
    value: dict[str, int] = field(default_factory=dict)  # per currency
    weighted: dict[str, int] = field(default_factory=dict)


def _where(flt: DealFilter, now: datetime) -> tuple[str, dict[str, object]]:
    clauses = ["d.pipeline_id = :pipeline", "d.status = 'open'", "d.deleted_at IS NULL"]
    params: dict[str, object] = {}
    if flt.text.strip():
        like = (
            "%"
            + flt.text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            + "%"
        )
        clauses.append(
            "(d.title LIKE :like ESCAPE '\\' OR d.notes LIKE :like ESCAPE '\\'"
            " OR d.contact_id IN (SELECT id FROM contact WHERE"
            "   (first_name || ' ' || last_name) LIKE :like ESCAPE '\\')"
            " OR d.company_id IN (SELECT id FROM company WHERE name LIKE :like ESCAPE '\\'))"
        )
        params["like"] = like
    if flt.contact_id is not None:
        clauses.append("d.contact_id = :contact")
        params["contact"] = flt.contact_id
    if flt.tag_id is not None:
        clauses.append("d.contact_id IN (SELECT contact_id FROM contact_tag WHERE tag_id = :tag)")
        params["tag"] = flt.tag_id
    if flt.min_value_minor is not None:
        clauses.append("d.value_minor >= :min_value")
        params["min_value"] = flt.min_value_minor
    if flt.max_value_minor is not None:
        clauses.append("d.value_minor <= :max_value")
        params["max_value"] = flt.max_value_minor
    if flt.close_from is not None:
        clauses.append("d.expected_close >= :close_from")
        params["close_from"] = flt.close_from.isoformat()
    if flt.close_to is not None:
        clauses.append("d.expected_close <= :close_to")
        params["close_to"] = flt.close_to.isoformat()
    if flt.only_rotting:
        clauses.append(
            "d.stage_id IN (SELECT id FROM stage WHERE rotting_days IS NOT NULL)"
            " AND julianday(:now) - julianday(d.stage_entered_at) >="
            " (SELECT rotting_days + 1 FROM stage WHERE id = d.stage_id)"
        )
        params["now"] = to_db_timestamp(now)
    return " AND ".join(clauses), params


def board_ids(
    session: Session, pipeline_id: int, flt: DealFilter, now: datetime
) -> dict[int, list[int]]:
    """Open deal ids per stage id, in card order."""
    where, params = _where(flt, now)
    params["pipeline"] = pipeline_id
    rows = session.execute(
        text(
            f"SELECT d.stage_id, d.id FROM deal d WHERE {where}"
            " ORDER BY d.stage_id, d.position, d.id"
        ),
        params,
    )
    columns: dict[int, list[int]] = {}
    for stage_id, deal_id in rows:
        columns.setdefault(stage_id, []).append(deal_id)
    return columns


def board_totals(
    session: Session, pipeline_id: int, flt: DealFilter, now: datetime
) -> dict[int, StageTotals]:
    """Count, value and weighted value per stage, summed per currency in SQL."""
    where, params = _where(flt, now)
    params["pipeline"] = pipeline_id
    rows = session.execute(
        text(
            "SELECT d.stage_id, d.currency, count(*), sum(d.value_minor),"
            " sum(d.value_minor * coalesce(d.probability_override, s.probability))"
            f" FROM deal d JOIN stage s ON s.id = d.stage_id WHERE {where}"
            " GROUP BY d.stage_id, d.currency"
        ),
        params,
    )
    totals: dict[int, StageTotals] = {}
    for stage_id, currency, count, value, value_x_prob in rows:
        entry = totals.setdefault(stage_id, StageTotals())
        entry.count += count
        entry.value[currency] = value
        # Sum first, divide once: rounding per deal would drift on large columns.
        entry.weighted[currency] = (value_x_prob + 50) // 100
    return totals


def cards(session: Session, ids: list[int]) -> dict[int, DealCard]:
    if not ids:
        return {}
    marks = ",".join(str(int(i)) for i in ids)
    rows = session.execute(
        text(
            "SELECT d.id, d.title, coalesce(trim(c.first_name || ' ' || c.last_name), ''),"
            " coalesce(co.name, ''), d.value_minor, d.currency, d.expected_close, d.stage_id,"
            " d.stage_entered_at, coalesce(d.probability_override, s.probability), s.rotting_days"
            " FROM deal d JOIN stage s ON s.id = d.stage_id"
            " LEFT JOIN contact c ON c.id = d.contact_id"
            " LEFT JOIN company co ON co.id = d.company_id"
            f" WHERE d.id IN ({marks})"
        )
    )
    result = {}
    for r in rows:
        result[r[0]] = DealCard(
            r[0],
            r[1],
            r[2],
            r[3],
            r[4],
            r[5],
            date.fromisoformat(r[6]) if r[6] else None,
            r[7],
            from_db_timestamp(r[8]),
            r[9],
            r[10],
        )
    return result


def end_position(session: Session, stage_id: int) -> int:
    """A position after every card of the stage."""
    last = session.execute(
        text("SELECT max(position) FROM deal WHERE stage_id = :s"), {"s": stage_id}
    ).scalar()
    return (last or 0) + POSITION_GAP


def record_stage_entry(session: Session, deal_id: int, stage_id: int, when: datetime) -> None:
    session.execute(
        text("INSERT INTO deal_stage_event (deal_id, stage_id, entered_at) VALUES (:d, :s, :t)"),
        {"d": deal_id, "s": stage_id, "t": to_db_timestamp(when)},
    )


def forget_stage_entry(session: Session, deal_id: int, stage_id: int, when: datetime) -> None:
    """Undo of a move: the deal never really entered that stage."""
    session.execute(
        text(
            "DELETE FROM deal_stage_event WHERE deal_id = :d AND stage_id = :s AND entered_at = :t"
        ),
        {"d": deal_id, "s": stage_id, "t": to_db_timestamp(when)},
    )
