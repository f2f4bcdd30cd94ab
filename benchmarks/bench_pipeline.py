"""Pipeline benchmark: a board with 5,000 open deals, opened and moved on.

    python benchmarks/bench_pipeline.py [--open-deals N] [--moves M] [--keep DIR]

Figures: time to open the board (build the view, load every column, first paint); a
card moved the way the user waits for it, in the real event loop: from the drop (the
column model's deal_dropped signal, queued to the board as a real drop is) until both
columns have repainted showing the move; and the move's write alone (service call, one
transaction). Each next to a plain-sqlite3 baseline doing the same work. Medians and p95.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.2f} ms"


def build(path: Path, open_deals: int) -> None:
    """Demo data sized so the default pipeline holds `open_deals` open deals."""
    from deskcrm.db.opening import open_database
    from deskcrm.services.demo.demo import generate_demo

    db = open_database(path)
    generate_demo(db, contacts=open_deals * 5, seed=3)
    db.close()
    conn = sqlite3.connect(path)
    stages = [
        r[0]
        for r in conn.execute(
            "SELECT id FROM stage WHERE pipeline_id = 1 AND NOT is_won AND NOT is_lost"
            " ORDER BY position"
        )
    ]
    ids = [r[0] for r in conn.execute("SELECT id FROM deal ORDER BY id LIMIT ?", (open_deals,))]
    with conn:
        conn.executemany(
            "UPDATE deal SET status = 'open', closed_at = NULL, lost_reason = '', stage_id = ?,"
            " position = ? WHERE id = ?",
            [
                (stages[i % len(stages)], (i // len(stages) + 1) * 1024, d)
                for i, d in enumerate(ids)
            ],
        )
        conn.execute(f"UPDATE deal SET status = 'won' WHERE id NOT IN ({','.join(map(str, ids))})")
    conn.close()


def open_board(path: Path, runs: int) -> list[float]:
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from deskcrm.app import build_services
    from deskcrm.db.opening import open_database
    from deskcrm.ui.views.pipeline_view import PipelineView

    app = QApplication.instance() or QApplication([])
    db = open_database(path)
    services = build_services(db)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        view = PipelineView(services, QUndoStack())
        view.resize(1400, 850)
        view.show()
        app.processEvents()
        for column in view.columns:
            column.view.viewport().repaint()
        times.append(time.perf_counter() - started)
        count = sum(c.model.rowCount() for c in view.columns)
        view.close()
        view.deleteLater()
        app.processEvents()
    db.close()
    print(f"  board shows {count:,} open deals in {len(view.columns)} columns")
    return times


def baseline_board(path: Path, runs: int) -> list[float]:
    conn = sqlite3.connect(path)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        conn.execute(
            "SELECT stage_id, id FROM deal WHERE pipeline_id = 1 AND status = 'open'"
            " AND deleted_at IS NULL ORDER BY stage_id, position, id"
        ).fetchall()
        conn.execute(
            "SELECT d.stage_id, d.currency, count(*), sum(d.value_minor) FROM deal d"
            " WHERE d.pipeline_id = 1 AND d.status = 'open' GROUP BY d.stage_id, d.currency"
        ).fetchall()
        times.append(time.perf_counter() - started)
    conn.close()
    return times


def moves_on_screen(path: Path, count: int) -> tuple[list[float], list[float]]:
    """Drop to repaint: a card dropped on another column (or elsewhere in its own), timed
    until the source and target columns have both painted after their models changed."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from deskcrm.app import build_services
    from deskcrm.db.opening import open_database
    from deskcrm.ui.views.pipeline_view import PipelineView

    app = QApplication.instance() or QApplication([])
    db = open_database(path)
    services = build_services(db)
    view = PipelineView(services, QUndoStack())
    view.resize(2000, 850)  # every column on screen
    view.show()
    app.processEvents()
    painted: dict[object, float] = {}
    changed: dict[object, float] = {}

    class PaintSpy(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                painted[watched] = time.perf_counter()
            return False

    spy = PaintSpy()
    for column in view.columns:
        column.view.viewport().installEventFilter(spy)
        model = column.model
        for signal in (
            model.modelReset,
            model.rowsInserted,
            model.rowsRemoved,
            model.rowsMoved,
            model.dataChanged,
            model.layoutChanged,
        ):
            signal.connect(lambda *_a, m=model: changed.__setitem__(m, time.perf_counter()))
    rng = random.Random(7)
    times: list[float] = []
    cpu: list[float] = []  # this process's CPU time: what other work on the machine does not add
    while len(times) < count:
        source = rng.choice([c for c in view.columns if c.model.rowCount()])
        target = rng.choice(view.columns)
        deal = source.model.id_at(rng.randrange(source.model.rowCount()))
        before = target.model.id_at(rng.randrange(target.model.rowCount() + 1)) or 0
        if deal is None or before == deal:
            continue
        started, cpu_started = time.perf_counter(), time.process_time()
        painted.clear()
        changed.clear()
        target.model.deal_dropped.emit(deal, target.stage.id, before)
        pairs = {(c.view.viewport(), c.model) for c in (source, target)}
        while not (
            target.model.row_of(deal) is not None
            and all(painted.get(v, 0) > changed.get(m, started) for v, m in pairs)
        ):
            app.processEvents()
            if time.perf_counter() - started > 5:
                raise SystemExit("no repaint within 5 s")
        times.append(time.perf_counter() - started)
        cpu.append(time.process_time() - cpu_started)
    view.close()
    db.close()
    return times, cpu


def moves(path: Path, count: int) -> tuple[list[float], list[float]]:
    from deskcrm.app import build_services
    from deskcrm.db.deal_queries import DealFilter
    from deskcrm.db.opening import open_database

    db = open_database(path)
    services = build_services(db)
    board = services.pipeline
    stages = [s.id for s in board.pipeline(1).open_stages]
    columns = board.board(1, DealFilter())
    rng = random.Random(5)
    app_times = []
    for _ in range(count):
        source = rng.choice(stages)
        deal = rng.choice(columns[source])
        target = rng.choice(stages)
        before = rng.choice(columns[target])
        if before == deal:
            continue
        started = time.perf_counter()
        board.move_deal(deal, target, before)
        app_times.append(time.perf_counter() - started)
        columns[source].remove(deal)
        columns[target].insert(columns[target].index(before), deal)
    db.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    base_times = []
    ids = [r[0] for r in conn.execute("SELECT id FROM deal WHERE status = 'open'")]
    for _ in range(count):
        started = time.perf_counter()
        with conn:
            conn.execute(
                "UPDATE deal SET stage_id = ?, position = ? WHERE id = ?",
                (rng.choice(stages), rng.randint(1, 10**6), rng.choice(ids)),
            )
        base_times.append(time.perf_counter() - started)
    conn.close()
    return app_times, base_times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--open-deals", type=int, default=5000)
    parser.add_argument("--moves", type=int, default=200)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--keep", type=Path)
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="deskcrm-pipeline-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"pipeline{args.open_deals}.sqlite3"
    if not args.keep:  # with --keep, a board built by an earlier run is measured again
        for leftover in folder.glob(f"{path.name}*"):
            leftover.unlink()
    import deskcrm

    print(
        f"DeskCRM pipeline benchmark — {args.open_deals:,} open deals, {os.cpu_count()} cores,"
        f" load {os.getloadavg()[0]:.1f}, code {Path(deskcrm.__file__).parent}"
    )
    if not path.exists():
        build(path, args.open_deals)
    board = open_board(path, args.runs)
    base = baseline_board(path, args.runs)
    print(f"open the board (view, columns, totals, first paint), median of {args.runs}")
    print(f"  DeskCRM      median {ms(statistics.median(board))}   p95 {ms(p95(board))}")
    print(
        f"  baseline     median {ms(statistics.median(base))}   (the two board queries in sqlite3)"
    )
    shown, shown_cpu = moves_on_screen(path, args.moves)
    app_moves, base_moves = moves(path, args.moves)
    print(f"move a card: from the drop to both columns repainted ({len(shown)} moves)")
    print(
        f"  DeskCRM      median {ms(statistics.median(shown))}   p95 {ms(p95(shown))}"
        f"   (CPU median {ms(statistics.median(shown_cpu))}   p95 {ms(p95(shown_cpu))})"
    )
    print(
        f"  baseline     median {ms(statistics.median(base_moves))}   p95 {ms(p95(base_moves))}"
        "   (one UPDATE + commit)"
    )
    print(f"move a card and persist it, the write alone ({len(app_moves)} moves)")
    print(f"  DeskCRM      median {ms(statistics.median(app_moves))}   p95 {ms(p95(app_moves))}")
    print(
        f"  baseline     median {ms(statistics.median(base_moves))}   p95 {ms(p95(base_moves))}"
        "   (one UPDATE + commit)"
    )
    if not args.keep:
        for leftover in folder.glob("*"):
            leftover.unlink()
        folder.rmdir()


if __name__ == "__main__":
    main()
