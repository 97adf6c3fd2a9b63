"""A case's referrals: where the client was sent, what became of it, when to follow up.

    CaseReferralsDialog(runner: Runner, user: SignedIn, case_id: uuid.UUID, *,
                        navigator: Navigator | None = None,
                        today: Callable[[], date] | None = None,
                        parent: QWidget | None = None)

For the case form: open it with `open()` (modeless) or `exec()`. It lists the case's
referrals, newest first (service, status, referred on, follow-up, and "without consent"
where a supervisor overrode it); the chosen one's status (referred, accepted, declined,
service provided, client did not go) and follow-up date are changed and saved with
Save (each change audited by the core). Slip… opens the referral slip again (printing it
is audited). With a `navigator`, Refer to a service… asks the main window to open the
lookup in "refer this case" mode (`navigator.request_referral(case_id)`) and closes.

It refreshes itself when a referral is made elsewhere (the runner's "referrals" change).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QEvent, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.vocab import ReferralStatus
from workstation.services import referrals

from .. import fonts, formatting, i18n, labels, messages
from ..models.row_models import Column, LoadedTableModel
from ..navigation import Navigator
from ..runner import Runner
from ..session import SignedIn
from ..widgets.form import ERROR_STYLE
from ..widgets.list_panel import ListPanel


def referral_statuses() -> dict[str, str]:
    from PySide6.QtCore import QCoreApplication

    return {
        ReferralStatus.REFERRED: QCoreApplication.translate("Vocab", "Referred"),
        ReferralStatus.ACCEPTED: QCoreApplication.translate("Vocab", "Accepted"),
        ReferralStatus.DECLINED: QCoreApplication.translate("Vocab", "Declined"),
        ReferralStatus.SERVICE_PROVIDED: QCoreApplication.translate("Vocab",
                                                                    "Service provided"),
        ReferralStatus.DID_NOT_GO: QCoreApplication.translate("Vocab",
                                                              "Client did not go"),
    }


class CaseReferralsDialog(QDialog):
    """See the module docstring."""

    def __init__(self, runner: Runner, user: SignedIn, case_id: uuid.UUID, *,
                 navigator: Navigator | None = None,
                 today: Callable[[], date] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("case-referrals")
        self.runner = runner
        self.user = user
        self.case_id = case_id
        self.navigator = navigator
        self.today = today or formatting.today_in_pakistan
        self.slip_dialog = None

        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        self.model = LoadedTableModel(runner, self._columns(), label="case referrals",
                                      parent=self)
        self.panel = ListPanel(self.model, lambda: self.tr("No referrals for this case yet."),
                               parent=self)
        self.status_label = QLabel(self)
        self.status = QComboBox(self)
        self.status.setObjectName("referral-status")
        self.status_label.setBuddy(self.status)
        self.follow_up_label = QLabel(self)
        self.follow_up = QDateEdit(self)
        self.follow_up.setObjectName("referral-follow-up")
        # 2026-12-11 in Urdu too: Qt reverses the sections of a right-to-left date edit
        # when the format is set, so the direction comes first.
        self.follow_up.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.follow_up.setCalendarPopup(True)
        self.follow_up.setDisplayFormat("yyyy-MM-dd")
        self.follow_up_label.setBuddy(self.follow_up)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("save-referral")
        self.slip_button = QPushButton(self)
        self.slip_button.setObjectName("slip")
        self.refer_button = QPushButton(self)
        self.refer_button.setObjectName("refer-another")
        self.refer_button.setVisible(navigator is not None)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("close")
        for button in (self.save_button, self.slip_button, self.refer_button,
                       self.close_button):
            button.setAutoDefault(False)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        edit = QHBoxLayout()
        edit.addWidget(self.status_label)
        edit.addWidget(self.status)
        edit.addSpacing(12)
        edit.addWidget(self.follow_up_label)
        edit.addWidget(self.follow_up)
        edit.addWidget(self.save_button)
        edit.addStretch(1)
        edit.addWidget(self.slip_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.refer_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.panel, 1)
        layout.addLayout(edit)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self.panel.table.selectionModel().currentChanged.connect(lambda *_a: self._chosen())
        self.model.rows_loaded.connect(self._loaded)
        self.save_button.clicked.connect(self.save)
        self.slip_button.clicked.connect(self.open_slip)
        self.refer_button.clicked.connect(self._refer_another)
        self.close_button.clicked.connect(self.reject)
        runner.data_changed.connect(self._data_changed)
        self.retranslate_ui()
        self._chosen()
        self.resize(900, 480)
        self.reload()

    def _columns(self) -> list[Column]:
        return [
            Column("service", lambda: self.tr("Service"),
                   lambda r: labels.bilingual(r.service_name, r.service_name_ur)),
            Column("status", lambda: self.tr("Status"),
                   lambda r: referral_statuses().get(r.status, r.status)),
            Column("referred", lambda: self.tr("Referred"),
                   lambda r: formatting.date_time(r.referred_at)),
            Column("follow_up", lambda: self.tr("Follow up"),
                   lambda r: formatting.short_date(r.follow_up_on) if r.follow_up_on else ""),
            Column("consent", lambda: self.tr("Consent"),
                   lambda r: self.tr("Without consent") if r.without_consent else ""),
            Column("by", lambda: self.tr("By"), lambda r: r.referred_by or ""),
        ]

    # ---- loading ----------------------------------------------------------------------
    def reload(self) -> None:
        if self.user.session.locked:
            return
        session, case_id = self.user.session, self.case_id
        self.model.set_query(lambda db: referrals.list_for_case(db, session, case_id))

    def _data_changed(self, changes) -> None:
        if "referrals" in changes and self.isVisible():
            self.reload()

    def _loaded(self) -> None:
        if self.model.rowCount() and not self.panel.table.currentIndex().isValid():
            self.panel.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        self._chosen()

    def chosen(self) -> referrals.ReferralRow | None:
        index = self.panel.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row_at(index.row())

    def _chosen(self) -> None:
        row = self.chosen()
        for widget in (self.status, self.follow_up, self.save_button, self.slip_button):
            widget.setEnabled(row is not None)
        if row is None:
            return
        self.status.setCurrentIndex(max(0, self.status.findData(row.status)))
        # The core checks the date against the real clock: never offer an earlier day.
        first = max(self.today(), formatting.today_in_pakistan())
        day = max(row.follow_up_on or first, first)
        self.follow_up.setMinimumDate(QDate(first.year, first.month, first.day))
        self.follow_up.setDate(QDate(day.year, day.month, day.day))

    # ---- changing ---------------------------------------------------------------------
    def save(self) -> None:
        row = self.chosen()
        if row is None:
            return
        status = self.status.currentData()
        qdate = self.follow_up.date()
        follow_up = date(qdate.year(), qdate.month(), qdate.day())
        session, referral_id = self.user.session, row.id
        changed_date = follow_up != row.follow_up_on

        def job(ctx):
            if status != row.status:
                referrals.set_status(ctx.database, session, referral_id, status)
            if changed_date:
                referrals.set_follow_up(ctx.database, session, referral_id, follow_up)

        self.runner.run(job, done=lambda _r: self._saved(), failed=self._failed,
                        changes={"referrals", "audit"}, label="referral status", owner=self)

    def _saved(self) -> None:
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Saved."))
        self.reload()

    def _failed(self, error: BaseException) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(messages.full_text(error))

    def open_slip(self) -> None:
        row = self.chosen()
        if row is None:
            return
        from .referral_slip import ReferralSlipDialog

        dialog = ReferralSlipDialog(self.runner, self.user, row.id, today=self.today,
                                    parent=self)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.slip_dialog = dialog
        dialog.open()

    def _refer_another(self) -> None:
        if self.navigator is not None:
            case_id = self.case_id
            self.accept()
            self.navigator.request_referral(case_id)

    # ---- language ---------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Referrals of the case"))
        self.heading.setText(self.tr("Referrals of the case"))
        self.heading.setFont(fonts.display_font(i18n.current_language(), scale=1.3))
        side = 12 if i18n.is_urdu() else 0
        self.heading.setContentsMargins(side, 8, side, 2)
        chosen = self.status.currentData()
        self.status.clear()
        for code, text in referral_statuses().items():
            self.status.addItem(text, str(code))
        self.status.setCurrentIndex(max(0, self.status.findData(chosen)))
        self.status_label.setText(self.tr("S&tatus:"))
        self.follow_up_label.setText(self.tr("&Follow up on:"))
        self.save_button.setText(self.tr("&Save"))
        self.slip_button.setText(self.tr("S&lip…"))
        self.refer_button.setText(self.tr("&Refer to a service…"))
        self.close_button.setText(self.tr("&Close"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def done(self, result: int) -> None:
        try:
            self.runner.data_changed.disconnect(self._data_changed)
        except (RuntimeError, TypeError):
            pass
        self.model.clear()
        super().done(result)
