"""Shows changes made outside the window (the CLI, another program, a colleague on the same
server) by asking the database's change probe."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from deskcrm.db.external_changes import ChangeProbe
from deskcrm.services.changes import Changes
from deskcrm.ui.bus import ChangeBus

POLL_MS = 1000


class ExternalChangeWatcher(QObject):
    """Polls the probe about once a second; when another program committed, announces
    Changes.everything() on the bus, so every view re-reads what it shows. (Neither
    SQLite's data_version nor a server's notification says which rows were written, so
    the views re-read all.)"""

    def __init__(
        self,
        probe: ChangeProbe,
        bus: ChangeBus,
        parent: QObject | None = None,
        *,
        interval_ms: int = POLL_MS,
    ) -> None:
        super().__init__(parent)
        self._probe = probe
        self._bus = bus
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._on_timeout)
        self._timer.start()
        self.destroyed.connect(probe.close)

    def stop(self) -> None:
        """Before the database closes: no more polling, and the probe's connection goes."""
        self._timer.stop()
        self._probe.close()

    def _on_timeout(self) -> None:
        if self._probe.moved():
            self._bus.announce(Changes.everything())
