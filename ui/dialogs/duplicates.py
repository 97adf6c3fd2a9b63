"""Is this the same person? A person on the case beside each record the core found with
the same phone number or CNIC, or a similar name (Roman-Urdu spellings and Urdu script
alike), value by value, with the cases each is on.

Two answers keep everything of both records (every case, contact, note and referral):
"Merge it into this one" moves the other record's cases and contacts to the person on
this case; "Use the other record" does the reverse, for someone recorded long before.
The record given up stays in the database, marked as merged. "Not the same person"
changes nothing.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.cnic import format_cnic
from workstation.domain.phone import display_phone
from workstation.services import duplicates
from workstation.services.duplicates import DuplicateCandidate

from .. import fonts, formatting, i18n, labels, messages
from ..widgets.form import ERROR_STYLE

DIALOG_WIDTH = 820


class DuplicatesDialog(QDialog):
    merged = Signal(object)   # the id of the record kept

    def __init__(self, runner, session, person: dict,
                 candidates: list[DuplicateCandidate], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("duplicates")
        self.setMinimumWidth(DIALOG_WIDTH)
        self.runner = runner
        self.session = session
        self.person = person
        self.candidates = candidates
        self.busy = False
        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        self.heading.setContentsMargins(8, 8, 8, 2)
        self.list_label = QLabel(self)
        self.list = QListWidget(self)
        self.list.setObjectName("candidates")
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_label.setBuddy(self.list)
        for candidate in candidates:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, candidate.person_id)
            self.list.addItem(item)
        self.list.currentRowChanged.connect(self._compare)
        self.grid_box = QWidget(self)
        self.grid = QGridLayout(self.grid_box)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        self.cells: dict[tuple[str, int], QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        self.rows = ("name", "phone", "cnic", "birth_date", "sex", "age_band", "district",
                     "address", "vulnerabilities", "cases", "reasons")
        self.column_heads = [QLabel(self) for _ in range(2)]
        for column, head in enumerate(self.column_heads, start=1):
            head.setObjectName(f"column-{column}")
            self.grid.addWidget(head, 0, column)
        for row, key in enumerate(self.rows, start=1):
            caption = QLabel(self)
            self.captions[key] = caption
            self.grid.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignTop)
            for column in (1, 2):
                cell = QLabel(self)
                cell.setObjectName(f"{key}-{column}")
                cell.setWordWrap(True)
                cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.cells[(key, column)] = cell
                self.grid.addWidget(cell, row, column, Qt.AlignmentFlag.AlignTop)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("general-message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        self.merge_here = QPushButton(self)
        self.merge_here.setObjectName("merge-into-this")
        self.merge_here.clicked.connect(lambda: self.merge(keep_this=True))
        self.use_other = QPushButton(self)
        self.use_other.setObjectName("use-other")
        self.use_other.clicked.connect(lambda: self.merge(keep_this=False))
        self.not_same = QPushButton(self)
        self.not_same.setObjectName("not-same")
        self.not_same.clicked.connect(self.reject)
        self.not_same.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.merge_here)
        buttons.addWidget(self.use_other)
        buttons.addStretch(1)
        buttons.addWidget(self.not_same)
        side = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.list_label)
        left.addWidget(self.list, 1)
        side.addLayout(left, 1)
        side.addWidget(self.grid_box, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(side, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.retranslate_ui()
        if candidates:
            self.list.setCurrentRow(0)
        self.list.setFocus()

    def chosen(self) -> DuplicateCandidate | None:
        row = self.list.currentRow()
        return self.candidates[row] if 0 <= row < len(self.candidates) else None

    # ---- the comparison -------------------------------------------------------------
    def _values_of_this(self) -> dict[str, str]:
        p = self.person
        return {"name": p["name"], "phone": p["phone"], "cnic": p["cnic"],
                "birth_date": p["birth_date"], "sex": labels.label(labels.sexes, p["sex"]),
                "age_band": p["age_band"] or "", "district": labels.district(p["district_code"]),
                "address": p["address"],
                "vulnerabilities": ", ".join(labels.label(labels.vulnerabilities, v)
                                             for v in p["vulnerabilities"]),
                "cases": self.tr("this case"), "reasons": ""}

    def _values_of(self, c: DuplicateCandidate) -> dict[str, str]:
        birth = c.birth_date or ""
        if len(birth) == 10 and birth[4] == "-":
            birth = f"{birth[8:]}/{birth[5:7]}/{birth[:4]}"
        return {"name": c.name or "", "phone": display_phone(c.phone) if c.phone else "",
                "cnic": format_cnic(c.cnic) if c.cnic and len(c.cnic) == 13 else (c.cnic or ""),
                "birth_date": birth, "sex": labels.label(labels.sexes, c.sex),
                "age_band": c.age_band or "", "district": labels.district(c.district_code),
                "address": c.address or "",
                "vulnerabilities": ", ".join(labels.label(labels.vulnerabilities, v)
                                             for v in c.vulnerabilities),
                "cases": ", ".join(formatting.left_to_right(r) for r in c.cases)
                or self.tr("none"),
                "reasons": ", ".join(self._reason_text(r) for r in c.reasons)}

    def _compare(self, _row: int = -1) -> None:
        candidate = self.chosen()
        mine = self._values_of_this()
        theirs = self._values_of(candidate) if candidate else {k: "" for k in self.rows}
        left_to_right = ("phone", "cnic", "birth_date")
        for key in self.rows:
            for column, values in ((1, mine), (2, theirs)):
                text = values.get(key) or ""
                if key in left_to_right and text:
                    text = formatting.left_to_right(text)
                cell = self.cells[(key, column)]
                # An Urdu line starts with a right-to-left mark, or the lone dash (no
                # direction of its own) stood at the far left of its column.
                empty = "" if key == "reasons" else ("\u200f—" if i18n.is_urdu() else "—")
                cell.setText(text or empty)
                same = bool(mine.get(key)) and mine.get(key) == theirs.get(key)
                cell.setStyleSheet("font-weight: bold;" if same and key != "cases" else "")
        for n, c in enumerate(self.candidates):
            self.list.item(n).setText(f"{c.name or self.tr('(no name)')}\n"
                                      + ", ".join(self._reason_text(r) for r in c.reasons))
        enabled = candidate is not None and not self.busy
        self.merge_here.setEnabled(enabled)
        self.use_other.setEnabled(enabled)

    def _reason_text(self, reason: str) -> str:
        """Why the core offered the record, in the UI language."""
        if reason == "same phone number":
            return self.tr("same phone number")
        if reason == "same CNIC":
            return self.tr("same CNIC")
        if reason.startswith("similar name (") and reason.endswith("%)"):
            return self.tr("similar name (%1%)").replace("%1", reason[len("similar name ("):-2])
        return reason

    # ---- answering ------------------------------------------------------------------
    def merge(self, *, keep_this: bool) -> None:
        candidate = self.chosen()
        if candidate is None or self.busy:
            return
        this = uuid.UUID(self.person["id"])
        keep, give_up = (this, candidate.person_id) if keep_this else (candidate.person_id, this)
        session = self.session
        self.busy = True
        self._compare()
        self.message.hide()
        self.runner.run(lambda ctx: duplicates.merge(ctx.database, session, keep, give_up),
                        done=lambda _r: self._merged(keep), failed=self._failed,
                        changes=("cases", "contacts", "appointments"), label="merge",
                        owner=self)

    def _merged(self, keep: uuid.UUID) -> None:
        self.busy = False
        self.merged.emit(keep)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        self._compare()
        self.message.setText(messages.full_text(error))
        self.message.show()

    # ---- language -------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Counsellor Workstation"))
        self.heading.setText(self.tr("Is this the same person?"))
        self.heading.setFont(fonts.display_font(i18n.current_language(), scale=1.2))
        self.list_label.setText(self.tr("&Recorded before:"))
        self.column_heads[0].setText(self.tr("On this case"))
        self.column_heads[1].setText(self.tr("Recorded before"))
        for head in self.column_heads:
            head.setStyleSheet("font-weight: bold;")
        for key, text in (("name", self.tr("Name")), ("phone", self.tr("Phone")),
                          ("cnic", self.tr("CNIC")), ("birth_date", self.tr("Date of birth")),
                          ("sex", self.tr("Sex")), ("age_band", self.tr("Age")),
                          ("district", self.tr("District")), ("address", self.tr("Address")),
                          ("vulnerabilities", self.tr("Vulnerability")),
                          ("cases", self.tr("Cases")), ("reasons", self.tr("Why offered"))):
            self.captions[key].setText(text)
        self.note.setText(self.tr(
            "Values in bold are the same in both. Either answer keeps everything of both "
            "records — every case, contact, note and referral; the record given up stays, "
            "marked as merged."))
        self.merge_here.setText(self.tr("&Merge it into this one"))
        self.use_other.setText(self.tr("&Use the record from before"))
        self.not_same.setText(self.tr("&Not the same person"))
        self._compare()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
