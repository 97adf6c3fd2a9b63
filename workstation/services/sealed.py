"""Sealing and opening the sensitive fields of a row: the one path between plain values
and `*_ct` columns. A field named `name` is stored in the column `name_ct`."""

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
