"""The task manager: results, errors and cancellations come back on the GUI thread, one
task per key at a time, and closing waits for (or cancels) what still runs."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QObject, QThread

from deskcrm.errors import CancelledError, DeskCrmError
from deskcrm.ui.taskmanager import TaskContext, TaskManager

WAIT_S = 10  # a worker blocked on an event gives up after this, so no test can hang


@pytest.fixture
def tasks(qtbot) -> Iterator[TaskManager]:
    manager = TaskManager()
    yield manager
    manager.shutdown(10_000)


@pytest.fixture
def gate() -> Iterator[threading.Event]:
    """Holds a worker until the test opens it (and always opens it at the end)."""
    event = threading.Event()
    yield event
    event.set()


def _on_gui_thread() -> bool:
    app = QCoreApplication.instance()
    assert app is not None
    return QThread.currentThread() == app.thread()


def test_the_result_is_handed_back_on_the_gui_thread(qtbot, tasks) -> None:
    seen: list[tuple[int, bool]] = []
    worker: list[bool] = []

    def op(_context: TaskContext) -> int:
        worker.append(_on_gui_thread())
        return 42

    def done(result: int) -> None:
        seen.append((result, _on_gui_thread()))

    with qtbot.waitSignal(tasks.task_finished, timeout=5_000):
        assert tasks.run(op, done, key="answer")
    assert worker == [False]  # the op ran off the GUI thread
    assert seen == [(42, True)]  # its result came back on it
    assert not tasks.busy("answer")


def test_progress_is_handed_back_on_the_gui_thread(qtbot, tasks) -> None:
    reported: list[tuple[float, str, bool]] = []

    def op(context: TaskContext) -> None:
        context.progress(0.5, "half way")

    def progress(fraction: float, message: str) -> None:
        reported.append((fraction, message, _on_gui_thread()))

    with qtbot.waitSignal(tasks.task_finished, timeout=5_000):
        tasks.run(op, lambda _r: None, on_progress=progress)
    assert reported == [(0.5, "half way", True)]


def test_an_error_the_user_caused_is_delivered_with_its_message(qtbot, tasks) -> None:
    errors: list[tuple[str, bool]] = []

    def op(_context: TaskContext) -> None:
        raise DeskCrmError("The file is not a CSV file")

    def failed(message: str) -> None:
        errors.append((message, _on_gui_thread()))

    with qtbot.waitSignal(tasks.task_finished, timeout=5_000):
        tasks.run(op, lambda _r: pytest.fail("no result"), on_error=failed)
    assert errors == [("The file is not a CSV file", True)]


def test_a_bug_is_logged_and_an_unhandled_error_goes_to_the_status_bar(
    qtbot, tasks, caplog
) -> None:
    def op(_context: TaskContext) -> None:
        raise ZeroDivisionError("division by zero")

    with qtbot.waitSignal(tasks.status_message, timeout=5_000) as shown:
        tasks.run(op, lambda _r: pytest.fail("no result"), key="sum")
    assert shown.args == ["Something went wrong: division by zero"]
    assert "background task 'sum' failed" in caplog.text
    assert "ZeroDivisionError" in caplog.text  # with its traceback


def test_a_second_run_with_a_busy_key_is_refused_and_says_so(qtbot, tasks, gate) -> None:
    results: list[str] = []
    assert tasks.run(lambda _c: gate.wait(WAIT_S) and "first", results.append, key="export")
    with qtbot.waitSignal(tasks.status_message, timeout=1_000) as refused:
        assert not tasks.run(lambda _c: "second", results.append, key="export")
    assert "Still working" in refused.args[0]
    assert tasks.busy("export")
    # Another key, or none, is not held up by it.
    with qtbot.waitSignal(tasks.task_finished, timeout=5_000):
        assert tasks.run(lambda _c: "other", results.append, key="backup")
    assert results == ["other"]
    gate.set()
    qtbot.waitUntil(lambda: not tasks.busy("export"), timeout=5_000)
    assert results == ["other", "first"]  # the refused run never ran


def test_the_key_is_free_when_the_callback_runs_so_it_can_start_again(qtbot, tasks) -> None:
    runs: list[int] = []

    def done(n: int) -> None:
        runs.append(n)
        if n < 3:
            assert tasks.run(lambda _c: n + 1, done, key="count")

    tasks.run(lambda _c: 1, done, key="count")
    qtbot.waitUntil(lambda: runs == [1, 2, 3], timeout=5_000)
    assert not tasks.busy("count")


def test_cancel_stops_a_cancellable_task_and_calls_on_cancelled(qtbot, tasks, gate) -> None:
    outcome: list[str] = []

    def op(context: TaskContext) -> str:
        gate.wait(WAIT_S)
        if context.cancelled():
            raise CancelledError()
        return "finished"

    tasks.run(
        op,
        outcome.append,
        on_cancelled=lambda: outcome.append("cancelled"),
        key="report",
        cancellable=True,
    )
    assert tasks.cancel("report")
    gate.set()
    qtbot.waitUntil(lambda: not tasks.busy("report"), timeout=5_000)
    assert outcome == ["cancelled"]


def test_a_task_that_is_not_cancellable_runs_to_its_end(qtbot, tasks, gate) -> None:
    outcome: list[str] = []

    def op(context: TaskContext) -> str:
        gate.wait(WAIT_S)
        return "cancelled?" if context.cancelled() else "written"

    tasks.run(op, outcome.append, key="bulk")
    assert not tasks.cancel("bulk")
    assert not tasks.cancel("nothing runs under this key")
    gate.set()
    qtbot.waitUntil(lambda: outcome == ["written"], timeout=5_000)


def test_nothing_is_called_back_on_an_owner_that_was_deleted(qtbot, tasks, gate) -> None:
    owner = QObject()
    called: list[object] = []
    tasks.run(lambda _c: gate.wait(WAIT_S), called.append, key="count", owner=owner)
    with qtbot.waitSignal(owner.destroyed, timeout=1_000):
        owner.deleteLater()
    with qtbot.waitSignal(tasks.task_finished, timeout=5_000) as finished:
        gate.set()
    assert finished.args == ["count"]
    assert called == []


def test_shutdown_cancels_a_running_task_and_waits_for_it(qtbot, tasks) -> None:
    started = threading.Event()
    stopped: list[bool] = []
    called: list[object] = []

    def op(context: TaskContext) -> None:
        started.set()
        while not context.cancelled():
            threading.Event().wait(0.001)  # a long job that checks for cancelling
        stopped.append(True)
        raise CancelledError()

    tasks.run(op, called.append, on_cancelled=lambda: called.append("x"), cancellable=True)
    assert started.wait(WAIT_S)
    assert tasks.shutdown(5_000)
    assert stopped == [True]  # the worker had ended when shutdown() returned
    QCoreApplication.processEvents()  # delivers what the worker posted: nothing is called
    assert called == []
    assert not tasks.run(lambda _c: 1, called.append)  # closed: no new work


def test_shutdown_waits_for_a_write_that_cannot_be_cancelled(qtbot, tasks) -> None:
    written: list[bool] = []

    def op(context: TaskContext) -> None:
        for _step in range(100):  # a write of a few hundred ms, never cut off half way
            threading.Event().wait(0.002)
        written.append(not context.cancelled())

    tasks.run(op, lambda _r: None, key="backup")
    assert tasks.shutdown(10_000)
    assert written == [True]


def test_shutdown_reports_a_task_that_overruns_its_timeout(qtbot, tasks, gate, caplog) -> None:
    tasks.run(lambda _c: gate.wait(WAIT_S), lambda _r: None, key="backup")
    assert not tasks.shutdown(20)
    assert "still running after 20 ms at shutdown: backup" in caplog.text
    gate.set()  # it ends later; the pool waits for it, so the process never aborts
    assert tasks.shutdown(5_000)


def test_an_op_and_its_callbacks_are_freed_on_the_gui_thread(qtbot, tasks) -> None:
    """A worker drops its references before it reports, so whatever an op or a callback
    holds (a widget's wrapper, a model) is freed on the GUI thread, never on a worker."""
    freed_on: list[bool] = []

    class Op:
        def __call__(self, _context: TaskContext) -> int:
            return 1

        def __del__(self) -> None:
            freed_on.append(_on_gui_thread())

    class Done:
        def __call__(self, _result: int) -> None:
            pass

        def __del__(self) -> None:
            freed_on.append(_on_gui_thread())

    for _ in range(20):
        with qtbot.waitSignal(tasks.task_finished, timeout=5_000):
            assert tasks.run(Op(), Done())
    qtbot.waitUntil(lambda: len(freed_on) == 40)
    assert all(freed_on)


def test_with_workers_the_gui_thread_gets_python_back_within_a_millisecond(tasks) -> None:
    # (How much that matters is measured in benchmarks/bench_views.py, not here.)
    import sys

    from deskcrm.ui.taskmanager import GUI_SWITCH_INTERVAL_S

    assert GUI_SWITCH_INTERVAL_S <= 0.001
    assert sys.getswitchinterval() <= GUI_SWITCH_INTERVAL_S
