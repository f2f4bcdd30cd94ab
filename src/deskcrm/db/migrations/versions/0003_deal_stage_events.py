"""Deal stage history, for stage-to-stage conversion in the sales report. Existing deals
get one event for the stage they are in now (their earlier path is unknown).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 21:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "deal_stage_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("deal_id", sa.Integer(), nullable=False),
        sa.Column("stage_id", sa.Integer(), nullable=False),
        sa.Column("entered_at", sa.String(length=26), nullable=False),
        sa.ForeignKeyConstraint(["deal_id"], ["deal.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["stage_id"], ["stage.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("deal_stage_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_deal_stage_event_deal_id"), ["deal_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_deal_stage_event_stage_id"), ["stage_id"], unique=False
        )
    op.execute(
        "INSERT INTO deal_stage_event (deal_id, stage_id, entered_at)"
        " SELECT id, stage_id, stage_entered_at FROM deal"
    )


def downgrade() -> None:
    with op.batch_alter_table("deal_stage_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_deal_stage_event_stage_id"))
        batch_op.drop_index(batch_op.f("ix_deal_stage_event_deal_id"))
    op.drop_table("deal_stage_event")
