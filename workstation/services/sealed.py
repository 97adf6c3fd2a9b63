"""Sealing and opening the sensitive fields of a row: the one path between plain values
and `*_ct` columns. A field named `name` is stored in the column `name_ct`.

Every sealing draws a fresh nonce, so sealing an unchanged value still changes the
column. Updates go through `reseal`, which keeps the stored envelope of a value that did
not change: the desk's change log, and the per-field merge on the shared database, then
see only the fields a person actually changed (a case edited on two desks keeps both
desks' changes instead of one desk's stale copy of a field it never touched)."""

from __future__ import annotations

import logging
import uuid

from ..crypto.field_cipher import UnreadableValue
from ..crypto.keys import OrganisationKeys
from ..errors import CryptoError

log = logging.getLogger(__name__)


def seal(keys: OrganisationKeys, table: str, row_id: uuid.UUID,
         values: dict[str, str | None]) -> dict[str, bytes | None]:
    cipher = keys.cipher
    return {f"{field}_ct": None if value is None else
            cipher.encrypt(value, table=table, column=f"{field}_ct", row_id=row_id)
            for field, value in values.items()}


def reseal(keys: OrganisationKeys, table: str, row_id: uuid.UUID,
           values: dict[str, str | None], stored) -> dict[str, bytes | None]:
    """`seal` for an update: `stored` maps `<field>_ct` to the envelope in the row now
    (or is None). A value equal to the stored one, sealed under the active key, keeps
    its envelope; a value under an older key is sealed anew (helping a rotation)."""
    cipher = keys.cipher
    sealed: dict[str, bytes | None] = {}
    for field, value in values.items():
        column = f"{field}_ct"
        old = stored.get(column) if stored else None
        if value is None or old is None:
            sealed[column] = None if value is None else cipher.encrypt(
                value, table=table, column=column, row_id=row_id)
            continue
        try:
            same = cipher.key_id_of(old) == cipher.active_key_id and cipher.decrypt(
                old, table=table, column=column, row_id=row_id) == value
        except (UnreadableValue, CryptoError):
            same = False
        sealed[column] = old if same else cipher.encrypt(value, table=table, column=column,
                                                         row_id=row_id)
    return sealed


def open_fields(keys: OrganisationKeys, table: str, row_id: uuid.UUID, row,
                fields: tuple[str, ...]) -> tuple[dict[str, str | None], list[str]]:
    """Plain values of `fields` from `row` (anything with `<field>_ct` attributes).

    A value that cannot be read becomes None and its field is listed, so one damaged
    field never stops the rest of the record from opening. The log names the row and
    column, never a value."""
    cipher = keys.cipher
    values: dict[str, str | None] = {}
    unreadable: list[str] = []
    for field in fields:
        envelope = getattr(row, f"{field}_ct")
        if envelope is None:
            values[field] = None
            continue
        try:
            values[field] = cipher.decrypt(envelope, table=table, column=f"{field}_ct",
                                           row_id=row_id)
        except (UnreadableValue, CryptoError) as exc:
            log.warning("%s %s: %s", table, row_id, exc.message)
            values[field] = None
            unreadable.append(field)
    return values, unreadable
