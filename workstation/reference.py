"""Reference data shipped in `resources/`: districts, the category taxonomy, demo names.

The files are plain CSV so an admin can review and edit them without code. A file with
an error is reported with its name and line, never half-loaded.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .errors import WorkstationError

RESOURCES = Path(__file__).resolve().parent.parent / "resources"

GBVIMS_TYPES = (
    "rape", "sexual_assault", "physical_assault", "forced_marriage",
    "denial_of_resources", "psychological_abuse",
)


class ReferenceDataError(WorkstationError):
    """A shipped or admin-edited reference file cannot be used."""


@dataclass(frozen=True)
class District:
    code: str
    province: str
    division: str
    name_en: str
    name_ur: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class CategoryDef:
    code: str
    parent_code: str | None
    name_en: str
    name_ur: str
    chi_code: str | None
    chi_name: str | None
    gbvims_type: str | None
    demo_weight: int


@dataclass(frozen=True)
class DemoName:
    kind: str  # given, family
    sex: str | None
    name_en: str
    variants: tuple[str, ...]
    name_ur: str


def _rows(path: Path, columns: list[str]):
    """Yield (line number, row dict); raise with file and line on any problem."""
    try:
        handle = path.open(encoding="utf-8", newline="")
    except OSError as exc:
        raise ReferenceDataError(f"{path}: cannot be read ({exc.strerror}).") from None
    with handle:
        reader = csv.DictReader(handle)
        try:
            if reader.fieldnames != columns:
                raise ReferenceDataError(
                    f"{path}:1: the columns must be {','.join(columns)}."
                )
            for row in reader:
                if None in row or any(v is None for v in row.values()):
                    raise ReferenceDataError(
                        f"{path}:{reader.line_num}: wrong number of values in this line."
                    )
                yield reader.line_num, {k: v.strip() for k, v in row.items()}
        except UnicodeDecodeError:
            raise ReferenceDataError(f"{path}: is not UTF-8 text.") from None


def _split(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split("|") if part.strip())


def load_districts(path: Path | None = None) -> list[District]:
    path = path or RESOURCES / "reference" / "districts.csv"
    columns = ["code", "province", "division", "name_en", "name_ur", "aliases"]
    seen: set[str] = set()
    districts = []
    for line, row in _rows(path, columns):
        if not row["code"] or not row["name_en"]:
            raise ReferenceDataError(f"{path}:{line}: code and name_en are required.")
        if row["code"] in seen:
            raise ReferenceDataError(f"{path}:{line}: the code {row['code']} appears twice.")
        seen.add(row["code"])
        districts.append(District(row["code"], row["province"], row["division"],
                                  row["name_en"], row["name_ur"], _split(row["aliases"])))
    return districts


def load_categories(path: Path | None = None) -> list[CategoryDef]:
    path = path or RESOURCES / "taxonomy" / "categories.csv"
    columns = ["code", "parent_code", "name_en", "name_ur", "chi_code", "chi_name",
               "gbvims_type", "demo_weight"]
    categories: dict[str, CategoryDef] = {}
    lines: dict[str, int] = {}
    for line, row in _rows(path, columns):
        code = row["code"]
        if not code or not row["name_en"]:
            raise ReferenceDataError(f"{path}:{line}: code and name_en are required.")
        if code in categories:
            raise ReferenceDataError(f"{path}:{line}: the code {code} appears twice.")
        if row["gbvims_type"] and row["gbvims_type"] not in GBVIMS_TYPES:
            raise ReferenceDataError(
                f"{path}:{line}: gbvims_type must be one of {', '.join(GBVIMS_TYPES)} or empty."
            )
        try:
            weight = int(row["demo_weight"] or 0)
        except ValueError:
            raise ReferenceDataError(f"{path}:{line}: demo_weight must be a whole number.") from None
        categories[code] = CategoryDef(code, row["parent_code"] or None, row["name_en"],
                                       row["name_ur"], row["chi_code"] or None,
                                       row["chi_name"] or None, row["gbvims_type"] or None, weight)
        lines[code] = line
    for code, category in categories.items():
        if category.parent_code and category.parent_code not in categories:
            raise ReferenceDataError(
                f"{path}:{lines[code]}: the parent {category.parent_code} does not exist."
            )
    return list(categories.values())


def load_demo_names(path: Path | None = None) -> list[DemoName]:
    path = path or RESOURCES / "demo" / "names.csv"
    columns = ["kind", "sex", "name_en", "name_roman_variants", "name_ur"]
    return [DemoName(row["kind"], row["sex"] or None, row["name_en"],
                     _split(row["name_roman_variants"]), row["name_ur"])
            for _line, row in _rows(path, columns)]


@cache
def districts() -> tuple[District, ...]:
    return tuple(load_districts())


@cache
def districts_by_code() -> dict[str, District]:
    return {d.code: d for d in districts()}
