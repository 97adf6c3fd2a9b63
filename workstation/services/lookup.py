"""Finding a person by phone number or CNIC without plaintext in the database.

Filter by blind index, decrypt the few candidates, compare exactly: the index is
truncated on purpose (see crypto.blind_index), so candidates include strangers.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass

from sqlalchemy import select

from ..crypto.field_cipher import UnreadableValue
from ..crypto.keys import OrganisationKeys
from ..domain.phone import NormalisedPhone, normalise_phone
from ..persistence.database import Database
from ..persistence.models import Person

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class KnownPerson:
    id: uuid.UUID
    name: str | None
    district_code: str | None
    safety_flags: tuple[str, ...]


@dataclass(frozen=True)
class PhoneLookup:
    number: NormalisedPhone
    persons: list[KnownPerson]


def find_persons_by_phone(database: Database, keys: OrganisationKeys, typed: str) -> PhoneLookup:
    number = normalise_phone(typed)
    if number.lookup_key is None:
        return PhoneLookup(number, [])
    cipher = keys.cipher
    index = keys.indexer.index("phone", number.lookup_key)
    found = []
    with database.uow() as uow:
        candidates = uow.session.execute(
            select(Person.id, Person.phone_ct, Person.name_ct, Person.district_code,
                   Person.safety_flags).where(Person.phone_bidx == index)
        ).all()
    for person_id, phone_ct, name_ct, district_code, flags in candidates:
        try:
            if cipher.decrypt(phone_ct, table="persons", column="phone_ct",
                              row_id=person_id) != number.lookup_key:
                continue
            name = cipher.decrypt(name_ct, table="persons", column="name_ct",
                                  row_id=person_id) if name_ct else None
        except UnreadableValue as exc:
            log.warning("person %s: %s", person_id, exc.message)
            continue
        found.append(KnownPerson(person_id, name, district_code, tuple(flags or ())))
    return PhoneLookup(number, found)
