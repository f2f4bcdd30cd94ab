"""Screenshots of every view at the sizes users have, in light and dark, to look at by eye.

Starts the real `deskcrm` command on a private Xvfb server with a demo database, switches
views with the keyboard as a user would, and writes PNGs named view-WIDTHxHEIGHT-theme.png.

    .venv/bin/python tools/screenshots.py OUT_FOLDER [--contacts N] [--views contacts,tasks]

Needs Xvfb, xdotool and ImageMagick's `import` (see the README's list of packages).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

SIZES = [(1024, 640), (1366, 768), (1920, 1080)]
VIEWS = ["contacts", "pipeline", "tasks", "reports", "cases"]
THEMES = ["light", "dark"]


def start_xvfb() -> tuple[subprocess.Popen, str]:
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1920x1200x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as reader:
        return server, ":" + reader.readline().strip()


def xdotool(env: dict[str, str], *args: str) -> str:
    done = subprocess.run(["xdotool", *args], env=env, capture_output=True, text=True, check=False)
    return done.stdout.strip()


def set_theme(db_path: Path, theme: str) -> None:
    from deskcrm.db.opening import open_database
    from deskcrm.services.storage.settings import SettingsService

    db = open_database(db_path)
    try:
        settings = SettingsService(db)
        settings.save(replace(settings.load(), theme=theme))
    finally:
        db.close()


def shoot(env: dict[str, str], window: str, target: Path) -> None:
    subprocess.run(["import", "-window", window, str(target)], env=env, check=True)
    print(target)


def go_to(env: dict[str, str], window: str, command: str) -> None:
    """Run a command by name through the command palette, as a keyboard user would."""
    xdotool(env, "windowfocus", "--sync", window)
    xdotool(env, "key", "--clearmodifiers", "ctrl+k")
    for _ in range(50):
        palette = xdotool(env, "search", "--onlyvisible", "--name", "^Go to anything$")
        if palette:
            xdotool(env, "windowfocus", "--sync", palette.splitlines()[0])
            break
        time.sleep(0.1)
    time.sleep(0.3)
    xdotool(env, "type", "--delay", "30", command)
    time.sleep(0.4)
    xdotool(env, "key", "Return")
    time.sleep(0.6)
    xdotool(env, "windowfocus", "--sync", window)  # no window manager gives it back


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--contacts", type=int, default=1000)
    parser.add_argument("--views", default=",".join(VIEWS))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    views = args.views.split(",")
    deskcrm = str(Path(sys.executable).parent / "deskcrm")
    server, display = start_xvfb()
    home = Path(tempfile.mkdtemp(prefix="deskcrm-shots-"))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "DESKCRM_", "QT_"))}
    env.update(HOME=str(home), DISPLAY=display, QT_QPA_PLATFORM="xcb")
    db_path = home / "demo.sqlite3"
    try:
        subprocess.run(
            [deskcrm, "--db", str(db_path), "demo", "--contacts", str(args.contacts)],
            env=env,
            check=True,
            capture_output=True,
        )
        for theme in THEMES:
            set_theme(db_path, theme)
            app = subprocess.Popen([deskcrm, "--db", str(db_path)], env=env)
            window = ""
            for _ in range(100):
                window = xdotool(env, "search", "--onlyvisible", "--name", "^DeskCRM")
                if window:
                    window = window.splitlines()[0]
                    break
                time.sleep(0.2)
            if not window:
                print("no window", file=sys.stderr)
                return 1
            for width, height in SIZES:
                xdotool(env, "windowsize", "--sync", window, str(width), str(height))
                for view in views:
                    xdotool(env, "windowfocus", "--sync", window)
                    xdotool(env, "key", "--clearmodifiers", f"ctrl+{VIEWS.index(view) + 1}")
                    time.sleep(2.0 if view == "reports" else 0.8)
                    size = f"{width}x{height}-{theme}"
                    shoot(env, window, args.out / f"{view}-{size}.png")
                    if view == "contacts":
                        # The same with the first contact open in the detail pane (Ctrl+F
                        # goes to the search field, Down to the first person listed).
                        xdotool(env, "key", "--clearmodifiers", "ctrl+f", "Down")
                        time.sleep(0.8)
                        shoot(env, window, args.out / f"contact-{size}.png")
                        # The companies list with the first company's page, reached with
                        # the command palette (Ctrl+K, "Companies", Enter), then back.
                        go_to(env, window, "Companies")
                        xdotool(env, "key", "--clearmodifiers", "ctrl+f", "Down")
                        time.sleep(0.8)
                        shoot(env, window, args.out / f"company-{size}.png")
                        go_to(env, window, "People")
            app.terminate()
            app.wait(20)
    finally:
        server.terminate()
    return 0


if __name__ == "__main__":
    sys.exit(main())
