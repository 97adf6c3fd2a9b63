"""The one field cipher for every sensitive column.

Envelope, version 1 (all integers big-endian):

    0x01 | key_id: u16 | nonce: 12 bytes | AES-256-GCM ciphertext and 16-byte tag

The associated data binds the header to where the value lives —
``b"cw1" | header | table | column | row id`` — so a value copied to another row or
column, or re-labelled with another key id, fails to decrypt instead of reading as
someone else's data. Not `sqlalchemy-utils` EncryptedType: that is CBC with an IV
derived from the key and no integrity.
"""

from __future__ import annotations

import os
import struct
import uuid
from collections.abc import Mapping

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from ..errors import CryptoError

VERSION = 1
HEADER = struct.Struct(">BH")
NONCE_BYTES = 12
TAG_BYTES = 16
MIN_ENVELOPE = HEADER.size + NONCE_BYTES + TAG_BYTES


class UnreadableValue(CryptoError):
    """One stored value cannot be decrypted; the rest of the record still opens."""


class UnknownKey(CryptoError):
    """The value was written under a key version this desk does not hold."""


def associated_data(header: bytes, table: str, column: str, row_id: uuid.UUID) -> bytes:
    return b"|".join((b"cw1", header, table.encode(), column.encode(), row_id.bytes))


class FieldCipher:
    def __init__(self, keys: Mapping[int, bytes], active_key_id: int):
        if active_key_id not in keys:
            raise UnknownKey("The active data key is not among the unlocked keys.")
        self._aead = {key_id: AESGCM(key) for key_id, key in keys.items()}
        self.active_key_id = active_key_id

    def encrypt(
        self, plaintext: str, *, table: str, column: str, row_id: uuid.UUID,
        nonce: bytes | None = None,
    ) -> bytes:
        """`nonce` is for known-answer tests only; production always draws a fresh one."""
        header = HEADER.pack(VERSION, self.active_key_id)
        nonce = os.urandom(NONCE_BYTES) if nonce is None else nonce
        sealed = self._aead[self.active_key_id].encrypt(
            nonce, plaintext.encode("utf-8"), associated_data(header, table, column, row_id)
        )
        return header + nonce + sealed

    def decrypt(self, envelope: bytes, *, table: str, column: str, row_id: uuid.UUID) -> str:
        # Messages name the column, never the value or the key.
        where = f"{table}.{column}"
        if envelope is None or len(envelope) < MIN_ENVELOPE:
            raise UnreadableValue(f"A stored value in {where} is truncated and cannot be read.")
        version, key_id = HEADER.unpack_from(envelope)
        if version != VERSION:
            raise UnreadableValue(
                f"A stored value in {where} has an unknown format (version {version}).",
                hint="It may come from a newer version of Counsellor Workstation.",
            )
        aead = self._aead.get(key_id)
        if aead is None:
            raise UnknownKey(
                f"A stored value in {where} needs key version {key_id}, which is not unlocked.",
            )
        header = envelope[: HEADER.size]
        nonce = envelope[HEADER.size : HEADER.size + NONCE_BYTES]
        try:
            plaintext = aead.decrypt(
                nonce, envelope[HEADER.size + NONCE_BYTES :],
                associated_data(header, table, column, row_id),
            )
        except InvalidTag:
            raise UnreadableValue(
                f"A stored value in {where} is damaged or belongs to another record."
            ) from None
        return plaintext.decode("utf-8")

    def key_id_of(self, envelope: bytes) -> int:
        return HEADER.unpack_from(envelope)[1]
