"""What a start shows at once: a window where the main window will be (its saved size and
place, the last theme), saying which database is being opened, while the rest of DeskCRM
loads (SQLAlchemy, the tables and services: most of a second) and the database opens. The
main window replaces it as soon as it is shown; a dialog asked for meanwhile (a passphrase,
the welcome) comes up in front of it.

Loading after Qt is only cheap with the quicker PySide check installed here first: once
PySide6 is imported it asks, of every module imported after it, whether the module uses
PySide (for `from __feature__ import …`, which DeskCRM does not use) by reading its source
through `inspect` — about 0.1 s for the few hundred modules of a start.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from deskcrm import config
from deskcrm.ui.i18n import tr

# The main window's own key for its geometry (MainWindow.save_state writes it).
GEOMETRY_KEY = "main/geometry"
# The theme the last window was shown in, for the next start's first paint.
THEME_KEY = "start/theme"


def install_quick_feature_check() -> bool:
    """PySide's question "does this module use PySide?" answered from the module's file
    as bytes (the same test its own check makes, on the same text), not through
    `inspect` and linecache. False if this PySide has no such check to replace."""
    try:
        import shibokensupport.feature as feature  # type: ignore[import-not-found]
    except ImportError:
        return False
    if not hasattr(feature, "_mod_uses_pyside"):
        return False
    if getattr(feature._mod_uses_pyside, "deskcrm_quick", False):
        return True
    feature._mod_uses_pyside = uses_pyside
    return True


def uses_pyside(module: object) -> bool:
    """Whether the module's source names PySide6 (what shiboken's check asks; a module
    without a source file, like a compiled one, does not)."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


uses_pyside.deskcrm_quick = True  # type: ignore[attr-defined]


def _ui_state() -> QSettings:
    return QSettings(str(config.ui_settings_path()), QSettings.Format.IniFormat)


def last_theme() -> str:
    theme = _ui_state().value(THEME_KEY, "system")
    return theme if isinstance(theme, str) else "system"


def remember_theme(theme: str) -> None:
    state = _ui_state()
    state.setValue(THEME_KEY, theme)
    state.sync()


class StartWindow(QMainWindow):
    """Where the main window will be, saying what is being opened."""

    def __init__(self, shown_location: str) -> None:
        super().__init__()
        text = tr("Opening {name}…").format(name=shown_location)
        # Not "DeskCRM …": the main window's title is, and tools find it by that.
        self.setWindowTitle(text)
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        self.setCentralWidget(label)
        geometry = _ui_state().value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)  # MainWindow's first size

    def show_now(self, wait_s: float = 0.3) -> None:
        """Shown and painted before the caller goes on loading (which holds the event
        loop): the window system is given up to `wait_s` to map it."""
        self.show()
        app = QApplication.instance()
        if app is None:
            return
        deadline = time.monotonic() + wait_s
        while time.monotonic() < deadline:
            app.processEvents()
            handle = self.windowHandle()
            if handle is not None and handle.isExposed():
                self.repaint()
                app.processEvents()
                return
            time.sleep(0.002)
