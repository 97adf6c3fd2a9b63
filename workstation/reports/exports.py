"""Writing a report to PDF, XLSX or CSV.

Only a `Report` can be written, and a Report holds suppressed counts only: there is no
way to put a raw count into a file. Each file states the suppression rule and who is
counted. A file is rendered in memory, written through a temporary file in the same
folder and moved into place after the export is audited, so a failure leaves no partial
file and no file leaves without its audit entry.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from ..domain.permissions import Action, require
from ..errors import ValidationError, WorkstationError
from ..files import write_whole
from ..persistence.database import Database
from ..services import audit
from ..services.case_transfer import neutralise
from .labels import ENGLISH, ReportLabels
from .statistics import Report, Table
from .suppression import MARK

FORMATS = ("pdf", "xlsx", "csv")


class ExportError(WorkstationError):
    exit_code = 2


def shown(count: int | None) -> str:
    return MARK if count is None else f"{count:,}"


def about(report: Report, labels: ReportLabels) -> list[tuple[str, str]]:
    """The facts every file opens with: what, where, when, and the rule."""
    request = report.request
    rows = [
        (labels.text("period"), request.period.label()),
        (labels.text("centre"), labels.centre(request, report.centre_name,
                                              report.centre_name_ur)),
        (labels.text("district"), labels.district(request)),
        (labels.text("scheme"), labels.scheme(request.scheme)),
        (labels.text("made_on"), report.generated_at.astimezone(_pkt()).strftime(
            "%Y-%m-%d %H:%M")),
        (labels.text("contacts_counted"), shown(report.contacts)),
        (labels.text("cases_counted"), shown(report.cases_counted)),
        (labels.text("rule_heading"), labels.rule(request.threshold)),
        ("", labels.text("who_is_counted")),
    ]
    if report.no_consented_cases:
        rows.append(("", labels.text("no_consent")))
    rows.append(("", labels.text("legend")))
    return rows


def _pkt():
    from ..domain.pakistan_time import PKT

    return PKT


def table_rows(table: Table, labels: ReportLabels, scheme: str) -> list[tuple[str, str, str]]:
    """(label, code, count as shown) for each line, then the total when there is one."""
    rows = [(labels.line(table.id, line, scheme), line.key, shown(line.count))
            for line in table.lines]
    if table.has_total:
        rows.append((labels.text("total"), "", shown(table.total)))
    return rows


# ---- CSV ----------------------------------------------------------------------------

def render_csv(report: Report, labels: ReportLabels = ENGLISH) -> bytes:
    """UTF-8 with a byte-order mark (Excel then reads Urdu), the facts first, then one
    row per line of every table: table, item, code, count."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([f"{labels.text('made_by')}: {labels.text('title')}"])
    for key, value in about(report, labels):
        writer.writerow([neutralise(key), neutralise(value)] if key else [neutralise(value)])
    writer.writerow([])
    writer.writerow([labels.text("table"), labels.text("item"), labels.text("code"),
                     labels.text("count")])
    for table in report.tables:
        title = labels.title(table.id, report.request.scheme)
        for label, code, count in table_rows(table, labels, report.request.scheme):
            writer.writerow([neutralise(title), neutralise(label), neutralise(code), count])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


# ---- XLSX ---------------------------------------------------------------------------

_BAD_SHEET_CHARACTERS = str.maketrans({c: " " for c in "[]:*?/\\"})


def _sheet_name(title: str, used: set[str]) -> str:
    name = title.translate(_BAD_SHEET_CHARACTERS).strip()[:31] or "Table"
    base, n = name, 2
    while name.casefold() in used:
        suffix = f" {n}"
        name = base[:31 - len(suffix)] + suffix
        n += 1
    used.add(name.casefold())
    return name


def render_xlsx(report: Report, labels: ReportLabels = ENGLISH) -> bytes:
    """A sheet of facts and the rule, then a sheet per table. Shown counts are numbers;
    suppressed ones the text "*"."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    sheet = book.active
    used: set[str] = set()
    sheet.title = _sheet_name(labels.text("title"), used)
    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    sheet.append([labels.text("title")])
    sheet["A1"].font = Font(bold=True, size=14)
    for key, value in about(report, labels):
        sheet.append([key, value])
        sheet.cell(sheet.max_row, 2).alignment = wrap
    sheet.column_dimensions["A"].width = 28
    sheet.column_dimensions["B"].width = 100
    sheets = [sheet]
    for table in report.tables:
        title = labels.title(table.id, report.request.scheme)
        page = book.create_sheet(_sheet_name(title, used))
        page.append([title])
        page["A1"].font = bold
        page.append([labels.text("item"), labels.text("code"), labels.text("count")])
        for cell in page[2]:
            cell.font = bold
        for label, code, count in table_rows(table, labels, report.request.scheme):
            value = int(count.replace(",", "")) if count != MARK else MARK
            page.append([neutralise(label), neutralise(code), value])
            page.cell(page.max_row, 3).alignment = Alignment(horizontal="right")
        if table.has_total:
            for cell in page[page.max_row]:
                cell.font = bold
        if table.total is None and not table.has_total:
            page.append([labels.text("overlap")])
        page.append([labels.text("legend")])
        page.column_dimensions["A"].width = 60
        page.column_dimensions["B"].width = 18
        page.column_dimensions["C"].width = 12
        sheets.append(page)
    if labels.rtl:
        for page in sheets:
            page.sheet_view.rightToLeft = True
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


# ---- any format ---------------------------------------------------------------------

def render_report(report: Report, fmt: str, labels: ReportLabels = ENGLISH) -> bytes:
    if fmt == "csv":
        return render_csv(report, labels)
    if fmt == "xlsx":
        return render_xlsx(report, labels)
    if fmt == "pdf":
        from .report_pdf import render_pdf

        return render_pdf(report, labels)
    raise ValidationError("format", "Choose PDF, XLSX or CSV.",
                          hint="Use --format pdf, xlsx or csv.")


def export_report(database: Database, session, report: Report, fmt: str, path: Path,
                  labels: ReportLabels = ENGLISH) -> Path:
    """Render, audit, write: the file appears only once its audit entry is committed."""
    require(session.actor, Action.VIEW_REPORTS)
    data = render_report(report, fmt, labels)
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(f"The folder {folder} does not exist.")
    request = report.request

    def audited() -> None:
        with database.transaction() as c:
            audit.record(c, action="report_exported", user_id=session.actor.user_id,
                         desk_id=session.desk_id, entity="report", detail={
                             "format": fmt, "period": request.period.label(),
                             "scheme": request.scheme, "centre": request.centre_code,
                             "district": request.district_code,
                             "threshold": request.threshold, "language": labels.language})

    try:
        write_whole(path, data, before_replace=audited)
    except OSError as exc:
        raise ExportError(f"Cannot write {path} ({exc.strerror}).") from None
    return path
