"""Appointments: the centre's appointment book, by day or by week, and the walk-ins.

The day view lists the centre's day by time — who is expected (the name typed when
booking, or the client of the linked case, for staff allowed to see it), counsellor,
room, kind, walk-in token and status — for everyone or one counsellor ("my
appointments"). The week view is a grid of days and working hours. From here a
counsellor books an appointment or a virtual session, registers a walk-in (the next
token of the day, shown large enough to call out), marks who arrived, attended, did
not come or cancelled, and starts the session, which the call screen then takes over
(`navigator.request_contact`).

Keys: Ctrl+PageUp / Ctrl+PageDown the previous / next day (week in the week view),
Alt+T today, Alt+Y / Alt+W day or week, Alt+B book, Alt+K walk-in, Alt+S start the
session, Alt+A arrived, Alt+N attended, Alt+H no-show, Alt+L cancel.

A day is short, so it is loaded whole and sorted in the window; names are opened by the
core only for those allowed, and the core records the reading in the audit trail.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

from workstation.domain.pakistan_time import PKT
from workstation.domain.permissions import Action
from workstation.domain.vocab import AppointmentKind, AppointmentStatus
from workstation.services import appointments
from workstation.services.appointments import AppointmentView, BookingOptions, WalkIn

from .. import fonts, formatting, i18n, labels, messages
from ..models.row_models import Column, LoadedTableModel
from ..models.week_model import DAY_ROLE, HOUR_ROLE, WORKING_HOURS, WeekModel
from ..navigation import ContactRequest
from ..widgets.form import ERROR_STYLE
from ..widgets.list_panel import CELL_PADDING, ROW_PADDING, ListPanel
from .appointment_dialogs import BookAppointmentDialog, WalkInDialog
from .base import Screen

# The status buttons, in the order they sit, with the code each sets.
STATUS_ACTIONS = (AppointmentStatus.ARRIVED, AppointmentStatus.ATTENDED,
                  AppointmentStatus.NO_SHOW, AppointmentStatus.CANCELLED)


class WeekCellDelegate(QStyledItemDelegate):
    """Cells with a little space around the text, as tall as their wrapped lines need.

    The height is measured at the width the text is drawn in: measured at the cell's
    full width, the last line of a wrapped booking was cut off."""

    def paint(self, painter, option, index) -> None:
        # The whole cell takes its background (today's column), not only the text's part.
        background = index.data(Qt.ItemDataRole.BackgroundRole)
        if background is not None:
            painter.fillRect(option.rect, background)
        option.rect = option.rect.adjusted(CELL_PADDING, 2, -CELL_PADDING, -2)
        super().paint(painter, option, index)

    def sizeHint(self, option, index) -> QSize:
        narrower = QStyleOptionViewItem(option)
        narrower.rect = option.rect.adjusted(0, 0, -2 * CELL_PADDING, 0)
        hint = super().sizeHint(narrower, index)
        return QSize(hint.width() + 2 * CELL_PADDING, hint.height() + 4)


class AppointmentsScreen(Screen):
    screen_id = "appointments"
    areas = frozenset({"appointments", "cases"})

    DAY, WEEK = 0, 1

    def title(self) -> str:
        return self.tr("Appointments")

    # ---- building -------------------------------------------------------------------
    def build(self) -> None:
        self.options = BookingOptions([], [])
        self.busy = False
        self.book_dialog: BookAppointmentDialog | None = None
        self.walk_in_dialog: WalkInDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self._select_after_load: uuid.UUID | None = None
        self._focus_after_load = False

        self.date_label = QLabel(self)
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("day")
        self.date_edit.setCalendarPopup(True)
        self.date_label.setBuddy(self.date_edit)
        self.previous_button = self._button("previous", self.show_previous)
        self.today_button = self._button("today", self.show_today)
        self.next_button = self._button("next", self.show_next)
        self.day_label = QLabel(self)
        self.day_label.setObjectName("day-label")
        self.counsellor_label = QLabel(self)
        self.counsellor_combo = QComboBox(self)
        self.counsellor_combo.setObjectName("counsellor-filter")
        self.counsellor_combo.addItem("", None)
        self.counsellor_label.setBuddy(self.counsellor_combo)
        self.day_button = self._button("day-view", lambda: self.set_view(self.DAY))
        self.week_button = self._button("week-view", lambda: self.set_view(self.WEEK))
        self.view_group = QButtonGroup(self)
        for button in (self.day_button, self.week_button):
            button.setCheckable(True)
            self.view_group.addButton(button)
        self.day_button.setChecked(True)
        # Three short rows rather than two long ones: the screen must fit a 1280-pixel
        # window in Urdu too (two rows made it 1,312 pixels wide at least).
        self.day_label.setWordWrap(True)
        bar = QHBoxLayout()
        for widget in (self.date_label, self.date_edit, self.previous_button,
                       self.today_button, self.next_button):
            bar.addWidget(widget)
        bar.addSpacing(12)
        bar.addWidget(self.day_label, 1)
        bar.addSpacing(12)
        bar.addWidget(self.day_button)
        bar.addWidget(self.week_button)
        self.layout_.addLayout(bar)

        self.book_button = self._button("book", self.book)
        self.walk_in_button = self._button("walk-in", self.register_walk_in)
        self.start_button = self._button("start-session", self.start_session)
        self.status_buttons = {
            status: self._button(f"mark-{status.value.replace('_', '-')}",
                                 lambda _c=False, s=status: self.mark(s))
            for status in STATUS_ACTIONS}
        self.count_label = QLabel(self)
        self.count_label.setObjectName("count")
        actions = QHBoxLayout()
        actions.addWidget(self.book_button)
        actions.addWidget(self.walk_in_button)
        separator = QFrame(self)
        separator.setFrameShape(QFrame.Shape.VLine)
        actions.addWidget(separator)
        actions.addWidget(self.start_button)
        for button in self.status_buttons.values():
            actions.addWidget(button)
        actions.addStretch(1)
        self.layout_.addLayout(actions)
        caption = QHBoxLayout()
        caption.addWidget(self.counsellor_label)
        caption.addWidget(self.counsellor_combo)
        caption.addStretch(1)
        caption.addWidget(self.count_label)
        self.layout_.addLayout(caption)

        self.message = QLabel(self)
        self.message.setObjectName("appointments-message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.layout_.addWidget(self.message)

        self.model = LoadedTableModel(self.runner, self._columns(), label="appointments",
                                      parent=self)
        self.model.rows_loaded.connect(self._show_count)
        self.panel = ListPanel(self.model, lambda: self.tr(
            "No appointments or walk-ins on this day."), sortable=True, parent=self)
        self.panel.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.panel.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)

        self.week_model = WeekModel(self)
        self.week_table = QTableView(self)
        self.week_table.setObjectName("week")
        self.week_table.setModel(self.week_model)
        self.week_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.week_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.week_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.week_table.setTabKeyNavigation(False)
        self.week_table.setWordWrap(True)
        self.week_table.setItemDelegate(WeekCellDelegate(self.week_table))
        self.week_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # Rows follow their wrapped text whenever the columns change width (a resized
        # window, a language switch); measured once the widths have settled.
        self._fit_rows = QTimer(self)
        self._fit_rows.setSingleShot(True)
        self._fit_rows.setInterval(0)
        self._fit_rows.timeout.connect(self.week_table.resizeRowsToContents)
        self.week_table.horizontalHeader().sectionResized.connect(
            lambda *_a: self._fit_rows.start())
        # Enter (or a double click) on a day opens it in the day view.
        self.week_table.activated.connect(self._open_day_of)

        self.views = QStackedWidget(self)
        self.views.addWidget(self.panel)
        self.views.addWidget(self.week_table)
        self.layout_.addWidget(self.views, 1)

        # Ctrl+PageUp / Ctrl+PageDown, from anywhere on the screen (PageUp alone scrolls).
        for name, key, slot in (("previous", Qt.Key.Key_PageUp, self.show_previous),
                                ("next", Qt.Key.Key_PageDown, self.show_next)):
            action = QAction(self)
            action.setObjectName(f"{name}-action")
            action.setShortcut(QKeySequence(Qt.KeyboardModifier.ControlModifier | key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        self._apply_week_fonts()
        self._set_day(self.context.today())
        self.date_edit.dateChanged.connect(lambda _d: self.refresh())
        self.counsellor_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self._update_actions()

    def _button(self, name: str, slot) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _columns(self) -> list[Column]:
        columns = [
            Column("time", lambda: self.tr("Time"), lambda r: formatting.time_of_day(r.starts_at),
                   # Plain numbers and strings only: the proxy cannot compare Python tuples.
                   sort_key=lambda r: int(r.starts_at.timestamp())),
            Column("token", lambda: self.tr("Token"),
                   lambda r: "" if r.token_number is None else str(r.token_number),
                   sort_key=lambda r: r.token_number or 0),
            Column("kind", lambda: self.tr("Kind"),
                   lambda r: labels.label(labels.appointment_kinds, r.kind)),
            Column("expected", lambda: self.tr("Who is expected"), self.expected_text),
            Column("counsellor", lambda: self.tr("Counsellor"), lambda r: r.counsellor or ""),
            Column("room", lambda: self.tr("Room"), lambda r: r.room or ""),
            Column("status", lambda: self.tr("Status"),
                   lambda r: labels.label(labels.appointment_statuses, r.status)),
        ]
        if self.centre_code is None:
            # Someone of all centres sees every centre's day: say whose each line is.
            columns.insert(1, Column("centre", lambda: self.tr("Centre"),
                                     lambda r: r.centre_code))
        return columns

    @staticmethod
    def expected_text(row: AppointmentView) -> str:
        """The name, when there is one the viewer may see; else the case reference."""
        return row.expected or row.case_reference or ""

    # ---- which day, which view, whose ---------------------------------------------------
    @property
    def view_mode(self) -> int:
        return self.views.currentIndex()

    def selected_day(self) -> date:
        return self.date_edit.date().toPython()

    def _set_day(self, day: date) -> None:
        self.date_edit.setDate(QDate(day.year, day.month, day.day))

    def show_today(self) -> None:
        self._set_day(self.context.today())

    def _step(self) -> int:
        return 7 if self.view_mode == self.WEEK else 1

    def show_previous(self) -> None:
        self._set_day(self.selected_day() - timedelta(days=self._step()))

    def show_next(self) -> None:
        self._set_day(self.selected_day() + timedelta(days=self._step()))

    def set_view(self, mode: int) -> None:
        if mode == self.view_mode:
            (self.day_button if mode == self.DAY else self.week_button).setChecked(True)
            return
        self.views.setCurrentIndex(mode)
        (self.day_button if mode == self.DAY else self.week_button).setChecked(True)
        self.show_message(None)
        self._retranslate_bar()
        self._update_actions()
        self.refresh()
        self.current_table().setFocus()

    def current_table(self) -> QTableView:
        return self.panel.table if self.view_mode == self.DAY else self.week_table

    def counsellor_filter(self) -> uuid.UUID | None:
        value = self.counsellor_combo.currentData()
        return uuid.UUID(value) if value else None

    def now(self) -> datetime:
        """This moment on the screen's "today" (which tests and screenshots pin; on a
        desk it is simply now): the time a walk-in is registered at."""
        clock = datetime.now(PKT).time().replace(second=0, microsecond=0)
        return datetime.combine(self.context.today(), clock, PKT)

    def may_book(self) -> bool:
        return (self.user.may(Action.HANDLE_CONTACT)
                and self.user.session.actor.centre_id is not None and bool(self.options.staff))

    # ---- the selected appointment -------------------------------------------------------
    def selected(self) -> AppointmentView | None:
        if self.view_mode != self.DAY:
            return None
        return self.panel.selected_row()

    def select(self, appointment_id: uuid.UUID) -> bool:
        return self.panel.select_row_where(lambda row: row.id == appointment_id)

    def _update_actions(self, *_args) -> None:
        may_book = self.may_book() and not self.busy
        self.book_button.setEnabled(may_book)
        self.walk_in_button.setEnabled(may_book)
        row = self.selected()
        own = (row is not None and not self.busy and self.user.may(Action.HANDLE_CONTACT)
               and row.centre_code == self.centre_code)
        self.start_button.setEnabled(own and appointments.can_start(row))
        for status, button in self.status_buttons.items():
            button.setEnabled(own and row.status != status)

    # ---- texts ----------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.date_label.setText(self.tr("&Date:"))
        self.today_button.setText(self.tr("&Today"))
        self.date_edit.setLocale(i18n.locale())
        self.date_edit.setDisplayFormat("d MMM yyyy")
        self.counsellor_label.setText(self.tr("C&ounsellor:"))
        self.day_button.setText(self.tr("Da&y"))
        self.week_button.setText(self.tr("&Week"))
        self.book_button.setText(self.tr("&Book appointment…"))
        self.walk_in_button.setText(self.tr("Register wal&k-in…"))
        self.start_button.setText(self.tr("&Start session"))
        texts = {
            AppointmentStatus.ARRIVED: self.tr("&Arrived"),
            AppointmentStatus.ATTENDED: self.tr("Atte&nded"),
            AppointmentStatus.NO_SHOW: self.tr("No-s&how"),
            AppointmentStatus.CANCELLED: self.tr("Cance&l…"),
        }
        for status, button in self.status_buttons.items():
            button.setText(texts[status])
        self.start_button.setToolTip(self.tr(
            "Start the contact of someone who has arrived, or of a virtual session"))
        self.status_buttons[AppointmentStatus.CANCELLED].setToolTip(
            self.tr("Cancel the selected appointment"))
        self._retranslate_filter()
        self._retranslate_bar()
        self._apply_week_fonts()
        self.week_model.retranslate()
        self._show_count()
        # A message stays in the language it was written in: it goes with the switch.
        self.show_message(None)

    def _retranslate_bar(self) -> None:
        if self.view_mode == self.WEEK:
            self.previous_button.setText(self.tr("&Previous week"))
            self.next_button.setText(self.tr("Ne&xt week"))
            monday = appointments.week_of(self.selected_day())
            self.day_label.setText(self.tr("Week of %1").replace(
                "%1", formatting.long_date(monday)))
        else:
            self.previous_button.setText(self.tr("&Previous day"))
            self.next_button.setText(self.tr("Ne&xt day"))
            self.day_label.setText(formatting.long_date(self.selected_day()))
        for button, keys in ((self.previous_button, "Ctrl+PgUp"),
                             (self.next_button, "Ctrl+PgDown")):
            shortcut = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{button.text().replace('&', '')}  ({shortcut})")

    def _retranslate_filter(self) -> None:
        combo = self.counsellor_combo
        combo.setItemText(0, self.tr("Everyone"))
        mine = combo.findData(str(self.user.session.actor.user_id))
        if mine >= 0:
            combo.setItemText(mine, self.tr("My appointments"))
        # As wide as its longest entry: Qt's own fitting kept the width of the texts
        # before they were translated ("My appointment" lost its s).
        widest = max(combo.fontMetrics().horizontalAdvance(combo.itemText(i))
                     for i in range(combo.count()))
        combo.setMinimumWidth(widest + 48)

    def _show_count(self, *_args) -> None:
        if self.view_mode == self.WEEK:
            shown = self.week_model.loaded_once
            count = self.week_model.count
        else:
            shown = self.model.loaded_once and not self.model.loading
            count = self.model.rowCount()
        self.count_label.setText(self.tr("%Ln appointment(s)", "", count) if shown else "")

    def show_message(self, text: str | None, *, error: bool = False) -> None:
        self.message.setText(text or "")
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setVisible(bool(text))

    def _apply_week_fonts(self) -> None:
        font = fonts.table_font(i18n.current_language())
        self.week_table.setFont(font)
        self.week_table.horizontalHeader().setFont(font)
        self.week_table.verticalHeader().setFont(font)
        height = self.week_table.fontMetrics().height() + ROW_PADDING
        self.week_table.verticalHeader().setMinimumSectionSize(height)

    # ---- loading --------------------------------------------------------------------
    def load(self) -> None:
        day, session, counsellor = self.selected_day(), self.user.session, \
            self.counsellor_filter()
        self._retranslate_bar()
        self.count_label.setText("")
        if self.view_mode == self.WEEK:
            self.run(lambda ctx: (appointments.booking_options(ctx.database, session),
                                  appointments.week_list(ctx.database, session, day,
                                                         counsellor_id=counsellor)),
                     done=lambda result: self._show_week(day, result),
                     failed=self._load_failed, label="load appointments of the week")
        else:
            self.run(lambda ctx: (appointments.booking_options(ctx.database, session),
                                  appointments.day_list(ctx.database, session, day,
                                                        counsellor_id=counsellor)),
                     done=self._show_day, failed=self._load_failed,
                     label="load appointments of the day")

    def _show_options(self, options: BookingOptions) -> None:
        self.options = options
        combo = self.counsellor_combo
        chosen = combo.currentData()
        me = str(self.user.session.actor.user_id)
        wanted = [(None, "")]
        if any(str(s.id) == me for s in options.staff):
            wanted.append((me, ""))
        wanted += [(str(s.id), s.display_name) for s in options.staff if str(s.id) != me]
        current = [(combo.itemData(i), combo.itemText(i)) for i in range(combo.count())]
        if [w[0] for w in wanted] != [c[0] for c in current]:
            combo.blockSignals(True)
            combo.clear()
            for value, text in wanted:
                combo.addItem(text, value)
            position = combo.findData(chosen)
            combo.setCurrentIndex(max(position, 0))
            combo.blockSignals(False)
            self._retranslate_filter()
            if position < 0 and chosen is not None:
                self.refresh()   # the counsellor chosen is no longer there: everyone

    def _show_day(self, result) -> None:
        options, rows = result
        self._show_options(options)
        keep = self._select_after_load or getattr(self.selected(), "id", None)
        self._select_after_load = None
        self.model.show_rows(rows)
        if keep is not None:
            self.select(keep)
        if self._focus_after_load:
            # Back from a dialog: on the list (shown only now, if the day was empty).
            self._focus_after_load = False
            self.panel.table.setFocus()
        self._update_actions()

    def _show_week(self, day: date, result) -> None:
        options, rows = result
        self._show_options(options)
        selected = self.week_table.currentIndex()
        self.week_model.show_week(appointments.week_of(day), rows, today=self.context.today())
        self.week_table.resizeRowsToContents()
        self._fit_rows.start()
        if selected.isValid():
            self.week_table.setCurrentIndex(self.week_model.index(selected.row(),
                                                                  selected.column()))
        self._show_count()
        self._update_actions()

    def _load_failed(self, error: BaseException) -> None:
        if self.view_mode == self.DAY:
            self.model.show_failure(error)
        else:
            self.show_message(self.tr("This list could not be loaded.") + "\n"
                              + messages.full_text(error), error=True)

    def clear_data(self) -> None:
        self.model.clear()
        self.week_model.clear()
        self.options = BookingOptions([], [])
        self.busy = False
        self._select_after_load = None
        self._focus_after_load = False
        self.show_message(None)
        self._show_count()
        self._update_actions()

    def _open_day_of(self, index) -> None:
        day = index.data(DAY_ROLE)
        if day is not None:
            self._set_day(day)
            self.set_view(self.DAY)

    # ---- booking and walk-ins -------------------------------------------------------
    def _booking_moment(self) -> tuple[date, time]:
        """Where a new booking starts: the week cell chosen, else the day shown at the
        next full hour (09:00 on another day)."""
        if self.view_mode == self.WEEK and self.week_table.currentIndex().isValid():
            index = self.week_table.currentIndex()
            return index.data(DAY_ROLE), time(index.data(HOUR_ROLE), 0)
        day = self.selected_day()
        hour = datetime.now(PKT).hour + 1
        if day == self.context.today() and WORKING_HOURS.start <= hour < WORKING_HOURS.stop:
            return day, time(hour, 0)
        return day, time(WORKING_HOURS.start, 0)

    def book(self) -> None:
        if not self.may_book():
            return
        self.show_message(None)
        day, at = self._booking_moment()
        dialog = BookAppointmentDialog(self.runner, self.user, self.options, day=day, at=at,
                                       parent=self)
        dialog.booked.connect(self._booked)
        dialog.finished.connect(lambda _r: self._dialog_closed(dialog))
        self.book_dialog = dialog
        dialog.open()

    def _booked(self, appointment_id: uuid.UUID, day: date) -> None:
        self._select_after_load = appointment_id
        self.show_message(self.tr("The appointment has been booked."))
        if day != self.selected_day() and (self.view_mode == self.DAY or
                                           appointments.week_of(day) !=
                                           appointments.week_of(self.selected_day())):
            self._set_day(day)   # show the day (or week) it was booked on

    def register_walk_in(self) -> None:
        if not self.may_book():
            return
        self.show_message(None)
        dialog = WalkInDialog(self.runner, self.user, self.options, now=self.now(),
                              parent=self)
        dialog.registered.connect(self._walked_in)
        dialog.start_requested.connect(self._start_walk_in)
        dialog.finished.connect(lambda _r: self._dialog_closed(dialog))
        self.walk_in_dialog = dialog
        dialog.open()

    def _walked_in(self, walk_in: WalkIn) -> None:
        self._select_after_load = walk_in.id
        self.show_message(self.tr("Token %1 has been given.").replace(
            "%1", str(walk_in.token_number)))
        day = formatting.to_pkt(walk_in.starts_at).date()
        if self.view_mode == self.DAY and day != self.selected_day():
            self._set_day(day)

    def _start_walk_in(self, walk_in: WalkIn, number: str | None) -> None:
        self.context.navigator.request_contact(ContactRequest(
            number=number, channel="walk_in", token=walk_in.token_number, room=walk_in.room))

    def _dialog_closed(self, dialog) -> None:
        if self.book_dialog is dialog:
            self.book_dialog = None
        if self.walk_in_dialog is dialog:
            self.walk_in_dialog = None
        dialog.deleteLater()
        self.current_table().setFocus()
        self._focus_after_load = self.view_mode == self.DAY

    # ---- status and sessions --------------------------------------------------------
    def _describe(self, row: AppointmentView) -> str:
        who = self.expected_text(row)
        if not who and row.token_number is not None:
            who = self.tr("token %1").replace("%1", str(row.token_number))
        return formatting.insert(self.tr("%1 at %2"), who or row.counsellor or "",
                                 formatting.time_of_day(row.starts_at))

    def mark(self, status: AppointmentStatus) -> None:
        row = self.selected()
        if row is None or self.busy or not self.status_buttons[status].isEnabled():
            return
        self.show_message(None)
        if status != AppointmentStatus.CANCELLED:
            self._change(row, status)
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Counsellor Workstation"),
                          formatting.insert(self.tr("Cancel the appointment of %1?"),
                                            self._describe(row)), parent=self)
        box.setObjectName("confirm-cancel")
        box.setInformativeText(self.tr("The time becomes free for another booking."))
        yes = box.addButton(self.tr("&Yes, cancel it"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("&Keep it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.finished.connect(lambda _r: self._cancel_confirmed(box, yes, row))
        self.confirm_box = box
        box.open()

    def _cancel_confirmed(self, box: QMessageBox, yes: QPushButton, row) -> None:
        self.confirm_box = None
        box.deleteLater()
        if box.clickedButton() is yes:
            self._change(row, AppointmentStatus.CANCELLED)
        self.panel.table.setFocus()

    def _change(self, row: AppointmentView, status: AppointmentStatus) -> None:
        session = self.user.session
        self._set_busy(True)
        self._select_after_load = row.id
        self.run(lambda ctx: appointments.set_status(ctx.database, session, row.id,
                                                     status.value),
                 done=lambda _r: self._status_set(row, status), failed=self._failed,
                 changes={"appointments"}, label="appointment status")

    def _status_set(self, row: AppointmentView, status: AppointmentStatus) -> None:
        self._set_busy(False)
        self.show_message(formatting.insert(
            self.tr("%1: now “%2”."), self._describe(row),
            labels.label(labels.appointment_statuses, status)))

    def start_session(self) -> None:
        row = self.selected()
        if row is None or self.busy or not self.start_button.isEnabled():
            return
        self.show_message(None)
        session = self.user.session
        channel = "virtual" if row.kind == AppointmentKind.VIRTUAL else "walk_in"
        self._set_busy(True)
        self._select_after_load = row.id
        self.run(lambda ctx: appointments.start_session(ctx.database, session, row.id),
                 done=lambda detail: self._session_started(channel, detail),
                 failed=self._failed, changes={"appointments"}, label="start session")

    def _session_started(self, channel: str, detail) -> None:
        self._set_busy(False)
        view = detail.view
        self.context.navigator.request_contact(ContactRequest(
            number=detail.phone, channel=channel, token=view.token_number, room=view.room))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._update_actions()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.show_message(messages.full_text(error), error=True)
