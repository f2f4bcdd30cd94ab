"""A card's neighbours in its column are found by one index seek: dropping a card between
two others, or at the bottom, asks for the highest position below a point in one stage,
which ix_deal_board (pipeline, status, stage, position) cannot answer without scanning
the stage (issue 20: a move took 12–16 ms of CPU with 12,000 open deals).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01 07:30:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_deal_stage_position", "deal", ["stage_id", "position"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_deal_stage_position", table_name="deal")
