"""The ciphertext format is a contract with every stored value and the shared server:
pinned known-answer vectors, and every kind of tampering fails with a clear message."""

import uuid

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from workstation.crypto.field_cipher import FieldCipher, UnknownKey, UnreadableValue

KEY = bytes(range(32))
ROW = uuid.UUID("00000000-0000-4000-8000-000000000001")
OTHER_ROW = uuid.UUID("00000000-0000-4000-8000-000000000002")

# Fixed key and nonce -> fixed bytes. If these change, stored data no longer opens.
VECTORS = [
    ("Ayesha Bibi", bytes(12),
     "0100010000000000000000000000004fc5d0addd4da3ff61cac0ae2bcc59d0aef400451ee4f21a7c5ce6"),
    ("عائشہ", bytes.fromhex("0102030405060708090a0b0c"),
     "0100010102030405060708090a0b0cdd53827234322832972303aede14a0fbd8c219404621bdfea3b7"),
]


@pytest.fixture
def cipher():
    return FieldCipher({1: KEY}, 1)


@pytest.mark.parametrize("plaintext,nonce,expected", VECTORS)
def test_known_answer_vectors(cipher, plaintext, nonce, expected):
    envelope = cipher.encrypt(plaintext, table="persons", column="name_ct", row_id=ROW,
                              nonce=nonce)
    assert envelope.hex() == expected
    assert cipher.decrypt(envelope, table="persons", column="name_ct", row_id=ROW) == plaintext


def test_vector_matches_the_documented_format():
    """Rebuild vector 1 from the format in the module docstring with AESGCM directly."""
    header = bytes([1]) + (1).to_bytes(2, "big")
    aad = b"|".join((b"cw1", header, b"persons", b"name_ct", ROW.bytes))
    sealed = AESGCM(KEY).encrypt(bytes(12), b"Ayesha Bibi", aad)
    assert (header + bytes(12) + sealed).hex() == VECTORS[0][2]


def test_each_encryption_uses_a_fresh_nonce(cipher):
    a = cipher.encrypt("same", table="t", column="c", row_id=ROW)
    b = cipher.encrypt("same", table="t", column="c", row_id=ROW)
    assert a != b


def _sealed(cipher):
    return cipher.encrypt("Ayesha Bibi", table="persons", column="name_ct", row_id=ROW)


def test_flipped_bit_is_refused(cipher):
    envelope = bytearray(_sealed(cipher))
    envelope[-5] ^= 0x01
    with pytest.raises(UnreadableValue, match="damaged"):
        cipher.decrypt(bytes(envelope), table="persons", column="name_ct", row_id=ROW)


def test_truncated_value_is_refused(cipher):
    with pytest.raises(UnreadableValue, match="truncated"):
        cipher.decrypt(_sealed(cipher)[:20], table="persons", column="name_ct", row_id=ROW)
    with pytest.raises(UnreadableValue, match="damaged"):
        cipher.decrypt(_sealed(cipher)[:-1], table="persons", column="name_ct", row_id=ROW)


def test_value_moved_to_another_row_is_refused(cipher):
    with pytest.raises(UnreadableValue, match="another record"):
        cipher.decrypt(_sealed(cipher), table="persons", column="name_ct", row_id=OTHER_ROW)


def test_value_moved_to_another_column_is_refused(cipher):
    with pytest.raises(UnreadableValue):
        cipher.decrypt(_sealed(cipher), table="persons", column="address_ct", row_id=ROW)


def test_unknown_header_version_is_refused(cipher):
    envelope = bytearray(_sealed(cipher))
    envelope[0] = 9
    with pytest.raises(UnreadableValue, match="unknown format"):
        cipher.decrypt(bytes(envelope), table="persons", column="name_ct", row_id=ROW)


def test_relabelled_key_id_is_refused():
    cipher = FieldCipher({1: KEY, 2: bytes(32)}, 1)
    envelope = bytearray(_sealed(cipher))
    envelope[2] = 2  # claim key 2
    with pytest.raises(UnreadableValue):
        cipher.decrypt(bytes(envelope), table="persons", column="name_ct", row_id=ROW)


def test_missing_key_version_says_so(cipher):
    envelope = _sealed(FieldCipher({7: KEY}, 7))
    with pytest.raises(UnknownKey, match="key version 7"):
        cipher.decrypt(envelope, table="persons", column="name_ct", row_id=ROW)


def test_messages_never_contain_the_value(cipher):
    envelope = bytearray(_sealed(cipher))
    envelope[-1] ^= 0xFF
    with pytest.raises(UnreadableValue) as caught:
        cipher.decrypt(bytes(envelope), table="persons", column="name_ct", row_id=ROW)
    assert "Ayesha" not in str(caught.value)
