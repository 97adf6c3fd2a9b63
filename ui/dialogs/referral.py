"""Referring a case to the chosen service: the consent check, the follow-up date, notes,
and — without the client's consent — a supervisor's override with a written reason.

    ReferDialog(runner: Runner, user: SignedIn, case: referrals.CaseForReferral,
                service: directory_entries.ServiceDetail, *,
                today: Callable[[], date] | None = None, parent: QWidget | None = None)

On opening it asks the core whether the client agreed to share what a referral carries
with the service's organisation (`referrals.has_consent`) and says so. Without consent a
counsellor cannot refer: the dialog says to record the consent in the case form or to
ask a supervisor. A supervisor may refer anyway after writing the reason; the core keeps
the reason sealed on the referral and audits it as a referral without consent.

`referred(referral_id)` is emitted once the referral is saved; the lookup then opens the
slip. Nothing typed here is logged or audited in clear (notes and the reason are sealed).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workstation.errors import ValidationError
from workstation.services import directory_entries, referrals

from .. import fonts, formatting, i18n, labels, messages
from ..runner import Runner
from ..session import SignedIn
from ..widgets.form import ERROR_STYLE, Form

OK_STYLE = "color: #1b5e20; font-weight: bold;"
FIELDS = ("follow_up_on", "notes", "override_reason")


class ReferDialog(QDialog):
    referred = Signal(object)   # the new referral's id

    def __init__(self, runner: Runner, user: SignedIn, case: referrals.CaseForReferral,
                 service: directory_entries.ServiceDetail, *,
                 today: Callable[[], date] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("refer-dialog")
        self.runner = runner
        self.user = user
        self.case = case
        self.service = service
        self.today = today or formatting.today_in_pakistan
        self.consented: bool | None = None
        self._busy = False

        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        self.summary = QLabel(self)
        self.summary.setObjectName("referral-summary")
        self.summary.setWordWrap(True)
        self.consent_note = QLabel(self)
        self.consent_note.setObjectName("consent-note")
        self.consent_note.setWordWrap(True)
        self.form = Form(self)
        self.follow_up = self.form.add("follow_up_on", QDateEdit(self))
        # 2026-12-11 in Urdu too: Qt reverses the sections of a right-to-left date edit
        # when the format is set, so the direction comes first.
        self.follow_up.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.follow_up.setCalendarPopup(True)
        self.follow_up.setDisplayFormat("yyyy-MM-dd")
        # The core checks the date against the real clock: never offer an earlier day.
        first = max(self.today(), formatting.today_in_pakistan())
        self.follow_up.setMinimumDate(QDate(first.year, first.month, first.day))
        last = first + timedelta(days=365)
        self.follow_up.setMaximumDate(QDate(last.year, last.month, last.day))
        week = first + timedelta(days=7)
        self.follow_up.setDate(QDate(week.year, week.month, week.day))
        self.notes = self.form.add("notes", QPlainTextEdit(self))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(70)
        self.reason = self.form.add("override_reason", QPlainTextEdit(self))
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(70)
        self.general = QLabel(self)
        self.general.setObjectName("general-message")
        self.general.setWordWrap(True)
        self.general.setStyleSheet(ERROR_STYLE)
        self.general.hide()
        self.refer_button = QPushButton(self)
        self.refer_button.setObjectName("confirm-referral")
        self.refer_button.setDefault(True)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cancel")
        self.cancel_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.refer_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.consent_note)
        layout.addLayout(self.form.layout)
        layout.addWidget(self.general)
        layout.addLayout(buttons)
        self.refer_button.clicked.connect(self.refer)
        self.cancel_button.clicked.connect(self.reject)
        self.retranslate_ui()
        self._show_consent()
        self.resize(620, 0)
        self._check_consent()

    # ---- consent --------------------------------------------------------------------
    def _check_consent(self) -> None:
        session, case_id, service_id = self.user.session, self.case.case_id, self.service.id
        self.runner.run(lambda ctx: referrals.has_consent(ctx.database, session, case_id,
                                                          service_id),
                        done=self._consent_known, failed=self._failed,
                        label="referral consent", owner=self)

    def _consent_known(self, consented: bool) -> None:
        self.consented = consented
        self._show_consent()

    @property
    def supervisor(self) -> bool:
        return self.user.session.actor.role == "supervisor"

    def _show_consent(self) -> None:
        consented = self.consented
        override = consented is False and self.supervisor
        self.form.layout.setRowVisible(self.reason, override)
        self.form.captions["override_reason"].setVisible(override)
        if consented is None:
            self.consent_note.setText(self.tr("Checking the client's consent…"))
            self.consent_note.setStyleSheet("")
        elif consented:
            self.consent_note.setText(self.tr("The client has agreed to share their details "
                                              "with this organisation."))
            self.consent_note.setStyleSheet(OK_STYLE)
        elif override:
            self.consent_note.setText(self.tr(
                "The client has not agreed to share their details with this organisation. "
                "As a supervisor you may refer all the same: write why. The reason is kept "
                "with the referral and the audit trail records it."))
            self.consent_note.setStyleSheet(ERROR_STYLE)
        else:
            self.consent_note.setText(self.tr(
                "The client has not agreed to share their details with this organisation. "
                "Record their consent in the case form first, or ask a supervisor."))
            self.consent_note.setStyleSheet(ERROR_STYLE)
        self.refer_button.setEnabled(not self._busy and (bool(consented) or override))

    # ---- referring ------------------------------------------------------------------
    def refer(self) -> None:
        if self._busy or not self.refer_button.isEnabled():
            return
        self.form.clear_messages()
        self.general.hide()
        qdate = self.follow_up.date()
        follow_up = date(qdate.year(), qdate.month(), qdate.day())
        notes = self.notes.toPlainText().strip() or None
        reason = self.reason.toPlainText().strip() or None if not self.consented else None
        if self.consented is False and not reason:
            self.form.show_message("override_reason", self.tr(
                "Write why the client is referred without their consent."))
            return
        session, case_id, service_id = self.user.session, self.case.case_id, self.service.id
        self._busy = True
        self.refer_button.setEnabled(False)
        self.runner.run(lambda ctx: referrals.refer(ctx.database, session, case_id,
                                                    service_id, notes=notes,
                                                    follow_up_on=follow_up,
                                                    override_reason=reason),
                        done=self._done, failed=self._failed,
                        changes={"referrals", "cases", "audit"}, label="refer a case",
                        owner=self)

    def _done(self, referral_id: uuid.UUID) -> None:
        self._busy = False
        self.referred.emit(referral_id)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        field = error.field if isinstance(error, ValidationError) else None
        if field not in FIELDS or not self.form.show_message(field, messages.full_text(error)):
            self.general.setText(messages.full_text(error))
            self.general.show()
        self._show_consent()

    # ---- language -------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Refer the case"))
        self.heading.setText(self.tr("Refer the case"))
        self.heading.setFont(fonts.display_font(i18n.current_language(), scale=1.3))
        side = 12 if i18n.is_urdu() else 0
        self.heading.setContentsMargins(side, 8, side, 2)
        self.summary.setText(formatting.insert(
            self.tr("Case %1 to %2 (%3)."), self.case.reference,
            labels.bilingual(self.service.name, self.service.name_ur),
            labels.bilingual(self.service.organization, self.service.organization_ur)))
        self.form.captions["follow_up_on"].setText(self.tr("&Follow up on:"))
        self.form.captions["notes"].setText(self.tr("&Notes:"))
        self.form.captions["override_reason"].setText(self.tr("&Reason without consent:"))
        self.notes.setPlaceholderText(self.tr("For the case file; not printed on the slip"))
        self.refer_button.setText(self.tr("&Refer and make the slip"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._show_consent()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def done(self, result: int) -> None:
        self.notes.clear()
        self.reason.clear()
        super().done(result)
