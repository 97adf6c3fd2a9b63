"""The shared PostgreSQL: connecting to it, and setting it up for a helpline.

`init_server` applies the same Alembic migrations as the desks and creates the desks'
database role. What that role may do, and why:

- read every synced table (desks pull from them) and insert and update rows of the
  tables whose rows change (cases, persons …), and delete rows there (a deleted row is
  a tombstone in `sync_rows`; key wraps of a disabled account must really go);
- only insert into the append-only tables (audit entries, notes, status changes,
  consents, missed calls, callback attempts, conflict records): a desk cannot rewrite or
  remove what was recorded, so the server's copy of each audit chain is a real check;
  the one exception is the sealed (ciphertext) columns of notes and status changes,
  which a key rotation re-encrypts;
- insert `sync_applied` ids (never remove them: that is what keeps a push idempotent),
  update `sync_rows` and take numbers from `sync_counter`;
- nothing else: no desk-local tables, no DDL (no CREATE on the schema), no TRUNCATE,
  no TRIGGER or REFERENCES, not a superuser, cannot create roles or databases, and
  cannot log in to other databases of the server (CONNECT is granted on this one only).
"""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass
from urllib.parse import urlsplit

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from ..errors import ValidationError
from ..persistence.base import sensitive_columns
from ..persistence.change_log import APPEND_ONLY, synced_tables
from ..persistence.database import open_url
from .errors import ServerUnreachable, SyncError

CONNECT_ARGS = {"connect_timeout": 8, "keepalives": 1, "keepalives_idle": 10,
                "keepalives_interval": 3, "keepalives_count": 3,
                "application_name": "counsellor-workstation"}
DEFAULT_DESK_ROLE = "cw_desk"


def normalise_url(url: str, password: str | None = None) -> str:
    """postgresql://… as people write it, as SQLAlchemy's psycopg URL."""
    if not url.startswith(("postgresql://", "postgresql+psycopg://", "postgres://")):
        raise ValidationError("url", "The shared database's address starts with "
                              "postgresql:// (for example postgresql://cw_desk@server/cw).")
    parsed = make_url(url.replace("postgres://", "postgresql://", 1))
    parsed = parsed.set(drivername="postgresql+psycopg")
    if password is not None:
        parsed = parsed.set(password=password)
    return parsed.render_as_string(hide_password=False)


def public_url(url: str) -> str:
    """The address without any password: what the desk stores and what messages show."""
    return make_url(normalise_url(url)).set(password=None).render_as_string(
        hide_password=True).replace("postgresql+psycopg://", "postgresql://", 1)


def where(url: str) -> str:
    parts = urlsplit(public_url(url))
    return f"{parts.hostname or 'localhost'}:{parts.port or 5432}"


def server_engine(url: str) -> Engine:
    # NullPool: a connection never outlives a round, so a restarted server or a cut
    # connection costs nothing at the next round.
    return create_engine(normalise_url(url), poolclass=NullPool, hide_parameters=True,
                         connect_args=CONNECT_ARGS)


def unreachable(url: str, exc: Exception, pending: int | None = None) -> ServerUnreachable:
    reason = str(getattr(exc, "orig", exc)).strip().splitlines()[0] if str(exc) else ""
    lowered = reason.lower()
    if "password authentication failed" in lowered:
        return ServerUnreachable(
            f"The shared database at {where(url)} refused this desk's password.",
            hint="Connect the desk again with `workstation sync setup` and the desk "
                 "role's current password.")
    waiting = f"; {pending:,} change(s) wait on this desk for the next sync" \
        if pending else ""
    short = reason[:120] or type(exc).__name__
    return ServerUnreachable(
        f"The shared database at {where(url)} cannot be reached ({short}).",
        hint=f"Work goes on offline and nothing is lost{waiting}.")


@dataclass(frozen=True)
class ServerInitResult:
    revision: str
    desk_role: str
    password_generated: str | None
    server_id: str


def _quote(identifier: str) -> str:
    if not identifier.replace("_", "").isalnum() or not identifier[0].isalpha():
        raise ValidationError("desk_role", "A role name has letters, digits and _ only.")
    return f'"{identifier}"'


def init_server(url: str, *, desk_role: str = DEFAULT_DESK_ROLE,
                desk_password: str | None = None) -> ServerInitResult:
    """Bring the shared database to the newest schema and (re)create the desks' role.

    Run with an owner or superuser account; safe to run again (after an upgrade it
    applies the new migrations and grants on new tables)."""
    role = _quote(desk_role)
    generated = None
    if desk_password is None:
        generated = desk_password = secrets.token_urlsafe(24)
    if len(desk_password) < 12:
        raise ValidationError("password", "The desk role's password needs at least 12 "
                              "characters.")
    try:
        database = open_url(normalise_url(url))
    except SyncError:
        raise
    except Exception as exc:  # noqa: BLE001 — any driver failure to connect
        raise unreachable(url, exc) from None
    try:
        with database.engine.begin() as c:
            if c.dialect.name != "postgresql":
                raise ValidationError("url", "The shared database must be PostgreSQL.")
            server_id = c.execute(text("SELECT server_id FROM sync_state WHERE id = 1")
                                  ).scalar()
            if server_id is None:
                server_id = uuid.uuid4().hex
                c.execute(text("UPDATE sync_state SET server_id = :s WHERE id = 1"),
                          {"s": server_id})
            dbname = c.execute(text("SELECT current_database()")).scalar()
            exists = c.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"),
                               {"r": desk_role}).scalar()
            verb = "ALTER" if exists else "CREATE"
            c.execute(text(f"{verb} ROLE {role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE "
                           f"NOREPLICATION NOBYPASSRLS NOINHERIT PASSWORD :p"
                           .replace(":p", _literal(c, desk_password))))
            c.execute(text(f'REVOKE ALL ON DATABASE "{dbname}" FROM PUBLIC'))
            c.execute(text(f'GRANT CONNECT ON DATABASE "{dbname}" TO {role}'))
            c.execute(text("REVOKE CREATE ON SCHEMA public FROM PUBLIC"))
            c.execute(text(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {role}"))
            c.execute(text(f"GRANT USAGE ON SCHEMA public TO {role}"))
            sealed = sensitive_columns()
            for table in synced_tables():
                rights = "SELECT, INSERT" if table in APPEND_ONLY else \
                    "SELECT, INSERT, UPDATE, DELETE"
                c.execute(text(f"GRANT {rights} ON {table} TO {role}"))
                if table in APPEND_ONLY and table in sealed:
                    # A key rotation re-encrypts notes too: their ciphertext, and only
                    # that, may be replaced.
                    c.execute(text(f"GRANT UPDATE ({', '.join(sealed[table])}) "
                                   f"ON {table} TO {role}"))
            c.execute(text(f"GRANT SELECT, INSERT, UPDATE ON sync_rows TO {role}"))
            c.execute(text(f"GRANT SELECT, INSERT ON sync_applied TO {role}"))
            c.execute(text(f"GRANT SELECT, UPDATE ON sync_counter TO {role}"))
            c.execute(text(f"GRANT SELECT ON alembic_version, sync_state TO {role}"))
        revision = database.schema_revision()
    finally:
        database.close()
    return ServerInitResult(revision, desk_role, generated, server_id)


def _literal(connection, value: str) -> str:
    """A string literal for DDL (which takes no bind parameters), quoted by the server."""
    return connection.execute(text("SELECT quote_literal(:v)"), {"v": value}).scalar()


def check_reachable(url: str) -> None:
    engine = server_engine(url)
    try:
        with engine.connect() as c:
            c.execute(text("SELECT 1"))
    except DBAPIError as exc:
        raise unreachable(url, exc) from None
    finally:
        engine.dispose()
