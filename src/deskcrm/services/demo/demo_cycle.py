"""Demo data for the rest of the customer cycle: support cases with their threads,
satisfaction answers whose comments fit their scores, and a few saved segments."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from deskcrm.db import core_tables, dbapi, demo_queries
from deskcrm.db.types import to_db_timestamp
from deskcrm.domain.segments import SegmentConditions

CASE_TITLES = (
    "Parcel arrived damaged",
    "Invoice shows the wrong address",
    "Grinder makes a rattling noise",
    "Wants to change the delivery day",
    "Refund not received yet",
    "Login to the shop fails",
    "Missing item in the order",
    "Question about the warranty",
)
CUSTOMER_WORDS = (
    "Hello, this is the second time it happens. Can you help?",
    "Any news on this? I am waiting for an answer.",
    "Photo attached — the box was open when it came.",
    "Thanks, that worked!",
)
MY_WORDS = (
    "Sorry about that — a replacement is on its way.",
    "I have checked with the carrier and will get back to you tomorrow.",
    "Could you send a photo of the label, please?",
    "Refund issued today; it takes 3–5 working days.",
)
HAPPY_WORDS = (
    "",
    "",
    "Fast delivery, lovely packaging.",
    "Great coffee, will order again.",
    "Support was very helpful.",
)
UNHAPPY_WORDS = (
    "",
    "Took too long to arrive.",
    "Price went up again.",
    "The grinder broke after a month.",
    "Nobody answered my email.",
)


def add_cases_and_feedback(
    session: Session, rng: random.Random, customers: list[int], now: datetime
) -> None:
    """About one customer in 25 has had a support case; one in 5 answered a survey."""
    day = timedelta(days=1)
    first_case = demo_queries.next_id(session, core_tables.support_case)
    case_rows, note_rows, feedback_rows = [], [], []
    for offset, cid in enumerate(rng.sample(customers, len(customers) // 25)):
        case_id = first_case + offset
        opened = now - day * rng.randint(0, 120) - timedelta(hours=rng.randint(0, 9))
        roll = rng.random()
        status = "resolved" if roll < 0.7 else "waiting" if roll < 0.8 else "open"
        closed = opened + day * rng.randint(0, 12) if status == "resolved" else None
        if closed is not None and closed > now:
            closed = now
        stamp = to_db_timestamp(opened)
        case_rows.append(
            (
                case_id,
                rng.choice(CASE_TITLES),
                cid,
                status,
                rng.choice((0, 2, 2, 3)),
                stamp,
                to_db_timestamp(closed) if closed else None,
                stamp,
                stamp,
            )
        )
        note_rows.append((case_id, "customer", rng.choice(CUSTOMER_WORDS), stamp))
        # Most cases got an answer; some open ones still wait for one.
        if status != "open" or rng.random() < 0.5:
            replied = min(opened + timedelta(hours=rng.randint(1, 30)), now)
            note_rows.append((case_id, "me", rng.choice(MY_WORDS), to_db_timestamp(replied)))
    for cid in rng.sample(customers, len(customers) // 5):
        answered = to_db_timestamp(now - day * rng.randint(0, 360))
        if rng.random() < 0.7:
            score = rng.choices(range(11), weights=(1, 1, 1, 1, 2, 2, 4, 8, 14, 20, 22))[0]
            kind = "nps"
        else:
            score = rng.choices(range(1, 6), weights=(1, 2, 4, 10, 12))[0]
            kind = "csat"
        unhappy = score <= (6 if kind == "nps" else 2)
        words = rng.choice(UNHAPPY_WORDS if unhappy else HAPPY_WORDS)
        feedback_rows.append((cid, kind, score, answered, words, answered))
    dbapi.insert_rows(
        session,
        "support_case",
        (
            "id",
            "title",
            "contact_id",
            "status",
            "priority",
            "opened_at",
            "closed_at",
            "created_at",
            "updated_at",
        ),
        case_rows,
    )
    dbapi.insert_rows(session, "case_note", ("case_id", "author", "body", "written_at"), note_rows)
    dbapi.insert_rows(
        session,
        "feedback",
        ("contact_id", "kind", "score", "answered_at", "comment", "created_at"),
        feedback_rows,
    )


def add_segments(session: Session, now: datetime) -> None:
    """A few saved segments a shop owner would make (only where none exist yet)."""
    if demo_queries.has_segments(session):
        return
    spring = (now - timedelta(days=120)).date()
    examples = (
        (
            "Bought twice, not since spring",
            SegmentConditions(purchases_min=2, last_purchase_before=spring),
        ),
        ("VIP customers", SegmentConditions(tags_any=("VIP",), lifecycles=("customer",))),
        (
            "Leads not contacted in 60 days",
            SegmentConditions(lifecycles=("lead",), not_contacted_days=60),
        ),
        (
            "Newsletter, no open deal",
            SegmentConditions(tags_any=("Newsletter",), has_open_deal=False),
        ),
    )
    stamp = to_db_timestamp(now)
    dbapi.insert_rows(
        session,
        "segment",
        ("name", "conditions", "position", "created_at", "updated_at"),
        [(name, c.to_json(), i, stamp, stamp) for i, (name, c) in enumerate(examples)],
    )
