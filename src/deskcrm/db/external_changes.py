"""Notices commits made by other connections (a CLI run, a second program, a colleague's
window on the same server) to the open database."""

from __future__ import annotations

import threading
from contextlib import suppress
from typing import Any, Protocol

from sqlalchemy import event
from sqlalchemy.engine import Engine

from deskcrm.db.dialects import postgresql
from deskcrm.db.engine import Database


class ChangeProbe(Protocol):
    """Asked about once a second by the window: has anyone else committed?"""

    def moved(self) -> bool: ...
    def close(self) -> None: ...


def probe_for(database: Database) -> ChangeProbe:
    """The probe that suits the database: PRAGMA data_version for a file, LISTEN for a
    server."""
    if database.is_server:
        return NotifyProbe(database.engine)
    return DataVersionProbe(database.engine)


def data_version(dbapi_connection: Any) -> int:
    """SQLite's PRAGMA data_version on this connection: it moves whenever *another*
    connection commits to the file, never for this connection's own commits."""
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA data_version")
        return int(cursor.fetchone()[0])
    finally:
        cursor.close()


class DataVersionProbe:
    """PRAGMA data_version read on one connection kept out of the engine's pool.

    The probe's connection never writes, so to it the engine's own pooled connections are
    "other connections" as well: after one of them commits, the probe takes the new
    version as its baseline when that connection goes back to the pool, so only commits
    from outside this engine count. (An outside commit landing in the instant between an
    own commit and its check-in is taken for ours; the next outside commit shows it.)
    """

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._lock = threading.Lock()
        self._connection: Any = engine.raw_connection()
        self._own_commits = 0
        self._closed = False
        with self._lock:
            self._seen = data_version(self._connection)
        event.listen(engine, "commit", self._on_own_commit)
        event.listen(engine, "checkin", self._on_checkin)

    def moved(self) -> bool:
        """Whether another program committed since the last call (or since the probe began)."""
        with self._lock:
            if self._closed:
                return False
            version = data_version(self._connection)
            moved, self._seen = version != self._seen, version
            return moved

    def close(self) -> None:
        with self._lock:
            if self._closed:
                return
            self._closed = True
            event.remove(self._engine, "commit", self._on_own_commit)
            event.remove(self._engine, "checkin", self._on_checkin)
            self._connection.close()

    def _on_own_commit(self, _connection: Any) -> None:
        # Fired just before the commit reaches SQLite: the new version is read at check-in.
        with self._lock:
            self._own_commits += 1

    def _on_checkin(self, _dbapi_connection: Any, _record: Any) -> None:
        with self._lock:
            if self._own_commits and not self._closed:
                self._own_commits = 0
                self._seen = data_version(self._connection)


# The channel every DeskCRM write transaction on a server notifies (begin_write); the
# notification reaches listeners when, and only if, it commits.
CHANNEL = postgresql.CHANGES_CHANNEL


class NotifyProbe:
    """PostgreSQL: LISTEN on a connection of its own, outside the engine's pool.

    Every write transaction of every DeskCRM client sends NOTIFY on CHANNEL (delivered at
    commit, dropped with a rollback); a notification carries the process id of the server
    backend that sent it. The backends of this engine's own pooled connections are noted
    as they are checked out, so only commits from other clients count.
    """

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._lock = threading.Lock()
        self._own: set[int] = set()
        self._closed = False
        self._broken = False  # its connection failed: it hears nothing more
        event.listen(engine, "checkout", self._on_checkout)
        event.listen(engine, "close", self._on_close)
        proxy = engine.raw_connection()
        driver: Any = proxy.driver_connection
        proxy.detach()  # closed with the probe, never handed back to the pool
        self._driver = driver
        driver.autocommit = True  # LISTEN takes effect at once
        driver.execute(f"LISTEN {CHANNEL}")

    def moved(self) -> bool:
        """Whether another client committed a write since the last call."""
        with self._lock:
            if self._closed or self._broken:
                return False
            own = set(self._own)
            try:
                senders = {note.pid for note in self._driver.notifies(timeout=0)}
            except Exception:  # the server went away (restart, network): stop listening
                # quietly; views still show others' changes when they next read.
                self._broken = True
                return False
        return bool(senders - own)

    def close(self) -> None:
        with self._lock:
            if self._closed:
                return
            self._closed = True
            event.remove(self._engine, "checkout", self._on_checkout)
            event.remove(self._engine, "close", self._on_close)
            with suppress(Exception):  # already broken, if the server went away
                self._driver.close()

    def _on_checkout(self, dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
        # Before the connection is used: its commits are ours from the first one.
        with self._lock:
            self._own.add(dbapi_connection.info.backend_pid)

    def _on_close(self, dbapi_connection: Any, _record: Any) -> None:
        # The server may give that process id to another client's backend later.
        with self._lock:
            self._own.discard(dbapi_connection.info.backend_pid)
