"""The fixed vocabularies stored in coded columns. Labels for people live in ui (tr())."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    ADMIN = "admin"
    SUPERVISOR = "supervisor"
    COUNSELLOR = "counsellor"
    LAWYER = "lawyer"


class Channel(StrEnum):
    PHONE = "phone"
    WALK_IN = "walk_in"
    VIRTUAL = "virtual"


class ContactStatus(StrEnum):
    IN_PROGRESS = "in_progress"
    ANSWERED = "answered"
    ABANDONED = "abandoned"
    MISSED = "missed"


class CallerType(StrEnum):
    SURVIVOR = "survivor"
    RELATIVE = "relative"
    THIRD_PARTY = "third_party"
    PROFESSIONAL = "professional"


class Outcome(StrEnum):
    ADVICE_GIVEN = "advice_given"
    REFERRED = "referred"
    CASE_OPENED = "case_opened"
    INFORMATION_ONLY = "information_only"
    SILENT = "silent"
    HANG_UP = "hang_up"
    WRONG_NUMBER = "wrong_number"
    ABUSIVE = "abusive"
    PRANK = "prank"
    FOLLOW_UP_NEEDED = "follow_up_needed"


# Outcomes after which a summary must be written (a real conversation took place).
SUBSTANTIVE_OUTCOMES = frozenset(
    {Outcome.ADVICE_GIVEN, Outcome.REFERRED, Outcome.CASE_OPENED, Outcome.FOLLOW_UP_NEEDED}
)


class Urgency(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    EMERGENCY = "emergency"


class SafetyFlag(StrEnum):
    """Set on a person; every screen pop and every call-back shows them first (the UK
    Civil Legal Advice line's practice)."""

    NOT_SAFE_TO_CALL_BACK = "not_safe_to_call_back"
    NO_MESSAGE = "no_message"
    ASK_PASSPHRASE = "ask_passphrase"


class CaseStatus(StrEnum):
    NEW = "new"
    OPEN = "open"
    REFERRED = "referred"
    IN_COURT = "in_court"
    CLOSED = "closed"


class RiskLevel(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


class PersonRole(StrEnum):
    CLIENT = "client"
    CALLER = "caller"
    PERPETRATOR = "perpetrator"
    HOUSEHOLD_MEMBER = "household_member"


class Vulnerability(StrEnum):
    WOMAN = "woman"
    CHILD = "child"
    RELIGIOUS_MINORITY = "religious_minority"
    ETHNIC_MINORITY = "ethnic_minority"
    DISABILITY = "disability"
    TRANSGENDER = "transgender"
    BONDED_LABOURER = "bonded_labourer"


class AppointmentKind(StrEnum):
    APPOINTMENT = "appointment"   # in person, booked ahead
    WALK_IN = "walk_in"           # came without booking; given a token number
    VIRTUAL = "virtual"           # a video or phone session booked ahead


class AppointmentStatus(StrEnum):
    BOOKED = "booked"
    ARRIVED = "arrived"       # here (or joined online), waiting or in session
    ATTENDED = "attended"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"


class ReferralStatus(StrEnum):
    REFERRED = "referred"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    SERVICE_PROVIDED = "service_provided"
    DID_NOT_GO = "did_not_go"


AGE_BANDS = ("0-11", "12-17", "18-24", "25-39", "40-59", "60+")


# GBVIMS's relationship of the alleged perpetrator to the survivor, plus those Pakistani
# helplines meet (in-laws, employers, police). Coded, so no free text sits in clear.
RELATIONSHIPS = ("intimate_partner", "former_partner", "family_other", "in_law", "employer",
                 "supervisor_coworker", "teacher", "religious_leader", "neighbour",
                 "service_provider", "police", "landlord", "stranger", "unknown", "other")

LEGAL_OUTCOMES = ("convicted", "acquitted", "dismissed", "withdrawn", "settled",
                  "decree_granted", "order_granted", "order_refused", "pending")
