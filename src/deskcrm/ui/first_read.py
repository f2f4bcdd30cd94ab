"""A view's first read on a worker thread (the Tasks list, the Pipeline board, the Cases
list): the view shows at once and fills in when the read is back, unless the view read
again meanwhile (a write, a filter) — then that newer read is the one shown. A read that
fails on its thread is made again on the GUI thread, where its error is said."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QObject

from deskcrm.ui.taskmanager import TaskManager

T = TypeVar("T")


class Reads(Generic[T]):
    """Numbers a view's reads so that one started before a newer one is not shown."""

    def __init__(self, owner: QObject, tasks: TaskManager | None) -> None:
        self._owner = owner
        self._tasks = tasks
        self._generation = 0

    def newer(self) -> None:
        """A read made now, on this thread: any read still out is older."""
        self._generation += 1

    def token(self) -> int:
        """What a read started now is checked against when it is back (is_current)."""
        return self._generation

    def is_current(self, token: int) -> bool:
        """No read was made since the one `token` was taken for."""
        return token == self._generation

    def start_first(
        self,
        read: Callable[[], T],
        show: Callable[[T], None],
        read_here: Callable[[], None],
    ) -> bool:
        """Run `read` on a worker; `show` its result on the GUI thread unless a newer
        read was made since; `read_here` if it failed on its thread. False when there is
        no worker to run it (the caller then reads here)."""
        if self._tasks is None:
            return False
        self._generation += 1
        generation = self._generation

        def back(result: T | None, failed: bool) -> None:
            if not self.is_current(generation):
                return  # read again since: that one is newer
            if failed:
                read_here()
                return
            show(result)  # type: ignore[arg-type]

        return self._tasks.run(
            lambda _context: read(),
            lambda result: back(result, False),
            on_error=lambda _message: back(None, True),
            owner=self._owner,
        )
