"""Calling back one number from the worklist: what to know before dialling, and what came
of the attempt.

The safety flags come first, in red, before the number: "not safe to call back" means
the counsellor should not dial at all (a partner may pick up). Each answer button has a
single-letter mnemonic, so an attempt is recorded with two keys; "Reached" then starts
the contact on the call screen, linked to this item.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from workstation.domain.phone import display_phone
from workstation.domain.vocab import SafetyFlag
from workstation.services.callbacks import MAX_ATTEMPTS, WorkItem

from .. import fonts, formatting, i18n, labels
from ..widgets.caller_panel import SAFETY_STYLE, WARNING_STYLE, banner

# The attempt outcomes, in the order of the buttons.
ANSWERS = ("reached", "no_answer", "busy", "switched_off", "wrong_number", "not_safe_to_call")


class CallBackDialog(QDialog):
    answered = Signal(str)   # one of ANSWERS

    def __init__(self, item: WorkItem, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("call-back")
        self.item = item
        self.safety = banner("safety-banner", SAFETY_STYLE, self)
        self.warning = banner("caller-warning", WARNING_STYLE, self)
        self.number = QLabel(self)
        self.number.setObjectName("number")
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts = QLabel(self)
        self.facts.setWordWrap(True)
        self.question = QLabel(self)
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        for position, answer in enumerate(ANSWERS):
            button = QPushButton(self)
            button.setObjectName(answer)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, a=answer: self._answer(a))
            grid.addWidget(button, position // 3, position % 3)
            self.buttons[answer] = button
        self.cancel = QPushButton(self)
        self.cancel.setObjectName("cancel")
        self.cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.safety)
        layout.addWidget(self.warning)
        layout.addWidget(self.number)
        layout.addWidget(self.facts)
        layout.addSpacing(8)
        layout.addWidget(self.question)
        layout.addLayout(grid)
        layout.addWidget(self.cancel, 0, Qt.AlignmentFlag.AlignTrailing)
        self.retranslate_ui()
        # Nothing is pressed by Enter: an attempt is recorded only by a deliberate choice.
        self.buttons["reached"].setFocus()

    def _answer(self, answer: str) -> None:
        self.answered.emit(answer)
        self.accept()

    def retranslate_ui(self) -> None:
        item = self.item
        self.setWindowTitle(self.tr("Call back"))
        flags = item.safety_flags
        self.safety.setText("\n".join("⚠ " + labels.label(labels.safety_flags, f)
                                      for f in flags))
        self.safety.setVisible(bool(flags))
        kinds = ", ".join(labels.label(labels.caller_flags, k) for k in item.caller_flags)
        self.warning.setText(formatting.insert(self.tr(
            "Colleagues flagged this number: %1."), kinds))
        self.warning.setVisible(bool(item.caller_flags))
        self.number.setFont(fonts.figure_font(i18n.current_language(), scale=1.6))
        self.number.setText(formatting.left_to_right(display_phone(item.number)))
        self.facts.setText(self.tr(
            "Missed %Ln time(s), first at %1, last at %2.", "", item.missed_count)
            .replace("%1", formatting.date_time(item.first_missed_at))
            .replace("%2", formatting.date_time(item.last_missed_at)) + " " + self.tr(
            "Attempt %1 of %2.").replace("%1", str(item.attempts + 1))
            .replace("%2", str(MAX_ATTEMPTS)))
        self.question.setText(self.tr("What happened when you called?"))
        texts = {
            "reached": self.tr("&Reached: take the call"),
            "no_answer": self.tr("&No answer"),
            "busy": self.tr("&Busy"),
            "switched_off": self.tr("&Switched off"),
            "wrong_number": self.tr("&Wrong number"),
            "not_safe_to_call": self.tr("Not safe to &talk"),
        }
        for answer, button in self.buttons.items():
            button.setText(texts[answer])
        self.cancel.setText(self.tr("&Cancel: not called"))
        not_safe = SafetyFlag.NOT_SAFE_TO_CALL_BACK.value in flags
        if not_safe:
            self.question.setText(self.tr(
                "This person must not be called back. Record the item as not safe, "
                "or cancel."))
        for answer, button in self.buttons.items():
            button.setEnabled(not not_safe or answer == "not_safe_to_call")
