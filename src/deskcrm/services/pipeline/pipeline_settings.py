"""Editing pipelines and their stages: add, rename, reorder, probabilities, rotting days,
and deleting a stage only once its deals have somewhere to go."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import select

from deskcrm.db import deal_queries
from deskcrm.db.engine import Database
from deskcrm.db.tables import Pipeline, Stage
from deskcrm.domain.dates import utc_now
from deskcrm.domain.messages import tr
from deskcrm.domain.validation import clean_text
from deskcrm.errors import NotFoundError, ValidationError
from deskcrm.services.changes import Changes, Created

DEFAULT_STAGES = (
    ("Lead", 10, 14, False, False),
    ("Qualified", 25, 14, False, False),
    ("Proposal", 50, 10, False, False),
    ("Negotiation", 75, 7, False, False),
    ("Won", 100, None, True, False),
    ("Lost", 0, None, False, True),
)


@dataclass
class StageDraft:
    """A row of the stage editor; id is None for a stage not saved yet."""

    id: int | None
    name: str
    probability: int = 0
    rotting_days: int | None = None
    is_won: bool = False
    is_lost: bool = False


class PipelineSettingsService:
    def __init__(self, db: Database, clock: Callable[[], datetime] = utc_now) -> None:
        self._db = db
        self._clock = clock

    def deal_counts(self, pipeline_id: int) -> dict[int, int]:
        """Deals (any status, trash included) per stage: what blocks a deletion."""
        with self._db.reading() as session:
            return deal_queries.deal_counts_per_stage(session, pipeline_id)

    def create_pipeline(self, name: str) -> Created:
        name = clean_text(name, limit=200)
        if not name:
            raise ValidationError({"name": tr("A pipeline needs a name")})
        with self._db.transaction() as session:
            count = deal_queries.pipeline_count(session)
            pipeline = Pipeline(name=name, position=count, created_at=self._clock())
            session.add(pipeline)
            session.flush()
            assert pipeline.id is not None
            for position, (stage, prob, rot, won, lost) in enumerate(DEFAULT_STAGES):
                session.add(
                    Stage(
                        pipeline_id=pipeline.id,
                        name=stage,
                        position=position,
                        probability=prob,
                        rotting_days=rot,
                        is_won=won,
                        is_lost=lost,
                    )
                )
            return Created(pipeline.id, _pipelines(added_or_removed=True))

    def rename_pipeline(self, pipeline_id: int, name: str) -> Changes:
        name = clean_text(name, limit=200)
        if not name:
            raise ValidationError({"name": tr("A pipeline needs a name")})
        with self._db.transaction() as session:
            pipeline = session.get(Pipeline, pipeline_id)
            if pipeline is None:
                raise NotFoundError(f"Pipeline {pipeline_id} does not exist")
            pipeline.name = name
            session.add(pipeline)
            return _pipelines()

    def delete_pipeline(self, pipeline_id: int) -> Changes:
        with self._db.transaction() as session:
            deals = deal_queries.deal_count(session, pipeline_id)
            if deals:
                raise ValidationError({"pipeline": f"Move or delete its {deals} deals first"})
            if deal_queries.pipeline_count(session) <= 1:
                raise ValidationError({"pipeline": tr("The last pipeline cannot be deleted")})
            deal_queries.delete_pipeline(session, pipeline_id)
            return _pipelines(added_or_removed=True)

    def save_stages(
        self, pipeline_id: int, drafts: list[StageDraft], reassign: dict[int, int] | None = None
    ) -> Changes:
        """Replace the pipeline's stages with `drafts`, in that order, in one transaction.

        Stages left out are deleted; their deals move to `reassign[old_stage_id]`, which
        must be a kept stage of the same kind (open, won or lost).
        """
        reassign = reassign or {}
        self._validate(drafts)
        moved_deals = False
        with self._db.transaction() as session:
            existing: dict[int, Stage] = {
                s.id: s
                for s in session.exec(select(Stage).where(Stage.pipeline_id == pipeline_id))
                if s.id is not None
            }
            kept_ids = {d.id for d in drafts if d.id is not None}
            unknown = kept_ids - set(existing)
            if unknown:
                raise ValidationError({"stages": tr("A stage being edited no longer exists")})
            counts = self.deal_counts(pipeline_id)
            removed = [sid for sid in existing if sid not in kept_ids]
            now = self._clock()
            for stage_id in removed:
                if not counts.get(stage_id):
                    continue
                target_id = reassign.get(stage_id)
                if target_id not in kept_ids:
                    name = existing[stage_id].name
                    raise ValidationError(
                        {"stages": f"Choose where the {counts[stage_id]} deals of “{name}” go"}
                    )
                old, target = existing[stage_id], next(d for d in drafts if d.id == target_id)
                if (old.is_won, old.is_lost) != (target.is_won, target.is_lost):
                    raise ValidationError(
                        {"stages": f"Deals of “{old.name}” must go to a stage of the same kind"}
                    )
                assert target_id is not None
                deal_queries.move_stage_deals(session, stage_id, target_id, now)
                moved_deals = True
            for stage_id in removed:
                session.delete(existing[stage_id])
            session.flush()
            # Park every kept stage out of the way of the unique (pipeline, position) pair.
            for offset, stage_id in enumerate(kept_ids, start=1):
                existing[stage_id].position = -offset
                session.add(existing[stage_id])
            session.flush()
            for position, draft in enumerate(drafts):
                stage = (
                    existing[draft.id]
                    if draft.id is not None
                    else Stage(pipeline_id=pipeline_id, name=draft.name)
                )
                stage.name = clean_text(draft.name, limit=200)
                stage.position = position
                stage.probability = draft.probability
                stage.rotting_days = draft.rotting_days
                stage.is_won = draft.is_won
                stage.is_lost = draft.is_lost
                session.add(stage)
            session.flush()
        # Stage names, order and probabilities show on every deal card and total.
        return Changes.of(whole=["pipelines", "deals"] if moved_deals else ["pipelines"])

    @staticmethod
    def _validate(drafts: list[StageDraft]) -> None:
        errors: list[str] = []
        if not any(not (d.is_won or d.is_lost) for d in drafts):
            errors.append("Keep at least one open stage")
        if sum(d.is_won for d in drafts) != 1 or sum(d.is_lost for d in drafts) != 1:
            errors.append("Keep exactly one Won and one Lost stage")
        for d in drafts:
            if not d.name.strip():
                errors.append("Every stage needs a name")
            if not 0 <= d.probability <= 100:
                errors.append(f"“{d.name}”: probability must be 0–100 %")
            if d.rotting_days is not None and not 1 <= d.rotting_days <= 3650:
                errors.append(f"“{d.name}”: rotting days must be 1–3650")
        names = [d.name.strip().casefold() for d in drafts]
        if len(set(names)) != len(names):
            errors.append("Two stages have the same name")
        if errors:
            raise ValidationError({"stages": "; ".join(dict.fromkeys(errors))})


def _pipelines(*, added_or_removed: bool = False) -> Changes:
    """Pipelines carry no ids in Changes: the board re-reads its pipeline list."""
    return Changes.of(
        whole=["pipelines"], added_or_removed=["pipelines"] if added_or_removed else []
    )
