"""Companies, deals and tasks carry a row version too, so that an edit form opened before
someone else's change cannot overwrite it (as contacts since 0011).

Here the database raises the version itself: a trigger adds one whenever an update
changes a column the record's form shows, whoever writes it — a form, a card moved on the
board, a deal won, a recurring task ticked, the CLI, another DeskCRM version. Columns kept
for the app's own bookkeeping (a card's position in its column, updated_at, a reminder
shown, a task ticked done, which an edit leaves alone) do not count: re-ordering a column
is not a change to the deal someone is editing.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02 16:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# What each record's form shows (written out: a migration never follows later models).
VERSIONED = {
    "company": ("name", "website", "email", "phone", "address", "city", "country", "notes"),
    "deal": (
        "title",
        "contact_id",
        "company_id",
        "pipeline_id",
        "stage_id",
        "value_minor",
        "currency",
        "probability_override",
        "expected_close",
        "status",
        "lost_reason",
        "notes",
    ),
    "task": (
        "title",
        "notes",
        "due_at",
        "due_has_time",
        "priority",
        "contact_id",
        "deal_id",
        "recurrence",
        "remind_at",
    ),
}


def _changed(columns: Sequence[str], differ: str) -> str:
    return " OR ".join(f"OLD.{c} {differ} NEW.{c}" for c in columns)


def upgrade() -> None:
    for table in VERSIONED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("row_version", sa.Integer(), nullable=False, server_default="1")
            )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE FUNCTION deskcrm_next_row_version() RETURNS trigger LANGUAGE plpgsql AS"
            " $$ BEGIN NEW.row_version := OLD.row_version + 1; RETURN NEW; END $$"
        )
        for table, columns in VERSIONED.items():
            op.execute(
                f"CREATE TRIGGER {table}_row_version BEFORE UPDATE ON {table} FOR EACH ROW"
                f" WHEN ({_changed(columns, 'IS DISTINCT FROM')})"
                " EXECUTE FUNCTION deskcrm_next_row_version()"
            )
        return
    for table, columns in VERSIONED.items():
        # The inner UPDATE changes only row_version, so it does not fire this again.
        op.execute(
            f"CREATE TRIGGER {table}_row_version AFTER UPDATE ON {table} FOR EACH ROW"
            f" WHEN OLD.row_version = NEW.row_version AND ({_changed(columns, 'IS NOT')})"
            f" BEGIN UPDATE {table} SET row_version = OLD.row_version + 1"
            " WHERE id = NEW.id; END"
        )


def downgrade() -> None:
    for table in VERSIONED:
        op.execute(
            f"DROP TRIGGER IF EXISTS {table}_row_version"
            + (f" ON {table}" if op.get_bind().dialect.name == "postgresql" else "")
        )
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("row_version")
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS deskcrm_next_row_version()")
