"""Requests from one screen to show another, without the screens knowing each other.

A screen asks (`navigator.request_contact(...)`, `request_case(...)`, …); the main
window, which owns every screen, answers by switching to the right one and handing it
the request. Screens stay independent and testable alone (convention 6: they never
call each other).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal


@dataclass(frozen=True)
class ContactRequest:
    """Start a contact on the call screen.

    `number` as typed or as the PBX sent it (None for a walk-in without one);
    `channel` one of `workstation.domain.vocab.Channel`; `direction` inbound, or
    outbound for a call-back; `callback_id` the worklist item being called back;
    `token`/`room` a walk-in's token number and room; `event_at` when the PBX event
    arrived (time.perf_counter()), to measure how fast the screen pops."""

    number: str | None = None
    channel: str = "phone"
    direction: str = "inbound"
    callback_id: uuid.UUID | None = None
    token: int | None = None
    room: str | None = None
    event_at: float | None = None


@dataclass(frozen=True)
class CaseRequest:
    """Open a case (`case_id`), or start a new one from a contact (`contact_id`)."""

    case_id: uuid.UUID | None = None
    contact_id: uuid.UUID | None = None


class Navigator(QObject):
    contact_requested = Signal(object)    # ContactRequest
    resume_requested = Signal(object)     # the id of a contact left open
    case_requested = Signal(object)       # CaseRequest
    referrals_requested = Signal(object)  # a district code, or None
    referral_requested = Signal(object)   # a case id: find a service and refer the case
    sheet_requested = Signal(object)      # a district code, or None
    screen_requested = Signal(str)        # a screen_id

    def request_contact(self, request: ContactRequest) -> None:
        self.contact_requested.emit(request)

    def request_resume(self, contact_id: uuid.UUID) -> None:
        self.resume_requested.emit(contact_id)

    def request_case(self, request: CaseRequest) -> None:
        self.case_requested.emit(request)

    def request_referrals(self, district_code: str | None) -> None:
        self.referrals_requested.emit(district_code)

    def request_referral(self, case_id: uuid.UUID) -> None:
        self.referral_requested.emit(case_id)

    def request_sheet(self, district_code: str | None) -> None:
        self.sheet_requested.emit(district_code)

    def request_screen(self, screen_id: str) -> None:
        self.screen_requested.emit(screen_id)
