"""Unlocking the organisation keys with a user's password (the core of signing in)."""

from __future__ import annotations

from sqlalchemy import select

from ..crypto.keys import KdfParams, OrganisationKeys, derive_wrapping_key, unwrap_key
from ..errors import CryptoError
from ..persistence.database import Database
from ..persistence.models import KeyWrap, OrganisationKey, User


def unlock_keys(database: Database, username: str, password: str) -> OrganisationKeys:
    """Unwrap every key wrapped for `username`; one wrong password message for every failure
    (unknown user, disabled user, wrong password), so the message reveals nothing."""
    wrong = CryptoError("The user name or password is not correct.")
    with database.uow() as uow:
        user = uow.session.scalar(select(User).where(User.username == username))
        if user is None or not user.active:
            raise wrong
        rows = uow.session.execute(
            select(KeyWrap, OrganisationKey.purpose, OrganisationKey.retired_at)
            .join(OrganisationKey, OrganisationKey.id == KeyWrap.key_id)
            .where(KeyWrap.user_id == user.id)
        ).all()
    if not rows:
        raise CryptoError("No keys have been given to this account.",
                          hint="An administrator must grant it access.")
    derived: dict[tuple, bytes] = {}
    data_keys: dict[int, bytes] = {}
    index: tuple[int, bytes] | None = None
    for wrap, purpose, retired_at in rows:
        params = KdfParams(wrap.kdf_time_cost, wrap.kdf_memory_kib, wrap.kdf_parallelism)
        cache_key = (wrap.kdf_salt, params)
        if cache_key not in derived:
            derived[cache_key] = derive_wrapping_key(password, wrap.kdf_salt, params)
        try:
            key = unwrap_key(derived[cache_key], wrap.wrapped_key, user_id=user.id,
                             key_id=wrap.key_id)
        except CryptoError:
            raise wrong from None
        if purpose == "index":
            index = (wrap.key_id, key)
        else:
            data_keys[wrap.key_id] = key
    if index is None or not data_keys:
        raise CryptoError("This account's keys are incomplete.",
                          hint="An administrator must grant it access again.")
    active = max(data_keys)
    return OrganisationKeys(data_keys, active, index[0], index[1])
