"""SQLite, one file: pragmas on every connection, BEGIN IMMEDIATE for writers, the fold
function segments compare with, FTS5 search, JSON id lists and `?` DB-API parameters."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.orm import Session

from deskcrm.db.connect import apply_key, distrust_schema, driver

NAME = "sqlite"
BUSY_TIMEOUT_MS = 5000
# The function the FTS index's sub-selects join several values with.
FTS_AGGREGATE = "group_concat"

# Which BEGIN a connection's transactions start with (an execution option). Writers take
# the write lock up front, so what they read (e.g. max(id) + 1) cannot be overtaken by
# another process before they write; readers stay deferred and never block anyone.
BEGIN_OPTION = "deskcrm_begin"
DEFERRED, IMMEDIATE = "DEFERRED", "IMMEDIATE"


def fold(expression: str) -> str:
    """SQL comparing text ignoring case and surrounding spaces, in any script."""
    return f"deskcrm_fold({expression})"


def fold_value(value: object) -> str | None:
    """Text compared ignoring case and surrounding spaces, for any script."""
    return value.strip().casefold() if isinstance(value, str) else None


def make_engine(
    path: Path,
    *,
    foreign_keys: bool = True,
    passphrase: str | None = None,
    begin: str = DEFERRED,
    busy_timeout_ms: int = BUSY_TIMEOUT_MS,
) -> Engine:
    """Every connection: the key (if encrypted), foreign keys, WAL journal, busy timeout.

    The DB-API driver is put in autocommit mode and every SQLAlchemy transaction emits its
    own BEGIN (SQLAlchemy's pysqlite recipe): left to itself, Python's sqlite3 begins only
    before INSERT/UPDATE/DELETE, so schema changes would each commit on their own and a
    crash part-way through an upgrade would leave a file between two schemas.
    """

    def set_pragmas(dbapi_connection: Any, _record: Any) -> None:
        apply_key(dbapi_connection, passphrase)
        dbapi_connection.isolation_level = None  # we say BEGIN ourselves (see on_begin)
        cursor = dbapi_connection.cursor()
        # These run outside any transaction: inside one, foreign_keys is a no-op and
        # journal_mode=WAL fails. The busy timeout comes first so the WAL switch waits.
        cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms}")
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()
        distrust_schema(dbapi_connection)
        # SQLite's NOCASE folds ASCII only; segments match "KÖLN" to "Köln" with this.
        dbapi_connection.create_function("deskcrm_fold", 1, fold_value, deterministic=True)

    def on_begin(conn: Connection) -> None:
        mode = conn.get_execution_options().get(BEGIN_OPTION, begin)
        conn.exec_driver_sql(f"BEGIN {IMMEDIATE if mode == IMMEDIATE else DEFERRED}")

    extra: dict[str, Any] = {} if passphrase is None else {"module": driver(passphrase)}
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False}, **extra)
    event.listen(engine, "connect", set_pragmas)
    event.listen(engine, "begin", on_begin)
    return engine


def begin_write(session: Session) -> None:
    """Start the session's transaction holding the write lock (BEGIN IMMEDIATE)."""
    session.connection(execution_options={BEGIN_OPTION: IMMEDIATE})


def begin_read(session: Session) -> None:
    """Readers begin deferred: no lock, one snapshot of the file from their first read."""


# Many ids as one parameter, read back in SQL with json_each: one statement whatever the
# count. Join on it with CROSS JOIN so SQLite walks the list and looks each row up by id; a
# plain JOIN may walk an index of the other table and scan the whole list for each row
# (100,000 contacts took minutes that way).
def id_table(param: str = "ids") -> str:
    """A table expression of the ids bound as :param (id_list), one `value` per row."""
    return f"json_each(:{param})"


def id_list(ids: Iterable[int]) -> str:
    return json.dumps([int(i) for i in ids])


def no_index(expression: str) -> str:
    """The expression, hidden from the planner's index choice (unary plus)."""
    return f"+{expression}"


def contacts_by_id(alias: str) -> str:
    """The contact table as a query reads it when it needs each row's id, trash date and
    sort name only (a search's matches sorted by name): from the narrow index of those
    (migration 0015), ≈ 4 times quicker than from the rows."""
    return f"contact {alias} INDEXED BY ix_contact_names_by_id"


def like(expression: str, param: str = "like") -> str:
    """A LIKE with backslash escapes (case-insensitive for ASCII, as SQLite's LIKE is)."""
    return f"{expression} LIKE :{param} ESCAPE '\\'"


def days_between(later: str, earlier: str) -> str:
    """Days (with fractions) between two stored timestamps."""
    return f"(julianday({later}) - julianday({earlier}))"


def whole_days_between(later: str, earlier: str) -> str:
    """Whole days between two stored timestamps, as timedelta.days counts them: in whole
    microseconds (julianday's fractions are not exact to the microsecond, and strftime
    rounds a fraction of a second, so the seconds are read without it and the fraction
    from the text). The stored text is "YYYY-MM-DD HH:MM:SS.ffffff" (db.types). When
    `later` is the earlier one: 0 or less (callers count that as 0)."""

    def micros(stamp: str) -> str:
        return (
            f"(CAST(strftime('%s', substr({stamp}, 1, 19)) AS INTEGER) * 1000000"
            f" + CAST(substr({stamp}, 21, 6) AS INTEGER))"
        )

    return f"(({micros(later)} - {micros(earlier)}) / 86400000000)"


def insert_rows(
    session: Session, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]
) -> None:
    cursor = session.connection().connection.cursor()
    marks = ",".join("?" * len(columns))
    cursor.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)
    cursor.close()


def json_rows_insert(table: str, columns: Sequence[str], varying: Sequence[bool]) -> str | None:
    """An INSERT of rows given as one JSON array bound as its last parameter: one statement,
    which runs without Python's GIL. The columns not `varying` are bound first, one
    value each for every row, in column order; the JSON holds, per row, the varying
    ones: an array of them, or the value itself when only one varies (when none does,
    each element stands for one row)."""
    shown = sum(1 for differs in varying if differs)
    values: list[str] = []
    at = 0
    for differs in varying:
        if not differs:
            values.append("?")
        elif shown == 1:
            values.append("value")
        else:
            values.append(f"json_extract(value, '$[{at}]')")
            at += 1
    selected = ", ".join(values)
    return f"INSERT INTO {table} ({', '.join(columns)}) SELECT {selected} FROM json_each(?)"


def update_rows(session: Session, sql: str, rows: Sequence[Sequence[Any]]) -> None:
    cursor = session.connection().connection.cursor()
    cursor.executemany(sql, rows)
    cursor.close()


def first_column(session: Session, sql: str, params: dict[str, object]) -> list[Any]:
    cursor = session.connection().connection.driver_connection.execute(sql, params)  # type: ignore[union-attr]
    try:
        return [row[0] for row in cursor.fetchall()]
    finally:
        cursor.close()


def fts_ids_condition(column: str, param: str = "match") -> str:
    """`column` is the id of a contact whose index entry matches :param."""
    return f"{column} IN ({fts_match_sql(param)})"


def fts_match_sql(param: str = "match") -> str:
    """A sub-select of the contact ids matching :param (a fts.match_expression)."""
    return f"SELECT rowid FROM contact_fts WHERE contact_fts MATCH :{param}"


def fts_row_matches(alias: str, param: str = "match") -> None:
    """None: FTS5 finds every match of a prefix in a few milliseconds, so the first page
    is cut from the whole list (contact_queries.first_ids) rather than walked to."""
    del alias, param
    return None


def fts_rank_sql() -> str:
    """Contact ids matching :match among live contacts, best first, :limit of them."""
    return (
        "SELECT contact_fts.rowid FROM contact_fts JOIN contact c ON c.id = contact_fts.rowid"
        " WHERE contact_fts MATCH :match AND c.deleted_at IS NULL"
        " ORDER BY contact_fts.rank LIMIT :limit"
    )


def fts_query(typed: str) -> str | None:
    """The FTS5 MATCH expression for what the user typed (see fts.match_expression)."""
    from deskcrm.db.fts import match_expression

    return match_expression(typed)
