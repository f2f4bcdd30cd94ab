"""Mail read from the user's own mailbox: each message stored once (mail_message), and
the email interaction it made on each known correspondent's timeline (mail_link).

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-03 21:45:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _ts(name: str) -> sa.Column:
    return sa.Column(name, sa.String(length=26), nullable=False)


def upgrade() -> None:
    op.create_table(
        "mail_message",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("message_key", sa.String(length=400), nullable=False),
        _ts("sent_at"),
        sa.Column("subject", sa.String(), nullable=False),
        sa.Column("sender", sa.String(length=320), nullable=False),
        sa.Column("recipients", sa.String(), nullable=False),
        sa.Column("names", sa.String(), nullable=False),
        sa.Column("direction", sa.String(length=8), nullable=False),
        sa.Column("body", sa.String(), nullable=False),
        sa.Column("attachments", sa.String(), nullable=False),
        sa.Column("in_reply_to", sa.String(length=400), nullable=False),
        sa.Column("thread_key", sa.String(length=400), nullable=False),
        sa.Column("source", sa.String(), nullable=False),
        sa.Column("problems", sa.String(), nullable=False),
        _ts("imported_at"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("message_key"),
    )
    op.create_index("ix_mail_message_sent_at", "mail_message", ["sent_at"], unique=False)
    op.create_index("ix_mail_message_thread_key", "mail_message", ["thread_key"], unique=False)
    op.create_table(
        "mail_link",
        sa.Column("interaction_id", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["interaction_id"], ["interaction.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["message_id"], ["mail_message.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("interaction_id"),
    )
    op.create_index("ix_mail_link_message_id", "mail_link", ["message_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_mail_link_message_id", table_name="mail_link")
    op.drop_table("mail_link")
    op.drop_index("ix_mail_message_thread_key", table_name="mail_message")
    op.drop_index("ix_mail_message_sent_at", table_name="mail_message")
    op.drop_table("mail_message")
