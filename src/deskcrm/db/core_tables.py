"""The SQLModel tables of db.tables as SQLAlchemy Core Table objects, typed, for query
modules that build Core expressions (`select(contact.c.id).where(...)`)."""

from __future__ import annotations

from typing import cast

from sqlalchemy import Table
from sqlmodel import SQLModel

from deskcrm.db import tables


def table_of(model: type[SQLModel]) -> Table:
    return cast(Table, model.__table__)  # type: ignore[attr-defined]  # set by table=True


company = table_of(tables.Company)
contact = table_of(tables.Contact)
contact_email = table_of(tables.ContactEmail)
contact_phone = table_of(tables.ContactPhone)
contact_tag = table_of(tables.ContactTag)
deal = table_of(tables.Deal)
deal_stage_event = table_of(tables.DealStageEvent)
pipeline = table_of(tables.Pipeline)
purchase = table_of(tables.Purchase)
interaction = table_of(tables.Interaction)
mail_link = table_of(tables.MailLink)
mail_message = table_of(tables.MailMessage)
segment = table_of(tables.Segment)
stage = table_of(tables.Stage)
support_case = table_of(tables.SupportCase)
tag = table_of(tables.Tag)
task = table_of(tables.Task)
