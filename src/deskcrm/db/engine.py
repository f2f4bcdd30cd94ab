"""The engine for one SQLite file (pragmas on every connection) and its unit of work."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlmodel import Session

BUSY_TIMEOUT_MS = 5000


def make_engine(path: Path, *, foreign_keys: bool = True) -> Engine:
    """Every connection: foreign keys enforced, WAL journal, a busy timeout."""

    def set_pragmas(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})
    event.listen(engine, "connect", set_pragmas)
    return engine


class Database:
    """One open DeskCRM file. Hand it to services; each call opens its own session."""

    def __init__(self, path: Path, engine: Engine | None = None) -> None:
        self.path = path
        self.engine = engine or make_engine(path)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A unit of work: commits if the block finishes, rolls everything back if not."""
        session = Session(self.engine, expire_on_commit=False)
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only session; nothing it does is committed. Loaded objects stay usable."""
        session = Session(self.engine, expire_on_commit=False)
        try:
            yield session
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()
