"""A contact's history: interactions (calls, meetings, emails, notes) and purchases."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import Session

from deskcrm.db import interaction_queries, lifecycle, trash
from deskcrm.db.engine import Database
from deskcrm.db.tables import Contact, Interaction, Purchase
from deskcrm.domain import validation
from deskcrm.domain.dates import ensure_utc, utc_now
from deskcrm.domain.enums import InteractionKind
from deskcrm.domain.messages import tr
from deskcrm.domain.money import is_currency_code, totals_by_currency
from deskcrm.errors import NotFoundError, ValidationError
from deskcrm.services.changes import Changes, Created, owned_changes


@dataclass(frozen=True)
class InteractionEntry:
    id: int
    kind: str
    occurred_at: datetime
    summary: str
    body: str


@dataclass(frozen=True)
class InteractionEdit:
    """What the entry's form holds: what an edit writes, and what its undo writes back."""

    kind: str
    occurred_at: datetime
    summary: str
    body: str = ""


@dataclass(frozen=True)
class PurchaseEntry:
    id: int
    purchased_at: datetime
    description: str
    quantity: int
    amount_minor: int
    currency: str


@dataclass(frozen=True)
class PurchaseSummary:
    count: int
    lifetime_value: dict[str, int]  # per currency, never added across currencies
    last_purchase_at: datetime | None


class TimelineService:
    def __init__(self, db: Database, now: Callable[[], datetime] = utc_now) -> None:
        self._db = db
        self._now = now

    def log_interaction(
        self,
        contact_id: int,
        kind: str,
        summary: str,
        body: str = "",
        occurred_at: datetime | None = None,
        deal_id: int | None = None,
    ) -> Created:
        kind, summary, body = _checked(kind, summary, body)
        when = ensure_utc(occurred_at) if occurred_at else self._now()
        with self._db.transaction() as session:
            contact = trash.live(session, Contact, contact_id)
            if contact is None:
                raise NotFoundError(f"Contact {contact_id} does not exist or is in the trash")
            entry = Interaction(
                contact_id=contact_id,
                deal_id=deal_id,
                kind=kind,
                occurred_at=when,
                summary=summary,
                body=body,
            )
            session.add(entry)
            if contact.last_contacted_at is None or contact.last_contacted_at < when:
                contact.last_contacted_at = when
                session.add(contact)
            session.flush()
            assert entry.id is not None
            # The contact's "last contacted" may have moved too.
            changes = _of(session, Interaction, "interactions", [entry.id])
            return Created(entry.id, changes)

    def interaction(self, interaction_id: int) -> InteractionEntry:
        """One entry of a timeline, in full (to open or edit it)."""
        with self._db.reading() as session:
            entry = trash.live(session, Interaction, interaction_id)
            if entry is None or entry.id is None:
                raise NotFoundError(f"Timeline entry {interaction_id} is gone")
            return InteractionEntry(
                entry.id, entry.kind, entry.occurred_at, entry.summary, entry.body
            )

    def update_interaction(self, interaction_id: int, edit: InteractionEdit) -> Changes:
        """Rewrite an entry's kind, time, summary and details (undo writes the entry as it
        was opened back the same way). The contact's "last contacted" follows the entry's
        time when it came from this entry, and rises when the entry moves later."""
        kind, summary, body = _checked(edit.kind, edit.summary, edit.body)
        when = ensure_utc(edit.occurred_at)
        with self._db.transaction() as session:
            entry = trash.live(session, Interaction, interaction_id)
            if entry is None or entry.id is None:
                raise NotFoundError(f"Timeline entry {interaction_id} is gone")
            contact = session.get(Contact, entry.contact_id)
            before = ensure_utc(entry.occurred_at)
            entry.kind, entry.summary, entry.body, entry.occurred_at = kind, summary, body, when
            session.add(entry)
            session.flush()
            if contact is not None:
                last = contact.last_contacted_at
                if last is not None and ensure_utc(last) == before:
                    # It was this entry's time: now the latest of the contact's entries.
                    contact.last_contacted_at = interaction_queries.latest_interaction_at(
                        session, contact.id or 0
                    )
                elif last is None or ensure_utc(last) < when:
                    contact.last_contacted_at = when
                session.add(contact)
            return _of(session, Interaction, "interactions", [entry.id])

    def delete_interactions(self, interaction_ids: list[int]) -> Changes:
        """To the trash; the Changes name the ids actually moved (for undo)."""
        with self._db.transaction() as session:
            moved = trash.move_to_trash(session, Interaction, interaction_ids, self._now())
            return _of(session, Interaction, "interactions", moved)

    def restore_interactions(self, interaction_ids: list[int]) -> Changes:
        with self._db.transaction() as session:
            trash.restore_from_trash(session, Interaction, interaction_ids)
            return _of(session, Interaction, "interactions", interaction_ids)

    def interactions(self, contact_id: int) -> list[InteractionEntry]:
        """Newest first."""
        with self._db.reading() as session:
            rows = interaction_queries.live_interactions(session, contact_id)
        return [InteractionEntry(*row) for row in rows]

    def record_purchase(
        self,
        contact_id: int,
        description: str,
        amount_minor: int,
        currency: str,
        purchased_at: datetime | None = None,
        quantity: int = 1,
    ) -> Created:
        errors = {}
        currency = currency.strip().upper()
        if not is_currency_code(currency):
            errors["currency"] = tr("Use a three-letter ISO code such as EUR")
        if amount_minor < 0:
            errors["amount"] = tr("An amount cannot be negative")
        if quantity < 1:
            errors["quantity"] = tr("At least 1")
        description = validation.clean_text(description, limit=500)
        if not description:
            errors["description"] = tr("Say what was bought")
        if errors:
            raise ValidationError(errors)
        with self._db.transaction() as session:
            contact = trash.live(session, Contact, contact_id)
            if contact is None:
                raise NotFoundError(f"Contact {contact_id} does not exist or is in the trash")
            purchase = Purchase(
                contact_id=contact_id,
                purchased_at=ensure_utc(purchased_at) if purchased_at else self._now(),
                description=description,
                quantity=quantity,
                amount_minor=amount_minor,
                currency=currency,
            )
            session.add(purchase)
            session.flush()
            assert purchase.id is not None
            # A first purchase (or any, by a lead or former customer) makes a customer.
            lifecycle.promote_to_customer(
                session, contact_id, purchase.purchased_at, _purchase_cause(purchase.id)
            )
            # The contact's lifecycle stage may have moved too.
            return Created(purchase.id, _of(session, Purchase, "purchases", [purchase.id]))

    def delete_purchases(self, purchase_ids: list[int]) -> Changes:
        """To the trash (for undo, the Changes name the ids actually moved). A promotion to
        customer that recording one of them made is taken back, while it is the contact's
        latest change of stage (a change made since stands)."""
        now = self._now()
        with self._db.transaction() as session:
            moved = trash.move_to_trash(session, Purchase, purchase_ids, now)
            # Newest purchase first: its promotion, if any, is the later event.
            for purchase_id in sorted(moved, reverse=True):
                purchase = session.get(Purchase, purchase_id)
                assert purchase is not None
                lifecycle.take_back_promotion(
                    session, purchase.contact_id, _purchase_cause(purchase_id), now
                )
            return _of(session, Purchase, "purchases", moved)

    def restore_purchases(self, purchase_ids: list[int]) -> Changes:
        """Out of the trash, by the same rule as recording them: a lead, prospect or former
        customer whose purchase comes back is a customer again (redo of a recording puts
        back the promotion its undo took away, with the same date and cause)."""
        with self._db.transaction() as session:
            in_trash = [
                purchase
                for purchase in (session.get(Purchase, pid) for pid in sorted(purchase_ids))
                if purchase is not None and purchase.deleted_at is not None
            ]
            for purchase in in_trash:
                purchase.deleted_at = None
                session.add(purchase)
            session.flush()
            for purchase in in_trash:
                assert purchase.id is not None
                lifecycle.promote_to_customer(
                    session,
                    purchase.contact_id,
                    purchase.purchased_at,
                    _purchase_cause(purchase.id),
                )
            return _of(session, Purchase, "purchases", [p.id for p in in_trash if p.id])

    def purchases(self, contact_id: int) -> list[PurchaseEntry]:
        """Newest first."""
        with self._db.reading() as session:
            rows = interaction_queries.live_purchases(session, contact_id)
            return [
                PurchaseEntry(
                    p.id,  # type: ignore[arg-type]
                    p.purchased_at,
                    p.description,
                    p.quantity,
                    p.amount_minor,
                    p.currency,
                )
                for p in rows
            ]

    def purchase_summary(self, contact_id: int) -> PurchaseSummary:
        with self._db.reading() as session:
            rows = interaction_queries.live_purchase_amounts(session, contact_id)
        return PurchaseSummary(
            count=len(rows),
            lifetime_value=totals_by_currency([(r[0], r[1]) for r in rows]),
            last_purchase_at=max((r[2] for r in rows), default=None),
        )


def _purchase_cause(purchase_id: int) -> str:
    """The cause a purchase's promotion to customer is recorded under."""
    return f"purchase {purchase_id}"


def _checked(kind: str, summary: str, body: str) -> tuple[str, str, str]:
    """An entry's kind, summary and details as stored, or ValidationError naming each
    field that is wrong."""
    errors = {}
    try:
        kind = InteractionKind(kind).value
    except ValueError:
        errors["kind"] = f"Unknown kind “{kind}”"
    summary = validation.clean_text(summary, limit=500)
    if not summary and not body.strip():
        errors["summary"] = tr("Write a short summary")
    if errors:
        raise ValidationError(errors)
    return kind, summary, validation.clean_text(body)


def _of(session: Session, model: type[Any], kind: str, ids: list[int]) -> Changes:
    """Timeline entries appeared or left; their contacts' own fields (last contacted,
    lifecycle stage) may have changed with them."""
    changes = owned_changes(session, model, kind, ids, reshaped=True)
    return changes | Changes.of(contacts=changes.owners)
