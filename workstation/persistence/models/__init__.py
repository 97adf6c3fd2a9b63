"""Every table, imported in one place so `Base.metadata` is complete for Alembic."""

from .audit import AuditEvent
from .case_process import CaseStatusChange, Consent, Hearing, LegalStep
from .cases import Case, CaseCategory, CaseDraft, CaseNote, CasePerson, FollowUp, Referral
from .contacts import (
    Appointment,
    Callback,
    CallbackAttempt,
    CallerFlag,
    Contact,
    ContactDraft,
    ContactNote,
    MissedCall,
)
from .directory import (
    Address,
    Attribute,
    DirectoryChange,
    Language,
    Location,
    Organization,
    Phone,
    Schedule,
    Service,
    ServiceArea,
    ServiceAtLocation,
    TaxonomyTerm,
)
from .organisation import Centre, Desk, KeyWrap, LocalSetting, OrganisationKey, User
from .people import Person
from .retention import CaseShredding, LegalHold, RetentionRule
from .sync import SyncApplied, SyncConflict, SyncCounter, SyncOutbox, SyncRow, SyncState
from .taxonomy import Category

__all__ = [
    "Address", "Appointment", "Attribute", "AuditEvent", "Callback", "CallbackAttempt",
    "CallerFlag", "ContactDraft", "ContactNote", "MissedCall", "CaseStatusChange", "Consent",
    "Hearing", "LegalStep",
    "Case", "CaseCategory", "CaseDraft", "CaseNote", "CasePerson", "CaseShredding",
    "Category", "Centre", "Contact", "Desk", "DirectoryChange", "FollowUp", "KeyWrap",
    "Language", "LegalHold", "LocalSetting", "Location", "Organization", "RetentionRule",
    "OrganisationKey", "Person", "Phone", "Referral", "Schedule", "Service", "ServiceArea",
    "ServiceAtLocation", "SyncApplied", "SyncConflict", "SyncCounter", "SyncOutbox", "SyncRow",
    "SyncState", "TaxonomyTerm", "User",
]
