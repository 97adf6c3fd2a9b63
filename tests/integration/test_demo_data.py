"""The demo generator: exact sizes, deterministic for a seed, obviously fictitious,
encrypted at rest, and never half-made."""

from collections import Counter

import pytest
from sqlalchemy import func, select

from tests.conftest import DEMO_UNTIL
from workstation import reference
from workstation.demo.generator import DEMO_PASSWORD, DemoSize, generate_demo
from workstation.persistence.database import DESK_DB_NAME, open_desk_database
from workstation.persistence.models import (
    Case,
    Contact,
    Location,
    Organization,
    Person,
    Service,
)
from workstation.services.accounts import sign_in
from workstation.services.lookup import find_persons_by_phone


@pytest.fixture(scope="module")
def demo(small_demo):
    database = open_desk_database(small_demo)
    keys = sign_in(database, "khi-counsellor1", DEMO_PASSWORD).keys
    yield database, keys
    database.close()


def _decrypted(database, keys, column, limit=200):
    with database.uow() as uow:
        rows = uow.session.execute(select(Person.id, getattr(Person, column))
                                   .where(getattr(Person, column).is_not(None))
                                   .order_by(Person.id).limit(limit)).all()
    return [keys.cipher.decrypt(ct, table="persons", column=column, row_id=pid)
            for pid, ct in rows]


def test_sizes_are_exact(demo):
    database, _ = demo
    with database.uow() as uow:
        s = uow.session
        assert s.scalar(select(func.count()).select_from(Contact)) == 3000
        assert s.scalar(select(func.count()).select_from(Case)) == 800
        # The demo's 300 and the starting directory's seven real helplines.
        assert s.scalar(select(func.count()).select_from(Service)) == 300 + 7


def test_same_seed_same_records(tmp_path, demo):
    database, keys = demo
    generate_demo(tmp_path, DemoSize(contacts=3000, cases=800, services=300, seed=5,
                                     until=DEMO_UNTIL))
    other = open_desk_database(tmp_path)
    try:
        other_keys = sign_in(other, "khi-counsellor1", DEMO_PASSWORD).keys
        with database.uow() as a, other.uow() as b:
            refs = select(Case.reference, Case.opened_at, Case.status).order_by(Case.reference)
            assert a.session.execute(refs).all() == b.session.execute(refs).all()
        assert _decrypted(database, keys, "name_ct") == _decrypted(other, other_keys, "name_ct")
    finally:
        other.close()


def test_other_seed_other_records(tmp_path, demo):
    database, _ = demo
    generate_demo(tmp_path, DemoSize(contacts=3000, cases=800, services=300, seed=6,
                                     until=DEMO_UNTIL))
    other = open_desk_database(tmp_path)
    try:
        with database.uow() as a, other.uow() as b:
            q = select(Case.opened_at).order_by(Case.opened_at).limit(20)
            assert a.session.scalars(q).all() != b.session.scalars(q).all()
    finally:
        other.close()


def test_names_come_in_english_roman_urdu_and_urdu_script(demo):
    names = _decrypted(*demo, "name_ct", limit=400)
    scripts = Counter("ur" if any("\u0600" <= ch <= "\u06ff" for ch in n) else "latin"
                      for n in names)
    assert scripts["ur"] > 40 and scripts["latin"] > 200


def test_numbers_and_cnics_are_in_the_fictitious_blocks(demo):
    assert all(p[6] == "0" for p in _decrypted(*demo, "phone_ct"))
    assert all(c[1:5] == "0000" for c in _decrypted(*demo, "cnic_ct"))


def test_directory_is_marked_demo_and_covers_every_district(demo):
    database, _ = demo
    with database.uow() as uow:
        s = uow.session
        # Real: only the starting directory's helplines, each with its source.
        real = s.execute(select(Service.name, Service.source)
                         .where(Service.is_demo.is_(False))).all()
        assert len(real) == 7 and all(r.source for r in real)
        assert all("(demo)" in n for n in s.scalars(select(Organization.name)
                                                    .where(Organization.is_demo)))
        assert s.scalar(select(func.count()).select_from(Organization)
                        .where(Organization.is_demo.is_(False))) == 7
        districts = set(s.scalars(select(Location.district_code)))
        organisations = s.scalar(select(func.count()).select_from(Organization)
                                 .where(Organization.is_demo))
    # Organisations go round the districts: as many districts as organisations, up to all.
    assert len(districts) == min(organisations, len(reference.districts()))
    assert organisations >= 100


def test_ten_years_of_contacts_with_abandoned_calls_after_hours(demo):
    database, _ = demo
    with database.uow() as uow:
        s = uow.session
        first, last = s.execute(select(func.min(Contact.started_at),
                                       func.max(Contact.started_at))).one()
        by_status = {status: n for status, n in s.execute(
            select(Contact.status, func.count()).group_by(Contact.status))}
    assert (last - first).days > 365 * 9
    assert by_status["abandoned"] > 100 and by_status["answered"] > 2000


def test_known_caller_is_found_by_the_number_as_typed(demo):
    database, keys = demo
    phone = _decrypted(database, keys, "phone_ct", limit=1)[0]
    typed = f"0{phone[3:6]}-{phone[6:]}"  # 0345-0123456
    found = find_persons_by_phone(database, keys, typed)
    assert found.number.e164 == phone
    assert len(found.persons) >= 1 and all(p.name for p in found.persons)
    assert find_persons_by_phone(database, keys, "0399-9999999").persons == []
    assert find_persons_by_phone(database, keys, "not a number").persons == []


def test_no_sensitive_value_is_on_disk_in_clear(demo, small_demo):
    database, keys = demo
    planted = (_decrypted(database, keys, "name_ct", 50) + _decrypted(database, keys,
               "phone_ct", 50) + _decrypted(database, keys, "cnic_ct", 50))
    blob = b"".join(p.read_bytes() for p in small_demo.iterdir() if p.is_file())
    logs = b"".join(p.read_bytes() for p in (small_demo / "logs").glob("*")) \
        if (small_demo / "logs").exists() else b""
    for value in planted:
        # Latin names are short and common words; look for the full value only.
        assert value.encode() not in blob + logs, "a sensitive value is stored in clear"


def test_interrupted_demo_leaves_no_desk_database(tmp_path):
    calls = 0

    def interrupt(n):
        nonlocal calls
        calls += 1
        if calls == 3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        generate_demo(tmp_path, DemoSize(contacts=20000, cases=5000, services=100,
                                         until=DEMO_UNTIL), interrupt)
    assert not (tmp_path / DESK_DB_NAME).exists()
    # and a second run completes from scratch
    generate_demo(tmp_path, DemoSize(contacts=300, cases=100, services=50, until=DEMO_UNTIL))
    assert (tmp_path / DESK_DB_NAME).exists()
    assert not (tmp_path / ".demo-in-progress").exists()


def test_wrong_password_does_not_unlock(demo):
    from workstation.errors import CryptoError

    database, _ = demo
    with pytest.raises(CryptoError, match="not correct"):
        sign_in(database, "khi-counsellor1", "wrong")
    with pytest.raises(CryptoError, match="not correct"):
        sign_in(database, "nobody", DEMO_PASSWORD)


def test_nothing_is_in_the_future_and_the_last_day_has_a_queue(demo):
    from datetime import datetime, time, timedelta, timezone

    from workstation.persistence.models import CaseNote, Referral

    database, _ = demo
    end = datetime.combine(DEMO_UNTIL, time(18, 0), timezone(timedelta(hours=5)))
    day_start = end.replace(hour=0, minute=0)
    with database.uow() as uow:
        s = uow.session
        for column in (Contact.started_at, Case.opened_at, Case.closed_at, CaseNote.created_at,
                       Referral.referred_at):
            assert s.scalar(select(func.max(column))) <= end, column
        on_last_day = s.scalar(select(func.count()).where(Contact.started_at >= day_start))
    assert on_last_day >= 50


def test_case_list_withholds_the_category_of_restricted_cases(demo):
    from workstation.services import browse
    from workstation.services.accounts import sign_in

    database, _ = demo
    anonymous = browse.case_page(database, limit=800).rows
    restricted = [r for r in anonymous if r.restricted]
    assert restricted and all(r.category_en is None for r in restricted)
    assert all(r.category_en for r in anonymous if not r.restricted)
    supervisor = sign_in(database, "khi-supervisor1", DEMO_PASSWORD)
    seen = browse.case_page(database, limit=800, actor=supervisor.actor).rows
    khi_restricted = [r for r in seen if r.restricted and r.reference.startswith("KHI-")]
    assert khi_restricted and all(r.category_en for r in khi_restricted)
    other = [r for r in seen if r.restricted and not r.reference.startswith("KHI-")]
    assert all(r.category_en is None for r in other)


@pytest.mark.parametrize("sort", ["opened", "reference", "status", "risk", "district"])
def test_case_list_sorts_either_way(demo, sort):
    from workstation.services import browse

    database, _ = demo
    up = browse.case_page(database, limit=30, sort=sort, descending=False).rows
    down = browse.case_page(database, limit=30, sort=sort, descending=True).rows
    field = {"opened": "opened_at", "reference": "reference", "status": "status",
             "risk": "risk_level", "district": "district_code"}[sort]
    values = [getattr(r, field) or "" for r in up]
    assert values == sorted(values)
    assert [getattr(r, field) or "" for r in down] == sorted(
        (getattr(r, field) or "" for r in down), reverse=True)
    with pytest.raises(ValueError):
        browse.case_page(database, sort="narrative")


def test_case_list_filters(demo):
    from datetime import timedelta

    from workstation.persistence.models import CaseCategory, Category, FollowUp
    from workstation.services import browse
    from workstation.services.accounts import sign_in

    database, _ = demo
    me = sign_in(database, "khi-counsellor1", DEMO_PASSWORD)
    mine = browse.case_page(database, limit=1000, assignee_id=me.actor.user_id)
    assert mine.total > 0 and all(r.counsellor == me.display_name for r in mine.rows)
    with database.uow() as uow:
        code, expected = uow.session.execute(
            select(Category.code, func.count(Case.id.distinct()))
            .join(Case, Case.primary_category_id == Category.id)
            .group_by(Category.code).order_by(func.count().desc()).limit(1)).one()
        extra = uow.session.scalar(
            select(func.count(CaseCategory.case_id.distinct()))
            .join(Category, Category.id == CaseCategory.category_id)
            .join(Case, Case.id == CaseCategory.case_id)
            .where(Category.code == code, Case.primary_category_id != CaseCategory.category_id))
        due_by = DEMO_UNTIL + timedelta(days=3)
        with_due = uow.session.scalar(select(func.count(FollowUp.case_id.distinct())).where(
            FollowUp.status == "planned", FollowUp.due_on <= due_by))
    assert browse.case_page(database, category_code=code).total == expected + extra
    assert browse.case_page(database, follow_up_due_by=due_by).total == with_due > 0
    both = browse.case_page(database, status="open", district_code="SD-KHS", limit=500)
    assert all(r.status == "open" and r.district_code == "SD-KHS" for r in both.rows)
