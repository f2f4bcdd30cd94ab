"""What address books export, held whole: the rest of a name, department, year-less
birthdays and anniversaries, the source's UID, several labelled addresses, websites, and
values kept as written for the user to check; companies remember the import that made them.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 04:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TEXT_COLUMNS = (
    ("middle_name", 200),
    ("name_prefix", 100),
    ("name_suffix", 100),
    ("nickname", 200),
    ("display_name", 400),
    ("department", 200),
    ("source_uid", 400),
)


def upgrade() -> None:
    with op.batch_alter_table("contact", schema=None) as batch_op:
        for name, length in _TEXT_COLUMNS:
            batch_op.add_column(
                sa.Column(name, sa.String(length), nullable=False, server_default="")
            )
        batch_op.add_column(
            sa.Column("birthday_year_known", sa.Boolean(), nullable=False, server_default="1")
        )
        batch_op.add_column(sa.Column("anniversary", sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column("anniversary_year_known", sa.Boolean(), nullable=False, server_default="1")
        )
    # Only contacts with a source id are indexed (most have none): see tables.Contact.
    op.create_index(
        "ix_contact_source_uid",
        "contact",
        ["source_uid"],
        unique=False,
        sqlite_where=sa.column("source_uid") != "",
        postgresql_where=sa.column("source_uid") != "",
    )
    with op.batch_alter_table("company", schema=None) as batch_op:
        batch_op.add_column(sa.Column("import_batch", sa.String(length=40), nullable=True))
        batch_op.create_index("ix_company_import_batch", ["import_batch"], unique=False)
    # Every existing contact's address becomes its first labelled address.
    op.create_table(
        "contact_address",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "contact_id",
            sa.Integer(),
            sa.ForeignKey("contact.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("label", sa.String(), nullable=False),
        sa.Column("street", sa.String(), nullable=False),
        sa.Column("extended", sa.String(), nullable=False),
        sa.Column("po_box", sa.String(), nullable=False),
        sa.Column("city", sa.String(), nullable=False),
        sa.Column("region", sa.String(), nullable=False),
        sa.Column("postal_code", sa.String(), nullable=False),
        sa.Column("country", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
    )
    op.create_index("ix_contact_address_contact_id", "contact_address", ["contact_id"])
    op.create_table(
        "contact_url",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "contact_id",
            sa.Integer(),
            sa.ForeignKey("contact.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("url", sa.String(), nullable=False),
        sa.Column("label", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
    )
    op.create_index("ix_contact_url_contact_id", "contact_url", ["contact_id"])
    op.create_table(
        "contact_unparsed",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "contact_id",
            sa.Integer(),
            sa.ForeignKey("contact.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("field_name", sa.String(100), nullable=False),
        sa.Column("value", sa.String(), nullable=False),
        sa.Column("reason", sa.String(), nullable=False),
        sa.Column("origin", sa.String(), nullable=False),
        sa.Column("created_at", sa.String(length=26), nullable=False),  # UTCDateTime
    )
    op.create_index("ix_contact_unparsed_contact_id", "contact_unparsed", ["contact_id"])
    contact = sa.table(
        "contact",
        sa.column("id", sa.Integer()),
        sa.column("address", sa.String()),
        sa.column("postal_code", sa.String()),
        sa.column("city", sa.String()),
        sa.column("country", sa.String()),
    )
    address = sa.table(
        "contact_address",
        *(
            sa.column(name)
            for name in (
                "contact_id",
                "label",
                "street",
                "extended",
                "po_box",
                "city",
                "region",
                "postal_code",
                "country",
                "position",
            )
        ),
    )
    has_address = sa.or_(
        contact.c.address != "",
        contact.c.postal_code != "",
        contact.c.city != "",
        contact.c.country != "",
    )
    op.execute(
        address.insert().from_select(
            [
                "contact_id",
                "label",
                "street",
                "extended",
                "po_box",
                "city",
                "region",
                "postal_code",
                "country",
                "position",
            ],
            sa.select(
                contact.c.id,
                sa.literal(""),
                contact.c.address,
                sa.literal(""),
                sa.literal(""),
                contact.c.city,
                sa.literal(""),
                contact.c.postal_code,
                contact.c.country,
                sa.literal(0),
            ).where(has_address),
        )
    )


def downgrade() -> None:
    op.drop_index("ix_contact_unparsed_contact_id", table_name="contact_unparsed")
    op.drop_table("contact_unparsed")
    op.drop_index("ix_contact_url_contact_id", table_name="contact_url")
    op.drop_table("contact_url")
    op.drop_index("ix_contact_address_contact_id", table_name="contact_address")
    op.drop_table("contact_address")
    with op.batch_alter_table("company", schema=None) as batch_op:
        batch_op.drop_index("ix_company_import_batch")
        batch_op.drop_column("import_batch")
    op.drop_index("ix_contact_source_uid", table_name="contact")
    with op.batch_alter_table("contact", schema=None) as batch_op:
        for name in ("anniversary_year_known", "anniversary", "birthday_year_known"):
            batch_op.drop_column(name)
        for name, _length in reversed(_TEXT_COLUMNS):
            batch_op.drop_column(name)
