import os
import uuid

import pytest

from workstation.crypto.blind_index import INDEX_BITS, BlindIndexer
from workstation.crypto.keys import (
    KdfParams,
    OrganisationKeys,
    derive_wrapping_key,
    new_key_pair,
    seal_key,
    unseal_key,
    unwrap_private_key,
    wrap_private_key,
)
from workstation.errors import CryptoError

# Cheap parameters at the floor keep unit tests fast; the floor itself is tested below.
FAST = KdfParams(*KdfParams.FLOOR)


def test_blind_index_pinned_values_and_truncation():
    indexer = BlindIndexer(bytes(32))
    assert indexer.index("phone", "+923000123456").hex() == "e8e2"
    assert indexer.index("cnic", "4000012345678").hex() == "c981"
    assert all(len(indexer.index(kind, "x")) == bits // 8 for kind, bits in INDEX_BITS.items())


def test_blind_index_separates_columns_and_keys():
    a, b = BlindIndexer(bytes(32)), BlindIndexer(bytes([1]) * 32)
    value = "4000012345678"
    assert a.index("phone", value) != a.index("cnic", value)
    assert a.index("phone", value) != b.index("phone", value)


def test_private_key_unwraps_with_the_right_password_only():
    user = uuid.uuid4()
    private, material = new_key_pair("correct horse", user, FAST)
    assert material.params == FAST and len(material.salt) == 16
    again = unwrap_private_key("correct horse", user, material)
    assert again.public_key().public_bytes_raw() == material.public_key
    with pytest.raises(CryptoError, match="password is not correct"):
        unwrap_private_key("wrong horse", user, material)


def test_a_wrapped_private_key_cannot_be_moved_to_another_user():
    _, material = new_key_pair("correct horse", uuid.uuid4(), FAST)
    with pytest.raises(CryptoError):
        unwrap_private_key("correct horse", uuid.uuid4(), material)


def test_sealed_key_opens_only_for_its_user_and_key_id():
    user = uuid.uuid4()
    private, material = new_key_pair("pw-123456789", user, FAST)
    key = os.urandom(32)
    sealed = seal_key(material.public_key, key, user_id=user, key_id=3)
    assert key not in sealed
    assert unseal_key(private, sealed, user_id=user, key_id=3) == key
    with pytest.raises(CryptoError, match="damaged"):
        unseal_key(private, sealed, user_id=user, key_id=4)
    with pytest.raises(CryptoError):
        unseal_key(private, sealed, user_id=uuid.uuid4(), key_id=3)
    other_private, _ = new_key_pair("pw-123456789", user, FAST)
    with pytest.raises(CryptoError):
        unseal_key(other_private, sealed, user_id=user, key_id=3)


def test_rewrapping_keeps_the_same_private_key():
    user = uuid.uuid4()
    private, first = new_key_pair("old password", user, FAST)
    second = wrap_private_key(private, "new password", user, FAST)
    assert second.public_key == first.public_key and second.salt != first.salt
    assert unwrap_private_key("new password", user, second).public_key().public_bytes_raw() \
        == first.public_key
    with pytest.raises(CryptoError):
        unwrap_private_key("old password", user, second)


def test_parameters_below_the_floor_are_refused():
    with pytest.raises(CryptoError, match="below the safe minimum"):
        derive_wrapping_key("pw", os.urandom(16), KdfParams(1, 8 * 1024, 1))


def test_default_parameters_are_above_the_floor():
    KdfParams().check_floor()


def test_keys_repr_never_shows_key_material():
    keys = OrganisationKeys.generate()
    assert keys.index_key.hex() not in repr(keys)
    assert all(k.hex() not in repr(keys) for k in keys.data_keys.values())
