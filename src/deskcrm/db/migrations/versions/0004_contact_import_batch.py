"""Contacts remember the import that created them, so a whole import can be undone.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22 22:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.add_column(sa.Column("import_batch", sa.String(length=40), nullable=True))
        batch_op.create_index(batch_op.f("ix_contact_import_batch"), ["import_batch"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_import_batch"))
        batch_op.drop_column("import_batch")
