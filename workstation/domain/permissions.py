"""Who may do what. Enforced in the service layer; the screens only mirror it.

Two kinds of rule: what a role may do at all (ROLE_ACTIONS), and which cases a person
may open (can_open_case): counsellors and lawyers their centre's cases, a restricted
case only when assigned to it, supervisors every case of their centre (all centres when
they have none), admins no case content at all.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from enum import StrEnum

from ..errors import WorkstationError
from .vocab import Role


class Action(StrEnum):
    HANDLE_CONTACT = "handle_contact"
    VIEW_CASE = "view_case"
    CREATE_CASE = "create_case"
    EDIT_CASE = "edit_case"
    MAKE_REFERRAL = "make_referral"
    PRINT_SHEET = "print_sheet"
    EXPORT_CASES = "export_cases"
    VIEW_REPORTS = "view_reports"
    READ_AUDIT = "read_audit"
    REVIEW_CONFLICTS = "review_conflicts"
    CONFIRM_RETENTION = "confirm_retention"
    SEE_CONFIDENTIAL_LOCATIONS = "see_confidential_locations"
    # A shelter's address on a slip the client takes away: a supervisor's decision.
    PRINT_CONFIDENTIAL_ADDRESS = "print_confidential_address"
    EDIT_DIRECTORY = "edit_directory"
    MANAGE_USERS = "manage_users"
    MANAGE_DESKS = "manage_desks"
    ROTATE_KEYS = "rotate_keys"


_CASEWORK = {Action.HANDLE_CONTACT, Action.VIEW_CASE, Action.CREATE_CASE, Action.EDIT_CASE,
             Action.MAKE_REFERRAL, Action.PRINT_SHEET}

ROLE_ACTIONS: dict[Role, frozenset[Action]] = {
    # Admins run accounts, desks and keys; they never read case content.
    Role.ADMIN: frozenset({Action.MANAGE_USERS, Action.MANAGE_DESKS, Action.ROTATE_KEYS,
                           Action.READ_AUDIT, Action.EDIT_DIRECTORY}),
    Role.SUPERVISOR: frozenset(_CASEWORK | {
        Action.EXPORT_CASES, Action.VIEW_REPORTS, Action.READ_AUDIT, Action.REVIEW_CONFLICTS,
        Action.CONFIRM_RETENTION, Action.SEE_CONFIDENTIAL_LOCATIONS,
        Action.PRINT_CONFIDENTIAL_ADDRESS, Action.EDIT_DIRECTORY}),
    Role.COUNSELLOR: frozenset(_CASEWORK),
    Role.LAWYER: frozenset(_CASEWORK),
}


class PermissionDenied(WorkstationError):
    exit_code = 6


def can(role: Role | str, action: Action) -> bool:
    return action in ROLE_ACTIONS.get(Role(role), frozenset())


@dataclass(frozen=True)
class Actor:
    """The facts about a signed-in person that permission rules need."""

    user_id: uuid.UUID
    role: Role
    centre_id: uuid.UUID | None


@dataclass(frozen=True)
class CaseFacts:
    centre_id: uuid.UUID
    restricted: bool
    counsellor_id: uuid.UUID | None
    lawyer_id: uuid.UUID | None


ACTION_WORDS = {
    Action.MANAGE_USERS: "manage accounts", Action.MANAGE_DESKS: "manage desks",
    Action.ROTATE_KEYS: "rotate keys", Action.READ_AUDIT: "read the audit trail",
    Action.VIEW_CASE: "open cases", Action.EXPORT_CASES: "export cases",
    Action.VIEW_REPORTS: "see reports",
    Action.EDIT_DIRECTORY: "edit the referral directory",
    Action.PRINT_CONFIDENTIAL_ADDRESS: "print a confidential address",
}


def require(actor: Actor, action: Action) -> None:
    if not can(actor.role, action):
        words = ACTION_WORDS.get(action, action.value.replace("_", " "))
        raise PermissionDenied(f"Your role ({actor.role.value}) may not {words}.")


def can_open_case(actor: Actor, case: CaseFacts) -> bool:
    if not can(actor.role, Action.VIEW_CASE):
        return False
    if actor.role is Role.SUPERVISOR:
        return actor.centre_id is None or actor.centre_id == case.centre_id
    if actor.centre_id != case.centre_id:
        return False
    return not case.restricted or actor.user_id in (case.counsellor_id, case.lawyer_id)


def require_case(actor: Actor, case: CaseFacts) -> None:
    if not can_open_case(actor, case):
        raise PermissionDenied("This case is not open to you.",
                               hint="Ask a supervisor if you need to work on it.")
