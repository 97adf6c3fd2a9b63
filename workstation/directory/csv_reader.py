"""The HSDS tabular data package (one CSV per table, plus datapackage.json) to flat records.

Every problem is located by file, row (the header is row 1, as a spreadsheet shows it) and
column. Values are kept as text: a name such as `=HYPERLINK(...)` is a name, never a
formula; the exporter is what neutralises such cells for spreadsheets.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from .bundle import Bundle, Record
from .json_reader import MAX_FILE_BYTES
from .tables import TABLES

# Cells the exporter prefixed with an apostrophe so spreadsheets do not run them.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

# A longer cell is almost certainly a broken file (an unclosed quote swallowing the rest).
MAX_CELL = 100_000


def _resource_paths(folder: Path, bundle: Bundle) -> dict[str, Path]:
    """CSV file per table: datapackage.json's resources where it names them, else the
    HSDS file names."""
    paths = {name: folder / table.file for name, table in TABLES.items()}
    package = folder / "datapackage.json"
    if package.is_file():
        try:
            described = json.loads(package.read_text(encoding="utf-8-sig"))
            for resource in described.get("resources", []):
                name, rel = resource.get("name"), resource.get("path")
                table = {"service_at_locations": "service_at_location"}.get(name, name)
                if table in paths and isinstance(rel, str) and "/" not in rel.strip("./"):
                    paths[table] = folder / rel
        except (OSError, ValueError, AttributeError, TypeError):
            bundle.warn("datapackage.json", "", "", "cannot be read as a data package; "
                        "the tables are taken from the standard HSDS file names.")
    return paths


def read_package(folder: Path, bundle: Bundle) -> None:
    found = False
    for table, path in _resource_paths(folder, bundle).items():
        if path.is_file():
            found = True
            _read_table(path, table, bundle)
    if not found:
        bundle.error(folder.name, "", "", "holds none of the HSDS tables (services.csv, "
                     "organizations.csv, …).")


def _read_table(path: Path, table: str, bundle: Bundle) -> None:
    name, spec = path.name, TABLES[table]
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        bundle.error(name, "", "", f"the file is {size // 2**20} MB; the limit is "
                     f"{MAX_FILE_BYTES // 2**20} MB.")
        return
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        bundle.error(name, f"row {line}", "", "is not UTF-8 text. Save the file as "
                     "\"CSV UTF-8\" and import it again.")
        return
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader, None)
    except csv.Error as exc:
        bundle.error(name, "row 1", "", f"cannot be read as CSV ({exc}).")
        return
    if not header:
        bundle.warn(name, "", "", "is empty.")
        return
    header = [h.strip() for h in header]
    missing = [f.name for f in spec.fields if f.required and f.name not in header]
    for column in missing:
        bundle.error(name, "row 1", column, "this required column is missing.")
    unknown = sorted(set(header) - set(spec.columns))
    if unknown:
        bundle.ignored_fields.setdefault((name, table), set()).update(unknown)
    if missing:
        return
    rows = bundle.records.setdefault(table, {})
    row_number = 1
    try:
        for row_number, cells in enumerate(reader, start=2):
            if not any(c.strip() for c in cells):
                continue
            if len(cells) != len(header):
                bundle.error(name, f"row {row_number}", "", f"has {len(cells)} values; the "
                             f"header has {len(header)}.")
                continue
            values = {}
            for column, cell in zip(header, cells, strict=True):
                if column not in spec.column_set:
                    continue
                if len(cell) > MAX_CELL:
                    bundle.error(name, f"row {row_number}", column,
                                 f"the value is {len(cell):,} characters long.")
                    cell = ""
                if cell[:1] == "'" and cell[1:].startswith(FORMULA_STARTS):
                    cell = cell[1:]  # undo the exporter's guard: the value is text here
                values[column] = cell if cell != "" else None
            key = values.get("id") or f"<no id: row {row_number}>"
            if key in rows:
                bundle.error(name, f"row {row_number}", "id", f"the id {key} appears twice "
                             f"(also at {rows[key].label}).")
                continue
            rows[key] = Record(table, values, name, f"row {row_number}")
    except csv.Error as exc:
        # Raised for a cell over the csv module's limit or a NUL byte: the rest of the
        # file cannot be trusted.
        bundle.error(name, f"row {row_number + 1}", "", f"cannot be read as CSV ({exc}).")
