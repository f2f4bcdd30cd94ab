"""`import all` takes no SQL from the file: only known tables and columns, values bound as
parameters and checked by type. Malformed files are refused with the path of the bad key,
never with a traceback, and never leave a half-written database."""

from __future__ import annotations

import copy
import json
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from deskcrm.cli import main
from deskcrm.db.opening import open_database
from deskcrm.errors import DeskCrmError
from deskcrm.services.demo.demo import generate_demo
from deskcrm.services.import_export.exporting import export_all_json, import_all_json
from tests.conftest import NOW

INJECTION = "id, name, color) SELECT 7, 'injected: ' || sqlite_version(), ? --"


@pytest.fixture(scope="module")
def export_doc(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("export")
    db = open_database(folder / "source.sqlite3")
    generate_demo(db, contacts=8, seed=3, now=NOW)
    export_all_json(db, folder / "all.json", now=NOW)
    db.close()
    return json.loads((folder / "all.json").read_text())


@pytest.fixture(scope="module")
def empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("empty") / "empty.sqlite3"
    open_database(path).close()
    return path


def _snapshot(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    conn = sqlite3.connect(path)
    try:
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'contact_fts%'"
            )
        ]
        return {n: sorted(conn.execute(f'SELECT * FROM "{n}"').fetchall(), key=repr) for n in names}
    finally:
        conn.close()


def _mutate(doc: dict[str, Any], change: Callable[[dict[str, Any]], object]) -> dict[str, Any]:
    changed = copy.deepcopy(doc)
    change(changed)
    return changed


def _set(table: str, index: int, key: str, value: Any) -> Callable[[dict[str, Any]], None]:
    return lambda d: d["tables"][table][index].__setitem__(key, value)


def _drop(table: str, index: int, key: str) -> Callable[[dict[str, Any]], None]:
    return lambda d: d["tables"][table][index].pop(key)


MALFORMED: list[tuple[str, Callable[[dict[str, Any]], object] | str, str]] = [
    ("not json", "{nope", "not a DeskCRM export"),
    ("empty file", "", "not a DeskCRM export"),
    ("a list", "[1, 2]", "not a DeskCRM export"),
    ("bad utf-8", "\udcff", "not a DeskCRM export"),
    ("deep nesting", "[" * 100000 + "]" * 100000, "not a DeskCRM export"),
    ("wrong format", lambda d: d.__setitem__("format", "csv"), "not a DeskCRM export"),
    ("format version 2", lambda d: d.__setitem__("format_version", 2), "format 2"),
    ("format version true", lambda d: d.__setitem__("format_version", True), "format True"),
    ("old schema", lambda d: d.__setitem__("schema_revision", "0001"), "schema 0001"),
    ("tables a list", lambda d: d.__setitem__("tables", []), "tables: not an object"),
    ("tables a string", lambda d: d.__setitem__("tables", "x"), "tables: not an object"),
    ("unknown table", lambda d: d["tables"].__setitem__("photos", []), "tables.photos: unknown"),
    (
        "hostile table name",
        lambda d: d["tables"].__setitem__("tag; DROP TABLE contact", []),
        "unknown table",
    ),
    ("rows an object", lambda d: d["tables"].__setitem__("contact", {}), "tables.contact: not a"),
    ("row a list", lambda d: d["tables"]["contact"].__setitem__(3, [1]), "tables.contact[3]: not"),
    ("row null", lambda d: d["tables"]["tag"].__setitem__(0, None), "tables.tag[0]: not an"),
    ("misspelt column", _set("contact", 3, "emaill", "a@b.c"), "tables.contact[3].emaill: unknown"),
    ("hostile column", _set("tag", 0, INJECTION, 1), "unknown column"),
    ("quote in column", _set("tag", 0, 'name"', "x"), "unknown column"),
    ("id as text", _set("contact", 0, "id", "1; DROP TABLE deal"), "contact[0].id: not a whole"),
    ("id as float", _set("contact", 0, "id", 1.5), "contact[0].id: not a whole"),
    ("id as bool", _set("contact", 0, "id", True), "contact[0].id: not a whole"),
    ("id too large", _set("contact", 0, "id", 2**70), "too large"),
    ("name a number", _set("contact", 1, "first_name", 5), "contact[1].first_name: not text"),
    ("name an object", _set("contact", 1, "first_name", {"a": 1}), "first_name: not text"),
    ("name a list", _set("contact", 1, "last_name", ["x"]), "last_name: not text"),
    ("lone surrogate", _set("contact", 1, "notes", "\ud800"), "contact[1].notes: text with"),
    ("required null", _set("contact", 2, "created_at", None), "created_at: must not be null"),
    ("required missing", _drop("contact", 2, "created_at"), "contact[2].created_at: missing"),
    ("bad timestamp", _set("contact", 2, "created_at", "yesterday"), "not a timestamp"),
    ("bad timestamp date", _set("contact", 2, "updated_at", "2026-02-30 10:00:00"), "timestamp"),
    ("timestamp a number", _set("contact", 2, "updated_at", 1700000000), "not a timestamp"),
    ("bad date", _set("deal", 0, "expected_close", "31/12/2026"), "not a date"),
    ("boolean 2", _set("stage", 0, "is_won", 2), "not true/false"),
    ("duplicate id", lambda d: d["tables"]["tag"].append(dict(d["tables"]["tag"][0])), "tag"),
    ("broken link", _set("contact_email", 0, "contact_id", 99999), "FOREIGN KEY"),
    (
        "setting without key",
        lambda d: d["tables"].__setitem__("setting", [{"value": "x"}]),
        "setting[0].key: missing",
    ),
]


@pytest.mark.parametrize(
    ("content", "message"),
    [pytest.param(c, m, id=name) for name, c, m in MALFORMED],
)
def test_a_malformed_import_all_file_is_refused_in_one_line_and_changes_nothing(
    export_doc: dict[str, Any],
    empty_template: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    content: Callable[[dict[str, Any]], object] | str,
    message: str,
) -> None:
    db_path = tmp_path / "crm.sqlite3"
    shutil.copy(empty_template, db_path)
    before = _snapshot(db_path)
    file = tmp_path / "all.json"
    if isinstance(content, str):
        file.write_bytes(content.encode("utf-8", "surrogateescape"))
    else:
        text = json.dumps(_mutate(export_doc, content), ensure_ascii=True)
        file.write_text(text)
    assert main(["--db", str(db_path), "import", "all", str(file)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("deskcrm: error: ") and message in err, err
    assert len(err.strip().splitlines()) == 1
    assert _snapshot(db_path) == before


def test_the_malformed_list_has_at_least_29_cases() -> None:
    assert len(MALFORMED) >= 29


def test_a_hostile_column_key_runs_no_sql_in_a_real_process(
    export_doc: dict[str, Any], empty_template: Path, tmp_path: Path
) -> None:
    db_path = tmp_path / "crm.sqlite3"
    shutil.copy(empty_template, db_path)
    doc = copy.deepcopy(export_doc)
    doc["tables"]["tag"] = [{INJECTION: "x"}]
    file = tmp_path / "hostile.json"
    file.write_text(json.dumps(doc))
    result = subprocess.run(
        [sys.executable, "-m", "deskcrm", "--db", str(db_path), "import", "all", str(file)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert "tables.tag[0]" in result.stderr and "unknown column" in result.stderr
    assert "Traceback" not in result.stderr
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT count(*) FROM tag WHERE name LIKE 'injected%'").fetchone()[0] == 0
    conn.close()


def test_the_untouched_export_still_imports(
    export_doc: dict[str, Any], empty_template: Path, tmp_path: Path
) -> None:
    db_path = tmp_path / "crm.sqlite3"
    shutil.copy(empty_template, db_path)
    file = tmp_path / "all.json"
    file.write_text(json.dumps(export_doc))
    db = open_database(db_path)
    try:
        assert import_all_json(db, file)["contact"] == 8
    finally:
        db.close()


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False)
    | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


@st.composite
def malformed_documents(draw: st.DrawFn, doc: dict[str, Any]) -> dict[str, Any]:
    changed = copy.deepcopy(doc)
    tables = changed["tables"]
    for _ in range(draw(st.integers(1, 4))):
        table = draw(st.sampled_from(sorted(tables)))
        rows = tables[table]
        how = draw(st.sampled_from(["value", "key", "drop", "row", "table", "dup"]))
        if how == "table" or not isinstance(rows, list) or not rows:
            tables[draw(st.sampled_from([table, "x", INJECTION]))] = draw(JSON_VALUES)
        elif how == "row":
            rows[draw(st.integers(0, len(rows) - 1))] = draw(JSON_VALUES)
        elif how == "dup":
            rows.append(copy.deepcopy(rows[draw(st.integers(0, len(rows) - 1))]))
        else:
            row = rows[draw(st.integers(0, len(rows) - 1))]
            if not isinstance(row, dict) or not row:
                continue
            key = draw(st.sampled_from(sorted(row)))
            if how == "value":
                row[key] = draw(JSON_VALUES)
            elif how == "key":
                row[draw(st.text(min_size=1, max_size=12) | st.just(INJECTION))] = row.pop(key)
            else:
                row.pop(key)
    return changed


@pytest.fixture(scope="module")
def fuzz_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


def test_fuzzed_import_all_files_never_give_a_traceback_nor_a_half_written_database(
    export_doc: dict[str, Any], empty_template: Path, fuzz_folder: Path
) -> None:
    before = _snapshot(empty_template)
    outcomes = {"refused": 0, "imported": 0}

    @settings(
        max_examples=80,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(malformed_documents(export_doc))
    def check(doc: dict[str, Any]) -> None:
        db_path = fuzz_folder / "crm.sqlite3"
        for leftover in fuzz_folder.glob("crm.sqlite3*"):
            leftover.unlink()
        shutil.copy(empty_template, db_path)
        file = fuzz_folder / "all.json"
        file.write_text(json.dumps(doc, ensure_ascii=True))
        db = open_database(db_path)
        try:
            import_all_json(db, file)
            outcomes["imported"] += 1
        except DeskCrmError:
            outcomes["refused"] += 1
            db.close()
            assert _snapshot(db_path) == before
        finally:
            db.close()

    check()
    assert outcomes["refused"] > 0
    print(f"fuzzed import all: {outcomes}")
