"""The case form as it is being typed, kept as an encrypted draft so that a crash, a power
cut or a lock loses nothing (as `contacts.save_draft` does for the call screen).

A draft belongs to the person who typed it and to this desk (the table never syncs).
Its content is the form exactly as typed, unvalidated — a half-typed CNIC or a date of
birth in the future is kept as it is, for the form to refuse beside the field when the
case is saved. The form decides the shape (a JSON object); the core seals it, keeps
one draft per person and case (a new case has none yet: each new-case draft is its
own), and deletes it when the case is saved (`cases.save_case(..., draft_id=…)`) or the
changes are discarded.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import bindparam, delete, select, update

from ..domain.permissions import Action, CaseFacts, can_open_case, require
from ..errors import ValidationError
from ..persistence.base import utcnow
from ..persistence.database import Database
from ..persistence.models import Case, CaseDraft
from .accounts import UserSession
from .sealed import open_fields, seal

# Far above any form a person types (a narrative takes at most 20,000 characters), so a
# megabyte pasted into a field is kept for the form to refuse, yet a runaway form cannot
# fill the disk every five seconds.
MAX_DRAFT_CHARACTERS = 4_000_000

_DRAFTS = CaseDraft.__table__
_CASES = Case.__table__


@dataclass(frozen=True)
class CaseDraftRecord:
    id: uuid.UUID
    case_id: uuid.UUID | None
    reference: str | None     # the case's reference; None for a case not saved yet
    saved_at: datetime
    form: dict


def save_draft(database: Database, session: UserSession, draft_id: uuid.UUID,
               case_id: uuid.UUID | None, form: dict) -> None:
    """Keep `form` as the draft `draft_id` (created or replaced)."""
    require(session.actor, Action.EDIT_CASE)
    payload = json.dumps(form, ensure_ascii=False)
    if len(payload) > MAX_DRAFT_CHARACTERS:
        raise ValidationError("draft", "The form is too large to be kept as a draft.",
                              hint="Shorten the longest text.")
    sealed = seal(session.keys, "case_drafts", draft_id, {"form": payload})["form_ct"]
    with database.transaction() as c:
        owner = c.execute(select(_DRAFTS.c.user_id).where(_DRAFTS.c.id == draft_id)).first()
        if owner is None:
            c.execute(_DRAFTS.insert(), {"id": draft_id, "user_id": session.actor.user_id,
                                         "case_id": case_id, "saved_at": utcnow(),
                                         "form_ct": sealed})
            if case_id is not None:
                # One draft per person and case: an older one (another window, a crash
                # before this one) is replaced by what was typed last.
                c.execute(delete(_DRAFTS).where(
                    _DRAFTS.c.user_id == session.actor.user_id,
                    _DRAFTS.c.case_id == case_id, _DRAFTS.c.id != draft_id))
            return
        if owner.user_id != session.actor.user_id:
            raise ValidationError("draft", "This draft belongs to someone else.")
        c.execute(update(_DRAFTS).where(_DRAFTS.c.id == draft_id).values(
            form_ct=sealed, case_id=case_id, saved_at=utcnow()))


def delete_draft_in(connection, session: UserSession, draft_id: uuid.UUID) -> None:
    """Inside the caller's transaction (a saved case takes its draft with it)."""
    connection.execute(delete(_DRAFTS).where(_DRAFTS.c.id == draft_id,
                                             _DRAFTS.c.user_id == session.actor.user_id))


def discard(database: Database, session: UserSession, draft_id: uuid.UUID) -> None:
    """The person chose to throw the changes away."""
    with database.transaction() as c:
        delete_draft_in(c, session, draft_id)


_MINE = (select(_DRAFTS.c.id, _DRAFTS.c.case_id, _DRAFTS.c.saved_at, _DRAFTS.c.form_ct,
                _CASES.c.reference, _CASES.c.centre_id, _CASES.c.restricted,
                _CASES.c.counsellor_id, _CASES.c.lawyer_id)
         .outerjoin(_CASES, _CASES.c.id == _DRAFTS.c.case_id)
         .where(_DRAFTS.c.user_id == bindparam("user_id"))
         .order_by(_DRAFTS.c.saved_at.desc()))


def drafts(database: Database, session: UserSession) -> list[CaseDraftRecord]:
    """The signed-in person's drafts, newest first: what a crash left unsaved.

    A draft of a case the person may no longer open (it was restricted meanwhile) is
    not given back; it stays until the case opens to them again or they discard it."""
    require(session.actor, Action.EDIT_CASE)
    found = []
    with database.engine.connect() as c:
        rows = c.execute(_MINE, {"user_id": session.actor.user_id}).all()
    for row in rows:
        if row.case_id is not None and not can_open_case(session.actor, CaseFacts(
                row.centre_id, row.restricted, row.counsellor_id, row.lawyer_id)):
            continue
        text = open_fields(session.keys, "case_drafts", row.id, row, ("form",))[0]["form"]
        if not text:
            continue   # unreadable (a key this session lacks): left alone, not lost
        found.append(CaseDraftRecord(row.id, row.case_id, row.reference, row.saved_at,
                                     json.loads(text)))
    return found


def draft_of_case(database: Database, session: UserSession,
                  case_id: uuid.UUID) -> CaseDraftRecord | None:
    """The person's draft of this case, if a crash or a lock left one."""
    return next((d for d in drafts(database, session) if d.case_id == case_id), None)
