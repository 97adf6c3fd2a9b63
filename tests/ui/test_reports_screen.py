"""The Reports screen as a supervisor uses it: the dashboard's figures and charts in
English and Urdu, a report counted, charted and saved, and data retention confirmed."""

from __future__ import annotations

import csv
import io
import unicodedata

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QItemSelectionModel, Qt
from sqlalchemy import select

from ui import i18n, labels
from workstation.persistence.database import open_desk_database
from workstation.persistence.models import AuditEvent, CaseShredding
from workstation.reports import ReportRequest, dashboard, make_report
from workstation.reports.period import make_period
from workstation.services import cases, retention

from .conftest import DEMO_DAY, close_window, open_window, wait_idle
from .view_text import plain

SUPERVISOR = "khi-supervisor1"


@pytest.fixture
def supervisor_window(qtbot, desk, demo_user):
    window = open_window(qtbot, desk, demo_user(SUPERVISOR))
    yield window
    close_window(window)


def reports_screen(qtbot, window):
    window.show_screen_id("reports")
    wait_idle(qtbot, window.runner)
    return window.screen("reports")


def test_the_dashboard_shows_the_core_s_figures_and_charts(qtbot, supervisor_window, desk):
    window = supervisor_window
    screen = reports_screen(qtbot, window)
    assert screen.tabs.currentWidget() is screen.dashboard
    panel = screen.dashboard
    database = open_desk_database(desk)
    try:
        board = dashboard(database, window.session, DEMO_DAY)
    finally:
        database.close()
    assert board.answered > 0 and board.open_cases > 0
    shown = {k: f.value_label.text() for k, f in panel.figures.figures.items()}
    assert shown["answered"] == str(board.answered)
    assert shown["abandoned"] == str(board.abandoned + board.missed)
    assert shown["callbacks_pending"] == str(board.callbacks_pending)
    assert shown["referrals_awaiting"] == f"{board.referrals_awaiting:,}"
    assert panel.hours.values() == list(board.per_hour)
    assert panel.statuses.names() == ["New", "Open", "Referred", "In court"]
    assert panel.statuses.values() == list(board.open_by_status.values())
    assert "(" + f"{board.open_cases:,}" + ")" in panel.statuses.title()
    assert panel.risks.names() == ["Critical", "High", "Medium", "Low"]
    staff = panel.staff_model.rows()
    assert {s.name for s in staff} == {s.name for s in board.staff}
    assert sum(s.contacts for s in staff) == board.answered
    assert panel.counted.text().startswith("Counted at ")
    assert "Sindh Legal Advisory Call Center (demo)" in panel.scope.text()


def test_the_dashboard_reads_right_to_left_in_urdu(qtbot, supervisor_window, qapp):
    from PySide6.QtCharts import QBarCategoryAxis

    window = supervisor_window
    screen = reports_screen(qtbot, window)
    i18n.apply_language("ur", qapp)
    wait_idle(qtbot, window.runner)
    panel = screen.dashboard
    assert panel.statuses.names()[0] == labels.label(labels.case_statuses, "new") == "نیا"
    chart = panel.statuses.chart()
    names = next(a for a in chart.axes() if isinstance(a, QBarCategoryAxis))
    # Names on the right, the scale running leftwards, in the Urdu font.
    assert names.alignment() == Qt.AlignmentFlag.AlignRight
    assert "Noto Naskh Arabic" in names.labelsFont().families()
    scale = next(a for a in chart.axes() if a is not names)
    assert scale.isReverse()
    assert screen.tabs.tabText(0) == "ڈیش بورڈ (&D)"
    assert panel.staff_model.headerData(0, Qt.Orientation.Horizontal) == "نام"


def _count(qtbot, screen, first, last, scheme="local"):
    from PySide6.QtCore import QDate

    panel = screen.report
    panel.first.setDate(QDate(first.year, first.month, 1))
    panel.last.setDate(QDate(last.year, last.month, 1))
    panel.scheme.setCurrentIndex(panel.scheme.findData(scheme))
    qtbot.mouseClick(panel.count_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, screen.runner)
    return panel


def _select_table(panel, table_id):
    for row in range(panel.tables.count()):
        if panel.tables.item(row).data(Qt.ItemDataRole.UserRole) == table_id:
            panel.tables.setCurrentRow(row)
            return
    raise AssertionError(table_id)


def test_a_report_is_counted_charted_without_hidden_counts_and_saved(qtbot, supervisor_window,
                                                                     desk, tmp_path):
    window = supervisor_window
    screen = reports_screen(qtbot, window)
    screen.tabs.setCurrentWidget(screen.report)
    wait_idle(qtbot, window.runner)
    first, last = DEMO_DAY.replace(year=DEMO_DAY.year - 2, month=1), DEMO_DAY
    panel = _count(qtbot, screen, first, last)
    database = open_desk_database(desk)
    try:
        expected = make_report(database, window.session, ReportRequest(
            make_period(first.replace(day=1), DEMO_DAY.replace(day=30))))
    finally:
        database.close()
    assert panel.report is not None and panel.tables.count() == len(expected.tables)
    assert f"{expected.cases_counted:,} cases counted" in plain(panel.summary.text())
    # A table with hidden counts: the list marks them, the chart leaves them out.
    table = next(t for t in expected.tables if t.has_total and t.total is not None
                 and any(line.count is None for line in t.lines))
    _select_table(panel, table.id)
    rows = panel.lines_model.rows()
    assert [r.count for r in rows if not r.total] == [line.count for line in table.lines]
    assert "*" in [panel.lines_model.index(n, 1).data() for n in range(len(rows))]
    shown = [line.count for line in table.lines if line.count is not None]
    assert panel.chart.values() == shown[:len(panel.chart.values())]
    assert None not in panel.chart.values() and len(panel.chart.values()) >= 1
    if table.has_total:
        assert rows[-1].total and rows[-1].count == table.total

    panel.save_to("csv", tmp_path / "report")
    wait_idle(qtbot, window.runner)
    saved = tmp_path / "report.csv"
    assert panel.outcome.text().startswith("Saved ")
    text = saved.read_text(encoding="utf-8-sig")
    assert "count from 1 to 4 is shown as *" in text
    lines = list(csv.reader(io.StringIO(text)))
    assert ["Table", "Item", "Code", "Count"] in lines

    # In Urdu the file is in Urdu.
    i18n.apply_language("ur")
    wait_idle(qtbot, window.runner)
    panel.save_to("pdf", tmp_path / "report-ur.pdf")
    wait_idle(qtbot, window.runner)
    reader = PdfReader(str(tmp_path / "report-ur.pdf"))
    # pypdf gives Arabic presentation forms; NFKC turns them back into letters.
    words = unicodedata.normalize("NFKC", " ".join(p.extract_text() for p in reader.pages))
    assert "گمنام اعداد و شمار" in words
    database = open_desk_database(desk)
    try:
        with database.engine.connect() as c:
            exports = c.execute(select(AuditEvent.detail).where(
                AuditEvent.action == "report_exported")).scalars().all()
    finally:
        database.close()
    assert [(e["format"], e["language"]) for e in exports] == [("csv", "en"), ("pdf", "ur")]


def test_a_period_that_ends_before_it_begins_is_said_beside_the_months(qtbot, supervisor_window):
    window = supervisor_window
    screen = reports_screen(qtbot, window)
    screen.tabs.setCurrentWidget(screen.report)
    panel = _count(qtbot, screen, DEMO_DAY, DEMO_DAY.replace(year=DEMO_DAY.year - 1))
    assert panel.report is None
    message = panel.form.messages["period"]
    assert message.isVisible() and message.text().startswith("The period ends before it begins.")
    panel = _count(qtbot, screen, DEMO_DAY.replace(year=2010), DEMO_DAY)
    assert panel.form.messages["period"].text().startswith("A report covers at most 5 years")


def _select_rows(panel, keep):
    view = panel.table
    selection = view.selectionModel()
    selection.clearSelection()
    chosen = []
    for row in range(view.model().rowCount()):
        index = view.model().index(row, 0)
        source = panel.proxy.mapToSource(index).row()
        item = panel.model.row_at(source)
        if keep(item):
            selection.select(index, QItemSelectionModel.SelectionFlag.Select
                             | QItemSelectionModel.SelectionFlag.Rows)
            chosen.append(item)
    return chosen


def test_due_cases_are_shredded_after_confirming_and_a_held_one_is_refused(
        qtbot, supervisor_window, desk):
    window = supervisor_window
    screen = reports_screen(qtbot, window)
    screen.tabs.setCurrentWidget(screen.retention)
    wait_idle(qtbot, window.runner)
    panel = screen.retention
    due = panel.due_model.rows()
    assert due and not any(d.held for d in due)
    assert [r.applies_to for r in panel.rules_model.rows()][0] == "*"
    victims = _select_rows(panel.due, lambda d: d in due[:2])
    panel.ask_to_shred()
    box = panel.confirm
    assert box is not None and box.isVisible() and "2 cases" in box.text()
    qtbot.mouseClick(panel.shred_confirm, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window.runner, timeout=60_000)
    assert "The personal data of 2 cases was shredded." in panel.outcome.text()
    remaining = {d.case_id for d in panel.due_model.rows()}
    assert not remaining & {v.case_id for v in victims}
    database = open_desk_database(desk)
    try:
        for victim in victims:
            opened = cases.open_case(database, window.session, victim.case_id)
            assert opened.narrative is None and all(p.name is None for p in opened.persons)
        with database.engine.connect() as c:
            assert len(c.execute(select(CaseShredding.case_id)).all()) == 2
        # A hold placed elsewhere (another desk, the command line) shows on the list and
        # is refused here.
        held = panel.due_model.rows()[0]
        retention.place_hold(database, window.session, held.case_id, "Court order")
    finally:
        database.close()
    panel.load()
    wait_idle(qtbot, window.runner)
    _select_rows(panel.due, lambda d: d.case_id == held.case_id)
    assert panel.selected_rows(panel.due)[0].held
    panel.ask_to_shred()
    assert "is under a legal hold" in panel.outcome.text()
    panel.release_hold()
    wait_idle(qtbot, window.runner)
    assert f"The legal hold on {held.reference} was released." == plain(panel.outcome.text())


def test_a_counsellor_still_sees_the_overview_and_no_supervisor_tabs(qtbot, window):
    screen = reports_screen(qtbot, window)
    assert not screen.supervising and not hasattr(screen, "tabs")
    assert screen.figures.figures["contacts_today"].value_label.text() != "–"


def test_a_report_saved_in_urdu_reads_back_in_urdu(qtbot, supervisor_window, tmp_path, qapp):
    window = supervisor_window
    screen = reports_screen(qtbot, window)
    screen.tabs.setCurrentWidget(screen.report)
    i18n.apply_language("ur", qapp)
    panel = _count(qtbot, screen, DEMO_DAY.replace(year=DEMO_DAY.year - 1), DEMO_DAY,
                   scheme="gbvims")
    panel.save_to("xlsx", tmp_path / "ur.xlsx")
    wait_idle(qtbot, window.runner)
    from openpyxl import load_workbook

    book = load_workbook(tmp_path / "ur.xlsx")
    assert book.worksheets[0].sheet_view.rightToLeft
    titles = [sheet.title for sheet in book.worksheets]
    assert "GBVIMS واقعے کی قسم کے لحاظ سے کیس"[:31] in titles
    sheet = book["GBVIMS واقعے کی قسم کے لحاظ سے کیس"[:31]]
    names = [row[0].value for row in sheet.iter_rows(min_row=3)]
    assert "زنا بالجبر" in names and "کل" in names


def closed(dialog) -> bool:
    from shiboken6 import isValid

    return not isValid(dialog) or not dialog.isVisible()


def test_a_period_and_a_legal_hold_are_set_through_their_dialogs(qtbot, supervisor_window):
    from PySide6.QtWidgets import QDialogButtonBox

    window = supervisor_window
    screen = reports_screen(qtbot, window)
    screen.tabs.setCurrentWidget(screen.retention)
    wait_idle(qtbot, window.runner)
    panel = screen.retention
    before = len(panel.due_model.rows())
    panel.set_rule()
    dialog = panel.dialog
    dialog.category.setCurrentIndex(dialog.category.findData("*"))
    dialog.months.setValue(240)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window.runner)
    assert closed(dialog)
    rules = {r.applies_to: r.months for r in panel.rules_model.rows()}
    assert rules["*"] == 240
    after = len(panel.due_model.rows())
    assert after < before
    assert plain(panel.outcome.text()) == f"Saved. {after:,} closed cases are due now."
    # Months the core refuses are said beside the field, and the dialog stays.
    panel.set_rule()
    dialog = panel.dialog
    dialog.category.setCurrentIndex(dialog.category.findData("family_law"))
    assert dialog.category.currentText().strip() == "Marriage and family law"
    dialog.months.setMinimum(0)
    dialog.months.setValue(0)
    dialog.save()
    wait_idle(qtbot, window.runner)
    assert dialog.isVisible() and "open cases are never shredded" in \
        dialog.form.messages["months"].text()
    dialog.reject()

    target = panel.due_model.rows()[0]
    _select_rows(panel.due, lambda d: d.case_id == target.case_id)
    panel.place_hold()
    hold = panel.dialog
    qtbot.keyClicks(hold.reason, "Inquiry by the ombudsperson")
    hold.save()
    wait_idle(qtbot, window.runner)
    assert closed(hold)
    held = {d.case_id: d.held for d in panel.due_model.rows()}
    assert held[target.case_id] is True
