"""Data retention: rules, the cases due, legal holds, and shredding — the values gone from
the desk's file, from the shared database and from another desk after a sync round,
while the anonymised statistics stay the same."""

from __future__ import annotations

import subprocess
import uuid
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import event, insert, select, update

from tests.support.sync_desks import fast_kdf, first_desk, link, new_desk, shared_server, signed_in
from workstation.domain.pakistan_time import today_pk
from workstation.domain.permissions import PermissionDenied
from workstation.errors import ValidationError
from workstation.persistence.base import Base, sensitive_columns
from workstation.persistence.models import (
    AuditEvent,
    Case,
    CasePerson,
    CaseShredding,
    Category,
    Contact,
    SyncOutbox,
)
from workstation.reports import ReportRequest, parse_period
from workstation.reports.statistics import count_figures
from workstation.services import (
    appointments,
    case_drafts,
    cases,
    consent,
    contacts,
    follow_ups,
    legal,
    retention,
)
from workstation.services.retention import NOT_SHREDDED, SHRED_PLAN, RetentionRefused

LATER = today_pk() + timedelta(days=365 * 12)   # long after every case here has closed


@pytest.fixture
def desk(tmp_path, monkeypatch):
    fast_kdf(monkeypatch)
    database, desk_id, _ = first_desk(tmp_path / "a")
    users = {u: signed_in(database, u, desk_id) for u in ("khi-c1", "khi-sup", "lhr-c1")}
    yield database, users, desk_id
    database.close()


def _case(database, who, category="dv_physical", *, name="Zqx Client", phone="0345-0123456",
          status="closed", consented=True):
    case = cases.save_case(database, who, cases.CaseRecord(
        category_code=category, district_code="SD-KHS", narrative=f"{name} narrative",
        city="Zqx Town", persons=[cases.PersonOnCase(role="client", name=name, phone=phone,
                                    cnic="42101-0123456-1", address="Zqx Street 5",
                                    birth_date=date(1990, 1, 2), sex="f", age_band="25-39",
                                    district_code="SD-KHS", vulnerabilities=["woman"])]))
    if consented:
        consent.record(database, who, case.id, purpose="statistics", granted=True)
    if status == "closed":
        case = _close(database, who, case.id)
    return case


def _close(database, who, case_id):
    record = cases.open_case(database, who, case_id)
    record.status = "closed"
    return cases.save_case(database, who, record)


def _full_case(database, users):
    """A closed case with something in every sensitive column its rows can have."""
    me = users["khi-c1"]
    case = _case(database, me, status="open", name="Zqx Alpha")
    cases.add_note(database, me, case.id, "Zqx note on the case")
    follow_ups.plan(database, me, case.id, today_pk(), "Zqx follow-up")
    step = legal.record_step(database, me, case.id, kind="court_case", reference="Zqx 77/2026",
                             place="City Court", notes="Zqx legal notes")
    legal.schedule_hearing(database, me, case.id, today_pk() + timedelta(days=5),
                           purpose="Zqx hearing", legal_step_id=step)
    person_id = case.persons[0].id
    contact_id = contacts.start_contact(database, me, typed_number="0345-0123456",
                                        person_id=person_id)
    contacts.add_note(database, me, contact_id, "Zqx contact note")
    contacts.wrap_up(database, me, contact_id, contacts.ContactForm(
        outcome="advice_given", summary="Zqx summary", person_id=str(person_id)))
    appointments.book(database, me, starts_at=datetime.now().astimezone() + timedelta(days=2),
                      kind="appointment", case_id=case.id, notes="Zqx appointment notes")
    # A change that moves the row in its page, leaving the old bytes behind in freed space.
    record = cases.open_case(database, me, case.id)
    record.risk_level = "critical"
    cases.save_case(database, me, record)
    closed = _close(database, me, case.id)
    # The form left open on this desk when the power went: its draft holds the case too.
    case_drafts.save_draft(database, me, uuid.uuid4(), case.id, {"narrative": "Zqx draft"})
    return closed, contact_id


def _sensitive_values(database, case_id) -> list[bytes]:
    """Every ciphertext and blind index held in the rows shredding reaches for a case."""
    from tests.support.report_data import ciphertexts

    with database.engine.connect() as c:
        persons = set(c.execute(select(CasePerson.person_id).where(
            CasePerson.case_id == case_id)).scalars())
        contact_ids = set(c.execute(select(Contact.id).where(
            Contact.person_id.in_(persons))).scalars())
    found = []
    for table, columns in SHRED_PLAN.items():
        t = Base.metadata.tables[table]
        if table == "persons":
            ids = persons
        elif table == "cases":
            ids = {case_id}
        elif table == "contacts":
            ids = contact_ids
        elif table == "contact_notes":
            with database.engine.connect() as c:
                ids = set(c.execute(select(t.c.id).where(t.c.contact_id.in_(contact_ids)))
                          .scalars())
        else:
            with database.engine.connect() as c:
                ids = set(c.execute(select(t.c.id).where(t.c.case_id == case_id)).scalars())
        for column in columns:
            if column.endswith(("_ct", "_bidx")):
                found += ciphertexts(database, table, column, ids)
    return found


def cases_narrative(database, case_id) -> bytes:
    with database.engine.connect() as c:
        return c.execute(select(Case.narrative_ct).where(Case.id == case_id)).scalar()


def _file_bytes(database) -> bytes:
    path = database.path
    return b"".join(p.read_bytes() for p in (path, path.with_name(path.name + "-wal"))
                    if p.exists())


# ---- the plan covers every sensitive column -----------------------------------------------

def test_every_sensitive_column_is_shredded_or_said_why_not():
    planned = {table: {c for c in columns if c.endswith("_ct")}
               for table, columns in SHRED_PLAN.items()}
    for table, columns in sensitive_columns().items():
        if table in NOT_SHREDDED:
            continue
        assert set(columns) <= planned.get(table, set()), table
    assert not set(planned) & set(NOT_SHREDDED)


# ---- rules and the cases due --------------------------------------------------------------

def test_the_longest_applicable_period_decides_and_open_cases_are_never_due(desk):
    database, users, _ = desk
    sup = users["khi-sup"]
    violence = _case(database, users["khi-c1"], "dv_physical")
    khula = _case(database, users["khi-c1"], "fam_khula")
    still_open = _case(database, users["khi-c1"], status="open")
    assert retention.due_cases(database, sup, LATER) == []        # no rule: kept
    retention.set_rule(database, sup, None, 60)                   # the default
    retention.set_rule(database, sup, "family_law", 24)           # a group
    retention.set_rule(database, sup, "dv_physical", 120)         # one category
    due = {d.reference: d for d in retention.due_cases(database, sup, LATER)}
    assert due[violence.reference].months == 120 and due[khula.reference].months == 24
    assert still_open.reference not in due
    closed_on = due[khula.reference].closed_on
    assert due[khula.reference].due_on == retention.add_months(closed_on, 24)
    # Due on the day the period ends, not before.
    day = retention.add_months(closed_on, 24)
    assert khula.reference in {d.reference for d in retention.due_cases(database, sup, day)}
    assert khula.reference not in {d.reference for d in retention.due_cases(
        database, sup, day - timedelta(days=1))}
    # A further category with a longer period keeps the case longer.
    with database.transaction() as c:
        violence_id = c.execute(select(Category.id).where(
            Category.code == "dv_physical")).scalar()
        c.execute(insert(Base.metadata.tables["case_categories"]).values(
            id=uuid.uuid4(), case_id=khula.id, category_id=violence_id))
    due = {d.reference: d for d in retention.due_cases(database, sup, LATER)}
    assert due[khula.reference].months == 120
    assert [r.applies_to for r in retention.rules(database, sup)] == [
        "*", "dv_physical", "family_law"]


def test_rules_that_make_no_sense_are_refused(desk):
    database, users, _ = desk
    sup = users["khi-sup"]
    with pytest.raises(ValidationError, match="open cases are never shredded"):
        retention.set_rule(database, sup, "dv_physical", 0)
    with pytest.raises(ValidationError, match="at most 1200"):
        retention.set_rule(database, sup, None, 5000)
    with pytest.raises(ValidationError, match="no category nonsense"):
        retention.set_rule(database, sup, "nonsense", 12)
    with database.transaction() as c:
        c.execute(update(Category).where(Category.code == "hp_watta_satta").values(active=False))
    with pytest.raises(ValidationError, match="no longer in use"):
        retention.set_rule(database, sup, "hp_watta_satta", 12)
    with pytest.raises(PermissionDenied):
        retention.set_rule(database, users["khi-c1"], None, 12)


def test_the_same_rule_set_on_two_desks_is_one_row():
    assert retention.rule_id("family_law") == retention.rule_id("family_law")
    assert retention.rule_id("family_law") != retention.rule_id("*")


# ---- shredding ----------------------------------------------------------------------------

def test_shredding_clears_every_personal_value_and_keeps_the_statistics(desk):
    database, users, _ = desk
    # As on a Windows desk, whose SQLite does not zero freed space by itself.
    event.listen(database.engine, "connect",
                 lambda dbapi, _record: dbapi.execute("PRAGMA secure_delete = OFF"))
    database.engine.dispose()
    sup = users["khi-sup"]
    case, contact_id = _full_case(database, users)
    kept = _case(database, users["khi-c1"], name="Zqx Kept", phone="0345-0999888")
    with database.transaction() as c:
        c.execute(update(Contact).where(Contact.id == contact_id).values(case_id=case.id))
    retention.set_rule(database, sup, None, 12)
    period = ReportRequest(parse_period(f"{today_pk():%Y-%m}"), centre_code="KHI")
    before_figures = count_figures(database, period)
    values = _sensitive_values(database, case.id)
    # The narrative, five values of the client and their two blind indexes, the note, the
    # follow-up, the legal reference and notes, the hearing, the contact's number, index,
    # summary and note, the appointment's notes.
    assert len(values) == 18
    # Blind indexes are two bytes: any file has those somewhere. The envelopes are
    # unique: each is on disk, the narrative's twice (the case was saved again).
    envelopes = [v for v in values if len(v) > 16]
    on_disk = _file_bytes(database)
    assert all(v in on_disk for v in envelopes)
    narrative = cases_narrative(database, case.id)
    assert on_disk.count(narrative) >= 2

    result = retention.shred(database, sup, [case.id], today=LATER)
    assert result.references == (case.reference,) and result.compacted
    assert result.values_cleared >= 14 and result.persons_kept == 0

    assert _sensitive_values(database, case.id) == []
    after = _file_bytes(database)
    assert [v for v in envelopes if v in after] == []
    # The anonymised facts stay: the month's statistics are what they were.
    assert count_figures(database, period).breakdowns == before_figures.breakdowns
    with database.engine.connect() as c:
        row = c.execute(select(Case.status, Case.district_code, Case.primary_category_id)
                        .where(Case.id == case.id)).one()
        assert row.status == "closed" and row.district_code == "SD-KHS"
        record = c.execute(select(CaseShredding).where(CaseShredding.case_id == case.id)).one()
        assert record.values_cleared == result.values_cleared and record.retention_months == 12
        entry = c.execute(select(AuditEvent.detail).where(
            AuditEvent.action == "case_shredded", AuditEvent.entity_id == case.id)).scalar()
        assert entry["values_cleared"] == result.values_cleared
        # The NULLs wait in the change log like any other change.
        waiting = set(c.execute(select(SyncOutbox.table_name).where(
            SyncOutbox.columns.like("%_ct%"))).scalars())
        assert {"cases", "persons", "case_notes", "contacts", "contact_notes"} <= waiting
    # The case still opens, empty where it held personal data; the other case is whole.
    opened = cases.open_case(database, sup, case.id)
    assert opened.narrative is None and opened.persons[0].name is None
    assert opened.city is None
    assert case_drafts.draft_of_case(database, users["khi-c1"], case.id) is None
    assert opened.persons[0].sex == "f" and opened.persons[0].vulnerabilities == ["woman"]
    assert opened.unreadable == []
    assert cases.open_case(database, sup, kept.id).persons[0].name == "Zqx Kept"
    assert [n.body for n in cases.notes(database, sup, case.id)] == [None]
    assert retention.shredded_since_compaction(database) == 0


def test_a_person_on_a_case_that_is_kept_keeps_their_details(desk):
    database, users, _ = desk
    sup = users["khi-sup"]
    retention.set_rule(database, sup, None, 12)
    old = _case(database, users["khi-c1"], name="Zqx Shared")
    current = _case(database, users["khi-c1"], name="Zqx Other", status="open")
    with database.transaction() as c:
        c.execute(insert(CasePerson.__table__).values(
            id=uuid.uuid4(), case_id=current.id, person_id=old.persons[0].id, role="caller"))
    result = retention.shred(database, sup, [old.id], today=LATER)
    assert result.persons_kept == 1
    shredded = cases.open_case(database, sup, old.id)
    assert shredded.narrative is None and shredded.persons[0].name == "Zqx Shared"


def test_a_person_on_two_cases_shredded_together_is_cleared(desk):
    database, users, _ = desk
    sup = users["khi-sup"]
    retention.set_rule(database, sup, None, 12)
    first = _case(database, users["khi-c1"], name="Zqx Twice")
    second = _case(database, users["khi-c1"], name="Zqx Second")
    with database.transaction() as c:
        c.execute(insert(CasePerson.__table__).values(
            id=uuid.uuid4(), case_id=second.id, person_id=first.persons[0].id, role="caller"))
    result = retention.shred(database, sup, [first.id, second.id], today=LATER)
    assert result.persons_kept == 0
    people = cases.open_case(database, sup, second.id).persons
    assert {p.name for p in people} == {None} and len(people) == 2


def test_open_held_undue_and_shredded_cases_are_refused_and_nothing_is_shredded(desk):
    database, users, _ = desk
    sup, me = users["khi-sup"], users["khi-c1"]
    retention.set_rule(database, sup, None, 12)
    due = _case(database, me, name="Zqx Due")
    held = _case(database, me, name="Zqx Held")
    still_open = _case(database, me, status="open")
    retention.place_hold(database, sup, held.id, "Zqx court order of 3 March")
    assert {d.reference: d.held for d in retention.due_cases(database, sup, LATER)} == {
        due.reference: False, held.reference: True}
    for case_ids, words in (([due.id, still_open.id], "open cases are never shredded"),
                            ([held.id, due.id], "is under a legal hold"),
                            ([due.id], "is not due")):
        with pytest.raises(RetentionRefused, match=words) as refused:
            retention.shred(database, sup, case_ids, today=LATER if words != "is not due"
                            else today_pk())
        assert "Nothing was shredded" in refused.value.hint
        assert cases.open_case(database, sup, due.id).persons[0].name == "Zqx Due"
    assert [h.reason for h in retention.holds(database, sup)] == ["Zqx court order of 3 March"]
    retention.release_hold(database, sup, held.id)
    retention.shred(database, sup, [held.id, due.id], today=LATER)
    with pytest.raises(RetentionRefused, match="already been shredded"):
        retention.shred(database, sup, [due.id], today=LATER)
    with pytest.raises(RetentionRefused, match="nothing left to hold"):
        retention.place_hold(database, sup, due.id, "too late")
    # A case reopened after it was listed is refused too.
    reopened = _case(database, me, name="Zqx Reopened")
    record = cases.open_case(database, sup, reopened.id)
    record.status, record.status_reason = "open", "The client came back"
    cases.save_case(database, sup, record)
    with pytest.raises(RetentionRefused, match="not closed"):
        retention.shred(database, sup, [reopened.id], today=LATER)


def test_only_supervisors_of_the_centre_shred(desk):
    database, users, _ = desk
    retention.set_rule(database, users["khi-sup"], None, 12)
    case = _case(database, users["khi-c1"])
    with pytest.raises(PermissionDenied):
        retention.shred(database, users["khi-c1"], [case.id], today=LATER)
    lahore = _case(database, users["lhr-c1"])
    with pytest.raises(PermissionDenied):
        retention.shred(database, users["khi-sup"], [lahore.id], today=LATER)
    assert lahore.reference not in {d.reference for d in retention.due_cases(
        database, users["khi-sup"], LATER)}


# ---- through sync: the shared database and another desk ----------------------------------

@pytest.mark.postgres
def test_shredding_reaches_the_shared_database_and_the_other_desks(tmp_path, pg_url,
                                                                    pg_cluster, monkeypatch):
    from workstation.sync import run_round

    fast_kdf(monkeypatch)
    url = shared_server(pg_url)
    a, a_id, _ = first_desk(tmp_path / "a")
    run_round(a, link(url, a, None))
    b, b_id = new_desk(tmp_path / "b", "desk-b")
    try:
        run_round(b, link(url, a, "KHI"))
        on_b = {u: signed_in(b, u, b_id) for u in ("khi-c1", "khi-sup")}
        case, _contact = _full_case(b, on_b)
        for database, code in ((b, "KHI"), (a, None), (b, "KHI")):
            run_round(database, link(url, a, code))
        on_a = signed_in(a, "khi-sup", a_id)
        assert cases.open_case(a, on_a, case.id).persons[0].name == "Zqx Alpha"
        values = [v for v in _sensitive_values(a, case.id) if len(v) > 16]
        assert len(values) == 15

        def dump() -> str:
            dbname = pg_url.rsplit("/", 1)[1]
            return subprocess.run(
                [str(pg_cluster.bin / "pg_dump"), "-h", "127.0.0.1", "-p",
                 str(pg_cluster.port), "-U", "postgres", "--data-only", dbname],
                capture_output=True, check=True, text=True).stdout

        before = dump()
        assert all(v.hex() in before for v in values)
        retention.set_rule(a, on_a, None, 12)
        retention.shred(a, on_a, [case.id], today=LATER)
        run_round(a, link(url, a, None))
        after = dump()
        assert [v for v in values if v.hex() in after] == []
        assert case.id.hex in after or str(case.id) in after        # the case is still there
        run_round(b, link(url, a, "KHI"))
        assert _sensitive_values(b, case.id) == []
        assert _sensitive_values(a, case.id) == []
        assert cases.open_case(b, on_b["khi-sup"], case.id).persons[0].sex == "f"
        with b.engine.connect() as c:
            assert c.execute(select(CaseShredding.case_id)).scalars().all() == [case.id]
        # The other desk's file still holds the old bytes in freed pages until it is
        # compacted; it knows, and compacting removes them.
        assert retention.shredded_since_compaction(b) == 1
        assert retention.compact(b)
        assert [v for v in values if v in _file_bytes(b)] == []
        assert retention.shredded_since_compaction(b) == 0
    finally:
        a.close()
        b.close()
