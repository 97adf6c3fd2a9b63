"""Referral slips as the window makes them: checked, rendered, and every copy that leaves
the desk — printed or saved as a PDF — in the audit trail (as for guidance sheets).

The shelter rule lives here: a confidential location's address goes on a slip only when
a supervisor ticks it (`Action.PRINT_CONFIDENTIAL_ADDRESS`), and the audit entry says
whether it did. Audit entries carry identifiers and counts only: never the client's
name (only whether one was printed), never a file name.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import select

from ..documents.guidance_sheet import MAX_NAME
from ..documents.nearest_services import display_phone
from ..documents.referral_slip import (
    SlipHours,
    SlipRequest,
    render_slip,
)
from ..domain.pakistan_time import today_pk
from ..domain.permissions import Action, PermissionDenied, can, require
from ..domain.text import clean_text
from ..errors import ValidationError
from ..files import write_whole
from ..persistence.database import Database
from ..persistence.models import Case, Centre, Referral
from . import audit, directory_entries
from .accounts import UserSession
from .case_access import require_case_access
from .sheets import _page_count, check_print_choice


@dataclass(frozen=True)
class SlipChoice:
    referral_id: uuid.UUID
    lang: str = "both"
    size: str = "a5"
    urdu_font: str = "nastaliq"
    client_name: str | None = None              # None unless the counsellor adds it
    include_confidential_address: bool = False  # a supervisor's choice only


@dataclass(frozen=True)
class PreparedSlip:
    choice: SlipChoice
    pdf: bytes
    pages: int
    case_id: uuid.UUID
    case_reference: str
    service_id: uuid.UUID
    confidential: bool               # the service's location is confidential
    address_printed: bool
    issued_on: date
    elapsed_ms: float = field(compare=False)

    @property
    def client_name_printed(self) -> bool:
        return bool(self.choice.client_name)


def prepare_slip(database: Database, session: UserSession, choice: SlipChoice, *,
                 issued_on: date | None = None) -> PreparedSlip:
    """Check the choice and render the slip. ValidationError names the field (lang, size,
    urdu_font, client_name, address); PermissionDenied when a counsellor asks for a
    confidential address."""
    started = time.perf_counter()
    require(session.actor, Action.MAKE_REFERRAL)
    check_print_choice(choice)
    if choice.include_confidential_address and not can(session.actor.role,
                                                        Action.PRINT_CONFIDENTIAL_ADDRESS):
        raise PermissionDenied("Only a supervisor may print a confidential address.")
    client_name = clean_text(choice.client_name, "client_name", max_length=10_000)
    if client_name and len(client_name) > MAX_NAME:
        # The length only: the name itself never goes into a message (messages are logged).
        raise ValidationError("client_name", f"The client's name is too long to print "
                              f"({len(client_name)} characters; at most {MAX_NAME}).",
                              hint="Shorten it.")
    with database.transaction() as c:
        row = c.execute(select(Referral.case_id, Referral.service_id, Referral.follow_up_on,
                               Referral.id, Case.reference, Centre.name, Centre.name_ur)
                        .join(Case, Case.id == Referral.case_id)
                        .join(Centre, Centre.id == Case.centre_id)
                        .where(Referral.id == choice.referral_id)).first()
        if row is None:
            raise ValidationError("referral", "There is no such referral.")
        require_case_access(c, session, row.case_id)
    detail = directory_entries.service_detail(database, session, row.service_id)
    print_address = not detail.confidential or choice.include_confidential_address
    address = detail.address if print_address else None
    request = SlipRequest(
        service_name=detail.name, service_name_ur=detail.name_ur,
        organization=detail.organization, organization_ur=detail.organization_ur,
        kinds=[(en, ur) for _code, en, ur in detail.types],
        phones=[display_phone(p) for p in detail.phones],
        address=address, confidential=detail.confidential,
        hours=[SlipHours(h.days, h.opens_at, h.closes_at) for h in detail.hours],
        languages=list(detail.languages), free_of_charge=detail.free_of_charge,
        is_demo=detail.is_demo, case_reference=row.reference,
        referral_reference=row.id.hex[:8].upper(), centre=row.name, centre_ur=row.name_ur,
        counsellor_name=session.display_name, client_name=client_name,
        follow_up_on=row.follow_up_on, issued_on=issued_on or today_pk(), lang=choice.lang,
        size=choice.size, urdu_font=choice.urdu_font)
    pdf = render_slip(request)
    return PreparedSlip(choice, pdf, _page_count(pdf), row.case_id, row.reference,
                        row.service_id, detail.confidential,
                        bool(address) and detail.confidential, request.issued_on,
                        (time.perf_counter() - started) * 1000)


def _detail(slip: PreparedSlip, output: str, **extra) -> dict:
    return {"referral": str(slip.choice.referral_id), "service": str(slip.service_id),
            "lang": slip.choice.lang, "size": slip.choice.size, "pages": slip.pages,
            "output": output, "case_reference": slip.case_reference,
            "client_name_printed": slip.client_name_printed,
            "confidential_address_printed": slip.address_printed, **extra}


def _record(database: Database, session: UserSession, slip: PreparedSlip, action: str,
            detail: dict) -> None:
    with database.transaction() as c:
        require_case_access(c, session, slip.case_id)
        audit.record(c, action=action, user_id=session.actor.user_id,
                     desk_id=session.desk_id, entity="case", entity_id=slip.case_id,
                     detail=detail)


def record_printed(database: Database, session: UserSession, slip: PreparedSlip, *,
                   copies: int = 1) -> None:
    """Note a slip sent to a printer, before the pages go out."""
    require(session.actor, Action.MAKE_REFERRAL)
    _record(database, session, slip, "referral_slip_printed",
            _detail(slip, "printer", copies=max(1, int(copies))))


def record_failed(database: Database, session: UserSession, slip: PreparedSlip) -> None:
    require(session.actor, Action.MAKE_REFERRAL)
    _record(database, session, slip, "referral_slip_print_failed", _detail(slip, "printer"))


def save_pdf(database: Database, session: UserSession, slip: PreparedSlip,
             path: Path | str) -> Path:
    """Write the PDF whole and audit it; a file never appears without its entry."""
    require(session.actor, Action.MAKE_REFERRAL)
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ValidationError("file", "That folder does not exist.")
    try:
        write_whole(path, slip.pdf, before_replace=lambda: _record(
            database, session, slip, "referral_slip_saved", _detail(slip, "pdf_file")))
    except OSError as exc:
        raise ValidationError("file", f"The file cannot be written there "
                              f"({exc.strerror}).") from None
    return path
