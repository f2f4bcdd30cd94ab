"""The contact list: ids from the contact service's filter, rows fetched in pages."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal

from deskcrm.db.contact_queries import ContactFilter, ContactRow, ContactSort
from deskcrm.domain.dates import format_date
from deskcrm.domain.enums import Lifecycle
from deskcrm.domain.validation import display_phone
from deskcrm.errors import DeskCrmError
from deskcrm.services.contacts.contacts import ContactService
from deskcrm.ui.i18n import QT_TR_NOOP
from deskcrm.ui.models.paged_table_model import Column, PagedTableModel
from deskcrm.ui.taskmanager import TaskManager


def _lifecycle(row: ContactRow) -> str:
    try:
        return Lifecycle(row.lifecycle).label
    except ValueError:
        return row.lifecycle


COLUMNS: list[Column[ContactRow]] = [
    Column(QT_TR_NOOP("Name"), lambda r: r.name, ContactSort.NAME),
    Column(QT_TR_NOOP("Company"), lambda r: r.company, ContactSort.COMPANY),
    Column(QT_TR_NOOP("Email"), lambda r: r.email, ContactSort.EMAIL),
    Column(
        QT_TR_NOOP("Phone"), lambda r: display_phone(r.phone) if r.phone else "", ContactSort.PHONE
    ),
    Column(QT_TR_NOOP("City"), lambda r: r.city, ContactSort.CITY),
    Column(QT_TR_NOOP("Lifecycle"), _lifecycle, ContactSort.LIFECYCLE),
    Column(
        "Last contacted", lambda r: format_date(r.last_contacted_at), ContactSort.LAST_CONTACTED
    ),
]


class ContactTableModel(PagedTableModel[ContactRow]):
    """With a task manager, a search — or the whole list, but in an order by company or
    city — lists its first page at once (first_ids: a common prefix matches thousands, the
    whole list can be a million) and the rest when a background read brings the whole
    list: its rows are added after the first page, so what is shown and selected stays.
    `complete` says whether the whole list is in; `completed` is emitted when it comes.

    Signals:
    completed(): the whole list of a search is listed (after its first page).
    """

    completed = Signal()
    # The rest of a search's list is read once typing has paused this long: a read of the
    # whole list for each keystroke competes with the next keystroke's first page for
    # the interpreter (keystroke-to-repaint median 30 ms with it, p95 53; see
    # benchmarks/bench_typing.py).
    REST_AFTER_MS = 250

    def __init__(
        self, contacts: ContactService, parent: Any = None, tasks: TaskManager | None = None
    ) -> None:
        super().__init__(COLUMNS, contacts.rows, parent)
        self._contacts = contacts
        self._tasks = tasks
        self._generation = 0  # which reload a background read belongs to
        self.complete = True
        self._sorting = False  # a reload asked for by sort(): a new order, page first
        self.filter = ContactFilter()
        self._rest_timer = QTimer(self)
        self._rest_timer.setSingleShot(True)
        self._rest_timer.setInterval(self.REST_AFTER_MS)
        self._rest_timer.timeout.connect(self._read_rest)

    def set_filter(self, flt: ContactFilter) -> None:
        """List what `flt` finds (a search: its first page first, the rest after)."""
        self.filter = flt
        self._load(first_page_first=True)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sorting = True
        try:
            super().sort(column, order)  # reloads when the order changed
        finally:
            self._sorting = False

    def _sorted_filter(self) -> ContactFilter:
        return replace(
            self.filter, sort=ContactSort(self.sort_key or "name"), descending=self.descending
        )

    def fetch_ids(self) -> list[int]:
        return self._contacts.list_ids(self._sorted_filter())

    def all_ids(self) -> list[int]:
        """Every id of the list: those listed, or while a search's rest is on its way,
        the whole list read now (what a bulk action works on)."""
        return self.ids() if self.complete else self.fetch_ids()

    def reload(self) -> None:
        """Read the whole list again at once (after a change: what was selected can be
        found again at once); a new search or sort lists its first page first."""
        self._load(first_page_first=self._sorting)

    def _load(self, *, first_page_first: bool) -> None:
        self._generation += 1
        flt = self._sorted_filter()
        # Without a search the first page comes from the name index at once, and the
        # whole list behind it (a million ids: 0.2–0.4 s) is read on a worker — but for
        # an order by company or city, where the first page costs what the whole does.
        page_is_quick = bool(flt.text) or flt.sort not in (ContactSort.COMPANY, ContactSort.CITY)
        if self._tasks is None or not first_page_first or not page_is_quick:
            self.complete = True
            super().reload()
            return
        first = self._contacts.first_ids(flt, self.PAGE_SIZE)
        self.complete = len(first) < self.PAGE_SIZE  # (said before the views hear of it)
        self._reset_to(first)
        if self.complete:
            return
        # After a pause (again: a newer search waits its own): read at once, the rest
        # competed with the first page's paint as the window opened, and a cleared
        # search's with the next word's keystrokes (p95 327 ms at a million).
        self._rest_timer.start()

    def _read_rest(self) -> None:
        if self.complete or self._tasks is None:
            return
        generation, flt, contacts = self._generation, self._sorted_filter(), self._contacts
        started = self._tasks.run(
            lambda _context: contacts.list_ids(flt),
            lambda ids: self._on_whole_list(generation, ids),
            on_error=lambda _message: self._on_whole_list(generation, None),
            owner=self,
        )
        if not started:
            self._on_whole_list(generation, self._contacts.list_ids(flt))

    def _on_whole_list(self, generation: int, ids: list[int] | None) -> None:
        if generation != self._generation:
            return  # a newer search (or sort) has been listed since
        if ids is None:  # the read failed: read it here rather than list a part
            try:
                ids = self.fetch_ids()
            except DeskCrmError:
                ids = list(self._ids)  # the database is gone: what is listed is all
        self.complete = True
        self._extend_to(ids)
        self.completed.emit()
