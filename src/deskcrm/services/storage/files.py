"""Writing files the user asked for: atomically, readable by the user only."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from deskcrm.errors import DeskCrmError


def write_atomically(path: Path, payload: bytes) -> None:
    """Write to a temporary file beside `path`, then rename it into place; on any failure
    nothing is left behind and the message names the file."""
    path = Path(path)
    if path.is_dir():
        raise DeskCrmError(f"{path} is a folder; give a file name")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent or Path("."))
    except OSError as exc:
        raise DeskCrmError(f"cannot write {path}: {exc.strerror}") from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise DeskCrmError(f"cannot write {path}: {exc.strerror}") from exc
