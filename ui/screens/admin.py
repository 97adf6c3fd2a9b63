"""Admin: accounts (for those who may manage them), the audit trail check (for those who
may read it), and, for everyone, which database this desk uses, its schema version and
how many rows each table holds — what an admin checks first when something looks wrong.

What is offered follows `can(role, action)`; the services check the same rules again,
so hiding a tab is a courtesy, not the protection.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.permissions import Action
from workstation.services import audit
from workstation.services.desk import DeskInfo, desk_info

from .. import formatting, messages
from ..models.row_models import Column, LoadedTableModel
from ..widgets.form import ERROR_STYLE
from ..widgets.list_panel import ListPanel
from .accounts import AccountsPanel
from .base import Screen


@dataclass(frozen=True)
class TableCount:
    table: str
    rows: int


class AuditPanel(QWidget):
    """Checks every desk's hash chain of the audit trail on request."""

    def __init__(self, screen: AdminScreen, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("audit")
        self.screen = screen
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.verify_button = QPushButton(self)
        self.verify_button.setObjectName("verify-audit")
        self.verify_button.clicked.connect(self.verify)
        self.result = QLabel(self)
        self.result.setObjectName("audit-result")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.addWidget(self.verify_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(row)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self._outcome: audit.VerifyResult | BaseException | None = None
        self._checking = False

    def retranslate_ui(self) -> None:
        self.explanation.setText(self.tr(
            "Every sign-in, account change and opened case is recorded with who, which desk "
            "and when — never the contents. Each desk's entries are chained, so an entry "
            "changed, removed or put out of order afterwards is found here."))
        self.verify_button.setText(self.tr("&Verify audit trail"))
        self._show()

    def verify(self) -> None:
        if self._checking:
            return
        self._checking = True
        self._outcome = None
        self.verify_button.setEnabled(False)
        self._show()
        self.screen.run(lambda ctx: audit.verify(ctx.database), done=self._verified,
                        failed=self._verified, label="verify audit trail")

    def _verified(self, outcome) -> None:
        self._checking = False
        self._outcome = outcome
        self.verify_button.setEnabled(True)
        self._show()

    def clear(self) -> None:
        self._checking = False
        self._outcome = None
        self.verify_button.setEnabled(True)
        self._show()

    def _show(self) -> None:
        outcome = self._outcome
        self.result.setStyleSheet("")
        if self._checking:
            self.result.setText(self.tr("Checking…"))
        elif outcome is None:
            self.result.setText("")
        elif isinstance(outcome, BaseException):
            self.result.setStyleSheet(ERROR_STYLE)
            self.result.setText(self.tr("The audit trail could not be checked.") + "\n"
                                + messages.full_text(outcome))
        elif outcome.ok:
            self.result.setText(formatting.insert(
                self.tr("The audit trail is intact: %1 in %2 (one chain for each desk)."),
                self.tr("%Ln entry(s)", "", outcome.entries),
                self.tr("%Ln chain(s)", "", outcome.chains)))
        else:
            self.result.setStyleSheet(ERROR_STYLE)
            # The core names the desk and entry; those lines stay as it wrote them.
            lines = "\n".join(formatting.left_to_right(p) for p in outcome.problems)
            self.result.setText(formatting.insert(
                self.tr("The audit trail has been changed or damaged. Tell your supervisor; "
                        "do not repair it yourself. Checked: %1."),
                self.tr("%Ln entry(s)", "", outcome.entries)) + "\n" + lines)


class AdminScreen(Screen):
    # Any change alters a row count.
    screen_id = "admin"
    areas = frozenset({"contacts", "cases", "follow_ups", "directory", "appointments",
                       "accounts"})

    def title(self) -> str:
        return self.tr("Admin")

    def build(self) -> None:
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("admin-tabs")
        self.tabs.setDocumentMode(True)
        # A counsellor has only the database tab: no tab bar for a single page.
        self.tabs.setTabBarAutoHide(True)
        self.accounts: AccountsPanel | None = None
        self.audit: AuditPanel | None = None
        if self.user.may(Action.MANAGE_USERS):
            self.accounts = AccountsPanel(self, self.tabs)
            self.tabs.addTab(self.accounts, "")
        if self.user.may(Action.READ_AUDIT):
            self.audit = AuditPanel(self, self.tabs)
            self.tabs.addTab(self.audit, "")
        self.database_page = QWidget(self.tabs)
        self.database_page.setObjectName("database")
        self.tabs.addTab(self.database_page, "")
        self.layout_.addWidget(self.tabs, 1)

        self.path_caption = QLabel(self.database_page)
        self.path_value = QLabel(self.database_page)
        self.path_value.setObjectName("database-path")
        self.path_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.schema_caption = QLabel(self.database_page)
        self.schema_value = QLabel(self.database_page)
        self.schema_value.setObjectName("schema")
        form = QFormLayout()
        form.addRow(self.path_caption, self.path_value)
        form.addRow(self.schema_caption, self.schema_value)
        self.counts_label = QLabel(self.database_page)
        self.model = LoadedTableModel(self.runner, [
            Column("table", lambda: self.tr("Table"), lambda r: r.table),
            Column("rows", lambda: self.tr("Rows"), lambda r: formatting.number(r.rows),
                   sort_key=lambda r: r.rows,
                   # Right in both directions, so units line up under units.
                   alignment=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
                   | Qt.AlignmentFlag.AlignVCenter),
        ], label="row counts", parent=self)
        self.panel = ListPanel(self.model, lambda: self.tr("The database has no tables."),
                               sortable=True, parent=self.database_page)
        self.panel.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.panel.table.horizontalHeader().setStretchLastSection(False)
        # Two short columns: a full-width grid would be mostly empty.
        self.panel.setMaximumWidth(520)
        page = QVBoxLayout(self.database_page)
        page.addLayout(form)
        page.addWidget(self.counts_label)
        page.addWidget(self.panel, 1)
        self._info: DeskInfo | None = None

    def retranslate_ui(self) -> None:
        if self.accounts is not None:
            self.tabs.setTabText(self.tabs.indexOf(self.accounts), self.tr("&Accounts"))
        if self.audit is not None:
            self.tabs.setTabText(self.tabs.indexOf(self.audit), self.tr("A&udit trail"))
            self.audit.retranslate_ui()
        self.tabs.setTabText(self.tabs.indexOf(self.database_page), self.tr("&This database"))
        self.path_caption.setText(self.tr("Database file:"))
        self.schema_caption.setText(self.tr("Schema version:"))
        self.counts_label.setText(self.tr("Rows in each table:"))
        self._show_info()

    def _show_info(self) -> None:
        info = self._info
        if info is None:
            self.path_value.setText("…")
            self.schema_value.setText("…")
            return
        # A path reads left to right even in an Urdu window, next to its caption.
        self.path_value.setText(formatting.left_to_right(info.path) if info.path
                                else self.tr("(not a file)"))
        if info.schema_revision == info.schema_head:
            schema = self.tr("%1 (the newest this version knows)")
        else:
            schema = self.tr("%1 (this version knows up to %2)")
        self.schema_value.setText(schema.replace("%1", info.schema_revision or "?")
                                  .replace("%2", info.schema_head))

    def load(self) -> None:
        self.run(lambda ctx: desk_info(ctx.database), done=self._show,
                 failed=self.model.show_failure, label="desk info")
        if self.accounts is not None:
            self.accounts.load()

    def _show(self, info: DeskInfo) -> None:
        self._info = info
        self._show_info()
        self.model.show_rows([TableCount(table, rows) for table, rows in info.counts.items()])

    def clear_data(self) -> None:
        self._info = None
        self._show_info()
        self.model.clear()
        if self.accounts is not None:
            self.accounts.clear()
        if self.audit is not None:
            self.audit.clear()
