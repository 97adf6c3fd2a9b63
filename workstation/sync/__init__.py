"""Sync between a desk's SQLite database and the organisation's shared PostgreSQL.

Offline first: every write on a desk goes to its own database and, in the same
transaction, to its change log (`sync_outbox`, filled by triggers generated from the
models: see `persistence.change_log`). A round pushes the change log, then pulls what
other desks wrote; a desk is fully usable during a round and without a network.

What syncs (`persistence.change_log`): every table except the desk-local ones (contact
drafts, local settings — which hold the desk's own identity —, and the sync
bookkeeping). Users, centres, organisation key versions and wraps, categories and the
referral directory reach every desk, so anyone can sign in at any desk after a pull;
a desk pulls the cases (and everything hanging off them), persons, contacts, callbacks
and appointments of its centre, or of every centre on a supervisors' desk. Audit entries
go to the server and stay there. Only ciphertext and blind indexes of sensitive values
ever leave a desk: the server has no key.

API for the window (call from the background runner; plain dataclasses come back):

    run_round(database, link=None, *, store=None, progress=None, cancelled=None)
        -> RoundResult(pushed, already_on_server, pulled, new_conflicts, pending,
                       seconds, cancelled)
        progress(stage, done, total) with stage "push" or "pull" (total may be None);
        cancelled() is asked between batches (each batch is atomic). Without `link` the
        desk's own settings and keyring are used. Raises SyncError subclasses with a
        message for the person at the desk: ServerUnreachable, ClockSkew, NotConfigured.
    sync_status(database) -> SyncStatus(configured, server, scope, pending,
                                        last_success_at, last_attempt_at, last_error,
                                        conflicts, cursor)
    list_conflicts(database, session) -> [ConflictRecord]   (supervisors)
    connect_desk(database, store, url=…, password=…, centre_code=… | all_centres=True)
    init_server(url, desk_role=…, desk_password=…)          (`workstation server init`)

Protocol details (idempotent push, commit-ordered pull cursor, per-field merge by
hybrid logical clock, tombstones, conflict records) are in `protocol.py`.
"""

from .desk_sync import (
    ConflictRecord,
    RoundResult,
    ServerLink,
    SyncStatus,
    configured_link,
    connect_desk,
    list_conflicts,
    run_round,
    sync_status,
)
from .errors import ClockSkew, NotConfigured, ServerUnreachable, SyncError
from .server import init_server

__all__ = ["ClockSkew", "ConflictRecord", "NotConfigured", "RoundResult", "ServerLink",
           "ServerUnreachable", "SyncError", "SyncStatus", "configured_link",
           "connect_desk", "init_server", "list_conflicts", "run_round", "sync_status"]
