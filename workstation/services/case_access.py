"""The one check before touching anything of a case: it exists, and this person may open it."""

from __future__ import annotations

import uuid

from sqlalchemy import bindparam, select

from ..domain.permissions import CaseFacts, require_case
from ..errors import ValidationError
from ..persistence.models import Case
from .accounts import UserSession

_FACTS = select(Case.centre_id, Case.restricted, Case.counsellor_id, Case.lawyer_id).where(
    Case.id == bindparam("case_id"))


def case_facts(connection, case_id: uuid.UUID) -> CaseFacts:
    row = connection.execute(_FACTS, {"case_id": case_id}).first()
    if row is None:
        raise ValidationError("case", "There is no such case.")
    return CaseFacts(*row)


def require_case_access(connection, session: UserSession, case_id: uuid.UUID) -> CaseFacts:
    """Raise ValidationError for an unknown case, PermissionDenied for one closed to this
    person; return the case's facts otherwise."""
    facts = case_facts(connection, case_id)
    require_case(session.actor, facts)
    return facts
