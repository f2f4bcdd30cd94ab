"""The start window: shown at once where the main window will be (its saved geometry, the
last theme), titled so that nothing takes it for the main window; and PySide's question
"does this module use PySide?" answered without reading sources through inspect, with the
same answers."""

from __future__ import annotations

import inspect
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QLabel

from deskcrm import config
from deskcrm.ui import start_window
from deskcrm.ui.start_window import StartWindow, install_quick_feature_check, uses_pyside


def _pyside_in_source(module: object) -> bool:
    """shiboken's own test: the module's source names PySide6."""
    try:
        return "PySide6" in inspect.getsource(module)  # type: ignore[arg-type]
    except (TypeError, OSError, SyntaxError):
        return False


def test_the_quick_check_answers_as_shibokens_own_for_every_loaded_module() -> None:
    import deskcrm.ui.mainwindow  # noqa: F401  (a module that uses PySide, and its imports)

    modules = [m for name, m in sorted(sys.modules.items()) if name.startswith(("deskcrm", "json"))]
    assert len(modules) > 100
    for module in modules:
        assert uses_pyside(module) == _pyside_in_source(module), module.__name__
    assert uses_pyside(sys.modules["deskcrm.ui.mainwindow"])
    assert not uses_pyside(sys.modules["deskcrm.domain.money"])
    assert not uses_pyside(sys)  # built in: no source


def test_installing_the_quick_check_replaces_shibokens(qapp: QApplication) -> None:
    feature = pytest.importorskip("shibokensupport.feature")
    assert install_quick_feature_check()
    assert feature._mod_uses_pyside is uses_pyside
    assert install_quick_feature_check()  # twice is once


@pytest.fixture
def ui_state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> QSettings:
    path = tmp_path / "ui-state.ini"
    monkeypatch.setattr(config, "ui_settings_path", lambda: path)
    return QSettings(str(path), QSettings.Format.IniFormat)


def test_the_start_window_takes_the_main_windows_saved_place(qtbot, ui_state) -> None:
    from PySide6.QtWidgets import QMainWindow

    main = QMainWindow()
    qtbot.addWidget(main)
    main.resize(640, 470)  # within the test screen
    main.show()
    qtbot.waitExposed(main)
    ui_state.setValue(start_window.GEOMETRY_KEY, main.saveGeometry())
    ui_state.sync()
    start = StartWindow("/home/anna/<b>crm</b>.sqlite3")
    qtbot.addWidget(start)
    start.show_now()
    assert start.isVisible()
    # Where the main window, restoring the same saved geometry, will be.
    again = QMainWindow()
    qtbot.addWidget(again)
    again.restoreGeometry(ui_state.value(start_window.GEOMETRY_KEY))
    again.show()
    qtbot.waitExposed(again)
    assert start.geometry() == again.geometry()
    assert start.size() == main.size()
    # Named by what it opens, plain text; not a title tools take for the main window.
    assert start.windowTitle() == "Opening /home/anna/<b>crm</b>.sqlite3…"
    assert not start.windowTitle().startswith("DeskCRM")
    label = start.centralWidget()
    assert isinstance(label, QLabel) and label.textFormat().name == "PlainText"


def test_a_first_start_has_the_main_windows_first_size(qtbot, ui_state) -> None:
    start = StartWindow("crm.sqlite3")
    qtbot.addWidget(start)
    assert (start.width(), start.height()) == (1280, 800)


def test_the_last_theme_is_remembered_for_the_next_start(ui_state) -> None:
    assert start_window.last_theme() == "system"
    start_window.remember_theme("dark")
    assert start_window.last_theme() == "dark"


def test_once_the_main_window_shows_what_the_start_made_is_set_aside_from_the_collector() -> None:
    # run_gui pauses the cycle collector while the start makes its lasting objects;
    # settle_collector sets them aside (gc.freeze) and turns collection on again, once.
    import gc

    from deskcrm.app import settle_collector

    gc.disable()
    try:
        settle_collector()
        assert gc.isenabled()
        frozen = gc.get_freeze_count()
        assert frozen > 1000  # the modules, classes and objects alive now
        kept = [object()]  # made after: not set aside by a second call
        settle_collector()
        assert gc.get_freeze_count() == frozen and kept
    finally:
        gc.unfreeze()
        gc.enable()
