"""`deskcrm import mail` as a new user runs it: the real command in a process of its own,
a fresh HOME with no data folder yet, real mail files other programs wrote."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

REAL = Path(__file__).parents[2] / "data" / "real" / "mail"


def deskcrm(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "DESKCRM_"))}
    env["HOME"] = str(home)
    return subprocess.run(
        [sys.executable, "-m", "deskcrm", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )


def test_import_mail_on_a_fresh_machine(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    maildir = REAL / "maildir" / "notmuch"
    first = deskcrm(home, "import", "mail", str(maildir), "--add-unknown-as-leads")
    assert first.returncode == 0, first.stderr
    assert "Traceback" not in first.stderr
    assert first.stdout.startswith(f"{maildir} (Maildir): ")
    assert "Added " in first.stdout and " leads with " in first.stdout
    database = home / ".local" / "share" / "DeskCRM" / "deskcrm.sqlite3"
    with sqlite3.connect(database) as conn:
        messages = conn.execute("SELECT count(*) FROM mail_message").fetchone()[0]
        on_timelines = conn.execute(
            "SELECT count(*) FROM interaction WHERE kind = 'email'"
        ).fetchone()[0]
        leads = conn.execute("SELECT count(*) FROM contact WHERE source = 'Email'").fetchone()[0]
    files = [f for f in maildir.glob("*/*") if f.name != ".gitkeep"]
    assert messages + first.stdout.count("  not read: ") >= len(files) - 1
    assert leads > 0 and on_timelines >= messages  # every message concerns a new lead
    again = deskcrm(home, "import", "mail", str(maildir))
    assert again.returncode == 0, again.stderr
    assert "Stored 0 new" in again.stdout and "already stored" in again.stdout
    missing = deskcrm(home, "import", "mail", str(tmp_path / "nowhere.mbox"))
    assert missing.returncode != 0
    assert "nowhere.mbox: no such file or folder" in missing.stderr
    assert "Traceback" not in missing.stderr
