"""Setting up the shared database and connecting desks, as an IT admin does it: through
`workstation server init`, `workstation sync setup`, `workstation sync` and `sync status`,
with the real keyring."""

from __future__ import annotations

import json
import re
import socket
import sqlite3

import pytest

from tests.integration.test_cli import _one_line_error, run
from workstation.persistence.models import Centre

pytestmark = pytest.mark.postgres
ADMIN_PASSWORD = "amina's long password"


def _plain(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://")


def _unused_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_a_helpline_sets_up_the_shared_database_and_two_desks(tmp_path, pg_url,
                                                               secret_service):
    init = run("server", "init", "--url", _plain(pg_url))
    assert init.returncode == 0, init.stderr
    from workstation.persistence.migrate import head_revision

    assert f"is at schema {head_revision()}" in init.stdout
    password = re.search(r"\(shown once; .*\): (\S+)", init.stdout).group(1)
    desk_url = _plain(pg_url).replace("postgres@", "cw_desk@")

    a, b = tmp_path / "a", tmp_path / "b"
    assert run("--data-dir", str(a), "init", "--admin", "amina", "--password-stdin",
               stdin=ADMIN_PASSWORD + "\n").returncode == 0
    from workstation.persistence.database import open_desk_database

    database = open_desk_database(a)
    with database.uow() as uow:
        uow.session.add(Centre(code="KHI", name="Karachi", district_code="SD-KHS"))
        uow.commit()
    database.close()
    setup = run("--data-dir", str(a), "sync", "setup", "--url", desk_url, "--centre", "khi",
                "--password-stdin", stdin=password + "\n")
    assert setup.returncode == 0, setup.stderr
    assert "syncs with postgresql://cw_desk@" in setup.stdout
    first = run("--data-dir", str(a), "sync", "-q")
    assert first.returncode == 0, first.stderr
    assert re.match(r"Synced: \d+ rows sent", first.stdout)
    # The desk role's password is in the keyring, in no file of the desk.
    for path in a.rglob("*"):
        if path.is_file():
            assert password.encode() not in path.read_bytes(), path

    assert run("--data-dir", str(b), "init").returncode == 0
    assert run("--data-dir", str(b), "sync", "setup", "--url", desk_url, "--centre", "KHI",
               "--password-stdin", stdin=password + "\n").returncode == 0
    joined = run("--data-dir", str(b), "sync")
    assert joined.returncode == 0, joined.stderr
    assert "Receiving changes" in joined.stderr  # the new desk's progress bar
    status = json.loads(run("--data-dir", str(b), "sync", "status", "--json").stdout)
    assert status["last_success_at"] and status["last_error"] is None
    assert status["scope"].startswith("centre:")
    # The administrator made on desk A signs in on desk B.
    users = run("--data-dir", str(b), "--as", "amina", "user", "list", "--password-stdin",
                stdin=ADMIN_PASSWORD + "\n")
    assert users.returncode == 0, users.stderr
    assert users.stdout.startswith("amina")
    # Conflict records are for supervisors, not for an administrator.
    refused = _one_line_error(run("--data-dir", str(b), "--as", "amina", "sync", "conflicts",
                                  "--password-stdin", stdin=ADMIN_PASSWORD + "\n"), 6)
    assert "error: " in refused
    human = run("--data-dir", str(b), "sync", "status").stdout
    assert "Last success:    20" in human and "Conflicts:       0" in human

    # The server goes away: one line, exit 6, and the waiting changes stay.
    waiting = status["pending"]
    with sqlite3.connect(b / "desk.sqlite3") as c:
        c.execute("UPDATE local_settings SET value = ? WHERE key = 'sync_url'",
                  (f"postgresql://cw_desk@127.0.0.1:{_unused_port()}/cw",))
    c.close()
    line = _one_line_error(run("--data-dir", str(b), "sync", "-q"), 8)
    assert "cannot be reached" in line and "nothing is lost" in line
    after = json.loads(run("--data-dir", str(b), "sync", "status", "--json").stdout)
    assert after["pending"] >= waiting and "cannot be reached" in after["last_error"]


def test_a_desk_cannot_be_set_up_against_a_server_that_is_not_there(tmp_path,
                                                                     secret_service):
    assert run("--data-dir", str(tmp_path), "init").returncode == 0
    line = _one_line_error(run("--data-dir", str(tmp_path), "sync", "setup", "--url",
                               f"postgresql://cw_desk@127.0.0.1:{_unused_port()}/cw",
                               "--centre", "KHI", "--password-stdin", stdin="x\n"), 8)
    assert "cannot be reached" in line


def test_sync_of_a_desk_never_connected_says_how(tmp_path, secret_service):
    assert run("--data-dir", str(tmp_path), "init").returncode == 0
    line = _one_line_error(run("--data-dir", str(tmp_path), "sync"), 8)
    assert "not connected to a shared database" in line and "sync setup" in line
