"""One schema history: the Alembic migrations build DeskCRM's schema on PostgreSQL too, it
matches the models, and it goes down to nothing and up again."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text
from sqlmodel import SQLModel

from deskcrm.db import migrate
from deskcrm.db.dialects.postgresql import sqlalchemy_url
from deskcrm.db.opening import open_database


def _schema_differences(url: str) -> list[object]:
    engine = create_engine(sqlalchemy_url(url))
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(
                conn, opts={"include_object": migrate.objects_of(conn.dialect.name)}
            )
            return list(compare_metadata(context, SQLModel.metadata))
    finally:
        engine.dispose()


def _tables(url: str) -> set[str]:
    engine = create_engine(sqlalchemy_url(url))
    try:
        with engine.connect() as conn:
            return set(inspect(conn).get_table_names())
    finally:
        engine.dispose()


def test_an_empty_server_database_upgrades_to_head_matching_the_models(pg_url: str) -> None:
    open_database(pg_url).close()
    assert migrate.server_revision(pg_url) == migrate.HEAD_REVISION
    assert _schema_differences(pg_url) == []


def test_a_new_server_database_has_the_default_pipeline_and_a_search_table(pg_url: str) -> None:
    db = open_database(pg_url)
    try:
        with db.reading() as session:
            stages = session.execute(
                text("SELECT name, is_won, is_lost FROM stage ORDER BY position")
            ).all()
            reasons = session.execute(text("SELECT count(*) FROM lost_reason")).scalar_one()
    finally:
        db.close()
    assert [s[0] for s in stages] == ["Lead", "Qualified", "Proposal", "Negotiation", "Won", "Lost"]
    assert stages[4][1] is True and stages[5][2] is True
    assert reasons >= 3
    assert "contact_fts" in _tables(pg_url)


def test_downgrade_to_base_and_upgrade_again_round_trips(pg_url: str) -> None:
    migrate.upgrade_server(pg_url)
    migrate.downgrade_server(pg_url, "base")
    assert _tables(pg_url) == {"alembic_version"}
    assert migrate.server_revision(pg_url) is None
    migrate.upgrade_server(pg_url)
    assert migrate.server_revision(pg_url) == migrate.HEAD_REVISION
    assert _schema_differences(pg_url) == []


def test_every_revision_upgrades_one_step_at_a_time(pg_url: str) -> None:
    for revision in migrate.KNOWN_REVISIONS:
        migrate.upgrade_server(pg_url, revision)
        assert migrate.server_revision(pg_url) == revision
    assert _schema_differences(pg_url) == []
