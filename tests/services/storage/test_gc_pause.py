"""Bulk work pauses the cycle collector and always gives back the setting it found."""

from __future__ import annotations

import gc

import pytest

from deskcrm.services.storage.gc_pause import gc_paused, without_gc


def test_paused_inside_and_restored_after_even_on_error() -> None:
    @without_gc
    def work() -> bool:
        return gc.isenabled()

    @without_gc
    def fails() -> None:
        raise ValueError("bad row")

    assert gc.isenabled()
    assert work() is False
    assert gc.isenabled()
    with pytest.raises(ValueError):
        fails()
    assert gc.isenabled()


def test_a_collector_already_off_stays_off() -> None:
    gc.disable()
    try:
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()
