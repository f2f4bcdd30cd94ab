"""A helper process that parses phone numbers for a large import, and what it runs.

This module imports only what the helper needs (the phone rules): a spawned process
imports it afresh, and the rest of the import machinery would cost it a second or more
before it parsed its first number."""

from __future__ import annotations

import ctypes
import gc
import multiprocessing
import os
import signal
import sys
import threading
import time
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import get_context

from deskcrm.domain import validation

# How often a helper process looks whether the import that started it is still there.
PARENT_WATCH_SECONDS = 0.5


def parse_phones(wanted: list[tuple[str, str]]) -> list[tuple[str, str, bool]]:
    """(E.164 or text as typed, national digits, checked) for each (region, phone)."""
    parsed: list[tuple[str, str, bool]] = []
    for region, raw in wanted:
        phone = validation.read_phone(raw, region)
        parsed.append((phone.e164, phone.national_digits, phone.checked))
    return parsed


def _parse_phones_in_helper(wanted: list[tuple[str, str]]) -> list[tuple[str, str, bool]]:
    gc.disable()  # a short-lived process making many objects: collecting is wasted work
    return parse_phones(wanted)


def _exit_with_parent(parent_pid: int) -> None:
    """The helper's initializer: it ends as soon as the import that started it does, even
    one killed with SIGKILL (which runs no clean-up in the parent)."""
    if sys.platform.startswith("linux"):
        # The kernel kills us when our parent goes. (Strictly: when the parent *thread*
        # that started us ends; an import keeps that thread until it closes the helper.)
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGKILL)  # 1 = PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent_pid:  # gone before the line above took effect
        os._exit(1)
    # Everywhere else (and as a second line of defence), a thread that watches.
    threading.Thread(
        target=_watch_parent, args=(parent_pid,), name="watch-parent", daemon=True
    ).start()


def _watch_parent(parent_pid: int) -> None:
    parent = multiprocessing.parent_process()  # its sentinel tells when it is gone
    while True:
        if os.getppid() != parent_pid or (parent is not None and not parent.is_alive()):
            os._exit(1)
        time.sleep(PARENT_WATCH_SECONDS)


class PhoneHelper:
    """A helper process that parses phone numbers. Starting one takes ~0.3 s, so an import
    starts it before reading the file and the start-up overlaps the reading."""

    def __init__(self) -> None:
        self._pool: ProcessPoolExecutor | None = None
        self._jobs: list[Future[list[tuple[str, str, bool]]]] = []
        try:
            # "spawn": safe next to the GUI's threads, unlike fork. ProcessPoolExecutor
            # starts its process on the first job: a tiny one, right away.
            self._pool = ProcessPoolExecutor(
                max_workers=1,
                mp_context=get_context("spawn"),
                initializer=_exit_with_parent,
                initargs=(os.getpid(),),
            )
            self._jobs.append(self._pool.submit(_parse_phones_in_helper, [("", "+1 202 555 0100")]))
        except (OSError, RuntimeError):
            self._pool = None

    def submit(self, wanted: list[tuple[str, str]]) -> Future[list[tuple[str, str, bool]]] | None:
        if self._pool is None:
            return None
        try:
            job = self._pool.submit(_parse_phones_in_helper, wanted)
        except (OSError, RuntimeError, BrokenProcessPool):
            return None
        self._jobs.append(job)
        return job

    def close(self) -> None:
        if self._pool is not None:
            # After a cancel the helper finishes its share and exits on its own.
            self._pool.shutdown(wait=all(job.done() for job in self._jobs), cancel_futures=True)
            self._pool = None
