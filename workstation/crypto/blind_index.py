"""Blind indexes: exact lookups on encrypted columns without storing the plaintext.

An index is HMAC-SHA256 under a key of its own (never the data key), with the column
named inside the MAC so equal values in two columns give unrelated indexes, truncated
to a few bytes. Truncation is deliberate: with CipherSweet's rule of thumb, each index
value should match between 2 and sqrt(N) rows at the expected size N, so an index
alone never pins down one person while a lookup decrypts only a handful of candidates.

- Phone numbers: up to ~1,000,000 stored values (a decade of contacts at SLACC scale).
  Allowed range: log2(N/sqrt N) = 10 to log2(N/2) = 19 bits. 16 bits gives about 15
  candidates per lookup at that size and still 2 or more from ~130,000 values up.
- CNIC: up to ~300,000 persons. Allowed range 9 to 17 bits; 16 bits gives about 5.
"""

from __future__ import annotations

import hashlib
import hmac

INDEX_BITS = {
    "phone": 16,
    "cnic": 16,
}


class BlindIndexer:
    def __init__(self, index_key: bytes):
        self._key = index_key

    def index(self, kind: str, normalised_value: str) -> bytes:
        bits = INDEX_BITS[kind]
        mac = hmac.new(self._key, kind.encode() + b"\x00" + normalised_value.encode(),
                       hashlib.sha256).digest()
        return mac[: bits // 8]
