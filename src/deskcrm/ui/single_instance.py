"""One DeskCRM window per database: a lock file, and a local socket through which a
second start asks the first window to come forward. A file is known by its real path, a
server database by its URL without the password."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from deskcrm import config
from deskcrm.errors import DeskCrmError


class LockUnavailableError(DeskCrmError):
    """The single-instance lock file could not be created (not: another DeskCRM has it)."""


def database_key(location: Path | str) -> str:
    """What identifies a database on this machine: a file's real path, or a server URL
    without its password (the same server database reached with or without a password
    typed into the URL is one database)."""
    if config.is_server(location):
        return config.shown_location(location)
    return str(Path(location).resolve())


def _server_name(key: str) -> str:
    digest = hashlib.sha256(key.encode()).hexdigest()[:16]
    return f"deskcrm-{digest}"


def _lock_path(location: Path | str, key: str) -> str:
    """Beside a file; a server database's in the per-user folder for them."""
    if config.is_server(location):
        digest = hashlib.sha256(key.encode()).hexdigest()[:16]
        return str(config.server_locks_dir() / f"server-{digest}.lock")
    return key + ".lock"


class SingleInstance(QObject):
    """Signals:
    activated(): another start of DeskCRM on the same database asked us to show up.
    """

    activated = Signal()

    def __init__(self, db_path: Path | str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        key = database_key(db_path)
        self._name = _server_name(key)
        self._lock_path = _lock_path(db_path, key)
        if config.is_server(db_path):
            config.ensure_folder(config.server_locks_dir())
        self._lock = QLockFile(self._lock_path)
        self._lock.setStaleLockTime(0)  # a crashed owner's lock is taken over
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """True when this process now owns the database; False when another DeskCRM does.

        A lock that cannot be taken for any other reason (a folder that cannot be written,
        a full disk) is not "another instance": it raises LockUnavailableError instead.
        """
        if not self._lock.tryLock(200):
            if self._lock.error() == QLockFile.LockError.LockFailedError:
                return False
            raise LockUnavailableError(
                f"DeskCRM cannot create its lock file {self._lock_path}: check that the folder"
                " exists and that you can write to it"
            )
        QLocalServer.removeServer(self._name)
        self._server = QLocalServer(self)
        self._server.listen(self._name)
        self._server.newConnection.connect(self._on_connection)
        return True

    def ask_owner_to_show(self) -> bool:
        socket = QLocalSocket()
        socket.connectToServer(self._name)
        if not socket.waitForConnected(1000):
            return False
        socket.write(b"show\n")
        socket.waitForBytesWritten(1000)
        socket.disconnectFromServer()
        return True

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
        self._lock.unlock()

    def _on_connection(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            connection = self._server.nextPendingConnection()
            connection.disconnected.connect(connection.deleteLater)
        self.activated.emit()
