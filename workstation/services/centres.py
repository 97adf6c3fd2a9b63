"""Centres as the window needs them: the choice of centre for a new account, the centre
of the person signed in (which scopes their lists), and whether the desk holds demo data.

Centres are organisation facts, not case data: nothing here needs a key.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select

from ..persistence.database import Database
from ..persistence.models import Centre, User


@dataclass(frozen=True)
class CentreRow:
    id: uuid.UUID
    code: str
    name: str
    name_ur: str | None
    is_demo: bool


_COLUMNS = (Centre.id, Centre.code, Centre.name, Centre.name_ur, Centre.is_demo)


def list_centres(database: Database) -> list[CentreRow]:
    """Every centre, by code."""
    with database.uow() as uow:
        rows = uow.session.execute(select(*_COLUMNS).order_by(Centre.code)).all()
    return [CentreRow(*row) for row in rows]


def centre_of(database: Database, centre_id: uuid.UUID | None) -> CentreRow | None:
    """The centre with this id; None for no id (a supervisor or admin of all centres)."""
    if centre_id is None:
        return None
    with database.uow() as uow:
        row = uow.session.execute(select(*_COLUMNS).where(Centre.id == centre_id)).first()
    return CentreRow(*row) if row else None


@dataclass(frozen=True)
class Colleague:
    id: uuid.UUID
    display_name: str
    role: str


def colleagues(database: Database, centre_id: uuid.UUID | None) -> list[Colleague]:
    """The active staff of a centre who take contacts and cases (counsellors, lawyers,
    supervisors), by name: whom a callback, an appointment or a case can be given to."""
    if centre_id is None:
        return []
    with database.uow() as uow:
        rows = uow.session.execute(
            select(User.id, User.display_name, User.role)
            .where(User.centre_id == centre_id, User.active.is_(True),
                   User.role.in_(("counsellor", "lawyer", "supervisor")))
            .order_by(User.display_name)).all()
    return [Colleague(*row) for row in rows]


def is_demo_desk(database: Database) -> bool:
    """True when the database holds demo centres (`workstation demo`): its accounts then
    share the published demo password, which the sign-in screen may say."""
    with database.uow() as uow:
        return uow.session.scalar(
            select(Centre.id).where(Centre.is_demo.is_(True)).limit(1)) is not None
