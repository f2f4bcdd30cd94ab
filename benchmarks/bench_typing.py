"""Search as the user waits for it: keystrokes typed into the contact list's search field
of the real main window, in the real event loop, each timed from the key press until the
list has repainted with what that text finds (the search's wait after a keystroke, the
query, the model and the paint all counted).

The words typed are a realistic mix from the database itself: common first names and last
names letter by letter, the start of an email address, the digits of a phone number, and a
word that finds nothing. Keys come every 120 ms (a fast typist); the field is cleared
between words. Printed: median and p95 over every keystroke, by kind and overall, with the
bare FTS5 query of the same text beside them (the floor).

    python benchmarks/bench_typing.py --db DEMO.sqlite3 [--words 60] [--seed 3]

Runs on Qt's offscreen platform unless QT_QPA_PLATFORM says otherwise (under Xvfb:
QT_QPA_PLATFORM=xcb with DISPLAY set).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import statistics
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

KEY_INTERVAL_S = 0.120
TIMEOUT_S = 5.0


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def words_of(db: Path, count: int, seed: int) -> list[tuple[str, str]]:
    """(kind, word) pairs: what people type into a CRM's search field."""
    conn = sqlite3.connect(db)
    first = [
        r[0]
        for r in conn.execute(
            "SELECT first_name FROM contact WHERE first_name != '' GROUP BY first_name"
            " ORDER BY count(*) DESC LIMIT 40"
        )
    ]
    last = [
        r[0]
        for r in conn.execute(
            "SELECT last_name FROM contact WHERE last_name != '' GROUP BY last_name"
            " ORDER BY count(*) DESC LIMIT 40"
        )
    ]
    emails = [
        r[0] for r in conn.execute("SELECT address FROM contact_email ORDER BY id LIMIT 2000")
    ]
    phones = [
        r[0]
        for r in conn.execute(
            "SELECT digits FROM contact_phone WHERE digits != '' ORDER BY id LIMIT 2000"
        )
    ]
    conn.close()
    rng = random.Random(seed)
    kinds = [
        ("first name", lambda: rng.choice(first)),
        ("last name", lambda: rng.choice(last)),
        ("email", lambda: rng.choice(emails).split("@")[0][:8] + "@"),
        ("phone", lambda: rng.choice(phones)[-7:]),
        ("no match", lambda: "".join(rng.choice("qxzjvw") for _ in range(5))),
    ]
    words = []
    for n in range(count):
        kind, pick = kinds[n % len(kinds)]
        word = pick().lower()
        if word:
            words.append((kind, word))
    return words


def type_words(db: Path, words: list[tuple[str, str]]) -> dict[str, list[float]]:
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from deskcrm.app import build_main_window, settle_collector
    from gui_probe import Paints
    from gui_probe import pump_until as pump_until_in

    app = QApplication.instance() or QApplication([])
    window = build_main_window(db, db.with_suffix(".typing.ini"))
    window.resize(1366, 768)
    window.show()
    settle_collector()  # as the app does once its main window shows (app.GuiSession)
    view = window.contacts_view
    view.show_people() if hasattr(view, "show_people") else None
    edit, model, viewport = view.search_edit, view.people_model, view.people_table.viewport()
    paints = Paints()
    painted = paints.times
    viewport.installEventFilter(paints)

    def pump_until(done, timeout: float = TIMEOUT_S) -> bool:  # type: ignore[no-untyped-def]
        return pump_until_in(app, done, timeout)

    pump_until(lambda: False, 2.0)  # the window settles (the list's first page, tag counts)
    edit.setFocus()
    times: dict[str, list[float]] = {}
    for kind, word in words:
        QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClick(edit, Qt.Key.Key_Backspace)
        pump_until(lambda: model.filter.text == "", 2.0)
        pump_until(lambda: False, 0.2)
        for at in range(1, len(word) + 1):
            typed = word[:at]
            painted.clear()
            started = time.perf_counter()
            char = word[at - 1]
            key = Qt.Key.Key_At if char == "@" else Qt.Key(ord(char.upper()))
            for kind_ in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                # Posted, as the window system's keys are: handled in the event loop.
                app.postEvent(edit, QKeyEvent(kind_, key, Qt.KeyboardModifier.NoModifier, char))
            listed = pump_until(lambda typed=typed: model.filter.text == typed)
            after = time.perf_counter()
            shown = pump_until(lambda after=after: any(t >= after for t in painted))
            if not (listed and shown):
                raise SystemExit(f"no repaint for {typed!r} within {TIMEOUT_S} s")
            painted_at = next(t for t in painted if t >= after)
            app.processEvents()  # the paint itself, and anything queued behind it
            done = max(painted_at, time.perf_counter())
            times.setdefault(kind, []).append(done - started)
            if os.environ.get("SHOW_SLOW") and done - started > 0.04:
                print(f"    slow: {typed!r} {1000 * (done - started):.0f} ms")
            rest = KEY_INTERVAL_S - (time.perf_counter() - started)
            if rest > 0:
                pump_until(lambda: False, rest)
    window.close()
    return times


def service(db: Path, words: list[tuple[str, str]]) -> list[float]:
    """Each prefix's first page as the list asks for it (ContactService.first_ids, the
    read a keystroke waits for; the rest of the list comes in the background), on the
    database's own services, once each (after the typing: its pages as warm as they
    were for the keystrokes)."""
    from deskcrm.bootstrap import build_services
    from deskcrm.db.contact_queries import ContactFilter
    from deskcrm.db.opening import open_database
    from deskcrm.ui.models.paged_table_model import PagedTableModel

    database = open_database(db)
    contacts = build_services(database).contacts
    times = []
    for _kind, word in words:
        for at in range(1, len(word) + 1):
            flt = ContactFilter(text=word[:at])
            started = time.perf_counter()
            contacts.first_ids(flt, PagedTableModel.PAGE_SIZE)
            times.append(time.perf_counter() - started)
    database.close()
    return times


def floor(db: Path, words: list[tuple[str, str]]) -> list[float]:
    from deskcrm.db import fts

    conn = sqlite3.connect(db)
    raw = []
    for _kind, word in words:
        for at in range(1, len(word) + 1):
            match = fts.match_expression(word[:at])
            if not match:
                continue
            started = time.perf_counter()
            conn.execute(
                "SELECT rowid FROM contact_fts WHERE contact_fts MATCH ? LIMIT 100", (match,)
            ).fetchall()
            raw.append(time.perf_counter() - started)
    conn.close()
    return raw


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True, help="a kept demo database")
    parser.add_argument("--words", type=int, default=60)
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    words = words_of(args.db, args.words, args.seed)
    times = type_words(args.db, words)
    if args.json:
        figures = {"keystrokes": times, "floor": floor(args.db, words)}
        print(json.dumps(figures | {"service": service(args.db, words)}))
        return
    every = [t for values in times.values() for t in values]
    print(
        f"typing benchmark — {len(words)} words, {len(every)} keystrokes, keystroke to"
        " repaint, median / p95"
    )
    for kind, values in [*times.items(), ("all", every)]:
        ms = [t * 1000 for t in values]
        print(f"  {kind:10s} {statistics.median(ms):7.1f} ms {p95(ms):7.1f} ms  ({len(ms)})")
    read = [t * 1000 for t in service(args.db, words)]
    print(
        f"  {'first page':10s} {statistics.median(read):7.1f} ms {p95(read):7.1f} ms"
        "  (the read a keystroke waits for, ContactService.first_ids)"
    )
    raw = [t * 1000 for t in floor(args.db, words)]
    print(
        f"  {'FTS5 floor':10s} {statistics.median(raw):7.1f} ms {p95(raw):7.1f} ms"
        "  (the first 100 matches, bare sqlite3)"
    )


if __name__ == "__main__":
    main()
