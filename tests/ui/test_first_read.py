"""A view's first read on a worker (ui.first_read.Reads): its result is shown on the GUI
thread unless the view read again meanwhile; a read that fails on its thread is made again
here; with no worker to run it, the caller reads itself."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject

from deskcrm.errors import DeskCrmError
from deskcrm.ui.first_read import Reads
from deskcrm.ui.taskmanager import TaskManager

WAIT_S = 10


@pytest.fixture
def tasks(qtbot) -> Iterator[TaskManager]:
    manager = TaskManager()
    yield manager
    manager.shutdown(10_000)


def test_the_first_read_is_shown_when_it_is_back(qtbot, tasks) -> None:
    owner, shown = QObject(), []
    reads: Reads[list[int]] = Reads(owner, tasks)
    assert reads.start_first(lambda: [1, 2, 3], shown.append, lambda: shown.append(["here"]))
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT_S * 1000)
    assert shown == [[1, 2, 3]]


def test_a_read_made_meanwhile_wins_over_the_first(qtbot, tasks) -> None:
    owner, shown, gate = QObject(), [], threading.Event()

    def slow() -> str:
        gate.wait(WAIT_S)
        return "old"

    reads: Reads[str] = Reads(owner, tasks)
    assert reads.start_first(slow, shown.append, lambda: shown.append("here"))
    token = reads.token()
    reads.newer()  # a write came first: the view read again, on its thread
    assert not reads.is_current(token)
    gate.set()
    qtbot.waitUntil(lambda: tasks.running == 0, timeout=WAIT_S * 1000)
    assert shown == []  # the older read is not shown over the newer one


def test_a_read_that_fails_on_its_thread_is_made_again_here(qtbot, tasks) -> None:
    owner, shown = QObject(), []

    def broken() -> str:
        raise DeskCrmError("the file went away")

    reads: Reads[str] = Reads(owner, tasks)
    assert reads.start_first(broken, shown.append, lambda: shown.append("here"))
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT_S * 1000)
    assert shown == ["here"]


def test_without_a_task_manager_the_caller_reads_itself() -> None:
    reads: Reads[str] = Reads(QObject(), None)
    assert not reads.start_first(lambda: "x", lambda _r: None, lambda: None)
