"""Organisation keys and their wraps under Argon2id password-derived keys.

The organisation holds random 256-bit keys: data keys (versioned, for the field
cipher) and an index key (for blind indexes). They never touch disk in clear: each
user gets a copy wrapped with AES-256-GCM under a key derived from their password by
Argon2id, stored in the database with its parameters so any desk can unlock it.
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass, field

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from ..errors import CryptoError
from .blind_index import BlindIndexer
from .field_cipher import FieldCipher

KEY_BYTES = 32


@dataclass(frozen=True)
class KdfParams:
    time_cost: int = 3
    # ~0.4 s on a 2-core desk: slow for guessing, quick enough for a sign-in.
    memory_kib: int = 256 * 1024
    parallelism: int = 2

    # Below this floor a stolen database could be attacked too cheaply: refuse it.
    FLOOR = (2, 19 * 1024, 1)

    def check_floor(self) -> None:
        floor_t, floor_m, floor_p = self.FLOOR
        if self.time_cost < floor_t or self.memory_kib < floor_m or self.parallelism < floor_p:
            raise CryptoError(
                "A key wrap uses password-hashing settings below the safe minimum.",
                hint="An administrator must reset this account's password.",
            )


def derive_wrapping_key(password: str, salt: bytes, params: KdfParams) -> bytes:
    params.check_floor()
    return hash_secret_raw(
        password.encode("utf-8"), salt, time_cost=params.time_cost,
        memory_cost=params.memory_kib, parallelism=params.parallelism,
        hash_len=KEY_BYTES, type=Type.ID,
    )


def _wrap_aad(user_id: uuid.UUID, key_id: int) -> bytes:
    return b"cw-keywrap|" + user_id.bytes + key_id.to_bytes(4, "big")


def wrap_key(wrapping_key: bytes, key: bytes, *, user_id: uuid.UUID, key_id: int) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(wrapping_key).encrypt(nonce, key, _wrap_aad(user_id, key_id))


def unwrap_key(wrapping_key: bytes, wrapped: bytes, *, user_id: uuid.UUID, key_id: int) -> bytes:
    try:
        return AESGCM(wrapping_key).decrypt(wrapped[:12], wrapped[12:], _wrap_aad(user_id, key_id))
    except InvalidTag:
        raise CryptoError("The password is not correct.") from None


@dataclass
class OrganisationKeys:
    """Unlocked keys held in memory for one signed-in session."""

    data_keys: dict[int, bytes]
    active_data_key_id: int
    index_key_id: int
    index_key: bytes
    _cipher: FieldCipher | None = field(default=None, repr=False)

    def __repr__(self) -> str:  # never print key material
        return f"OrganisationKeys(data={sorted(self.data_keys)}, index={self.index_key_id})"

    @classmethod
    def generate(cls, data_key_id: int = 1, index_key_id: int = 2) -> OrganisationKeys:
        return cls({data_key_id: os.urandom(KEY_BYTES)}, data_key_id, index_key_id,
                   os.urandom(KEY_BYTES))

    @property
    def cipher(self) -> FieldCipher:
        if self._cipher is None:
            self._cipher = FieldCipher(self.data_keys, self.active_data_key_id)
        return self._cipher

    @property
    def indexer(self) -> BlindIndexer:
        return BlindIndexer(self.index_key)

    def all_keys(self) -> dict[int, bytes]:
        return {**self.data_keys, self.index_key_id: self.index_key}
