"""The one way long work (reports, PDFs) leaves the GUI thread: a job runs in a QThread,
its progress and result come back as signals, and the user can cancel it."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from deskcrm.errors import CancelledError, DeskCrmError

Job = Callable[[Callable[[float, str], None], Callable[[], bool]], Any]
log = logging.getLogger(__name__)


class _Thread(QThread):
    progressed = Signal(float, str)
    succeeded = Signal(object)
    failed = Signal(str)
    was_cancelled = Signal()

    def __init__(
        self, job: Job, cancel_flag: threading.Event, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._job = job
        self._cancel = cancel_flag

    def run(self) -> None:
        try:
            result = self._job(lambda f, m: self.progressed.emit(f, m), self._cancel.is_set)
        except CancelledError:
            self.was_cancelled.emit()
        except DeskCrmError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # a bug: keep the app alive, log the traceback
            log.exception("background job failed")
            self.failed.emit(f"Something went wrong: {exc}")
        else:
            self.succeeded.emit(result)


class TaskRunner(QObject):
    """Signals (all delivered on the GUI thread):
    progress(float, str): fraction done and what is happening.
    finished(object): the job's result.
    failed(str): a message to show.
    cancelled(): the user cancelled.
    idle(): the worker thread has ended; a new job can start.
    """

    progress = Signal(float, str)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: _Thread | None = None
        self._cancel = threading.Event()

    @property
    def busy(self) -> bool:
        """True from start() until the worker thread has finished."""
        return self._thread is not None

    def start(self, job: Job) -> None:
        if self.busy:
            raise RuntimeError("a job is already running")
        self._cancel = threading.Event()
        thread = _Thread(job, self._cancel, self)
        thread.progressed.connect(self.progress)
        thread.succeeded.connect(self.finished)
        thread.failed.connect(self.failed)
        thread.was_cancelled.connect(self.cancelled)
        thread.finished.connect(self._on_thread_finished)
        self._thread = thread
        thread.start()

    def _on_thread_finished(self) -> None:
        thread, self._thread = self._thread, None  # forget it before Qt deletes it
        if thread is not None:
            thread.deleteLater()
        self.idle.emit()

    def cancel(self) -> None:
        self._cancel.set()

    def wait(self, ms: int = 30_000) -> bool:
        return self._thread.wait(ms) if self._thread is not None else True
