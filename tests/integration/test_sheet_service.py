"""The window's guidance-sheet service: bad choices named by field, the case checked, and
every printed or saved copy in the audit trail — without the client's name."""

from __future__ import annotations

import io
import json
import shutil
from datetime import date

import pytest
from pypdf import PdfReader
from sqlalchemy import select, text

from workstation.domain.permissions import PermissionDenied
from workstation.errors import ValidationError
from workstation.persistence.database import open_desk_database
from workstation.persistence.models import AuditEvent
from workstation.services import accounts, sheets
from workstation.services.sheets import SheetChoice

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


def _reference(database, centre: str) -> str:
    with database.transaction() as c:
        return c.execute(text(
            "select c.reference from cases c join centres ce on ce.id = c.centre_id "
            "where ce.code = :centre and not c.restricted order by c.reference limit 1"),
            {"centre": centre}).scalar()


def _entries(database, action: str) -> list[AuditEvent]:
    with database.uow() as uow:
        return list(uow.session.scalars(select(AuditEvent).where(AuditEvent.action == action)))


def _prepare(database, session, **choice):
    choice.setdefault("situation", "sexual_violence")
    return sheets.prepare_sheet(database, session, SheetChoice(**choice), issued_on=DAY)


def test_a_sheet_for_a_case_with_the_districts_services(desk, counsellor):
    reference = _reference(desk, "KHI")
    sheet = _prepare(desk, counsellor, lang="en", district="Karachi South",
                     case_reference=reference.lower())
    assert sheet.case_reference == reference and sheet.case_id is not None
    assert sheet.district_code == "SD-KHS"
    reader = PdfReader(io.BytesIO(sheet.pdf))
    assert len(reader.pages) == sheet.pages
    words = " ".join(page.extract_text() for page in reader.pages)
    assert "After sexual violence" in words and reference in words
    assert counsellor.display_name in words
    for service in sheet.services:
        assert service["name"] in words


@pytest.mark.parametrize("choice, field, says", [
    ({"district": "Atlantis"}, "district", "There is no district called Atlantis."),
    ({"case_reference": "KHI-1999-000001"}, "case_reference", "There is no case KHI-1999-000001."),
    ({"case_reference": "K" * 41}, "case_reference", "This field takes at most 40 characters"),
    ({"client_name": "N" * 121}, "client_name", "(121 characters; at most 120)"),
    ({"client_name": "Rubina" + "x" * 100, "large_print": True, "size": "a5"}, "client_name",
     "A word of the client's name is too long for a line of the sheet."),
    ({"situation": "flood"}, "situation", "Unknown situation 'flood'."),
])
def test_bad_choices_name_their_field_and_never_the_name(desk, counsellor, choice, field, says):
    with pytest.raises(ValidationError) as raised:
        _prepare(desk, counsellor, lang="ur", **choice)
    assert raised.value.field == field
    assert says in str(raised.value)
    assert "Rubina" not in str(raised.value)


def test_a_case_of_another_centre_is_refused(desk, counsellor):
    with pytest.raises(PermissionDenied, match="This case is not open to you"):
        _prepare(desk, counsellor, case_reference=_reference(desk, "LHR"))


def test_an_administrator_prints_no_sheets(desk):
    admin = accounts.sign_in(desk, "admin", "demo")
    with pytest.raises(PermissionDenied):
        _prepare(desk, admin)


def test_printing_is_audited_against_the_case_without_the_name(desk, counsellor):
    reference = _reference(desk, "KHI")
    sheet = _prepare(desk, counsellor, lang="both", district="SD-KHS",
                     case_reference=reference, client_name=CLIENT)
    sheets.record_printed(desk, counsellor, sheet, copies=2)
    sheets.record_failed(desk, counsellor, sheet)
    [printed] = _entries(desk, "sheet_printed")
    [failed] = _entries(desk, "sheet_print_failed")
    assert printed.entity == "case" and printed.entity_id == sheet.case_id
    assert printed.user_id == counsellor.actor.user_id
    assert printed.detail["situation"] == "sexual_violence"
    assert printed.detail["pages"] == sheet.pages and printed.detail["copies"] == 2
    assert printed.detail["client_name_printed"] is True
    assert failed.entity_id == sheet.case_id
    assert "Rubina" not in json.dumps([printed.detail, failed.detail])


def test_a_walk_in_sheet_is_audited_without_a_case(desk, counsellor):
    sheet = _prepare(desk, counsellor, lang="ur")
    sheets.record_printed(desk, counsellor, sheet)
    [printed] = _entries(desk, "sheet_printed")
    assert printed.entity is None and printed.entity_id is None
    assert printed.detail["client_name_printed"] is False


def test_saving_writes_the_file_and_its_entry_together(desk, counsellor, tmp_path):
    sheet = _prepare(desk, counsellor, lang="en", client_name=CLIENT)
    out = sheets.save_pdf(desk, counsellor, sheet, tmp_path / f"{CLIENT}.pdf")
    assert out.read_bytes() == sheet.pdf
    [saved] = _entries(desk, "sheet_saved")
    # Not the file name either: the counsellor named this one after the client.
    assert "Rubina" not in json.dumps(saved.detail)
    with pytest.raises(ValidationError, match="That folder does not exist"):
        sheets.save_pdf(desk, counsellor, sheet, tmp_path / "missing" / "x.pdf")
    assert len(_entries(desk, "sheet_saved")) == 1
