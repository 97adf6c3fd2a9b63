"""Handover: what a counsellor needs at the start of a shift, "since my last shift".

The last shift began at the counsellor's previous sign-in, read from the audit trail, so
nothing extra is kept: contacts they left open, their centre's pending callbacks, their
follow-ups due today or overdue, and callers flagged at their centre since then.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from ..domain.permissions import Action, require
from ..persistence.base import utcnow
from ..persistence.database import Database
from ..persistence.models import AuditEvent, CallerFlag
from . import callbacks, contacts, follow_ups
from .accounts import UserSession


@dataclass(frozen=True)
class Handover:
    since: datetime | None  # the start of the previous shift; None at a first sign-in
    open_contacts: list[contacts.OpenDraft]
    callbacks: list[callbacks.WorkItem]
    follow_ups_due: list[follow_ups.FollowUpItem]
    callers_flagged: int  # numbers only count here; the screen pop shows the flag


def previous_shift_start(database: Database, session: UserSession) -> datetime | None:
    """The sign-in before the current one."""
    with database.engine.connect() as c:
        starts = c.execute(select(AuditEvent.occurred_at).where(
            AuditEvent.user_id == session.actor.user_id, AuditEvent.action == "sign_in")
            .order_by(AuditEvent.occurred_at.desc()).limit(2)).scalars().all()
    return starts[1] if len(starts) == 2 else None


def handover(database: Database, session: UserSession, today: date | None = None) -> Handover:
    require(session.actor, Action.HANDLE_CONTACT)
    since = previous_shift_start(database, session)
    with database.engine.connect() as c:
        flagged = len(c.execute(select(CallerFlag.id).where(
            CallerFlag.centre_id == session.actor.centre_id,
            CallerFlag.expires_at > utcnow(),
            *([CallerFlag.created_at >= since] if since else []))).all())
    return Handover(since, contacts.open_drafts(database, session),
                    callbacks.worklist(database, session),
                    follow_ups.due(database, session, today), flagged)
