"""Every view and dialog on a real screen (issue 19): at 1024×640, 1366×768, 1920×1080 and
light and dark, on an Xvfb server whose screen is exactly that size, the real app (started
by tests/e2e/sweep_driver.py through the `deskcrm` command's own path, in a fresh HOME) is
photographed view by view and dialog by dialog, and a case fails on

- a button or one-line label smaller than its text needs (tests/ui/dialogs/
  test_dialogs_unclipped.py's `clipped` rule, here on the xcb platform with real fonts),
- a dialog (or the maximised main window) not inside the screen's available area, or with
  no room left for a title bar (the app's own allowance, screen_fit.TITLE_BAR),
- any Qt warning (or worse) printed while it ran,
- a view or dialog listed below that was not shot (it failed to open, silently or not).

The PNGs go to pytest's tmp_path, or to $DESKCRM_SWEEP_OUT when set, to look at by eye:
    DESKCRM_SWEEP_OUT=/tmp/sweep pytest tests/e2e/test_every_screen_sweep.py
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.conftest import INSTALL_HINT, start_xvfb

pytestmark = pytest.mark.slow

DRIVER = Path(__file__).with_name("sweep_driver.py")
SIZES = [(1024, 640), (1366, 768), (1920, 1080), (3840, 2160)]  # to 4K
THEMES = ["light", "dark"]
# Seconds one case may take before the driver's own watchdog ends it (about 20 s is usual
# on two cores); the test waits a little longer for the process itself.
DRIVER_TIMEOUT = 150

# Every view, written out: a view that stops opening fails here rather than going unseen.
VIEWS = [
    "contacts",
    "contact",  # a customer's page, its first tab (Timeline), then each other tab
    "contact-purchases",
    "contact-deals",
    "contact-tasks",
    "contact-cases",
    "contact-feedback",
    "companies",
    "company",  # a company's page (People), then its other tabs
    "company-deals",
    "company-timeline",
    "trash",  # the contacts view's Trash list
    "pipeline",
    "tasks",
    "reports",  # the pipeline report, then each other report
    "reports-sales",
    "reports-customers",
    "reports-activity",
    "cases",
    "case",  # a case opened from its contact
]

# Every dialog, written out (the names of tests/ui/dialogs/test_dialog_focus.py's DIALOGS
# first; test_the_sweep_covers_the_offscreen_dialog_table keeps the two in step).
DIALOGS = [
    "new contact",
    "edit contact",
    "new company",
    "new deal",
    "edit deal",
    "new task",
    "edit task",
    "new case",
    "log a call",
    "record purchase",
    "record feedback",
    "settings",
    "pipeline stages",
    "lost reason",
    "bulk choice",
    "bulk follow-up",
    "bulk email",
    "edit company",
    "shortcuts",
    "command palette",
    "welcome",
    "backups",
    "import",  # a CSV just opened
    "import-checked",  # the same after Check: the outcome and what to check
    "duplicates",
    "closed deals",
    "new segment",
    "edit segment",
    "server",
    "pdf preview",
    "edit conflict",
    "trash company",
    "trash deal",
    "trash task",
    "trash case",
    "about",  # QMessageBox.about: shown by Help ▸ About's own call, closed by a timer
    "server password",  # the QInputDialog a server that wants a password asks with
]


@pytest.fixture(scope="module", params=SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def screen(request: pytest.FixtureRequest) -> Iterator[tuple[int, int, str]]:
    """(width, height, DISPLAY) of an Xvfb screen of one of the sizes users have."""
    if shutil.which("Xvfb") is None:
        message = f"Xvfb not installed ({INSTALL_HINT})"
        if os.environ.get("CI"):
            pytest.fail(message + ": CI must run the end-to-end tests")
        pytest.skip(message)
    width, height = request.param
    server, display = start_xvfb(width, height)
    yield width, height, display
    server.terminate()
    server.wait(10)


def shots_folder(tmp_path: Path) -> Path:
    kept = os.environ.get("DESKCRM_SWEEP_OUT")
    folder = Path(kept).expanduser().resolve() if kept else tmp_path / "shots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def run_driver(display: str, theme: str, tmp_path: Path) -> tuple[dict, str]:
    """Run the sweep in its own process; its report and its output."""
    home = tmp_path / "home"
    home.mkdir()
    report_path = tmp_path / "report.json"
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("XDG_", "DESKCRM_", "QT_"))
    }
    env.update(
        HOME=str(home),
        DISPLAY=display,
        QT_QPA_PLATFORM="xcb",
        LANG="en_US.UTF-8",
        PYTHONFAULTHANDLER="1",  # a crash in C code prints the Python stack
    )
    log_path = tmp_path / "driver.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [
                sys.executable,
                str(DRIVER),
                "--theme",
                theme,
                "--out",
                str(shots_folder(tmp_path)),
                "--report",
                str(report_path),
                "--timeout",
                str(DRIVER_TIMEOUT),
            ],
            env=env,
            cwd=home,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            code = process.wait(DRIVER_TIMEOUT + 60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)
            code = None
    output = log_path.read_text(errors="replace")
    assert process.poll() is not None, "the driver is still running"
    assert code == 0, f"the driver exited with {code}:\n{output[-4000:]}"
    assert report_path.is_file(), f"the driver wrote no report:\n{output[-4000:]}"
    return json.loads(report_path.read_text(encoding="utf-8")), output


def lines(entries: list[dict]) -> str:
    return "\n".join(json.dumps(entry, ensure_ascii=False) for entry in entries)


@pytest.mark.parametrize("theme", THEMES)
def test_every_view_and_dialog_is_whole_on_the_screen(
    screen: tuple[int, int, str], theme: str, tmp_path: Path
) -> None:
    width, height, display = screen
    report, output = run_driver(display, theme, tmp_path)
    size = f"{width}x{height}"

    # The sweep ran to its end, on the screen under test, on the xcb platform.
    assert report["exceptions"] == [], "\n\n".join(
        f"{e['during']}:\n{e['traceback']}" for e in report["exceptions"]
    )
    assert report["completed"], output[-4000:]
    assert report["timeouts"] == [], report["timeouts"]  # shot before it had settled
    assert report["app_exit_code"] == 0, output[-4000:]
    assert report["platform"] == "xcb"
    assert report["screen"]["geometry"] == [0, 0, width, height]
    assert report["theme"] == theme

    # Every view and dialog was opened and shot.
    missing_views = [name for name in VIEWS if name not in report["views"]]
    missing_dialogs = [name for name in DIALOGS if name not in report["dialogs"]]
    assert missing_views == [] and missing_dialogs == [], (
        f"not shot at {size} {theme}: views {missing_views}, dialogs {missing_dialogs}"
        f"\nnotes: {report['notes']}"
    )
    for shot in [*report["views"].values(), *report["dialogs"].values()]:
        assert Path(shot).stat().st_size > 0, shot
    # The clipping rule looked at buttons and labels in each (it cannot pass by seeing none).
    places = [f"view {name}" for name in VIEWS] + [f"dialog {name}" for name in DIALOGS]
    blind = [place for place in places if not report["examined"].get(place)]
    assert blind == [], f"no button or label examined in {blind}"

    # Nothing clipped, nothing off the screen, nothing Qt warned about.
    problems = []
    if report["clipped"]:
        problems.append(f"clipped at {size} {theme}:\n{lines(report['clipped'])}")
    if report["off_screen"]:
        problems.append(f"not within the {size} screen:\n{lines(report['off_screen'])}")
    if report["qt_warnings"]:
        problems.append(f"Qt warnings at {size} {theme}:\n{lines(report['qt_warnings'])}")
    assert problems == [], "\n\n".join(problems)


def test_the_sweep_covers_the_offscreen_dialog_table() -> None:
    """A dialog added to the offscreen suite's table is swept on a real screen too."""
    from tests.ui.dialogs.test_dialog_focus import DIALOGS as OFFSCREEN

    assert [name for name in OFFSCREEN if name not in DIALOGS] == []
