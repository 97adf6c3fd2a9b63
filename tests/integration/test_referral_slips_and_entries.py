"""The starting directory, referral slips and keeping entries true, through the services
on real SQLite desks: what a client carries away, what a counsellor may see, and the
history of who changed what."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import uuid
from datetime import date, timedelta

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select, text

from workstation.directory import hsds_export, hsds_import, search, starting
from workstation.documents.nearest_services import display_phone
from workstation.domain.pakistan_time import today_pk
from workstation.domain.permissions import PermissionDenied
from workstation.errors import ValidationError
from workstation.persistence.database import open_desk_database
from workstation.persistence.models import (
    AuditEvent,
    DirectoryChange,
    Service,
    ServiceArea,
)
from workstation.reference import districts
from workstation.services import accounts, consent, directory_entries, referral_slips, referrals
from workstation.services.desk import init_desk
from workstation.services.referral_slips import SlipChoice

CLIENT = "Rubina Testcase"
DAY = date(2026, 11, 20)


@pytest.fixture
def desk(tmp_path, small_demo):
    folder = tmp_path / "desk"
    shutil.copytree(small_demo, folder)
    database = open_desk_database(folder)
    yield database
    database.close()


@pytest.fixture
def counsellor(desk):
    return accounts.sign_in(desk, "khi-counsellor1", "demo")


@pytest.fixture
def supervisor(desk):
    return accounts.sign_in(desk, "khi-supervisor1", "demo")


def _case(database) -> uuid.UUID:
    with database.transaction() as c:
        return uuid.UUID(str(c.execute(text(
            "select c.id from cases c join centres ce on ce.id = c.centre_id "
            "where ce.code = 'KHI' and not c.restricted and c.status != 'closed' "
            "order by c.reference limit 1")).scalar()))


def _service(database, kind: str, *, confidential: bool | None = None) -> uuid.UUID:
    hits = search.search_services(database, "", search.SearchFilters(service_type=kind),
                                  may_see_confidential=True, limit=500)
    # A demo entry: the shipped helplines have no address to test with.
    return next(h.service_id for h in hits if h.is_demo
                and (confidential is None or h.confidential is confidential))


def _words(pdf: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def _urdu_words(pdf: bytes, tmp_path) -> str:
    """Urdu read back as a reader copies it (poppler follows the /ActualText spans)."""
    path = tmp_path / "slip.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def _entries(database, action: str) -> list[AuditEvent]:
    with database.uow() as uow:
        return list(uow.session.scalars(select(AuditEvent).where(AuditEvent.action == action)))


# ---- the starting directory --------------------------------------------------------------

def test_a_new_desk_starts_with_the_sourced_helplines(tmp_path):
    init_desk(tmp_path / "desk")
    database = open_desk_database(tmp_path / "desk")
    try:
        numbers = {}
        for hit in search.search_services(database, "", limit=50):
            detail_source = database.engine.connect().execute(
                select(Service.source, Service.assured_date, Service.is_demo)
                .where(Service.id == hit.service_id)).one()
            assert detail_source.source and detail_source.assured_date
            assert not detail_source.is_demo
            numbers[hit.phones[0]] = hit
        assert set(numbers) == {"15", "1122", "115", "1098", "1099", "1043", "1121"}
        # Punjab's lines serve Punjab's districts, and only those.
        punjab = {d.code for d in districts() if d.province == "PB"}
        assert set(numbers["1043"].district_codes) == punjab
        assert set(numbers["1121"].district_codes) == punjab
        assert numbers["15"].district_codes == ()   # national: every district
        lahore = {h.phones[0] for h in search.search_services(
            database, "", search.SearchFilters(district="Lahore"), limit=50)}
        karachi = {h.phones[0] for h in search.search_services(
            database, "", search.SearchFilters(district="Karachi South"), limit=50)}
        assert "1043" in lahore and "1043" not in karachi and "15" in karachi
        # Searching in Urdu and Roman Urdu finds them too.
        assert search.search_services(database, "مددگار نیشنل")[0].phones == ("1098",)
        assert "1121" in {h.phones[0] for h in search.search_services(database, "bachon")}
        # init again: nothing doubles, a supervisor's correction would stay.
        init_desk(tmp_path / "desk")
        with database.engine.connect() as c:
            assert c.execute(select(func.count()).select_from(Service)).scalar() == 7
    finally:
        database.close()


def test_the_starting_directory_round_trips_and_validates(tmp_path):
    first = open_desk_database(tmp_path / "a", create=True)
    starting.load(first)
    hsds_export.export_json(first, tmp_path / "a.json")
    page = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    assert page["total_items"] == 7
    for service in page["contents"]:
        assert hsds_export.schema_problems(service) == []
        assert service["assured_date"] == "2026-12-04"
        sources = [a["value"] for a in service["attributes"]
                   if a["taxonomy_term"]["code"] == "source"]
        assert sources and sources[0]
    second = open_desk_database(tmp_path / "b", create=True)
    again = hsds_import.import_directory(second, tmp_path / "a.json")
    # Our own export reads back whole: no field of it is "not kept" (a service area's
    # district rides as its own attribute).
    assert again.problems == []
    hsds_export.export_csv(second, tmp_path / "package")
    third = open_desk_database(tmp_path / "c", create=True)
    assert not hsds_import.import_directory(third, tmp_path / "package").errors
    hsds_export.export_json(third, tmp_path / "c.json")
    assert json.loads((tmp_path / "c.json").read_text(encoding="utf-8")) == page
    with third.engine.connect() as c:
        assert c.execute(select(func.count()).select_from(ServiceArea)).scalar() == 82
    for database in (first, second, third):
        database.close()


# ---- referral slips ------------------------------------------------------------------------

def _refer(database, session, service_id, case_id=None, **kwargs):
    case_id = case_id or _case(database)
    consent.record(database, session, case_id, purpose="referral", granted=True)
    return referrals.refer(database, session, case_id, service_id, **kwargs)


def test_a_slip_carries_the_service_and_the_case_but_no_name_unless_added(desk, counsellor,
                                                                           tmp_path):
    service_id = _service(desk, "legal_aid", confidential=False)
    referral_id = _refer(desk, counsellor, service_id,
                         follow_up_on=today_pk() + timedelta(days=5))
    detail = directory_entries.service_detail(desk, counsellor, service_id)
    slip = referral_slips.prepare_slip(desk, counsellor, SlipChoice(referral_id, lang="en"),
                                       issued_on=DAY)
    words = _words(slip.pdf)
    # The number as people dial it (stored as +92…).
    assert detail.name in words and display_phone(detail.phones[0]) in words
    assert display_phone(detail.phones[0]).startswith("03")
    assert slip.case_reference in words and "2026-11-20" in words
    assert "DEMO" in words   # the demo directory's services say so on the slip
    assert CLIENT not in words and "Client" not in words
    named = referral_slips.prepare_slip(
        desk, counsellor, SlipChoice(referral_id, lang="both", client_name=CLIENT))
    assert named.pages == 2 and CLIENT in _words(named.pdf)
    urdu = " ".join(_urdu_words(named.pdf, tmp_path).split())
    assert "ریفرل سلپ" in urdu and " ".join(detail.name_ur.split()[:2]) in urdu
    assert CLIENT in urdu


def test_a_shelters_address_stays_off_the_slip_unless_a_supervisor_chooses(desk, counsellor,
                                                                           supervisor):
    shelter = _service(desk, "darul_aman", confidential=True)
    seen_by_supervisor = directory_entries.service_detail(desk, supervisor, shelter)
    seen_by_counsellor = directory_entries.service_detail(desk, counsellor, shelter)
    street = seen_by_supervisor.address_1
    assert street and seen_by_counsellor.address is None and seen_by_counsellor.address_withheld
    referral_id = _refer(desk, counsellor, shelter)
    slip = referral_slips.prepare_slip(desk, counsellor, SlipChoice(referral_id, lang="en"))
    assert street not in _words(slip.pdf) and "ask the helpline" in _words(slip.pdf)
    with pytest.raises(PermissionDenied):
        referral_slips.prepare_slip(desk, counsellor, SlipChoice(
            referral_id, include_confidential_address=True))
    plain = referral_slips.prepare_slip(desk, supervisor, SlipChoice(referral_id, lang="en"))
    assert street not in _words(plain.pdf)   # not by default, even for a supervisor
    chosen = referral_slips.prepare_slip(desk, supervisor, SlipChoice(
        referral_id, lang="en", include_confidential_address=True))
    assert street in _words(chosen.pdf)
    referral_slips.record_printed(desk, supervisor, chosen, copies=1)
    (entry,) = _entries(desk, "referral_slip_printed")
    assert entry.detail["confidential_address_printed"] is True
    assert street not in json.dumps(entry.detail)


def test_saving_a_slip_is_audited_without_the_name_or_the_file(desk, counsellor, tmp_path):
    referral_id = _refer(desk, counsellor, _service(desk, "police_station"))
    slip = referral_slips.prepare_slip(desk, counsellor,
                                       SlipChoice(referral_id, client_name=CLIENT))
    path = referral_slips.save_pdf(desk, counsellor, slip, tmp_path / f"{CLIENT}.pdf")
    assert path.read_bytes() == slip.pdf
    (entry,) = _entries(desk, "referral_slip_saved")
    assert entry.detail["client_name_printed"] is True
    assert CLIENT not in json.dumps(entry.detail) and "Rubina" not in json.dumps(entry.detail)
    with pytest.raises(ValidationError) as refused:
        referral_slips.save_pdf(desk, counsellor, slip, tmp_path / "nowhere" / "x.pdf")
    assert refused.value.field == "file"


def test_referrals_of_a_case_are_listed_and_followed_up(desk, counsellor):
    case_id = _case(desk)
    service_id = _service(desk, "hospital_mlo")
    referral_id = _refer(desk, counsellor, service_id, case_id)
    (row,) = [r for r in referrals.list_for_case(desk, counsellor, case_id)
              if r.id == referral_id]
    assert row.status == "referred" and not row.without_consent
    referrals.set_status(desk, counsellor, referral_id, "service_provided")
    referrals.set_follow_up(desk, counsellor, referral_id, today_pk() + timedelta(days=10))
    (row,) = [r for r in referrals.list_for_case(desk, counsellor, case_id)
              if r.id == referral_id]
    assert row.status == "service_provided"
    assert row.follow_up_on == today_pk() + timedelta(days=10)
    with pytest.raises(ValidationError):
        referrals.set_follow_up(desk, counsellor, referral_id, today_pk() - timedelta(days=1))


def test_without_consent_only_a_supervisor_refers_with_a_reason(desk, counsellor, supervisor):
    case_id = _case(desk)
    service_id = _service(desk, "legal_aid")
    assert not referrals.has_consent(desk, counsellor, case_id, service_id)
    with pytest.raises(referrals.ConsentMissing):
        referrals.refer(desk, counsellor, case_id, service_id)
    with pytest.raises(PermissionDenied):
        referrals.refer(desk, counsellor, case_id, service_id, override_reason="urgent")
    referral_id = referrals.refer(desk, supervisor, case_id, service_id,
                                  override_reason="Life at risk tonight")
    assert referrals.detail(desk, supervisor, referral_id).without_consent
    assert _entries(desk, "referral_without_consent")


# ---- keeping entries true --------------------------------------------------------------------

def test_a_supervisor_corrects_an_entry_and_the_history_says_who(desk, supervisor, counsellor):
    service_id = _service(desk, "legal_aid", confidential=False)
    before = directory_entries.service_detail(desk, supervisor, service_id)
    edit = directory_entries.edit_form(before)
    changed = directory_entries.update_service(desk, supervisor, service_id, edit.__class__(
        **{**edit.__dict__, "phones": ("021-111-222-333",), "female_staff": True,
           "name": before.name + " (Saddar)"}))
    assert changed >= 2
    after = directory_entries.service_detail(desk, supervisor, service_id)
    assert after.phones == ("021-111-222-333",) and after.female_staff
    assert search.search_services(desk, "saddar")[0].service_id == service_id
    history = directory_entries.history(desk, supervisor, service_id)
    fields = {h.field_name: h for h in history}
    assert fields["number"].previous_value == before.phones[0]
    assert fields["number"].replacement_value == "021-111-222-333"
    assert all(h.changed_by == supervisor.display_name for h in history)
    (entry,) = _entries(desk, "directory_edited")
    assert "021-111-222-333" not in json.dumps(entry.detail)   # field names only
    with pytest.raises(PermissionDenied):
        directory_entries.update_service(desk, counsellor, service_id, edit)
    with pytest.raises(PermissionDenied):
        directory_entries.history(desk, counsellor, service_id)


def test_a_confidential_address_in_the_history_is_withheld_from_an_admin(desk, supervisor):
    shelter = _service(desk, "darul_aman", confidential=True)
    detail = directory_entries.service_detail(desk, supervisor, shelter)
    edit = directory_entries.edit_form(detail)
    directory_entries.update_service(desk, supervisor, shelter, edit.__class__(
        **{**edit.__dict__, "address_1": "House 9, Street 4"}))
    admin = accounts.sign_in(desk, "admin", "demo")
    (change,) = [h for h in directory_entries.history(desk, admin, shelter)
                 if h.field_name == "address_1"]
    assert change.replacement_value == directory_entries.WITHHELD
    assert "House 9" not in repr(directory_entries.service_detail(desk, admin, shelter))


def test_entries_not_verified_for_six_months_are_listed_oldest_first(desk, supervisor):
    stale = directory_entries.stale_services(desk, today=DAY)
    assert stale and all(s.assured_date is None or s.assured_date < DAY - timedelta(days=183)
                         for s in stale)
    dated = [s.assured_date for s in stale if s.assured_date]
    assert dated == sorted(dated)
    directory_entries.mark_verified(desk, supervisor, stale[0].id, on=today_pk())
    assert stale[0].id not in {s.id for s in directory_entries.stale_services(desk)}
    with desk.engine.connect() as c:
        (change,) = c.execute(select(DirectoryChange).where(
            DirectoryChange.service_id == stale[0].id)).all()
    assert change.action == "verify"
