import os
import uuid

import pytest

from workstation.crypto.blind_index import INDEX_BITS, BlindIndexer
from workstation.crypto.keys import (
    KdfParams,
    OrganisationKeys,
    derive_wrapping_key,
    unwrap_key,
    wrap_key,
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


def test_wrap_and_unwrap_with_the_right_password():
    user = uuid.uuid4()
    salt = os.urandom(16)
    key = os.urandom(32)
    wrapped = wrap_key(derive_wrapping_key("correct horse", salt, FAST), key, user_id=user,
                       key_id=1)
    assert key not in wrapped
    assert unwrap_key(derive_wrapping_key("correct horse", salt, FAST), wrapped, user_id=user,
                      key_id=1) == key


def test_wrong_password_is_a_clear_error():
    user, salt = uuid.uuid4(), os.urandom(16)
    wrapped = wrap_key(derive_wrapping_key("right", salt, FAST), os.urandom(32), user_id=user,
                       key_id=1)
    with pytest.raises(CryptoError, match="password is not correct"):
        unwrap_key(derive_wrapping_key("wrong", salt, FAST), wrapped, user_id=user, key_id=1)


def test_a_wrap_cannot_be_moved_to_another_user():
    user, salt = uuid.uuid4(), os.urandom(16)
    wrapping = derive_wrapping_key("pw", salt, FAST)
    wrapped = wrap_key(wrapping, os.urandom(32), user_id=user, key_id=1)
    with pytest.raises(CryptoError):
        unwrap_key(wrapping, wrapped, user_id=uuid.uuid4(), key_id=1)


def test_parameters_below_the_floor_are_refused():
    with pytest.raises(CryptoError, match="below the safe minimum"):
        derive_wrapping_key("pw", os.urandom(16), KdfParams(1, 8 * 1024, 1))


def test_default_parameters_are_above_the_floor():
    KdfParams().check_floor()


def test_keys_repr_never_shows_key_material():
    keys = OrganisationKeys.generate()
    assert keys.index_key.hex() not in repr(keys)
    assert all(k.hex() not in repr(keys) for k in keys.data_keys.values())
