"""Handover: what a counsellor needs at the start of a shift, "since my last shift".

The last shift began at the counsellor's previous sign-in, read from the audit trail, so
nothing extra is kept: contacts they left open, their centre's pending callbacks, their
follow-ups due today or overdue, and callers flagged at their centre since then.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, or_, select

from ..domain.pakistan_time import today_pk
from ..domain.permissions import Action, require
from ..persistence.base import utcnow
from ..persistence.database import Database
from ..persistence.models import AuditEvent, Callback, CallerFlag, Contact, FollowUp
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


@dataclass(frozen=True)
class Waiting:
    open_contacts: int
    callbacks: int
    follow_ups_due: int


def waiting(database: Database, session: UserSession, today: date | None = None) -> Waiting:
    """How much the handover holds, counted without opening anything (no key, no audit
    entry): the window chooses its first screen from it at sign-in."""
    require(session.actor, Action.HANDLE_CONTACT)
    actor = session.actor
    today = today or today_pk()
    with database.engine.connect() as c:
        open_contacts = c.scalar(select(func.count()).select_from(Contact).where(
            Contact.counsellor_id == actor.user_id, Contact.status == "in_progress"))
        pending = c.scalar(select(func.count()).select_from(Callback).where(
            Callback.status == "open",
            *([Callback.centre_id == actor.centre_id] if actor.centre_id else []),
            or_(Callback.assigned_to_id.is_(None), Callback.assigned_to_id == actor.user_id)))
        due = c.scalar(select(func.count()).select_from(FollowUp).where(
            FollowUp.assignee_id == actor.user_id, FollowUp.status == "planned",
            FollowUp.due_on <= today))
    return Waiting(open_contacts or 0, pending or 0, due or 0)


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
