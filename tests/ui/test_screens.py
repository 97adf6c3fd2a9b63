"""Each screen of the main window shows the desk's real data, and says so when there is none.

The window is a Karachi counsellor's (`conftest.COUNSELLOR`): the lists hold the KHI
centre's records only; the overview figures count all centres.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QDate

from workstation import reference
from workstation.services import appointments, browse, desk
from workstation.services.browse import PAGE_SIZE

from .conftest import DEMO, DEMO_DAY, wait_idle
from .view_text import column_texts, header_texts, plain

CASE_REFERENCE = re.compile(r"^[A-Z]{3}-20\d\d-\d{6}$")
CENTRE = "KHI"


def open_screen(qtbot, window, screen_id):
    position = [s.screen_id for s in window.screens].index(screen_id)
    window.show_screen(position)
    wait_idle(qtbot, window.runner)
    screen = window.screen(screen_id)
    assert window.stack.currentWidget() is screen
    return screen


def test_calls_shows_todays_figures_and_the_newest_contacts(qtbot, window, demo_db):
    screen = open_screen(qtbot, window, "calls")
    expected = browse.overview(demo_db, DEMO_DAY)
    assert expected.contacts_today > 0  # the demo's last day has calls
    figures = screen.figures.figures
    assert figures["contacts_today"].value_label.text() == str(expected.contacts_today)
    assert figures["abandoned_today"].value_label.text() == str(expected.abandoned_today)
    assert "Friday 20 November 2026" in screen.today_label.text()

    model = screen.model
    assert model.rowCount() == PAGE_SIZE           # one page, not all of them
    centre_total = browse.recent_contacts(demo_db, centre_code=CENTRE).total
    assert 0 < centre_total < DEMO["contacts"]
    assert screen.count_label.text() == f"{centre_total:,} contacts"
    assert set(column_texts(model, "centre")) == {CENTRE}   # the counsellor's centre only
    assert screen.list_label.text() == (
        "Recent contacts at Sindh Legal Advisory Call Center (demo), newest first")
    assert screen.panel.currentWidget() is screen.panel.table
    times = column_texts(model, "time")
    assert times[0].startswith("20 Nov 2026")       # newest first, in Pakistan time
    first = browse.recent_contacts(demo_db, limit=1, centre_code=CENTRE).rows[0]
    local = first.started_at.astimezone(browse.PKT)
    assert times[0].endswith(local.strftime("%H:%M"))
    assert set(column_texts(model, "channel")) <= {"Phone", "Walk-in", "Online"}
    assert "Answered" in column_texts(model, "status")
    assert any(name and name.isascii() for name in column_texts(model, "category"))
    assert "Karachi South" in column_texts(model, "district")


def test_lists_load_the_next_page_when_scrolled_to_the_end(qtbot, window):
    screen = open_screen(qtbot, window, "cases")
    assert screen.model.rowCount() == PAGE_SIZE
    screen.panel.table.scrollToBottom()
    wait_idle(qtbot, window.runner)
    assert screen.model.rowCount() == 2 * PAGE_SIZE
    references = column_texts(screen.model, "reference")
    assert len(set(references)) == len(references)


def test_cases_show_references_and_filter_by_status(qtbot, window, demo_db):
    screen = open_screen(qtbot, window, "cases")
    references = column_texts(screen.model, "reference")
    assert references and all(CASE_REFERENCE.match(r) for r in references)
    assert {r.split("-")[0] for r in references} == {CENTRE}
    centre_total = browse.case_page(demo_db, centre_code=CENTRE).total
    assert 0 < centre_total < DEMO["cases"]
    assert screen.count_label.text() == f"{centre_total} cases"
    assert header_texts(screen.model)[:3] == ["Reference", "Opened (Pakistan time)", "Status"]

    combo = screen.status_combo
    assert combo.itemText(0) == "All statuses"
    combo.setCurrentIndex(combo.findData("closed"))
    wait_idle(qtbot, window.runner)
    closed_total = browse.case_page(demo_db, status="closed", centre_code=CENTRE).total
    assert 0 < closed_total < centre_total
    assert set(column_texts(screen.model, "status")) == {"Closed"}
    assert screen.count_label.text() == f"{closed_total} cases"


def test_referrals_filter_by_district_and_say_when_a_district_has_none(qtbot, window, demo_db):
    screen = open_screen(qtbot, window, "referrals")
    # The demo's services and the starting directory's seven real helplines.
    assert screen.model.rowCount() == DEMO["services"] + 7
    assert screen.count_label.text() == f"{DEMO['services'] + 7} services"
    picker = screen.district
    assert picker.choice_count() == 170 and picker.placeholderText() == "All districts"

    with_services = next(r.district_code for r in browse.service_page(demo_db, limit=50).rows
                         if r.district_code)
    picker.set_value(with_services)
    wait_idle(qtbot, window.runner)
    name = browse.district_name(with_services)
    # Punjab's provincial helplines serve all its 41 districts.
    assert {plain(t) for t in column_texts(screen.model, "district")} <= {
        name, "Nationwide", f"{name} and 40 more"}
    assert "Nationwide" in column_texts(screen.model, "district")
    local = [r for r in screen.model.rows() if r.district_codes]
    assert local and all(r.in_caller_district for r in local)
    phones = [plain(p) for r, p in zip(screen.model.rows(),
                                       column_texts(screen.model, "phone"), strict=True)
              if r.is_demo]
    # Stored as +92…; shown as people dial them.
    assert phones and all(p.startswith("03") and "-" in p for p in phones)

    served = {row.district_code for row in browse.service_page(demo_db, limit=10_000).rows}
    unserved = next(d.code for d in reference.districts()
                    if d.code not in served and d.province != "PB")
    picker.set_value(unserved)
    wait_idle(qtbot, window.runner)
    # Only the national helplines serve a district the directory has nothing in.
    assert {r.phones[0] for r in screen.model.rows()} == {"15", "1122", "115", "1098", "1099"}
    screen.type_combo.setCurrentIndex(screen.type_combo.findData("darul_aman"))
    wait_idle(qtbot, window.runner)
    qtbot.waitUntil(lambda: not screen._timer.isActive())
    wait_idle(qtbot, window.runner)
    assert screen.model.rowCount() == 0
    assert screen.panel.currentWidget() is screen.panel.message
    assert screen.panel.message.text() == (
        f"The directory has no services in {browse.district_name(unserved)}.")


def test_appointments_show_who_is_expected_on_the_day_sorted_by_time(qtbot, window, demo_db):
    screen = open_screen(qtbot, window, "appointments")
    expected = appointments.day_list(demo_db, window.session, DEMO_DAY)
    assert 0 < len(expected) < len(browse.appointments_on(demo_db, DEMO_DAY))  # KHI only
    assert screen.selected_day() == DEMO_DAY
    assert screen.day_label.text() == "Friday 20 November 2026"
    view = screen.panel.table.model()  # the sorting proxy
    assert view.rowCount() == len(expected)
    assert header_texts(view) == ["Time", "Token", "Kind", "Who is expected", "Counsellor",
                                  "Room", "Status"]
    times = column_texts(view, "time")
    assert times == sorted(times) == [
        r.starts_at.astimezone(browse.PKT).strftime("%H:%M") for r in expected]
    assert column_texts(view, "expected") == [r.expected or r.case_reference or ""
                                              for r in expected]
    assert sum(bool(name) for name in column_texts(view, "expected")) >= len(expected) // 2
    assert set(column_texts(view, "kind")) <= {"Appointment", "Walk-in", "Virtual session"}
    assert screen.count_label.text() == f"{len(expected)} appointments"

    screen.date_edit.setDate(QDate(2026, 10, 1))   # weeks before the appointment book
    wait_idle(qtbot, window.runner)
    assert screen.panel.currentWidget() is screen.panel.message
    assert screen.panel.message.text() == "No appointments or walk-ins on this day."

    screen.today_button.click()
    wait_idle(qtbot, window.runner)
    assert screen.selected_day() == DEMO_DAY and view.rowCount() == len(expected)


def test_reports_show_the_overview_figures(qtbot, window, demo_db):
    screen = open_screen(qtbot, window, "reports")
    expected = browse.overview(demo_db, DEMO_DAY)
    shown = {key: figure.value_label.text() for key, figure in screen.figures.figures.items()}
    assert shown == {key: f"{value:,}" for key, value in vars(expected).items()}
    captions = [f.caption_label.text() for f in screen.figures.figures.values()]
    assert "Services in the directory" in captions
    assert screen.counted_label.text().startswith("Counted at ")


def test_admin_shows_the_database_its_schema_and_row_counts(qtbot, window, demo_db):
    screen = open_screen(qtbot, window, "admin")
    info = desk.desk_info(demo_db)
    assert plain(screen.path_value.text()) == str(demo_db.path)
    assert screen.schema_value.text() == f"{info.schema_head} (the newest this version knows)"
    view = screen.panel.table.model()
    counts = dict(zip(column_texts(view, "table"), column_texts(view, "rows"), strict=True))
    assert counts["cases"] == f"{DEMO['cases']:,}"
    assert counts["contacts"] == f"{DEMO['contacts']:,}"
    assert len(counts) == len(info.counts)


def test_an_empty_database_says_there_is_nothing_rather_than_showing_a_blank_table(
        qtbot, empty_window):
    window = empty_window
    expected = {
        "calls": "No contacts have been recorded yet.",
        "cases": "No cases have been opened yet.",
        "appointments": "No appointments or walk-ins on this day.",
    }
    for screen_id, text in expected.items():
        screen = open_screen(qtbot, window, screen_id)
        assert screen.model.rowCount() == 0
        assert screen.panel.currentWidget() is screen.panel.message, screen_id
        assert screen.panel.message.text() == text
    reports = open_screen(qtbot, window, "reports")
    assert reports.figures.figures["open_cases"].value_label.text() == "0"
    # A new desk is not without a directory: the shipped helplines, each with a source.
    directory = open_screen(qtbot, window, "referrals")
    assert {r.phones[0] for r in directory.model.rows()} == {
        "15", "1122", "115", "1098", "1099", "1043", "1121"}
    assert not any(r.is_demo for r in directory.model.rows())


def test_status_bar_names_the_database_sync_and_the_signed_in_user(window, demo_db):
    status = window.desk_status
    assert status.database_label.text() == "Database: desk.sqlite3"
    assert status.database_label.toolTip() == str(demo_db.path)
    assert status.sync_label.text() == "Sync: not set up"
    name = window.session.display_name
    assert name and plain(status.user_label.text()) == f"Signed in: {name} (Counsellor, KHI)"
    assert status.user_label.isVisible()


def test_a_failed_load_is_shown_in_the_list_not_as_an_empty_table(qtbot, window):
    screen = open_screen(qtbot, window, "cases")

    def broken(_db, _offset, _limit):
        raise RuntimeError("disk I/O error")

    screen.model.set_query(broken)
    wait_idle(qtbot, window.runner)
    assert screen.panel.currentWidget() is screen.panel.message
    assert screen.panel.message.text().startswith("This list could not be loaded.")
    assert "disk I/O" not in screen.panel.message.text()  # details go to the log only
