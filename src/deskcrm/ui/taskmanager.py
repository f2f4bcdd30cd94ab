"""The one way work leaves the GUI thread: the application's TaskManager runs an op in a
worker thread and hands its result, error or cancellation back on the GUI thread.

No worker ever calls into Qt. Workers are plain Python threads (concurrent.futures); each
puts what it has to say (progress, the outcome) on a queue, and a timer on the GUI thread
drains it while tasks run. A worker holds no reference to a callback, an owner or the
manager once its op has returned, so no Qt wrapper can be freed off the GUI thread. (An
earlier version started Python callables on a QThreadPool and emitted signals from the pool
threads; CI saw a segfault in a pool thread with no Python frame on it while the GUI thread
ran a query.)"""

from __future__ import annotations

import logging
import queue
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from deskcrm.errors import CancelledError, DeskCrmError
from deskcrm.ui.i18n import tr

T = TypeVar("T")
log = logging.getLogger(__name__)

# Every task gets a thread of its own, as the one-thread-per-job runner it replaces did: a
# running report must not make a backup or a bulk change wait in a queue. The cap only
# stops a runaway caller; the app runs a handful at most.
MAX_THREADS = 16
DONE, FAILED, CANCELLED, PROGRESS = "done", "failed", "cancelled", "progress"
# How often the GUI thread looks for news while a task runs: well under a frame's worth of
# waiting for a result, and nothing at all while no task runs.
POLL_MS = 10


class TaskContext:
    """What an op is given: a way to report progress and to ask whether to stop."""

    def __init__(self, report: Callable[[float, str], None], cancel_flag: threading.Event) -> None:
        self._report = report
        self._cancel_flag = cancel_flag

    def progress(self, fraction: float, message: str = "") -> None:
        """How far the op is (0.0–1.0) and what it is doing; shown on the GUI thread."""
        self._report(fraction, message)

    def cancelled(self) -> bool:
        """True once the user cancelled; the op then raises CancelledError (or returns)."""
        return self._cancel_flag.is_set()


@dataclass(eq=False)
class _Task:
    id: int
    key: str | None
    cancellable: bool
    owner: QObject | None
    on_done: Callable[[Any], None]
    on_error: Callable[[str], None] | None
    on_progress: Callable[[float, str], None] | None
    on_cancelled: Callable[[], None] | None
    op: Callable[[TaskContext], Any] | None = None  # dropped on the GUI thread, at the end
    cancel_flag: threading.Event = field(default_factory=threading.Event)
    ended: threading.Event = field(default_factory=threading.Event)  # the op has returned


# How long a thread that wants Python's lock waits before the running one is asked to hand
# it over (Python's default: 5 ms). While a worker runs Python — a report's figures at a
# million contacts — each call the GUI thread makes into Python (a model's data(), a
# paint handler) waited up to that long, and Reports' first paint took 300–450 ms; at
# 1 ms, 45–170 ms (benchmarks/bench_views.py, 1,000,000 contacts, 2026-12-03).
GUI_SWITCH_INTERVAL_S = 0.001


class TaskManager(QObject):
    """Runs ops off the GUI thread; one per application window, passed to whoever needs it.

    The busy rule: a task may carry a key ("reports", "export" …). While a task with that
    key runs, `run()` with the same key is refused: it returns False, starts nothing and
    `status_message` says so. Callers that want "run again with the newest input" check
    `busy(key)` and start again from their callback, which runs after the key is free.

    Callbacks run on the GUI thread, at most one per task: `on_done(result)` when the op
    returned, `on_error(message)` when it raised (a DeskCrmError's message, or "Something
    went wrong" for a bug, which is logged with its traceback), `on_cancelled()` when it
    raised CancelledError. Without `on_error` the message goes to `status_message`. A task
    whose `owner` has been deleted, or that ends after `shutdown()`, calls nothing back.

    Signals:
    status_message(str): a refused run or an error nobody handled, for the status bar.
    task_finished(str): a task's callback has run (its key, "" for a task without one).
    """

    status_message = Signal(str)
    task_finished = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Work now leaves the GUI thread: the GUI thread gets the interpreter back soon.
        sys.setswitchinterval(min(sys.getswitchinterval(), GUI_SWITCH_INTERVAL_S))
        self._pool = ThreadPoolExecutor(MAX_THREADS, thread_name_prefix="deskcrm-task")
        self._news: queue.SimpleQueue[tuple[int, str, Any]] = queue.SimpleQueue()
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._drain)
        self._tasks: dict[int, _Task] = {}
        self._next_id = 1
        self._closed = False

    # -- public -----------------------------------------------------------------------
    def run(
        self,
        op: Callable[[TaskContext], T],
        on_done: Callable[[T], None],
        *,
        on_error: Callable[[str], None] | None = None,
        on_progress: Callable[[float, str], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        key: str | None = None,
        cancellable: bool = False,
        owner: QObject | None = None,
    ) -> bool:
        """Start `op(context)` in a worker; False (and nothing started) if refused."""
        if self._closed:
            log.warning("task %r refused: the task manager is shut down", key)
            return False
        if key is not None and self.busy(key):
            self.status_message.emit(
                tr("Still working on the last request; try again when it has finished")
            )
            return False
        task = _Task(
            id=self._next_id,
            key=key,
            cancellable=cancellable,
            owner=owner,
            on_done=on_done,
            on_error=on_error,
            on_progress=on_progress,
            on_cancelled=on_cancelled,
            op=op,
        )
        self._next_id += 1
        self._tasks[task.id] = task
        # The worker gets plain values only: the task's id and key, the op (in a box it
        # empties, so the executor's work item does not keep it), two events and the queue.
        self._pool.submit(_work, task.id, key, [op], task.cancel_flag, task.ended, self._news)
        self._poll.start()  # callbacks come from the timer: never inside run()
        return True

    def busy(self, key: str) -> bool:
        """True from `run(key=key)` until that task's callback has been called."""
        return any(task.key == key for task in self._tasks.values())

    def cancel(self, key: str) -> bool:
        """Ask the running task with this key to stop; False if none or not cancellable."""
        asked = False
        for task in self._tasks.values():
            if task.key == key and task.cancellable:
                task.cancel_flag.set()
                asked = True
        return asked

    def wait(self, key: str, timeout_ms: int = 30_000) -> bool:
        """Block until the op with this key has returned (its callback comes later)."""
        running = [task for task in self._tasks.values() if task.key == key]
        return all(task.ended.wait(timeout_ms / 1000) for task in running)

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        """On close: refuse new work, cancel what can be cancelled, and wait for the rest.

        True if every op ended within the timeout. Nothing is called back afterwards: the
        window and database these callbacks would touch are going away. Ops that overrun
        stay owned by the pool, whose deletion waits for them (it never aborts).
        """
        self._closed = True
        self._poll.stop()
        for task in self._tasks.values():
            if task.cancellable:
                task.cancel_flag.set()
        deadline = time.monotonic() + timeout_ms / 1000
        ended = all(
            task.ended.wait(max(0.0, deadline - time.monotonic())) for task in self._tasks.values()
        )
        if not ended:
            keys = sorted(str(task.key) for task in self._tasks.values() if not task.ended.is_set())
            log.error("still running after %d ms at shutdown: %s", timeout_ms, ", ".join(keys))
        # Overrunning ops keep their threads; Python waits for them before the process ends.
        self._pool.shutdown(wait=False, cancel_futures=False)
        self._tasks.clear()  # on the GUI thread: the callbacks and ops are dropped here
        return ended

    @property
    def running(self) -> int:
        """How many tasks have not yet been called back."""
        return len(self._tasks)

    # -- back on the GUI thread -------------------------------------------------------------
    def _wanted(self, task: _Task) -> bool:
        return not self._closed and (task.owner is None or shiboken6.isValid(task.owner))

    def _drain(self) -> None:
        """Deliver what the workers said, in order; stop looking once no task runs."""
        while True:
            try:
                task_id, kind, payload = self._news.get_nowait()
            except queue.Empty:
                break
            if kind == PROGRESS:
                self._on_progressed(task_id, *payload)
            else:
                self._on_ended(task_id, kind, payload)
        if not self._tasks:
            self._poll.stop()

    def _on_progressed(self, task_id: int, fraction: float, message: str) -> None:
        task = self._tasks.get(task_id)
        if task is not None and task.on_progress is not None and self._wanted(task):
            task.on_progress(fraction, message)

    def _on_ended(self, task_id: int, outcome: str, payload: object) -> None:
        task = self._tasks.pop(task_id, None)  # the key is free before the callback runs
        if task is None:
            return
        try:
            if not self._wanted(task):
                return
            if outcome == DONE:
                task.on_done(payload)
            elif outcome == CANCELLED:
                if task.on_cancelled is not None:
                    task.on_cancelled()
            elif task.on_error is not None:
                task.on_error(str(payload))
            else:
                self.status_message.emit(str(payload))
        finally:
            self.task_finished.emit(task.key or "")


# -- the worker side ----------------------------------------------------------------------
def _work(
    task_id: int,
    key: str | None,
    op_box: list[Callable[[TaskContext], Any]],
    cancel_flag: threading.Event,
    ended: threading.Event,
    news: queue.SimpleQueue[tuple[int, str, Any]],
) -> None:
    """Runs on a worker thread and touches nothing of Qt's: it only puts news on the queue."""
    op = op_box.pop()
    context = TaskContext(
        lambda fraction, message: news.put((task_id, PROGRESS, (fraction, message))),
        cancel_flag,
    )
    outcome: str
    payload: object
    try:
        payload, outcome = op(context), DONE
    except CancelledError:
        payload, outcome = None, CANCELLED
    except DeskCrmError as exc:  # an error the user can cause: its message is fit to show
        payload, outcome = str(exc), FAILED
    except Exception as exc:  # a bug: keep the app alive, log the traceback
        log.exception("background task %r failed", key)
        payload, outcome = f"Something went wrong: {exc}", FAILED
    del op, context  # the GUI thread's _Task holds the op until its callback has run
    ended.set()
    news.put((task_id, outcome, payload))
