"""What the GUI benchmarks share: when widgets were painted, and running the event loop
for a while or until something holds."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication


class Paints(QObject):
    """Watches the widgets it is installed on: `times` holds when each paint began."""

    def __init__(self) -> None:
        super().__init__()
        self.times: list[float] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.times.append(time.perf_counter())
        return False


def pump_until(app: QApplication, done: Callable[[], bool], timeout: float) -> bool:
    """Run the event loop until `done()` (True) or `timeout` seconds pass (False)."""
    end = time.perf_counter() + timeout
    while time.perf_counter() < end:
        app.processEvents()
        if done():
            return True
        time.sleep(0.0005)
    return False
