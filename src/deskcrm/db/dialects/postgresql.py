"""PostgreSQL, a server: a plain engine (psycopg 3), writers serialised by one advisory
lock (as BEGIN IMMEDIATE does on SQLite), readers in one REPEATABLE READ snapshot, search
over a tsvector of unaccented text, id lists as JSON arrays and `%s` DB-API parameters."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any

from sqlalchemy import Boolean, Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

NAME = "postgresql"
FTS_AGGREGATE = "string_agg"
# Key of the advisory lock every write transaction takes first ("DCRM", as the SQLite
# application id): ids handed out as max(id) + 1 inside a write stay free until it commits.
WRITE_LOCK_KEY = int.from_bytes(b"DCRM", "big")


def sqlalchemy_url(address: str) -> str:
    """`postgresql://…` as typed by a user, with SQLAlchemy's psycopg 3 driver named."""
    url = make_url(address)
    return url.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)


def make_engine(address: str) -> Engine:
    """No pragmas: libpq finds the password where the server's other tools do
    (PGPASSWORD, ~/.pgpass). Transactions run READ COMMITTED; writers take the write lock
    first (begin_write), readers ask for one snapshot (begin_read).

    Each connection asks for more sort memory than PostgreSQL's 4 MB default (sent with
    the connection, no extra round trip): sorting 100,000 contacts by name, or a report's
    purchases, then stays in memory instead of spilling to disk."""
    return create_engine(
        sqlalchemy_url(address),
        isolation_level="READ COMMITTED",
        pool_pre_ping=True,
        connect_args={"options": f"-c work_mem={WORK_MEM}"},
    )


WORK_MEM = "32MB"


# The channel a write transaction notifies (db/external_changes.NotifyProbe listens).
CHANGES_CHANNEL = "deskcrm_changes"


def begin_write(session: Session) -> None:
    """The write lock, and a NOTIFY that other clients' windows hear if the transaction
    commits (PostgreSQL delivers it then, and never after a rollback)."""
    session.execute(
        text("SELECT pg_advisory_xact_lock(:key), pg_notify(:channel, '')"),
        {"key": WRITE_LOCK_KEY, "channel": CHANGES_CHANNEL},
    )


def begin_read(session: Session) -> None:
    session.connection(execution_options={"isolation_level": "REPEATABLE READ"})


def id_table(param: str = "ids") -> str:
    """A table expression of the ids bound as :param (a JSON array), one `value` per row."""
    return (
        f"(SELECT CAST(v AS integer) AS value"
        f" FROM json_array_elements_text(CAST(:{param} AS json)) AS ids(v))"
    )


def id_list(ids: Iterable[int]) -> str:
    return json.dumps([int(i) for i in ids])


def no_index(expression: str) -> str:
    return expression  # PostgreSQL's planner needs no hint here


def contacts_by_id(alias: str) -> str:
    """The contact table as a query reads it when it needs each row's id, trash date and
    sort name only (the planner chooses its own way here)."""
    return f"contact {alias}"


def like(expression: str, param: str = "like") -> str:
    """Case-insensitive LIKE. Columns under the case-insensitive "NOCASE" collation are
    read under the database's default one: PostgreSQL 15 has no LIKE for
    nondeterministic collations."""
    return f"({expression}) COLLATE \"default\" ILIKE :{param} ESCAPE '\\'"


def fold(expression: str) -> str:
    """Text compared ignoring case and surrounding spaces, as Python's casefold does on
    SQLite: lower() plus the one fold German needs that lower() lacks ('ß' -> 'ss', so
    'STRASSE' equals 'Straße'; PostgreSQL 15 has no casefold, and its case-insensitive ICU
    collation tells ß from ss). Read under the default collation: replace() refuses the
    case-insensitive one NOCASE columns carry."""
    return f"replace(lower(btrim(({expression}) COLLATE \"default\")), 'ß', 'ss')"


def days_between(later: str, earlier: str) -> str:
    return (
        f"(EXTRACT(EPOCH FROM (CAST({later} AS timestamp) - CAST({earlier} AS timestamp)))"
        " / 86400.0)"
    )


def whole_days_between(later: str, earlier: str) -> str:
    """Whole days between two stored timestamps, as timedelta.days counts them."""
    return (
        f"CAST(floor(EXTRACT(EPOCH FROM (CAST({later} AS timestamp)"
        f" - CAST({earlier} AS timestamp))) / 86400) AS INTEGER)"
    )


@cache
def _boolean_columns(table: str) -> frozenset[str]:
    from sqlmodel import SQLModel

    import deskcrm.db.tables  # noqa: F401  (registers the tables)

    found = SQLModel.metadata.tables.get(table)
    if found is None:
        return frozenset()
    return frozenset(c.name for c in found.columns if isinstance(c.type, Boolean))


def insert_rows(
    session: Session, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]
) -> None:
    """executemany in the session's transaction. Rows built for SQLite may hold 0/1 for a
    boolean (PostgreSQL will not cast them): those become bools. Explicit ids (max(id) + 1
    under the write lock) move the table's id sequence past them."""
    booleans = [i for i, c in enumerate(columns) if c in _boolean_columns(table)]
    if booleans:
        rows = [
            [bool(v) if i in booleans and v is not None else v for i, v in enumerate(row)]
            for row in rows
        ]
    cursor = session.connection().connection.cursor()
    marks = ",".join(["%s"] * len(columns))
    cursor.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)
    cursor.close()
    if "id" in columns and rows:
        catch_up_sequence(session, table)


def catch_up_sequence(session: Session, table: str) -> None:
    """The table's id sequence continues after its largest id."""
    session.execute(
        text(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))"
        )
    )


def json_rows_insert(table: str, columns: Sequence[str], varying: Sequence[bool]) -> str | None:
    """None: each batch is inserted as it is added, with executemany on the caller's
    thread (dbapi.rows_inserted_meanwhile)."""
    del table, columns, varying
    return None


def update_rows(session: Session, sql: str, rows: Sequence[Sequence[Any]]) -> None:
    """`sql` is written with SQLite's `?` marks (it holds no other question marks)."""
    cursor = session.connection().connection.cursor()
    cursor.executemany(sql.replace("?", "%s"), rows)
    cursor.close()


def first_column(session: Session, sql: str, params: dict[str, object]) -> list[Any]:
    """On the DB-API cursor, as on SQLite: for 100,000 ids SQLAlchemy's result rows cost
    several times what the server takes to send them. The statement is compiled for
    psycopg (`:name` becomes `%(name)s`, a literal % is doubled)."""
    connection = session.connection()
    compiled = text(sql).compile(dialect=connection.dialect)
    cursor = connection.connection.cursor()
    try:
        cursor.execute(str(compiled), {name: params[name] for name in compiled.params})
        return [row[0] for row in cursor.fetchall()]
    finally:
        cursor.close()


# -- search ------------------------------------------------------------------------------
# contact_fts holds the same five text columns as SQLite's FTS5 table (rowid = contact id);
# a trigger (migration 0001) keeps `document`, a weighted tsvector of their unaccented
# words, with punctuation turned into spaces as FTS5's unicode61 tokenizer does.
_NOT_WORD = re.compile(r"[\W_]+")
_PHONE_LIKE = re.compile(r"^\+?[\d\s()./-]+$")


def fts_query(typed: str) -> str | None:
    """to_tsquery text: every typed word required, its last part as a prefix ('ann mü' ->
    'ann:* & mü:*'; 'anna@ex' -> 'anna <-> ex:*'); a phone number typed with spaces or
    dashes is also looked up as one run of digits. Only letters and digits are passed
    through, so nothing typed is tsquery syntax."""
    words = []
    for word in typed.split():
        parts = [p for p in _NOT_WORD.split(word) if p]
        if parts:
            words.append(" <-> ".join([*parts[:-1], parts[-1] + ":*"]))
    if not words:
        return None
    query = " & ".join(f"({w})" if "<->" in w else w for w in words)
    digits = "".join(ch for ch in typed if ch.isdigit())
    stripped = typed.strip()
    if not stripped.isdigit() and _PHONE_LIKE.match(stripped) and len(digits) >= 3:
        return f"{digits}:* | ({query})"
    return query


def fts_ids_condition(column: str, param: str = "match") -> str:
    """`column` is the id of a contact whose index entry matches :param. The matching ids
    are gathered first and looked up by primary key: as `IN (sub-select)` the planner
    hash-joined them against a scan of every contact (45 ms of a search over 100,000)."""
    return f"{column} = ANY(ARRAY({fts_match_sql(param)}))"


def fts_match_sql(param: str = "match") -> str:
    return (
        f"SELECT rowid FROM contact_fts WHERE document @@ to_tsquery('simple', unaccent(:{param}))"
    )


def fts_row_matches(alias: str, param: str = "match") -> str:
    """The index row `alias` (contact_fts) matches :param — checked row by row, for a
    walk through contacts in name order that stops at the first page."""
    return f"{alias}.document @@ to_tsquery('simple', unaccent(:{param}))"


def fts_rank_sql() -> str:
    return (
        "SELECT f.rowid FROM contact_fts f JOIN contact c ON c.id = f.rowid,"
        " to_tsquery('simple', unaccent(:match)) q"
        " WHERE f.document @@ q AND c.deleted_at IS NULL"
        " ORDER BY ts_rank(f.document, q) DESC, f.rowid LIMIT :limit"
    )
