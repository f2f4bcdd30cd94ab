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
from deskcrm.db.server_address import SERVER_SCHEMES as SERVER_SCHEMES
from deskcrm.db.server_address import is_server_address as is_server_address


class Dialect(Protocol):
    """The SQL and DB-API details one engine does its own way."""

    NAME: str
    FTS_AGGREGATE: str

    def id_table(self, param: str = "ids") -> str: ...
    def id_list(self, ids: Iterable[int]) -> str: ...
    def no_index(self, expression: str) -> str: ...
    def contacts_by_id(self, alias: str) -> str: ...
    def like(self, expression: str, param: str = "like") -> str: ...
    def fold(self, expression: str) -> str: ...
    def days_between(self, later: str, earlier: str) -> str: ...
    def whole_days_between(self, later: str, earlier: str) -> str: ...
    def insert_rows(
        self, session: Session, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]
    ) -> None: ...
    def json_rows_insert(
        self, table: str, columns: Sequence[str], varying: Sequence[bool]
    ) -> str | None: ...
    def update_rows(self, session: Session, sql: str, rows: Sequence[Sequence[Any]]) -> None: ...
    def first_column(self, session: Session, sql: str, params: dict[str, object]) -> list[Any]: ...
    def begin_write(self, session: Session) -> None: ...
    def begin_read(self, session: Session) -> None: ...
    def fts_query(self, typed: str) -> str | None: ...
    def fts_match_sql(self, param: str = "match") -> str: ...
    def fts_ids_condition(self, column: str, param: str = "match") -> str: ...
    def fts_rank_sql(self) -> str: ...
    def fts_row_matches(self, alias: str, param: str = "match") -> str | None: ...


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
    """The address as shown to the user or stored (recent list, settings, logs): a server
    URL without its password, not even a mask of it."""
    if is_server_address(address):
        return without_password(str(address))
    return str(address)


def without_password(address: str) -> str:
    """`postgresql://anna:secret@host/crm` -> `postgresql://anna@host/crm` (other parts,
    query options included, kept as typed). A text that is no URL is returned as is."""
    from sqlalchemy.engine import URL, make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(address)
    except ArgumentError:
        return address
    # URL.set() leaves a part alone when given None: build the URL again without it.
    bare = URL.create(
        url.drivername,
        username=url.username,
        host=url.host,
        port=url.port,
        database=url.database,
        query=url.query,
    )
    return bare.render_as_string(hide_password=False)


def password_of(address: str) -> str | None:
    """The password written into a server URL, if any (to keep apart from the address)."""
    from sqlalchemy.engine import make_url

    return make_url(address).password  # type: ignore[return-value]


def with_password(address: str, password: str) -> str:
    """The address carrying a password typed into a dialog, to open the engine in memory
    only; it is never shown or stored (display_address strips it again)."""
    from sqlalchemy.engine import make_url

    return make_url(address).set(password=password).render_as_string(hide_password=False)


def server_address(host: str, port: int | None, database: str, user: str) -> str:
    """`postgresql://user@host:port/database` from a dialog's fields (quoted as needed)."""
    from sqlalchemy.engine import URL

    url = URL.create(
        "postgresql",
        username=user.strip() or None,
        host=host.strip() or None,
        port=port or None,
        database=database.strip() or None,
    )
    return url.render_as_string(hide_password=False)


def server_parts(address: str) -> tuple[str, int | None, str, str]:
    """host, port, database and user of a server address (to fill a dialog again)."""
    from sqlalchemy.engine import make_url

    url = make_url(address)
    return url.host or "", url.port, url.database or "", url.username or ""


def password_problem(exc: BaseException) -> str | None:
    """ "missing" when the server asked for a password and none was found (not in the URL,
    $PGPASSWORD or ~/.pgpass), "wrong" when it refused the one given; None otherwise."""
    seen: BaseException | None = exc
    for _depth in range(10):  # the wrapped driver error is one or two causes down
        if seen is None:
            break
        text = str(seen).lower()
        if "no password supplied" in text:
            return "missing"
        if "password authentication failed" in text:
            return "wrong"
        seen = seen.__cause__ or getattr(seen, "orig", None)
    return None
