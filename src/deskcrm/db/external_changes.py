"""Notices commits made by other connections (a CLI run, a second program) to the open file."""

from __future__ import annotations

import threading
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine


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
