"""dbapi.insert_rows_meanwhile: batches of rows inserted on a thread of their own while the
caller builds the next. Every value arrives exactly as given (on SQLite they travel as
JSON), and whatever fails on either side, the caller's transaction gets all of the rows or
none, with the first error raised (on SQLite and on PostgreSQL)."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from deskcrm.db import dbapi
from deskcrm.db.engine import Database

SCRATCH = "scratch_meanwhile"
COLUMNS = ("n", "a", "b")


@pytest.fixture
def scratch(db: Database) -> Iterator[Database]:
    with db.transaction() as session:
        session.execute(text(f"CREATE TABLE {SCRATCH} (n INTEGER, a TEXT, b TEXT)"))
    yield db
    with db.transaction() as session:
        session.execute(text(f"DROP TABLE {SCRATCH}"))


def _rows(db: Database) -> list[tuple[int | None, str | None, str | None]]:
    with db.reading() as session:
        found = session.execute(text(f"SELECT n, a, b FROM {SCRATCH} ORDER BY n"))
        return [(r[0], r[1], r[2]) for r in found]


def _insert_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("insert-")]


def test_batches_are_in_when_the_block_ends_and_commit_with_the_callers_writes(
    scratch: Database,
) -> None:
    with scratch.transaction() as session:
        with dbapi.insert_rows_meanwhile(session, SCRATCH, COLUMNS) as add:
            for part in range(4):
                add([(part * 5_000 + i, f"row {i}", None) for i in range(5_000)])
            add([])  # an empty batch is no batch
        assert not _insert_threads()
        # The session is the caller's again: its own writes join the same transaction.
        session.execute(text(f"INSERT INTO {SCRATCH} (n, a, b) VALUES (-1, 'after', '')"))
    rows = _rows(scratch)
    assert len(rows) == 20_001
    assert rows[0] == (-1, "after", "")
    assert rows[1] == (0, "row 0", None)
    assert rows[-1] == (19_999, "row 4999", None)


# Text a file may hold: quotes, backslashes, line breaks, tabs, accents, other scripts,
# emoji. (Not NUL, which PostgreSQL refuses in text, nor lone surrogates, which no
# encoding can store: both are cleaned before anything reaches the database.)
_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    max_size=40,
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(values=st.lists(st.tuples(_TEXT, st.one_of(st.none(), _TEXT)), max_size=30))
def test_every_value_arrives_exactly_as_given(
    scratch: Database, values: list[tuple[str, str | None]]
) -> None:
    given_rows = [(i, a, b) for i, (a, b) in enumerate(values)]
    with scratch.transaction() as session:
        session.execute(text(f"DELETE FROM {SCRATCH}"))
        with dbapi.insert_rows_meanwhile(session, SCRATCH, COLUMNS) as add:
            add(given_rows)
    assert _rows(scratch) == given_rows


def test_a_failed_insert_is_raised_at_the_end_of_the_block_and_nothing_is_kept(
    db: Database,
) -> None:
    went_on: list[bool] = []
    # The second tag repeats the first's name (names are unique, case aside): the insert
    # stops there; the batch added after it is not tried.
    with pytest.raises(Exception, match=r"(?i)unique|duplicate"), db.transaction() as session:
        session.execute(text("INSERT INTO tag (name, color) VALUES ('before', '')"))
        with dbapi.insert_rows_meanwhile(session, "tag", ("name", "color")) as add:
            add([("same", ""), ("SAME", "")])
            add([("other", "")])
            went_on.append(True)
    assert went_on == [True]
    assert not _insert_threads()
    with db.reading() as session:  # the write before the insert went back with it
        assert session.execute(text("SELECT count(*) FROM tag")).scalar_one() == 0


def test_an_error_in_the_block_waits_for_the_inserts_and_wins(scratch: Database) -> None:
    with (
        pytest.raises(ValueError, match="built badly"),
        scratch.transaction() as session,
        dbapi.insert_rows_meanwhile(session, SCRATCH, COLUMNS) as add,
    ):
        add([(i, "x", "y") for i in range(5_000)])
        raise ValueError("built badly")
    # The inserts had finished (no thread left on the connection) before the transaction
    # was rolled back, and nothing of them was kept.
    assert not _insert_threads()
    assert _rows(scratch) == []
