"""Words for the coded values the core stores (`workstation.domain.vocab`), in the UI language.

The core keeps codes only; people read these labels. Each table is built on demand
from literal `translate()` calls so that `pyside6-lupdate` finds every string, and is
cached until the language changes.
An unknown code is shown as it is rather than hidden: a new code from a newer desk
must stay visible.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from workstation import reference
from workstation.domain.vocab import (
    AppointmentKind,
    AppointmentStatus,
    CallerType,
    CaseStatus,
    Channel,
    ContactStatus,
    Outcome,
    PersonRole,
    ReferralStatus,
    RiskLevel,
    Role,
    SafetyFlag,
    Urgency,
    Vulnerability,
)

from . import i18n


def cache(build: Callable[[], dict[str, str]]) -> Callable[[], dict[str, str]]:
    """Build the table once per language: painting asks for labels thousands of times."""
    built: dict[int, dict[str, str]] = {}

    @functools.wraps(build)
    def table() -> dict[str, str]:
        generation = i18n.generation()
        if generation not in built:
            built.clear()
            built[generation] = build()
        return built[generation]

    return table


@cache
def channels() -> dict[str, str]:
    return {
        Channel.PHONE: QCoreApplication.translate("Vocab", "Phone"),
        Channel.WALK_IN: QCoreApplication.translate("Vocab", "Walk-in"),
        Channel.VIRTUAL: QCoreApplication.translate("Vocab", "Online"),
    }


@cache
def contact_statuses() -> dict[str, str]:
    return {
        ContactStatus.IN_PROGRESS: QCoreApplication.translate("Vocab", "In progress"),
        ContactStatus.ANSWERED: QCoreApplication.translate("Vocab", "Answered"),
        ContactStatus.ABANDONED: QCoreApplication.translate("Vocab", "Abandoned"),
        ContactStatus.MISSED: QCoreApplication.translate("Vocab", "Missed"),
    }


@cache
def outcomes() -> dict[str, str]:
    return {
        Outcome.ADVICE_GIVEN: QCoreApplication.translate("Vocab", "Advice given"),
        Outcome.REFERRED: QCoreApplication.translate("Vocab", "Referred"),
        Outcome.CASE_OPENED: QCoreApplication.translate("Vocab", "Case opened"),
        Outcome.INFORMATION_ONLY: QCoreApplication.translate("Vocab", "Information only"),
        Outcome.SILENT: QCoreApplication.translate("Vocab", "Silent call"),
        Outcome.HANG_UP: QCoreApplication.translate("Vocab", "Caller hung up"),
        Outcome.WRONG_NUMBER: QCoreApplication.translate("Vocab", "Wrong number"),
        Outcome.ABUSIVE: QCoreApplication.translate("Vocab", "Abusive caller"),
        Outcome.PRANK: QCoreApplication.translate("Vocab", "Prank call"),
        Outcome.FOLLOW_UP_NEEDED: QCoreApplication.translate("Vocab", "Follow-up needed"),
    }


@cache
def caller_types() -> dict[str, str]:
    return {
        CallerType.SURVIVOR: QCoreApplication.translate("Vocab", "Survivor or client"),
        CallerType.RELATIVE: QCoreApplication.translate("Vocab", "Relative"),
        CallerType.THIRD_PARTY: QCoreApplication.translate("Vocab", "Third party"),
        CallerType.PROFESSIONAL: QCoreApplication.translate("Vocab", "Professional"),
    }


@cache
def urgencies() -> dict[str, str]:
    return {
        Urgency.EMERGENCY: QCoreApplication.translate("Vocab", "Emergency"),
        Urgency.HIGH: QCoreApplication.translate("Vocab", "High"),
        Urgency.NORMAL: QCoreApplication.translate("Vocab", "Normal"),
        Urgency.LOW: QCoreApplication.translate("Vocab", "Low"),
    }


@cache
def languages() -> dict[str, str]:
    """The languages callers speak, each named in the UI language."""
    return {
        "ur": QCoreApplication.translate("Vocab", "Urdu"),
        "en": QCoreApplication.translate("Vocab", "English"),
        "sd": QCoreApplication.translate("Vocab", "Sindhi"),
        "pa": QCoreApplication.translate("Vocab", "Punjabi"),
        "ps": QCoreApplication.translate("Vocab", "Pashto"),
        "bal": QCoreApplication.translate("Vocab", "Balochi"),
        "skr": QCoreApplication.translate("Vocab", "Saraiki"),
        "brh": QCoreApplication.translate("Vocab", "Brahui"),
        "other": QCoreApplication.translate("Vocab", "Another language"),
    }


@cache
def safety_flags() -> dict[str, str]:
    return {
        SafetyFlag.NOT_SAFE_TO_CALL_BACK: QCoreApplication.translate(
            "Vocab", "Not safe to call back"),
        SafetyFlag.NO_MESSAGE: QCoreApplication.translate("Vocab", "Do not leave a message"),
        SafetyFlag.ASK_PASSPHRASE: QCoreApplication.translate(
            "Vocab", "Ask for the agreed passphrase"),
    }


@cache
def caller_flags() -> dict[str, str]:
    return {
        "prank": QCoreApplication.translate("Vocab", "Prank calls"),
        "abusive": QCoreApplication.translate("Vocab", "Abusive caller"),
    }


@cache
def callback_outcomes() -> dict[str, str]:
    return {
        "reached": QCoreApplication.translate("Vocab", "Reached"),
        "no_answer": QCoreApplication.translate("Vocab", "No answer"),
        "busy": QCoreApplication.translate("Vocab", "Busy"),
        "switched_off": QCoreApplication.translate("Vocab", "Switched off"),
        "wrong_number": QCoreApplication.translate("Vocab", "Wrong number"),
        "not_safe_to_call": QCoreApplication.translate("Vocab", "Not safe to talk"),
        "unreachable": QCoreApplication.translate("Vocab", "Unreachable after three tries"),
    }


@cache
def case_statuses() -> dict[str, str]:
    return {
        CaseStatus.NEW: QCoreApplication.translate("Vocab", "New"),
        CaseStatus.OPEN: QCoreApplication.translate("Vocab", "Open"),
        CaseStatus.REFERRED: QCoreApplication.translate("Vocab", "Referred"),
        CaseStatus.IN_COURT: QCoreApplication.translate("Vocab", "In court"),
        CaseStatus.CLOSED: QCoreApplication.translate("Vocab", "Closed"),
    }


@cache
def risk_levels() -> dict[str, str]:
    return {
        RiskLevel.LOW: QCoreApplication.translate("Vocab", "Low"),
        RiskLevel.MEDIUM: QCoreApplication.translate("Vocab", "Medium"),
        RiskLevel.HIGH: QCoreApplication.translate("Vocab", "High"),
        RiskLevel.CRITICAL: QCoreApplication.translate("Vocab", "Critical"),
    }


@cache
def appointment_kinds() -> dict[str, str]:
    return {
        AppointmentKind.APPOINTMENT: QCoreApplication.translate("Vocab", "Appointment"),
        AppointmentKind.WALK_IN: QCoreApplication.translate("Vocab", "Walk-in"),
        AppointmentKind.VIRTUAL: QCoreApplication.translate("Vocab", "Virtual session"),
    }


@cache
def appointment_statuses() -> dict[str, str]:
    return {
        AppointmentStatus.BOOKED: QCoreApplication.translate("Vocab", "Booked"),
        AppointmentStatus.ARRIVED: QCoreApplication.translate("Vocab", "Arrived"),
        AppointmentStatus.ATTENDED: QCoreApplication.translate("Vocab", "Attended"),
        AppointmentStatus.NO_SHOW: QCoreApplication.translate("Vocab", "No-show"),
        AppointmentStatus.CANCELLED: QCoreApplication.translate("Vocab", "Cancelled"),
    }


@cache
def roles() -> dict[str, str]:
    return {
        Role.ADMIN: QCoreApplication.translate("Vocab", "Administrator"),
        Role.SUPERVISOR: QCoreApplication.translate("Vocab", "Supervisor"),
        Role.COUNSELLOR: QCoreApplication.translate("Vocab", "Counsellor"),
        Role.LAWYER: QCoreApplication.translate("Vocab", "Lawyer"),
    }


@cache
def person_roles() -> dict[str, str]:
    return {
        PersonRole.CLIENT: QCoreApplication.translate("Vocab", "Client or survivor"),
        PersonRole.CALLER: QCoreApplication.translate("Vocab", "Caller or reporter"),
        PersonRole.PERPETRATOR: QCoreApplication.translate("Vocab", "Alleged perpetrator"),
        PersonRole.HOUSEHOLD_MEMBER: QCoreApplication.translate("Vocab", "Household member"),
    }


@cache
def relationships() -> dict[str, str]:
    """The alleged perpetrator's relationship to the survivor (GBVIMS, and those
    Pakistani helplines meet)."""
    return {
        "intimate_partner": QCoreApplication.translate("Vocab", "Husband or intimate partner"),
        "former_partner": QCoreApplication.translate("Vocab", "Former husband or partner"),
        "family_other": QCoreApplication.translate("Vocab", "Other family member"),
        "in_law": QCoreApplication.translate("Vocab", "In-law"),
        "employer": QCoreApplication.translate("Vocab", "Employer"),
        "supervisor_coworker": QCoreApplication.translate("Vocab", "Supervisor or co-worker"),
        "teacher": QCoreApplication.translate("Vocab", "Teacher"),
        "religious_leader": QCoreApplication.translate("Vocab", "Religious leader"),
        "neighbour": QCoreApplication.translate("Vocab", "Neighbour"),
        "service_provider": QCoreApplication.translate("Vocab", "Service provider"),
        "police": QCoreApplication.translate("Vocab", "Police"),
        "landlord": QCoreApplication.translate("Vocab", "Landlord"),
        "stranger": QCoreApplication.translate("Vocab", "Stranger"),
        "unknown": QCoreApplication.translate("Vocab", "Not known"),
        "other": QCoreApplication.translate("Vocab", "Other"),
    }


@cache
def vulnerabilities() -> dict[str, str]:
    return {
        Vulnerability.WOMAN: QCoreApplication.translate("Vocab", "Woman"),
        Vulnerability.CHILD: QCoreApplication.translate("Vocab", "Child"),
        Vulnerability.RELIGIOUS_MINORITY: QCoreApplication.translate(
            "Vocab", "Religious minority"),
        Vulnerability.ETHNIC_MINORITY: QCoreApplication.translate("Vocab", "Ethnic minority"),
        Vulnerability.DISABILITY: QCoreApplication.translate("Vocab", "Person with disability"),
        Vulnerability.TRANSGENDER: QCoreApplication.translate("Vocab", "Transgender person"),
        Vulnerability.BONDED_LABOURER: QCoreApplication.translate("Vocab", "Bonded labourer"),
    }


@cache
def sexes() -> dict[str, str]:
    return {
        "f": QCoreApplication.translate("Vocab", "Female"),
        "m": QCoreApplication.translate("Vocab", "Male"),
        "x": QCoreApplication.translate("Vocab", "Transgender or other"),
    }


@cache
def legal_kinds() -> dict[str, str]:
    return {
        "fir": QCoreApplication.translate("Vocab", "FIR"),
        "court_case": QCoreApplication.translate("Vocab", "Court case"),
        "medico_legal": QCoreApplication.translate("Vocab", "Medico-legal examination"),
        "protection_order": QCoreApplication.translate("Vocab", "Protection order"),
    }


@cache
def legal_statuses() -> dict[str, str]:
    return {
        "pending": QCoreApplication.translate("Vocab", "Pending"),
        "registered": QCoreApplication.translate("Vocab", "Registered"),
        "refused": QCoreApplication.translate("Vocab", "Refused"),
        "done": QCoreApplication.translate("Vocab", "Done"),
        "granted": QCoreApplication.translate("Vocab", "Granted"),
        "rejected": QCoreApplication.translate("Vocab", "Rejected"),
        "closed": QCoreApplication.translate("Vocab", "Closed"),
    }


@cache
def legal_outcomes() -> dict[str, str]:
    return {
        "convicted": QCoreApplication.translate("Vocab", "Convicted"),
        "acquitted": QCoreApplication.translate("Vocab", "Acquitted"),
        "dismissed": QCoreApplication.translate("Vocab", "Dismissed"),
        "withdrawn": QCoreApplication.translate("Vocab", "Withdrawn"),
        "settled": QCoreApplication.translate("Vocab", "Settled"),
        "decree_granted": QCoreApplication.translate("Vocab", "Decree granted"),
        "order_granted": QCoreApplication.translate("Vocab", "Order granted"),
        "order_refused": QCoreApplication.translate("Vocab", "Order refused"),
        "pending": QCoreApplication.translate("Vocab", "Pending"),
    }


@cache
def hearing_statuses() -> dict[str, str]:
    return {
        "scheduled": QCoreApplication.translate("Vocab", "Scheduled"),
        "held": QCoreApplication.translate("Vocab", "Held"),
        "adjourned": QCoreApplication.translate("Vocab", "Adjourned"),
        "cancelled": QCoreApplication.translate("Vocab", "Cancelled"),
    }


@cache
def follow_up_statuses() -> dict[str, str]:
    return {
        "planned": QCoreApplication.translate("Vocab", "Planned"),
        "done": QCoreApplication.translate("Vocab", "Done"),
        "overdue": QCoreApplication.translate("Vocab", "Overdue"),
    }


@cache
def consent_purposes() -> dict[str, str]:
    return {
        "referral": QCoreApplication.translate("Vocab", "Referral"),
        "statistics": QCoreApplication.translate("Vocab", "Statistics"),
    }


@cache
def consent_categories() -> dict[str, str]:
    """What a referral may carry about the client (Primero's GBV consent form)."""
    return {
        "identity": QCoreApplication.translate("Vocab", "Identity"),
        "contact": QCoreApplication.translate("Vocab", "Contact details"),
        "incident": QCoreApplication.translate("Vocab", "What happened"),
        "health": QCoreApplication.translate("Vocab", "Health"),
        "all": QCoreApplication.translate("Vocab", "Everything"),
    }


@cache
def referral_statuses() -> dict[str, str]:
    return {
        ReferralStatus.REFERRED: QCoreApplication.translate("Vocab", "Referred"),
        ReferralStatus.ACCEPTED: QCoreApplication.translate("Vocab", "Accepted"),
        ReferralStatus.DECLINED: QCoreApplication.translate("Vocab", "Declined"),
        ReferralStatus.SERVICE_PROVIDED: QCoreApplication.translate("Vocab",
                                                                    "Service provided"),
        ReferralStatus.DID_NOT_GO: QCoreApplication.translate("Vocab", "Did not go"),
    }


TABLES: tuple[Callable[[], dict[str, str]], ...] = (
    channels, contact_statuses, outcomes, caller_types, urgencies, languages, safety_flags,
    caller_flags, callback_outcomes, case_statuses, risk_levels, appointment_kinds,
    appointment_statuses, roles, person_roles, relationships, vulnerabilities, sexes,
    legal_kinds, legal_statuses, legal_outcomes, hearing_statuses, follow_up_statuses,
    consent_purposes, consent_categories, referral_statuses,
)


def label(table: Callable[[], dict[str, str]], code: str | None) -> str:
    if code is None:
        return ""
    return table().get(code, code)


def bilingual(name_en: str | None, name_ur: str | None) -> str:
    """A name the data carries in both languages, in the UI language (English if no Urdu)."""
    if i18n.is_urdu() and name_ur:
        return name_ur
    return name_en or name_ur or ""


def district(code: str | None) -> str:
    found = reference.districts_by_code().get(code or "")
    if found is None:
        return code or ""
    return bilingual(found.name_en, found.name_ur)
