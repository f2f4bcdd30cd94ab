"""A new user's first minute and a day of use, on a real X server with the real command.

Each test starts `deskcrm` as its own process with a fresh HOME (no data folder) on the
xcb platform, drives it with xdotool as a person would (keys, resizes, the mouse wheel)
and checks that the process is still alive and did what the user expects.
"""

from __future__ import annotations

import configparser
import stat
import subprocess
import time
from pathlib import Path

import pytest

from tests.e2e.conftest import Desktop, log_tail, wait_until

pytestmark = pytest.mark.slow

MAIN_WINDOW = "^DeskCRM"
VIEWS = ["contacts", "pipeline", "tasks", "reports", "cases"]


def assert_alive(process: subprocess.Popen, what: str) -> None:
    assert process.poll() is None, (
        f"deskcrm died ({process.returncode}) {what}:\n{log_tail(process)}"
    )


def window_image(desktop: Desktop, window: str) -> bytes:
    """The window's pixels as PNG bytes (ImageMagick's import)."""
    result = subprocess.run(
        ["import", "-window", window, "png:-"],
        env=desktop.env,
        capture_output=True,
        timeout=30,
        check=False,
    )
    assert result.returncode == 0 and result.stdout, result.stderr
    return result.stdout


def make_demo(desktop: Desktop, contacts: int = 1000) -> Path:
    path = desktop.home / "demo.sqlite3"
    done = desktop.run("--db", str(path), "demo", "--contacts", str(contacts))
    assert done.returncode == 0, done.stderr
    return path


def test_first_run_on_a_fresh_home_creates_the_data_folder_and_reaches_the_main_window(
    desktop: Desktop,
) -> None:
    assert not (desktop.home / ".local").exists()
    app = desktop.start()
    # A window at once, saying what is being opened, while the rest loads.
    start = desktop.wait_for_window("^Opening .*deskcrm.sqlite3", app)
    welcome = desktop.wait_for_window("^Welcome to DeskCRM", app)
    desktop.xdotool("windowfocus", "--sync", welcome)
    desktop.xdotool("key", "--clearmodifiers", "Return")  # "Start empty", the default
    window = desktop.wait_for_window(MAIN_WINDOW, app)
    time.sleep(1)
    assert_alive(app, "after the welcome")
    # The main window took its place: the start window is gone.
    assert start not in desktop.xdotool("search", "--onlyvisible", "--name", "^Opening ")
    assert window != start
    folder = desktop.data_folder()
    assert folder.is_dir()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    database = folder / "deskcrm.sqlite3"
    assert database.is_file()
    assert stat.S_IMODE(database.stat().st_mode) == 0o600
    assert "already open" not in log_tail(app)
    width, height = desktop.geometry(window)
    assert width >= 800 and height >= 500


def test_db_in_a_missing_folder_is_created(desktop: Desktop) -> None:
    target = desktop.home / "clients" / "2026" / "crm.sqlite3"
    app = desktop.start("--db", str(target))
    welcome = desktop.wait_for_window("^Welcome to DeskCRM", app)
    desktop.xdotool("windowfocus", "--sync", welcome)
    desktop.xdotool("key", "--clearmodifiers", "Return")
    desktop.wait_for_window(MAIN_WINDOW, app)
    assert target.is_file()
    assert stat.S_IMODE(target.parent.stat().st_mode) == 0o700


def test_db_where_no_folder_can_be_made_says_why_and_exits(desktop: Desktop) -> None:
    blocker = desktop.home / "not-a-folder"
    blocker.write_text("a file where a folder would go\n")
    app = desktop.start("--db", str(blocker / "crm.sqlite3"))
    box = desktop.wait_for_window("^DeskCRM", app)
    desktop.xdotool("windowfocus", "--sync", box)
    desktop.xdotool("key", "--clearmodifiers", "Return")
    app.wait(20)
    assert app.returncode == 1
    said = log_tail(app)
    assert "not-a-folder" in said and "already open" not in said
    assert blocker.read_text() == "a file where a folder would go\n"


def test_a_demo_database_opens_and_every_view_survives_500_resizes_and_scrolls(
    desktop: Desktop,
) -> None:
    path = make_demo(desktop)
    app = desktop.start("--db", str(path))
    window = desktop.wait_for_window(MAIN_WINDOW, app)
    time.sleep(1.5)
    desktop.xdotool("windowsize", "--sync", window, "1280", "800")
    seen: dict[str, bytes] = {}
    for number, view in enumerate(VIEWS, start=1):
        desktop.xdotool("windowfocus", "--sync", window)
        desktop.xdotool("key", "--clearmodifiers", f"ctrl+{number}")
        time.sleep(1.5)  # the view builds; reports compute in the background
        assert_alive(app, f"switching to {view}")
        seen[view] = window_image(desktop, window)
        desktop.screenshot(window, desktop.logs / f"{view}.png")
        for _batch in range(10):  # 10 × 50 resizes, each followed by a wheel turn
            steps: list[str] = []
            for i in range(25):
                steps += ["windowsize", window, "1180", str(700 + i * 4), "sleep", "0.01"]
                steps += ["mousemove", "--window", window, "600", "400", "click", "5"]
                steps += ["windowsize", window, "1366", "768", "sleep", "0.01"]
                steps += ["click", "4"]
            desktop.xdotool(*steps, timeout=120)
            assert_alive(app, f"resizing and scrolling the {view} view")
    for first in VIEWS:
        for second in VIEWS:
            if first < second:
                assert seen[first] != seen[second], f"{first} and {second} look the same"
    time.sleep(1)
    assert_alive(app, "after 2,500 resizes")
    assert "Fatal Python error" not in log_tail(app)


def stacking_order(desktop: Desktop) -> list[int]:
    """Top-level window ids from the top of the stack down (xwininfo prints them so)."""
    out = subprocess.run(
        ["xwininfo", "-root", "-children"],
        env=desktop.env,
        capture_output=True,
        text=True,
        timeout=10,
        check=True,
    ).stdout
    return [int(line.split()[0], 16) for line in out.splitlines() if line.strip().startswith("0x")]


def test_a_second_start_brings_the_first_window_forward(desktop: Desktop) -> None:
    path = make_demo(desktop, contacts=50)
    first = desktop.start("--db", str(path))
    window = desktop.wait_for_window(MAIN_WINDOW, first)
    time.sleep(1)
    # Another program's window covers DeskCRM, as when the user is reading mail.
    other = subprocess.Popen(
        ["xmessage", "-name", "elsewhere", "-geometry", "600x300+100+100", "another program"],
        env=desktop.env,
    )
    try:
        elsewhere = int(desktop.wait_for_window("^elsewhere$", first))
        order = stacking_order(desktop)
        assert order.index(elsewhere) < order.index(int(window))
        second = desktop.run("--db", str(path), timeout=60)
        assert second.returncode == 0
        assert "brought it forward" in second.stderr
        wait_until(
            lambda: (lambda o: o.index(int(window)) < o.index(elsewhere))(stacking_order(desktop)),
            10,
            "the first window to come above the other program's",
        )
        assert_alive(first, "after the second start")
        shown = desktop.xdotool("search", "--onlyvisible", "--name", MAIN_WINDOW).split()
        assert shown == [window], "the second start opened a window of its own"
    finally:
        other.kill()
        other.wait(5)


def test_closing_saves_the_window_geometry_and_view(desktop: Desktop) -> None:
    path = make_demo(desktop, contacts=50)
    app = desktop.start("--db", str(path))
    window = desktop.wait_for_window(MAIN_WINDOW, app)
    time.sleep(1)
    desktop.xdotool("windowsize", "--sync", window, "1111", "666")
    desktop.xdotool("windowfocus", "--sync", window)
    desktop.xdotool("key", "--clearmodifiers", "ctrl+3")  # Tasks
    time.sleep(0.5)
    desktop.xdotool("key", "--clearmodifiers", "ctrl+q")
    app.wait(30)
    assert app.returncode == 0, log_tail(app)
    state = desktop.home / ".config" / "DeskCRM" / "ui-state.ini"
    assert state.is_file()
    saved = configparser.ConfigParser()
    saved.read(state)
    assert saved["main"]["view"] == "tasks"

    again = desktop.start("--db", str(path))
    window = desktop.wait_for_window(MAIN_WINDOW, again)
    time.sleep(1)
    assert desktop.geometry(window) == (1111, 666)


def test_ctrl_k_and_f1_on_a_real_screen(desktop: Desktop) -> None:
    """The command palette and the shortcuts sheet in a real window, keyboard only: each
    opens, finds, opens what was chosen and closes, many times, and the app lives on."""
    path = make_demo(desktop, contacts=300)
    app = desktop.start("--db", str(path))
    window = desktop.wait_for_window(MAIN_WINDOW, app)
    time.sleep(1.5)
    contacts = window_image(desktop, window)
    for round_ in range(5):
        desktop.xdotool("windowfocus", "--sync", window)
        desktop.xdotool("key", "--clearmodifiers", "ctrl+k")
        palette = desktop.wait_for_window("^Go to anything$", app)
        desktop.xdotool("type", "--delay", "40", "pipeline")
        time.sleep(0.6)
        desktop.screenshot(palette, desktop.logs / f"palette-{round_}.png")
        desktop.xdotool("key", "Return")
        wait_until(
            lambda: not desktop.xdotool("search", "--onlyvisible", "--name", "^Go to anything$"),
            10,
            "the palette to close",
        )
        time.sleep(1.0)
        assert_alive(app, "opening the pipeline from the palette")
        assert window_image(desktop, window) != contacts, "Enter on 'Pipeline' did not switch"
        # No window manager here gives the focus back when a dialog closes: as a user's
        # click would, the test gives it.
        desktop.xdotool("windowfocus", "--sync", window)
        desktop.xdotool("key", "--clearmodifiers", "ctrl+1")
        time.sleep(0.8)
        desktop.xdotool("key", "--clearmodifiers", "F1")
        sheet = desktop.wait_for_window("^Keyboard Shortcuts$", app)
        desktop.screenshot(sheet, desktop.logs / f"shortcuts-{round_}.png")
        desktop.xdotool("type", "--delay", "40", "undo")
        # The first Esc clears the typed filter (as in every search box), the second closes.
        desktop.xdotool("key", "Escape")
        time.sleep(0.4)
        assert desktop.xdotool("search", "--onlyvisible", "--name", "^Keyboard Shortcuts$")
        desktop.xdotool("key", "Escape")
        wait_until(
            lambda: (
                not desktop.xdotool("search", "--onlyvisible", "--name", "^Keyboard Shortcuts$")
            ),
            10,
            "the shortcuts sheet to close",
        )
        assert_alive(app, "showing the shortcuts sheet")
    assert "Fatal Python error" not in log_tail(app)
