"""The pipeline board's use cases: columns and totals, moving, closing and reopening deals."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, select

from deskcrm.db import deal_queries, lifecycle, trash
from deskcrm.db.deal_queries import (
    BoardCard,
    DealCard,
    DealFilter,
    Placed,
    StageTotals,
    end_position,
)
from deskcrm.db.engine import Database
from deskcrm.db.tables import Deal, LostReason, Stage
from deskcrm.domain import pipeline as rules
from deskcrm.domain.dates import utc_now
from deskcrm.domain.enums import DealStatus
from deskcrm.domain.messages import tr
from deskcrm.domain.validation import clean_text
from deskcrm.errors import NotFoundError, ValidationError
from deskcrm.services.changes import Applied, Changes


@dataclass(frozen=True)
class StageInfo:
    id: int
    name: str
    position: int
    probability: int
    rotting_days: int | None
    is_won: bool
    is_lost: bool

    @property
    def is_open(self) -> bool:
        return not (self.is_won or self.is_lost)


@dataclass(frozen=True)
class PipelineInfo:
    id: int
    name: str
    stages: list[StageInfo]

    @property
    def open_stages(self) -> list[StageInfo]:
        return [s for s in self.stages if s.is_open]


@dataclass(frozen=True)
class DealPlacement:
    """Where a deal sits; what undo puts back."""

    stage_id: int
    position: int
    status: str
    stage_entered_at: datetime
    closed_at: datetime | None
    lost_reason: str


class PipelineService:
    def __init__(self, db: Database, clock: Callable[[], datetime] = utc_now) -> None:
        self._db = db
        self._clock = clock

    def now(self) -> datetime:
        return self._clock()

    # -- reads ------------------------------------------------------------------
    def pipelines(self) -> list[PipelineInfo]:
        with self._db.reading() as session:
            pipelines = deal_queries.pipelines(session)
            stages = deal_queries.all_stages(session)
        return [
            PipelineInfo(
                pid,
                name,
                [
                    StageInfo(
                        s.id, s.name, s.position, s.probability, s.rotting_days, s.is_won, s.is_lost
                    )
                    for s in stages
                    if s.pipeline_id == pid
                ],
            )
            for pid, name in pipelines
        ]

    def pipeline(self, pipeline_id: int) -> PipelineInfo:
        for info in self.pipelines():
            if info.id == pipeline_id:
                return info
        raise NotFoundError(f"Pipeline {pipeline_id} does not exist")

    def board(self, pipeline_id: int, flt: DealFilter) -> dict[int, list[int]]:
        with self._db.reading() as session:
            return deal_queries.board_ids(session, pipeline_id, flt, self.now())

    def totals(self, pipeline_id: int, flt: DealFilter) -> dict[int, StageTotals]:
        with self._db.reading() as session:
            return deal_queries.board_totals(session, pipeline_id, flt, self.now())

    def board_cards(
        self, pipeline_id: int, flt: DealFilter, stage_ids: Iterable[int] | None = None
    ) -> dict[int, list[BoardCard]]:
        """The board's cards per stage id in card order, each with what its column's totals
        sum (of the stages of `stage_ids` only, when given)."""
        with self._db.reading() as session:
            return deal_queries.board_cards(session, pipeline_id, flt, self.now(), stage_ids)

    def placements(
        self, pipeline_id: int, flt: DealFilter, deal_ids: Iterable[int]
    ) -> dict[int, Placed]:
        """Where the deals of `deal_ids` are on the board now (those not on it left out),
        each with the card below it: what a board needs to show a write to them."""
        with self._db.reading() as session:
            return deal_queries.board_placements(session, pipeline_id, flt, self.now(), deal_ids)

    def cards(self, ids: list[int]) -> dict[int, DealCard]:
        with self._db.reading() as session:
            return deal_queries.cards(session, ids)

    def rotting_deals(self) -> list[tuple[DealCard, str]]:
        """Open deals past their stage's rotting days, across pipelines, with stage names."""
        result: list[tuple[DealCard, str]] = []
        with self._db.reading() as session:
            for info in self.pipelines():
                columns = deal_queries.board_ids(
                    session, info.id, DealFilter(only_rotting=True), self.now()
                )
                ids = [i for stage_ids in columns.values() for i in stage_ids]
                cards = deal_queries.cards(session, ids)
                names = {s.id: s.name for s in info.stages}
                result.extend(
                    (cards[i], names.get(cards[i].stage_id, "")) for i in ids if i in cards
                )
        now = self.now()
        result.sort(key=lambda pair: -rules.days_in_stage(pair[0].stage_entered_at, now))
        return result

    def lost_reasons(self) -> list[str]:
        with self._db.reading() as session:
            return list(
                session.exec(
                    select(LostReason.name).order_by(col(LostReason.position), col(LostReason.name))
                ).all()
            )

    # -- moves ------------------------------------------------------------------
    def move_deal(
        self, deal_id: int, to_stage_id: int, before_deal_id: int | None = None
    ) -> Applied[DealPlacement]:
        """Put an open deal in an open stage, just before another card (or last).

        Returns the placement it had, for undo (restore_placement). A new stage resets
        stage-entered-at.
        """
        with self._db.transaction() as session:
            # Both cards in one read (a round trip less on a server; the second `_deal`
            # finds its card in the session).
            cards = trash.load(session, Deal, [deal_id, before_deal_id])
            deal = self._deal(session, deal_id)
            if deal.status != DealStatus.OPEN:
                raise ValidationError({"deal": tr("Reopen a closed deal before moving it")})
            stage = self._stage(session, to_stage_id)
            if stage.pipeline_id != deal.pipeline_id or stage.is_won or stage.is_lost:
                raise ValidationError(
                    {"stage": "Deals can only be moved to an open stage of their pipeline"}
                )
            previous = _placement(deal)
            deal.position = self._position_before(session, deal, to_stage_id, before_deal_id)
            # Set before the stage entry's INSERT flushes the deal: one UPDATE, not two.
            deal.updated_at = self.now()
            if deal.stage_id != to_stage_id:
                deal.stage_id = to_stage_id
                deal.stage_entered_at = deal.updated_at
                deal_queries.record_stage_entry(
                    session, deal_id, to_stage_id, deal.stage_entered_at
                )
            session.add(deal)
            del cards  # held until here: the session keeps records only while referenced
            return Applied(previous, _deal_changes(deal))

    def close_won(self, deal_id: int) -> Applied[DealPlacement]:
        return self._close(deal_id, won=True, reason="")

    def close_lost(
        self, deal_id: int, reason: str, *, remember_reason: bool = False
    ) -> Applied[DealPlacement]:
        reason = clean_text(reason, limit=200)
        if not reason:
            raise ValidationError({"reason": tr("Say why the deal was lost")})
        placement = self._close(deal_id, won=False, reason=reason)
        if remember_reason:
            with self._db.transaction() as session:
                exists = session.exec(select(LostReason).where(LostReason.name == reason)).first()
                if exists is None:
                    count = len(session.exec(select(LostReason)).all())
                    session.add(LostReason(name=reason, position=count))
        return placement

    def reopen(self, deal_id: int, stage_id: int | None = None) -> Applied[DealPlacement]:
        """Back on the board: into the given open stage, else the last open one."""
        with self._db.transaction() as session:
            deal = self._deal(session, deal_id)
            if deal.status == DealStatus.OPEN:
                raise ValidationError({"deal": tr("The deal is already open")})
            stages = self._stages(session, deal.pipeline_id)
            open_stages = [s for s in stages if not (s.is_won or s.is_lost)]
            if stage_id is None:
                target = open_stages[-1]
            else:
                chosen = next((s for s in open_stages if s.id == stage_id), None)
                if chosen is None:
                    raise ValidationError(
                        {"stage": tr("Pick an open stage of the deal's pipeline")}
                    )
                target = chosen
            previous = _placement(deal)
            deal.status = DealStatus.OPEN.value
            assert target.id is not None
            deal_queries.record_stage_entry(session, deal_id, target.id, self.now())
            deal.stage_id = target.id
            deal.position = self._end_position(session, target.id)
            deal.stage_entered_at = self.now()
            deal.closed_at = None
            deal.lost_reason = ""
            deal.updated_at = self.now()
            session.add(deal)
            return Applied(previous, _deal_changes(deal))

    def restore_placement(self, deal_id: int, placement: DealPlacement) -> Applied[DealPlacement]:
        """Undo: put a deal back exactly where it was; returns where it was before that."""
        with self._db.transaction() as session:
            deal = self._deal(session, deal_id)
            current = _placement(deal)
            if (
                current.status == DealStatus.WON
                and placement.status != DealStatus.WON
                and deal.contact_id is not None
            ):
                lifecycle.take_back(session, deal.contact_id, f"deal {deal_id}")
            if current.stage_id != placement.stage_id:
                deal_queries.forget_stage_entry(
                    session, deal_id, current.stage_id, current.stage_entered_at
                )
            deal.stage_id = placement.stage_id
            deal.position = placement.position
            deal.status = placement.status
            deal.stage_entered_at = placement.stage_entered_at
            deal.closed_at = placement.closed_at
            deal.lost_reason = placement.lost_reason
            deal.updated_at = self.now()
            session.add(deal)
            # Taking back a win takes back the contact's promotion to customer.
            won_changed = DealStatus.WON in (current.status, placement.status)
            return Applied(current, _deal_changes(deal, contact_changed=won_changed))

    # -- helpers ----------------------------------------------------------------
    def _close(self, deal_id: int, *, won: bool, reason: str) -> Applied[DealPlacement]:
        with self._db.transaction() as session:
            deal = self._deal(session, deal_id)
            if deal.status != DealStatus.OPEN:
                raise ValidationError({"deal": tr("The deal is already closed")})
            stages = self._stages(session, deal.pipeline_id)
            target = next((s for s in stages if (s.is_won if won else s.is_lost)), None)
            if target is None:
                kind = "won" if won else "lost"
                raise ValidationError({"stage": f"This pipeline has no {kind} stage"})
            previous = _placement(deal)
            now = self.now()
            deal.status = (DealStatus.WON if won else DealStatus.LOST).value
            assert target.id is not None
            deal_queries.record_stage_entry(session, deal_id, target.id, now)
            deal.stage_id = target.id
            deal.position = self._end_position(session, target.id)
            deal.stage_entered_at = now
            deal.closed_at = now
            deal.lost_reason = reason
            deal.updated_at = now
            session.add(deal)
            if won and deal.contact_id is not None:
                lifecycle.promote_to_customer(session, deal.contact_id, now, f"deal {deal_id}")
            return Applied(previous, _deal_changes(deal, contact_changed=won))

    @staticmethod
    def _deal(session: Session, deal_id: int) -> Deal:
        deal = trash.live(session, Deal, deal_id)
        if deal is None:
            raise NotFoundError(f"Deal {deal_id} does not exist or is in the trash")
        return deal

    @staticmethod
    def _stage(session: Session, stage_id: int) -> Stage:
        stage = session.get(Stage, stage_id)
        if stage is None:
            raise NotFoundError(f"Stage {stage_id} does not exist")
        return stage

    @staticmethod
    def _stages(session: Session, pipeline_id: int) -> list[Stage]:
        return list(
            session.exec(
                select(Stage).where(Stage.pipeline_id == pipeline_id).order_by(col(Stage.position))
            ).all()
        )

    @staticmethod
    def _end_position(session: Session, stage_id: int) -> int:
        return end_position(session, stage_id)

    def _position_before(
        self, session: Session, deal: Deal, stage_id: int, before_deal_id: int | None
    ) -> int:
        if before_deal_id == deal.id:
            return deal.position  # dropped onto itself
        if before_deal_id is None:
            if deal.stage_id == stage_id and self._is_last(session, deal):
                return deal.position
            return self._end_position(session, stage_id)
        before = self._deal(session, before_deal_id)
        if before.stage_id != stage_id:
            raise ValidationError({"stage": tr("That card is in another stage")})
        assert deal.id is not None
        for _attempt in range(2):
            prev = deal_queries.position_above(session, stage_id, before.position, deal.id)
            position = rules.position_between(prev, before.position)
            if position is not None:
                return position
            self._renumber(session, stage_id)
            session.refresh(before)
        raise AssertionError("renumbering left no gap")  # pragma: no cover

    @staticmethod
    def _is_last(session: Session, deal: Deal) -> bool:
        return deal_queries.last_open_position(session, deal.stage_id) == deal.position

    @staticmethod
    def _renumber(session: Session, stage_id: int) -> None:
        """Re-space a column's cards (rare: only when two neighbours are adjacent)."""
        session.flush()
        deal_queries.renumber_stage(session, stage_id)
        session.expire_all()


def _deal_changes(deal: Deal, *, contact_changed: bool = False) -> Changes:
    """One deal moved on the board; a win (or its undo) changes its contact's lifecycle."""
    assert deal.id is not None
    owner = [deal.contact_id] if deal.contact_id is not None else []
    return Changes.of(deals=[deal.id], owners=owner, contacts=owner if contact_changed else [])


def _placement(deal: Deal) -> DealPlacement:
    return DealPlacement(
        deal.stage_id,
        deal.position,
        deal.status,
        deal.stage_entered_at,
        deal.closed_at,
        deal.lost_reason,
    )
