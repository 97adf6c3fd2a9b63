"""What a reader makes of an HSDS file: flat records per table, with where each came from,
and the problems found on the way. JSON and CSV readers both produce this, so validation
and writing are the same for both formats."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input, located so a person can find and fix it."""

    file: str
    record: str  # "row 12" for CSV, "services[3].phones[0]" for JSON, "" for the whole file
    field: str
    message: str
    severity: str = "error"  # or "warning": noted, the import goes on

    def __str__(self) -> str:
        where = ", ".join(part for part in (self.file, self.record,
                                             self.field and f"field {self.field}") if part)
        return f"{self.severity}: {where}: {self.message}"


@dataclass
class Record:
    table: str
    values: dict
    file: str
    label: str


@dataclass
class Bundle:
    # table -> raw id text -> record (first seen wins; conflicting repeats are problems)
    records: dict[str, dict[str, Record]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    # (file, table) -> fields present in the input that the directory does not keep
    ignored_fields: dict[tuple[str, str], set[str]] = field(default_factory=dict)

    def error(self, file: str, record: str, field_name: str, message: str) -> None:
        self.problems.append(Problem(file, record, field_name, message))

    def warn(self, file: str, record: str, field_name: str, message: str) -> None:
        self.problems.append(Problem(file, record, field_name, message, "warning"))

    def count(self, table: str) -> int:
        return len(self.records.get(table, {}))
