"""The SQL of `deskcrm move`: every table of the models, parents before children, read from
one database and written into another as the values stored (no conversion through
Python datetimes: a timestamp's text is copied as it is), in batches; then PostgreSQL's id
sequences continue after the copied ids and the search index is rebuilt."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import Any

from sqlalchemy import Connection, MetaData, Table, func, select, text
from sqlalchemy.orm import Session
from sqlalchemy.types import TypeDecorator
from sqlmodel import SQLModel

from deskcrm.db import dialects, fts
from deskcrm.db.engine import Database

# What a new database already holds (the migrations' default pipeline, its stages and
# lost reasons) or may hold before any record is made (settings saved on a first open):
# a target holding nothing else is empty, and these rows make way for the source's.
REPLACEABLE = frozenset({"pipeline", "stage", "lost_reason", "setting"})


@cache
def transfer_tables() -> tuple[Table, ...]:
    """The models' tables in dependency order (parents first), with each column's stored
    type in place of its Python-side decorator, so values are moved as stored."""
    import deskcrm.db.tables  # noqa: F401  (registers the tables)

    copies = MetaData()
    tables = []
    for table in SQLModel.metadata.sorted_tables:
        copy = table.to_metadata(copies)
        for column in copy.columns:
            if isinstance(column.type, TypeDecorator):
                column.type = column.type.impl_instance
        tables.append(copy)
    return tuple(tables)


def row_counts(conn: Connection | Session) -> dict[str, int]:
    """Rows in each of the models' tables."""
    return {
        table.name: int(conn.execute(select(func.count()).select_from(table)).scalar_one())
        for table in transfer_tables()
    }


def user_records(conn: Connection | Session) -> dict[str, int]:
    """Tables holding records a user made (anything but REPLACEABLE), with their counts."""
    return {
        name: count for name, count in row_counts(conn).items() if count and name not in REPLACEABLE
    }


def read_batches(conn: Connection, table: Table, size: int) -> Iterator[list[dict[str, Any]]]:
    """The table's rows in primary-key order, `size` at a time, as column -> stored value."""
    order = list(table.primary_key.columns)
    result = conn.execution_options(stream_results=True, yield_per=size).execute(
        select(table).order_by(*order)
    )
    for partition in result.mappings().partitions(size):
        yield [dict(row) for row in partition]


def clear(session: Session) -> None:
    """Remove every row (children first); the caller has checked there are no user
    records, so only the REPLACEABLE defaults go."""
    for table in reversed(transfer_tables()):
        session.execute(table.delete())


def write_batch(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    if rows:
        session.execute(table.insert(), rows)


def finish(session: Session) -> None:
    """After the copy: PostgreSQL's id sequences continue after the largest copied id
    (SQLite needs nothing: its next rowid is max + 1), and the search index is built
    from the copied contacts."""
    if dialects.of(session).NAME == "postgresql":
        from deskcrm.db.dialects.postgresql import catch_up_sequence

        for table in transfer_tables():
            if "id" in table.columns and table.name not in ("setting",):
                has_rows = session.execute(select(func.count()).select_from(table)).scalar_one()
                if has_rows:
                    catch_up_sequence(session, table.name)
    fts.rebuild(session)


def settle(db: Database) -> None:
    """After the copy has committed, on a server: VACUUM ANALYZE the tables just filled,
    at once rather than when autovacuum comes round. The planner's statistics plan the
    first searches after a move, and the visibility map lets the contact list read its
    ids in name order from the index alone (100,000 rows sorted instead: ~300 ms)."""
    if db.engine.dialect.name != "postgresql":
        return
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("VACUUM (ANALYZE)")


def begin_snapshot(conn: Connection) -> None:
    """Every table read from one consistent state of the source, even while another
    DeskCRM writes to it (SQLite: a read transaction; PostgreSQL: REPEATABLE READ)."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("BEGIN")
    else:
        conn.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"))


def search_index_rows(conn: Connection | Session) -> int:
    """Contacts the search index holds (compared after a move)."""
    return int(conn.execute(text("SELECT count(*) FROM contact_fts")).scalar_one())
