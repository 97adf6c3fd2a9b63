"""Accounts, signing in and the signed-in session.

Signing in is unlocking: the password unwraps the user's private key, which unseals the
organisation keys. There is no separate password hash to compare, so a desk that can
sign a user in can also decrypt for them, and nothing else can.
"""

from __future__ import annotations

import os
import re
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select

from ..crypto.keys import (
    KdfParams,
    OrganisationKeys,
    WrappedPrivateKey,
    derive_wrapping_key,
    new_key_pair,
    seal_key,
    unseal_key,
    unwrap_private_key,
    wrap_private_key,
)
from ..domain.permissions import Action, Actor, require
from ..domain.vocab import Role
from ..errors import CryptoError, ValidationError, WorkstationError
from ..persistence.base import utcnow
from ..persistence.database import Database
from ..persistence.models import Centre, KeyWrap, OrganisationKey, User
from . import audit

MIN_PASSWORD = 10
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{2,63}$")


class SignInDelayed(WorkstationError):
    """Too many failed sign-ins for this account: wait before the next try."""

    def __init__(self, seconds: int):
        super().__init__(f"Too many failed sign-ins. Try again in {seconds} seconds.")
        self.seconds = seconds


class SessionLocked(WorkstationError):
    """The session is locked: its keys were dropped from memory."""


class PasswordChangeRequired(WorkstationError):
    """Signed in with a one-time password: nothing opens until it is changed. Otherwise
    whoever set the one-time password (an administrator) could read as this person."""


def delay_after(failures: int) -> int:
    """Seconds to wait after `failures` failed sign-ins in a row: 5, 10, 20 … up to 5 min."""
    return 0 if failures < 3 else min(5 * 2 ** (failures - 3), 300)


class UserSession:
    """A signed-in person. `lock()` drops the keys (Python cannot wipe memory, but no
    reference to them is left); `keys` then refuses until the password is given again."""

    def __init__(self, actor: Actor, username: str, display_name: str,
                 must_change_password: bool, keys: OrganisationKeys,
                 desk_id: uuid.UUID | None):
        self.actor = actor
        self.username = username
        self.display_name = display_name
        self.must_change_password = must_change_password
        self.desk_id = desk_id
        self._keys: OrganisationKeys | None = keys

    def __repr__(self) -> str:
        return f"UserSession({self.username!r}, {self.actor.role.value}, locked={self.locked})"

    @property
    def locked(self) -> bool:
        return self._keys is None

    @property
    def keys(self) -> OrganisationKeys:
        if self._keys is None:
            raise SessionLocked("The workstation is locked. Sign in again to continue.")
        if self.must_change_password:
            raise PasswordChangeRequired("Choose your own password before you continue.")
        return self._keys

    def lock(self) -> None:
        self._keys = None

    def copy(self) -> UserSession:
        """The same person with a lock of their own: work queued just before the desk locks
        (the call screen's last draft) still finishes with it, then the copy is dropped."""
        return UserSession(self.actor, self.username, self.display_name,
                           self.must_change_password, self._keys, self.desk_id)


# ---- validation --------------------------------------------------------------------------

def check_username(username: str) -> str:
    username = username.strip().lower()
    if not _USERNAME.match(username):
        raise ValidationError("username", "A user name has 3 to 64 characters: small letters, "
                              "digits, dots, dashes or underscores.")
    return username


def check_password(password: str, username: str, field: str = "password") -> str:
    if len(password) < MIN_PASSWORD:
        raise ValidationError(field, f"A password needs at least {MIN_PASSWORD} characters.")
    if password.strip().lower() == username.lower() or len(set(password)) < 4:
        raise ValidationError(field, "This password is too easy to guess.")
    return password


# ---- helpers -----------------------------------------------------------------------------

def _material(user: User) -> WrappedPrivateKey:
    return WrappedPrivateKey(user.public_key, user.private_key_wrapped, user.kdf_salt,
                             KdfParams(user.kdf_time_cost, user.kdf_memory_kib,
                                       user.kdf_parallelism))


def _store_material(user: User, material: WrappedPrivateKey) -> None:
    user.public_key = material.public_key
    user.private_key_wrapped = material.wrapped
    user.kdf_salt = material.salt
    user.kdf_time_cost = material.params.time_cost
    user.kdf_memory_kib = material.params.memory_kib
    user.kdf_parallelism = material.params.parallelism


def seal_keys_for(session, user_id: uuid.UUID, public_key: bytes,
                  keys: OrganisationKeys) -> None:
    """Give a user every organisation key that is still in use."""
    live = set(session.scalars(select(OrganisationKey.id)
                               .where(OrganisationKey.state != "retired")))
    existing = set(session.scalars(select(KeyWrap.key_id).where(KeyWrap.user_id == user_id)))
    for key_id, key in keys.all_keys().items():
        if key_id in live and key_id not in existing:
            session.add(KeyWrap(user_id=user_id, key_id=key_id,
                                sealed_key=seal_key(public_key, key, user_id=user_id,
                                                    key_id=key_id)))


def _open_keys(session, user: User, private) -> OrganisationKeys:
    rows = session.execute(
        select(KeyWrap.key_id, KeyWrap.sealed_key, OrganisationKey.purpose,
               OrganisationKey.state)
        .join(OrganisationKey, OrganisationKey.id == KeyWrap.key_id)
        .where(KeyWrap.user_id == user.id, OrganisationKey.state != "retired")).all()
    data: dict[int, bytes] = {}
    index: tuple[int, bytes] | None = None
    active: int | None = None
    for key_id, sealed, purpose, state in rows:
        key = unseal_key(private, sealed, user_id=user.id, key_id=key_id)
        if purpose == "index":
            index = (key_id, key)
        else:
            data[key_id] = key
            if state == "active":
                active = key_id
    if index is None or active is None:
        raise CryptoError("This account has not been given the organisation's keys.",
                          hint="An administrator must grant it access again.")
    return OrganisationKeys(data, active, index[0], index[1])


def _session_for(user: User, keys: OrganisationKeys, desk_id) -> UserSession:
    return UserSession(Actor(user.id, Role(user.role), user.centre_id), user.username,
                       user.display_name, user.must_change_password, keys, desk_id)


# ---- use cases ---------------------------------------------------------------------------

def organisation_exists(database: Database) -> bool:
    with database.uow() as uow:
        return bool(uow.session.scalar(select(func.count()).select_from(OrganisationKey)))


def create_organisation(database: Database, *, username: str, display_name: str,
                        password: str, desk_id: uuid.UUID | None = None,
                        params: KdfParams | None = None) -> UserSession:
    """First run: the organisation keys and the first admin, who chose this password."""
    username = check_username(username)
    check_password(password, username)
    keys = OrganisationKeys.generate()
    with database.uow() as uow:
        s = uow.session
        if s.scalar(select(func.count()).select_from(OrganisationKey)):
            raise WorkstationError("This database already has its organisation keys and "
                                   "first administrator.", hint="Sign in instead.")
        s.add(OrganisationKey(id=keys.active_data_key_id, purpose="data"))
        s.add(OrganisationKey(id=keys.index_key_id, purpose="index"))
        user = User(id=uuid.uuid4(), username=username,
                    display_name=display_name.strip() or username, role=Role.ADMIN,
                    must_change_password=False)
        _, material = new_key_pair(password, user.id, params)
        _store_material(user, material)
        s.add(user)
        s.flush()
        seal_keys_for(s, user.id, user.public_key, keys)
        audit.record(s, action="organisation_created", user_id=user.id, desk_id=desk_id,
                     entity="user", entity_id=user.id)
        uow.commit()
        return _session_for(user, keys, desk_id)


def sign_in(database: Database, username: str, password: str, *,
            desk_id: uuid.UUID | None = None, now: datetime | None = None,
            action: str = "sign_in") -> UserSession:
    now = now or utcnow()
    wrong = CryptoError("The user name or password is not correct.")
    with database.uow() as uow:
        s = uow.session
        user = s.scalar(select(User).where(User.username == username.strip().lower()))
        if user is None or user.public_key is None:
            # Spend the same time as a real attempt, so timing does not tell which
            # user names exist.
            derive_wrapping_key(password, os.urandom(16), KdfParams())
            raise wrong
        wait = delay_after(user.failed_sign_ins)
        if wait and user.last_failed_at and now < user.last_failed_at + timedelta(seconds=wait):
            remaining = user.last_failed_at + timedelta(seconds=wait) - now
            raise SignInDelayed(max(1, int(remaining.total_seconds() + 0.999)))
        try:
            private = unwrap_private_key(password, user.id, _material(user))
        except CryptoError:
            user.failed_sign_ins += 1
            user.last_failed_at = now
            audit.record(s, action="sign_in_failed", user_id=user.id, desk_id=desk_id,
                         detail={"failures": user.failed_sign_ins})
            uow.commit()
            raise wrong from None
        if not user.active:
            audit.record(s, action="sign_in_refused_disabled", user_id=user.id,
                         desk_id=desk_id)
            uow.commit()
            raise CryptoError("This account has been disabled.",
                              hint="Ask your supervisor or administrator.")
        keys = _open_keys(s, user, private)
        user.failed_sign_ins = 0
        user.last_failed_at = None
        audit.record(s, action=action, user_id=user.id, desk_id=desk_id)
        uow.commit()
        return _session_for(user, keys, desk_id)


def unlock(database: Database, session: UserSession, password: str) -> None:
    """Unlock a locked session: the same checks as signing in (a disabled account stops)."""
    # Recorded as an unlock, not a sign-in: the handover's "since my last shift" counts
    # from the sign-in before this one.
    fresh = sign_in(database, session.username, password, desk_id=session.desk_id,
                    action="unlock")
    session._keys = fresh._keys
    session.must_change_password = fresh.must_change_password


def add_user(database: Database, admin: UserSession, *, username: str, display_name: str,
             role: str, centre_code: str | None, one_time_password: str) -> uuid.UUID:
    """A new account with a one-time password it must change at first sign-in."""
    require(admin.actor, Action.MANAGE_USERS)
    username = check_username(username)
    try:
        role_ = Role(role)
    except ValueError:
        raise ValidationError("role", f"The role must be one of "
                              f"{', '.join(r.value for r in Role)}.") from None
    check_password(one_time_password, username, field="one_time_password")
    with database.uow() as uow:
        s = uow.session
        if s.scalar(select(User.id).where(User.username == username)):
            raise ValidationError("username", f"The user name {username} is already taken.")
        centre_id = None
        if centre_code:
            centre_id = s.scalar(select(Centre.id).where(Centre.code == centre_code.upper()))
            if centre_id is None:
                raise ValidationError("centre", f"There is no centre {centre_code}.")
        elif role_ in (Role.COUNSELLOR, Role.LAWYER):
            raise ValidationError("centre", "Counsellors and lawyers belong to a centre.")
        user = User(id=uuid.uuid4(), username=username,
                    display_name=display_name.strip() or username, role=role_,
                    centre_id=centre_id, must_change_password=True)
        _, material = new_key_pair(one_time_password, user.id)
        _store_material(user, material)
        s.add(user)
        s.flush()
        seal_keys_for(s, user.id, user.public_key, admin.keys)
        audit.record(s, action="user_created", user_id=admin.actor.user_id,
                     desk_id=admin.desk_id, entity="user", entity_id=user.id,
                     detail={"role": role_.value})
        uow.commit()
        return user.id


def change_password(database: Database, session: UserSession, old: str, new: str) -> None:
    """Re-wrap the private key under the new password, with today's Argon2id settings."""
    check_password(new, session.username, field="new_password")
    if new == old:
        raise ValidationError("new_password", "The new password must differ from the old one.")
    with database.uow() as uow:
        s = uow.session
        user = s.get(User, session.actor.user_id)
        try:
            private = unwrap_private_key(old, user.id, _material(user))
        except CryptoError:
            raise ValidationError("old_password", "The current password is not correct.") \
                from None
        _store_material(user, wrap_private_key(private, new, user.id, KdfParams()))
        user.must_change_password = False
        audit.record(s, action="password_changed", user_id=user.id, desk_id=session.desk_id,
                     entity="user", entity_id=user.id)
        uow.commit()
    session.must_change_password = False


def reset_password(database: Database, admin: UserSession, username: str,
                   one_time_password: str) -> None:
    """A forgotten password: a new key pair under a one-time password, keys sealed anew."""
    require(admin.actor, Action.MANAGE_USERS)
    check_password(one_time_password, username, field="one_time_password")
    with database.uow() as uow:
        s = uow.session
        user = _user_named(s, username)
        _, material = new_key_pair(one_time_password, user.id)
        _store_material(user, material)
        s.query(KeyWrap).filter(KeyWrap.user_id == user.id).delete()
        seal_keys_for(s, user.id, user.public_key, admin.keys)
        user.must_change_password = True
        user.failed_sign_ins = 0
        audit.record(s, action="password_reset", user_id=admin.actor.user_id,
                     desk_id=admin.desk_id, entity="user", entity_id=user.id)
        uow.commit()


def set_active(database: Database, admin: UserSession, username: str, active: bool) -> None:
    """Disabling takes effect at the account's next sign-in or unlock on any desk."""
    require(admin.actor, Action.MANAGE_USERS)
    with database.uow() as uow:
        s = uow.session
        user = _user_named(s, username)
        if user.id == admin.actor.user_id and not active:
            raise ValidationError("username", "You cannot disable your own account.")
        user.active = active
        if active:
            seal_keys_for(s, user.id, user.public_key, admin.keys)
        else:
            # Without its wraps the account decrypts nothing, even from a copy of the
            # database and with its password.
            s.query(KeyWrap).filter(KeyWrap.user_id == user.id).delete()
        audit.record(s, action="user_enabled" if active else "user_disabled",
                     user_id=admin.actor.user_id, desk_id=admin.desk_id, entity="user",
                     entity_id=user.id)
        uow.commit()


def _user_named(s, username: str) -> User:
    user = s.scalar(select(User).where(User.username == username.strip().lower()))
    if user is None:
        raise ValidationError("username", f"There is no user {username}.")
    return user


@dataclass(frozen=True)
class UserRow:
    id: uuid.UUID
    username: str
    display_name: str
    role: str
    centre_code: str | None
    active: bool
    must_change_password: bool


def list_users(database: Database, admin: UserSession) -> list[UserRow]:
    require(admin.actor, Action.MANAGE_USERS)
    with database.uow() as uow:
        rows = uow.session.execute(
            select(User.id, User.username, User.display_name, User.role, Centre.code,
                   User.active, User.must_change_password)
            .outerjoin(Centre, Centre.id == User.centre_id).order_by(User.username)).all()
    return [UserRow(*r) for r in rows]
