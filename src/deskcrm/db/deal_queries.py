"""Deals, pipelines and stages: the board's reads (card ids per stage, cards by id, stage
totals), card positions, the deal lists outside the board, and the pipeline editor's writes.

The board reads (`board_ids`, `board_totals`, `cards`) are hand-written SQL whose engine
differences (case-insensitive LIKE, days between two timestamps) come from db/dialects; the
rest are SQLAlchemy Core expressions over the tables (db.core_tables) that any dialect runs."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import ColumnElement, bindparam, delete, func, insert, literal, select, text, update
from sqlalchemy.orm import Session

from deskcrm.db import dialects
from deskcrm.db.core_tables import contact, deal, deal_stage_event, pipeline, stage
from deskcrm.db.names import readable, shown_name, shown_name_sql
from deskcrm.db.types import UTCDateTime, from_db_date, from_db_timestamp, to_db_timestamp
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


@dataclass(frozen=True)
class DealSummary:
    id: int
    title: str
    stage: str
    status: str
    value_minor: int
    currency: str
    expected_close: date | None


@dataclass(frozen=True)
class ClosedDeal:
    id: int
    title: str
    contact_name: str
    status: str
    value_minor: int
    currency: str
    closed_at: datetime | None
    lost_reason: str


@dataclass(frozen=True)
class StageRow:
    pipeline_id: int
    id: int
    name: str
    position: int
    probability: int
    rotting_days: int | None
    is_won: bool
    is_lost: bool


@dataclass
class StageTotals:
    count: int = 0
    value: dict[str, int] = field(default_factory=dict)  # per currency
    weighted: dict[str, int] = field(default_factory=dict)


# -- the board (hand-written SQL, the engine's LIKE and day arithmetic; inlined ids) ----
def _where(
    dialect: dialects.Dialect, flt: DealFilter, now: datetime
) -> tuple[str, dict[str, object]]:
    clauses = ["d.pipeline_id = :pipeline", "d.status = 'open'", "d.deleted_at IS NULL"]
    params: dict[str, object] = {}
    if flt.text.strip():
        like = (
            "%"
            + flt.text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            + "%"
        )
        full_name = shown_name_sql("contact")
        clauses.append(
            f"({dialect.like('d.title')} OR {dialect.like('d.notes')}"
            " OR d.contact_id IN (SELECT id FROM contact WHERE"
            f"   {dialect.like(full_name)})"
            f" OR d.company_id IN (SELECT id FROM company WHERE {dialect.like('name')}))"
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
            f" AND {dialect.days_between(':now', 'd.stage_entered_at')} >="
            " (SELECT rotting_days + 1 FROM stage WHERE id = d.stage_id)"
        )
        params["now"] = to_db_timestamp(now)
    return " AND ".join(clauses), params


def board_ids(
    session: Session, pipeline_id: int, flt: DealFilter, now: datetime
) -> dict[int, list[int]]:
    """Open deal ids per stage id, in card order."""
    where, params = _where(dialects.of(session), flt, now)
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
    where, params = _where(dialects.of(session), flt, now)
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


# A card as a board column keeps it: deal id, currency, value (minor units) and value times
# its effective probability (percent), what the column's totals are sums of.
BoardCard = tuple[int, str, int, int]

_BOARD_CARD = (
    "d.id, d.currency, d.value_minor,"
    " d.value_minor * coalesce(d.probability_override, s.probability)"
)


def board_cards(
    session: Session,
    pipeline_id: int,
    flt: DealFilter,
    now: datetime,
    stage_ids: Iterable[int] | None = None,
) -> dict[int, list[BoardCard]]:
    """Open deals per stage id in card order, each with what its column's totals sum (of
    the stages of `stage_ids` only, when given)."""
    where, params = _where(dialects.of(session), flt, now)
    if stage_ids is not None:
        where += f" AND d.stage_id IN ({','.join(str(int(i)) for i in stage_ids) or 'NULL'})"
    params["pipeline"] = pipeline_id
    rows = session.execute(
        text(
            f"SELECT d.stage_id, {_BOARD_CARD} FROM deal d JOIN stage s ON s.id = d.stage_id"
            f" WHERE {where} ORDER BY d.stage_id, d.position, d.id"
        ),
        params,
    )
    columns: dict[int, list[BoardCard]] = {}
    for stage_id, *card in rows:
        columns.setdefault(stage_id, []).append(tuple(card))  # type: ignore[arg-type]
    return columns


@dataclass(frozen=True)
class Placed:
    """Where a deal is on the board now: its stage, its card, and the card shown just
    below it in that column (None: it is the last)."""

    stage_id: int
    card: BoardCard
    next_id: int | None


def board_placements(
    session: Session, pipeline_id: int, flt: DealFilter, now: datetime, ids: Iterable[int]
) -> dict[int, Placed]:
    """Of the deals of `ids`, those on the board (open, of the pipeline, not in the trash,
    passing the filter), each with the card below it: a read of those deals and their
    neighbours only (index seeks), however full the columns."""
    wanted = ",".join(str(int(i)) for i in ids)
    if not wanted:
        return {}
    where, params = _where(dialects.of(session), flt, now)
    params["pipeline"] = pipeline_id
    found = session.execute(
        text(
            f"SELECT d.stage_id, d.position, {_BOARD_CARD} FROM deal d"
            f" JOIN stage s ON s.id = d.stage_id WHERE {where} AND d.id IN ({wanted})"
        ),
        params,
    ).all()
    below = text(
        f"SELECT d.id FROM deal d WHERE {where} AND d.stage_id = :stage"
        " AND (d.position > :position OR (d.position = :position AND d.id > :deal))"
        " ORDER BY d.position, d.id LIMIT 1"
    )
    placed: dict[int, Placed] = {}
    for stage_id, position, *card in found:
        next_id = session.execute(
            below, {**params, "stage": stage_id, "position": position, "deal": card[0]}
        ).scalar()
        placed[card[0]] = Placed(stage_id, tuple(card), next_id)  # type: ignore[arg-type]
    return placed


def cards(session: Session, ids: list[int]) -> dict[int, DealCard]:
    if not ids:
        return {}
    marks = ",".join(str(int(i)) for i in ids)
    rows = session.execute(
        text(
            f"SELECT d.id, d.title, {shown_name_sql('c')},"
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
            readable(r[2]),
            r[3],
            r[4],
            r[5],
            from_db_date(r[6]),
            r[7],
            from_db_timestamp(r[8]),
            r[9],
            r[10],
        )
    return result


# -- card positions -------------------------------------------------------------
# A move runs these on every drop: built once, so a call only binds its values (building
# and keying a statement each time cost a tenth of a move).
_BOTTOM = select(func.max(deal.c.position)).where(deal.c.stage_id == bindparam("stage"))
_ABOVE = select(func.max(deal.c.position)).where(
    deal.c.stage_id == bindparam("stage"),
    deal.c.position < bindparam("position"),
    deal.c.id != bindparam("moving"),
)
_OPEN_BOTTOM = select(func.max(deal.c.position)).where(
    deal.c.stage_id == bindparam("stage"), deal.c.status == "open"
)
_ENTERED = insert(deal_stage_event)
_NOT_ENTERED = delete(deal_stage_event).where(
    deal_stage_event.c.deal_id == bindparam("deal"),
    deal_stage_event.c.stage_id == bindparam("stage"),
    deal_stage_event.c.entered_at == bindparam("when", type_=UTCDateTime()),
)


def end_position(session: Session, stage_id: int) -> int:
    """A position after every card of the stage."""
    last = session.execute(_BOTTOM, {"stage": stage_id}).scalar()
    return (last or 0) + POSITION_GAP


def position_above(session: Session, stage_id: int, position: int, moving_id: int) -> int | None:
    """The position of the card just above `position` in a stage, the moving card aside."""
    return session.execute(
        _ABOVE, {"stage": stage_id, "position": position, "moving": moving_id}
    ).scalar()


def last_open_position(session: Session, stage_id: int) -> int | None:
    return session.execute(_OPEN_BOTTOM, {"stage": stage_id}).scalar()


def renumber_stage(session: Session, stage_id: int) -> None:
    """Re-space a column's cards POSITION_GAP apart, in their order."""
    ids = session.execute(
        select(deal.c.id).where(deal.c.stage_id == stage_id).order_by(deal.c.position, deal.c.id)
    ).scalars()
    for index, deal_id in enumerate(list(ids), start=1):
        session.execute(
            update(deal).where(deal.c.id == deal_id).values(position=index * POSITION_GAP),
        )


# -- stage history ---------------------------------------------------------------
def record_stage_entry(session: Session, deal_id: int, stage_id: int, when: datetime) -> None:
    session.execute(_ENTERED, {"deal_id": deal_id, "stage_id": stage_id, "entered_at": when})


def forget_stage_entry(session: Session, deal_id: int, stage_id: int, when: datetime) -> None:
    """Undo of a move: the deal never really entered that stage."""
    session.execute(_NOT_ENTERED, {"deal": deal_id, "stage": stage_id, "when": when})


# -- deal lists outside the board ---------------------------------------------------
def _person() -> ColumnElement[str]:
    """The name the contact is shown by, "" without one (outer joins)."""
    return shown_name(contact.c)


def deals_of_contact(session: Session, contact_id: int) -> list[DealSummary]:
    """Open deals first, then closed ones, newest first within each."""
    rows = session.execute(
        select(
            deal.c.id,
            deal.c.title,
            stage.c.name,
            deal.c.status,
            deal.c.value_minor,
            deal.c.currency,
            deal.c.expected_close,
        )
        .join(stage, stage.c.id == deal.c.stage_id)
        .where(deal.c.contact_id == contact_id, deal.c.deleted_at.is_(None))
        .order_by(deal.c.status != "open", deal.c.created_at.desc())
    )
    return [DealSummary(*r) for r in rows]


def closed_deals(session: Session, pipeline_id: int, limit: int) -> list[ClosedDeal]:
    """Won and lost deals of a pipeline, most recently closed first."""
    rows = session.execute(
        select(
            deal.c.id,
            deal.c.title,
            _person(),
            deal.c.status,
            deal.c.value_minor,
            deal.c.currency,
            deal.c.closed_at,
            deal.c.lost_reason,
        )
        .outerjoin(contact, contact.c.id == deal.c.contact_id)
        .where(
            deal.c.pipeline_id == pipeline_id,
            deal.c.status != "open",
            deal.c.deleted_at.is_(None),
        )
        .order_by(deal.c.closed_at.desc(), deal.c.id.desc())
        .limit(limit)
    )
    return [ClosedDeal(*r) for r in rows]


# -- pipelines and stages ------------------------------------------------------------
def pipelines(session: Session) -> list[tuple[int, str]]:
    """(id, name) of every pipeline, in the user's order."""
    rows = session.execute(
        select(pipeline.c.id, pipeline.c.name).order_by(pipeline.c.position, pipeline.c.id)
    )
    return [(r[0], r[1]) for r in rows]


def all_stages(session: Session) -> list[StageRow]:
    """Every stage of every pipeline, in column order."""
    rows = session.execute(
        select(
            stage.c.pipeline_id,
            stage.c.id,
            stage.c.name,
            stage.c.position,
            stage.c.probability,
            stage.c.rotting_days,
            stage.c.is_won,
            stage.c.is_lost,
        ).order_by(stage.c.position)
    )
    return [StageRow(r[0], r[1], r[2], r[3], r[4], r[5], bool(r[6]), bool(r[7])) for r in rows]


def pipeline_count(session: Session) -> int:
    return session.execute(select(func.count()).select_from(pipeline)).scalar_one()


def deal_count(session: Session, pipeline_id: int) -> int:
    """Deals of a pipeline, any status, trash included."""
    return session.execute(
        select(func.count()).select_from(deal).where(deal.c.pipeline_id == pipeline_id)
    ).scalar_one()


def deal_counts_per_stage(session: Session, pipeline_id: int) -> dict[int, int]:
    """Deals (any status, trash included) per stage id."""
    rows = session.execute(
        select(deal.c.stage_id, func.count())
        .where(deal.c.pipeline_id == pipeline_id)
        .group_by(deal.c.stage_id)
    )
    return {r[0]: r[1] for r in rows}


def delete_pipeline(session: Session, pipeline_id: int) -> None:
    session.execute(delete(pipeline).where(pipeline.c.id == pipeline_id))


def move_stage_deals(session: Session, from_stage_id: int, to_stage_id: int, now: datetime) -> None:
    """Every deal of one stage into another (a stage being deleted): each enters the new
    stage now, and goes below the cards already there, in the order they had."""
    session.execute(
        insert(deal_stage_event).from_select(
            ["deal_id", "stage_id", "entered_at"],
            select(
                deal.c.id,
                literal(to_stage_id),
                literal(now, UTCDateTime()),
            ).where(deal.c.stage_id == from_stage_id),
        )
    )
    # An alias, so the subquery is not correlated with the row being updated: it reads the
    # target's bottom position once, as it was before any card moved.
    target = deal.alias()
    bottom = (
        select(func.coalesce(func.max(target.c.position), 0))
        .where(target.c.stage_id == to_stage_id)
        .scalar_subquery()
    )
    session.execute(
        update(deal)
        .where(deal.c.stage_id == from_stage_id)
        .values(stage_id=to_stage_id, stage_entered_at=now, position=deal.c.position + bottom),
    )
