"""`deskcrm check`: the checks that fit the database at hand, and the schema version.

A file: SQLite's integrity and foreign-key checks. The check never writes to the file:
it opens it read-only, after the same gate that opening uses (db/opening.inspect_file),
so another program's file or one carrying an unexpected trigger or view is refused with
the objects named, and left as it was.

A server: the connection, the schema revision (and that the tables match DeskCRM's),
every foreign key validated with no row pointing at a missing record, and the counts, in
one read-only transaction. A file's page-by-page integrity check has no server
counterpart DeskCRM runs: the server looks after its own storage; the report says so.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from deskcrm.db.connect import connect
from deskcrm.db.engine import Database
from deskcrm.db.integrity import IntegrityReport, run_checks, run_checks_on
from deskcrm.db.opening import inspect_file, is_plain_sqlite
from deskcrm.db.server_checks import ServerCheck
from deskcrm.db.server_checks import check_server as run_server_checks
from deskcrm.errors import DatabaseOpenError

# Said by every check of a server database: what only applies to a file.
SERVER_NOTES = (
    "file-only checks not run: SQLite's page-by-page integrity check (the server looks"
    " after its own storage; its administrator can run pg_amcheck), and the file's"
    " application id and exact-schema gate",
)


@dataclass(frozen=True)
class HealthReport:
    """What `deskcrm check` prints. `integrity` is the file's integrity check, or for a
    server the connection's outcome; `notes` say in words what was not checked."""

    path: str  # a file's path, or the server URL without its password
    schema_revision: str | None
    integrity: list[str]
    foreign_key_problems: list[str]
    counts: dict[str, int]
    is_server: bool = False
    server_version: str = ""
    constraints: list[str] = field(default_factory=list)  # server: schema and constraints
    notes: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return self.integrity == ["ok"] and not self.foreign_key_problems and not self.constraints


def _from_file(report: IntegrityReport) -> HealthReport:
    return HealthReport(
        report.path,
        report.schema_revision,
        report.integrity,
        report.foreign_key_problems,
        report.counts,
    )


def _from_server(found: ServerCheck, shown: str | None = None) -> HealthReport:
    constraints = [f"not validated: {name}" for name in found.not_validated]
    constraints += [f"schema differs from DeskCRM's: {diff}" for diff in found.schema_differences]
    return HealthReport(
        shown or found.address,
        found.schema_revision,
        ["ok"],  # connected, and every query of the check answered
        found.foreign_key_problems,
        found.counts,
        is_server=True,
        server_version=found.server_version,
        constraints=constraints,
        notes=SERVER_NOTES,
    )


def check_database(db: Database) -> HealthReport:
    """Run the checks on an open database; `report.ok` is False on any problem."""
    if db.is_server:
        # The engine's URL carries a password typed into the GUI, if any; the report
        # names the database as the user gave it, without one.
        found = run_server_checks(db.engine.url.render_as_string(hide_password=False))
        return _from_server(found, db.address)
    return _from_file(run_checks(db))


def check_server(address: str) -> HealthReport:
    """Check a server database without changing it (no upgrade: a read-only transaction).

    Raises DatabaseOpenError when it cannot be reached, refuses the login, or is not a
    DeskCRM database; the message never holds a password."""
    return _from_server(run_server_checks(address))


def check_file(path: Path, passphrase: str | None = None) -> HealthReport:
    """Check a file without changing it (no upgrade, no WAL switch, no application id).

    Raises DatabaseOpenError (naming what is wrong) for a file DeskCRM would refuse.
    """
    path = Path(path).expanduser()
    if not path.is_file():
        raise DatabaseOpenError(f"{path}: no such database file")
    if is_plain_sqlite(path):
        passphrase = None
    inspect_file(path, passphrase)
    conn = connect(path, passphrase, readonly=True)
    try:
        return _from_file(run_checks_on(conn, str(path)))
    finally:
        conn.close()
