"""Alembic environment: runs against the connection DeskCRM hands it (or the URL)."""

from alembic import context
from sqlalchemy import create_engine
from sqlmodel import SQLModel

import deskcrm.db.tables  # noqa: F401  (registers the tables on SQLModel.metadata)
from deskcrm.db.migrate import objects_of

target_metadata = SQLModel.metadata
config = context.config


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=True,
            include_object=objects_of(connection.dialect.name),
            # DeskCRM's connection is already inside its one BEGIN IMMEDIATE (see
            # migrate._run): every migration joins it and none commits on its own.
            transactional_ddl=True,
        )
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
    with engine.begin() as conn:
        context.configure(
            connection=conn,
            target_metadata=target_metadata,
            render_as_batch=True,
            include_object=objects_of(conn.dialect.name),
        )
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


if context.is_offline_mode():
    raise SystemExit("DeskCRM migrations run online only")
run_migrations_online()
