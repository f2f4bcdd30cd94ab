"""View switches as the user waits for them: the real main window on a kept demo
database, each view chosen in turn (Contacts, Pipeline, Tasks, Reports, Cases) several
rounds, each switch timed from the choice until the view has painted, and the GUI thread
watched throughout: a timer due every 2 ms notes each gap it could not run in, so the
longest time the window could not answer (a view's query, a layout, a background result
shown) is counted wherever it happens, not only inside the switch.

    python benchmarks/bench_views.py --db DEMO.sqlite3 [--rounds 4] [--json]

Printed per view: the first switch (the view is built then) and the median of the later
ones, and the longest stall of the GUI thread from the choice until the next one; with
--json also the process's peak memory (the GUI with every view shown, several times).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

VIEWS = ("contacts", "pipeline", "tasks", "reports", "cases")
SETTLE_S = 0.6  # after each switch: background reads come back and are shown meanwhile


def measure(db: Path, rounds: int) -> dict[str, dict[str, list[float]]]:
    from PySide6.QtCore import QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from deskcrm.app import build_main_window, settle_collector
    from gui_probe import Paints, pump_until

    app = QApplication.instance() or QApplication([])
    state = db.with_suffix(".views.ini")
    state.unlink(missing_ok=True)  # each run starts on Contacts, as a new user's does
    window = build_main_window(db, state)
    window.resize(1366, 768)
    window.show()
    settle_collector()  # as the app does once its main window shows (app.GuiSession)
    beat = [time.perf_counter()]
    longest = [0.0]

    def tick() -> None:
        now = time.perf_counter()
        longest[0] = max(longest[0], now - beat[0])
        beat[0] = now

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(2)

    def pump(seconds: float) -> None:
        pump_until(app, lambda: False, seconds)

    paints = Paints()
    painted = paints.times
    pump(2.0)  # the window settles: the list's first page, tag counts, the daily backup
    figures: dict[str, dict[str, list[float]]] = {
        name: {"switch": [], "stall": []} for name in VIEWS
    }
    for _round in range(rounds):
        for name in VIEWS:
            if name == "contacts" and _round == 0:
                continue  # shown at start; its first switch is the next round's
            painted.clear()
            beat[0] = time.perf_counter()
            longest[0] = 0.0
            started = time.perf_counter()
            window.show_view(name)
            view = window.stack.currentWidget()
            view.installEventFilter(paints)
            for child in view.findChildren(QObject):
                if hasattr(child, "viewport"):
                    child.viewport().installEventFilter(paints)
            end = time.perf_counter() + 5.0
            while not painted and time.perf_counter() < end:
                app.processEvents()
                time.sleep(0.0005)
            switch = (painted[0] if painted else time.perf_counter()) - started
            pump(SETTLE_S)
            figures[name]["switch"].append(switch)
            figures[name]["stall"].append(max(longest[0], switch))
    timer.stop()
    window.close()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True, help="a kept demo database")
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    figures = measure(args.db, args.rounds)
    if args.json:
        from startup_probe import peak_rss_mb  # this process's own peak (VmHWM)

        print(json.dumps({"views": figures, "peak_rss_mb": peak_rss_mb()}))
        return
    print(f"view switches — {args.rounds} rounds; click to painted, and the longest stall")
    print(f"{'view':10s} {'first':>9s} {'later':>9s} {'stall, first':>13s} {'later':>9s}")
    for name, values in figures.items():
        switch, stall = [v * 1000 for v in values["switch"]], [v * 1000 for v in values["stall"]]
        later = statistics.median(switch[1:]) if len(switch) > 1 else float("nan")
        later_stall = max(stall[1:]) if len(stall) > 1 else float("nan")
        print(
            f"{name:10s} {switch[0]:7.0f} ms {later:7.0f} ms {stall[0]:11.0f} ms"
            f" {later_stall:7.0f} ms"
        )


if __name__ == "__main__":
    main()
