"""A desk's side of sync: connecting it to the shared database, running a round, and
reporting where it stands. See the package docstring for the API the window uses."""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from ..crypto.keyring_store import DeskSecretStore
from ..domain.permissions import Action, require
from ..errors import CryptoError, DatabaseError, ValidationError
from ..persistence import change_log, migrate
from ..persistence.base import utcnow
from ..persistence.database import Database
from ..persistence.models import Centre, Desk, LocalSetting, SyncConflict, SyncOutbox, User
from . import protocol
from .errors import ClockSkew, NotConfigured, ServerUnreachable, SyncError
from .server import normalise_url, public_url, server_engine, unreachable, where

log = logging.getLogger(__name__)

SETTING_URL = "sync_url"
SETTING_SCOPE = "sync_scope"
CREDENTIAL = "sync-password"
# A desk whose clock is further off than this is not synced: its edits would overrule
# newer ones (or lose to older ones) by that much. Hybrid logical clocks keep cause
# before effect whatever the skew; this bound keeps "last writer" honest.
MAX_CLOCK_SKEW_MS = 5 * 60 * 1000
PUSH_BATCH = 2000
PULL_BATCH = 10000

Progress = Callable[[str, int, int | None], None]


@dataclass(frozen=True)
class ServerLink:
    """Where to sync and as what: the URL, the desk role's password, the scope
    ("all" or "centre:<hex id>")."""

    url: str
    password: str | None
    scope: str


@dataclass(frozen=True)
class RoundResult:
    pushed: int              # rows sent and merged by the server
    already_on_server: int   # rows sent again whose changes the server already had
    pulled: int              # rows written or removed on this desk
    new_conflicts: int
    pending: int             # changes still waiting on this desk
    seconds: float
    cancelled: bool = False


@dataclass(frozen=True)
class SyncStatus:
    configured: bool
    server: str | None
    scope: str | None
    pending: int
    last_success_at: datetime | None
    last_attempt_at: datetime | None
    last_error: str | None
    conflicts: int
    cursor: int


@dataclass(frozen=True)
class ConflictRecord:
    """A value that lost a concurrent edit. `losing_value` is as stored: ciphertext for
    sensitive columns (open it with the field cipher, bound to table/column/row)."""

    id: uuid.UUID
    recorded_at: datetime
    table: str
    column: str
    row_id: str
    reason: str
    losing_desk: str | None
    winning_desk: str | None
    losing_value: bytes | None


def _settings(c) -> dict[str, str]:
    return dict(c.execute(select(LocalSetting.key, LocalSetting.value)).all())


def _set(c, key: str, value: str) -> None:
    table = LocalSetting.__table__
    if c.execute(select(table.c.key).where(table.c.key == key)).first():
        c.execute(table.update().where(table.c.key == key).values(value=value))
    else:
        c.execute(table.insert().values(key=key, value=value))


def _desk_id(database: Database) -> uuid.UUID:
    from ..services.desk_identity import local_desk_id

    desk_id = local_desk_id(database)
    if desk_id is None:
        raise NotConfigured("This desk is not registered yet.",
                            hint="Run `workstation init` on it first.")
    return desk_id


def pending_count(database: Database) -> int:
    with database.engine.connect() as c:
        return c.execute(select(func.count()).select_from(SyncOutbox.__table__)).scalar()


def configured_link(database: Database, store: DeskSecretStore | None = None) -> ServerLink:
    with database.engine.connect() as c:
        settings = _settings(c)
    if SETTING_URL not in settings:
        raise NotConfigured("This desk is not connected to a shared database.",
                            hint="Connect it with `workstation sync setup --url "
                                 "postgresql://…`.")
    store = store or DeskSecretStore()
    password = store.get_credential(CREDENTIAL, _desk_id(database))
    return ServerLink(settings[SETTING_URL], password, settings[SETTING_SCOPE])


# ---- checks before anything moves ------------------------------------------------------

def _describe_skew(ms: int) -> str:
    seconds = round(abs(ms) / 1000)
    hours, rest = divmod(seconds, 3600)
    minutes = rest // 60
    amount = f"{hours} h {minutes} min" if hours else f"{minutes} min {seconds % 60} s"
    return f"{amount} {'ahead of' if ms > 0 else 'behind'}"


def check_clock(sc) -> int:
    """This desk's clock minus the server's, in ms; refuses beyond MAX_CLOCK_SKEW_MS."""
    before = change_log.now_ms()
    server_ms = int(sc.execute(text(
        "SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint")).scalar())
    after = change_log.now_ms()
    skew = (before + after) // 2 - server_ms
    if abs(skew) > MAX_CLOCK_SKEW_MS:
        raise ClockSkew(
            f"This computer's clock is {_describe_skew(skew)} the shared database's; a desk "
            f"more than {MAX_CLOCK_SKEW_MS // 60000} minutes off is not synced, so that its "
            "changes cannot overrule newer ones.",
            hint="Set the date, time and time zone right (Windows: Settings, Time & "
                 "language, Date & time, Sync now) and sync again. Nothing was sent and "
                 "nothing is lost.")
    return skew


def _check_server(sc, database: Database) -> str:
    revision = sc.execute(text("SELECT version_num FROM alembic_version")).scalar()
    head = migrate.head_revision()
    if revision != head:
        if revision in migrate.known_revisions():
            raise SyncError(f"The shared database is at schema {revision}; this desk needs "
                            f"{head}.", hint="The administrator runs `workstation server "
                                             "init` with this version first.")
        raise SyncError(f"The shared database has a newer schema ({revision}) than this "
                        "desk knows.", hint="Install the newer Counsellor Workstation on "
                                            "this desk.")
    server_id = sc.execute(text("SELECT server_id FROM sync_state WHERE id = 1")).scalar()
    if server_id is None:
        raise SyncError("The shared database has not been set up for desks.",
                        hint="The administrator runs `workstation server init` first.")
    check_clock(sc)
    with database.engine.connect() as c:
        mine = c.execute(text("SELECT server_id FROM sync_state WHERE id = 1")).scalar()
        if mine is not None and mine != server_id:
            raise SyncError("This desk was synced with another shared database.",
                            hint="Connect it to the database it came from, or set it up "
                                 "as a new desk.")
        if mine is None:
            # A desk that never synced and already has organisation keys made them
            # itself: it may start a server's organisation, not join another's (the
            # same organisation shares its first administrator).
            admins = "SELECT id FROM users WHERE role = 'admin'"
            keys = "SELECT count(*) FROM organisation_keys"
            local_admins = {uuid.UUID(str(u)) for u in c.execute(text(admins)).scalars()}
            server_admins = {uuid.UUID(str(u)) for u in sc.execute(text(admins)).scalars()}
            if c.execute(text(keys)).scalar() and sc.execute(text(keys)).scalar() and \
                    not local_admins & server_admins:
                raise SyncError(
                    "This desk has its own organisation keys, made by `workstation init "
                    "--admin`; the shared database already has another organisation's.",
                    hint="A desk joining a shared database is made with `workstation init` "
                         "without --admin. Nothing was sent.")
    return server_id


# ---- setting up --------------------------------------------------------------------------

def connect_desk(database: Database, store: DeskSecretStore, *, url: str, password: str | None,
                 centre_code: str | None = None, all_centres: bool = False,
                 supervisor: tuple[str, str] | None = None) -> ServerLink:
    """Connect this desk: check the server, choose what it pulls, keep the address in
    the desk's settings and the desk role's password in the OS keyring."""
    from ..services.centres import is_demo_desk
    from ..services.desk_identity import ensure_desk

    if bool(centre_code) == bool(all_centres):
        raise ValidationError("scope", "Choose the desk's centre (--centre CODE), or "
                              "--all-centres for a supervisors' desk.")
    desk_id = ensure_desk(database, store)
    if is_demo_desk(database):
        raise ValidationError("url", "A desk with demo data cannot join a shared database.",
                              hint="Set up the desk with `workstation init` in a new data "
                                   "folder.")
    embedded = make_url(normalise_url(url)).password
    password = password or (str(embedded) if embedded else None)
    engine = server_engine(normalise_url(url, password))
    try:
        with engine.connect() as sc:
            server_id = _check_server(sc, database)
            if all_centres:
                _check_supervisor(sc, supervisor)
                scope = "all"
            else:
                scope = "centre:" + _centre(sc, database, centre_code).hex
    except DBAPIError as exc:
        raise unreachable(url, exc) from None
    finally:
        engine.dispose()
    if password:
        store.set_credential(CREDENTIAL, desk_id, password)
    with database.engine.begin() as c:
        _set(c, SETTING_URL, public_url(url))
        _set(c, SETTING_SCOPE, scope)
        c.execute(text("UPDATE sync_state SET server_id = :s WHERE id = 1"), {"s": server_id})
    _note_desk_centre(database, desk_id, scope)
    return ServerLink(public_url(url), password, scope)


def _note_desk_centre(database: Database, desk_id: uuid.UUID, scope: str) -> None:
    """Record the desk's centre on its row (for administrators), once the centre is on
    the desk: a new desk learns it from its first pull."""
    if scope == "all":
        return
    centre = uuid.UUID(scope.split(":", 1)[1])
    desks, centres = Desk.__table__, Centre.__table__
    with database.engine.begin() as c:
        if c.execute(select(centres.c.id).where(centres.c.id == centre)).first() and \
                c.execute(select(desks.c.id).where(desks.c.id == desk_id,
                                                   desks.c.centre_id.is_distinct_from(centre))
                          ).first():
            c.execute(desks.update().where(desks.c.id == desk_id)
                      .values(centre_id=centre, updated_at=utcnow()))


def _centre(sc, database: Database, code: str) -> uuid.UUID:
    code = code.strip().upper()
    found = sc.execute(text("SELECT id FROM centres WHERE code = :c"), {"c": code}).scalar()
    if found is None:
        with database.uow() as uow:
            found = uow.session.scalar(select(Centre.id).where(Centre.code == code))
    if found is None:
        raise ValidationError("centre", f"There is no centre {code} on the shared database "
                              "or this desk.")
    return found if isinstance(found, uuid.UUID) else uuid.UUID(str(found))


def _check_supervisor(sc, supervisor: tuple[str, str] | None) -> None:
    """Only a supervisor of all centres may set a desk to pull every centre's cases:
    their password is checked against their wrapped key on the server."""
    from ..crypto.keys import KdfParams, WrappedPrivateKey, unwrap_private_key

    refusal = ValidationError("scope", "Only a supervisor without a centre may set a desk "
                              "to pull every centre's cases.",
                              hint="Sign in as one with --as and give the password.")
    if supervisor is None:
        raise refusal
    username, password = supervisor
    row = sc.execute(select(User.__table__).where(
        User.__table__.c.username == username.strip().lower())).mappings().first()
    if row is None or row["public_key"] is None:
        raise CryptoError("The user name or password is not correct.")
    material = WrappedPrivateKey(row["public_key"], row["private_key_wrapped"],
                                 row["kdf_salt"], KdfParams(row["kdf_time_cost"],
                                                            row["kdf_memory_kib"],
                                                            row["kdf_parallelism"]))
    unwrap_private_key(password, row["id"], material)  # CryptoError when wrong
    if row["role"] != "supervisor" or row["centre_id"] is not None or not row["active"]:
        raise refusal


# ---- one round ---------------------------------------------------------------------------

def _record(database: Database, *, error: str | None, success: bool) -> None:
    now = utcnow()
    values = {"a": now, "e": error[:500] if error else None}
    sql = "UPDATE sync_state SET last_attempt_at = :a, last_error = :e"
    if success:
        sql += ", last_success_at = :a"
    try:
        with database.engine.begin() as c:
            c.execute(text(sql + " WHERE id = 1"), values)
    except DBAPIError:  # the desk database busy: the status is not worth failing for
        log.warning("could not record the sync result")


def _is_server_error(exc: DBAPIError) -> bool:
    return type(exc.orig).__module__.startswith("psycopg")


def _is_connection_error(exc: DBAPIError) -> bool:
    import psycopg

    return isinstance(exc.orig, (psycopg.OperationalError, psycopg.InterfaceError)) or \
        exc.connection_invalidated


def push_outbox(database: Database, engine, desk_id: uuid.UUID,
                progress: Progress | None = None,
                cancelled: Callable[[], bool] | None = None) -> tuple[int, int, bool]:
    """Send the outbox in batches, each acknowledged (deleted here) only after the server
    committed it. Returns (rows merged, rows the server already had, cancelled)."""
    progress = progress or (lambda stage, done, total: None)
    cancelled = cancelled or (lambda: False)
    protocol.clamp_future(database, change_log.now_ms(), MAX_CLOCK_SKEW_MS)
    protocol.stamp_unstamped(database)
    total = pending_count(database)
    progress("push", 0, total)
    pushed = already = sent = 0
    while True:
        items = protocol.read_outbox(database, desk_id, PUSH_BATCH)
        if not items:
            return pushed, already, False
        with engine.begin() as sc:
            outcome = protocol.push_items(sc, items, desk_id)
        protocol.acknowledge(database, items)
        pushed += outcome.applied
        already += outcome.already
        sent += sum(len(i.seqs) for i in items)
        progress("push", sent, total)
        if cancelled():
            return pushed, already, True


def run_round(database: Database, link: ServerLink | None = None, *,
              store: DeskSecretStore | None = None, progress: Progress | None = None,
              cancelled: Callable[[], bool] | None = None) -> RoundResult:
    """Push what waits, then pull what is new; one call is one round. Raises SyncError
    (ServerUnreachable, ClockSkew …) with a message for the person at the desk; whatever
    was not acknowledged stays in the outbox."""
    progress = progress or (lambda stage, done, total: None)
    cancelled = cancelled or (lambda: False)
    started = time.perf_counter()
    desk_id = _desk_id(database)
    link = link or configured_link(database, store)
    engine = server_engine(normalise_url(link.url, link.password))
    pushed = already = pulled = conflicts = 0
    stopped = False
    try:
        with engine.connect() as sc:
            server_id = _check_server(sc, database)
        with database.engine.begin() as c:
            c.execute(text("UPDATE sync_state SET server_id = :s WHERE id = 1 "
                           "AND server_id IS NULL"), {"s": server_id})
        pushed, already, stopped = push_outbox(database, engine, desk_id, progress, cancelled)
        done = 0
        total = None
        while not stopped:
            with engine.connect().execution_options(
                    isolation_level="REPEATABLE READ") as sc, sc.begin():
                with database.engine.connect() as lc:
                    cursor = lc.execute(text("SELECT cursor FROM sync_state WHERE id = 1")
                                        ).scalar()
                if total is None:
                    total = sc.execute(select(func.count()).select_from(protocol.ROWS).where(
                        protocol.ROWS.c.server_seq > cursor,
                        protocol.scope_filter(link.scope))).scalar()
                    progress("pull", 0, total)
                batch = protocol.read_batch(sc, cursor, link.scope, PULL_BATCH)
                if not batch.rows:
                    break
                with database.engine.begin() as lc:
                    # Another round on this desk (the window's timer and a command at
                    # once) may have moved the cursor meanwhile: then read again.
                    if not lc.execute(text("UPDATE sync_state SET applying = 1 WHERE id = 1 "
                                           "AND cursor = :c"), {"c": cursor}).rowcount:
                        continue
                    pulled += protocol.apply_batch(lc, batch, sc)
                    lc.execute(text("UPDATE sync_state SET applying = 0, cursor = :c, "
                                    "hlc = max(hlc, :h) WHERE id = 1"),
                               {"c": batch.cursor, "h": batch.max_hlc})
                conflicts += sum(1 for r in batch.rows if r.table_name == "sync_conflicts")
            done += len(batch.rows)
            progress("pull", done, total)
            stopped = cancelled()
    except DBAPIError as exc:
        if not _is_server_error(exc):
            _record(database, error="the desk database could not be written", success=False)
            raise DatabaseError("The desk database could not be written during sync.",
                                hint="Close other programs using it and sync again; "
                                     "nothing is lost.") from None
        if _is_connection_error(exc):
            error = unreachable(link.url, exc, pending_count(database))
        else:
            # The server refused a statement (a bug, or a row it cannot take): say so
            # without values; the log has the statement, never the parameters.
            log.warning("the shared database refused a statement: %s",
                        str(exc.orig).splitlines()[0][:200])
            error = SyncError(
                f"The shared database at {where(link.url)} refused this desk's changes "
                f"({type(exc.orig).__name__}).",
                hint=f"Nothing is lost: {pending_count(database):,} change(s) stay on this "
                     "desk. Tell the administrator; details are in the log.")
        _record(database, error=error.message, success=False)
        raise error from None
    except SyncError as exc:
        _record(database, error=exc.message, success=False)
        raise
    finally:
        engine.dispose()
    _record(database, error=None, success=not stopped)
    _note_desk_centre(database, desk_id, link.scope)
    return RoundResult(pushed, already, pulled, conflicts, pending_count(database),
                       round(time.perf_counter() - started, 3), stopped)


# ---- status and conflicts --------------------------------------------------------------

def sync_status(database: Database) -> SyncStatus:
    with database.engine.connect() as c:
        settings = _settings(c)
        state = c.execute(text("SELECT cursor, last_success_at, last_attempt_at, last_error "
                               "FROM sync_state WHERE id = 1")).first()
        conflicts = c.execute(select(func.count()).select_from(SyncConflict.__table__)
                              ).scalar()
    pending = pending_count(database)

    def when(value):
        if value is None:
            return None
        parsed = datetime.fromisoformat(value) if isinstance(value, str) else value
        from datetime import timezone
        return parsed.replace(tzinfo=timezone.utc) if parsed.tzinfo is None else parsed

    return SyncStatus(SETTING_URL in settings, settings.get(SETTING_URL),
                      settings.get(SETTING_SCOPE), pending,
                      when(state.last_success_at) if state else None,
                      when(state.last_attempt_at) if state else None,
                      state.last_error if state else None, conflicts,
                      state.cursor if state else 0)


def list_conflicts(database: Database, session, *, limit: int = 500) -> list[ConflictRecord]:
    """Conflict records of the supervisor's centre (all centres for one without), newest
    first. The values stay as stored; nothing here decrypts."""
    require(session.actor, Action.REVIEW_CONFLICTS)
    t = SyncConflict.__table__
    desks = Desk.__table__
    query = (select(t, desks.c.name.label("losing_desk_name"))
             .outerjoin(desks, desks.c.id == t.c.losing_desk_id)
             .order_by(t.c.recorded_at.desc()).limit(limit))
    if session.actor.centre_id is not None:
        query = query.where(t.c.scope.in_([protocol.GLOBAL, session.actor.centre_id.hex]))
    with database.engine.connect() as c:
        rows = c.execute(query).mappings().all()
        names = dict(c.execute(select(desks.c.id, desks.c.name)).all())
    return [ConflictRecord(r["id"], r["recorded_at"], r["table_name"], r["column_name"],
                           r["row_id"], r["reason"], r["losing_desk_name"],
                           names.get(r["winning_desk_id"]) if r["winning_desk_id"]
                           else "server", r["losing_value"]) for r in rows]


__all__ = ["ServerLink", "RoundResult", "SyncStatus", "ConflictRecord", "run_round",
           "sync_status", "list_conflicts", "connect_desk", "configured_link",
           "ServerUnreachable", "ClockSkew"]
