"""The supervisor's figures: today's dashboard, anonymised statistics for a period with
small counts suppressed, and their export to PDF, XLSX and CSV. No Qt here.

    make_report(database, session, ReportRequest(parse_period("2026-01..2026-06"),
                scheme="chi")) -> Report          (every count already suppressed)
    export_report(database, session, report, "pdf", path, labels=ENGLISH) -> Path
    dashboard(database, session, day) -> Dashboard
"""

from .dashboard import Dashboard, dashboard
from .exports import FORMATS, export_report, render_report
from .labels import ENGLISH, ReportLabels
from .period import Period, parse_period
from .statistics import NothingToReport, Report, ReportRequest, make_report

__all__ = ["ENGLISH", "FORMATS", "Dashboard", "NothingToReport", "Period", "Report",
           "ReportLabels", "ReportRequest", "dashboard", "export_report", "make_report",
           "parse_period", "render_report"]
