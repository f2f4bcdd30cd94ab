"""Pipeline benchmark: a board with 5,000 open deals, opened and moved on.

    python benchmarks/bench_pipeline.py [--open-deals N] [--moves M] [--keep DIR]

Figures: time to open the board (build the view, load every column, first paint),
time for a move to be persisted (service call, one transaction), each next to a
plain-sqlite3 baseline doing the same work. Medians and p95.
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
    path = folder / "pipeline.sqlite3"
    for leftover in folder.glob("pipeline.sqlite3*"):
        leftover.unlink()
    print(f"DeskCRM pipeline benchmark — {args.open_deals:,} open deals, {os.cpu_count()} cores")
    build(path, args.open_deals)
    board = open_board(path, args.runs)
    base = baseline_board(path, args.runs)
    print(f"open the board (view, columns, totals, first paint), median of {args.runs}")
    print(f"  DeskCRM      median {ms(statistics.median(board))}   p95 {ms(p95(board))}")
    print(
        f"  baseline     median {ms(statistics.median(base))}   (the two board queries in sqlite3)"
    )
    app_moves, base_moves = moves(path, args.moves)
    print(f"move a card and persist it ({len(app_moves)} moves)")
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
