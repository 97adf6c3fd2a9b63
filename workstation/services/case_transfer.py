"""Cases in and out of spreadsheets.

Import: helplines start from spreadsheets. Every row is checked first; errors come back
by row and field; nothing is imported unless every row is valid, or the user asks for
the valid rows only. Imported values are sealed like any other, in one transaction.

Export: for roles allowed to export (supervisors), audited; the anonymised form carries
no names, numbers, addresses or free text. Spreadsheet formulas are neutralised on the
way out (a cell beginning with = + - @ gets a leading apostrophe), so a name like
`=HYPERLINK(…)` stays text when the file is opened.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timezone
from pathlib import Path

from sqlalchemy import select

from .. import reference
from ..domain.pakistan_time import PKT, today_pk
from ..domain.permissions import Action, CaseFacts, can_open_case, require
from ..errors import ValidationError
from ..persistence.database import Database
from ..persistence.models import Case, CasePerson, Category, Person
from . import audit
from .accounts import UserSession
from .cases import CaseRecord, PersonOnCase, save_validated, validate_case
from .sealed import open_fields

MAX_BYTES = 50_000_000
FIELDS = ("opened_on", "client_name", "client_phone", "client_cnic", "client_sex",
          "client_age_band", "district", "category", "status", "risk_level", "narrative")


@dataclass
class RowProblem:
    row: int  # as the spreadsheet numbers it: the header is row 1
    field: str
    message: str

    def __str__(self) -> str:
        return f"row {self.row}, {self.field}: {self.message}"


@dataclass
class ImportReport:
    rows: int = 0
    valid: int = 0
    imported: int = 0
    problems: list[RowProblem] = field(default_factory=list)
    references: list[str] = field(default_factory=list)


# ---- reading ----------------------------------------------------------------------------

def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def read_table(path: Path) -> list[list[str]]:
    """Rows of strings from a CSV (UTF-8 or UTF-16 with its mark) or an XLSX file."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ValidationError("file", f"{path} cannot be read ({exc.strerror}).") from None
    if size > MAX_BYTES:
        raise ValidationError("file", f"{path.name} is larger than 50 MB.")
    if path.suffix.lower() == ".xlsx":
        import openpyxl

        try:
            book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        except Exception:  # openpyxl raises many kinds for a damaged file
            raise ValidationError("file", f"{path.name} is not a readable XLSX workbook.") \
                from None
        sheet = book.worksheets[0]
        rows = [[_cell(v) for v in row] for row in sheet.iter_rows(values_only=True)]
        book.close()
        return rows
    data = path.read_bytes()
    for mark, encoding in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"),
                           (b"\xfe\xff", "utf-16")):
        if data.startswith(mark):
            text = data.decode(encoding)
            break
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            raise ValidationError(
                "file", f"{path.name} is not UTF-8 text.",
                hint="In Excel choose Save As, then 'CSV UTF-8'; or import the XLSX file."
            ) from None
    return [[cell.strip() for cell in row] for row in csv.reader(io.StringIO(text))]


# ---- mapping and checking ---------------------------------------------------------------

def _normal(header: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", header.strip().lower()).strip("_")


def _district_code(text: str) -> str | None:
    if not text:
        return None
    wanted = text.strip().lower()
    for d in reference.districts():
        if wanted in {d.code.lower(), d.name_en.lower(), d.name_ur} | {
                a.lower() for a in d.aliases}:
            return d.code
    raise ValidationError("district", f"{text} is not a district in the list.")


def _opened(text: str, today: date) -> datetime | None:
    if not text:
        return None
    for fmt in ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"):
        try:
            day = datetime.strptime(text[:10], fmt).date()
            break
        except ValueError:
            continue
    else:
        raise ValidationError("opened_on", "Write the date as 2026-11-22 or 22/11/2026.")
    if day > today:
        raise ValidationError("opened_on", "A case cannot be opened in the future.")
    return datetime.combine(day, time(12), PKT).astimezone(timezone.utc)


def check_rows(table: list[list[str]], mapping: dict[str, str], categories: dict[str, str],
               today: date) -> tuple[list[tuple[int, CaseRecord, datetime | None]],
                                     list[RowProblem]]:
    """Every row checked; returns the valid records and the problems by row and field."""
    if not table:
        return [], [RowProblem(1, "file", "The file is empty.")]
    headers = [_normal(h) for h in table[0]]
    columns = {}
    for position, header in enumerate(headers):
        target = mapping.get(header, header)
        if target in FIELDS:
            columns[target] = position
    if "client_name" not in columns and "narrative" not in columns:
        return [], [RowProblem(1, "header", "No column maps to client_name or narrative; "
                                            f"the columns are: {', '.join(FIELDS)}.")]
    good, problems = [], []
    for number, row in enumerate(table[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        value = {f: (row[i] if i < len(row) else "") for f, i in columns.items()}
        try:
            category = value.get("category", "")
            code = categories.get(category.strip().lower()) if category else None
            if category and code is None:
                raise ValidationError("category", f"{category} is not a category.")
            opened = _opened(value.get("opened_on", ""), today)
            record = validate_case(CaseRecord(
                status=value.get("status") or "open",
                risk_level=value.get("risk_level") or "medium",
                district_code=_district_code(value.get("district", "")),
                category_code=code, narrative=value.get("narrative") or None,
                persons=[PersonOnCase(
                    role="client", name=value.get("client_name") or None,
                    phone=value.get("client_phone") or None,
                    cnic=value.get("client_cnic") or None,
                    sex=(value.get("client_sex") or "").lower()[:1] or None,
                    age_band=value.get("client_age_band") or None,
                    district_code=_district_code(value.get("district", "")))]), today)
            good.append((number, record, opened))
        except ValidationError as exc:
            field_name = exc.field.replace("persons[0].", "client_")
            problems.append(RowProblem(number, field_name, exc.message))
    return good, problems


def import_cases(database: Database, session: UserSession, path: Path, *,
                 mapping: dict[str, str] | None = None,
                 valid_only: bool = False) -> ImportReport:
    require(session.actor, Action.CREATE_CASE)
    table = read_table(path)
    today = today_pk()
    with database.engine.connect() as c:
        categories = {}
        for code, name in c.execute(select(Category.code, Category.name_en)
                                    .where(Category.active.is_(True))):
            categories[code.lower()] = code
            categories[name.lower()] = code
    good, problems = check_rows(table, {_normal(k): v for k, v in (mapping or {}).items()},
                                categories, today)
    report = ImportReport(rows=len(good) + len({p.row for p in problems}), valid=len(good),
                          problems=problems)
    if problems and not valid_only:
        return report  # nothing imported half-way
    with database.transaction() as c:
        for _number, record, opened in good:
            saved = save_validated(c, session, record, opened_at=opened)
            report.references.append(saved.reference)
        audit.record(c, action="cases_imported", user_id=session.actor.user_id,
                     desk_id=session.desk_id,
                     detail={"file": path.name, "imported": len(good),
                             "rejected_rows": len({p.row for p in problems})})
    report.imported = len(good)
    return report


# ---- export -----------------------------------------------------------------------------

_PLAIN_NUMBER = re.compile(r"^[+-]?[0-9][0-9 .]*$")


def neutralise(cell: str) -> str:
    """Keep a spreadsheet from running what a cell says (=HYPERLINK(…), +cmd|…, @SUM …).
    A plain number such as +923001234567 runs nothing and is left as it is."""
    if cell[:1] in ("=", "+", "-", "@", "\t", "\r") and not _PLAIN_NUMBER.match(cell):
        return "'" + cell
    return cell


ANONYMISED = ("row", "opened_month", "status", "risk_level", "category", "gbvims_type",
              "chi_code", "district", "client_sex", "client_age_band", "vulnerabilities")
FULL = ("reference", "opened_on", "status", "risk_level", "category", "district",
        "client_name", "client_phone", "client_cnic", "client_sex", "client_age_band",
        "narrative")


def export_cases(database: Database, session: UserSession, out: Path, *,
                 anonymised: bool = True, centre_id=None) -> int:
    """Write the cases the user may open to a CSV file; returns how many."""
    require(session.actor, Action.EXPORT_CASES)
    keys = session.keys
    client = (select(CasePerson.case_id, Person.id.label("person_id"), Person.name_ct,
                     Person.phone_ct, Person.cnic_ct, Person.sex, Person.age_band,
                     Person.vulnerabilities)
              .join(Person, Person.id == CasePerson.person_id)
              .where(CasePerson.role == "client").subquery())
    query = (select(Case.id, Case.reference, Case.centre_id, Case.restricted,
                    Case.counsellor_id, Case.lawyer_id, Case.opened_at, Case.status,
                    Case.risk_level, Case.district_code, Case.narrative_ct,
                    Category.code.label("category"), Category.gbvims_type, Category.chi_code,
                    client.c.person_id, client.c.name_ct, client.c.phone_ct, client.c.cnic_ct,
                    client.c.sex, client.c.age_band, client.c.vulnerabilities)
             .outerjoin(Category, Category.id == Case.primary_category_id)
             .outerjoin(client, client.c.case_id == Case.id).order_by(Case.opened_at))
    if centre_id is not None:
        query = query.where(Case.centre_id == centre_id)
    written = 0
    with database.engine.connect() as c, out.open("w", encoding="utf-8-sig",
                                                  newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(ANONYMISED if anonymised else FULL)
        seen = set()
        for row in c.execute(query):
            if row.id in seen or not can_open_case(session.actor, CaseFacts(
                    row.centre_id, row.restricted, row.counsellor_id, row.lawyer_id)):
                continue
            seen.add(row.id)
            written += 1
            if anonymised:
                cells = [str(written), row.opened_at.strftime("%Y-%m"), row.status,
                         row.risk_level, row.category or "", row.gbvims_type or "",
                         row.chi_code or "", row.district_code or "", row.sex or "",
                         row.age_band or "", "|".join(row.vulnerabilities or ())]
            else:
                narrative, _ = open_fields(keys, "cases", row.id, row, ("narrative",))
                person = {}
                if row.person_id is not None:
                    person, _ = open_fields(keys, "persons", row.person_id, row,
                                            ("name", "phone", "cnic"))
                cells = [row.reference, row.opened_at.date().isoformat(), row.status,
                         row.risk_level, row.category or "", row.district_code or "",
                         person.get("name") or "", person.get("phone") or "",
                         person.get("cnic") or "", row.sex or "", row.age_band or "",
                         narrative["narrative"] or ""]
            writer.writerow([neutralise(cell) for cell in cells])
    with database.transaction() as c:
        audit.record(c, action="cases_exported", user_id=session.actor.user_id,
                     desk_id=session.desk_id,
                     detail={"cases": written, "anonymised": anonymised})
    return written
