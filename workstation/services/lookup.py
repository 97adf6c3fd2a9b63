"""Finding a person by phone number without plaintext in the database.

Filter by blind index, decrypt the few candidates, compare exactly: the index is
truncated on purpose (see crypto.blind_index), so candidates include strangers.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import bindparam, select
from sqlalchemy.engine import Connection

from ..crypto.keys import OrganisationKeys
from ..domain.phone import NormalisedPhone, normalise_phone
from ..persistence.database import Database
from ..persistence.models import Person
from .sealed import open_fields


@dataclass(frozen=True)
class KnownPerson:
    id: uuid.UUID
    name: str | None
    district_code: str | None
    safety_flags: tuple[str, ...]
    centre_id: uuid.UUID | None = None


@dataclass(frozen=True)
class PhoneLookup:
    number: NormalisedPhone
    persons: list[KnownPerson]


_P = Person.__table__
_BY_PHONE_INDEX = select(_P.c.id, _P.c.phone_ct, _P.c.name_ct, _P.c.district_code,
                         _P.c.safety_flags, _P.c.centre_id).where(_P.c.phone_bidx == bindparam("bidx"),
                                                  _P.c.merged_into_id.is_(None))


def persons_with_phone(connection: Connection, keys: OrganisationKeys,
                       lookup_key: str) -> list[KnownPerson]:
    """Everyone whose stored number is exactly `lookup_key` (E.164 or a short code).
    A candidate whose number cannot be decrypted is skipped (and logged, without values)."""
    found = []
    for row in connection.execute(_BY_PHONE_INDEX,
                                  {"bidx": keys.indexer.index("phone", lookup_key)}):
        values, bad = open_fields(keys, "persons", row.id, row, ("phone", "name"))
        if "phone" not in bad and values["phone"] == lookup_key:
            found.append(KnownPerson(row.id, values["name"], row.district_code,
                                     tuple(row.safety_flags or ()), row.centre_id))
    return found


def find_persons_by_phone(database: Database, keys: OrganisationKeys, typed: str) -> PhoneLookup:
    number = normalise_phone(typed)
    if number.lookup_key is None:
        return PhoneLookup(number, [])
    with database.engine.connect() as connection:
        return PhoneLookup(number, persons_with_phone(connection, keys, number.lookup_key))
