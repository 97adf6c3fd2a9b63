"""The case form and the case list, driven as a counsellor drives them: with the keyboard,
in English and in Urdu. What is checked is what a person notices — the values on screen,
the message beside a field, the case as stored — and that nothing typed is lost."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from workstation.domain.pakistan_time import today_pk
from workstation.persistence.database import open_desk_database
from workstation.persistence.models import Contact, Person
from workstation.services import accounts, browse, case_drafts, cases, consent, follow_ups

from .conftest import COUNSELLOR, DEMO_DAY, close_window, open_window, wait_idle
from .test_call_screen import CTRL, take_call, type_text
from .view_text import column_texts, plain

ALT = Qt.KeyboardModifier.AltModifier


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    """A key where the keyboard focus is, as a person would press it. A button's mnemonic
    clicks it after a short animation (100 ms): Alt+letter waits for it."""
    focus = QApplication.focusWidget()
    if QApplication.activePopupWidget() is None and (focus is None or not focus.isVisible()):
        # Offscreen Qt leaves a closed completer popup "active"; a desktop's window
        # manager gives the activation back to the window, as this does.
        window = next(w for w in QApplication.topLevelWidgets()
                      if w.objectName() == "main-window" and w.isVisible())
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)
    if modifier == ALT:
        qtbot.wait(150)


@pytest.fixture
def desk_window(qtbot, desk, demo_user):
    window = open_window(qtbot, desk, demo_user(COUNSELLOR))
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    yield window
    close_window(window)


def cases_screen(qtbot, window):
    press(qtbot, Qt.Key.Key_3, CTRL)
    wait_idle(qtbot, window.runner)
    screen = window.screen("cases")
    assert window.stack.currentWidget() is screen
    return screen


def stored(folder, case_id, username: str = COUNSELLOR) -> cases.CaseRecord:
    database = open_desk_database(folder)
    try:
        return cases.open_case(database, accounts.sign_in(database, username, "demo"), case_id)
    finally:
        database.close()


def new_case_with_core(folder, username: str = COUNSELLOR, **values) -> cases.CaseRecord:
    database = open_desk_database(folder)
    try:
        session = accounts.sign_in(database, username, "demo")
        record = cases.CaseRecord(category_code="dv_physical", district_code="SD-KHS",
                                  persons=[cases.PersonOnCase(role="client", name="Seema Naz",
                                                              phone="0300-0611001")])
        for key, value in values.items():
            setattr(record, key, value)
        return cases.save_case(database, session, record)
    finally:
        database.close()


def answer(qtbot, screen, role: QMessageBox.ButtonRole) -> None:
    """Answer the open question with its button of this role (Save, Discard them, Keep
    editing)."""
    qtbot.waitUntil(lambda: screen.leave_box is not None and screen.leave_box.isVisible())
    box = screen.leave_box
    button = next(b for b in box.buttons() if box.buttonRole(b) == role)
    button.click()
    wait_idle(qtbot, screen.runner)


# ---- a whole case ------------------------------------------------------------------------

def test_a_case_filled_saved_reopened_closed_and_reopened_with_the_keyboard(
        qtbot, desk, desk_window):
    window = desk_window
    screen = cases_screen(qtbot, window)
    form = screen.form
    press(qtbot, Qt.Key.Key_N, ALT)                        # New case
    wait_idle(qtbot, window.runner)
    assert screen.pages.currentWidget() is screen.form_page
    assert form.status.hasFocus() and form.reference.text() == "given when saved"
    press(qtbot, Qt.Key.Key_R, ALT)                        # Risk
    type_text(qtbot, "H")
    press(qtbot, Qt.Key.Key_I, ALT)                        # Incident date
    type_text(qtbot, "10/11/2026")
    press(qtbot, Qt.Key.Key_D, ALT)                        # District
    type_text(qtbot, "malir")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Y, ALT)                        # City
    type_text(qtbot, "Korangi")
    press(qtbot, Qt.Key.Key_P, ALT)                        # What happened
    type_text(qtbot, "Acid thrown at her by a neighbour's son.")

    press(qtbot, Qt.Key.Key_2, ALT)                        # People
    press(qtbot, Qt.Key.Key_A, ALT)                        # Add person: the client
    people = form.people
    assert people.name.hasFocus() and people.role.currentData() == "client"
    type_text(qtbot, "Rubina Kausar")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "0300-0512345")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "4220105123451")                      # 13 digits, without dashes
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "01/02/1996")
    press(qtbot, Qt.Key.Key_X, ALT)                        # Sex
    type_text(qtbot, "F")
    people.vulnerability_checks["woman"].setFocus()
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_A, ALT)                        # Add person: the perpetrator
    assert people.role.currentData() == "perpetrator"
    type_text(qtbot, "Shahid")
    press(qtbot, Qt.Key.Key_H, ALT)                        # Relationship
    type_text(qtbot, "N")                                  # Neighbour
    assert people.relationship.currentData() == "neighbour"

    press(qtbot, Qt.Key.Key_3, ALT)                        # Categories
    press(qtbot, Qt.Key.Key_N, ALT)                        # Main category
    type_text(qtbot, "acid")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_R, ALT)                        # Further category
    type_text(qtbot, "harassment workplace")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Return)                        # … added
    assert form.further_codes() == ["har_workplace"]
    further = form.further_codes()
    assert "Child Helpline International" in form.category_classes.text()

    press(qtbot, Qt.Key.Key_S, CTRL)                       # Save
    wait_idle(qtbot, window.runner)
    record = form.record
    assert record.reference and record.reference.startswith("KHI-2026-")
    assert window.statusBar().currentMessage() == (
        f"Case \u2068{record.reference}\u2069 opened and saved.")
    assert not screen.changed and "(not saved)" not in screen.case_title.text()
    saved = stored(desk, record.id)
    assert (saved.status, saved.risk_level, saved.district_code, saved.city,
            saved.incident_on, saved.category_code, saved.further_categories) == (
        "new", "high", "SD-KHM", "Korangi", date(2026, 11, 10), "hp_acid_attack", further)
    assert saved.narrative == "Acid thrown at her by a neighbour's son."
    client = next(p for p in saved.persons if p.role == "client")
    assert (client.name, client.phone, client.cnic, client.birth_date, client.sex,
            client.vulnerabilities) == ("Rubina Kausar", "+923000512345", "4220105123451",
                                        date(1996, 2, 1), "f", ["woman"])
    perpetrator = next(p for p in saved.persons if p.role == "perpetrator")
    assert (perpetrator.name, perpetrator.relationship) == ("Shahid", "neighbour")

    press(qtbot, Qt.Key.Key_Escape)                        # back to the list
    wait_idle(qtbot, window.runner)
    assert screen.pages.currentWidget() is screen.list_page
    assert plain(screen.model.row_at(0).reference) == record.reference   # newest first
    screen.panel.table.setFocus()
    screen.panel.table.selectRow(0)
    press(qtbot, Qt.Key.Key_Return)                        # open it again
    wait_idle(qtbot, window.runner)
    assert screen.pages.currentWidget() is screen.form_page
    assert plain(form.reference.text()) == record.reference
    assert form.city.text() == "Korangi" and form.incident_on.text() == "10/11/2026"
    assert [p["name"] for p in form.people.people] == ["Rubina Kausar", "Shahid"]
    assert form.people.people[0]["cnic"] == "42201-0512345-1"
    assert screen.last_open_ms is not None
    print(f"case form shown {screen.last_open_ms:.1f} ms after Enter")

    press(qtbot, Qt.Key.Key_1, ALT)
    press(qtbot, Qt.Key.Key_S, ALT)                        # Status
    type_text(qtbot, "C")                                  # Closed
    assert form.status.currentData() == "closed"
    press(qtbot, Qt.Key.Key_S, CTRL)
    wait_idle(qtbot, window.runner)
    assert stored(desk, record.id).status == "closed"

    press(qtbot, Qt.Key.Key_S, ALT)
    type_text(qtbot, "O")                                  # Open again
    assert form.status_reason.isVisible()
    assert form.case_left.captions["status_reason"].text() == "Why it is &opened again:"
    press(qtbot, Qt.Key.Key_S, CTRL)                       # without a reason: refused
    wait_idle(qtbot, window.runner)
    message = form.case_left.messages["status_reason"]
    assert message.isVisible() and message.text() == "Say why the case is opened again."
    assert form.status_reason.hasFocus() and form.status.currentData() == "open"
    type_text(qtbot, "She was attacked again on Monday.")
    press(qtbot, Qt.Key.Key_S, CTRL)
    wait_idle(qtbot, window.runner)
    assert stored(desk, record.id).status == "open"
    press(qtbot, Qt.Key.Key_9, ALT)                        # History
    wait_idle(qtbot, window.runner)
    history = form.sections["history"]
    assert column_texts(history.status_model, "to") == ["Open", "Closed", "New"]
    assert column_texts(history.status_model, "reason")[0] == \
        "She was attacked again on Monday."


def test_a_refused_save_keeps_every_value_and_says_why_beside_the_field(qtbot, desk,
                                                                        desk_window):
    window = desk_window
    screen = cases_screen(qtbot, window)
    screen.new_case()
    form = screen.form
    form.people.add_person()
    people = form.people
    people.name.setText("Nasreen")
    people.name.textEdited.emit("Nasreen")
    people.cnic.setText("42101-12345")
    people.cnic.textEdited.emit("42101-12345")
    screen.save()
    wait_idle(qtbot, window.runner)
    message = people.left.messages["cnic"]
    assert form.tabs.currentIndex() == 1 and message.isVisible()
    assert message.text() == "A CNIC has 13 digits. Type it as 12345-1234567-1 or as 13 digits."
    assert people.cnic.hasFocus() and people.cnic.text() == "42101-12345"
    assert form.record.id is None and screen.changed          # nothing saved, nothing lost

    people.cnic.setText("42101-1234567-1")
    people.cnic.textEdited.emit(people.cnic.text())
    future = DEMO_DAY.replace(year=DEMO_DAY.year + 1)
    people.birth_date.setText(future.strftime("%d/%m/%Y"))
    people.birth_date.textEdited.emit(people.birth_date.text())
    screen.save()
    wait_idle(qtbot, window.runner)
    assert people.left.messages["birth_date"].text() == "A date of birth cannot be in the future."

    people.birth_date.setText("31/02/1990")                   # not a date at all
    people.birth_date.textEdited.emit(people.birth_date.text())
    screen.save()
    assert people.left.messages["birth_date"].text() == \
        "Write the date as 22/11/2026 or 2026-11-22."

    people.birth_date.setText("")
    people.birth_date.textEdited.emit("")
    form.tabs.setCurrentIndex(0)
    form.incident_on.setText("01/01/2099")
    form.incident_on.textEdited.emit(form.incident_on.text())
    screen.save()
    wait_idle(qtbot, window.runner)
    assert form.case_right.messages["incident_on"].text() == \
        "An incident cannot be dated in the future."

    # A megabyte pasted: into the account it is refused at once (Qt would freeze laying
    # it out), and said beside the field; what was typed there stays.
    form.incident_on.setText("")
    form.incident_on.textEdited.emit("")
    form.narrative.setPlainText("Typed before the paste. ")
    QApplication.clipboard().setText("x" * 1_000_000)
    form.narrative.setFocus()
    form.narrative.moveCursor(QTextCursor.MoveOperation.End)
    form.narrative.paste()
    assert form.narrative_form.messages["narrative"].text() == (
        "Not pasted: the text is 1,000,000 characters long, and this field takes at most "
        "20,000.")
    assert form.narrative.toPlainText() == "Typed before the paste. "
    # Pasted into a name it is cut at the field's length, and the core says how long.
    form.tabs.setCurrentIndex(1)
    people.name.setFocus()
    people.name.selectAll()
    people.name.paste()
    people.name.textEdited.emit(people.name.text())
    screen.save()
    wait_idle(qtbot, window.runner)
    assert people.left.messages["name"].text() == \
        "This field takes at most 200 characters (800 were given)."
    QApplication.clipboard().clear()
    people.name.setText("Nasreen")
    people.name.textEdited.emit("Nasreen")

    # Bidi overrides and control characters pasted: taken out at once, and said.
    form.narrative.setPlainText("")
    form.city.setFocus()
    form.city.insert("Lyari\u202e tsaE\u202c\x07")
    form.city.textEdited.emit(form.city.text())
    assert form.city.text() == "Lyari tsaE"
    assert form.case_right.messages["city"].text() == \
        "Invisible control characters were removed from what was pasted."
    screen.save()
    wait_idle(qtbot, window.runner)
    assert form.record.id is not None                         # now it is accepted
    assert stored(desk, form.record.id).persons[0].cnic == "4210112345671"


def test_leaving_a_form_with_changes_asks_and_each_answer_does_what_it_says(qtbot, desk,
                                                                            desk_window):
    window = desk_window
    case = new_case_with_core(desk)
    screen = cases_screen(qtbot, window)
    screen.open_request(cases_request(case.id))
    wait_idle(qtbot, window.runner)
    form = screen.form
    form.narrative.setPlainText("First try, not to be kept.")
    press(qtbot, Qt.Key.Key_Escape)
    answer(qtbot, screen, QMessageBox.ButtonRole.RejectRole)          # Keep editing
    assert screen.pages.currentWidget() is screen.form_page
    assert form.narrative.toPlainText() == "First try, not to be kept."
    press(qtbot, Qt.Key.Key_Escape)
    answer(qtbot, screen, QMessageBox.ButtonRole.DestructiveRole)     # Discard them
    assert screen.pages.currentWidget() is screen.list_page
    assert stored(desk, case.id).narrative is None

    screen.open_request(cases_request(case.id))
    wait_idle(qtbot, window.runner)
    assert form.narrative.toPlainText() == ""                 # the discarded draft is gone
    assert not screen.notice.isVisible()
    form.narrative.setPlainText("She has moved to her brother's house.")
    press(qtbot, Qt.Key.Key_Escape)
    answer(qtbot, screen, QMessageBox.ButtonRole.AcceptRole)          # Save
    assert screen.pages.currentWidget() is screen.list_page
    assert stored(desk, case.id).narrative == "She has moved to her brother's house."

    # A refused save keeps the form: leaving waits until it is put right.
    screen.open_request(cases_request(case.id))
    wait_idle(qtbot, window.runner)
    form.tabs.setCurrentIndex(1)
    form.people.cnic.setText("123")
    form.people.cnic.textEdited.emit("123")
    press(qtbot, Qt.Key.Key_Escape)
    answer(qtbot, screen, QMessageBox.ButtonRole.AcceptRole)
    assert screen.pages.currentWidget() is screen.form_page
    assert form.people.left.messages["cnic"].isVisible()


def cases_request(case_id, contact_id=None):
    from ui.navigation import CaseRequest

    return CaseRequest(case_id=case_id, contact_id=contact_id)


def test_a_restricted_case_is_not_opened_for_a_colleague(qtbot, desk, desk_window):
    window = desk_window
    theirs = new_case_with_core(desk, "khi-counsellor2", restricted=True,
                                category_code="hon_karo_kari")
    screen = cases_screen(qtbot, window)
    screen.open_request(cases_request(theirs.id))
    wait_idle(qtbot, window.runner)
    assert screen.pages.currentWidget() is screen.list_page
    assert screen.list_message.isVisible() and screen.list_message.text() == (
        "This case is not open to you. Ask a supervisor if you need to work on it.")
    assert screen.form.record is None and screen.form.narrative.toPlainText() == ""
    row = next(n for n in range(screen.model.rowCount())
               if screen.model.row_at(n).id == theirs.id)
    assert column_texts(screen.model, "access")[row] == "Restricted"
    assert column_texts(screen.model, "category")[row] == ""   # not even the category


def test_the_list_filters_sorts_and_pages_through_the_server(qtbot, desk, desk_window,
                                                            demo_db):
    window = desk_window
    screen = cases_screen(qtbot, window)
    me = window.session.actor
    total = browse.case_page(demo_db, centre_code="KHI").total
    assert screen.count_label.text() == f"{total} cases"
    press(qtbot, Qt.Key.Key_M, ALT)                            # My cases
    wait_idle(qtbot, window.runner)
    mine = browse.case_page(demo_db, centre_code="KHI", assignee_id=me.user_id).total
    assert 0 < mine < total and screen.count_label.text() == f"{mine} cases"
    assert set(column_texts(screen.model, "counsellor")) == {window.session.display_name}
    press(qtbot, Qt.Key.Key_M, ALT)
    wait_idle(qtbot, window.runner)

    press(qtbot, Qt.Key.Key_D, ALT)                            # District
    type_text(qtbot, "karachi south")
    press(qtbot, Qt.Key.Key_Return)
    wait_idle(qtbot, window.runner)
    assert set(column_texts(screen.model, "district")) == {"Karachi South"}
    press(qtbot, Qt.Key.Key_L, ALT)                            # Follow-up
    type_text(qtbot, "D")                                      # Due today or overdue
    wait_idle(qtbot, window.runner)
    expected = browse.case_page(demo_db, centre_code="KHI", district_code="SD-KHS",
                                follow_up_due_by=DEMO_DAY).total
    assert screen.count_label.text() == f"{expected} cases"
    press(qtbot, Qt.Key.Key_R, ALT)                            # Clear filters
    wait_idle(qtbot, window.runner)
    assert screen.count_label.text() == f"{total} cases"

    press(qtbot, Qt.Key.Key_O, ALT)                            # Sort
    type_text(qtbot, "B")                                      # By reference
    wait_idle(qtbot, window.runner)
    references = [plain(r) for r in column_texts(screen.model, "reference")]
    assert references == sorted(references) and len(references) == 50
    # Every page to the end (the desk's 140-odd Karachi cases are three pages).
    while screen.model.rowCount() < total:
        before = screen.model.rowCount()
        screen.panel.table.scrollToBottom()
        qtbot.waitUntil(lambda n=before: screen.model.rowCount() > n, timeout=10_000)
        wait_idle(qtbot, window.runner)
    references = [plain(r) for r in column_texts(screen.model, "reference")]
    assert references == sorted(references) and len(set(references)) == total > 100
    assert screen.count_label.text() == f"{total} cases"       # counted once, kept

    press(qtbot, Qt.Key.Key_C, ALT)                            # Category
    type_text(qtbot, "spouse")
    press(qtbot, Qt.Key.Key_Return)
    wait_idle(qtbot, window.runner)
    found = browse.case_page(demo_db, centre_code="KHI", category_code="dv_physical").total
    assert screen.count_label.text() == f"{found} cases"


# ---- sections ----------------------------------------------------------------------------

def test_notes_keep_their_old_versions_and_sections_add_at_once(qtbot, desk, desk_window):
    window = desk_window
    case = new_case_with_core(desk)
    screen = cases_screen(qtbot, window)
    screen.open_request(cases_request(case.id))
    wait_idle(qtbot, window.runner)
    form = screen.form
    press(qtbot, Qt.Key.Key_5, ALT)                            # Notes
    wait_idle(qtbot, window.runner)
    notes = form.sections["notes"]
    assert notes.editor.isEnabled()
    notes.editor.setFocus()
    type_text(qtbot, "Hearing on Monday at 10.")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    wait_idle(qtbot, window.runner)
    assert column_texts(notes.model, "body") == ["Hearing on Monday at 10."]
    notes.panel.table.selectRow(0)
    press(qtbot, Qt.Key.Key_C, ALT)                            # Change the chosen note
    assert notes.editor.toPlainText() == "Hearing on Monday at 10."
    notes.editor.setPlainText("Hearing moved to Tuesday at 11.")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    wait_idle(qtbot, window.runner)
    assert column_texts(notes.model, "body") == ["Hearing moved to Tuesday at 11."]
    assert column_texts(notes.model, "edited") == ["edited"]
    press(qtbot, Qt.Key.Key_9, ALT)                            # History
    wait_idle(qtbot, window.runner)
    history = form.sections["history"]
    assert column_texts(history.versions_model, "body") == ["Hearing on Monday at 10."]

    press(qtbot, Qt.Key.Key_6, ALT)                            # Follow-ups
    wait_idle(qtbot, window.runner)
    section = form.sections["follow_ups"]
    section.description.setPlainText("Ask for the medical certificate")
    # The core plans by the real clock (the window's "today" is pinned to the demo's).
    section.due_on.setText((today_pk() + timedelta(days=3)).strftime("%d/%m/%Y"))
    press(qtbot, Qt.Key.Key_P, ALT)
    wait_idle(qtbot, window.runner)
    assert column_texts(section.model, "description") == ["Ask for the medical certificate"]
    assert column_texts(section.model, "status") == ["Planned"]

    press(qtbot, Qt.Key.Key_4, ALT)                            # Legal process
    wait_idle(qtbot, window.runner)
    legal = form.sections["legal"]
    legal.reference.setText("213/2026")
    legal.place.setText("PS Korangi")
    legal.on_date.setText("18/11/2026")
    _set(legal.status, "registered")
    press(qtbot, Qt.Key.Key_P, ALT)                            # Add the step
    wait_idle(qtbot, window.runner)
    assert column_texts(legal.steps_model, "place") == ["PS Korangi"]
    assert [plain(t) for t in column_texts(legal.steps_model, "reference")] == ["213/2026"]

    press(qtbot, Qt.Key.Key_7, ALT)                            # Consent
    wait_idle(qtbot, window.runner)
    section = form.sections["consent"]
    press(qtbot, Qt.Key.Key_R, ALT)                            # Record
    wait_idle(qtbot, window.runner)
    assert sorted(column_texts(section.model, "category")) == [
        "Contact details", "Identity", "What happened"]
    assert set(column_texts(section.model, "decision")) == {"Agrees"}
    assert set(column_texts(section.model, "organisation")) == {"Any organisation"}

    press(qtbot, Qt.Key.Key_8, ALT)                            # Referrals
    wait_idle(qtbot, window.runner)
    asked = []
    window.navigator.referral_requested.connect(asked.append)
    press(qtbot, Qt.Key.Key_R, ALT)                            # Refer…
    assert asked == [case.id]
    database = window.runner.database
    assert [f.description for f in follow_ups.of_case(database, window.session, case.id)] \
        == ["Ask for the medical certificate"]
    with database.transaction() as c:
        assert consent.allows(c, case.id, "referral", ("identity", "incident"))
        assert not consent.allows(c, case.id, "referral", ("health",))


def _set(box, code) -> None:
    box.setCurrentIndex(box.findData(code))


def test_the_referrals_of_a_case_show_one_made_without_consent_with_its_reason(
        qtbot, desk, desk_window):
    from workstation.persistence.models import Service
    from workstation.services import referrals

    case = new_case_with_core(desk)
    database = open_desk_database(desk)
    try:
        supervisor = accounts.sign_in(database, "khi-supervisor1", "demo")
        with database.engine.connect() as c:
            service_id = c.execute(select(Service.id).where(
                Service.status == "active").limit(1)).scalar()
        referrals.refer(database, supervisor, case.id, service_id,
                        override_reason="In danger tonight; the shelter must know.")
    finally:
        database.close()
    window = desk_window
    screen = cases_screen(qtbot, window)
    screen.open_request(cases_request(case.id))
    wait_idle(qtbot, window.runner)
    press(qtbot, Qt.Key.Key_8, ALT)
    wait_idle(qtbot, window.runner)
    section = screen.form.sections["referrals"]
    assert section.model.rowCount() == 1
    assert plain(column_texts(section.model, "consent")[0]).startswith(
        "Without consent: decided by ")
    section.panel.table.selectRow(0)
    assert "In danger tonight; the shelter must know." in section.detail.text()

    # What became of it: a date that is not one is refused beside the field …
    assert section.box.isEnabled()
    _set(section.status, "accepted")
    section.follow_up_on.setText("31/02/2027")
    section.update_button.click()
    wait_idle(qtbot, window.runner)
    assert section.editor.messages["follow_up_on"].isVisible()
    assert column_texts(section.model, "status") == ["Referred"]
    # … a past day by the core's own words, and the status is not half-changed …
    section.follow_up_on.set_value(today_pk() - timedelta(days=3))
    section.update_button.click()
    wait_idle(qtbot, window.runner)
    assert section.editor.messages["follow_up_on"].text() == "Choose a date within the coming year."
    # … a good one is kept, with the status, and the referral stays chosen.
    due = today_pk() + timedelta(days=10)
    section.follow_up_on.set_value(due)
    section.update_button.click()
    wait_idle(qtbot, window.runner)
    assert column_texts(section.model, "status") == ["Accepted"]
    assert section.chosen().follow_up_on == due and section.status.currentData() == "accepted"
    # The slip can be printed again from here.
    section.slip_button.click()
    qtbot.waitUntil(lambda: section.slip_dialog is not None
                    and section.slip_dialog.slip is not None, timeout=10_000)
    section.slip_dialog.reject()


# ---- duplicates --------------------------------------------------------------------------

def test_a_duplicate_is_offered_compared_and_merged_keeping_both_cases(qtbot, desk,
                                                                       desk_window):
    first = new_case_with_core(desk, persons=[cases.PersonOnCase(
        role="client", name="Mohammad Aslam", phone="0321-0622001", sex="m",
        address="Street 4, Orangi")])
    window = desk_window
    screen = cases_screen(qtbot, window)
    screen.new_case()
    form = screen.form
    form.people.add_person()
    for field, text in ((form.people.name, "Muhammad Aslam"),
                        (form.people.phone, "0321 0622001")):
        field.setText(text)
        field.textEdited.emit(text)
    screen.save()
    wait_idle(qtbot, window.runner)
    second = form.record
    assert screen.duplicates_notice.isVisible()
    assert "Muhammad Aslam may have been recorded before" in plain(
        screen.duplicates_notice.text())
    press(qtbot, Qt.Key.Key_M, ALT)                            # Compare…
    qtbot.waitUntil(lambda: screen.duplicates_dialog is not None
                    and screen.duplicates_dialog.isVisible())
    dialog = screen.duplicates_dialog
    assert dialog.cells[("name", 2)].text() == "Mohammad Aslam"
    assert plain(dialog.cells[("phone", 2)].text()) == "0321 0622001"
    assert "font-weight: bold" in dialog.cells[("phone", 2)].styleSheet()   # the same
    assert dialog.cells[("address", 2)].text() == "Street 4, Orangi"
    assert "same phone number" in dialog.cells[("reasons", 2)].text()
    assert plain(dialog.cells[("cases", 2)].text()) == first.reference
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(dialog.list, Qt.Key.Key_U, ALT)             # Use the record from before
    qtbot.wait(150)
    wait_idle(qtbot, window.runner)
    assert not (shiboken6.isValid(dialog) and dialog.isVisible())
    kept = first.persons[0].id
    assert form.people.people[0]["id"] == str(kept)
    assert form.people.people[0]["address"] == "Street 4, Orangi"
    database = open_desk_database(desk)
    try:
        with database.engine.connect() as c:
            given_up = c.execute(select(Person.merged_into_id).where(
                Person.id == second.persons[0].id)).scalar()
    finally:
        database.close()
    assert given_up == kept                                    # kept, marked as merged
    assert [p.id for p in stored(desk, first.id).persons] == [kept]


# ---- from a call, a lock, a crash, Urdu --------------------------------------------------

def test_f6_during_a_call_starts_a_case_with_the_caller_and_links_the_call(qtbot, desk,
                                                                          desk_window):
    window = desk_window
    calls = take_call(qtbot, window, "0333 0633001")
    calls.form.caller_type.setCurrentIndex(calls.form.caller_type.findData("survivor"))
    calls.form.district.set_value("SD-KHM")
    calls.form.category.set_value("dv_physical")
    contact_id = calls.active.contact_id
    calls.form.caller_type.setFocus()
    press(qtbot, Qt.Key.Key_F6)
    wait_idle(qtbot, window.runner)
    screen = window.screen("cases")
    assert window.stack.currentWidget() is screen
    form = screen.form
    assert screen.pages.currentWidget() is screen.form_page and form.case_id is None
    assert form.district.value() == "SD-KHM" and form.category.value() == "dv_physical"
    (caller,) = form.people.people
    assert (caller["role"], caller["phone"], caller["district_code"]) == (
        "client", "0333 0633001", "SD-KHM")
    assert screen.changed                                  # begun from a call: kept
    form.tabs.setCurrentIndex(1)
    form.people.name.setText("Kiran")
    form.people.name.textEdited.emit("Kiran")
    press(qtbot, Qt.Key.Key_S, CTRL)
    wait_idle(qtbot, window.runner)
    database = window.runner.database
    with database.engine.connect() as c:
        linked = c.execute(select(Contact.case_id).where(Contact.id == contact_id)).scalar()
    assert linked == form.case_id is not None


def test_a_lock_keeps_the_form_and_unlocking_brings_it_back_as_typed(qtbot, desk,
                                                                     desk_window):
    window = desk_window
    case = new_case_with_core(desk)
    screen = cases_screen(qtbot, window)
    screen.open_request(cases_request(case.id))
    wait_idle(qtbot, window.runner)
    screen.form.narrative.setPlainText("Typed before the lock")
    screen.form.sections["notes"].editor.setPlainText("A note not added yet")
    window.lock()
    wait_idle(qtbot, window.runner)
    assert screen.form.narrative.toPlainText() == ""       # gone from the widgets
    assert screen.pages.currentWidget() is screen.list_page
    lock = window.lock_screen
    qtbot.keyClicks(lock.password, "demo")
    lock.unlock_button.click()
    qtbot.waitUntil(lambda: not window.session.locked, timeout=10_000)
    wait_idle(qtbot, window.runner)
    assert screen.pages.currentWidget() is screen.form_page
    assert screen.form.case_id == case.id
    assert screen.form.narrative.toPlainText() == "Typed before the lock"
    assert screen.form.sections["notes"].editor.toPlainText() == "A note not added yet"
    assert not screen.notice.isVisible()                   # a lock, not a crash
    assert screen.has_unsaved_work()


def test_the_urdu_form_lays_out_right_to_left_takes_urdu_and_says_why_in_urdu(
        qtbot, desk, desk_window):
    window = desk_window
    window.language_actions["ur"].trigger()
    qtbot.wait(50)
    screen = cases_screen(qtbot, window)
    assert screen.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert screen.new_button.text() == "نیا کیس (&N)"
    screen.new_case()
    form = screen.form
    assert form.tabs.tabText(1) == "&2 افراد"
    form.people.add_person()
    form.people.name.setFocus()
    type_text(qtbot, "نسرین بی بی")
    form.people.cnic.setFocus()
    type_text(qtbot, "۴۲۱۰۱۱۲۳۴۵۶۷")                          # 12 digits, in Urdu digits
    form.narrative.setFocus()
    type_text(qtbot, "شوہر نے گھر سے نکال دیا")
    screen.save()
    wait_idle(qtbot, window.runner)
    message = form.people.left.messages["cnic"]
    assert message.isVisible() and message.text().startswith("شناختی کارڈ")
    assert form.people.cnic.layoutDirection() == Qt.LayoutDirection.LeftToRight
    form.people.cnic.setText("۴۲۱۰۱۱۲۳۴۵۶۷۸")
    form.people.cnic.textEdited.emit(form.people.cnic.text())
    screen.save()
    wait_idle(qtbot, window.runner)
    saved = stored(desk, form.record.id)
    assert saved.persons[0].name == "نسرین بی بی" and saved.persons[0].cnic == "4210112345678"
    assert saved.narrative == "شوہر نے گھر سے نکال دیا"
    assert all(not text.isascii() for text in form.tab_titles())


def test_a_draft_left_by_a_closed_window_comes_back_when_the_case_is_opened(
        qtbot, desk, demo_user):
    case = new_case_with_core(desk)
    window = open_window(qtbot, desk, demo_user(COUNSELLOR))
    screen = cases_screen_direct(qtbot, window)
    screen.open_request(cases_request(case.id))
    wait_idle(qtbot, window.runner)
    screen.form.city.setText("Lyari")
    screen.form.city.textEdited.emit("Lyari")
    window.close()                          # the window keeps the draft, then closes
    qtbot.waitUntil(lambda: not window.isVisible())
    close_window(window)
    database = open_desk_database(desk)
    try:
        me = accounts.sign_in(database, COUNSELLOR, "demo")
        assert case_drafts.draft_of_case(database, me, case.id).form["city"] == "Lyari"
    finally:
        database.close()
    window = open_window(qtbot, desk, demo_user(COUNSELLOR))
    try:
        screen = cases_screen_direct(qtbot, window)
        assert screen.pages.currentWidget() is screen.form_page
        assert screen.form.case_id == case.id and screen.form.city.text() == "Lyari"
        assert screen.notice.isVisible() and screen.notice.text().startswith(
            "Changes to this case were not saved; they are restored as last typed at ")
    finally:
        close_window(window)


def cases_screen_direct(qtbot, window):
    window.show_screen_id("cases")
    wait_idle(qtbot, window.runner)
    return window.screen("cases")



def test_a_follow_up_on_the_worklist_opens_its_case_with_enter(qtbot, desk, desk_window):
    window = desk_window
    worklist = window.show_screen_id("worklist")
    wait_idle(qtbot, window.runner)
    worklist.tabs.setCurrentIndex(1)
    model = worklist.follow_up_model
    assert model.rowCount() > 0
    due = model.row_at(0)
    table = worklist.follow_up_panel.table
    table.setFocus()
    table.setCurrentIndex(model.index(0, 0))
    press(qtbot, Qt.Key.Key_Return)
    wait_idle(qtbot, window.runner)
    screen = window.screen("cases")
    assert window.stack.currentWidget() is screen
    assert screen.pages.currentWidget() is screen.form_page
    assert screen.form.case_id == due.case_id
    assert plain(screen.form.reference.text()) == due.reference


def test_adding_a_note_is_not_a_change_to_save_but_a_note_typed_is_kept(qtbot, desk,
                                                                        desk_window):
    window = desk_window
    case = new_case_with_core(desk)
    screen = cases_screen(qtbot, window)
    screen.open_request(cases_request(case.id))
    wait_idle(qtbot, window.runner)
    notes = screen.form.sections["notes"]
    screen.form.tabs.setCurrentIndex(4)
    notes.editor.setPlainText("Spoke to her brother.")
    assert screen.has_unsaved_work() and not screen.changed
    notes.add_note()
    wait_idle(qtbot, window.runner)
    assert column_texts(notes.model, "body") == ["Spoke to her brother."]
    assert not screen.has_unsaved_work()               # added: nothing left to save
    press(qtbot, Qt.Key.Key_Escape)
    wait_idle(qtbot, window.runner)
    assert screen.leave_box is None and screen.pages.currentWidget() is screen.list_page
