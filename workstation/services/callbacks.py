"""Abandoned and missed calls: imported from the PBX, merged per number, worked as the
morning worklist with up to three attempts, each with an outcome.

Call logs understood:
- Asterisk CDR CSV (`cdr-csv`'s Master.csv, no header: accountcode, src, dst, dcontext,
  clid, channel, dstchannel, lastapp, lastdata, start, answer, end, duration, billsec,
  disposition, amaflags, uniqueid, …), and CDR exports with a header row naming at least
  `src`, `disposition` and a start column (`calldate` or `start`). Rows whose
  disposition is NO ANSWER, BUSY or FAILED are missed calls.
- Asterisk `queue_log` lines `epoch|callid|queue|agent|EVENT|data…`: an ABANDON (or
  EXITWITHTIMEOUT) event is a missed call; the caller's number comes from the same
  call's ENTERQUEUE line (`ENTERQUEUE|url|callerid`).
Importing the same log again changes nothing: each call's PBX id is remembered.
"""

from __future__ import annotations

import csv
import io
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import func, select, update

from ..domain.permissions import Action, require
from ..domain.phone import normalise_phone
from ..errors import ValidationError
from ..persistence.base import utcnow
from ..persistence.database import Database
from ..persistence.models import Callback, CallbackAttempt, MissedCall, User
from . import audit
from .accounts import UserSession
from .contacts import caller_flags
from .lookup import persons_with_phone
from .sealed import open_fields, seal

MAX_ATTEMPTS = 3
MISSED_DISPOSITIONS = {"NO ANSWER", "BUSY", "FAILED"}
QUEUE_MISSED_EVENTS = {"ABANDON", "EXITWITHTIMEOUT"}
# Outcomes that finish an item; any other outcome counts as an unsuccessful attempt.
FINAL_OUTCOMES = {"reached", "wrong_number", "not_safe_to_call"}
ATTEMPT_OUTCOMES = FINAL_OUTCOMES | {"no_answer", "busy", "switched_off"}
URGENCY_ORDER = {"emergency": 0, "high": 1, "normal": 2, "low": 3}
MAX_LOG_BYTES = 50_000_000
CDR_COLUMNS = ("accountcode", "src", "dst", "dcontext", "clid", "channel", "dstchannel",
               "lastapp", "lastdata", "start", "answer", "end", "duration", "billsec",
               "disposition", "amaflags", "uniqueid")


@dataclass(frozen=True)
class Missed:
    number: str
    at: datetime
    source: str
    source_id: str
    queue: str | None = None


@dataclass
class ImportReport:
    format: str
    missed_found: int = 0
    added: int = 0
    already_imported: int = 0
    new_items: int = 0
    problems: list[str] = field(default_factory=list)  # "line 12: …", never a number


def _asterisk_time(text: str) -> datetime:
    """CDR times are local 'YYYY-MM-DD HH:MM:SS' in the PBX's zone; Pakistan has one zone."""
    from datetime import timedelta

    local = datetime.strptime(text.strip()[:19], "%Y-%m-%d %H:%M:%S")
    return local.replace(tzinfo=timezone(timedelta(hours=5))).astimezone(timezone.utc)


def parse_cdr(text: str, report: ImportReport) -> list[Missed]:
    rows = list(csv.reader(io.StringIO(text)))
    header = [h.strip().lower() for h in rows[0]] if rows else []
    if "src" in header and "disposition" in header:
        names, rows = header, rows[1:]
        first_line = 2
    else:
        names, first_line = list(CDR_COLUMNS), 1
    found = []
    for line, row in enumerate(rows, start=first_line):
        if not row or not any(cell.strip() for cell in row):
            continue
        if len(row) <= names.index("disposition"):
            report.problems.append(f"line {line}: too few columns ({len(row)}).")
            continue
        record = dict(zip(names, row, strict=False))
        if record.get("disposition", "").strip().upper() not in MISSED_DISPOSITIONS:
            continue
        start = record.get("calldate") or record.get("start") or ""
        try:
            at = _asterisk_time(start)
        except ValueError:
            report.problems.append(f"line {line}: the call time is not a date and time.")
            continue
        source_id = (record.get("uniqueid") or "").strip() or f"{start}|{line}"
        found.append(Missed(record.get("src", "").strip(), at, "cdr", f"cdr:{source_id}",
                            (record.get("dcontext") or "").strip() or None))
    return found


def parse_queue_log(text: str, report: ImportReport) -> list[Missed]:
    callers: dict[str, str] = {}
    found = []
    for line, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        parts = raw.split("|")
        if len(parts) < 5 or not parts[0].strip().isdigit():
            report.problems.append(f"line {line}: not a queue_log line.")
            continue
        epoch, callid, queue, _agent, event = parts[:5]
        data = parts[5:]
        if event == "ENTERQUEUE" and len(data) >= 2:
            callers[callid] = data[1]
        elif event in QUEUE_MISSED_EVENTS:
            found.append(Missed(callers.get(callid, ""),
                                datetime.fromtimestamp(int(epoch), timezone.utc),
                                "queue_log", f"queue_log:{callid}", queue or None))
    return found


def read_call_log(path: Path) -> tuple[list[Missed], ImportReport]:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ValidationError("file", f"{path} cannot be read ({exc.strerror}).") from None
    if size > MAX_LOG_BYTES:
        raise ValidationError("file", f"{path.name} is larger than 50 MB.",
                              hint="Export a shorter period from the PBX.")
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("latin-1")  # PBX logs are ASCII; never refuse a stray byte
    first = next((ln for ln in text.splitlines() if ln.strip()), "")
    if first.count("|") >= 4 and first.split("|", 1)[0].strip().isdigit():
        report = ImportReport("queue_log")
        return parse_queue_log(text, report), report
    report = ImportReport("cdr")
    return parse_cdr(text, report), report


def _open_item_for(connection, session: UserSession, lookup_key: str):
    keys = session.keys
    for row in connection.execute(
            select(Callback.id, Callback.phone_ct).where(
                Callback.phone_bidx == keys.indexer.index("phone", lookup_key),
                Callback.centre_id == session.actor.centre_id, Callback.status == "open")):
        if open_fields(keys, "callbacks", row.id, row, ("phone",))[0]["phone"] == lookup_key:
            return row.id
    return None


def add_missed_calls(database: Database, session: UserSession, calls: list[Missed],
                     report: ImportReport) -> ImportReport:
    """Merge missed calls into open callback items of the counsellor's centre."""
    require(session.actor, Action.HANDLE_CONTACT)
    if session.actor.centre_id is None:
        raise ValidationError("centre", "Callbacks belong to a centre; sign in as its staff.")
    keys = session.keys
    report.missed_found = len(calls)
    with database.transaction() as c:
        known = set(c.execute(select(MissedCall.source_id).where(
            MissedCall.source_id.in_([call.source_id for call in calls]))).scalars()) \
            if calls else set()
        for n, call in enumerate(calls, start=1):
            if call.source_id in known:
                report.already_imported += 1
                continue
            number = normalise_phone(call.number)
            if number.lookup_key is None:
                report.problems.append(f"call {n}: withheld or unrecognised number; "
                                       "it cannot be called back.")
                continue
            item = _open_item_for(c, session, number.lookup_key)
            if item is None:
                item = uuid.uuid4()
                c.execute(Callback.__table__.insert(), {
                    "id": item, "centre_id": session.actor.centre_id,
                    **seal(keys, "callbacks", item, {"phone": number.lookup_key}),
                    "phone_bidx": keys.indexer.index("phone", number.lookup_key),
                    "first_missed_at": call.at, "last_missed_at": call.at, "missed_count": 1,
                    "urgency": "normal", "status": "open", "created_at": utcnow(),
                    "updated_at": utcnow()})
                report.new_items += 1
            else:
                c.execute(update(Callback).where(Callback.id == item).values(
                    missed_count=Callback.missed_count + 1,
                    first_missed_at=func.min(Callback.first_missed_at, call.at)
                    if c.dialect.name == "sqlite" else func.least(Callback.first_missed_at,
                                                                   call.at),
                    last_missed_at=func.max(Callback.last_missed_at, call.at)
                    if c.dialect.name == "sqlite" else func.greatest(Callback.last_missed_at,
                                                                      call.at),
                    updated_at=utcnow()))
            c.execute(MissedCall.__table__.insert(), {
                "id": uuid.uuid4(), "callback_id": item, "source": call.source,
                "source_id": call.source_id, "missed_at": call.at, "queue": call.queue})
            known.add(call.source_id)
            report.added += 1
        audit.record(c, action="missed_calls_imported", user_id=session.actor.user_id,
                     desk_id=session.desk_id,
                     detail={"format": report.format, "added": report.added,
                             "already_imported": report.already_imported})
    return report


def import_call_log(database: Database, session: UserSession, path: Path) -> ImportReport:
    calls, report = read_call_log(path)
    return add_missed_calls(database, session, calls, report)


@dataclass(frozen=True)
class WorkItem:
    id: uuid.UUID
    number: str | None
    first_missed_at: datetime
    last_missed_at: datetime
    missed_count: int
    urgency: str
    attempts: int
    last_outcome: str | None
    assigned_to: str | None
    assigned_to_id: uuid.UUID | None = None
    # Set on a person with this number ("not_safe_to_call" above all): read before dialling.
    safety_flags: tuple[str, ...] = ()
    # Unexpired prank/abusive warnings on the number.
    caller_flags: tuple[str, ...] = ()


def worklist(database: Database, session: UserSession) -> list[WorkItem]:
    """Open items of the counsellor's centre: most urgent first, then the oldest."""
    require(session.actor, Action.HANDLE_CONTACT)
    keys = session.keys
    attempts = (select(CallbackAttempt.callback_id, func.count().label("n"),
                       func.max(CallbackAttempt.attempted_at).label("last"))
                .group_by(CallbackAttempt.callback_id).subquery())
    with database.transaction() as c:
        audit.record(c, action="worklist_viewed", user_id=session.actor.user_id,
                     desk_id=session.desk_id)
        rows = c.execute(
            select(Callback.id, Callback.phone_ct, Callback.first_missed_at,
                   Callback.last_missed_at, Callback.missed_count, Callback.urgency,
                   attempts.c.n, User.display_name, Callback.assigned_to_id)
            .outerjoin(attempts, attempts.c.callback_id == Callback.id)
            .outerjoin(User, User.id == Callback.assigned_to_id)
            .where(Callback.status == "open",
                   *([Callback.centre_id == session.actor.centre_id]
                     if session.actor.centre_id else []))).all()
        open_ids = [r.id for r in rows]
        last_outcomes = dict(c.execute(
            select(CallbackAttempt.callback_id, CallbackAttempt.outcome)
            .where(CallbackAttempt.callback_id.in_(open_ids))
            .order_by(CallbackAttempt.attempted_at)).all()) if open_ids else {}
        items = []
        for r in rows:
            number = open_fields(keys, "callbacks", r.id, r, ("phone",))[0]["phone"]
            safety, warnings = _flags_of(c, session, number)
            items.append(WorkItem(r.id, number, r.first_missed_at, r.last_missed_at,
                                  r.missed_count, r.urgency, r.n or 0,
                                  last_outcomes.get(r.id), r.display_name, r.assigned_to_id,
                                  safety, warnings))
    return sorted(items, key=lambda i: (URGENCY_ORDER.get(i.urgency, 9), i.first_missed_at))


def _flags_of(connection, session: UserSession, number: str | None):
    """The safety flags of anyone with this number, and its caller warnings: a counsellor
    about to dial must see "not safe to call back" before, not after."""
    if not number:
        return (), ()
    persons = persons_with_phone(connection, session.keys, number)
    safety = tuple(sorted({flag for person in persons for flag in person.safety_flags}))
    return safety, tuple(caller_flags(connection, session, number))


def record_attempt(database: Database, session: UserSession, callback_id: uuid.UUID,
                   outcome: str, *, contact_id: uuid.UUID | None = None) -> bool:
    """Record one call-back attempt; returns True when the item is done (a final outcome,
    or the third attempt without one)."""
    require(session.actor, Action.HANDLE_CONTACT)
    if outcome not in ATTEMPT_OUTCOMES:
        raise ValidationError("outcome", f"Choose one of: {', '.join(sorted(ATTEMPT_OUTCOMES))}.")
    with database.transaction() as c:
        item = c.execute(select(Callback.status, Callback.centre_id)
                         .where(Callback.id == callback_id)).first()
        if item is None or item.centre_id != session.actor.centre_id:
            raise ValidationError("callback", "There is no such callback for your centre.")
        if item.status != "open":
            raise ValidationError("callback", "This callback is already done.")
        made = c.execute(select(func.count()).where(
            CallbackAttempt.callback_id == callback_id)).scalar() + 1
        c.execute(CallbackAttempt.__table__.insert(), {
            "id": uuid.uuid4(), "callback_id": callback_id, "user_id": session.actor.user_id,
            "attempted_at": utcnow(), "outcome": outcome, "contact_id": contact_id})
        done = outcome in FINAL_OUTCOMES or made >= MAX_ATTEMPTS
        if done:
            c.execute(update(Callback).where(Callback.id == callback_id).values(
                status="done", updated_at=utcnow(),
                outcome=outcome if outcome in FINAL_OUTCOMES else "unreachable"))
        audit.record(c, action="callback_attempted", user_id=session.actor.user_id,
                     desk_id=session.desk_id, entity="callback", entity_id=callback_id,
                     detail={"outcome": outcome, "attempt": made, "done": done})
    return done


def assign(database: Database, session: UserSession, callback_id: uuid.UUID,
           user_id: uuid.UUID | None) -> None:
    """Give an item to a colleague of the centre (or to nobody)."""
    require(session.actor, Action.HANDLE_CONTACT)
    with database.transaction() as c:
        if user_id is not None:
            colleague = c.execute(select(User.centre_id, User.active)
                                  .where(User.id == user_id)).first()
            if colleague is None or not colleague.active or \
                    colleague.centre_id != session.actor.centre_id:
                raise ValidationError("assignee", "Choose an active colleague of your centre.")
        _change_open_item(c, session, callback_id, assigned_to_id=user_id)
        audit.record(c, action="callback_assigned", user_id=session.actor.user_id,
                     desk_id=session.desk_id, entity="callback", entity_id=callback_id,
                     detail={"assigned": user_id is not None})


def set_urgency(database: Database, session: UserSession, callback_id: uuid.UUID,
                urgency: str) -> None:
    """Move an item up or down the worklist (a caller known to be at risk goes first)."""
    require(session.actor, Action.HANDLE_CONTACT)
    if urgency not in URGENCY_ORDER:
        raise ValidationError("urgency", f"Choose one of: {', '.join(URGENCY_ORDER)}.")
    with database.transaction() as c:
        _change_open_item(c, session, callback_id, urgency=urgency)
        audit.record(c, action="callback_urgency_set", user_id=session.actor.user_id,
                     desk_id=session.desk_id, entity="callback", entity_id=callback_id,
                     detail={"urgency": urgency})


def _change_open_item(c, session: UserSession, callback_id: uuid.UUID, **values) -> None:
    changed = c.execute(update(Callback).where(
        Callback.id == callback_id, Callback.centre_id == session.actor.centre_id,
        Callback.status == "open").values(updated_at=utcnow(), **values)).rowcount
    if not changed:
        raise ValidationError("callback", "There is no such open callback for your centre.")


def add_hook_event(database: Database, session: UserSession, number: str, at: datetime,
                   event_id: str, queue: str | None = None) -> ImportReport:
    """A missed or abandoned call the PBX reported through the hook (`/calls/missed`).
    The PBX's call id makes a repeated event harmless, as for imported logs."""
    report = ImportReport("hook")
    return add_missed_calls(database, session,
                            [Missed(number, at, "hook", f"hook:{event_id}", queue)], report)
