"""The same person recorded twice: found, and merged without losing anything."""

import pytest
from sqlalchemy import select

from tests.conftest import DEMO_UNTIL
from workstation.demo.generator import DEMO_PASSWORD, DemoSize, generate_demo
from workstation.domain.permissions import PermissionDenied
from workstation.errors import ValidationError
from workstation.persistence.database import open_desk_database
from workstation.persistence.models import CasePerson, Contact, Person
from workstation.services import cases, contacts, duplicates
from workstation.services.accounts import sign_in
from workstation.services.calls import screen_pop


@pytest.fixture
def desk(tmp_path):
    generate_demo(tmp_path, DemoSize(contacts=100, cases=20, services=5, until=DEMO_UNTIL))
    database = open_desk_database(tmp_path)
    users = {u: sign_in(database, u, DEMO_PASSWORD)
             for u in ("khi-counsellor1", "khi-counsellor2")}
    yield database, users
    database.close()


def client(database, who, **person):
    saved = cases.save_case(database, who, cases.CaseRecord(
        category_code="dv_physical",
        persons=[cases.PersonOnCase(role="client", sex="f", **person)]))
    return saved, saved.persons[0].id


def test_same_phone_cnic_and_similar_names_are_offered(desk):
    database, users = desk
    me = users["khi-counsellor1"]
    _, first = client(database, me, name="Ayesha Bibi", phone="0345-0911101",
                      cnic="42101-0091110-2")
    second_case, second = client(database, me, name="عائشہ بی بی", phone="0345-0911101")
    _, third = client(database, me, name="Mst. Aisha", cnic="42101-0091110-2")
    _, stranger = client(database, me, name="Zainab Khan", phone="0345-0911199")
    found = {d.person_id: d for d in duplicates.find_duplicates(database, me, first)}
    assert set(found) == {second, third}
    assert "same phone number" in found[second].reasons
    assert any(r.startswith("similar name") for r in found[second].reasons)
    assert "same CNIC" in found[third].reasons
    assert found[second].cases == [second_case.reference]
    assert stranger not in found


def test_merge_keeps_every_case_contact_and_value(desk):
    database, users = desk
    me = users["khi-counsellor1"]
    first_case, first = client(database, me, name="Ayesha Bibi", phone="0345-0911201")
    second_case, second = client(database, me, name="Aisha", address="House 5, Lyari",
                                 phone="0345-0911202")
    contact = contacts.start_contact(database, me, typed_number="0345-0911202",
                                     person_id=second)
    duplicates.merge(database, me, first, second)
    with database.uow() as uow:
        links = set(uow.session.scalars(select(CasePerson.case_id)
                                        .where(CasePerson.person_id == first)))
        assert links == {first_case.id, second_case.id}
        assert uow.session.get(Contact, contact).person_id == first
        merged = uow.session.get(Person, second)
        assert merged.merged_into_id == first and merged.address_ct is not None
    # the merged record's own values are still there to read
    assert cases.open_case(database, me, second_case.id).persons[0].id == first
    assert [p.id for p in screen_pop(database, me, "0345-0911202").callers] == []
    assert duplicates.find_duplicates(database, me, first) == []
    with pytest.raises(ValidationError, match="already merged"):
        duplicates.merge(database, me, first, second)


def test_restricted_cases_limit_what_is_offered_and_merged(desk):
    database, users = desk
    me, colleague = users["khi-counsellor1"], users["khi-counsellor2"]
    _, mine = client(database, me, name="Saima Khan", phone="0345-0911301")
    hidden = cases.save_case(database, colleague, cases.CaseRecord(
        category_code="dv_physical", restricted=True, persons=[cases.PersonOnCase(
            role="client", name="Saima Khan", phone="0345-0911301", sex="f")]))
    assert duplicates.find_duplicates(database, me, mine) == []
    with pytest.raises(PermissionDenied):
        duplicates.merge(database, me, mine, hidden.persons[0].id)
