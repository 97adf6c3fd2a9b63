"""The case status workflow: new → open → referred / in court → closed.

A case moves forward freely between the working states; closing is allowed from any of
them; a closed case opens again only with a written reason, so the history says why.
"""

from __future__ import annotations

from ..errors import ValidationError
from .vocab import CaseStatus

NEW, OPEN, REFERRED, IN_COURT, CLOSED = (CaseStatus.NEW, CaseStatus.OPEN, CaseStatus.REFERRED,
                                          CaseStatus.IN_COURT, CaseStatus.CLOSED)
ALLOWED = {
    NEW: {OPEN, REFERRED, IN_COURT, CLOSED},
    OPEN: {REFERRED, IN_COURT, CLOSED},
    REFERRED: {OPEN, IN_COURT, CLOSED},
    IN_COURT: {OPEN, REFERRED, CLOSED},
    CLOSED: {OPEN},  # reopening, with a reason
}


def check_transition(old: str | None, new: str, reason: str | None) -> bool:
    """Raise ValidationError("status") for a move the workflow does not allow; return True
    when the move is a change worth recording in the history."""
    if old is None or old == new:
        return old is None
    if new not in ALLOWED.get(CaseStatus(old), set()):
        raise ValidationError("status", f"A case cannot go from {old} to {new}.")
    if old == CLOSED and not (reason and reason.strip()):
        raise ValidationError("status_reason", "Say why the case is opened again.")
    return True
