"""The guidance content in `resources/guidance/`: one plain-text file per situation that a
legal reviewer edits without code (the format is described in that folder's README).

A file with a mistake is refused whole, with its file name and line number, so a sheet is
never printed from half a file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

from ..errors import WorkstationError
from ..reference import RESOURCES

GUIDANCE_DIR = RESOURCES / "guidance"
HELPLINES_FILE = "helplines.txt"
LANGUAGES = ("ur", "en")

_HEADER_KEYS = {"situation", "title.en", "title.ur", "intro.en", "intro.ur", "helplines",
                "reviewed_by", "reviewed_on"}
_STEP_KEYS = {"en", "ur", "source", "urgent"}
_HELPLINE_KEYS = {"number", "en", "ur"}
_SITUATION_ID = re.compile(r"^[a-z][a-z0-9_]{1,40}$")
_HELPLINE_NUMBER = re.compile(r"^[0-9][0-9-]{1,14}$")


class GuidanceError(WorkstationError):
    """A guidance file cannot be used; the message names the file and line."""

    exit_code = 2


class UnknownSituationError(GuidanceError):
    """No guidance file for the situation asked for."""


@dataclass(frozen=True)
class Step:
    text: dict[str, str]          # language -> one paragraph
    sources: tuple[str, ...]
    urgent: bool = False
    line: int = 0


@dataclass(frozen=True)
class Helpline:
    number: str
    text: dict[str, str]


@dataclass(frozen=True)
class Review:
    reviewed_by: str
    reviewed_on: date | None

    @property
    def is_draft(self) -> bool:
        return not (self.reviewed_by and self.reviewed_on)


@dataclass(frozen=True)
class Guidance:
    situation: str
    title: dict[str, str]
    intro: dict[str, str]
    steps: tuple[Step, ...]
    helplines: tuple[Helpline, ...]
    review: Review
    path: Path = field(compare=False)

    def sources(self) -> list[str]:
        """Every source the steps cite, each once, in order of first citation."""
        seen: dict[str, None] = {}
        for step in self.steps:
            for source in step.sources:
                seen.setdefault(source, None)
        return list(seen)


def _blocks(path: Path):
    """Yield (kind, start line, {key: [(line, value), ...]}) for the header and each
    [section]; raise GuidanceError with file and line on a malformed line."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise GuidanceError(f"{path}: the file does not exist.") from None
    except UnicodeDecodeError:
        raise GuidanceError(f"{path}: is not UTF-8 text.") from None
    except OSError as exc:
        raise GuidanceError(f"{path}: cannot be read ({exc.strerror}).") from None
    kind, start, values = "header", 1, {}
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip().lstrip("\ufeff")
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            yield kind, start, values
            kind, start, values = line[1:-1].strip(), number, {}
            continue
        key, sep, value = line.partition(":")
        if not sep or not key.strip() or " " in key.strip():
            raise GuidanceError(f"{path}:{number}: expected 'key: value' or a [section], "
                                f"found {line[:40]!r}.")
        values.setdefault(key.strip(), []).append((number, value.strip()))
    yield kind, start, values


def _one(path: Path, values: dict, key: str, where: int, *, required: bool = True) -> str:
    found = values.get(key, [])
    if len(found) > 1:
        raise GuidanceError(f"{path}:{found[1][0]}: '{key}' is given twice.")
    if not found or not found[0][1]:
        if required:
            line = found[0][0] if found else where
            raise GuidanceError(f"{path}:{line}: '{key}' is required here.")
        return ""
    return found[0][1]


def _check_keys(path: Path, values: dict, allowed: set[str], kind: str) -> None:
    for key, entries in values.items():
        if key not in allowed:
            raise GuidanceError(f"{path}:{entries[0][0]}: unknown key '{key}' in {kind} "
                                f"(allowed: {', '.join(sorted(allowed))}).")


def _review(path: Path, values: dict, where: int) -> Review:
    for key in ("reviewed_by", "reviewed_on"):
        if key not in values:
            raise GuidanceError(f"{path}:{where}: '{key}:' must be present (empty while the "
                                "text awaits legal review).")
    reviewed_by = _one(path, values, "reviewed_by", where, required=False)
    on_text = _one(path, values, "reviewed_on", where, required=False)
    reviewed_on = None
    if on_text:
        try:
            reviewed_on = date.fromisoformat(on_text)
        except ValueError:
            raise GuidanceError(f"{path}:{values['reviewed_on'][0][0]}: reviewed_on must be a "
                                "date like 2026-11-22.") from None
    if bool(reviewed_by) != bool(reviewed_on):
        line = values["reviewed_by"][0][0]
        raise GuidanceError(f"{path}:{line}: give both reviewed_by and reviewed_on, or "
                            "neither.")
    return Review(reviewed_by, reviewed_on)


def load_helplines(path: Path | None = None) -> dict[str, Helpline]:
    path = path or GUIDANCE_DIR / HELPLINES_FILE
    helplines: dict[str, Helpline] = {}
    for kind, start, values in _blocks(path):
        if kind == "header":
            _check_keys(path, values, {"reviewed_by", "reviewed_on"}, "the header")
            continue
        if kind != "helpline":
            raise GuidanceError(f"{path}:{start}: unknown section [{kind}]; expected "
                                "[helpline].")
        _check_keys(path, values, _HELPLINE_KEYS, "[helpline]")
        number = _one(path, values, "number", start)
        if not _HELPLINE_NUMBER.match(number):
            raise GuidanceError(f"{path}:{values['number'][0][0]}: '{number}' is not a "
                                "phone number.")
        if number in helplines:
            raise GuidanceError(f"{path}:{values['number'][0][0]}: {number} is given twice.")
        helplines[number] = Helpline(number, {lang: _one(path, values, lang, start)
                                              for lang in LANGUAGES})
    return helplines


def load_guidance(path: Path, helplines: dict[str, Helpline] | None = None) -> Guidance:
    """Read and check one situation file."""
    helplines = load_helplines() if helplines is None else helplines
    header: dict | None = None
    steps: list[Step] = []
    for kind, start, values in _blocks(path):
        if kind == "header":
            _check_keys(path, values, _HEADER_KEYS, "the header")
            header = values
            continue
        if kind != "step":
            raise GuidanceError(f"{path}:{start}: unknown section [{kind}]; expected [step].")
        _check_keys(path, values, _STEP_KEYS, "[step]")
        text = {lang: _one(path, values, lang, start) for lang in LANGUAGES}
        sources = tuple(v for _, v in values.get("source", []) if v)
        if not sources:
            raise GuidanceError(f"{path}:{start}: this step has no 'source:' line; every "
                                "fact needs its source.")
        urgent = _one(path, values, "urgent", start, required=False).lower()
        if urgent not in ("", "yes", "no"):
            raise GuidanceError(f"{path}:{values['urgent'][0][0]}: urgent must be yes or no.")
        steps.append(Step(text, sources, urgent == "yes", start))
    assert header is not None
    situation = _one(path, header, "situation", 1)
    if not _SITUATION_ID.match(situation):
        raise GuidanceError(f"{path}:{header['situation'][0][0]}: the situation id must be "
                            "lower-case letters, digits and _.")
    if not steps:
        raise GuidanceError(f"{path}:1: the file has no [step].")
    numbers = []
    for line, value in header.get("helplines", []):
        for number in value.split():
            if number not in helplines:
                raise GuidanceError(f"{path}:{line}: the helpline {number} is not in "
                                    f"{HELPLINES_FILE}.")
            numbers.append(helplines[number])
    return Guidance(
        situation=situation,
        title={lang: _one(path, header, f"title.{lang}", 1) for lang in LANGUAGES},
        intro={lang: _one(path, header, f"intro.{lang}", 1, required=False)
               for lang in LANGUAGES},
        steps=tuple(steps), helplines=tuple(numbers), review=_review(path, header, 1),
        path=path)


def load_all(folder: Path | None = None) -> dict[str, Guidance]:
    """Every situation in the folder; the first faulty file stops the load."""
    folder = folder or GUIDANCE_DIR
    helplines = load_helplines(folder / HELPLINES_FILE)
    found: dict[str, Guidance] = {}
    for path in sorted(folder.glob("*.txt")):
        if path.name == HELPLINES_FILE:
            continue
        guidance = load_guidance(path, helplines)
        if guidance.situation in found:
            raise GuidanceError(f"{path}:1: the situation {guidance.situation} is also in "
                                f"{found[guidance.situation].path.name}.")
        found[guidance.situation] = guidance
    return found


@cache
def _shipped() -> dict[str, Guidance]:
    return load_all()


def situations() -> list[str]:
    return list(_shipped())


def guidance_for(situation: str, folder: Path | None = None) -> Guidance:
    catalogue = load_all(folder) if folder else _shipped()
    try:
        return catalogue[situation]
    except KeyError:
        raise UnknownSituationError(
            f"Unknown situation '{situation[:60]}'.",
            hint=f"Known: {', '.join(catalogue)}.") from None
