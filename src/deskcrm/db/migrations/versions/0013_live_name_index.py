"""On PostgreSQL the contact list's order comes from a partial index of live contacts.

The list reads every live contact's id in name order. (deleted_at, sort_name) serves that
on SQLite, where the row id rides along in every index, but PostgreSQL's planner treats
`deleted_at IS NULL` as a filter, not an equality, so it sorted 100,000 rows on each
opening (spilling to disk: ~290 ms on the benchmark's server). An index of live contacts
only, by sort name then id, hands the ids over in order from the index alone (~55 ms,
issue 18's first-page target being 100 ms). SQLite files are left as they are.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02 16:45:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.drop_index("ix_contact_live_by_name", table_name="contact")
    op.create_index(
        "ix_contact_live_ids_by_name",
        "contact",
        ["sort_name", "id"],
        unique=False,
        postgresql_where=sa.column("deleted_at").is_(None),
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.drop_index("ix_contact_live_ids_by_name", table_name="contact")
    op.create_index("ix_contact_live_by_name", "contact", ["deleted_at", "sort_name"], unique=False)
