"""Undoable commands pushed on the main window's QUndoStack (Edit ▸ Undo, Ctrl+Z)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand


class TrashCommand(QUndoCommand):
    """Moves records to the trash (or, with restoring=True, out of it); undo reverses."""

    def __init__(
        self,
        text: str,
        ids: list[int],
        move_to_trash: Callable[[list[int]], list[int]],
        restore: Callable[[list[int]], None],
        on_change: Callable[[], None],
        *,
        restoring: bool = False,
    ) -> None:
        super().__init__(text)
        self._ids = list(ids)
        self._move_to_trash = move_to_trash
        self._restore = restore
        self._on_change = on_change
        self._restoring = restoring

    def redo(self) -> None:
        self._apply(to_trash=not self._restoring)

    def undo(self) -> None:
        self._apply(to_trash=self._restoring)

    def _apply(self, *, to_trash: bool) -> None:
        if to_trash:
            # Only what was really moved is restored on undo.
            self._ids = self._move_to_trash(self._ids)
        else:
            self._restore(self._ids)
        self._on_change()
