"""Which keyring backends the app accepts: fakes standing in for each kind."""

import pytest
from keyring.backends import chainer, fail, null

from workstation.crypto.keyring_store import DeskSecretStore, KeyringUnavailable, check_backend


class MemoryKeyring:
    """Duck-typed, not a KeyringBackend subclass: subclasses register themselves with
    keyring's backend discovery for the whole test process."""

    def __init__(self):
        self.items = {}

    def get_password(self, service, username):
        return self.items.get((service, username))

    def set_password(self, service, username, password):
        self.items[(service, username)] = password

    def delete_password(self, service, username):
        self.items.pop((service, username), None)


class PlaintextKeyring(MemoryKeyring):
    """Named like keyrings.alt's file backend."""


def test_fail_backend_is_refused_with_a_fix():
    with pytest.raises(KeyringUnavailable) as caught:
        check_backend(fail.Keyring())
    assert "No secure system keyring" in caught.value.message
    assert "gnome-keyring" in caught.value.hint


@pytest.mark.parametrize("backend", [null.Keyring(), PlaintextKeyring()])
def test_null_and_plaintext_backends_are_refused(backend):
    with pytest.raises(KeyringUnavailable):
        check_backend(backend)


def test_a_chain_with_an_insecure_member_is_refused(monkeypatch):
    chain = chainer.ChainerBackend()
    monkeypatch.setattr(type(chain), "backends", property(lambda self: [MemoryKeyring(),
                                                                        PlaintextKeyring()]))
    with pytest.raises(KeyringUnavailable):
        check_backend(chain)


def test_a_secure_backend_keeps_the_desk_secret():
    import uuid

    store = DeskSecretStore(MemoryKeyring())
    desk = uuid.uuid4()
    assert store.get(desk) is None
    secret = store.create(desk)
    assert store.get(desk) == secret and len(secret) == 32


def test_a_locked_keyring_says_so():
    import uuid

    from keyring.errors import KeyringLocked

    class LockedKeyring(MemoryKeyring):
        def get_password(self, service, username):
            raise KeyringLocked("collection is locked")

    with pytest.raises(KeyringUnavailable) as caught:
        DeskSecretStore(LockedKeyring()).get(uuid.uuid4())
    assert "locked" in caught.value.message and "Unlock it" in caught.value.hint


def test_an_unreachable_secret_service_says_so():
    import uuid

    class NoBus(MemoryKeyring):
        def get_password(self, service, username):
            raise RuntimeError("Unable to initialize SecretService: no bus")

    with pytest.raises(KeyringUnavailable, match="could not be reached"):
        DeskSecretStore(NoBus()).get(uuid.uuid4())
