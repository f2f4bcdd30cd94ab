"""Child process for bench_foundation: start DeskCRM on a file, report when it is usable.

Prints one JSON line: seconds from process start to the shown main window, to the
first painted contact list, and peak RSS after scrolling the whole list.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def process_age() -> float:
    """Seconds since this process started (from /proc, so interpreter start-up counts)."""
    with open("/proc/self/stat") as fh:
        start_ticks = int(fh.read().rsplit(")", 1)[1].split()[19])
    with open("/proc/uptime") as fh:
        uptime = float(fh.read().split()[0])
    return uptime - start_ticks / os.sysconf("SC_CLK_TCK")


def peak_rss_mb() -> float:
    """VmHWM: this process's own peak (ru_maxrss would include the parent before exec)."""
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def run_app(db_path: Path, state: Path) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from deskcrm.app import build_main_window

    app = QApplication([])
    window = build_main_window(db_path, state)
    window.show()
    app.processEvents()
    shown = process_age()
    table = window.contacts_view.people_table
    table.viewport().repaint()
    painted = process_age()
    bar = table.verticalScrollBar()
    for step in range(0, 101, 5):
        bar.setValue(bar.maximum() * step // 100)
        table.viewport().repaint()
    rss_mb = peak_rss_mb()
    return {"shown": shown, "painted": painted, "rss_mb": rss_mb,
            "rows": window.contacts_view.people_model.rowCount()}  # fmt: skip


def run_baseline(db_path: Path) -> dict[str, float]:
    """The least a Qt program can do: plain sqlite3, one page of rows in a QTableWidget."""
    import sqlite3

    from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem

    app = QApplication([])
    conn = sqlite3.connect(db_path)
    total = conn.execute("SELECT count(*) FROM contact WHERE deleted_at IS NULL").fetchone()[0]
    rows = conn.execute(
        "SELECT first_name, last_name, primary_email, city FROM contact"
        " WHERE deleted_at IS NULL ORDER BY sort_name LIMIT 60"
    ).fetchall()
    table = QTableWidget(len(rows), 4)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(value))
    table.resize(1280, 800)
    table.show()
    app.processEvents()
    shown = process_age()
    table.viewport().repaint()
    painted = process_age()
    rss_mb = peak_rss_mb()
    return {"shown": shown, "painted": painted, "rss_mb": rss_mb, "rows": total}


if __name__ == "__main__":
    mode, db = sys.argv[1], Path(sys.argv[2])
    result = run_app(db, Path(sys.argv[3])) if mode == "app" else run_baseline(db)
    print(json.dumps(result))
