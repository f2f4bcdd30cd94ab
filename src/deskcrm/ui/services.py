"""The bundle of services a window needs: built in the Qt-free composition root
(deskcrm.bootstrap) and re-exported here for the GUI."""

from __future__ import annotations

from deskcrm.bootstrap import Services

__all__ = ["Services"]
