"""Saved segments, lifecycle history, support cases with their notes, and feedback.

The purchase history index grows to cover what segments count per contact (number, first
and last date, value per currency). Existing contacts get one lifecycle event, "created" at their creation time with the stage
they are in now (their earlier path is unknown).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23 00:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _ts(name: str, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.String(length=26), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "segment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200, collation="NOCASE"), nullable=False),
        sa.Column("conditions", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        _ts("created_at"),
        _ts("updated_at"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "lifecycle_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("from_lifecycle", sa.String(length=16), nullable=False),
        sa.Column("to_lifecycle", sa.String(length=16), nullable=False),
        _ts("changed_at"),
        sa.Column("cause", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(["contact_id"], ["contact.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        "ix_lifecycle_event_changed_at", "lifecycle_event", ["changed_at"], unique=False
    )
    op.create_index(
        "ix_lifecycle_event_contact", "lifecycle_event", ["contact_id", "changed_at"], unique=False
    )
    op.create_table(
        "support_case",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("deal_id", sa.Integer(), nullable=True),
        sa.Column("purchase_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("priority", sa.Integer(), nullable=False),
        _ts("opened_at"),
        _ts("closed_at", nullable=True),
        _ts("created_at"),
        _ts("updated_at"),
        _ts("deleted_at", nullable=True),
        sa.ForeignKeyConstraint(["contact_id"], ["contact.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["deal_id"], ["deal.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["purchase_id"], ["purchase.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    for column in ("closed_at", "contact_id", "deal_id", "purchase_id"):
        op.create_index(f"ix_support_case_{column}", "support_case", [column], unique=False)
    op.create_index(
        "ix_support_case_open",
        "support_case",
        ["deleted_at", "status", "opened_at"],
        unique=False,
    )
    op.create_table(
        "case_note",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("author", sa.String(length=16), nullable=False),
        sa.Column("body", sa.String(), nullable=False),
        _ts("written_at"),
        sa.ForeignKeyConstraint(["case_id"], ["support_case.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_case_note_case_id", "case_note", ["case_id"], unique=False)
    op.create_table(
        "feedback",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        _ts("answered_at"),
        sa.Column("comment", sa.String(), nullable=False),
        _ts("created_at"),
        _ts("deleted_at", nullable=True),
        sa.ForeignKeyConstraint(["contact_id"], ["contact.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_feedback_answered_at", "feedback", ["answered_at"], unique=False)
    op.create_index("ix_feedback_contact", "feedback", ["contact_id", "answered_at"], unique=False)
    op.drop_index("ix_purchase_history", table_name="purchase")
    op.create_index(
        "ix_purchase_history",
        "purchase",
        ["contact_id", "purchased_at", "deleted_at", "currency", "amount_minor"],
        unique=False,
    )
    op.execute(
        "INSERT INTO lifecycle_event (contact_id, from_lifecycle, to_lifecycle, changed_at, cause)"
        " SELECT id, '', lifecycle, created_at, 'created' FROM contact"
    )


def downgrade() -> None:
    op.drop_index("ix_purchase_history", table_name="purchase")
    op.create_index("ix_purchase_history", "purchase", ["contact_id", "purchased_at"], unique=False)
    op.drop_index("ix_feedback_contact", table_name="feedback")
    op.drop_index("ix_feedback_answered_at", table_name="feedback")
    op.drop_table("feedback")
    op.drop_index("ix_case_note_case_id", table_name="case_note")
    op.drop_table("case_note")
    op.drop_index("ix_support_case_open", table_name="support_case")
    for column in ("closed_at", "contact_id", "deal_id", "purchase_id"):
        op.drop_index(f"ix_support_case_{column}", table_name="support_case")
    op.drop_table("support_case")
    op.drop_index("ix_lifecycle_event_contact", table_name="lifecycle_event")
    op.drop_index("ix_lifecycle_event_changed_at", table_name="lifecycle_event")
    op.drop_table("lifecycle_event")
    op.drop_table("segment")
