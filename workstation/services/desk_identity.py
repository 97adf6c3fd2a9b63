"""Which desk this is. The desk's id lives in the local database (never synced) and its
secret in the OS keyring; a check value ties the two, so a database copied to another
computer or user account is noticed instead of silently acting as the original desk."""

from __future__ import annotations

import hashlib
import hmac
import platform
import uuid

from sqlalchemy import select

from ..crypto.keyring_store import DeskSecretStore
from ..errors import WorkstationError
from ..persistence.database import Database
from ..persistence.models import Desk, LocalSetting

DESK_ID = "desk_id"
SECRET_CHECK = "desk_secret_check"


class DeskMismatch(WorkstationError):
    exit_code = 5


def _check_value(secret: bytes, desk_id: uuid.UUID) -> str:
    return hmac.new(secret, b"cw-desk|" + desk_id.bytes, hashlib.sha256).hexdigest()[:32]


def ensure_desk(database: Database, store: DeskSecretStore) -> uuid.UUID:
    """This desk's id, registering the desk (row, keyring secret) on first use."""
    with database.uow() as uow:
        s = uow.session
        local = {row.key: row.value for row in s.scalars(select(LocalSetting))}
        if DESK_ID in local:
            desk_id = uuid.UUID(local[DESK_ID])
            secret = store.get(desk_id)
            if secret is None or not hmac.compare_digest(
                    _check_value(secret, desk_id), local.get(SECRET_CHECK, "")):
                raise DeskMismatch(
                    "This desk database belongs to another computer or user account: its "
                    "desk secret is not in this account's keyring.",
                    hint="Use the database from its own computer, or ask the administrator "
                         "to set this computer up as a new desk.")
            return desk_id
        desk_id = uuid.uuid4()
        secret = store.create(desk_id)
        s.add(Desk(id=desk_id, centre_id=None, name=platform.node() or "desk"))
        s.add(LocalSetting(key=DESK_ID, value=str(desk_id)))
        s.add(LocalSetting(key=SECRET_CHECK, value=_check_value(secret, desk_id)))
        uow.commit()
        return desk_id


def local_desk_id(database: Database) -> uuid.UUID | None:
    """This desk's id if registered, without asking the keyring (for audit entries of
    commands that need no desk secret)."""
    with database.uow() as uow:
        value = uow.session.scalar(select(LocalSetting.value).where(LocalSetting.key == DESK_ID))
    return uuid.UUID(value) if value else None
