"""The audit trail: who did what to which record, from which desk — never the values.

Each desk keeps its own hash chain (desks write concurrently, so one global chain would
fork). An entry's hash covers its fields, its place in the chain and the previous
entry's hash, so `verify` finds an entry that was changed, removed or reordered. What a
chain alone cannot show is its newest entries cut off; comparing a desk's chain with the
copy on the shared server (sync) covers that.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from types import SimpleNamespace

from sqlalchemy import bindparam, insert, select
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..domain.permissions import Action, require
from ..errors import ValidationError
from ..persistence.base import utcnow
from ..persistence.database import Database
from ..persistence.models import AuditEvent, Desk, User

GENESIS = bytes(32)


def _entry_hash(event) -> bytes:
    """Hash of an entry (an AuditEvent or a row with the same fields) and its predecessor."""
    body = json.dumps({
        "id": str(event.id),
        "occurred_at": event.occurred_at.isoformat(),
        "user_id": str(event.user_id) if event.user_id else None,
        "desk_id": str(event.desk_id) if event.desk_id else None,
        "action": event.action,
        "entity": event.entity,
        "entity_id": str(event.entity_id) if event.entity_id else None,
        "detail": event.detail,
        "desk_seq": event.desk_seq,
    }, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    return hashlib.sha256(event.prev_hash + body).digest()


_EVENTS = AuditEvent.__table__
# Built once: constructing a statement costs more than running it on this hot path.
_INSERT = insert(_EVENTS)
_LAST = select(_EVENTS.c.desk_seq, _EVENTS.c.entry_hash).order_by(
    _EVENTS.c.desk_seq.desc()).limit(1)
_LAST_OF_DESK = _LAST.where(_EVENTS.c.desk_id == bindparam("desk_id"))
_LAST_WITHOUT_DESK = _LAST.where(_EVENTS.c.desk_id.is_(None))


def record(session: Session | Connection, *, action: str, user_id: uuid.UUID | None,
           desk_id: uuid.UUID | None, entity: str | None = None,
           entity_id: uuid.UUID | None = None, detail: dict | None = None,
           occurred_at: datetime | None = None) -> None:
    """Append an entry in the caller's transaction, so it commits with the change it records.

    `detail` holds identifiers and counts only; sensitive values never go here. Written
    with prebuilt Core statements: it runs on every view, so it must cost little. Two
    writers taking the same place in a chain are stopped by the unique indexes."""
    connection = session.connection() if isinstance(session, Session) else session
    entry = SimpleNamespace(
        id=uuid.uuid4(), occurred_at=occurred_at or utcnow(), user_id=user_id,
        desk_id=desk_id, action=action, entity=entity, entity_id=entity_id,
        detail=detail or {})
    for attempt in range(1, 6):
        last = (connection.execute(_LAST_WITHOUT_DESK) if desk_id is None else
                connection.execute(_LAST_OF_DESK, {"desk_id": desk_id})).first()
        entry.desk_seq = (last.desk_seq + 1) if last else 1
        entry.prev_hash = last.entry_hash if last else GENESIS
        entry.entry_hash = _entry_hash(entry)
        try:
            connection.execute(_INSERT, vars(entry))
            return
        except IntegrityError:
            # Another writer (the app and the command line, two windows) took this
            # place first. SQLite's driver ran our read outside the transaction and
            # began it at the insert, which now holds the write lock: reading again
            # gives the true tail. PostgreSQL aborts the transaction instead.
            if connection.dialect.name != "sqlite" or attempt == 5:
                raise


@dataclass
class VerifyResult:
    entries: int = 0
    chains: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(database: Database) -> VerifyResult:
    result = VerifyResult()
    with database.uow() as uow:
        events = uow.session.scalars(
            select(AuditEvent).order_by(AuditEvent.desk_id, AuditEvent.desk_seq)).all()
    chains: dict[uuid.UUID | None, list[AuditEvent]] = {}
    for event in events:
        chains.setdefault(event.desk_id, []).append(event)
    for desk_id, chain in chains.items():
        result.chains += 1
        label = f"desk {desk_id}" if desk_id else "the command line"
        prev_hash = GENESIS
        for expected_seq, event in enumerate(chain, start=1):
            result.entries += 1
            if event.desk_seq != expected_seq:
                result.problems.append(
                    f"{label}: entry {expected_seq} is missing (next found: {event.desk_seq}).")
                break
            if event.prev_hash != prev_hash:
                result.problems.append(
                    f"{label}: entry {event.desk_seq} does not follow entry {expected_seq - 1} "
                    "(removed or reordered).")
                break
            if _entry_hash(event) != event.entry_hash:
                result.problems.append(f"{label}: entry {event.desk_seq} was changed.")
                break
            prev_hash = event.entry_hash
    return result


@dataclass(frozen=True)
class TrailEntry:
    occurred_at: datetime
    user: str | None
    desk: str | None
    action: str
    entity: str | None
    entity_id: uuid.UUID | None
    detail: dict


def trail(database: Database, session, *, case_id: uuid.UUID | None = None,
          user_id: uuid.UUID | None = None, limit: int = 500) -> list[TrailEntry]:
    """The audit trail of one case or of one person's actions, newest first, for the roles
    that may read it (supervisors, admins). Entries hold no case content to show."""
    require(session.actor, Action.READ_AUDIT)
    if case_id is None and user_id is None:
        raise ValidationError("filter", "Choose a case or a person.")
    filters = []
    if case_id is not None:
        filters.append(AuditEvent.entity_id == case_id)
    if user_id is not None:
        filters.append(AuditEvent.user_id == user_id)
    with database.engine.connect() as c:
        rows = c.execute(
            select(AuditEvent.occurred_at, User.display_name, Desk.name, AuditEvent.action,
                   AuditEvent.entity, AuditEvent.entity_id, AuditEvent.detail)
            .outerjoin(User, User.id == AuditEvent.user_id)
            .outerjoin(Desk, Desk.id == AuditEvent.desk_id)
            .where(*filters).order_by(AuditEvent.occurred_at.desc()).limit(limit)).all()
    return [TrailEntry(*row) for row in rows]
