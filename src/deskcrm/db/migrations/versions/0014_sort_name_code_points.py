"""On PostgreSQL contacts' sort keys compare code point by code point (COLLATE "C"), as
SQLite compares them, whatever the server's default collation.

A sort key (domain.sorting) is already folded for people: lower case, accents taken off.
Under a server's language collation (en_US.UTF-8 is common) punctuation and other
characters sort by that language's rules instead ("a_b" before "a-b" before "a'b"), so the
same contacts listed in a different order on a server than in a file, and each ORDER BY
paid for the language rules. The list's index is rebuilt with the column.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-02 17:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute('ALTER TABLE contact ALTER COLUMN sort_name TYPE VARCHAR(400) COLLATE "C"')


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute('ALTER TABLE contact ALTER COLUMN sort_name TYPE VARCHAR(400) COLLATE "default"')
