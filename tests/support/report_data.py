"""A desk with figures known in advance, built through the services, for the report and
retention tests: cases with and without the client's consent to statistics, clients of
known sex, age and vulnerability, contacts, referrals and legal steps.

Everything happens in the current month (the services stamp the present time), so the
report period is `this_month()`; one case is opened before it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from tests.support.sync_desks import fast_kdf, first_desk, signed_in
from workstation.domain.pakistan_time import today_pk
from workstation.persistence.base import utcnow
from workstation.persistence.models import Attribute, Organization, Service, TaxonomyTerm
from workstation.services import cases, consent, contacts, legal, referrals

# (how many, category, district, sex, age band, vulnerabilities, consent to statistics)
# consent: True, False, None (never asked), "withdrawn" (granted, then refused), "later"
# (refused, then granted).
KHI_CASES = (
    (7, "dv_physical", "SD-KHS", "f", "25-39", ["woman"], True),
    (3, "sv_rape", "SD-KHS", "f", "18-24", ["woman"], True),
    (6, "fam_khula", "SD-HYD", "f", "25-39", ["woman"], True),
    (2, "ch_child_labour", "SD-KHS", "m", "12-17", ["child"], True),
    (4, "dv_physical", "SD-KHS", "f", "25-39", ["woman"], False),
    (2, "dv_physical", "SD-SKR", "f", "25-39", ["woman"], None),
    (1, "sv_rape", "SD-BDN", "f", "18-24", ["woman"], "withdrawn"),
    (1, "fam_khula", "PB-LHR", "f", "40-59", ["woman", "religious_minority"], "later"),
)
# What the KHI cases above add up to (consented ones only).
KHI_COUNTED = 19
KHI_IN_MONTH = 26

# Contacts wrapped up this month at KHI: (channel, outcome, district), and one left open.
KHI_CONTACTS = (
    *[("phone", "advice_given", "SD-KHS")] * 9,
    *[("phone", "information_only", "SD-HYD")] * 3,
    *[("walk_in", "advice_given", "SD-KHS")] * 6,
    *[("virtual", "wrong_number", None)] * 2,
    *[("phone", "information_only", "SD-SKR")] * 2,
)
KHI_CONTACTS_DONE = 22


def this_month() -> str:
    return f"{today_pk():%Y-%m}"


@dataclass
class KnownDesk:
    database: object
    desk_id: uuid.UUID
    folder: object
    users: dict = field(default_factory=dict)
    cases: dict = field(default_factory=dict)       # label -> [CaseRecord]
    services: dict = field(default_factory=dict)    # type code -> service id
    open_contact: uuid.UUID | None = None

    def session(self, username: str):
        if username not in self.users:
            self.users[username] = signed_in(self.database, username, self.desk_id)
        return self.users[username]


def _directory(database) -> dict[str, uuid.UUID]:
    """Two services with a type each: public directory data, not what is tested."""
    found = {}
    with database.uow() as uow:
        organisation = Organization(name="Demo Legal Aid Society", description="")
        uow.session.add(organisation)
        uow.session.flush()
        for code, name, name_ur in (("legal_aid", "Legal aid", "قانونی امداد"),
                                    ("shelter", "Shelter (Dar-ul-Aman)", "دارالامان")):
            term = TaxonomyTerm(code=code, name=name, name_ur=name_ur, description=name,
                                taxonomy="cw-service-type")
            service = Service(organization_id=organisation.id, name=f"Demo {name}")
            uow.session.add_all([term, service])
            uow.session.flush()
            uow.session.add(Attribute(link_id=service.id, link_type="service",
                                      link_entity="service", taxonomy_term_id=term.id))
            found[code] = service.id
        uow.commit()
    return found


def _case(database, session, category, district, sex, band, vulnerabilities, *,
          opened_at=None, name="Zqx Client", narrative="Zqx narrative"):
    record = cases.validate_case(cases.CaseRecord(
        category_code=category, district_code=district, narrative=narrative,
        persons=[cases.PersonOnCase(role="client", name=name, phone="0345-0123456",
                                    sex=sex, age_band=band, district_code=district,
                                    vulnerabilities=list(vulnerabilities))]), today_pk())
    with database.transaction() as c:
        return cases.save_validated(c, session, record, opened_at=opened_at)


def _consent(database, session, case_id, answer) -> None:
    if answer is None:
        return
    first = {True: True, False: False, "withdrawn": True, "later": False}[answer]
    consent.record(database, session, case_id, purpose="statistics", granted=first)
    if answer in ("withdrawn", "later"):
        consent.record(database, session, case_id, purpose="statistics",
                       granted=answer == "later")


def build(folder) -> KnownDesk:
    with pytest.MonkeyPatch.context() as patch:
        fast_kdf(patch)
        database, desk_id, _admin = first_desk(folder)
        desk = KnownDesk(database, desk_id, folder)
        counsellor = desk.session("khi-c1")
        desk.session("khi-sup")
        desk.session("boss")
        lahore = desk.session("lhr-c1")
    desk.services = _directory(database)
    for n, (count, category, district, sex, band, marks, answer) in enumerate(KHI_CASES):
        label = f"{category}:{answer}"
        for _ in range(count):
            case = _case(database, counsellor, category, district, sex, band, marks)
            _consent(database, counsellor, case.id, answer)
            desk.cases.setdefault(label, []).append(case)
    # Opened before the month, consented: not among this month's cases, but its
    # referral and legal step made this month are counted.
    before = utcnow() - timedelta(days=45)
    earlier = _case(database, counsellor, "dv_physical", "SD-KHS", "f", "25-39", ["woman"],
                    opened_at=before)
    _consent(database, counsellor, earlier.id, True)
    desk.cases["earlier"] = [earlier]
    # Another centre's consented case.
    lhr = _case(database, lahore, "fam_khula", "PB-LHR", "f", "25-39", ["woman"])
    _consent(database, lahore, lhr.id, True)
    desk.cases["lahore"] = [lhr]

    # Referrals this month: three of counted cases (one of them the earlier case), one
    # of a case without consent to statistics (not counted).
    counted = desk.cases["dv_physical:True"]
    for case, service, status in ((counted[0], "legal_aid", "accepted"),
                                  (counted[1], "shelter", "referred"),
                                  (earlier, "legal_aid", "service_provided"),
                                  (desk.cases["dv_physical:False"][0], "shelter", "declined")):
        consent.record(database, counsellor, case.id, purpose="referral", granted=True)
        referral = referrals.refer(database, counsellor, case.id, desk.services[service],
                                   notes="Zqx referral note")
        if status != "referred":
            referrals.set_status(database, counsellor, referral, status)
    # Legal steps dated today: two FIRs registered, one refused, on counted cases; one on
    # a case without consent.
    for case, kind, status in ((counted[2], "fir", "registered"), (counted[3], "fir", "registered"),
                               (earlier, "fir", "refused"),
                               (desk.cases["dv_physical:False"][1], "fir", "registered")):
        legal.record_step(database, counsellor, case.id, kind=kind, status=status,
                          on_date=today_pk(), reference="FIR 123/2026", place="Zqx station",
                          notes="Zqx legal note")

    for channel, outcome, district in KHI_CONTACTS:
        contact_id = contacts.start_contact(database, counsellor, channel=channel,
                                            typed_number="0300-0111222")
        contacts.wrap_up(database, counsellor, contact_id, contacts.ContactForm(
            outcome=outcome, district_code=district, summary="Zqx summary of the call"))
    desk.open_contact = contacts.start_contact(database, counsellor, typed_number="0300-0111333")
    return desk


def month_start() -> date:
    return today_pk().replace(day=1)


def case_ids(desk: KnownDesk) -> list[uuid.UUID]:
    return [c.id for group in desk.cases.values() for c in group]


def ciphertexts(database, table: str, column: str, ids) -> list[bytes]:
    from workstation.persistence.base import Base

    t = Base.metadata.tables[table]
    with database.engine.connect() as c:
        return [v for v in c.execute(select(t.c[column]).where(t.c.id.in_(list(ids))))
                .scalars() if v is not None]
