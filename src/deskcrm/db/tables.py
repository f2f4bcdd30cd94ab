"""SQLModel tables: the whole DeskCRM data model (evolved only by Alembic migrations)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, ForeignKey, Index, Integer, String, UniqueConstraint, column
from sqlmodel import Field, SQLModel

from deskcrm.db.types import UTCDateTime
from deskcrm.domain.dates import utc_now


def _ts(*, nullable: bool = True, index: bool = False) -> Column:
    return Column(UTCDateTime(), nullable=nullable, index=index)


def _created() -> datetime:
    return utc_now()


def _nocase(length: int | None = None, *, nullable: bool = False, index: bool = False) -> Column:
    return Column(String(length, collation="NOCASE"), nullable=nullable, index=index)


def _server_default_text(length: int, *, index: bool = False) -> Column:
    """A text column added by a migration to a table with rows: empty for those rows."""
    return Column(String(length), nullable=False, server_default="", index=index)


def _fk(target: str, *, ondelete: str, nullable: bool = True) -> Column:
    return Column(Integer, ForeignKey(target, ondelete=ondelete), nullable=nullable, index=True)


class Setting(SQLModel, table=True):
    """Per-database preferences (business name, default currency …) as JSON text."""

    key: str = Field(primary_key=True, max_length=100)
    value: str


class Company(SQLModel, table=True):
    # Only companies with a source id are indexed, as for contacts (ix_contact_source_uid).
    __table_args__ = (
        Index(
            "ix_company_source_uid",
            "source_uid",
            sqlite_where=column("source_uid") != "",
            postgresql_where=column("source_uid") != "",
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(sa_column=_nocase(200, index=True))
    website: str = ""
    email: str = ""
    phone: str = ""
    address: str = ""
    city: str = ""
    country: str = ""
    notes: str = ""
    # The import that created it (from a company-only record or a person's company name):
    # undoing that import trashes it with the import's people.
    import_batch: str | None = Field(default=None, max_length=40, index=True)
    # The id the record it was imported from had in its source (a vCard UID): a second
    # import of that record is this company, whatever it is called here by then.
    source_uid: str = Field(default="", sa_column=_server_default_text(400))
    created_at: datetime = Field(default_factory=_created, sa_column=_ts(nullable=False))
    updated_at: datetime = Field(default_factory=_created, sa_column=_ts(nullable=False))
    deleted_at: datetime | None = Field(default=None, sa_column=_ts(index=True))
    # Raised by the database (trigger, migration 0012) whenever a column the record's form
    # shows changes: a form saved with an older version is refused.
    row_version: int = Field(default=1, sa_column_kwargs={"server_default": "1", "nullable": False})


class Contact(SQLModel, table=True):
    """A person. Their first email and phone are mirrored in primary_* for listing."""

    __table_args__ = (
        # The contact list's order: live contacts' ids by name, from an index alone. On
        # SQLite the row id rides along in every index; PostgreSQL's planner takes
        # `deleted_at IS NULL` as a filter, not an equality, and sorted 100,000 rows on
        # each opening, so there a partial index of live contacts holds the order
        # (migration 0013).
        Index("ix_contact_live_by_name", "deleted_at", "sort_name").ddl_if(dialect="sqlite"),
        # A search's matches sorted by name from an index of a few dozen bytes an entry
        # rather than from their rows (migration 0015): ≈ 0.35 µs a match, not 1.5.
        Index("ix_contact_names_by_id", "id", "deleted_at", "sort_name").ddl_if(dialect="sqlite"),
        Index(
            "ix_contact_live_ids_by_name",
            "sort_name",
            "id",
            postgresql_where=column("deleted_at").is_(None),
        ).ddl_if(dialect="postgresql"),
        # Most contacts have no source id: the index holds only those that do (the one
        # query, an import's identity lookup, asks for exactly those), so a 100,000-row
        # import does not maintain 100,000 empty keys.
        Index(
            "ix_contact_source_uid",
            "source_uid",
            sqlite_where=column("source_uid") != "",
            postgresql_where=column("source_uid") != "",
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    first_name: str = Field(default="", sa_column=_nocase(200))
    last_name: str = Field(default="", sa_column=_nocase(200))
    # The rest of a name as address books write it (vCard N and NICKNAME).
    middle_name: str = Field(default="", sa_column=_server_default_text(200))
    name_prefix: str = Field(default="", sa_column=_server_default_text(100))
    name_suffix: str = Field(default="", sa_column=_server_default_text(100))
    nickname: str = Field(default="", sa_column=_server_default_text(200))
    # The name as the source wrote it whole (vCard FN, a "Display Name" column) when it is
    # not just the parts joined: "contact number one", 名無しの権兵衛 in its own order.
    display_name: str = Field(default="", sa_column=_server_default_text(400))
    # The domain.sorting key, compared code point by code point on both engines: a server
    # whose default collation is a language's (en_US, de_DE) would otherwise order the
    # list differently from a file, and more slowly (migration 0014).
    sort_name: str = Field(
        default="",
        sa_column=Column(
            String(400).with_variant(String(400, collation="C"), "postgresql"),
            nullable=False,
            default="",
        ),
    )
    company_id: int | None = Field(default=None, sa_column=_fk("company.id", ondelete="SET NULL"))
    title: str = ""
    department: str = Field(default="", sa_column=_server_default_text(200))
    primary_email: str = Field(default="", sa_column=_nocase(320))
    primary_phone: str = Field(default="", max_length=32)
    # The first of the contact's addresses (contact_address), mirrored for lists and filters.
    address: str = ""
    postal_code: str = ""
    city: str = Field(default="", sa_column=_nocase(200, index=True))
    country: str = Field(default="", sa_column=_nocase(200))
    birthday: date | None = None
    # False for a birthday written without its year (vCard --04-22): `birthday` then holds
    # it in the leap year 2000 (so 29 February fits), and no age or year is ever shown.
    birthday_year_known: bool = Field(
        default=True, sa_column_kwargs={"server_default": "1", "nullable": False}
    )
    anniversary: date | None = None
    anniversary_year_known: bool = Field(
        default=True, sa_column_kwargs={"server_default": "1", "nullable": False}
    )
    # Who this record is in the file it came from (vCard UID, a CRM's id): re-importing
    # the file finds the same contact again by it.
    source_uid: str = Field(default="", sa_column=_server_default_text(400))
    lifecycle: str = Field(default="lead", max_length=16, index=True)
    source: str = ""
    notes: str = ""
    follow_up_days: int | None = None
    import_batch: str | None = Field(default=None, max_length=40, index=True)  # undo an import
    last_contacted_at: datetime | None = Field(default=None, sa_column=_ts(index=True))
    created_at: datetime = Field(default_factory=_created, sa_column=_ts(nullable=False))
    updated_at: datetime = Field(default_factory=_created, sa_column=_ts(nullable=False))
    # Also in ix_contact_live_by_name; this one walks live contacts in id order (reports).
    deleted_at: datetime | None = Field(default=None, sa_column=_ts(index=True))
    # Raised by every write to what the contact form shows (its row, emails, phones,
    # addresses, websites, tags): a form saved with an older version is refused.
    row_version: int = Field(default=1, sa_column_kwargs={"server_default": "1", "nullable": False})


class ContactEmail(SQLModel, table=True):
    __tablename__ = "contact_email"
    id: int | None = Field(default=None, primary_key=True)
    contact_id: int = Field(sa_column=_fk("contact.id", ondelete="CASCADE", nullable=False))
    address: str = Field(sa_column=_nocase(320, index=True))
    label: str = ""
    position: int = 0


class ContactPhone(SQLModel, table=True):
    __tablename__ = "contact_phone"
    id: int | None = Field(default=None, primary_key=True)
    contact_id: int = Field(sa_column=_fk("contact.id", ondelete="CASCADE", nullable=False))
    number: str = Field(max_length=32, index=True)  # E.164
    digits: str = Field(default="", max_length=32)  # national digits, for search as typed
    label: str = ""
    position: int = 0
    # Not valid for the contact's region: `number` is the text as typed, for the user to check.
    needs_check: bool = Field(
        default=False, sa_column_kwargs={"server_default": "0", "nullable": False}
    )


class ContactAddress(SQLModel, table=True):
    """One of a contact's postal addresses, labelled (home, work …) as the user or file had it."""

    __tablename__ = "contact_address"
    id: int | None = Field(default=None, primary_key=True)
    contact_id: int = Field(sa_column=_fk("contact.id", ondelete="CASCADE", nullable=False))
    label: str = ""
    street: str = ""
    extended: str = ""  # apartment, suite, building
    po_box: str = ""
    city: str = ""
    region: str = ""  # state, province, county
    postal_code: str = ""
    country: str = ""
    position: int = 0


class ContactUrl(SQLModel, table=True):
    """A website or social profile of a contact, labelled (home, work, LinkedIn …)."""

    __tablename__ = "contact_url"
    id: int | None = Field(default=None, primary_key=True)
    contact_id: int = Field(sa_column=_fk("contact.id", ondelete="CASCADE", nullable=False))
    url: str = ""
    label: str = ""
    position: int = 0


class ContactUnparsed(SQLModel, table=True):
    """A value DeskCRM could not understand, kept exactly as written for the user to check
    (a birthday "circa 1800", a phone with letters): never dropped, never guessed."""

    __tablename__ = "contact_unparsed"
    id: int | None = Field(default=None, primary_key=True)
    contact_id: int = Field(sa_column=_fk("contact.id", ondelete="CASCADE", nullable=False))
    field_name: str = Field(max_length=100)  # the DeskCRM field it was meant for
    value: str = ""  # as written in the file or typed
    reason: str = ""  # why it was not understood, in plain words
    origin: str = ""  # where it came from: "contacts.vcf, line 12, BDAY"
    created_at: datetime = Field(default_factory=_created, sa_column=_ts(nullable=False))


class Tag(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(
        sa_column=Column(String(100, collation="NOCASE"), unique=True, nullable=False)
    )
    color: str = ""


class ContactTag(SQLModel, table=True):
    __tablename__ = "contact_tag"
    contact_id: int = Field(
        sa_column=Column(Integer, ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True)
    )
    tag_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True, index=True
        )
    )


class Pipeline(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200)
    position: int = 0
    created_at: datetime = Field(default_factory=_created, sa_column=_ts(nullable=False))


class Stage(SQLModel, table=True):
    """A pipeline column. Probability is a whole percent; won/lost stages close deals."""

    __table_args__ = (UniqueConstraint("pipeline_id", "position"),)

    id: int | None = Field(default=None, primary_key=True)
    pipeline_id: int = Field(sa_column=_fk("pipeline.id", ondelete="CASCADE", nullable=False))
    name: str = Field(max_length=200)
    position: int = 0
    probability: int = 0
    rotting_days: int | None = None
    is_won: bool = False
    is_lost: bool = False


class LostReason(SQLModel, table=True):
    __tablename__ = "lost_reason"
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(
        sa_column=Column(String(200, collation="NOCASE"), unique=True, nullable=False)
    )
    position: int = 0


class Deal(SQLModel, table=True):
    __table_args__ = (
        Index("ix_deal_board", "pipeline_id", "status", "stage_id", "position"),
        Index("ix_deal_stage_position", "stage_id", "position"),  # a card's neighbours
    )

    id: int | None = Field(default=None, primary_key=True)
    title: str = Field(sa_column=_nocase(300))
    contact_id: int | None = Field(default=None, sa_column=_fk("contact.id", ondelete="SET NULL"))
    company_id: int | None = Field(default=None, sa_column=_fk("company.id", ondelete="SET NULL"))
    pipeline_id: int = Field(sa_column=_fk("pipeline.id", ondelete="RESTRICT", nullable=False))
    stage_id: int = Field(sa_column=_fk("stage.id", ondelete="RESTRICT", nullable=False))
    value_minor: int = 0
    currency: str = Field(default="EUR", max_length=3)
    probability_override: int | None = None
    expected_close: date | None = None
    status: str = Field(default="open", max_length=8)
    lost_reason: str = ""
    position: int = 0
    notes: str = ""
    stage_entered_at: datetime = Field(default_factory=_created, sa_column=_ts(nullable=False))
    closed_at: datetime | None = Field(default=None, sa_column=_ts(index=True))
    created_at: datetime = Field(default_factory=_created, sa_column=_ts(nullable=False))
    updated_at: datetime = Field(default_factory=_created, sa_column=_ts(nullable=False))
    deleted_at: datetime | None = Field(default=None, sa_column=_ts(index=True))
    # Raised by the database (trigger, migration 0012) whenever a column the record's form
    # shows changes: a form saved with an older version is refused.
    row_version: int = Field(default=1, sa_column_kwargs={"server_default": "1", "nullable": False})


class DealStageEvent(SQLModel, table=True):
    """A deal entering a stage: the history behind stage-to-stage conversion."""

    __tablename__ = "deal_stage_event"
    id: int | None = Field(default=None, primary_key=True)
    deal_id: int = Field(sa_column=_fk("deal.id", ondelete="CASCADE", nullable=False))
    stage_id: int = Field(sa_column=_fk("stage.id", ondelete="CASCADE", nullable=False))
    entered_at: datetime = Field(sa_column=_ts(nullable=False))


class Interaction(SQLModel, table=True):
    """A timeline entry on a contact: call, meeting, email or note."""

    __table_args__ = (Index("ix_interaction_timeline", "contact_id", "occurred_at"),)

    id: int | None = Field(default=None, primary_key=True)
    contact_id: int = Field(
        sa_column=Column(Integer, ForeignKey("contact.id", ondelete="CASCADE"), nullable=False)
    )
    deal_id: int | None = Field(default=None, sa_column=_fk("deal.id", ondelete="SET NULL"))
    kind: str = Field(max_length=16)
    occurred_at: datetime = Field(sa_column=_ts(nullable=False))
    summary: str = ""
    body: str = ""
    created_at: datetime = Field(default_factory=_created, sa_column=_ts(nullable=False))
    deleted_at: datetime | None = Field(default=None, sa_column=_ts())


class Purchase(SQLModel, table=True):
    # Covers a contact's purchase history and the per-contact figures segments filter on.
    __table_args__ = (
        Index(
            "ix_purchase_history",
            "contact_id",
            "purchased_at",
            "deleted_at",
            "currency",
            "amount_minor",
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    contact_id: int = Field(
        sa_column=Column(Integer, ForeignKey("contact.id", ondelete="CASCADE"), nullable=False)
    )
    purchased_at: datetime = Field(sa_column=_ts(nullable=False, index=True))
    description: str = ""
    quantity: int = 1
    amount_minor: int = 0
    currency: str = Field(default="EUR", max_length=3)
    created_at: datetime = Field(default_factory=_created, sa_column=_ts(nullable=False))
    deleted_at: datetime | None = Field(default=None, sa_column=_ts())


class Task(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    title: str = Field(max_length=500)
    notes: str = ""
    due_at: datetime | None = Field(default=None, sa_column=_ts(index=True))
    due_has_time: bool = False
    priority: int = 0
    done_at: datetime | None = Field(default=None, sa_column=_ts(index=True))
    contact_id: int | None = Field(default=None, sa_column=_fk("contact.id", ondelete="SET NULL"))
    deal_id: int | None = Field(default=None, sa_column=_fk("deal.id", ondelete="SET NULL"))
    recurrence: str = ""  # an RFC 5545 RRULE value, e.g. "FREQ=WEEKLY;BYDAY=MO,TH"
    remind_at: datetime | None = Field(default=None, sa_column=_ts(index=True))
    reminded_at: datetime | None = Field(default=None, sa_column=_ts())  # shown once
    created_at: datetime = Field(default_factory=_created, sa_column=_ts(nullable=False))
    updated_at: datetime = Field(default_factory=_created, sa_column=_ts(nullable=False))
    deleted_at: datetime | None = Field(default=None, sa_column=_ts(index=True))
    # Raised by the database (trigger, migration 0012) whenever a column the record's form
    # shows changes: a form saved with an older version is refused.
    row_version: int = Field(default=1, sa_column_kwargs={"server_default": "1", "nullable": False})


class NotDuplicate(SQLModel, table=True):
    """Two contacts the user said are different people: Find duplicates stops pairing them."""

    __tablename__ = "not_duplicate"
    first_id: int = Field(
        sa_column=Column(Integer, ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True)
    )
    second_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True, index=True
        )
    )
    created_at: datetime = Field(default_factory=_created, sa_column=_ts(nullable=False))


class Segment(SQLModel, table=True):
    """A saved filter over contacts; its conditions are domain.segments JSON."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(
        sa_column=Column(String(200, collation="NOCASE"), unique=True, nullable=False)
    )
    conditions: str = "{}"
    position: int = 0
    created_at: datetime = Field(default_factory=_created, sa_column=_ts(nullable=False))
    updated_at: datetime = Field(default_factory=_created, sa_column=_ts(nullable=False))


class LifecycleEvent(SQLModel, table=True):
    """A contact's lifecycle changing (from "" when the contact was created), and why."""

    __tablename__ = "lifecycle_event"
    __table_args__ = (Index("ix_lifecycle_event_contact", "contact_id", "changed_at"),)

    id: int | None = Field(default=None, primary_key=True)
    contact_id: int = Field(
        sa_column=Column(Integer, ForeignKey("contact.id", ondelete="CASCADE"), nullable=False)
    )
    from_lifecycle: str = Field(default="", max_length=16)
    to_lifecycle: str = Field(max_length=16)
    changed_at: datetime = Field(sa_column=_ts(nullable=False, index=True))
    cause: str = Field(default="", max_length=40)  # "created", "edited", "purchase 12" …


class SupportCase(SQLModel, table=True):
    """A customer's problem, tracked to resolution."""

    __tablename__ = "support_case"
    __table_args__ = (Index("ix_support_case_open", "deleted_at", "status", "opened_at"),)

    id: int | None = Field(default=None, primary_key=True)
    title: str = Field(max_length=300)
    contact_id: int = Field(sa_column=_fk("contact.id", ondelete="CASCADE", nullable=False))
    deal_id: int | None = Field(default=None, sa_column=_fk("deal.id", ondelete="SET NULL"))
    purchase_id: int | None = Field(default=None, sa_column=_fk("purchase.id", ondelete="SET NULL"))
    status: str = Field(default="open", max_length=16)
    priority: int = 0
    opened_at: datetime = Field(sa_column=_ts(nullable=False))
    closed_at: datetime | None = Field(default=None, sa_column=_ts(index=True))
    created_at: datetime = Field(default_factory=_created, sa_column=_ts(nullable=False))
    updated_at: datetime = Field(default_factory=_created, sa_column=_ts(nullable=False))
    deleted_at: datetime | None = Field(default=None, sa_column=_ts())


class CaseNote(SQLModel, table=True):
    __tablename__ = "case_note"
    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(sa_column=_fk("support_case.id", ondelete="CASCADE", nullable=False))
    author: str = Field(default="me", max_length=16)  # domain.enums.NoteAuthor
    body: str = ""
    written_at: datetime = Field(sa_column=_ts(nullable=False))


class Feedback(SQLModel, table=True):
    """A satisfaction answer: CSAT 1–5 or NPS 0–10, with a date and a comment."""

    __table_args__ = (Index("ix_feedback_contact", "contact_id", "answered_at"),)

    id: int | None = Field(default=None, primary_key=True)
    contact_id: int = Field(
        sa_column=Column(Integer, ForeignKey("contact.id", ondelete="CASCADE"), nullable=False)
    )
    kind: str = Field(max_length=8)  # domain.enums.FeedbackKind
    score: int
    answered_at: datetime = Field(sa_column=_ts(nullable=False, index=True))
    comment: str = ""
    created_at: datetime = Field(default_factory=_created, sa_column=_ts(nullable=False))
    deleted_at: datetime | None = Field(default=None, sa_column=_ts())


class MailMessage(SQLModel, table=True):
    """A message read from the user's own mail (an mbox, a Maildir, .eml files): stored
    once, whoever it concerns; each known correspondent's timeline gets an email
    interaction of it (MailLink). Its plain text only: HTML converted, never rendered."""

    __tablename__ = "mail_message"

    id: int | None = Field(default=None, primary_key=True)
    # The Message-ID as written (without <>), or "sha256:" and the hash of the message
    # where it has none: a message read twice is stored once.
    message_key: str = Field(sa_column=Column(String(400), nullable=False, unique=True))
    sent_at: datetime = Field(sa_column=_ts(nullable=False, index=True))
    subject: str = ""
    sender: str = Field(default="", max_length=320)  # the bare address, lower-case
    recipients: str = ""  # To and Cc: bare addresses, lower-case, one a line
    names: str = ""  # the names written beside addresses: "address<TAB>name", one a line
    direction: str = Field(default="received", max_length=8)  # or "sent" (by the user)
    body: str = ""
    attachments: str = ""  # file names, one a line
    in_reply_to: str = Field(default="", max_length=400)
    # The first message of its conversation (References' first, or In-Reply-To, or its own).
    thread_key: str = Field(default="", sa_column=Column(String(400), nullable=False, index=True))
    source: str = ""  # where it was read: a file or folder
    problems: str = ""  # what was odd in it and how it was read, one a line
    imported_at: datetime = Field(default_factory=_created, sa_column=_ts(nullable=False))


class MailLink(SQLModel, table=True):
    """A message on a contact's timeline: the email interaction made of it. It hangs off
    the interaction, not the contact, so whatever moves the interaction (a merge) moves it."""

    __tablename__ = "mail_link"

    interaction_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("interaction.id", ondelete="CASCADE"), primary_key=True
        )
    )
    message_id: int = Field(
        sa_column=Column(
            Integer,
            ForeignKey("mail_message.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        )
    )


def configure_now() -> None:
    """Work out the ORM's mappings of these tables now. SQLAlchemy does it at the first ORM
    query (~50 ms), which a start would otherwise pay between showing the main window and
    painting its list; the app calls this while its start window shows."""
    from sqlalchemy.orm import configure_mappers

    configure_mappers()
