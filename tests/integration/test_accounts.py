"""Accounts and signing in, through the service layer on a real desk database."""

from datetime import timedelta

import pytest
from sqlalchemy import select

from workstation.domain.permissions import PermissionDenied
from workstation.errors import CryptoError, ValidationError, WorkstationError
from workstation.persistence.base import utcnow
from workstation.persistence.database import open_desk_database
from workstation.persistence.models import AuditEvent, Centre, User
from workstation.services import accounts
from workstation.services.accounts import (
    PasswordChangeRequired,
    SessionLocked,
    SignInDelayed,
)

ADMIN_PW = "Admin-pass-2026"
OTP = "Welcome-2026!"


@pytest.fixture
def org(tmp_path):
    database = open_desk_database(tmp_path, create=True)
    with database.uow() as uow:
        uow.session.add(Centre(code="KHI", name="Karachi", district_code="SD-KHS"))
        uow.commit()
    admin = accounts.create_organisation(database, username="amina", display_name="Amina",
                                         password=ADMIN_PW)
    yield database, admin
    database.close()


def test_first_admin_holds_the_keys_and_cannot_be_created_twice(org):
    database, admin = org
    assert admin.actor.role == "admin" and not admin.locked
    assert admin.keys.cipher  # usable
    with pytest.raises(WorkstationError, match="already has its organisation keys"):
        accounts.create_organisation(database, username="bilal", display_name="Bilal",
                                     password=ADMIN_PW)


def test_new_user_signs_in_with_the_one_time_password_and_must_change_it(org):
    database, admin = org
    accounts.add_user(database, admin, username="sana", display_name="Sana", role="counsellor",
                      centre_code="KHI", one_time_password=OTP)
    sana = accounts.sign_in(database, "sana", OTP)
    assert sana.must_change_password
    # Nothing opens on a one-time password: whoever set it could otherwise read as her.
    with pytest.raises(PasswordChangeRequired):
        _ = sana.keys
    accounts.change_password(database, sana, OTP, "Sana-own-pass-1")
    again = accounts.sign_in(database, "sana", "Sana-own-pass-1")
    assert not again.must_change_password
    assert again.keys.data_keys == admin.keys.data_keys  # the organisation's keys
    with pytest.raises(CryptoError, match="not correct"):
        accounts.sign_in(database, "sana", OTP)


def test_only_admins_manage_accounts(org):
    database, admin = org
    accounts.add_user(database, admin, username="sana", display_name="Sana", role="supervisor",
                      centre_code="KHI", one_time_password=OTP)
    sana = accounts.sign_in(database, "sana", OTP)
    with pytest.raises(PermissionDenied, match="may not manage accounts"):
        accounts.add_user(database, sana, username="x-user", display_name="x",
                          role="counsellor", centre_code="KHI", one_time_password=OTP)
    with pytest.raises(PermissionDenied):
        accounts.set_active(database, sana, "amina", False)


@pytest.mark.parametrize("kwargs,field", [
    (dict(username="A B"), "username"),
    (dict(role="boss"), "role"),
    (dict(one_time_password="short"), "one_time_password"),
    (dict(centre_code="ZZZ"), "centre"),
    (dict(centre_code=None), "centre"),
    (dict(username="amina"), "username"),
])
def test_bad_account_input_names_the_field(org, kwargs, field):
    database, admin = org
    values = dict(username="sana", display_name="Sana", role="counsellor", centre_code="KHI",
                  one_time_password=OTP) | kwargs
    with pytest.raises(ValidationError) as caught:
        accounts.add_user(database, admin, **values)
    assert caught.value.field == field


def test_failed_sign_ins_grow_a_delay_and_are_audited(org):
    database, _ = org
    for _ in range(3):
        with pytest.raises(CryptoError):
            accounts.sign_in(database, "amina", "wrong-password")
    with pytest.raises(SignInDelayed) as caught:
        accounts.sign_in(database, "amina", ADMIN_PW)  # even the right one must wait
    assert 1 <= caught.value.seconds <= 5
    later = utcnow() + timedelta(seconds=6)
    with pytest.raises(CryptoError):
        accounts.sign_in(database, "amina", "wrong-again", now=later)
    with pytest.raises(SignInDelayed) as caught:
        accounts.sign_in(database, "amina", ADMIN_PW, now=later + timedelta(seconds=1))
    assert caught.value.seconds > 5  # 10 s after the fourth failure
    accounts.sign_in(database, "amina", ADMIN_PW, now=later + timedelta(seconds=11))
    with database.uow() as uow:
        actions = [e.action for e in uow.session.scalars(
            select(AuditEvent).order_by(AuditEvent.desk_seq))]
        assert actions.count("sign_in_failed") == 4
        assert uow.session.scalar(select(User.failed_sign_ins)
                                  .where(User.username == "amina")) == 0


def test_unknown_user_gets_the_same_message(org):
    database, _ = org
    with pytest.raises(CryptoError, match="user name or password is not correct"):
        accounts.sign_in(database, "nobody", ADMIN_PW)


def test_disabling_ends_access_at_the_next_unlock(org):
    database, admin = org
    accounts.add_user(database, admin, username="sana", display_name="Sana", role="counsellor",
                      centre_code="KHI", one_time_password=OTP)
    sana = accounts.sign_in(database, "sana", OTP)
    accounts.set_active(database, admin, "sana", False)
    sana.lock()
    assert sana.locked
    with pytest.raises(SessionLocked):
        _ = sana.keys
    with pytest.raises(CryptoError, match="disabled"):
        accounts.unlock(database, sana, OTP)
    assert sana.locked
    accounts.set_active(database, admin, "sana", True)
    accounts.unlock(database, sana, OTP)
    assert not sana.locked


def test_reset_password_gives_a_working_one_time_password(org):
    database, admin = org
    accounts.add_user(database, admin, username="sana", display_name="Sana", role="lawyer",
                      centre_code="KHI", one_time_password=OTP)
    accounts.reset_password(database, admin, "sana", "Another-OTP-99")
    fresh = accounts.sign_in(database, "sana", "Another-OTP-99")
    assert fresh.must_change_password
    accounts.change_password(database, fresh, "Another-OTP-99", "Sana-fresh-pass-2")
    assert fresh.keys.data_keys == admin.keys.data_keys
    with pytest.raises(CryptoError):
        accounts.sign_in(database, "sana", OTP)


def test_no_key_or_password_is_stored_in_clear(org, tmp_path):
    database, admin = org
    blob = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.is_file())
    for key in admin.keys.all_keys().values():
        assert key not in blob
    assert ADMIN_PW.encode() not in blob


def test_a_disabled_account_holds_no_keys_and_gets_none_from_a_rotation(org):
    from workstation.persistence.models import KeyWrap
    from workstation.services import keys as key_service

    database, admin = org
    accounts.add_user(database, admin, username="sana", display_name="Sana", role="counsellor",
                      centre_code="KHI", one_time_password=OTP)
    with database.uow() as uow:
        sana_id = uow.session.scalar(select(User.id).where(User.username == "sana"))
    accounts.set_active(database, admin, "sana", False)

    def wraps():
        with database.uow() as uow:
            return uow.session.query(KeyWrap).filter(KeyWrap.user_id == sana_id).count()

    assert wraps() == 0
    key_service.rotate(database, admin)
    assert wraps() == 0
    accounts.set_active(database, admin, "sana", True)
    assert wraps() == 3  # the index key and both data key versions
    sana = accounts.sign_in(database, "sana", OTP)
    accounts.change_password(database, sana, OTP, "Sana-own-pass-1")
    assert set(sana.keys.data_keys) == set(admin.keys.data_keys)
