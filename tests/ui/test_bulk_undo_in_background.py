"""A bulk action's undo and redo run off the GUI thread, like the action itself."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtGui import QUndoStack

from deskcrm.services.changes import Changes
from deskcrm.services.contacts.contacts import ContactInput
from deskcrm.ui.undo import BulkCommand


class _Worker(QThread):
    """One op in its own QThread; the result comes back through a queued signal."""

    produced = Signal(object)

    def __init__(self, op: Callable[[], Changes]) -> None:
        super().__init__()
        self._op = op
        self.thread_id: int | None = None

    def run(self) -> None:
        self.thread_id = threading.get_ident()
        self.produced.emit(self._op())


class QThreadRunner(QObject):
    """run_in_background(op, on_done) on a real QThread, on_done on the GUI thread."""

    def __init__(self) -> None:
        super().__init__()
        self.workers: list[_Worker] = []

    def __call__(self, op: Callable[[], Changes], on_done: Callable[[Changes], None]) -> None:
        worker = _Worker(op)
        worker.produced.connect(on_done)  # queued: the receiver lives on the GUI thread
        self.workers.append(worker)
        worker.start()


def test_undo_and_redo_of_a_bulk_tag_run_in_a_worker_and_announce_on_the_gui_thread(
    qtbot, services
) -> None:
    ids = [services.contacts.create(ContactInput(first_name=n)).id for n in ("Ada", "Ben")]
    change = services.bulk.add_tag(ids, "VIP")
    heard: list[tuple[Changes, int]] = []
    runner = QThreadRunner()
    stack = QUndoStack()
    stack.push(
        BulkCommand(
            "Add tag",
            change,
            services.bulk,
            lambda changes: heard.append((changes, threading.get_ident())),
            runner,
        )
    )
    gui_thread = threading.get_ident()
    expected = Changes.of(contacts=ids, whole=["tags"])
    assert heard == [(expected, gui_thread)]  # the push announces the action already made

    stack.undo()
    assert len(runner.workers) == 1  # the undo went to a worker, not the GUI thread
    qtbot.waitUntil(lambda: len(heard) == 2, timeout=5000)
    assert heard[1] == (expected, gui_thread)
    assert runner.workers[0].thread_id != gui_thread
    assert [t.name for t in services.tags.all_with_counts()] == []

    stack.redo()
    qtbot.waitUntil(lambda: len(heard) == 3, timeout=5000)
    assert runner.workers[1].thread_id != gui_thread
    assert [(t.name, t.contacts) for t in services.tags.all_with_counts()] == [("VIP", 2)]
    for worker in runner.workers:
        worker.wait()
