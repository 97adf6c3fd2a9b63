"""Calls: where a counsellor spends the day — taking a contact from the screen pop to
wrap-up, keyboard first.

Ctrl+N (or the PBX ringing through the hook) starts a contact: the core starts it and
looks the caller up in one job (`calls.take_call`), and the screen shows the number,
whether the caller is known, the safety flags, earlier contacts and open cases at once.
While the caller talks the counsellor fills the quick intake and adds notes; F9 ends
the call (the timer stops, wrap-up time starts), Ctrl+S finishes the wrap-up. F6 opens
or starts the case, F7 the referral directory for the caller's district, F8 a
guidance sheet.

Nothing typed is lost: the form is saved as an encrypted draft every few seconds, and
also just before the desk locks, signs out or closes; a contact left open by a crash or
a power cut comes back here at the next sign-in. Taking a second contact holds the
first (it stays open and listed) instead of closing it.

Without a contact the screen shows today's figures and the centre's contact log.
"""

from __future__ import annotations

import logging
import time
import uuid
from dataclasses import dataclass, replace
from datetime import datetime, timezone

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.permissions import Action
from workstation.domain.phone import display_phone
from workstation.domain.vocab import Channel
from workstation.errors import ValidationError
from workstation.services import browse, callbacks, calls, categories, contacts
from workstation.services.contacts import ContactForm, NoteLine

from .. import formatting, labels, messages
from ..models.row_models import Column, PagedTableModel
from ..navigation import CaseRequest, ContactRequest
from ..widgets.caller_panel import CallerPanel
from ..widgets.contact_form import WARNED_OUTCOMES, ContactFormWidget
from ..widgets.figures import Figure, FigureRow
from ..widgets.form import FieldMessage
from ..widgets.list_panel import ListPanel
from .base import Screen

log = logging.getLogger(__name__)

AUTOSAVE_MS = 5_000
FLAG_DAYS = 30
STATUS_MESSAGE_MS = 8_000


@dataclass
class ActiveContact:
    """The contact on screen: the core's facts about it, not what is typed (the form)."""

    contact_id: uuid.UUID
    started_at: datetime
    channel: str
    direction: str
    number: str | None
    ended_at: datetime | None = None
    token: int | None = None
    room: str | None = None
    person_id: str | None = None
    callback_id: uuid.UUID | None = None


@dataclass(frozen=True)
class _Opened:
    """What `_open_job` gives back for a contact taken or resumed."""

    active: ActiveContact
    pop: calls.ScreenPop
    form: ContactForm
    notes: list[NoteLine]
    restored_from: datetime | None = None   # the draft's time, when resumed after a crash


class CallsScreen(Screen):
    screen_id = "calls"
    areas = frozenset({"contacts", "cases", "follow_ups", "callbacks"})

    def title(self) -> str:
        return self.tr("Calls")

    # ---- building -------------------------------------------------------------------
    def build(self) -> None:
        self.active: ActiveContact | None = None
        self._dirty = False
        self._saving = False
        self._starting = False
        self._finishing = False
        self._restore_pending = True          # look for drafts at the next load
        self._resume_id: uuid.UUID | None = None
        self._open: list[contacts.OpenDraft] = []
        # Goes up with every contact asked for (taken, resumed, switched to): an answer
        # for an older request is not shown over a newer one.
        self._request = 0
        self._categories_loaded = False
        self.last_pop_ms: float | None = None
        self.takes_contacts = (self.user.may(Action.HANDLE_CONTACT)
                               and self.centre_code is not None)

        self._build_start_bar()
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("call-pages")
        self.idle_page = self._build_idle_page()
        self.contact_page = self._build_contact_page()
        self.pages.addWidget(self.idle_page)
        self.pages.addWidget(self.contact_page)
        self.layout_.addWidget(self.pages, 1)

        self.autosave = QTimer(self)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self.save_draft)
        self._add_shortcuts()

    def _build_start_bar(self) -> None:
        self.start_bar = QWidget(self)
        self.number_label = QLabel(self)
        self.number_edit = QLineEdit(self)
        self.number_edit.setObjectName("number")
        self.number_edit.setMaxLength(64)
        # Digits are typed and read left to right, also in the Urdu window.
        self.number_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.number_label.setBuddy(self.number_edit)
        self.number_edit.returnPressed.connect(self.start_typed)
        self.channel_combo = QComboBox(self)
        self.channel_combo.setObjectName("channel")
        for channel in Channel:
            self.channel_combo.addItem("", channel.value)
        self.start_button = QPushButton(self)
        self.start_button.setObjectName("start-contact")
        self.start_button.clicked.connect(self.start_typed)
        self.open_label = QLabel(self)
        self.open_combo = QComboBox(self)
        self.open_combo.setObjectName("open-contacts")
        self.open_label.setBuddy(self.open_combo)
        self.open_combo.activated.connect(self._switch_chosen)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.number_label)
        bar.addWidget(self.number_edit, 2)
        bar.addWidget(self.channel_combo)
        bar.addWidget(self.start_button)
        bar.addSpacing(16)
        bar.addWidget(self.open_label)
        bar.addWidget(self.open_combo, 1)
        self.start_message = FieldMessage("start", self)
        self.restored_label = QLabel(self)
        self.restored_label.setObjectName("restored")
        self.restored_label.setWordWrap(True)
        self.restored_label.setStyleSheet("QLabel#restored { background: #dbe9ff; "
                                          "padding: 6px; border-radius: 4px; }")
        self.restored_label.hide()
        column = QVBoxLayout(self.start_bar)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(bar)
        column.addWidget(self.start_message)
        column.addWidget(self.restored_label)
        self.layout_.addWidget(self.start_bar)
        self.start_bar.setVisible(self.takes_contacts)

    def _build_idle_page(self) -> QWidget:
        page = QWidget(self)
        self.today_label = QLabel(page)
        self.today_label.setObjectName("today")
        self.figures = FigureRow([
            Figure("contacts_today", lambda: self.tr("Contacts today")),
            Figure("abandoned_today", lambda: self.tr("Abandoned or missed today")),
        ], parent=page)
        self.list_label = QLabel(page)
        self.list_label.setObjectName("list-label")
        self.count_label = QLabel(page)
        self.count_label.setObjectName("count")
        self.model = PagedTableModel(self.runner, self._columns(), label="recent contacts",
                                     parent=self)
        self.model.total_changed.connect(self._show_count)
        self.panel = ListPanel(self.model, lambda: self.tr("No contacts have been recorded yet."),
                               parent=page)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.today_label)
        layout.addWidget(self.figures)
        caption = QHBoxLayout()
        caption.addWidget(self.list_label, 1)
        caption.addWidget(self.count_label)
        layout.addLayout(caption)
        layout.addWidget(self.panel, 1)
        return page

    def _build_contact_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("contact-page")
        self.caller = CallerPanel(self.runner, page)
        self.caller.caller_chosen.connect(self._caller_chosen)
        self.caller.case_activated.connect(
            lambda case_id: self.navigator.request_case(CaseRequest(case_id=case_id)))
        self.form = ContactFormWidget(page)
        self.form.changed.connect(self._edited)
        self.form.note_requested.connect(self.add_note)
        scroll = QScrollArea(page)
        scroll.setWidget(self.form)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        split = QSplitter(Qt.Orientation.Horizontal, page)
        split.addWidget(self.caller)
        split.addWidget(scroll)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)

        self.case_button = QPushButton(page)
        self.case_button.setObjectName("case")
        self.case_button.clicked.connect(self.open_case)
        self.referrals_button = QPushButton(page)
        self.referrals_button.setObjectName("referrals")
        self.referrals_button.clicked.connect(self.open_referrals)
        self.sheet_button = QPushButton(page)
        self.sheet_button.setObjectName("sheet")
        self.sheet_button.clicked.connect(self.open_sheet)
        self.end_button = QPushButton(page)
        self.end_button.setObjectName("end-call")
        self.end_button.clicked.connect(self.end_call)
        self.finish_button = QPushButton(page)
        self.finish_button.setObjectName("finish")
        self.finish_button.clicked.connect(self.finish)
        self.finish_button.setDefault(False)
        actions = QHBoxLayout()
        for button in (self.case_button, self.referrals_button, self.sheet_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.end_button)
        actions.addWidget(self.finish_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split, 1)
        layout.addLayout(actions)
        return page

    def _add_shortcuts(self) -> None:
        """Single keys, live only while this screen shows a contact."""
        for key, slot in (("F6", self.open_case), ("F7", self.open_referrals),
                          ("F8", self.open_sheet), ("F9", self.end_call),
                          ("Ctrl+S", self.finish)):
            shortcut = QShortcut(QKeySequence(key), self.contact_page)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    @property
    def navigator(self):
        return self.context.navigator

    def _columns(self) -> list[Column]:
        return [
            Column("time", lambda: self.tr("Time (Pakistan)"),
                   lambda r: formatting.date_time(r.started_at)),
            Column("centre", lambda: self.tr("Centre"), lambda r: r.centre_code),
            Column("channel", lambda: self.tr("Channel"),
                   lambda r: labels.label(labels.channels, r.channel)),
            Column("status", lambda: self.tr("Status"),
                   lambda r: labels.label(labels.contact_statuses, r.status)),
            Column("outcome", lambda: self.tr("Outcome"),
                   lambda r: labels.label(labels.outcomes, r.outcome)),
            Column("category", lambda: self.tr("Category"),
                   lambda r: labels.bilingual(r.category_en, r.category_ur)),
            Column("district", lambda: self.tr("District"),
                   lambda r: labels.district(r.district_code)),
            Column("counsellor", lambda: self.tr("Counsellor"), lambda r: r.counsellor or ""),
        ]

    # ---- language -------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        if self.centre_code:
            self.list_label.setText(self.tr("Recent contacts at %1, newest first")
                                    .replace("%1", self.user.centre_name()))
        else:
            self.list_label.setText(self.tr("Recent contacts at all centres, newest first"))
        self.number_label.setText(self.tr("&Number:"))
        self.number_edit.setPlaceholderText(self.tr("Ctrl+N: type or paste the number"))
        for position in range(self.channel_combo.count()):
            self.channel_combo.setItemText(position, labels.label(
                labels.channels, self.channel_combo.itemData(position)))
        self.start_button.setText(self.tr("&Start contact"))
        self.open_label.setText(self.tr("Open c&ontacts:"))
        self.case_button.setText(self.tr("Case (F6)"))
        self.referrals_button.setText(self.tr("Referrals (F7)"))
        self.sheet_button.setText(self.tr("Guidance sheet (F8)"))
        self.end_button.setText(self.tr("End call (F9)"))
        self.finish_button.setText(self.tr("Finish wrap-up (Ctrl+S)"))
        self._show_today()
        self._show_count()
        self._fill_open_contacts()

    def _show_today(self) -> None:
        self.today_label.setText(self.tr("Today, %1 (Pakistan time), all centres")
                                 .replace("%1", formatting.long_date(self.context.today())))

    def _show_count(self, *_args) -> None:
        total = self.model.total
        self.count_label.setText("" if total is None else self.tr("%Ln contact(s)", "", total))

    # ---- loading --------------------------------------------------------------------
    def load(self) -> None:
        self._show_today()
        today = self.context.today()
        self.run(lambda ctx: browse.overview(ctx.database, today),
                 done=self._show_overview, label="overview")
        centre = self.centre_code
        self.model.set_query(lambda db, offset, limit: browse.recent_contacts(
            db, offset=offset, limit=limit, centre_code=centre))
        if not self.takes_contacts:
            return
        session = self.user.session
        load_categories = not self._categories_loaded
        restore = self._restore_pending
        self._restore_pending = False

        def job(ctx):
            found = categories.active_categories(ctx.database) if load_categories else None
            return found, contacts.open_drafts(ctx.database, session)

        self.run(job, done=lambda result: self._drafts_loaded(*result, restore),
                 label="open contacts")

    def _show_overview(self, overview: browse.Overview) -> None:
        self.figures.set_values({"contacts_today": overview.contacts_today,
                                 "abandoned_today": overview.abandoned_today})

    def _drafts_loaded(self, found, drafts: list[contacts.OpenDraft], restore: bool) -> None:
        if found is not None:
            self.form.set_categories(found)
            self._categories_loaded = True
        self._open = drafts
        self._fill_open_contacts()
        if restore and self.active is None and drafts:
            wanted = next((d for d in drafts if d.contact_id == self._resume_id), None)
            self._resume(wanted or drafts[0], restored=wanted is None)

    def clear_data(self) -> None:
        """The desk locks: every value leaves the widgets (the draft was saved first, see
        `keep_unsaved_work`); the contact comes back after unlocking."""
        self.figures.set_values({})
        self.model.clear()
        if self.active is not None:
            self._resume_id = self.active.contact_id
        self._forget_contact()
        self._open = []
        self._fill_open_contacts()
        self.number_edit.clear()
        self.start_message.show_message(None)
        self._restore_pending = True

    # ---- starting a contact ---------------------------------------------------------
    def focus_number(self) -> None:
        """Ctrl+N: the number field, ready to type (a contact on screen stays open)."""
        self.number_edit.setFocus()
        self.number_edit.selectAll()

    def start_typed(self) -> None:
        self.start(ContactRequest(number=self.number_edit.text() or None,
                                  channel=self.channel_combo.currentData()))

    def start(self, request: ContactRequest) -> None:
        """Take a contact: from the number bar, the PBX hook, a call-back or a walk-in."""
        if not self.takes_contacts or self._starting or self.locked:
            return
        self.start_message.show_message(None)
        if request.channel == Channel.PHONE and not (request.number or "").strip() \
                and request.event_at is None:
            # A phone call typed by hand without a number is most often a slip of the
            # Enter key; a withheld number from the PBX is taken as it comes.
            self.start_message.show_message(self.tr(
                "Type the caller's number, or choose Walk-in or Online for a contact "
                "without one."))
            self.number_edit.setFocus()
            return
        self.save_draft()   # the contact on screen is held, with what was typed
        self._starting = True
        session = self.user.session
        requested_at = request.event_at or time.perf_counter()

        def job(ctx):
            started = calls.take_call(ctx.database, session, request.number,
                                      channel=request.channel, direction=request.direction)
            if request.callback_id is not None:
                callbacks.record_attempt(ctx.database, session, request.callback_id,
                                         "reached", contact_id=started.contact_id)
            return started

        self.run(job, done=lambda started: self._started(started, request, requested_at),
                 failed=self._start_failed, changes=("contacts", "callbacks"),
                 label="take call")

    def _started(self, started: calls.CallStarted, request: ContactRequest,
                 requested_at: float) -> None:
        self._starting = False
        self._request += 1   # a contact taken wins over any resume still on its way
        self.number_edit.clear()
        active = ActiveContact(started.contact_id, started.started_at, request.channel,
                               request.direction, started.pop.number.lookup_key
                               or request.number, token=request.token, room=request.room,
                               callback_id=request.callback_id)
        form = ContactForm(token=request.token, room=request.room)
        self._show(_Opened(active, started.pop, form, []))
        self.last_pop_ms = (time.perf_counter() - requested_at) * 1000
        log.info("screen pop shown %.1f ms after the request", self.last_pop_ms)
        self.form.caller_type.setFocus()
        self._dirty = True      # the token and room belong in the first draft
        self.save_draft()

    def _start_failed(self, error: BaseException) -> None:
        self._starting = False
        self.start_message.show_message(messages.full_text(error))

    # ---- resuming -------------------------------------------------------------------
    def _resume(self, draft: contacts.OpenDraft, *, restored: bool) -> None:
        form = draft.form
        ended = datetime.fromisoformat(form.ended_at) if form.ended_at else None
        active = ActiveContact(draft.contact_id, draft.started_at, draft.channel,
                               draft.direction, draft.number, ended, form.token, form.room,
                               form.person_id)
        session = self.user.session
        self._request += 1
        request = self._request

        def popped(pop: calls.ScreenPop) -> None:
            if request == self._request:
                self._show(_Opened(active, pop, form, draft.notes,
                                   draft.saved_at if restored else None))

        self.run(lambda ctx: calls.screen_pop(ctx.database, session, draft.number),
                 done=popped, label="screen pop")

    def _switch_chosen(self, position: int) -> None:
        self.resume_contact(self.open_combo.itemData(position))

    def resume_contact(self, contact_id: uuid.UUID | None) -> None:
        """Bring back a contact left open (held, or listed on the worklist)."""
        if contact_id is None or (self.active and self.active.contact_id == contact_id):
            return
        self.save_draft()
        # The draft list is read again so the held contact comes back as last typed.
        session = self.user.session
        self.run(lambda ctx: contacts.open_drafts(ctx.database, session),
                 done=lambda drafts: self._switch_to(contact_id, drafts),
                 label="open contacts")

    def _switch_to(self, contact_id: uuid.UUID, drafts: list[contacts.OpenDraft]) -> None:
        self._open = drafts
        draft = next((d for d in drafts if d.contact_id == contact_id), None)
        if draft is not None:
            self._resume(draft, restored=False)

    # ---- showing --------------------------------------------------------------------
    def _show(self, opened: _Opened) -> None:
        self.active = opened.active
        active = opened.active
        self.caller.show_contact(number=active.number, channel=active.channel,
                                 direction=active.direction, token=active.token,
                                 room=active.room)
        self.caller.show_pop(opened.pop, active.person_id)
        self.caller.timer.start(active.started_at, active.ended_at)
        self.form.load(opened.form, opened.notes)
        self._dirty = False
        if opened.restored_from is not None:
            self.restored_label.setText(self.tr(
                "This contact was not wrapped up; it is restored as last saved at %1.")
                .replace("%1", formatting.time_of_day(opened.restored_from)))
            self.restored_label.show()
        else:
            self.restored_label.hide()
        self._show_ended()
        self.pages.setCurrentWidget(self.contact_page)
        self.autosave.start()
        if not any(d.contact_id == active.contact_id for d in self._open):
            self._open.append(contacts.OpenDraft(active.contact_id, active.started_at,
                                                 active.started_at, active.channel,
                                                 active.number, opened.form))
        self._fill_open_contacts()

    def _show_ended(self) -> None:
        ended = self.active is not None and self.active.ended_at is not None
        self.end_button.setEnabled(not ended and self.active is not None)

    def _forget_contact(self) -> None:
        self.autosave.stop()
        self.active = None
        self._dirty = False
        self.caller.clear()
        self.form.clear()
        self.restored_label.hide()
        self.pages.setCurrentWidget(self.idle_page)

    def _fill_open_contacts(self) -> None:
        self.open_combo.clear()
        for draft in self._open:
            number = formatting.left_to_right(display_phone(draft.number)) \
                if draft.number else labels.label(labels.channels, draft.channel)
            self.open_combo.addItem(f"{formatting.time_of_day(draft.started_at)}  {number}",
                                    draft.contact_id)
        if self.active is not None:
            self.open_combo.setCurrentIndex(max(self.open_combo.findData(
                self.active.contact_id), 0))
        several = len(self._open) > 1 or (bool(self._open) and self.active is None)
        self.open_label.setVisible(several)
        self.open_combo.setVisible(several)
        if self.active is None and self._open:
            self.open_combo.setCurrentIndex(-1)

    # ---- during the contact ---------------------------------------------------------
    def _edited(self) -> None:
        self._dirty = True

    def _caller_chosen(self, person_id: str | None) -> None:
        if self.active is not None:
            self.active.person_id = person_id
            self._dirty = True

    def _form_now(self) -> ContactForm:
        active = self.active
        return replace(self.form.values(),
                       ended_at=active.ended_at.isoformat() if active.ended_at else None,
                       person_id=active.person_id or self.caller.chosen_caller(),
                       token=active.token, room=active.room)

    def save_draft(self) -> None:
        """Save the form as it stands if it changed since the last save."""
        if self.active is None or not self._dirty or self._saving or self.locked:
            return
        self._queue_save(self.user.session)

    def _queue_save(self, session) -> None:
        contact_id, form = self.active.contact_id, self._form_now()
        self._saving = True
        self._dirty = False

        def saved(_result) -> None:
            self._saving = False

        def failed(error: BaseException) -> None:
            self._saving = False
            self._dirty = True   # try again at the next tick
            self._status(self.tr("The draft could not be saved: %1")
                         .replace("%1", messages.full_text(error)))

        self.runner.run(lambda ctx: contacts.save_draft(ctx.database, session, contact_id,
                                                        form),
                        done=saved, failed=failed, label="save draft", owner=self)

    def has_unsaved_work(self) -> bool:
        return self.active is not None and self._dirty

    def keep_unsaved_work(self) -> None:
        """Queue the last draft now, with a copy of the session, before the desk locks,
        signs out or closes (the session loses its keys right after)."""
        if self.active is not None and self._dirty and not self.locked:
            self._queue_save(self.user.session.copy())

    def add_note(self, text: str) -> None:
        if self.active is None:
            return
        session, contact_id = self.user.session, self.active.contact_id

        def job(ctx):
            note_id = contacts.add_note(ctx.database, session, contact_id, text)
            return NoteLine(datetime.now(timezone.utc), text.strip()), note_id

        def added(result) -> None:
            if self.active is not None and self.active.contact_id == contact_id:
                self.form.note_added(result[0])
                self._dirty = True   # the draft's pending note is now empty

        self.run(job, done=added, failed=lambda e: self.form.show_note_message(
            messages.full_text(e)), label="add note")

    def end_call(self) -> None:
        if self.active is None or self.active.ended_at is not None:
            return
        self.active.ended_at = datetime.now(timezone.utc)
        self.caller.timer.end(self.active.ended_at)
        self._show_ended()
        self._dirty = True
        self.save_draft()
        self.form.outcome.setFocus()

    def open_case(self) -> None:
        """F6: the chosen or only open case; otherwise a new case from this contact."""
        if self.active is None:
            return
        chosen = self.caller.selected_case()
        cases = self.caller.cases_model
        if chosen is None and cases.rowCount() == 1:
            chosen = cases.row_at(0).id
        if chosen is None and cases.rowCount() > 1:
            self.caller.cases.table.setFocus()
            self.caller.cases.table.selectRow(0)
            self._status(self.tr("Choose the case with the arrow keys and press Enter."))
            return
        self.save_draft()
        self.navigator.request_case(CaseRequest(case_id=chosen,
                                                contact_id=self.active.contact_id))

    def open_referrals(self) -> None:
        """F7: the directory, filtered to the caller's district."""
        if self.active is None:
            return
        district = self.form.district.value()
        if district is None and self.caller.pop is not None:
            district = next((p.district_code for p in self.caller.pop.callers
                             if p.district_code), None)
        self.navigator.request_referrals(district)

    def open_sheet(self) -> None:
        """F8: a guidance sheet for the caller's district."""
        if self.active is None:
            return
        self.navigator.request_sheet(self.form.district.value())

    # ---- wrap-up --------------------------------------------------------------------
    def finish(self) -> None:
        if self.active is None or self._finishing:
            return
        self.form.clear_messages()
        for key in self.form.unmatched_fields():
            self.form.show_message(key, self.tr("Choose one from the list, or leave it empty."))
            return
        active, form = self.active, self._form_now()
        pending = form.pending_note
        warn = self.form.warn_colleagues() and form.outcome in WARNED_OUTCOMES
        number = active.number
        session = self.user.session
        self._finishing = True

        def job(ctx):
            # A note typed but not added is kept with the wrap-up, not dropped.
            contacts.wrap_up(ctx.database, session, active.contact_id,
                             replace(form, pending_note=None), last_note=pending)
            flagged = False
            if warn and number and number[:1] in "+0123456789":
                try:
                    contacts.flag_caller(ctx.database, session, number, form.outcome,
                                         days=FLAG_DAYS)
                    flagged = True
                except ValidationError:
                    pass  # an unrecognised number cannot be flagged; the wrap-up stands
            return flagged

        self.run(job, done=lambda flagged: self._finished(active, flagged),
                 failed=self._finish_failed, changes=("contacts", "callbacks"),
                 label="wrap up")

    def _finished(self, active: ActiveContact, flagged: bool) -> None:
        self._finishing = False
        self._open = [d for d in self._open if d.contact_id != active.contact_id]
        self._forget_contact()
        self._status(self.tr("Contact wrapped up.") + (
            " " + self.tr("Colleagues will be warned about this number.") if flagged else ""))
        if self._open:
            self._resume(self._open[-1], restored=False)
        else:
            self._fill_open_contacts()
            self.number_edit.setFocus()

    def _finish_failed(self, error: BaseException) -> None:
        self._finishing = False
        text = messages.full_text(error)
        if not (isinstance(error, ValidationError) and self.form.show_message(error.field,
                                                                              text)):
            self._status(text)

    def _status(self, text: str) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(text, STATUS_MESSAGE_MS)
