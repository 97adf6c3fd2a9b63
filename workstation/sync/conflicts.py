"""Conflict records as a supervisor reviews them: the value that lost a concurrent edit,
opened with the organisation's keys where it was sealed, next to where it came from.

`list_conflicts` gives the records as stored (ciphertext for sensitive columns); this is
the one place they are opened, for someone allowed to review them, and every review is
audited like any read of case content.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from types import SimpleNamespace

from ..domain.permissions import Action, require
from ..persistence.database import Database
from ..services import audit
from ..services.sealed import open_fields
from .desk_sync import ConflictRecord, list_conflicts


@dataclass(frozen=True)
class ConflictView:
    record: ConflictRecord
    field: str              # the column without its `_ct`
    losing_text: str | None  # what the losing desk had written, readable
    unreadable: bool         # sealed, and could not be opened


def _text(record: ConflictRecord, keys) -> tuple[str, str | None, bool]:
    column, value = record.column, record.losing_value
    if column.endswith("_ct"):
        field = column[:-3]
        if value is None:
            return field, None, False
        try:
            row_id = uuid.UUID(record.row_id)
        except ValueError:
            return field, None, True
        opened, bad = open_fields(keys, record.table, row_id,
                                  SimpleNamespace(**{column: value}), (field,))
        return field, opened[field], bool(bad)
    if value is None:
        return column, None, False
    try:
        decoded = json.loads(value.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return column, value.hex(), False
    return column, decoded if isinstance(decoded, str) else json.dumps(
        decoded, ensure_ascii=False), False


def review_conflicts(database: Database, session, *, limit: int = 500) -> list[ConflictView]:
    require(session.actor, Action.REVIEW_CONFLICTS)
    records = list_conflicts(database, session, limit=limit)
    keys = session.keys
    views = [ConflictView(record, *_text(record, keys)) for record in records]
    with database.transaction() as c:
        audit.record(c, action="sync_conflicts_viewed", user_id=session.actor.user_id,
                     desk_id=session.desk_id, detail={"conflicts": len(views)})
    return views


__all__ = ["ConflictView", "review_conflicts"]
