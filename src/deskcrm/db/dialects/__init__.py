"""What differs between the two engines DeskCRM runs on: a SQLite file (sqlite.py) and a
PostgreSQL server (postgresql.py). Query modules ask `of(session)` for the module of the
engine they run on and use its SQL fragments and DB-API helpers; both modules offer the
same names (the `Dialect` protocol)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import Engine
from sqlalchemy.orm import Session

# How a server database is named where a file path could be (`--db`, $DESKCRM_DB).
SERVER_SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")


def is_server_address(address: object) -> bool:
    """A `postgresql://…` URL rather than a file path."""
    return isinstance(address, str) and address.startswith(SERVER_SCHEMES)


class Dialect(Protocol):
    """The SQL and DB-API details one engine does its own way."""

    NAME: str
    FTS_AGGREGATE: str

    def id_table(self, param: str = "ids") -> str: ...
    def id_list(self, ids: Iterable[int]) -> str: ...
    def no_index(self, expression: str) -> str: ...
    def like(self, expression: str, param: str = "like") -> str: ...
    def fold(self, expression: str) -> str: ...
    def days_between(self, later: str, earlier: str) -> str: ...
    def insert_rows(
        self, session: Session, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]
    ) -> None: ...
    def update_rows(self, session: Session, sql: str, rows: Sequence[Sequence[Any]]) -> None: ...
    def first_column(self, session: Session, sql: str, params: dict[str, object]) -> list[Any]: ...
    def begin_write(self, session: Session) -> None: ...
    def begin_read(self, session: Session) -> None: ...
    def fts_query(self, typed: str) -> str | None: ...
    def fts_match_sql(self, param: str = "match") -> str: ...
    def fts_rank_sql(self) -> str: ...


def of(session: Session) -> Dialect:
    """The dialect module of the engine the session runs on."""
    return of_name(session.get_bind().dialect.name)


def of_engine(engine: Engine) -> Dialect:
    return of_name(engine.dialect.name)


def of_name(name: str) -> Dialect:
    if name == "postgresql":
        from deskcrm.db.dialects import postgresql

        return postgresql
    from deskcrm.db.dialects import sqlite

    return sqlite


def display_address(address: Path | str) -> str:
    """The address as shown to the user: a server URL without its password."""
    if is_server_address(address):
        from sqlalchemy.engine import make_url

        return make_url(str(address)).render_as_string(hide_password=True)
    return str(address)
