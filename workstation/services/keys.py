"""Key rotation: a new data key version for new values, old values moved in the background.

`rotate` starts a new version and seals it to every account; from then on new values use
it, while the older version still decrypts. `reencrypt_batch` moves a batch of values to
the new version; the desk keeps working in between. When no value uses the old version,
`reencrypt_batch` retires it and deletes its wraps, after which it exists nowhere.
The index key is not rotated here: that means recomputing every blind index.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from sqlalchemy import and_, func, or_, select, update

from ..crypto.field_cipher import HEADER
from ..crypto.keys import OrganisationKeys
from ..domain.permissions import Action, require
from ..persistence.base import Base, sensitive_columns, utcnow
from ..persistence.database import Database
from ..persistence.models import KeyWrap, OrganisationKey, User
from . import audit
from .accounts import UserSession, seal_keys_for


@dataclass(frozen=True)
class RotationStatus:
    active_key_id: int
    rotating_out: list[int]
    values_remaining: int


def _key_prefix(key_id: int) -> bytes:
    return HEADER.pack(1, key_id)


def _stale(col, active_id: int):
    """Values whose envelope names another key than the active one."""
    return and_(col.is_not(None), func.substr(col, 1, HEADER.size) != _key_prefix(active_id))


def _count_stale(session, active_id: int) -> int:
    total = 0
    for table_name, columns in sensitive_columns().items():
        t = Base.metadata.tables[table_name]
        total += session.scalar(select(func.count()).select_from(t).where(
            or_(*(_stale(t.c[c], active_id) for c in columns)))) or 0
    return total


def rotation_status(database: Database) -> RotationStatus:
    with database.uow() as uow:
        s = uow.session
        keys = s.execute(select(OrganisationKey.id, OrganisationKey.state)
                         .where(OrganisationKey.purpose == "data")).all()
        active = max(k for k, state in keys if state == "active")
        return RotationStatus(active, sorted(k for k, state in keys if state == "rotating_out"),
                              _count_stale(s, active))


def rotate(database: Database, session: UserSession) -> int:
    """Start a new data key version; returns its id."""
    require(session.actor, Action.ROTATE_KEYS)
    keys = session.keys
    with database.uow() as uow:
        s = uow.session
        new_id = (s.scalar(select(func.max(OrganisationKey.id))) or 0) + 1
        s.execute(update(OrganisationKey).where(OrganisationKey.purpose == "data",
                                                OrganisationKey.state == "active")
                  .values(state="rotating_out"))
        s.add(OrganisationKey(id=new_id, purpose="data", state="active"))
        s.flush()
        rotated = OrganisationKeys({**keys.data_keys, new_id: os.urandom(32)},
                                   new_id, keys.index_key_id, keys.index_key)
        for user_id, public_key in s.execute(select(User.id, User.public_key).where(
                User.public_key.is_not(None), User.active.is_(True))):
            seal_keys_for(s, user_id, public_key, rotated)
        audit.record(s, action="keys_rotated", user_id=session.actor.user_id,
                     desk_id=session.desk_id, detail={"new_key_id": new_id})
        uow.commit()
    session._keys = rotated
    return new_id


def reencrypt_batch(database: Database, session: UserSession, batch: int = 500) -> int:
    """Move up to `batch` rows to the active key; returns how many values remain.

    Each batch is its own transaction, so the desk's other work interleaves with it."""
    require(session.actor, Action.ROTATE_KEYS)
    keys = session.keys
    cipher = keys.cipher
    active = keys.active_data_key_id
    with database.uow() as uow:
        s = uow.session
        budget = batch
        for table_name, columns in sensitive_columns().items():
            if budget <= 0:
                break
            t = Base.metadata.tables[table_name]
            # The row id the value is bound to is the table's own key (contact_drafts:
            # contact_id), as services.sealed uses it.
            (key,) = t.primary_key.columns
            rows = s.execute(select(key, *(t.c[c] for c in columns))
                             .where(or_(*(_stale(t.c[c], active) for c in columns)))
                             .limit(budget)).all()
            for row in rows:
                row_id = row[0]
                values = {}
                for c in columns:
                    envelope = getattr(row, c)
                    if envelope is None or envelope[:HEADER.size] == _key_prefix(active):
                        continue
                    plain = cipher.decrypt(envelope, table=table_name, column=c, row_id=row_id)
                    values[c] = cipher.encrypt(plain, table=table_name, column=c, row_id=row_id)
                s.execute(update(t).where(key == row_id).values(**values))
            budget -= len(rows)
        remaining = _count_stale(s, active)
        if remaining == 0:
            old = list(s.scalars(select(OrganisationKey.id).where(
                OrganisationKey.state == "rotating_out")))
            if old:
                s.query(KeyWrap).filter(KeyWrap.key_id.in_(old)).delete()
                s.execute(update(OrganisationKey).where(OrganisationKey.id.in_(old))
                          .values(state="retired", retired_at=utcnow()))
                audit.record(s, action="keys_retired", user_id=session.actor.user_id,
                             desk_id=session.desk_id, detail={"key_ids": old})
        uow.commit()
    if remaining == 0:
        for key_id in list(keys.data_keys):
            if key_id != active:
                del keys.data_keys[key_id]
        keys._cipher = None
    return remaining
