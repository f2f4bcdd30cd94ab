"""Is a file's schema exactly the one DeskCRM's migrations build for its revision?

A database file can come from anywhere (a restored backup, `--db`, a synced folder), and
SQLite runs whatever the file's schema says: a trigger added to `contact` could empty the
timeline on the next import, a view named like a table could feed the app other rows.
So before a file is opened for writing, every object in its `sqlite_master` (tables,
columns, indexes, triggers, views, FTS tables and their shadow tables) is compared with
the schema the migrations build for the revision the file claims; anything else is
named and the file refused, untouched.

The reference is built by migrating an in-memory database (once per process and
revision). So that opening a file costs no Alembic run, the digest of each revision's
schema is kept here too; a test checks them against what the migrations build.
"""

from __future__ import annotations

import functools
import hashlib
import re
from dataclasses import dataclass
from typing import Any

from deskcrm.db import migrate

# sha256 of schema_digest(reference_schema(revision)); regenerate with
# `python -m deskcrm.db.schema_check` after adding a migration.
SCHEMA_DIGESTS: dict[str, str] = {
    "0001": "679552ec6057f221289099cc0c0c323803b79e39d863317f7b10dea07e80f2e4",
    "0002": "1ed68e0cab00ff7d11f6478b377d33630c7c17c1039f5ca030369d161bf26ab1",
    "0003": "3d84e24dc32be295632f1a81b671bdea8813b4a715a914e503e273ae31906c7c",
    "0004": "0d42e58216090cc6daf1902725d9ae94943536eb41c36fc3a5a9b17b9cd3cff0",
    "0005": "eb719ee7a8ef27cd174d73aed6bd93d9706697558e50ec9bafe27f4fc93796da",
    "0006": "fb1edfb29305343c30842730f42165aa99a2e40cf759aa608befb59dfc7808c4",
    "0007": "e73f9044fcb7196d20e519f742236a83961146a783719102817f9a17b3b5d172",
    "0008": "adc93cc02f3cee4e377fba7bb3b52b1339d011ad12cace138048b4ec042da794",
    "0009": "63e48e5bf6fad51cbad0b94c6d813dc2ff62397e03538e156613a0a4f50de6f4",
    "0010": "56a342d34fbc5c324d6be70cb21e12460b6d7b12c9e611905545e8f77b423347",
    "0011": "ec0fc739d6a7ed865c71d182b1ddd37c49353abf81be9f79a399823a2f334e00",
    "0012": "f08e6b33f80571aa0da24a55435db46a84cbaa958458ac101f2fbca5b021a5d5",
    "0013": "f08e6b33f80571aa0da24a55435db46a84cbaa958458ac101f2fbca5b021a5d5",
    "0014": "f08e6b33f80571aa0da24a55435db46a84cbaa958458ac101f2fbca5b021a5d5",
    "0015": "9819d0f8fbe9f00435b181af2d031eb20cb3708f8caee617d68f965f9b6a9379",
    "0016": "2ca2df3779c8dc4c4ea69ad781ea41fe85a63a669041a722a0b8381b936ae0ca",
}

# Tables SQLite itself makes and manages (AUTOINCREMENT counters, ANALYZE statistics).
_SQLITE_INTERNAL = {
    "sqlite_sequence",
    "sqlite_stat1",
    "sqlite_stat2",
    "sqlite_stat3",
    "sqlite_stat4",
}
_MAX_PROBLEMS_NAMED = 6


@dataclass(frozen=True)
class SchemaObject:
    type: str  # "table", "index", "view" or "trigger"
    name: str
    table: str
    sql: str  # normalised: see normalise_sql

    @property
    def kind(self) -> str:
        if self.type == "table" and self.sql.startswith("create virtual table"):
            return "virtual table"
        return self.type


Schema = dict[str, SchemaObject]  # by name (names are unique across types in SQLite)


def normalise_sql(sql: str | None) -> str:
    """Compare definitions, not layout: no quotes, one space, lower case."""
    if sql is None:
        return ""
    text = re.sub(r"[\"`\[\]']", "", sql)
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r" ?([(),=]) ?", r"\1", text)
    return text.casefold()


def read_schema(conn: Any) -> Schema:
    """The file's objects as stored in sqlite_master (reading it runs none of them)."""
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    return {
        str(name): SchemaObject(str(type_), str(name), str(table), normalise_sql(sql))
        for type_, name, table, sql in rows
        if name not in _SQLITE_INTERNAL
    }


def schema_digest(schema: Schema) -> str:
    rows = sorted((o.type, o.name, o.table, o.sql) for o in schema.values())
    return hashlib.sha256(repr(rows).encode()).hexdigest()


@functools.cache
def reference_schema(revision: str) -> Schema:
    """The schema DeskCRM's migrations build for `revision`, in an in-memory database."""
    from alembic import command
    from sqlalchemy import create_engine

    engine = create_engine("sqlite://")
    try:
        with engine.begin() as connection:
            config = migrate.alembic_config("sqlite://")
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
            return read_schema(connection.connection.dbapi_connection)
    finally:
        engine.dispose()


def matches_revision(schema: Schema, revision: str) -> bool:
    known = SCHEMA_DIGESTS.get(revision)
    if known:
        return schema_digest(schema) == known
    return schema == reference_schema(revision)


def schema_problems(schema: Schema, revision: str) -> list[str]:
    """What differs from DeskCRM's schema at `revision`, each named for the user."""
    if matches_revision(schema, revision):
        return []
    expected = reference_schema(revision)
    problems: list[str] = []
    # An FTS table's own shadow tables are reported as that FTS table, not one by one.
    virtual = [n + "_" for n, o in {**expected, **schema}.items() if o.kind == "virtual table"]

    def shadow(obj: SchemaObject) -> bool:
        return obj.kind != "virtual table" and obj.table.startswith(tuple(virtual))

    for name in sorted(schema.keys() - expected.keys()):
        if shadow(schema[name]):
            continue
        found = schema[name]
        where = f" on {found.table}" if found.type in ("index", "trigger") else ""
        problems.append(f"an unexpected {found.kind} {name}{where}")
    for name in sorted(schema.keys() & expected.keys()):
        found, wanted = schema[name], expected[name]
        if found.kind != wanted.kind:
            problems.append(f"{name} is a {found.kind} where DeskCRM has a {wanted.kind}")
        elif found != wanted and not (shadow(found) and problems):
            problems.append(f"{found.kind} {name} is not defined as DeskCRM defines it")
    for name in sorted(expected.keys() - schema.keys()):
        if shadow(expected[name]) and problems:
            continue
        problems.append(f"{expected[name].kind} {name} is missing")
    # The newest revision with these tables (migrations that change only a server's
    # schema leave a file's the same as the revision before).
    other = next(
        (
            rev
            for rev in reversed(migrate.KNOWN_REVISIONS)
            if rev != revision and SCHEMA_DIGESTS.get(rev) == schema_digest(schema)
        ),
        None,
    )
    if other is not None:  # e.g. an upgraded file whose revision number was put back
        problems.insert(0, f"it says schema {revision} but its tables are those of {other}")
    return problems


def describe(problems: list[str]) -> str:
    shown = problems[:_MAX_PROBLEMS_NAMED]
    more = len(problems) - len(shown)
    return "; ".join(shown) + (f"; and {more} more difference(s)" if more else "")


def looks_like_deskcrm(schema: Schema) -> bool:
    """Most of DeskCRM's own tables are there (a foreign file has few or none of them)."""
    ours = {n for n, o in reference_schema(migrate.KNOWN_REVISIONS[0]).items() if o.type == "table"}
    tables = {n for n, o in schema.items() if o.type == "table"}
    return len(ours & tables) * 2 > len(ours)


def _print_digests() -> None:
    for revision in migrate.KNOWN_REVISIONS:
        print(f'    "{revision}": "{schema_digest(reference_schema(revision))}",')


if __name__ == "__main__":
    _print_digests()
