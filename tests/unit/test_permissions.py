"""The permission matrix: each role × each action, allowed or refused, as specified."""

import uuid

import pytest

from workstation.domain.permissions import (
    Action,
    Actor,
    CaseFacts,
    PermissionDenied,
    can,
    can_open_case,
    require,
    require_case,
)
from workstation.domain.vocab import Role

A, S, C, L = Role.ADMIN, Role.SUPERVISOR, Role.COUNSELLOR, Role.LAWYER

# Written out in full on purpose: changing who may do what must change this table.
MATRIX = {
    Action.HANDLE_CONTACT:             {A: False, S: True,  C: True,  L: True},
    Action.VIEW_CASE:                  {A: False, S: True,  C: True,  L: True},
    Action.CREATE_CASE:                {A: False, S: True,  C: True,  L: True},
    Action.EDIT_CASE:                  {A: False, S: True,  C: True,  L: True},
    Action.MAKE_REFERRAL:              {A: False, S: True,  C: True,  L: True},
    Action.PRINT_SHEET:                {A: False, S: True,  C: True,  L: True},
    Action.EXPORT_CASES:               {A: False, S: True,  C: False, L: False},
    Action.VIEW_REPORTS:               {A: False, S: True,  C: False, L: False},
    Action.READ_AUDIT:                 {A: True,  S: True,  C: False, L: False},
    Action.REVIEW_CONFLICTS:           {A: False, S: True,  C: False, L: False},
    Action.CONFIRM_RETENTION:          {A: False, S: True,  C: False, L: False},
    Action.SEE_CONFIDENTIAL_LOCATIONS: {A: False, S: True,  C: False, L: False},
    Action.PRINT_CONFIDENTIAL_ADDRESS: {A: False, S: True,  C: False, L: False},
    Action.EDIT_DIRECTORY:             {A: True,  S: True,  C: False, L: False},
    Action.MANAGE_USERS:               {A: True,  S: False, C: False, L: False},
    Action.MANAGE_DESKS:               {A: True,  S: False, C: False, L: False},
    Action.ROTATE_KEYS:                {A: True,  S: False, C: False, L: False},
}


def test_matrix_covers_every_action_and_role():
    assert set(MATRIX) == set(Action)
    assert all(set(row) == set(Role) for row in MATRIX.values())


@pytest.mark.parametrize("action,role", [(a, r) for a in Action for r in Role])
def test_role_action(action, role):
    allowed = MATRIX[action][role]
    assert can(role, action) is allowed
    actor = Actor(uuid.uuid4(), role, uuid.uuid4())
    if allowed:
        require(actor, action)
    else:
        with pytest.raises(PermissionDenied, match=f"Your role \\({role.value}\\) may not"):
            require(actor, action)


KHI, LHR = uuid.uuid4(), uuid.uuid4()
ME, OTHER = uuid.uuid4(), uuid.uuid4()


def case(centre=KHI, restricted=False, counsellor=OTHER, lawyer=None):
    return CaseFacts(centre, restricted, counsellor, lawyer)


@pytest.mark.parametrize("role,centre,facts,allowed", [
    # counsellors and lawyers: their centre's cases
    (C, KHI, case(), True),
    (C, LHR, case(), False),
    (L, KHI, case(), True),
    (L, LHR, case(), False),
    # restricted: only the assigned counsellor and lawyer, and supervisors
    (C, KHI, case(restricted=True), False),
    (C, KHI, case(restricted=True, counsellor=ME), True),
    (L, KHI, case(restricted=True), False),
    (L, KHI, case(restricted=True, lawyer=ME), True),
    (C, LHR, case(restricted=True, counsellor=ME), False),  # assigned, but other centre
    (S, KHI, case(restricted=True), True),
    (S, LHR, case(restricted=True), False),
    (S, None, case(centre=LHR, restricted=True), True),  # organisation-wide supervisor
    # admins never read case content
    (A, KHI, case(), False),
    (A, None, case(restricted=True, counsellor=ME), False),
])
def test_who_may_open_which_case(role, centre, facts, allowed):
    actor = Actor(ME, role, centre)
    assert can_open_case(actor, facts) is allowed
    if not allowed:
        with pytest.raises(PermissionDenied, match="not open to you"):
            require_case(actor, facts)
