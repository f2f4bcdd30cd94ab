"""What `deskcrm demo` reads before it inserts its sample data in bulk: the stages of the
first pipeline, the tags to use, the first free ids, whether segments exist."""

from __future__ import annotations

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from deskcrm.db import core_tables as tables
from deskcrm.db.import_queries import next_id

__all__ = ["first_pipeline_stages", "has_segments", "next_id", "tag_id"]


def first_pipeline_stages(session: Session) -> list[tuple[int, int, int, bool, bool]]:
    """(stage id, pipeline id, probability, is won, is lost) of the first pipeline's
    stages, in board order."""
    s, p = tables.stage.c, tables.pipeline.c
    rows = session.execute(
        select(s.id, s.pipeline_id, s.probability, s.is_won, s.is_lost)
        .select_from(tables.stage.join(tables.pipeline, p.id == s.pipeline_id))
        .order_by(p.position, p.id, s.position)
    ).all()
    first = [r for r in rows if r[1] == rows[0][1]] if rows else []
    return [(r[0], r[1], r[2], r[3], r[4]) for r in first]


def tag_id(session: Session, name: str) -> int:
    """The id of the tag called exactly `name`, created (without a colour) if missing."""
    t = tables.tag.c
    found = session.execute(select(t.id).where(t.name == name)).scalar()
    if found is None:
        session.execute(insert(tables.tag).values(name=name, color=""))
        found = session.execute(select(t.id).where(t.name == name)).scalar_one()
    return found


def has_segments(session: Session) -> bool:
    return bool(session.execute(select(func.count()).select_from(tables.segment)).scalar_one())
