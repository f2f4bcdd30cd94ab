"""Pairs of contacts the user marked "not duplicates", remembered across sessions; two
contact indexes nothing uses dropped (each one slowed every insert, e.g. imports).

The list sorts by "primary_email = '', primary_email", which no plain index can serve.
(ix_contact_deleted_at stays although ix_contact_live_by_name starts with deleted_at too:
it walks live contacts in id order, which reports that join interactions rely on: 16 ms
instead of 96 ms to count contacts not touched in 90 days over 100,000.)

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22 23:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "not_duplicate",
        sa.Column("first_id", sa.Integer(), nullable=False),
        sa.Column("second_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.String(length=26), nullable=False),
        sa.ForeignKeyConstraint(["first_id"], ["contact.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["second_id"], ["contact.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("first_id", "second_id"),
    )
    with op.batch_alter_table("not_duplicate", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_not_duplicate_second_id"), ["second_id"], unique=False)
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.drop_index("ix_contact_primary_email")
        batch_op.drop_index("ix_contact_primary_phone")


def downgrade() -> None:
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.create_index("ix_contact_primary_phone", ["primary_phone"], unique=False)
        batch_op.create_index("ix_contact_primary_email", ["primary_email"], unique=False)
    with op.batch_alter_table("not_duplicate", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_not_duplicate_second_id"))
    op.drop_table("not_duplicate")
