"""Writing files the user asked for: atomically, readable by the user only."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from deskcrm.errors import DeskCrmError


@contextmanager
def open_atomically(path: Path) -> Iterator[IO[bytes]]:
    """A file to write as you go, under a temporary name beside `path`, renamed into place
    once whole and readable by the user only; on any failure nothing is left behind and
    the message names the file. Streaming exports write through it, so a million contacts
    are never held whole."""
    path = Path(path)
    if path.is_dir():
        raise DeskCrmError(f"{path} is a folder; give a file name")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent or Path("."))
    except OSError as exc:
        raise DeskCrmError(f"cannot write {path}: {exc.strerror}") from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise DeskCrmError(f"cannot write {path}: {exc.strerror}") from exc
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_atomically(path: Path, payload: bytes) -> None:
    """`payload` written whole through open_atomically."""
    with open_atomically(path) as fh:
        fh.write(payload)
