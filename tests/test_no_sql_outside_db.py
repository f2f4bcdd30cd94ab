"""SQL lives in deskcrm.db only: services, the CLI and the GUI call its read/write API.

A string literal that starts like an SQL statement, or a call of sqlalchemy's text() or
exec_driver_sql(), anywhere in src/deskcrm outside db/ fails this test (there were 191
in 24 service modules before the move).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "deskcrm"
SQL_START = re.compile(
    r"^\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|PRAGMA|ATTACH|DETACH|WITH|BEGIN|"
    r"COMMIT|ROLLBACK|REPLACE|VACUUM)(\s|;|$)"
)
# text(...) counts where the module imports it from sqlalchemy (widget.text() is Qt's, and
# reportlab code has its own text()); the others are always methods.
SQL_FUNCTIONS = {"text"}
SQL_METHODS = {"exec_driver_sql", "executescript"}


def sql_places(path: Path) -> list[int]:
    """Line numbers of SQL strings and SQL-building calls in one module."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    functions = {
        alias.asname or alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("sqlalchemy")
        for alias in node.names
        if alias.name in SQL_FUNCTIONS
    }
    lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if SQL_START.match(node.value):
                lines.add(node.lineno)
        elif isinstance(node, ast.JoinedStr):
            head = node.values[0] if node.values else None
            if isinstance(head, ast.Constant) and SQL_START.match(str(head.value)):
                lines.add(node.lineno)
        elif isinstance(node, ast.Call):
            func = node.func
            if (isinstance(func, ast.Name) and func.id in functions) or (
                isinstance(func, ast.Attribute) and func.attr in SQL_METHODS
            ):
                lines.add(node.lineno)
    return sorted(lines)


def modules_outside_db() -> dict[str, list[int]]:
    found = {}
    for path in sorted(SRC.rglob("*.py")):
        relative = path.relative_to(SRC).as_posix()
        if relative.startswith("db/"):
            continue
        places = sql_places(path)
        if places:
            found[relative] = places
    return found


def test_no_sql_outside_db() -> None:
    found = modules_outside_db()
    assert not found, (
        "SQL outside deskcrm.db (module: lines). Move it into a query module under db/: "
        + "; ".join(f"{m}: {p}" for m, p in found.items())
    )


def test_the_detector_sees_sql_and_ignores_prose(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from sqlalchemy import text\n"
        "a = text('SELECT 1')\n"
        "b = 'UPDATE contact SET x = 1'\n"
        "c = f'DELETE FROM {table}'\n"
        "d = 'Select a contact to see their details.'\n"
        "e = 'Update available'\n"
        "f = widget.text()\n"
        "g = 'BEGIN:VCARD'\n",
        encoding="utf-8",
    )
    assert sql_places(sample) == [2, 3, 4]
