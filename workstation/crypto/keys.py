"""The organisation key hierarchy (written up in docs/security.md).

- Organisation keys: random 256-bit data keys (versioned, for the field cipher) and an
  index key (for blind indexes). They never touch disk in clear.
- Each user has an X25519 key pair. The private key is stored only wrapped (AES-256-GCM)
  under a key derived from the user's password with Argon2id; the parameters and salt are
  stored beside it, and below a floor they are refused.
- Each organisation key is sealed to each user's public key. So a password change re-wraps
  one small private key, and a new key version (rotation) or a new account can be given
  to every user without anyone knowing their passwords.
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass, field

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from ..errors import CryptoError
from .blind_index import BlindIndexer
from .field_cipher import FieldCipher

KEY_BYTES = 32
NONCE = 12
_RAW = serialization.Encoding.Raw


@dataclass(frozen=True)
class KdfParams:
    time_cost: int = 3
    # ~0.4 s on a 2-core desk: slow for guessing, quick enough for a sign-in.
    memory_kib: int = 256 * 1024
    parallelism: int = 2

    # Below this floor a stolen database could be attacked too cheaply: refuse it.
    # (OWASP's minimum for Argon2id: 19 MiB, 2 passes, 1 lane.)
    FLOOR = (2, 19 * 1024, 1)

    def check_floor(self) -> None:
        floor_t, floor_m, floor_p = self.FLOOR
        if self.time_cost < floor_t or self.memory_kib < floor_m or self.parallelism < floor_p:
            raise CryptoError(
                "This account's password protection uses settings below the safe minimum.",
                hint="An administrator must reset this account's password.",
            )


def derive_wrapping_key(password: str, salt: bytes, params: KdfParams) -> bytes:
    params.check_floor()
    return hash_secret_raw(
        password.encode("utf-8"), salt, time_cost=params.time_cost,
        memory_cost=params.memory_kib, parallelism=params.parallelism,
        hash_len=KEY_BYTES, type=Type.ID,
    )


# ---- the user's key pair ------------------------------------------------------------------

@dataclass(frozen=True)
class WrappedPrivateKey:
    public_key: bytes
    wrapped: bytes
    salt: bytes
    params: KdfParams


def _private_aad(user_id: uuid.UUID, public_key: bytes) -> bytes:
    return b"cw-private-key|" + user_id.bytes + public_key


def new_key_pair(password: str, user_id: uuid.UUID, params: KdfParams | None = None,
                 *, wrapping_key: bytes | None = None, salt: bytes | None = None,
                 ) -> tuple[X25519PrivateKey, WrappedPrivateKey]:
    """A fresh key pair with the private key wrapped under the password.

    `wrapping_key`/`salt` let a caller reuse one Argon2id run for many accounts that
    share a password (the demo's accounts only)."""
    params = params or KdfParams()
    private = X25519PrivateKey.generate()
    return private, wrap_private_key(private, password, user_id, params,
                                     wrapping_key=wrapping_key, salt=salt)


def wrap_private_key(private: X25519PrivateKey, password: str, user_id: uuid.UUID,
                     params: KdfParams, *, wrapping_key: bytes | None = None,
                     salt: bytes | None = None) -> WrappedPrivateKey:
    salt = salt or os.urandom(16)
    wrapping_key = wrapping_key or derive_wrapping_key(password, salt, params)
    public = private.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw)
    raw = private.private_bytes(_RAW, serialization.PrivateFormat.Raw,
                                serialization.NoEncryption())
    nonce = os.urandom(NONCE)
    wrapped = nonce + AESGCM(wrapping_key).encrypt(nonce, raw, _private_aad(user_id, public))
    return WrappedPrivateKey(public, wrapped, salt, params)


def unwrap_private_key(password: str, user_id: uuid.UUID, material: WrappedPrivateKey,
                       ) -> X25519PrivateKey:
    key = derive_wrapping_key(password, material.salt, material.params)
    try:
        raw = AESGCM(key).decrypt(material.wrapped[:NONCE], material.wrapped[NONCE:],
                                  _private_aad(user_id, material.public_key))
    except InvalidTag:
        raise CryptoError("The user name or password is not correct.") from None
    return X25519PrivateKey.from_private_bytes(raw)


# ---- organisation keys sealed to a user --------------------------------------------------

def _seal_key_material(shared: bytes, ephemeral: bytes, recipient: bytes, user_id: uuid.UUID,
                       key_id: int) -> tuple[bytes, bytes]:
    context = b"cw-seal|" + ephemeral + recipient + user_id.bytes + key_id.to_bytes(4, "big")
    key = HKDF(hashes.SHA256(), KEY_BYTES, salt=None, info=context).derive(shared)
    return key, context


def seal_key(public_key: bytes, key: bytes, *, user_id: uuid.UUID, key_id: int) -> bytes:
    """ephemeral public key (32) | nonce (12) | AES-256-GCM(key) — an ECIES sealed box."""
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public_key))
    aead_key, context = _seal_key_material(shared, ephemeral_public, public_key, user_id, key_id)
    nonce = os.urandom(NONCE)
    return ephemeral_public + nonce + AESGCM(aead_key).encrypt(nonce, key, context)


def unseal_key(private: X25519PrivateKey, sealed: bytes, *, user_id: uuid.UUID,
               key_id: int) -> bytes:
    ephemeral_public, nonce, body = sealed[:32], sealed[32:32 + NONCE], sealed[32 + NONCE:]
    public = private.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw)
    try:
        shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
        aead_key, context = _seal_key_material(shared, ephemeral_public, public, user_id, key_id)
        return AESGCM(aead_key).decrypt(nonce, body, context)
    except (InvalidTag, ValueError):
        raise CryptoError(f"Organisation key {key_id} given to this account is damaged.",
                          hint="An administrator must grant access again.") from None


# ---- unlocked keys -----------------------------------------------------------------------

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
