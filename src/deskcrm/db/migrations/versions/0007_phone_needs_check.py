"""Phone numbers that were not valid for their contact's region are kept as typed and flagged
"check this number" instead of being refused or rewritten with another country's code.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 00:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("contact_phone", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("needs_check", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("contact_phone", schema=None) as batch_op:
        batch_op.drop_column("needs_check")
