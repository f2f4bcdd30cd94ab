"""Desktop integration files are valid (checked with Debian's tools when installed)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

RESOURCES = Path(__file__).resolve().parents[1] / "resources"


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed"
)
def test_desktop_file_is_valid() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(RESOURCES / "deskcrm.desktop")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream not installed")
def test_appstream_metainfo_is_valid() -> None:
    result = subprocess.run(
        [
            "appstreamcli",
            "validate",
            "--no-net",
            str(RESOURCES / "io.github.deskcrm.DeskCRM.metainfo.xml"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_icon_set_has_svg_and_png_sizes() -> None:
    icons = RESOURCES / "icons"
    assert (icons / "deskcrm.svg").is_file()
    for size in (16, 32, 48, 128, 256, 512):
        png = icons / f"deskcrm-{size}.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", png
    desktop = (RESOURCES / "deskcrm.desktop").read_text()
    assert "Exec=deskcrm" in desktop and "Icon=deskcrm" in desktop
