"""Booking an appointment and registering a walk-in, from the Appointments screen.

Both dialogs hand what was typed to the core and show its refusal beside the field it
names, in the UI language; the dialog stays open with every value as typed, so nothing
is lost when the core says no (a time already taken, a case that does not exist).
Names, phone numbers and notes are sealed by the core like every sensitive value.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, time

from PySide6.QtCore import QDate, QEvent, Qt, QTime, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.pakistan_time import PKT
from workstation.domain.vocab import AppointmentKind
from workstation.errors import ValidationError
from workstation.services import appointments
from workstation.services.appointments import BookingOptions, WalkIn

from .. import fonts, formatting, i18n, labels, messages
from ..runner import Runner
from ..session import SignedIn
from ..widgets.form import ERROR_STYLE, Form

DIALOG_WIDTH = 560
NAME_LENGTH = 200 * 4   # room to paste more than the core takes, so it can say so
BOOKABLE_KINDS = (AppointmentKind.APPOINTMENT, AppointmentKind.VIRTUAL)


def left_to_right_edit(parent: QWidget, max_length: int) -> QLineEdit:
    """Phone numbers and case references read left to right in Urdu too."""
    edit = QLineEdit(parent)
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    edit.setMaxLength(max_length)
    return edit


def staff_combo(parent: QWidget, options: BookingOptions, me: uuid.UUID) -> QComboBox:
    combo = QComboBox(parent)
    for person in options.staff:
        combo.addItem(person.display_name, str(person.id))
    mine = combo.findData(str(me))
    combo.setCurrentIndex(max(mine, 0))
    return combo


def room_combo(parent: QWidget, options: BookingOptions) -> QComboBox:
    """The centre's rooms to pick from, or a new one typed."""
    combo = QComboBox(parent)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItem("")
    combo.addItems(options.rooms)
    combo.lineEdit().setMaxLength(64)
    return combo


class TimeEdit(QTimeEdit):
    """Hours and minutes that take typed digits at once: however the field is reached
    (Tab, Alt+T, a click), the hours are selected, so typing 1030 gives 10:30. Qt
    otherwise kept the section last edited, and digits typed into the minutes were
    thrown away."""

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.select_hours()

    def select_hours(self) -> None:
        self.setSelectedSection(QTimeEdit.Section.HourSection)


class _BookingBase(QDialog):
    """The form, the general message and the buttons both dialogs share."""

    def __init__(self, runner: Runner, user: SignedIn, options: BookingOptions, name: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setMinimumWidth(DIALOG_WIDTH)
        self.runner = runner
        self.user = user
        self.options = options
        self.busy = False
        self.form_page = QWidget(self)
        self.form = Form(self.form_page)
        self.general = QLabel(self.form_page)
        self.general.setObjectName("general-message")
        self.general.setWordWrap(True)
        self.general.setStyleSheet(ERROR_STYLE)
        self.general.hide()
        self.submit_button = QPushButton(self.form_page)
        self.submit_button.setObjectName("submit")
        self.submit_button.setDefault(True)
        self.submit_button.clicked.connect(self.submit)
        self.cancel_button = QPushButton(self.form_page)
        self.cancel_button.setObjectName("cancel")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.submit_button)
        self.buttons.addWidget(self.cancel_button)

    def page_layout(self) -> QVBoxLayout:
        layout = QVBoxLayout(self.form_page)
        layout.addLayout(self.form.layout)
        layout.addWidget(self.general)
        layout.addSpacing(6)
        layout.addLayout(self.buttons)
        return layout

    def counsellor_id(self) -> uuid.UUID | None:
        value = self.counsellor.currentData()
        return uuid.UUID(value) if value else None

    def show_general(self, text: str | None) -> None:
        self.general.setText(text or "")
        self.general.setVisible(bool(text))

    def set_busy(self, busy: bool) -> None:
        """While the core works only the button waits: disabling the fields sent the
        focus hopping to Cancel, where a second Enter closed the dialog and lost what
        was typed."""
        self.busy = busy
        self.submit_button.setEnabled(not busy)

    def failed(self, error: BaseException) -> None:
        """The core said no: its message beside the field, every value kept."""
        self.set_busy(False)
        if isinstance(error, ValidationError) and self.form.show_message(
                error.field, messages.full_text(error)):
            field = self.form.fields[error.field]
            if isinstance(field, TimeEdit):
                field.select_hours()   # "already booked then": type another time at once
            return
        self.show_general(messages.full_text(error))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Counsellor Workstation"))
        self.cancel_button.setText(self.tr("Cancel"))


class BookAppointmentDialog(_BookingBase):
    """Counsellor, date, time, duration, kind, room, who is expected (name, phone or a
    case reference) and notes."""

    booked = Signal(object, object)   # the appointment's id, its day

    def __init__(self, runner: Runner, user: SignedIn, options: BookingOptions, *,
                 day: date, at: time, parent: QWidget | None = None):
        super().__init__(runner, user, options, "book-appointment", parent)
        page = self.form_page
        self.heading = QLabel(page)
        self.heading.setObjectName("heading")
        self.heading.setContentsMargins(8, 8, 8, 2)
        form = self.form
        self.counsellor = form.add("counsellor", staff_combo(page, options,
                                                              user.session.actor.user_id))
        self.day = form.add("day", QDateEdit(page))
        self.day.setCalendarPopup(True)
        self.day.setDate(QDate(day.year, day.month, day.day))
        self.starts_at = form.add("starts_at", TimeEdit(page))
        # 09:45 in Urdu too, as every other time on screen. Qt reverses the sections of a
        # right-to-left edit when the format is set ("45:09"): direction first.
        self.starts_at.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.starts_at.setDisplayFormat("HH:mm")
        self.starts_at.setTime(QTime(at.hour, at.minute))
        self.duration_minutes = form.add("duration_minutes", QSpinBox(page))
        self.duration_minutes.setRange(5, 600)   # the core says what it accepts
        self.duration_minutes.setSingleStep(15)
        self.duration_minutes.setValue(45)
        self.kind = form.add("kind", QComboBox(page))
        for kind in BOOKABLE_KINDS:
            self.kind.addItem("", kind.value)
        self.room = form.add("room", room_combo(page, options))
        self.client_name = form.add("client_name", QLineEdit(page))
        self.client_name.setMaxLength(NAME_LENGTH)
        self.phone = form.add("phone", left_to_right_edit(page, 40))
        self.case_reference = form.add("case_reference", left_to_right_edit(page, 40))
        self.notes = form.add("notes", QPlainTextEdit(page))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 3 + 14)
        self.counsellor.currentIndexChanged.connect(self._counsellor_chosen)
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        layout = self.page_layout()
        layout.insertWidget(0, self.heading)
        outer = QVBoxLayout(self)
        outer.addWidget(page)
        self._room_typed = False
        self.room.lineEdit().textEdited.connect(self._room_edited)
        self._counsellor_chosen()
        self.retranslate_ui()
        self.client_name.setFocus()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.heading.setText(self.tr("Book an appointment"))
        self.heading.setFont(fonts.display_font(i18n.current_language(), scale=1.2))
        captions = self.form.captions
        captions["counsellor"].setText(self.tr("C&ounsellor:"))
        captions["day"].setText(self.tr("&Date:"))
        captions["starts_at"].setText(self.tr("&Time (Pakistan):"))
        captions["duration_minutes"].setText(self.tr("D&uration:"))
        captions["kind"].setText(self.tr("&Kind:"))
        captions["room"].setText(self.tr("&Room:"))
        captions["client_name"].setText(self.tr("&Name of the person expected:"))
        captions["phone"].setText(self.tr("&Phone:"))
        captions["case_reference"].setText(self.tr("&Case reference:"))
        captions["notes"].setText(self.tr("Not&es:"))
        self.day.setLocale(i18n.locale())
        self.day.setDisplayFormat("dddd d MMMM yyyy")
        self.duration_minutes.setSuffix(self.tr(" minutes"))
        for position, kind in enumerate(BOOKABLE_KINDS):
            self.kind.setItemText(position, labels.label(labels.appointment_kinds, kind))
        self.client_name.setPlaceholderText(self.tr("or a case reference below"))
        self.phone.setPlaceholderText("0300-1234567")
        self.case_reference.setPlaceholderText("KHI-2026-000123")
        self.submit_button.setText(self.tr("&Book"))

    def _room_edited(self, _text: str) -> None:
        self._room_typed = True

    def _counsellor_chosen(self, *_args) -> None:
        """Offer the counsellor's usual room, unless a room was typed already."""
        if self._room_typed or self.kind.currentData() == AppointmentKind.VIRTUAL:
            return
        chosen = self.counsellor_id()
        room = next((s.last_room for s in self.options.staff if s.id == chosen), None)
        self.room.setCurrentText(room or "")

    def _kind_chosen(self, *_args) -> None:
        # A virtual session needs no room; an in-person one gets the usual room back.
        if self.kind.currentData() == AppointmentKind.VIRTUAL and not self._room_typed:
            self.room.setCurrentText("")
        else:
            self._counsellor_chosen()

    def starts(self) -> datetime:
        day, at = self.day.date().toPython(), self.starts_at.time().toPython()
        return datetime.combine(day, at.replace(second=0, microsecond=0), PKT)

    def submit(self) -> None:
        if self.busy:
            return
        self.form.clear_messages()
        self.show_general(None)
        session = self.user.session
        values = dict(
            starts_at=self.starts(), kind=self.kind.currentData(),
            counsellor_id=self.counsellor_id(),
            duration_minutes=self.duration_minutes.value(),
            room=self.room.currentText(), client_name=self.client_name.text(),
            phone=self.phone.text(), case_reference=self.case_reference.text(),
            notes=self.notes.toPlainText())
        day = self.day.date().toPython()
        self.set_busy(True)
        self.runner.run(
            lambda ctx: appointments.book(ctx.database, session, **values),
            done=lambda appointment_id: self._booked(appointment_id, day),
            failed=self.failed, changes={"appointments"}, label="book appointment",
            owner=self)

    def _booked(self, appointment_id: uuid.UUID, day: date) -> None:
        self.set_busy(False)
        self.booked.emit(appointment_id, day)
        self.accept()


class WalkInDialog(_BookingBase):
    """Register someone who came in: the next token and a room, shown large enough to
    call out; then start their contact (or leave it for later, from the list)."""

    registered = Signal(object)          # WalkIn
    start_requested = Signal(object, object)   # WalkIn, the number typed (or None)

    FORM, TOKEN = 0, 1

    def __init__(self, runner: Runner, user: SignedIn, options: BookingOptions, *,
                 now: datetime, parent: QWidget | None = None):
        super().__init__(runner, user, options, "register-walk-in", parent)
        self.now = now
        self.walk_in: WalkIn | None = None
        page = self.form_page
        self.heading = QLabel(page)
        self.heading.setObjectName("heading")
        self.heading.setContentsMargins(8, 8, 8, 2)
        form = self.form
        self.counsellor = form.add("counsellor", staff_combo(page, options,
                                                              user.session.actor.user_id))
        self.room = form.add("room", room_combo(page, options))
        self.client_name = form.add("client_name", QLineEdit(page))
        self.client_name.setMaxLength(NAME_LENGTH)
        self.phone = form.add("phone", left_to_right_edit(page, 40))
        self.counsellor.currentIndexChanged.connect(self._counsellor_chosen)
        self._room_typed = False
        self.room.lineEdit().textEdited.connect(self._room_edited)
        layout = self.page_layout()
        layout.insertWidget(0, self.heading)

        self.token_page = QWidget(self)
        self.token_caption = QLabel(self.token_page)
        self.token_caption.setObjectName("token-caption")
        self.token_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.token_label = QLabel(self.token_page)
        self.token_label.setObjectName("token")
        self.token_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.token_label.setStyleSheet("padding: 8px 24px; border: 2px solid #b0b4ba;"
                                       " background: #ffffff; color: #111111;")
        self.room_label = QLabel(self.token_page)
        self.room_label.setObjectName("token-room")
        self.room_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.room_label.setWordWrap(True)
        self.start_button = QPushButton(self.token_page)
        self.start_button.setObjectName("start-contact")
        self.start_button.clicked.connect(self._start)
        self.close_button = QPushButton(self.token_page)
        self.close_button.setObjectName("close")
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.accept)
        token_buttons = QHBoxLayout()
        token_buttons.addStretch(1)
        token_buttons.addWidget(self.start_button)
        token_buttons.addWidget(self.close_button)
        token_layout = QVBoxLayout(self.token_page)
        token_layout.addWidget(self.token_caption)
        token_layout.addWidget(self.token_label, 0, Qt.AlignmentFlag.AlignHCenter)
        token_layout.addWidget(self.room_label)
        token_layout.addStretch(1)
        token_layout.addLayout(token_buttons)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(page)
        self.pages.addWidget(self.token_page)
        outer = QVBoxLayout(self)
        outer.addWidget(self.pages)
        self._counsellor_chosen()
        self.retranslate_ui()
        self.client_name.setFocus()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        language = i18n.current_language()
        self.heading.setText(self.tr("Register a walk-in"))
        self.heading.setFont(fonts.display_font(language, scale=1.2))
        captions = self.form.captions
        captions["counsellor"].setText(self.tr("C&ounsellor:"))
        captions["room"].setText(self.tr("&Room:"))
        captions["client_name"].setText(self.tr("&Name (if given):"))
        captions["phone"].setText(self.tr("&Phone (if given):"))
        self.phone.setPlaceholderText("0300-1234567")
        self.submit_button.setText(self.tr("&Give a token"))
        self.token_caption.setText(self.tr("Token number"))
        self.token_caption.setFont(fonts.display_font(language, scale=1.6))
        # Digits are Latin in both languages: Noto Sans, very large, to call out.
        font = fonts.figure_font(language, scale=6.0)
        font.setWeight(QFont.Weight.Bold)
        self.token_label.setFont(font)
        self.start_button.setText(self.tr("&Start the contact now"))
        self.close_button.setText(self.tr("&Close (start later from the list)"))
        self._show_room()

    def _room_edited(self, _text: str) -> None:
        self._room_typed = True

    def _counsellor_chosen(self, *_args) -> None:
        if self._room_typed:
            return
        chosen = self.counsellor_id()
        room = next((s.last_room for s in self.options.staff if s.id == chosen), None)
        self.room.setCurrentText(room or "")

    def submit(self) -> None:
        if self.busy:
            return
        self.form.clear_messages()
        self.show_general(None)
        session, now = self.user.session, self.now
        values = dict(counsellor_id=self.counsellor_id(), room=self.room.currentText(),
                      client_name=self.client_name.text(), phone=self.phone.text())
        self.set_busy(True)
        self.runner.run(
            lambda ctx: appointments.register_walk_in(ctx.database, session, at=now,
                                                      **values),
            done=self._registered, failed=self.failed, changes={"appointments"},
            label="register walk-in", owner=self)

    def _registered(self, walk_in: WalkIn) -> None:
        self.set_busy(False)
        self.walk_in = walk_in
        self.token_label.setText(str(walk_in.token_number))
        self._show_room()
        self.pages.setCurrentIndex(self.TOKEN)
        # Enter now starts the contact (one default button per dialog at a time).
        self.start_button.setDefault(True)
        self.start_button.setFocus()
        self.registered.emit(walk_in)

    def _show_room(self) -> None:
        walk_in = self.walk_in
        if walk_in is None:
            return
        counsellor = self.counsellor.currentText()
        if walk_in.room:
            text = formatting.insert(self.tr("%1, with %2"), walk_in.room, counsellor)
        else:
            text = formatting.insert(self.tr("With %1"), counsellor)
        self.room_label.setText(text)
        self.room_label.setFont(fonts.display_font(i18n.current_language(), scale=1.6))

    def _start(self) -> None:
        if self.walk_in is not None:
            self.start_requested.emit(self.walk_in, self.phone.text().strip() or None)
        self.accept()
