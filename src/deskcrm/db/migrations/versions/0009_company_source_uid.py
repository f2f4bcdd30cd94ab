"""Companies remember the id their record had in the file they were imported from (a
vCard UID), so that importing the file again finds them even after a rename; and the
search index learns each phone number's national form without the trunk prefix
("(202) 555-0100" finds +1 202 555 0100), as every write indexes it from now on.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01 07:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from deskcrm.domain.phone_search import search_tokens

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("company", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("source_uid", sa.String(400), nullable=False, server_default="")
        )
    # Only companies with a source id are indexed (most have none), as for contacts.
    op.create_index(
        "ix_company_source_uid",
        "company",
        ["source_uid"],
        unique=False,
        sqlite_where=sa.column("source_uid") != "",
        postgresql_where=sa.column("source_uid") != "",
    )
    _reindex_phones()


def _reindex_phones() -> None:
    """The phones column of every indexed contact, as db.fts builds it now (the index is
    derived data: the same function that fills it for every write fills it here)."""
    bind = op.get_bind()
    words: dict[int, list[str]] = {}
    for contact_id, number, digits in bind.execute(
        sa.text(
            "SELECT contact_id, number, digits FROM contact_phone ORDER BY contact_id, position, id"
        )
    ):
        words.setdefault(contact_id, []).append(search_tokens(number, digits))
    if words:
        bind.execute(
            sa.text("UPDATE contact_fts SET phones = :phones WHERE rowid = :contact"),
            [{"phones": " ".join(w), "contact": c} for c, w in words.items()],
        )


def downgrade() -> None:
    op.drop_index("ix_company_source_uid", table_name="company")
    with op.batch_alter_table("company", schema=None) as batch_op:
        batch_op.drop_column("source_uid")
