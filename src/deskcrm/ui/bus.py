"""The GUI's change bus: every write the GUI makes is announced once, as a Changes record
saying which kinds of records changed and which ids; each view decides what to refresh."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

# Re-exported: Changes and KINDS live in the Qt-free services layer (services return them).
from deskcrm.services.changes import KINDS, Changes

__all__ = ["KINDS", "ChangeBus", "Changes"]


class ChangeBus(QObject):
    """One per main window; views subscribe to `changed` and refresh what they show.

    Signals:
    changed(Changes): a write was made, undone or redone.
    """

    changed = Signal(object)

    def announce(self, changes: Changes) -> None:
        if changes:
            self.changed.emit(changes)
