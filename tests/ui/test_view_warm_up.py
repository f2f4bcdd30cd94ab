"""The other views' code is loaded while the window is idle, so their first showing only
builds them: tried in a process of its own (this one has long imported every view)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PROBE = r"""
import sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
from deskcrm.app import build_main_window
from deskcrm.ui.views import view_stack

app = QApplication([])
window = build_main_window(Path(sys.argv[1]), Path(sys.argv[2]))
window.show()
app.processEvents()
before = [name for name in view_stack.WARM_UP_MODULES if name in sys.modules]
end = time.monotonic() + 30
while time.monotonic() < end and not all(m in sys.modules for m in view_stack.WARM_UP_MODULES):
    app.processEvents()
    time.sleep(0.01)
after = [name for name in view_stack.WARM_UP_MODULES if name in sys.modules]
print(len(before), len(after), len(view_stack.WARM_UP_MODULES), window.stack.current_name())
window.close()
"""


def test_the_other_views_load_while_the_window_is_idle(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    out = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "crm.sqlite3"), str(tmp_path / "ui.ini")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )
    before, after, wanted, shown = out.stdout.split()
    assert before == "0"  # not at start: the window came first
    assert after == wanted  # then each, in the idle time after
    assert shown == "contacts"  # loaded, not shown
