"""Finding demo callers for the call-screen tests, through the core (the demo numbers are
sealed like real ones, so they are found by decrypting, as a counsellor's desk would)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from workstation.persistence.database import open_desk_database
from workstation.persistence.models import Centre, Contact, Person
from workstation.services import accounts, calls
from workstation.services.sealed import open_fields


@dataclass(frozen=True)
class Caller:
    number: str            # E.164
    name: str
    safety_flags: tuple[str, ...]
    contacts: int          # earlier contacts the screen pop shows


def known_caller(folder, username: str = "khi-counsellor1", *, flagged: bool = True) -> Caller:
    """A person of the user's centre, with a number, earlier contacts there, and (when
    `flagged`) a safety flag."""
    database = open_desk_database(folder)
    try:
        session = accounts.sign_in(database, username, "demo")
        with database.engine.connect() as c:
            centre = c.execute(select(Centre.id).where(
                Centre.id == session.actor.centre_id)).scalar_one()
            rows = c.execute(select(Person.id, Person.phone_ct, Person.safety_flags)
                             .where(Person.centre_id == centre, Person.phone_ct.is_not(None),
                                    Person.merged_into_id.is_(None))
                             .join(Contact, Contact.person_id == Person.id)
                             .distinct()).all()
        for row in rows:
            if flagged != bool(row.safety_flags):
                continue
            number = open_fields(session.keys, "persons", row.id, row, ("phone",))[0]["phone"]
            pop = calls.screen_pop(database, session, number)
            named = [p for p in pop.callers if p.name]
            if pop.contacts and len(named) == 1:
                return Caller(number, named[0].name, pop.safety_flags, len(pop.contacts))
    finally:
        database.close()
    raise LookupError("the demo has no such caller")
