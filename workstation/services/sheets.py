"""Guidance sheets as the window makes them: checked, rendered, and every copy that leaves
the desk — on paper or as a PDF file — in the audit trail.

`prepare_sheet` turns what the counsellor chose into a PDF in memory (for the preview and
for printing), with each bad value reported as a ValidationError naming its field, so the
dialog can show it beside that field. `record_printed` and `save_pdf` write the audit
entry: who, which situation, which case, how many pages — never the client's name (only
whether one was printed) and never the file name, which a counsellor may have written
with the client's name in it.
"""

from __future__ import annotations

import re
import time
import uuid
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import select

from ..documents.guidance_content import UnknownSituationError
from ..documents.guidance_sheet import (
    LANG_CHOICES,
    MAX_NAME,
    MAX_REFERENCE,
    PAGE_SIZES,
    URDU_FONTS,
    SheetRequest,
    UnknownDistrictError,
    find_district,
    render_sheet,
)
from ..documents.nearest_services import services_for_district
from ..documents.urdu_text import TextTooLongError
from ..domain.pakistan_time import today_pk
from ..domain.permissions import Action, require
from ..domain.text import clean_text
from ..errors import ValidationError
from ..files import write_whole
from ..persistence.database import Database
from ..persistence.models import Case
from . import audit
from .accounts import UserSession
from .case_access import require_case_access

SERVICES_ON_A_SHEET = 6
OUTPUTS = ("printer", "pdf_file")


@dataclass(frozen=True)
class SheetChoice:
    """What the counsellor chose in the dialog; texts as typed."""

    situation: str
    lang: str = "both"
    size: str = "a4"
    large_print: bool = False
    urdu_font: str = "nastaliq"
    district: str | None = None         # a code, an English or Urdu name, a known spelling
    case_reference: str | None = None
    client_name: str | None = None      # None unless the counsellor chose to print it


@dataclass(frozen=True)
class PreparedSheet:
    choice: SheetChoice
    pdf: bytes
    pages: int
    district_code: str | None
    services: tuple[dict, ...]
    case_id: uuid.UUID | None
    case_reference: str | None
    issued_on: date
    elapsed_ms: float = field(compare=False)

    @property
    def client_name_printed(self) -> bool:
        return bool(self.choice.client_name)


def _case(connection, session: UserSession, reference: str | None):
    """The case a reference names, if this person may open it; (None, None) for none."""
    reference = clean_text(reference, "case_reference", max_length=MAX_REFERENCE)
    if reference is None:
        return None, None
    reference = reference.upper()
    case_id = connection.execute(select(Case.id).where(Case.reference == reference)).scalar()
    if case_id is None:
        raise ValidationError("case_reference", f"There is no case {reference}.",
                              hint="Check the reference, or leave it empty for a walk-in "
                                   "without a case.")
    require_case_access(connection, session, case_id)
    return case_id, reference


_PAGE_OBJECT = re.compile(rb"/Type\s*/Page(?![A-Za-z])")


def _page_count(pdf: bytes) -> int:
    # reportlab writes one "/Type /Page" dictionary per page (and one "/Type /Pages").
    return len(_PAGE_OBJECT.findall(pdf))


def check_print_choice(choice) -> None:
    """A sheet's or a slip's language, page size and Urdu font, refused by field."""
    if choice.lang not in LANG_CHOICES:
        raise ValidationError("lang", "Choose Urdu, English or both.")
    if choice.size not in PAGE_SIZES:
        raise ValidationError("size", "Choose A4 or A5.")
    if choice.urdu_font not in URDU_FONTS:
        raise ValidationError("urdu_font", "Choose Nastaliq or Naskh.")


def prepare_sheet(database: Database, session: UserSession, choice: SheetChoice, *,
                  issued_on: date | None = None) -> PreparedSheet:
    """Check the choice, look up the district's services and the case, render the PDF.

    Raises ValidationError with `field` set to situation, lang, size, urdu_font,
    district, case_reference or client_name; other WorkstationErrors (a missing font,
    a damaged content file) as they come."""
    started = time.perf_counter()
    require(session.actor, Action.PRINT_SHEET)
    check_print_choice(choice)
    district = None
    if choice.district and choice.district.strip():
        try:
            district = find_district(choice.district)
        except UnknownDistrictError:
            shown = " ".join(choice.district.split())[:60]
            raise ValidationError("district", f"There is no district called {shown}.",
                                  hint="Choose one from the list.") from None
    client_name = clean_text(choice.client_name, "client_name", max_length=10_000)
    if client_name and len(client_name) > MAX_NAME:
        # The length only: the name itself never goes into a message (messages are logged).
        raise ValidationError("client_name", f"The client's name is too long to print "
                              f"({len(client_name)} characters; at most {MAX_NAME}).",
                              hint="Shorten it.")
    with database.transaction() as connection:
        case_id, reference = _case(connection, session, choice.case_reference)
    services: list[dict] = []
    if district is not None:
        services = services_for_district(database, district.code, situation=choice.situation,
                                         limit=SERVICES_ON_A_SHEET)
    issued_on = issued_on or today_pk()
    request = SheetRequest(choice.situation, lang=choice.lang, size=choice.size,
                           large_print=choice.large_print, urdu_font=choice.urdu_font,
                           district=district.code if district else None, services=services,
                           case_reference=reference, counsellor_name=session.display_name,
                           client_name=client_name, issued_on=issued_on)
    try:
        pdf = render_sheet(request)
    except TextTooLongError:
        if not client_name:
            raise
        # The core's message quotes the word that did not fit: when the client's name is
        # to blame, say so without the name; otherwise report what else did not fit.
        request.client_name = None
        render_sheet(request)
        raise ValidationError("client_name", "A word of the client's name is too long for "
                              "a line of the sheet.", hint="Add a space or shorten it.") \
            from None
    except UnknownSituationError as error:
        raise ValidationError("situation", error.message, hint=error.hint) from None
    return PreparedSheet(choice, pdf, _page_count(pdf), district.code if district else None,
                         tuple(services), case_id, reference, issued_on,
                         (time.perf_counter() - started) * 1000)


def _detail(sheet: PreparedSheet, output: str, **extra) -> dict:
    """Identifiers and counts only (audit convention): no name, no file name."""
    return {"situation": sheet.choice.situation, "lang": sheet.choice.lang,
            "size": sheet.choice.size, "pages": sheet.pages, "output": output,
            "district": sheet.district_code, "services": len(sheet.services),
            "case_reference": sheet.case_reference,
            "client_name_printed": sheet.client_name_printed, **extra}


def _record(connection, session: UserSession, sheet: PreparedSheet, action: str,
            detail: dict) -> None:
    if sheet.case_id is not None:
        # The case may have been closed to this person since the preview was made.
        require_case_access(connection, session, sheet.case_id)
    audit.record(connection, action=action, user_id=session.actor.user_id,
                 desk_id=session.desk_id, entity="case" if sheet.case_id else None,
                 entity_id=sheet.case_id, detail=detail)


def record_printed(database: Database, session: UserSession, sheet: PreparedSheet, *,
                   copies: int = 1) -> None:
    """Note a sheet sent to a printer. Called before the pages go out, so no sheet is
    printed without its entry; a printer that then fails is noted by `record_failed`."""
    require(session.actor, Action.PRINT_SHEET)
    with database.transaction() as connection:
        _record(connection, session, sheet, "sheet_printed",
                _detail(sheet, "printer", copies=max(1, int(copies))))


def record_failed(database: Database, session: UserSession, sheet: PreparedSheet) -> None:
    """The printer refused the pages after `record_printed`: the trail says so."""
    require(session.actor, Action.PRINT_SHEET)
    with database.transaction() as connection:
        _record(connection, session, sheet, "sheet_print_failed", _detail(sheet, "printer"))


def save_pdf(database: Database, session: UserSession, sheet: PreparedSheet,
             path: Path | str) -> Path:
    """Write the PDF whole and audit it; a file never appears without its entry."""
    require(session.actor, Action.PRINT_SHEET)
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ValidationError("file", "That folder does not exist.")

    def audited() -> None:
        with database.transaction() as connection:
            _record(connection, session, sheet, "sheet_saved", _detail(sheet, "pdf_file"))

    try:
        write_whole(path, sheet.pdf, before_replace=audited)
    except OSError as exc:
        raise ValidationError("file", f"The file cannot be written there "
                              f"({exc.strerror}).") from None
    return path
