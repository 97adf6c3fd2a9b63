"""Reports: anonymised statistics for a period, centre and district, in the helpline's
own categories, Child Helpline International's or the six GBVIMS types, shown as tables
and charts and saved as PDF, Excel or CSV in the UI language.

What is shown is what is saved: the core suppresses small counts before anything
reaches this panel (workstation.reports.suppression), and the chart draws only the
counts shown. Saving is audited by the core before the file appears.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workstation import reference
from workstation.reports import ReportRequest, export_report, make_report
from workstation.reports.period import make_period
from workstation.reports.statistics import Report, Table
from workstation.reports.suppression import DEFAULT_THRESHOLD, MARK, MAX_THRESHOLD, MIN_THRESHOLD
from workstation.services import centres

from .. import formatting, labels, messages
from ..models.row_models import Column, LoadedTableModel
from ..report_labels import report_labels
from ..widgets.charts import BarChart
from ..widgets.form import ERROR_STYLE, Form
from ..widgets.list_panel import ListPanel

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
FILTERS = {"pdf": "PDF (*.pdf)", "xlsx": "Excel (*.xlsx)", "csv": "CSV (*.csv)"}


@dataclass(frozen=True)
class LineRow:
    name: str
    count: int | None
    total: bool = False


def month_edit(parent: QWidget, name: str) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setObjectName(name)
    # Qt reverses the sections of a right-to-left date field when the format is set
    # ("01-2025"): direction first, then the format.
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    edit.setDisplayFormat("yyyy-MM")
    edit.setCalendarPopup(False)
    return edit


class ReportPanel(QWidget):
    def __init__(self, screen, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("report")
        self.screen = screen
        self.report: Report | None = None
        self._busy = False
        form_box = QWidget(self)
        self.form = Form(form_box)
        today = screen.context.today()
        self.first = month_edit(form_box, "report-from")
        self.first.setDate(QDate(today.year, 1, 1))
        self.last = month_edit(form_box, "report-to")
        self.last.setDate(QDate(today.year, today.month, 1))
        months = QWidget(form_box)
        months_row = QHBoxLayout(months)
        months_row.setContentsMargins(0, 0, 0, 0)
        self.until = QLabel(months)
        months_row.addWidget(self.first)
        months_row.addWidget(self.until)
        months_row.addWidget(self.last)
        months_row.addStretch(1)
        self.form.add("period", self.first, months)
        self.centre = QComboBox(form_box)
        self.centre.setVisible(screen.centre_code is None)
        self.centre_fixed = QLabel(form_box)
        self.centre_fixed.setVisible(screen.centre_code is not None)
        centre_row = QWidget(form_box)
        centre_layout = QHBoxLayout(centre_row)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.addWidget(self.centre)
        centre_layout.addWidget(self.centre_fixed, 1)
        self.form.add("centre", self.centre, centre_row)
        self.district = QComboBox(form_box)
        self.district.setMaxVisibleItems(20)
        self.form.add("district", self.district)
        self.scheme = QComboBox(form_box)
        for code in ("local", "chi", "gbvims"):
            self.scheme.addItem("", code)
        self.form.add("scheme", self.scheme)
        self.threshold = QSpinBox(form_box)
        self.threshold.setRange(MIN_THRESHOLD, MAX_THRESHOLD)
        self.threshold.setValue(DEFAULT_THRESHOLD)
        self.threshold.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.threshold.setMaximumWidth(90)
        self.threshold.valueChanged.connect(lambda _v: self._show_rule())
        self.form.add("threshold", self.threshold)
        form_box.setLayout(self.form.layout)

        self.count_button = QPushButton(self)
        self.count_button.setObjectName("report-count")
        self.count_button.setDefault(True)
        self.count_button.clicked.connect(self.count)
        self.save_buttons: dict[str, QPushButton] = {}
        for fmt in ("pdf", "xlsx", "csv"):
            button = QPushButton(self)
            button.setObjectName(f"report-save-{fmt}")
            button.setEnabled(False)
            button.clicked.connect(lambda _c=False, f=fmt: self.save(f))
            self.save_buttons[fmt] = button
        buttons = QVBoxLayout()
        buttons.addWidget(self.count_button)
        buttons.addSpacing(12)
        for button in self.save_buttons.values():
            buttons.addWidget(button)
        buttons.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(form_box, 1)
        top.addLayout(buttons)

        self.summary = QLabel(self)
        self.summary.setObjectName("report-summary")
        self.summary.setWordWrap(True)
        self.outcome = QLabel(self)
        self.outcome.setObjectName("report-outcome")
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tables = QListWidget(self)
        self.tables.setObjectName("report-tables")
        self.tables.currentRowChanged.connect(self._show_table)
        self.lines_model = LoadedTableModel(self.screen.runner, [
            Column("name", lambda: self.tr("Item"), lambda r: r.name),
            Column("count", lambda: self.tr("Count"),
                   lambda r: MARK if r.count is None else formatting.number(r.count),
                   alignment=RIGHT),
        ], label="report lines", parent=self)
        self.lines = ListPanel(self.lines_model,
                               lambda: self.tr("Choose the period and press Count."),
                               parent=self)
        self.lines.setObjectName("report-lines")
        header = self.lines.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.chart = BarChart("report-chart", parent=self)
        self.rule = QLabel(self)
        self.rule.setObjectName("report-rule")
        self.rule.setWordWrap(True)
        # Widths by share, not by what the widgets would like: a long category name in
        # the table must not squeeze the chart until its names are cut to "…".
        self.tables.setFixedWidth(220)
        for widget in (self.lines, self.chart):
            widget.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        results = QHBoxLayout()
        results.addWidget(self.tables)
        results.addWidget(self.lines, 4)
        results.addWidget(self.chart, 5)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.outcome)
        layout.addWidget(self.summary)
        layout.addLayout(results, 1)
        layout.addWidget(self.rule)
        self._fill_districts()
        self._centres_loaded = False
        self.retranslate_ui()

    # ---- choices ------------------------------------------------------------------------
    def _fill_districts(self) -> None:
        current = self.district.currentData()
        self.district.blockSignals(True)
        self.district.clear()
        self.district.addItem(self.tr("All districts"), "")
        for district in sorted(reference.districts(),
                               key=lambda d: labels.district(d.code).casefold()):
            self.district.addItem(labels.district(district.code), district.code)
        index = self.district.findData(current) if current else 0
        self.district.setCurrentIndex(max(index, 0))
        self.district.blockSignals(False)

    def load(self) -> None:
        if not self._centres_loaded and self.screen.centre_code is None:
            self.screen.run(lambda ctx: centres.list_centres(ctx.database),
                            done=self._fill_centres, label="centres")

    def _fill_centres(self, rows) -> None:
        self._centres_loaded = True
        self.centre.clear()
        self.centre.addItem(self.tr("All centres"), "")
        for row in rows:
            self.centre.addItem(f"{labels.bilingual(row.name, row.name_ur)} ({row.code})",
                                row.code)

    def request(self) -> ReportRequest:
        first, last = self.first.date(), self.last.date()
        last_day = QDate(last.year(), last.month(), 1).addMonths(1).addDays(-1)
        period = make_period(date(first.year(), first.month(), 1),
                             date(last_day.year(), last_day.month(), last_day.day()))
        return ReportRequest(period, scheme=self.scheme.currentData(),
                             centre_code=self.screen.centre_code or self.centre.currentData()
                             or None,
                             district_code=self.district.currentData() or None,
                             threshold=self.threshold.value())

    # ---- counting -----------------------------------------------------------------------
    def count(self) -> None:
        if self._busy or self.screen.locked:
            return
        self.form.clear_messages()
        self._say("")
        try:
            request = self.request()
        except Exception as error:  # noqa: BLE001 — a bad period, said beside the field
            self._refused(error)
            return
        session = self.screen.user.session
        self._set_busy(True)
        self._say(self.tr("Counting…"))
        self.screen.run(lambda ctx: make_report(ctx.database, session, request),
                        done=self._counted, failed=self._refused, label="report")

    def _counted(self, report: Report) -> None:
        self._set_busy(False)
        self.report = report
        self._say("")
        self._show_report()

    def _refused(self, error: BaseException) -> None:
        self._set_busy(False)
        field = getattr(error, "field", None)
        text = messages.full_text(error)
        if field and self.form.show_message(field, text):
            self._say("")
        else:
            self._say(text, error=True)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.count_button.setEnabled(not busy)
        for button in self.save_buttons.values():
            button.setEnabled(not busy and self.report is not None)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.outcome.setStyleSheet(ERROR_STYLE if error else "")
        self.outcome.setText(text)
        self.outcome.setVisible(bool(text))

    # ---- showing ------------------------------------------------------------------------
    def _show_report(self) -> None:
        report = self.report
        words = report_labels()
        row = max(self.tables.currentRow(), 0)
        self.tables.blockSignals(True)
        self.tables.clear()
        if report is None:
            self.tables.blockSignals(False)
            self.lines_model.clear()
            self.chart.clear()
            self.summary.setText("")
            self._set_busy(self._busy)
            return
        for table in report.tables:
            item = QListWidgetItem(words.title(table.id, report.request.scheme), self.tables)
            item.setData(Qt.ItemDataRole.UserRole, table.id)
        self.tables.blockSignals(False)
        self.tables.setCurrentRow(min(row, self.tables.count() - 1))
        self._show_table(self.tables.currentRow())
        cases = MARK if report.cases_counted is None else formatting.number(report.cases_counted)
        contacts = MARK if report.contacts is None else formatting.number(report.contacts)
        summary = formatting.insert(
            self.tr("%1, %2: %3 cases counted (clients who agreed to statistics), %4 "
                    "contacts; categories: %5."),
            report.request.period.label(),
            words.centre(report.request, report.centre_name, report.centre_name_ur),
            cases, contacts, words.scheme(report.request.scheme))
        if report.no_consented_cases:
            summary += " " + words.text("no_consent")
        self.summary.setText(summary)
        self._set_busy(self._busy)

    def table(self) -> Table | None:
        item = self.tables.currentItem()
        if self.report is None or item is None:
            return None
        return self.report.table(item.data(Qt.ItemDataRole.UserRole))

    def _show_table(self, _row: int = 0) -> None:
        table = self.table()
        if table is None:
            return
        words = report_labels()
        scheme = self.report.request.scheme
        rows = [LineRow(words.line(table.id, line, scheme), line.count) for line in table.lines]
        if table.has_total:
            rows.append(LineRow(words.text("total"), table.total, total=True))
        self.lines_model.show_rows(rows)
        self.chart.set_data(words.title(table.id, scheme),
                            [(row.name, row.count) for row in rows if not row.total])

    # ---- saving -------------------------------------------------------------------------
    def save(self, fmt: str) -> None:
        if self.report is None or self._busy:
            return
        words = report_labels()
        suggested = f"{words.text('title')} {self.report.request.period.label()}.{fmt}"
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report"), suggested,
                                              FILTERS[fmt])
        if name:
            self.save_to(fmt, Path(name))

    def save_to(self, fmt: str, path: Path) -> None:
        """Write the report shown, in the UI language (audited by the core)."""
        report, session, words = self.report, self.screen.user.session, report_labels()
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(path.name + f".{fmt}")
        self._set_busy(True)
        self._say(self.tr("Saving…"))
        self.screen.run(lambda ctx: export_report(ctx.database, session, report, fmt, path,
                                                  labels=words),
                        done=self._saved, failed=self._refused, changes={"audit"},
                        label="save report")

    def _saved(self, path: Path) -> None:
        self._set_busy(False)
        self._say(formatting.insert(self.tr("Saved %1."), str(path)))

    # ---- the desk locks, the language changes -------------------------------------------
    def clear(self) -> None:
        self.report = None
        self._busy = False
        self._say("")
        self.form.clear_messages()
        self._show_report()

    def retranslate_ui(self) -> None:
        captions = {"period": self.tr("&Months:"), "centre": self.tr("C&entre:"),
                    "district": self.tr("&District:"), "scheme": self.tr("Cate&gories:"),
                    "threshold": self.tr("&Hide counts below:")}
        for key, text in captions.items():
            self.form.captions[key].setText(text)
        self.until.setText(self.tr("to"))
        self.centre_fixed.setText(self.screen.user.centre_name())
        words = report_labels()
        for index in range(self.scheme.count()):
            self.scheme.setItemText(index, words.scheme(self.scheme.itemData(index)))
        if self.centre.count():
            self.centre.setItemText(0, self.tr("All centres"))
        self._fill_districts()
        self.count_button.setText(self.tr("&Count"))
        self.save_buttons["pdf"].setText(self.tr("Save as &PDF…"))
        self.save_buttons["xlsx"].setText(self.tr("Save as E&xcel…"))
        self.save_buttons["csv"].setText(self.tr("Save as CS&V…"))
        self._show_rule()
        self._show_report()

    def _show_rule(self) -> None:
        # One line under the results; the whole rule (as every file states it) on hover.
        words = report_labels()
        self.rule.setText(words.text("legend") + " " + self.tr(
            "Only cases whose client agreed to statistics are counted. Point here for "
            "the whole rule."))
        self.rule.setToolTip(words.rule(self.threshold.value()) + "\n\n"
                             + words.text("who_is_counted"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
