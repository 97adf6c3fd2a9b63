"""Desks and a shared database for sync tests, built through the real services."""

from __future__ import annotations

import uuid
from pathlib import Path

from sqlalchemy import select

from workstation.crypto.keys import KdfParams
from workstation.persistence.database import open_desk_database
from workstation.persistence.models import Centre, Desk, LocalSetting
from workstation.services import accounts
from workstation.services.desk import init_desk
from workstation.sync import ServerLink, init_server

FAST_KDF = KdfParams(2, 19 * 1024, 1)  # the floor: quick sign-ins in tests
PASSWORD = "correct horse battery"
DESK_ROLE_PASSWORD = "desk-role-password-123"


def fast_kdf(monkeypatch) -> None:
    """Accounts made and passwords changed during a test use the Argon2id floor, so a
    sign-in costs milliseconds instead of 0.4 s (the real settings are tested elsewhere)."""
    from workstation.crypto import keys
    from workstation.services import accounts as accounts_module

    def floor(time_cost=2, memory_kib=19 * 1024, parallelism=1):
        return KdfParams(time_cost, memory_kib, parallelism)

    monkeypatch.setattr(keys, "KdfParams", floor)
    monkeypatch.setattr(accounts_module, "KdfParams", floor)


def shared_server(pg_url: str) -> str:
    """Set up the shared database; the desks' URL (the least-privilege role)."""
    init_server(pg_url, desk_role="cw_desk", desk_password=DESK_ROLE_PASSWORD)
    return pg_url.replace("postgres@", "cw_desk@", 1)


def new_desk(folder: Path, name: str):
    """A registered desk (its id in local settings), without the keyring: the tests of
    the keyring path go through the command line."""
    init_desk(folder)
    database = open_desk_database(folder)
    desk_id = uuid.uuid4()
    with database.uow() as uow:
        uow.session.add(Desk(id=desk_id, name=name))
        uow.session.add(LocalSetting(key="desk_id", value=str(desk_id)))
        uow.commit()
    return database, desk_id


def first_desk(folder: Path):
    """The desk where the organisation starts: keys, an admin, two centres, staff."""
    database, desk_id = new_desk(folder, "desk-a")
    admin = accounts.create_organisation(database, username="admin", display_name="Admin",
                                         password=PASSWORD, desk_id=desk_id, params=FAST_KDF)
    with database.uow() as uow:
        uow.session.add_all([Centre(code="KHI", name="Karachi", district_code="SD-KHS"),
                             Centre(code="LHR", name="Lahore", district_code="PB-LHR")])
        uow.commit()
    for username, role, centre in (("khi-c1", "counsellor", "KHI"),
                                   ("khi-c2", "counsellor", "KHI"),
                                   ("khi-sup", "supervisor", "KHI"),
                                   ("lhr-c1", "counsellor", "LHR"),
                                   ("boss", "supervisor", None)):
        accounts.add_user(database, admin, username=username, display_name=username,
                          role=role, centre_code=centre, one_time_password=PASSWORD)
    return database, desk_id, admin


def centre_id(database, code: str) -> uuid.UUID:
    with database.uow() as uow:
        return uow.session.scalar(select(Centre.id).where(Centre.code == code))


def link(url: str, database, code: str | None) -> ServerLink:
    scope = "all" if code is None else f"centre:{centre_id(database, code).hex}"
    return ServerLink(url, DESK_ROLE_PASSWORD, scope)


def signed_in(database, username: str, desk_id):
    """Sign in; a first sign-in changes the one-time password to the same one."""
    from workstation.errors import CryptoError

    try:
        session = accounts.sign_in(database, username, PASSWORD, desk_id=desk_id)
    except CryptoError:
        return accounts.sign_in(database, username, PASSWORD + "!", desk_id=desk_id)
    if session.must_change_password:
        accounts.change_password(database, session, PASSWORD, PASSWORD + "!")
        session = accounts.sign_in(database, username, PASSWORD + "!", desk_id=desk_id)
    return session
