"""The built wheel carries the migrations and resources the app needs at run time."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_wheel_contains_migrations_resources_and_entry_point(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--quiet",
            "--wheel-dir",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = tmp_path.glob("deskcrm-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        entry_points = next(n for n in names if n.endswith("entry_points.txt"))
        scripts = archive.read(entry_points).decode()
    for required in (
        "deskcrm/db/migrations/env.py",
        "deskcrm/db/migrations/script.py.mako",
        "deskcrm/db/migrations/versions/0001_baseline.py",
        "deskcrm/resources/icons/deskcrm.svg",
        "deskcrm/cli.py",
    ):
        assert required in names, required
    assert "deskcrm = deskcrm.cli:main" in scripts
