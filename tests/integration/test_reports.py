"""Anonymised statistics and the dashboard against a desk whose figures are known (built
through the services in tests/support/report_data.py), and the exported files read back."""

from __future__ import annotations

import csv
import io
import re
import subprocess
import sys
import zipfile
from datetime import timedelta

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select, update

from tests.support import report_data
from tests.support.report_data import (
    KHI_CONTACTS_DONE,
    KHI_COUNTED,
    KHI_IN_MONTH,
    this_month,
)
from workstation.domain.pakistan_time import today_pk
from workstation.domain.permissions import PermissionDenied
from workstation.errors import ValidationError
from workstation.persistence.models import AuditEvent, Category
from workstation.reports import (
    ENGLISH,
    NothingToReport,
    ReportRequest,
    dashboard,
    export_report,
    make_report,
    parse_period,
    render_report,
)
from workstation.reports.statistics import (
    _consented_cases,
    check_request,
    consenting,
    count_figures,
)
from workstation.services import consent, follow_ups


@pytest.fixture(scope="module")
def known(tmp_path_factory):
    desk = report_data.build(tmp_path_factory.mktemp("known"))
    yield desk
    desk.database.close()


def request(scheme="local", **kwargs):
    return ReportRequest(parse_period(this_month()), scheme=scheme, **kwargs)


def figures_of(known, user="khi-sup", **kwargs):
    session = known.session(user)
    return count_figures(known.database, check_request(known.database, session,
                                                       request(**kwargs)))


def raw(figures, table_id) -> dict:
    breakdown = next(b for b in figures.breakdowns if b.id == table_id)
    return {item.key: item.count for item in breakdown.items if item.count}


def shown(report, table_id) -> dict:
    table = report.table(table_id)
    return {line.key: line.count for line in table.lines if line.count != 0}, table.total


# ---- the counts ------------------------------------------------------------------------

def test_every_breakdown_counts_the_known_figures(known):
    figures = figures_of(known)
    assert figures.request.centre_code == "KHI"          # a centre's supervisor: hers
    assert (figures.cases_in_period, figures.cases_counted) == (KHI_IN_MONTH, KHI_COUNTED)
    assert raw(figures, "contacts_by_channel") == {"phone": 14, "walk_in": 6, "virtual": 2}
    assert raw(figures, "contacts_by_outcome") == {"advice_given": 15, "information_only": 5,
                                                   "wrong_number": 2}
    assert raw(figures, "contacts_by_district") == {"SD-KHS": 15, "SD-HYD": 3, "SD-SKR": 2,
                                                    "": 2}
    assert raw(figures, "cases_by_category") == {"dv_physical": 7, "sv_rape": 3,
                                                 "fam_khula": 7, "ch_child_labour": 2}
    assert raw(figures, "cases_by_district") == {"SD-KHS": 12, "SD-HYD": 6, "PB-LHR": 1}
    assert raw(figures, "clients_by_sex") == {"f": 17, "m": 2}
    assert raw(figures, "clients_by_age_band") == {"25-39": 13, "18-24": 3, "12-17": 2,
                                                   "40-59": 1}
    assert raw(figures, "clients_by_vulnerability") == {"woman": 17, "child": 2,
                                                        "religious_minority": 1}
    # Referrals and legal steps of this month, of counted cases of any opening date.
    assert raw(figures, "referrals_by_service_type") == {"legal_aid": 2, "shelter": 1}
    assert raw(figures, "referrals_by_outcome") == {"accepted": 1, "referred": 1,
                                                    "service_provided": 1}
    assert raw(figures, "legal_steps_by_outcome") == {"fir:registered": 2, "fir:refused": 1}


def test_the_chi_and_gbvims_schemes_regroup_the_same_cases(known):
    chi = figures_of(known, scheme="chi")
    assert raw(chi, "cases_by_category") == {"CHI-02.12": 7, "CHI-02.13": 3, "CHI-05.04": 7,
                                             "CHI-02.03": 2}
    gbvims = figures_of(known, scheme="gbvims")
    # Khula and child labour are no GBV incident type; all six types are listed.
    assert raw(gbvims, "cases_by_category") == {"physical_assault": 7, "rape": 3, "none": 9}
    keys = [i.key for i in next(b for b in gbvims.breakdowns
                                if b.id == "cases_by_category").items]
    assert keys[:6] == ["rape", "sexual_assault", "physical_assault", "forced_marriage",
                        "denial_of_resources", "psychological_abuse"]


def test_all_centres_or_one_centre_and_one_district(known):
    everywhere = figures_of(known, user="boss")
    assert everywhere.request.centre_code is None
    assert everywhere.cases_counted == KHI_COUNTED + 1            # the Lahore case
    assert raw(everywhere, "cases_by_district")["PB-LHR"] == 2
    hyderabad = figures_of(known, user="boss", district_code="SD-HYD")
    assert hyderabad.cases_counted == 6
    assert raw(hyderabad, "contacts_by_channel") == {"phone": 3}


def test_counted_cases_are_exactly_those_the_consent_rule_allows(known):
    database = known.database
    with database.engine.connect() as c:
        counted = set(c.execute(_consented_cases()).scalars())
        ids = report_data.case_ids(known)
        # The report decides for the period's cases in Python (ids as SQLite stores
        # them); the same answer.
        assert consenting(c, [i.hex for i in ids]) == {i.hex for i in counted & set(ids)}
        for case_id in ids:
            assert (case_id in counted) == consent.allows(c, case_id, "statistics", ("all",))
    # Withdrawn, refused and never asked are out; "refused, then agreed" is in.
    assert not counted & {c.id for c in known.cases["sv_rape:withdrawn"]}
    assert {c.id for c in known.cases["fam_khula:later"]} <= counted


# ---- suppression -----------------------------------------------------------------------

def test_small_counts_and_the_counts_that_would_reveal_them_are_hidden(known):
    report = make_report(known.database, known.session("khi-sup"), request())
    # 3 rapes and 2 child-labour cases: hidden; together they hold 5, so the total stays.
    assert shown(report, "cases_by_category") == (
        {"dv_physical": 7, "fam_khula": 7, "sv_rape": None, "ch_child_labour": None}, 19)
    # One Lahore client: hidden, and Hyderabad's 6 with it (19 − 12 would give 7, not 1,
    # but 19 − 12 − 6 would give the 1).
    assert shown(report, "cases_by_district") == (
        {"SD-KHS": 12, "SD-HYD": None, "PB-LHR": None}, 19)
    # Two men: hidden, and with them the 17 women — else 19 − 17 = 2.
    assert shown(report, "clients_by_sex") == ({"f": None, "m": None}, 19)
    # No total where a client can have several markers: only the small ones go.
    assert shown(report, "clients_by_vulnerability") == (
        {"woman": 17, "child": None, "religious_minority": None}, None)
    # A total below the threshold goes, and every count under it.
    assert shown(report, "referrals_by_outcome") == (
        {"accepted": None, "referred": None, "service_provided": None}, None)
    assert shown(report, "legal_steps_by_outcome") == (
        {"fir:registered": None, "fir:refused": None}, None)
    # Hidden lines come after the shown ones, whatever their size.
    districts = [line.key for line in report.table("cases_by_district").lines]
    assert districts == ["SD-KHS", "SD-HYD", "PB-LHR"]
    gbvims = make_report(known.database, known.session("khi-sup"), request("gbvims"))
    assert shown(gbvims, "cases_by_category") == (
        {"rape": None, "physical_assault": None, "none": 9}, 19)


def test_a_higher_threshold_hides_more(known):
    report = make_report(known.database, known.session("khi-sup"), request(threshold=10))
    # 6 and 2 hide together but hold 8: the 14 goes with them.
    assert shown(report, "contacts_by_channel") == ({"phone": None, "walk_in": None,
                                                     "virtual": None}, 22)
    assert report.cases_counted == 19
    with pytest.raises(ValidationError, match="from 3 to 100"):
        make_report(known.database, known.session("khi-sup"), request(threshold=1))


# ---- the files -------------------------------------------------------------------------

def _pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def _bars(data: bytes) -> int:
    """Filled rectangles without a stroke: the bars of the charts."""
    count = 0
    for page in PdfReader(io.BytesIO(data)).pages:
        content = page.get_contents().get_data().decode("latin-1")
        count += len(re.findall(r"\bre\s+f\b", content))
    return count


def test_the_exported_files_hold_the_suppressed_figures_and_state_the_rule(known, tmp_path):
    database, session = known.database, known.session("khi-sup")
    report = make_report(database, session, request())
    written = {fmt: export_report(database, session, report, fmt, tmp_path / f"r.{fmt}")
               for fmt in ("csv", "xlsx", "pdf")}

    text = written["csv"].read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert "count from 1 to 4 is shown as *" in text
    header = rows.index(["Table", "Item", "Code", "Count"])
    lines = {(r[0], r[2]): r[3] for r in rows[header + 1:]}
    assert lines[("Cases by category", "dv_physical")] == "7"
    assert lines[("Cases by category", "sv_rape")] == "*"
    assert lines[("Cases by category", "")] == "19"                  # the total row
    assert lines[("Clients by sex", "f")] == "*" and lines[("Clients by sex", "m")] == "*"
    assert lines[("Legal process outcomes", "")] == "*"              # a small total
    assert ("Clients by vulnerability", "") not in lines             # no total there

    book = load_workbook(written["xlsx"])
    about = book.worksheets[0]
    assert "count from 1 to 4 is shown as *" in " ".join(
        str(c.value) for row in about.iter_rows() for c in row if c.value)
    sheet = book["Cases by category"]
    values = {row[1].value: row[2].value for row in sheet.iter_rows(min_row=3) if row[1].value}
    assert values == {"dv_physical": 7, "fam_khula": 7, "sv_rape": "*", "ch_child_labour": "*"}
    assert [row[2].value for row in sheet.iter_rows(min_row=3) if row[0].value == "Total"] \
        == [19]

    pdf = written["pdf"].read_bytes()
    words = " ".join(_pdf_text(pdf).split())
    assert "count from 1 to 4 is shown as *" in words
    assert "Rape (including gang rape) *" in words and "Karachi South 12" in words
    # One bar for each count shown above zero: none for a hidden one.
    bars = sum(1 for table in report.tables for line in table.lines if line.count)
    assert _bars(pdf) == bars
    assert bars < sum(len(table.lines) for table in report.tables)

    with database.engine.connect() as c:
        exported = c.execute(select(AuditEvent.detail).where(
            AuditEvent.action == "report_exported")).scalars().all()
    assert {e["format"] for e in exported} >= {"csv", "xlsx", "pdf"}
    assert all(e["period"] == this_month() and e["centre"] == "KHI" for e in exported)


def test_no_name_number_or_free_text_reaches_a_file(known):
    report = make_report(known.database, known.session("boss"), request())
    for fmt in ("csv", "xlsx", "pdf"):
        data = render_report(report, fmt, ENGLISH)
        if fmt == "xlsx":
            data = b"".join(zipfile.ZipFile(io.BytesIO(data)).read(n)
                            for n in zipfile.ZipFile(io.BytesIO(data)).namelist())
        if fmt == "pdf":
            data += _pdf_text(data).encode()
        for planted in (b"Zqx", b"0345", b"923450123456", b"FIR 123", b"KHI-20"):
            assert planted not in data, (fmt, planted)


def test_contacts_without_a_consented_case_make_a_report_that_says_so(known):
    database, session = known.database, known.session("khi-sup")
    # Sukkur: two calls, and two cases whose clients were never asked.
    report = make_report(database, session, request(district_code="SD-SKR", threshold=3))
    assert report.no_consented_cases and report.cases_counted == 0
    assert shown(report, "contacts_by_channel") == ({"phone": None}, None)
    text = render_report(report, "csv", ENGLISH).decode("utf-8-sig")
    assert "No case in this period has the client's consent" in text
    # Badin: one case, consent withdrawn, no call: nothing to report, and why.
    with pytest.raises(NothingToReport, match="consent to be counted in statistics"):
        make_report(database, session, request(district_code="SD-BDN"))


# ---- bad input -------------------------------------------------------------------------

def test_bad_requests_are_refused_with_a_message(known):
    database = known.database
    with pytest.raises(PermissionDenied):
        make_report(database, known.session("khi-c1"), request())
    with pytest.raises(PermissionDenied, match="your own centre"):
        make_report(database, known.session("khi-sup"), request(centre_code="LHR"))
    with pytest.raises(ValidationError, match="no centre XYZ"):
        make_report(database, known.session("boss"), request(centre_code="XYZ"))
    with pytest.raises(ValidationError, match="no district"):
        make_report(database, known.session("boss"), request(district_code="XX-NOPE"))
    with pytest.raises(ValidationError, match="local, CHI or GBVIMS"):
        make_report(database, known.session("boss"), request(scheme="icd"))
    with pytest.raises(NothingToReport, match="Nothing was recorded"):
        make_report(database, known.session("boss"),
                    ReportRequest(parse_period("2021-01..2021-03")))
    with pytest.raises(ValidationError, match="at most 5 years"):
        parse_period("2016..2025")


def test_a_retired_category_keeps_its_cases_under_its_own_name(known):
    database = known.database
    with database.transaction() as c:
        c.execute(update(Category).where(Category.code == "ch_child_labour")
                  .values(active=False))
    try:
        figures = figures_of(known)
        assert raw(figures, "cases_by_category")["ch_child_labour"] == 2
        names = {i.key: i.name_en for b in figures.breakdowns if b.id == "cases_by_category"
                 for i in b.items}
        assert names["ch_child_labour"].startswith("Child labour")
    finally:
        with database.transaction() as c:
            c.execute(update(Category).where(Category.code == "ch_child_labour")
                      .values(active=True))


# ---- the dashboard ---------------------------------------------------------------------

def test_the_dashboard_counts_today(known):
    database = known.database
    supervisor = known.session("khi-sup")
    counsellor = known.session("khi-c1")
    case = known.cases["dv_physical:True"][4]
    follow_ups.plan(database, counsellor, case.id, today_pk(), "Zqx ring back")
    board = dashboard(database, supervisor, today_pk())
    assert (board.answered, board.in_progress, board.abandoned) == (KHI_CONTACTS_DONE, 1, 0)
    assert sum(board.per_hour) == board.contacts == KHI_CONTACTS_DONE + 1
    # Every KHI case made is open (new): 26 this month and the earlier one.
    assert board.open_by_status == {"new": KHI_IN_MONTH + 1, "open": 0, "referred": 0,
                                    "in_court": 0}
    assert board.open_by_risk["medium"] == KHI_IN_MONTH + 1
    assert board.referrals_awaiting == 1 and board.referrals_overdue == 0
    assert board.overdue_follow_ups == 0
    tomorrow = dashboard(database, supervisor, today_pk() + timedelta(days=1))
    assert tomorrow.overdue_follow_ups == 1 and tomorrow.answered == 0
    staff = {s.name: s for s in board.staff}
    assert staff["khi-c1"].contacts == KHI_CONTACTS_DONE
    assert staff["khi-c1"].open_cases == KHI_IN_MONTH + 1
    assert staff["khi-c1"].average_wrapup_s is not None
    assert staff["khi-c2"].contacts == 0                    # the whole team is listed
    everywhere = dashboard(database, known.session("boss"), today_pk())
    assert everywhere.open_cases == KHI_IN_MONTH + 2        # and Lahore's
    with pytest.raises(PermissionDenied):
        dashboard(database, counsellor)
    with pytest.raises(PermissionDenied):
        dashboard(database, supervisor, centre_code="LHR")


# ---- the command line ------------------------------------------------------------------

def test_the_command_line_writes_each_format(small_demo, tmp_path, secret_service):
    import shutil

    folder = tmp_path / "desk"
    shutil.copytree(small_demo, folder)
    base = [sys.executable, "-m", "workstation", "--data-dir", str(folder)]

    def run(*args, user="khi-supervisor1"):
        return subprocess.run(base + ["--as", user, "report", *args, "--password-stdin"],
                              input="demo\n", capture_output=True, text=True, timeout=120)

    year = "2025-12..2026-11"
    for scheme, fmt in (("chi", "pdf"), ("gbvims", "xlsx"), ("local", "csv")):
        out = tmp_path / f"report.{fmt}"
        done = run("--period", year, "--scheme", scheme, "--format", fmt, "--out", str(out))
        assert done.returncode == 0, done.stderr
        assert re.search(r"\d+ cases counted", done.stdout) and out.stat().st_size > 0
    assert "CHI-0" in _pdf_text((tmp_path / "report.pdf").read_bytes())
    assert load_workbook(tmp_path / "report.xlsx")["Cases by GBVIMS incident type"]
    csv_text = (tmp_path / "report.csv").read_text(encoding="utf-8-sig")
    assert "Sindh Legal Advisory Call Center (demo) (KHI)" in csv_text
    denied = run("--period", year, "--scheme", "local", "--out", str(tmp_path / "x.csv"),
                 user="khi-counsellor1")
    assert denied.returncode == 6 and not (tmp_path / "x.csv").exists()
    long = run("--period", "2016-01..2025-12", "--scheme", "local", "--out",
               str(tmp_path / "y.csv"))
    assert long.returncode == 2 and long.stderr.startswith("error: A report covers at most")
    backwards = run("--period", "2026-06..2026-01", "--scheme", "chi", "--out",
                    str(tmp_path / "z.pdf"))
    assert backwards.returncode == 2 and "ends before it begins" in backwards.stderr
    unknown = run("--period", year, "--scheme", "chi", "--out", str(tmp_path / "z.doc"))
    assert unknown.returncode == 2 and "--format pdf, xlsx or csv" in unknown.stderr


def test_the_bench_baselines_count_what_the_app_counts(small_demo):
    """`workstation bench` compares the report and dashboard with raw sqlite3 doing the
    same work: the same counts must come out of both."""
    from types import SimpleNamespace

    from workstation.bench.operations import OPERATIONS
    from workstation.demo.generator import DEMO_PASSWORD
    from workstation.persistence.database import open_desk_database
    from workstation.services.accounts import sign_in

    database = open_desk_database(small_demo)
    try:
        ctx = SimpleNamespace(database=database, path=database.path,
                              session=sign_in(database, "khi-counsellor1", DEMO_PASSWORD))
        operation = OPERATIONS["report_year"]
        schemes = operation.prepare(ctx)
        app, raw = operation.app(ctx), operation.raw(ctx)
        try:
            for scheme in schemes:
                report, baseline = app(scheme), raw(scheme)
                order = ["contacts_by_channel", "contacts_by_outcome", "contacts_by_district",
                         "cases_by_category", "cases_by_district", "clients_by_sex",
                         "clients_by_age_band", "referrals_by_service_type",
                         "referrals_by_outcome", "legal_steps_by_outcome",
                         "clients_by_vulnerability"]
                for table_id, counted in zip(order, baseline, strict=True):
                    table = report.table(table_id)
                    assert sorted(-1 if c is None else c for c in counted.counts if c != 0) == \
                        sorted(-1 if line.count is None else line.count
                               for line in table.lines if line.count != 0), (scheme, table_id)
                    assert counted.total == table.total, (scheme, table_id)
                assert report.cases_counted and report.cases_counted > 10
        finally:
            operation.close(ctx)
        operation = OPERATIONS["dashboard_refresh"]
        days = operation.prepare(ctx)
        app, raw = operation.app(ctx), operation.raw(ctx)
        try:
            board = app(days[0])
            hours, statuses, pending, done, cases_open, _, overdue, awaiting = raw(days[0])[:8]
            assert list(board.per_hour) == hours and board.answered == statuses["answered"]
            assert (board.callbacks_pending, board.callbacks_done) == (pending, done)
            assert board.open_cases == len(cases_open)
            assert (board.overdue_follow_ups, board.referrals_awaiting,
                    board.referrals_overdue) == (overdue, *awaiting)
        finally:
            operation.close(ctx)
    finally:
        database.close()
