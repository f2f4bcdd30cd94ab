"""Child process for bench_foundation: start DeskCRM on a file, report when it is usable.

Prints one JSON line: seconds from process start to the first window shown and painted
(the start window, saying which database is being opened), to the shown main window
(show() returned), to the contact list's first paint with rows as the event loop delivers it (and
the loop free again), and peak RSS after scrolling the whole list.
"""

from __future__ import annotations

import json
import os
import sys
import time
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
    """The real entry point (`deskcrm --db FILE`, as the command runs it), its import order
    included; the window it builds is watched, and the app quits after the list's first
    paint and a scroll through it."""
    import deskcrm.app
    from deskcrm.cli import main

    real_build = deskcrm.app.build_main_window
    figures: dict[str, float] = {}
    clock: dict[str, float] = {}

    def watched_build(*args, **kwargs):  # type: ignore[no-untyped-def]
        from PySide6.QtCore import QEvent, QObject, QTimer
        from PySide6.QtWidgets import QApplication

        kwargs.setdefault("ui_state_path", state)
        window = real_build(*args, **kwargs)
        table = window.contacts_view.people_table
        real_show = window.show

        class FirstPaint(QObject):
            """The list's first paint with rows in it, as the event loop delivers it (no
            repaint forced: what the user sees, when they see it)."""

            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                painting = event.type() == QEvent.Type.Paint and "painted" not in figures
                if painting and table.model().rowCount():
                    QTimer.singleShot(0, done)  # once this paint is over
                return False

        def done() -> None:
            if "painted" in figures:
                return
            figures["painted"] = process_age()
            # The same span on a fine clock (process_age counts in 10 ms ticks).
            figures["paint_after_show"] = time.perf_counter() - clock["shown"]
            bar = table.verticalScrollBar()
            for step in range(0, 101, 5):
                bar.setValue(bar.maximum() * step // 100)
                table.viewport().repaint()
            figures["rss_mb"] = peak_rss_mb()
            figures["rows"] = window.contacts_view.people_model.rowCount()
            QApplication.instance().quit()

        def show() -> None:
            real_show()
            figures["shown"] = process_age()
            clock["shown"] = time.perf_counter()

        watcher = FirstPaint(window)
        table.viewport().installEventFilter(watcher)
        window.show = show  # type: ignore[method-assign]
        return window

    deskcrm.app.build_main_window = watched_build  # type: ignore[assignment]
    from deskcrm.ui.start_window import StartWindow

    real_show_now = StartWindow.show_now

    def watched_show_now(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        real_show_now(self, *args, **kwargs)
        figures.setdefault("first_window", process_age())  # shown and painted

    StartWindow.show_now = watched_show_now  # type: ignore[method-assign]
    main(["--db", str(db_path)])
    return figures


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
