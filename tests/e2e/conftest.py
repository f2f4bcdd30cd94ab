"""End-to-end fixtures: a real X server (Xvfb), a fresh home folder, and the real `deskcrm`
command started as a separate process on the xcb platform — the way a new user meets it.

Outside CI a missing Xvfb or xdotool skips these tests with the package names to install;
in CI (CI=true) it fails them, so the suite can never pass by not running.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

TOOLS = ("Xvfb", "xdotool")
INSTALL_HINT = (
    "apt-get install xvfb xdotool x11-utils libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1"
    " libxcb-image0 libxcb-render-util0 libxcb-xkb1 libxkbcommon-x11-0"
)
SCREEN = (1920, 1200)


def deskcrm_command() -> list[str]:
    """The console script the package installs, beside this Python (as `make run` uses)."""
    script = Path(sys.executable).parent / "deskcrm"
    if not script.exists():
        pytest.fail(f"{script} is missing: install the package (make test does) first")
    return [str(script)]


@pytest.fixture(scope="session")
def display() -> Iterator[str]:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        message = f"{', '.join(missing)} not installed ({INSTALL_HINT})"
        if os.environ.get("CI"):
            pytest.fail(message + ": CI must run the end-to-end tests")
        pytest.skip(message)
    server, display = start_xvfb(*SCREEN)
    yield display
    server.terminate()
    server.wait(10)


def start_xvfb(width: int, height: int) -> tuple[subprocess.Popen, str]:
    """An X server with one screen of exactly width × height, and its DISPLAY."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        [
            "Xvfb",
            "-displayfd",
            str(write_end),
            "-screen",
            "0",
            f"{width}x{height}x24",
            "-nolisten",
            "tcp",
        ],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as reader:
        number = reader.readline().strip()
    if not number:
        server.kill()
        server.wait(10)
        pytest.fail(f"Xvfb did not start a {width}x{height} screen")
    return server, f":{number}"


@dataclass
class Desktop:
    """One user's session: a display, a home folder, and the processes started in it."""

    display: str
    home: Path
    logs: Path
    processes: list[subprocess.Popen] = field(default_factory=list)

    @property
    def env(self) -> dict[str, str]:
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("XDG_", "DESKCRM_", "QT_"))
        }
        env.update(
            HOME=str(self.home),
            DISPLAY=self.display,
            QT_QPA_PLATFORM="xcb",
            LANG="en_US.UTF-8",
            # A crash in C code prints the Python stack to the log.
            PYTHONFAULTHANDLER="1",
        )
        return env

    def data_folder(self) -> Path:
        return self.home / ".local" / "share" / "DeskCRM"

    def start(self, *args: str, name: str = "deskcrm") -> subprocess.Popen:
        log = (self.logs / f"{name}-{len(self.processes)}.log").open("wb")
        process = subprocess.Popen(
            [*deskcrm_command(), *args],
            env=self.env,
            cwd=self.home,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        process.log_path = Path(log.name)  # type: ignore[attr-defined]
        self.processes.append(process)
        return process

    def run(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
        """A subcommand (no window): run it to the end."""
        return subprocess.run(
            [*deskcrm_command(), *args],
            env=self.env,
            cwd=self.home,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )

    def xdotool(self, *args: str, timeout: float = 60) -> str:
        result = subprocess.run(
            ["xdotool", *args],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        return result.stdout.strip()

    def wait_for_window(
        self, title_regex: str, process: subprocess.Popen, timeout: float = 45
    ) -> str:
        """The X id of the first visible window whose title matches, once it is shown."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.xdotool("search", "--onlyvisible", "--name", title_regex)
            if found:
                return found.splitlines()[0]
            if process.poll() is not None:
                pytest.fail(
                    f"deskcrm exited ({process.returncode}) before showing '{title_regex}':\n"
                    + log_tail(process)
                )
            time.sleep(0.2)
        pytest.fail(f"no window '{title_regex}' within {timeout} s:\n" + log_tail(process))

    def geometry(self, window: str) -> tuple[int, int]:
        out = self.xdotool("getwindowgeometry", "--shell", window)
        values = dict(line.split("=", 1) for line in out.splitlines() if "=" in line)
        return int(values["WIDTH"]), int(values["HEIGHT"])

    def screenshot(self, window: str, path: Path) -> Path:
        subprocess.run(
            ["import", "-window", window, str(path)],
            env=self.env,
            capture_output=True,
            timeout=30,
            check=False,
        )
        return path

    def stop_all(self) -> None:
        for process in self.processes:
            if process.poll() is None:
                process.kill()
                process.wait(10)


def log_tail(process: subprocess.Popen, size: int = 3000) -> str:
    path: Path = process.log_path  # type: ignore[attr-defined]
    try:
        return path.read_text(errors="replace")[-size:]
    except OSError:
        return "(no log)"


@pytest.fixture
def desktop(display: str, tmp_path: Path) -> Iterator[Desktop]:
    home = tmp_path / "home"
    home.mkdir()
    logs = tmp_path / "logs"
    logs.mkdir()
    session = Desktop(display=display, home=home, logs=logs)
    yield session
    session.stop_all()


def wait_until(condition: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.1)
    pytest.fail(f"timed out after {timeout} s waiting for {what}")
