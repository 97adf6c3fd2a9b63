"""The desk secret in the real OS keyring (gnome-keyring over a private D-Bus)."""


import keyring
import pytest

from workstation.crypto.keyring_store import DeskSecretStore, check_backend
from workstation.persistence.database import DESK_DB_NAME, open_desk_database
from workstation.services.desk_identity import DeskMismatch, ensure_desk


def test_the_real_secret_service_is_the_backend(secret_service):
    backend = check_backend()
    assert "SecretService" in type(backend).__module__ + type(backend).__name__


def test_desk_registers_once_and_its_secret_lives_in_the_keyring(secret_service, tmp_path):
    database = open_desk_database(tmp_path, create=True)
    try:
        store = DeskSecretStore()
        desk_id = ensure_desk(database, store)
        assert ensure_desk(database, store) == desk_id
        secret = store.get(desk_id)
        assert secret is not None and len(secret) == 32
        assert keyring.get_password("Counsellor Workstation", f"desk-secret:{desk_id}")
    finally:
        database.close()
    # the secret is not in the database file
    assert secret not in (tmp_path / DESK_DB_NAME).read_bytes()


def test_a_database_copied_to_another_account_is_noticed(secret_service, tmp_path):
    database = open_desk_database(tmp_path, create=True)
    try:
        desk_id = ensure_desk(database, DeskSecretStore())
        # the other account's keyring has no (or another) secret for this desk
        keyring.delete_password("Counsellor Workstation", f"desk-secret:{desk_id}")
        with pytest.raises(DeskMismatch, match="another computer or user account"):
            ensure_desk(database, DeskSecretStore())
    finally:
        database.close()
