"""`deskcrm check` on a PostgreSQL server: the connection, the schema revision, whether the
tables match DeskCRM's models, every foreign key validated and no row pointing at a
missing record, and the record counts. Read-only: one READ ONLY transaction."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Connection, inspect, text
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import SQLModel

from deskcrm.db import dialects, migrate
from deskcrm.db.integrity import COUNTED
from deskcrm.errors import DatabaseOpenError


@dataclass(frozen=True)
class ServerCheck:
    address: str  # without the password
    server_version: str
    schema_revision: str | None
    schema_differences: list[str] = field(default_factory=list)
    not_validated: list[str] = field(default_factory=list)  # constraints marked NOT VALID
    foreign_key_problems: list[str] = field(default_factory=list)
    foreign_keys: int = 0
    counts: dict[str, int] = field(default_factory=dict)


def check_server(address: str) -> ServerCheck:
    """Run the checks; raise DatabaseOpenError (the password never in it) when the server
    cannot be reached or refuses the login."""
    from deskcrm.db.dialects.postgresql import make_engine

    shown = dialects.display_address(address)
    engine = make_engine(address)
    try:
        with engine.connect() as conn:
            conn.execute(text("SET TRANSACTION READ ONLY"))
            return _run(conn, shown)
    except SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", None) or exc).strip()
        raise DatabaseOpenError(f"cannot check {shown}: {reason}") from exc
    finally:
        engine.dispose()


def _run(conn: Connection, shown: str) -> ServerCheck:
    version = str(conn.execute(text("SHOW server_version")).scalar())
    if not inspect(conn).has_table("alembic_version"):
        tables = inspect(conn).get_table_names()
        if tables:
            raise DatabaseOpenError(
                f"{shown} is not a DeskCRM database (it holds {', '.join(sorted(tables)[:5])})"
            )
        return ServerCheck(shown, version, None)
    revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    if revision not in migrate.KNOWN_REVISIONS:
        raise DatabaseOpenError(
            f"{shown} was written by a newer DeskCRM (schema {revision}); update DeskCRM"
        )
    differences = _schema_differences(conn) if revision == migrate.HEAD_REVISION else []
    not_validated = [
        f"{row[1]}: {row[0]}"
        for row in conn.execute(
            text(
                "SELECT conname, conrelid::regclass::text FROM pg_constraint"
                " WHERE NOT convalidated AND connamespace = 'public'::regnamespace"
                " ORDER BY 2, 1"
            )
        )
    ]
    problems, checked = _missing_parents(conn)
    existing = set(inspect(conn).get_table_names())
    counts = {
        t: int(
            conn.execute(text(f"SELECT count(*) FROM {t} WHERE deleted_at IS NULL")).scalar_one()
        )
        for t in COUNTED
        if t in existing
    }
    return ServerCheck(
        shown, version, revision, differences, not_validated, problems, checked, counts
    )


def _schema_differences(conn: Connection) -> list[str]:
    """What differs between the server's tables and DeskCRM's models (Alembic's compare)."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    import deskcrm.db.tables  # noqa: F401  (registers the tables)

    context = MigrationContext.configure(
        conn, opts={"include_object": migrate.objects_of(conn.dialect.name)}
    )
    return [str(diff) for diff in compare_metadata(context, SQLModel.metadata)]


def _missing_parents(conn: Connection) -> tuple[list[str], int]:
    """SQLite's foreign_key_check, done by hand: for every foreign key of the models, rows
    whose reference points at no row (a server enforces them, but a restore with triggers
    off or a constraint added NOT VALID can leave some)."""
    import deskcrm.db.tables  # noqa: F401  (registers the tables)

    problems: list[str] = []
    checked = 0
    existing = set(inspect(conn).get_table_names())
    for table in SQLModel.metadata.sorted_tables:
        if table.name not in existing:
            continue
        for fk in table.foreign_key_constraints:
            checked += 1
            parent = fk.referred_table.name
            pairs = list(zip(fk.column_keys, [e.column.name for e in fk.elements], strict=True))
            present = " AND ".join(f"c.{child} IS NOT NULL" for child, _ in pairs)
            match = " AND ".join(f"p.{ref} = c.{child}" for child, ref in pairs)
            missing = conn.execute(
                text(
                    f"SELECT count(*) FROM {table.name} c WHERE {present}"
                    f" AND NOT EXISTS (SELECT 1 FROM {parent} p WHERE {match})"
                )
            ).scalar()
            if missing:
                columns = ", ".join(child for child, _ in pairs)
                problems.append(
                    f"{missing} {table.name} rows point at a missing {parent} ({columns})"
                )
    return problems, checked
